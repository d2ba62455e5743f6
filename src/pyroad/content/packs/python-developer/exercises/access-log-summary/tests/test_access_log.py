from solution import parse_line, summarize

LINE = '203.0.113.9 - alice [12/Mar/2024:10:15:32 +0000] "GET /api/items?id=3 HTTP/1.1" 200 512\n'


def test_parse_a_line():
    assert parse_line(LINE) == {
        "ip": "203.0.113.9",
        "time": "12/Mar/2024:10:15:32 +0000",
        "method": "GET",
        "path": "/api/items",
        "status": 200,
        "size": 512,
    }


def test_a_malformed_line():
    assert parse_line("this is not a log line") is None


def test_summary():
    lines = [LINE, "oops\n", LINE.replace("200 512", "404 -")]
    assert summarize(lines) == {
        "requests": 2,
        "bytes": 512,
        "by_status": {"2xx": 1, "4xx": 1},
        "top_paths": [("/api/items", 2)],
        "malformed": [2],
    }

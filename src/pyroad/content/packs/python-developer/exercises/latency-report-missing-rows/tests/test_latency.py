from latency import latency_report, parse_log

LOG = (
    "2024-05-01T10:00:00 GET /api/orders 200 135ms\n"
    "2024-05-01T10:00:01 POST /api/orders 201 480ms\n"
    "2024-05-01T10:00:03 GET /api/orders/17 503 1200ms\n"
    "\n"
    "2024-05-01T10:00:04 GET /health 200 5ms\n"
)


def test_the_outage_report():
    assert latency_report(LOG) == (
        "requests: 4\naverage: 455.0 ms\nserver errors: 1\nslow (>= 500 ms):\n"
        "  GET /api/orders/17 1200 ms"
    )


def test_parse_log_gives_a_list():
    requests = parse_log(LOG)
    assert isinstance(requests, list)
    assert len(requests) == 4

from pyroad.grading.checks import call, probe

LOG = (
    "2024-05-01T10:00:00 GET /api/orders 200 135ms\n"
    "2024-05-01T10:00:01 POST /api/orders 201 480ms\n"
    "2024-05-01T10:00:03 GET /api/orders/17 503 1200ms\n"
    "\n"
    "2024-05-01T10:00:04 GET /health 200 5ms\n"
)


def read_twice(module, text):
    requests = module.parse_log(text)
    return [len(list(requests)), len(list(requests))]


def line(method, path, status, ms):
    return f"2024-05-01T10:00:00 {method} {path} {status} {ms}ms"


CHECKS = [
    call("the outage report", "latency_report", LOG, reveal=True),
    call("parse_log returns a list", "parse_log", LOG),
    probe("the parsed log can be read twice", read_twice, LOG),
    call("parse one request", "parse_request", line("DELETE", "/api/carts/9", 204, 42)),
    call("a line with a missing field", "parse_request", "2024-05-01T10:00:00 GET /x 200"),
    call("a status that is not a number", "parse_request", line("GET", "/x", "OK", 3)),
    call("an empty log", "latency_report", ""),
    call("only blank lines", "latency_report", "\n   \n\t\n"),
    call("an empty log parses to an empty list", "parse_log", "\n\n"),
    call(
        "status 500 counts, 499 does not",
        "latency_report",
        "\n".join([line("GET", "/a", 499, 10), line("GET", "/b", 500, 10), line("GET", "/c", 501, 10)]),
    ),
    call(
        "exactly slow_ms is slow",
        "latency_report",
        "\n".join([line("GET", "/a", 200, 499), line("GET", "/b", 200, 500), line("GET", "/c", 200, 501)]),
    ),
    call(
        "a custom threshold",
        "latency_report",
        "\n".join([line("GET", "/a", 200, 90), line("PUT", "/b", 200, 100), line("GET", "/c", 200, 7)]),
        slow_ms=100,
    ),
    call(
        "the average is rounded to one decimal",
        "latency_report",
        "\n".join([line("GET", "/a", 200, 1), line("GET", "/b", 200, 2), line("GET", "/c", 200, 2)]),
    ),
    call("a unicode path", "latency_report", line("GET", "/café/größe", 502, 700)),
]


def generate(rng):
    cases = []
    for n in range(1, 5):
        lines = [
            line(
                rng.choice(["GET", "POST", "PUT"]),
                f"/api/items/{rng.randint(1, 99)}",
                rng.choice([200, 201, 404, 499, 500, 503]),
                rng.choice([rng.randint(1, 1500), 500]),
            )
            for _ in range(rng.randint(1, 8))
        ]
        cases.append(call(f"random log #{n}", "latency_report", "\n".join(lines), rng.choice([300, 500])))
    return cases

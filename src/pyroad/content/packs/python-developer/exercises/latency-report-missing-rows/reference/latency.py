"""Summarise an access log: how many requests, how fast, which ones failed or were slow."""


def parse_request(line):
    """Parse "<time> <method> <path> <status> <duration>ms" into a dict."""
    _, method, path, status, duration = line.split()
    return {
        "method": method,
        "path": path,
        "status": int(status),
        "ms": int(duration.removesuffix("ms")),
    }


def parse_log(text):
    """Return the list of requests in ``text``, one dict per non-blank line."""
    return [parse_request(line) for line in text.splitlines() if line.strip()]


def latency_report(text, slow_ms=500):
    """The report printed by the on-call dashboard, as one string."""
    requests = parse_log(text)
    count = 0
    total_ms = 0
    for request in requests:
        count += 1
        total_ms += request["ms"]
    average = f"{total_ms / count:.1f} ms" if count else "-"
    errors = sum(1 for request in requests if request["status"] >= 500)
    lines = [
        f"requests: {count}",
        f"average: {average}",
        f"server errors: {errors}",
        f"slow (>= {slow_ms} ms):",
    ]
    lines += [
        f"  {request['method']} {request['path']} {request['ms']} ms"
        for request in requests
        if request["ms"] >= slow_ms
    ]
    return "\n".join(lines)

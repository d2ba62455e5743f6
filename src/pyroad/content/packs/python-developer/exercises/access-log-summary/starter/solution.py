def parse_line(line):
    """Return a dict with ip, time, method, path, status and size, or None if malformed."""
    raise NotImplementedError("write me")


def summarize(lines):
    """Return requests, bytes, by_status, top_paths and malformed for the log ``lines``."""
    raise NotImplementedError("write me")

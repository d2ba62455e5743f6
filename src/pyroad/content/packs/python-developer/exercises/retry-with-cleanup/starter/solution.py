class RetriesExhausted(Exception):
    """Every attempt failed. Attribute: ``attempts``."""


def with_retries(connect, query, attempts=3, retry_on=(ConnectionError, TimeoutError), on_failure=None):
    """Run ``query(connect())`` up to ``attempts`` times, retrying on ``retry_on`` errors.

    Every opened connection is closed. Other errors propagate unchanged; when all attempts fail,
    raise RetriesExhausted chained to the last error.
    """
    raise NotImplementedError("write me")

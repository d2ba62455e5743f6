class TooManyErrors(Exception):
    """Raised when a budget has caught more errors than its limit."""


class ErrorBudget:
    """Swallow up to ``limit`` errors of the ``catch`` types in ``with`` blocks; record them."""

    def __init__(self, limit, catch=(ValueError,)):
        raise NotImplementedError("write me")

    def __enter__(self):
        raise NotImplementedError("write me")

    def __exit__(self, exc_type, exc, tb):
        raise NotImplementedError("write me")

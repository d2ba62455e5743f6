class TooManyErrors(Exception):
    pass


class ErrorBudget:
    def __init__(self, limit, catch=(ValueError,)):
        if limit < 0:
            raise ValueError(f"limit must not be negative: {limit}")
        self.limit = limit
        self.catch = catch
        self.errors = []

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.catch):
            self.errors.append(f"{exc_type.__name__}: {exc}")
            if len(self.errors) > self.limit:
                raise TooManyErrors(f"{len(self.errors)} errors, limit is {self.limit}") from exc
            return True

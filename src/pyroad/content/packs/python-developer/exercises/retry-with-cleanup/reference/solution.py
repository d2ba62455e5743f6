class RetriesExhausted(Exception):
    def __init__(self, attempts):
        super().__init__(f"gave up after {attempts} attempts")
        self.attempts = attempts


def with_retries(connect, query, attempts=3, retry_on=(ConnectionError, TimeoutError), on_failure=None):
    if isinstance(attempts, bool) or not isinstance(attempts, int):
        raise TypeError(f"attempts must be an int, not {type(attempts).__name__}")
    if attempts < 1:
        raise ValueError(f"attempts must be at least 1, got {attempts}")
    for number in range(1, attempts + 1):
        try:
            connection = connect()
            try:
                return query(connection)
            finally:
                connection.close()
        except retry_on as error:
            last = error
            if on_failure is not None:
                on_failure(number, error)
    raise RetriesExhausted(attempts) from last

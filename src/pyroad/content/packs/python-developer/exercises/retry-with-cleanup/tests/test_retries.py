import pytest

from solution import RetriesExhausted, with_retries


class Connection:
    def __init__(self, log):
        self.log = log

    def close(self):
        self.log.append("close")


def scripted(outcomes, log):
    outcomes = iter(outcomes)

    def connect():
        log.append("connect")
        return Connection(log)

    def query(connection):
        outcome = next(outcomes)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    return connect, query


def test_a_retry_then_success_closes_every_connection():
    log = []
    connect, query = scripted([ConnectionError("reset"), "42 rows"], log)
    assert with_retries(connect, query) == "42 rows"
    assert log == ["connect", "close", "connect", "close"]


def test_giving_up_keeps_the_last_error_as_the_cause():
    log = []
    connect, query = scripted([ConnectionError("reset"), TimeoutError("slow")], log)
    with pytest.raises(RetriesExhausted) as caught:
        with_retries(connect, query, attempts=2)
    assert caught.value.attempts == 2
    assert isinstance(caught.value.__cause__, TimeoutError)


def test_other_errors_are_not_retried():
    log = []
    connect, query = scripted([KeyError("bug"), "never reached"], log)
    with pytest.raises(KeyError):
        with_retries(connect, query)
    assert log == ["connect", "close"]

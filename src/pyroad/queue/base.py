"""The queue port and an inline implementation for tests."""

from __future__ import annotations

import abc
from collections.abc import Callable

from sqlalchemy import Connection


class GradingQueue(abc.ABC):
    def in_transaction(self, connection: Connection | None, submission_id: int) -> None:  # noqa: B027
        """Called inside the transaction that stores the submission (a queue in the same
        database enqueues here, so a submission is never stored without its job)."""

    @abc.abstractmethod
    def enqueue(self, submission_id: int) -> None:
        """Called after that transaction commits: grade this submission, once."""

    def close(self) -> None:  # noqa: B027 - optional
        """Finish or abandon queued work and release workers."""


class InlineQueue(GradingQueue):
    """Grades at once, in the caller's thread (unit tests and one-shot tools)."""

    def __init__(self, job: Callable[[int], None]) -> None:
        self.job = job

    def enqueue(self, submission_id: int) -> None:
        self.job(submission_id)

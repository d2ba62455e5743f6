"""The store port: what the services need from persistence, and nothing more."""

from __future__ import annotations

import abc
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from pyroad.learning.evidence import Evidence, Start

# Called with the open SQL connection (None for stores without one) and the new submission id.
InTransaction = Callable[[Connection | None, int], None]


class StoreError(Exception):
    """The store cannot be reached or used (bad URL, server down, unmigrated database)."""


class ConflictError(StoreError):
    """A unique value (a learner's name or email) is taken already."""


@dataclass(frozen=True)
class LearnerRecord:
    id: int
    name: str
    created_at: datetime


@dataclass(frozen=True)
class SubmissionRecord:
    id: int
    learner_id: int
    exercise: str
    files: dict[str, str]
    status: str  # queued | graded
    verdict: dict[str, Any] | None
    created_at: datetime
    graded_at: datetime | None


class Store(abc.ABC):
    @abc.abstractmethod
    def learner(self, name: str) -> LearnerRecord:
        """The learner with this name, created on first use."""

    @abc.abstractmethod
    def record_start(self, learner_id: int, start: Start) -> None:
        """Remember that the learner began a skill (idempotent per skill and exercise)."""

    @abc.abstractmethod
    def record_evidence(self, learner_id: int, evidence: Evidence) -> int:
        """Store one graded attempt; returns its id."""

    @abc.abstractmethod
    def starts(self, learner_id: int) -> list[Start]:
        """Every start of the learner, oldest first."""

    @abc.abstractmethod
    def evidence(self, learner_id: int) -> list[Evidence]:
        """Every graded attempt of the learner, oldest first."""

    @abc.abstractmethod
    def progress_version(self, learner_id: int) -> str:
        """Changes whenever the learner's evidence or starts change (a cache key)."""

    # --- accounts and tokens (web) ----------------------------------------------------------

    @abc.abstractmethod
    def create_account(self, name: str, email: str, password_hash: str) -> LearnerRecord:
        """A new learner with a web account; ConflictError if the name or email is taken."""

    @abc.abstractmethod
    def account_by_email(self, email: str) -> tuple[LearnerRecord, str] | None:
        """The learner with this email and their password hash."""

    @abc.abstractmethod
    def learner_by_id(self, learner_id: int) -> LearnerRecord | None: ...

    def learner_with_version(self, learner_id: int) -> tuple[LearnerRecord, str] | None:
        """The learner and their :meth:`progress_version`, in one round trip where it can."""
        learner = self.learner_by_id(learner_id)
        return None if learner is None else (learner, self.progress_version(learner_id))

    @abc.abstractmethod
    def add_token(self, learner_id: int, token_hash: str, at: datetime) -> None: ...

    @abc.abstractmethod
    def learner_by_token(self, token_hash: str) -> LearnerRecord | None: ...

    # --- submissions ------------------------------------------------------------------------

    @abc.abstractmethod
    def add_submission(
        self,
        learner_id: int,
        exercise: str,
        files: dict[str, str],
        at: datetime,
        in_transaction: InTransaction | None = None,
    ) -> int:
        """Store code to grade (status queued); returns its id.

        ``in_transaction(connection, id)`` runs inside the same transaction (the job queue
        enqueues there); if it fails, nothing is stored.
        """

    @abc.abstractmethod
    def queued_submissions(self) -> list[int]:
        """Ids of submissions still waiting for a verdict, oldest first."""

    @abc.abstractmethod
    def submission(self, submission_id: int) -> SubmissionRecord | None: ...

    @abc.abstractmethod
    def submissions(self, learner_id: int, limit: int = 50) -> list[SubmissionRecord]:
        """The learner's submissions, newest first."""

    @abc.abstractmethod
    def finish_submission(
        self,
        submission_id: int,
        verdict: dict[str, Any],
        at: datetime,
        evidence: Evidence | None,
    ) -> bool:
        """Record the verdict (and its evidence) once: False when it was graded already."""

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release connections."""

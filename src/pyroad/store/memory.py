"""An in-memory :class:`Store` for unit tests: same behaviour, no I/O."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from pyroad.learning.evidence import Evidence, Start
from pyroad.store.base import (
    ConflictError,
    InTransaction,
    LearnerRecord,
    Store,
    SubmissionRecord,
)


class MemoryStore(Store):
    def __init__(self) -> None:
        self._learners: dict[str, LearnerRecord] = {}
        self._starts: dict[int, list[Start]] = {}
        self._evidence: dict[int, list[Evidence]] = {}
        self._accounts: dict[str, tuple[int, str]] = {}  # email -> (learner id, hash)
        self._tokens: dict[str, int] = {}
        self._submissions: dict[int, SubmissionRecord] = {}

    def learner(self, name: str) -> LearnerRecord:
        if name not in self._learners:
            record = LearnerRecord(len(self._learners) + 1, name, datetime.now(UTC))
            self._learners[name] = record
        return self._learners[name]

    def record_start(self, learner_id: int, start: Start) -> None:
        starts = self._starts.setdefault(learner_id, [])
        if not any(s.skill == start.skill and s.exercise == start.exercise for s in starts):
            starts.append(start)

    def record_evidence(self, learner_id: int, evidence: Evidence) -> int:
        items = self._evidence.setdefault(learner_id, [])
        items.append(evidence)
        return sum(len(v) for v in self._evidence.values())

    def starts(self, learner_id: int) -> list[Start]:
        return sorted(self._starts.get(learner_id, []), key=lambda s: s.at)

    def evidence(self, learner_id: int) -> list[Evidence]:
        return sorted(self._evidence.get(learner_id, []), key=lambda e: e.at)

    def create_account(self, name: str, email: str, password_hash: str) -> LearnerRecord:
        if name in self._learners or email in self._accounts:
            raise ConflictError("that name or email is taken")
        record = self.learner(name)
        self._accounts[email] = (record.id, password_hash)
        return record

    def account_by_email(self, email: str) -> tuple[LearnerRecord, str] | None:
        found = self._accounts.get(email)
        if found is None:
            return None
        learner = self.learner_by_id(found[0])
        return (learner, found[1]) if learner else None

    def learner_by_id(self, learner_id: int) -> LearnerRecord | None:
        return next((r for r in self._learners.values() if r.id == learner_id), None)

    def add_token(self, learner_id: int, token_hash: str, at: datetime) -> None:
        self._tokens[token_hash] = learner_id

    def learner_by_token(self, token_hash: str) -> LearnerRecord | None:
        learner_id = self._tokens.get(token_hash)
        return None if learner_id is None else self.learner_by_id(learner_id)

    def add_submission(
        self,
        learner_id: int,
        exercise: str,
        files: dict[str, str],
        at: datetime,
        in_transaction: InTransaction | None = None,
    ) -> int:
        new_id = len(self._submissions) + 1
        if in_transaction is not None:
            in_transaction(None, new_id)
        self._submissions[new_id] = SubmissionRecord(
            new_id, learner_id, exercise, dict(files), "queued", None, at, None
        )
        return new_id

    def submission(self, submission_id: int) -> SubmissionRecord | None:
        return self._submissions.get(submission_id)

    def queued_submissions(self) -> list[int]:
        return sorted(i for i, s in self._submissions.items() if s.status == "queued")

    def submissions(self, learner_id: int, limit: int = 50) -> list[SubmissionRecord]:
        mine = [s for s in self._submissions.values() if s.learner_id == learner_id]
        return sorted(mine, key=lambda s: (s.created_at, s.id), reverse=True)[:limit]

    def finish_submission(
        self,
        submission_id: int,
        verdict: dict[str, Any],
        at: datetime,
        evidence: Evidence | None,
    ) -> bool:
        current = self._submissions.get(submission_id)
        if current is None or current.status != "queued":
            return False
        self._submissions[submission_id] = replace(
            current, status="graded", verdict=verdict, graded_at=at
        )
        if evidence is not None:
            self.record_evidence(current.learner_id, evidence)
        return True

    def progress_version(self, learner_id: int) -> str:
        return f"{len(self._evidence.get(learner_id, []))}:{len(self._starts.get(learner_id, []))}"

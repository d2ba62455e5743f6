"""Teams on the SQL store: members with roles, invite codes, review comments, and batch reads
of many members' evidence for the skills matrix (one query per table, not one per member)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import sessionmaker

from pyroad.learning.evidence import Evidence, Start
from pyroad.store.base import ConflictError, LearnerRecord
from pyroad.store.sql import EvidenceReader, SqlStore, _learner, _utc
from pyroad.store.tables import (
    CommentRow,
    EvidenceRow,
    LearnerRow,
    MemberRow,
    StartRow,
    TeamRow,
)

ROLES = ("owner", "mentor", "member")


@dataclass(frozen=True)
class TeamRecord:
    id: int
    name: str
    invite_code: str
    share_submissions: bool


@dataclass(frozen=True)
class Comment:
    id: int
    submission_id: int
    author: str
    body: str
    created_at: datetime


class TeamStore:
    def __init__(self, store: SqlStore) -> None:
        self._session = sessionmaker(store.engine, expire_on_commit=False)

    def create(self, owner_id: int, name: str, share: bool, at: datetime) -> TeamRecord:
        with self._session() as session:
            team = TeamRow(
                name=name,
                invite_code=secrets.token_urlsafe(12),
                share_submissions=share,
                created_at=at,
            )
            session.add(team)
            session.flush()
            session.add(MemberRow(team_id=team.id, learner_id=owner_id, role="owner"))
            session.commit()
            return _team(team)

    def get(self, team_id: int) -> TeamRecord | None:
        with self._session() as session:
            row = session.get(TeamRow, team_id)
            return None if row is None else _team(row)

    def by_code(self, code: str) -> TeamRecord | None:
        with self._session() as session:
            row = session.scalar(select(TeamRow).where(TeamRow.invite_code == code))
            return None if row is None else _team(row)

    def join(self, team_id: int, learner_id: int) -> None:
        with self._session() as session:
            session.add(MemberRow(team_id=team_id, learner_id=learner_id, role="member"))
            try:
                session.commit()
            except IntegrityError as exc:
                raise ConflictError("already a member of this team") from exc

    def role(self, team_id: int, learner_id: int) -> str | None:
        with self._session() as session:
            return session.scalar(
                select(MemberRow.role).where(
                    MemberRow.team_id == team_id, MemberRow.learner_id == learner_id
                )
            )

    def set_role(self, team_id: int, learner_id: int, role: str) -> bool:
        with self._session() as session:
            row = session.scalar(
                select(MemberRow).where(
                    MemberRow.team_id == team_id, MemberRow.learner_id == learner_id
                )
            )
            if row is None:
                return False
            row.role = role
            session.commit()
            return True

    def members(self, team_id: int) -> list[tuple[LearnerRecord, str]]:
        with self._session() as session:
            rows = session.execute(
                select(LearnerRow, MemberRow.role)
                .join(MemberRow, MemberRow.learner_id == LearnerRow.id)
                .where(MemberRow.team_id == team_id)
                .order_by(LearnerRow.name)
            )
            return [(_learner(learner), role) for learner, role in rows]

    def teams_of(self, learner_id: int) -> list[tuple[TeamRecord, str]]:
        with self._session() as session:
            rows = session.execute(
                select(TeamRow, MemberRow.role)
                .join(MemberRow, MemberRow.team_id == TeamRow.id)
                .where(MemberRow.learner_id == learner_id)
                .order_by(TeamRow.name)
            )
            return [(_team(team), role) for team, role in rows]

    def shared_with(self, mentor_id: int, learner_id: int) -> bool:
        """Whether a team that shares submissions has ``mentor_id`` as owner or mentor and
        ``learner_id`` as a member."""
        with self._session() as session:
            theirs = select(MemberRow.team_id).where(MemberRow.learner_id == learner_id)
            found = session.scalar(
                select(MemberRow.id)
                .join(TeamRow, TeamRow.id == MemberRow.team_id)
                .where(
                    MemberRow.learner_id == mentor_id,
                    MemberRow.role.in_(("owner", "mentor")),
                    TeamRow.share_submissions.is_(True),
                    MemberRow.team_id.in_(theirs),
                )
                .limit(1)
            )
            return found is not None

    def evidence_of(self, learner_ids: list[int]) -> dict[int, list[Evidence]]:
        """Plain rows, not ORM objects: a team's evidence can be hundreds of thousands."""
        found: dict[int, list[Evidence]] = {i: [] for i in learner_ids}
        read = EvidenceReader()
        query = (
            select(EvidenceRow.learner_id, *read.columns)
            .where(EvidenceRow.learner_id.in_(learner_ids))
            .order_by(EvidenceRow.graded_at, EvidenceRow.id)
        )
        with self._session() as session:
            for row in session.execute(query):
                found[row[0]].append(read(*row[1:]))
        return found

    def starts_of(self, learner_ids: list[int]) -> dict[int, list[Start]]:
        found: dict[int, list[Start]] = {i: [] for i in learner_ids}
        with self._session() as session:
            for r in session.scalars(select(StartRow).where(StartRow.learner_id.in_(learner_ids))):
                found[r.learner_id].append(Start(r.skill, _utc(r.started_at), r.exercise or None))
        return found

    def add_comment(self, submission_id: int, author_id: int, body: str, at: datetime) -> int:
        with self._session() as session:
            row = CommentRow(
                submission_id=submission_id, author_id=author_id, body=body, created_at=at
            )
            session.add(row)
            session.commit()
            return row.id

    def comments(self, submission_id: int) -> list[Comment]:
        with self._session() as session:
            rows = session.execute(
                select(CommentRow, LearnerRow.name)
                .join(LearnerRow, LearnerRow.id == CommentRow.author_id)
                .where(CommentRow.submission_id == submission_id)
                .order_by(CommentRow.id)
            )
            return [
                Comment(c.id, c.submission_id, name, c.body, _utc(c.created_at)) for c, name in rows
            ]


def _team(row: TeamRow) -> TeamRecord:
    return TeamRecord(row.id, row.name, row.invite_code, row.share_submissions)

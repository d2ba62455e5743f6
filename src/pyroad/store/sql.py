"""The SQL store: one implementation for SQLite (embedded) and PostgreSQL (server mode)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import (
    Engine,
    String,
    bindparam,
    cast,
    create_engine,
    event,
    func,
    select,
    update,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from pyroad.learning.evidence import Evidence, Integrity, Start
from pyroad.store.base import (
    ConflictError,
    InTransaction,
    LearnerRecord,
    Store,
    StoreError,
    SubmissionRecord,
)
from pyroad.store.tables import EvidenceRow, LearnerRow, StartRow, SubmissionRow, TokenRow

MIGRATIONS = Path(__file__).parent / "migrations"


def _utc(value: datetime) -> datetime:
    """SQLite hands datetimes back without a zone; everything pyroad stores is UTC."""
    return value if value.tzinfo else value.replace(tzinfo=UTC)


# Enough pooled connections for the web app's worker threads: connections made beyond the pool
# are closed again after one use, and making one costs more than most queries.
POOL = {"pool_size": 20, "max_overflow": 30}


def make_engine(url: str, **engine_args: Any) -> Engine:
    """Create an engine for ``url``; for SQLite, create its folder and enforce foreign keys."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"not a database URL: {url!r}") from exc
    if parsed.get_backend_name() == "sqlite":
        in_memory = parsed.database in (None, "", ":memory:")
        if not in_memory:
            Path(str(parsed.database)).expanduser().parent.mkdir(parents=True, exist_ok=True)
        # An in-memory database lives in one connection: no pool to size.
        engine = create_engine(parsed, **{**({} if in_memory else POOL), **engine_args})

        @event.listens_for(engine, "connect")
        def _pragmas(conn: Any, _record: Any) -> None:
            cursor = conn.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA busy_timeout=5000")
            cursor.close()

        return engine
    try:
        return create_engine(parsed, pool_pre_ping=True, **{**POOL, **engine_args})
    except Exception as exc:  # unknown dialect or driver
        raise StoreError(f"cannot use database URL {parsed!r}: {exc}") from exc


def upgrade_database(engine: Engine, revision: str = "head") -> None:
    """Run the Alembic migrations up to ``revision`` on the engine's database."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    except OperationalError as exc:
        raise StoreError(f"cannot reach the database: {exc.orig}") from exc


class SqlStore(Store):
    """The store on a SQLAlchemy engine. Each method is one short transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._session = sessionmaker(engine, expire_on_commit=False)

    def _begin(self) -> Session:
        return self._session()

    def learner(self, name: str) -> LearnerRecord:
        with self._begin() as session:
            row = session.scalar(select(LearnerRow).where(LearnerRow.name == name))
            if row is None:
                row = LearnerRow(name=name, created_at=datetime.now(UTC))
                session.add(row)
                try:
                    session.commit()
                except IntegrityError:  # created meanwhile by another process
                    session.rollback()
                    row = session.scalars(select(LearnerRow).where(LearnerRow.name == name)).one()
            return _learner(row)

    def record_start(self, learner_id: int, start: Start) -> None:
        with self._begin() as session:
            exists = session.scalar(
                select(StartRow.id).where(
                    StartRow.learner_id == learner_id,
                    StartRow.skill == start.skill,
                    StartRow.exercise == (start.exercise or ""),
                )
            )
            if exists is not None:
                return
            session.add(
                StartRow(
                    learner_id=learner_id,
                    skill=start.skill,
                    exercise=start.exercise or "",
                    started_at=start.at,
                )
            )
            try:
                session.commit()
            except IntegrityError:
                session.rollback()

    def record_evidence(self, learner_id: int, evidence: Evidence) -> int:
        with self._begin() as session:
            row = _evidence_row(learner_id, evidence)
            session.add(row)
            session.commit()
            return row.id

    def starts(self, learner_id: int) -> list[Start]:
        with self._begin() as session:
            rows = session.scalars(
                select(StartRow)
                .where(StartRow.learner_id == learner_id)
                .order_by(StartRow.started_at, StartRow.id)
            )
            return [Start(r.skill, _utc(r.started_at), r.exercise or None) for r in rows]

    def evidence(self, learner_id: int) -> list[Evidence]:
        # Plain rows, not ORM objects: this runs on every page a learner opens.
        read = EvidenceReader()
        query = (
            select(*read.columns)
            .where(EvidenceRow.learner_id == learner_id)
            .order_by(EvidenceRow.graded_at, EvidenceRow.id)
        )
        with self.engine.connect() as connection:
            return [read(*row) for row in connection.execute(query)]

    def progress_version(self, learner_id: int) -> str:
        """Two index look-ups in one statement: the newest evidence and start ids."""
        with self.engine.connect() as connection:
            row = connection.execute(select(*_newest(learner_id))).one()
        return f"{row[0]}:{row[1]}"

    def learner_with_version(self, learner_id: int) -> tuple[LearnerRecord, str] | None:
        with self.engine.connect() as connection:
            row = connection.execute(_LEARNER_WITH_VERSION, {"learner": learner_id}).one_or_none()
        if row is None:
            return None
        return LearnerRecord(row[0], row[1], _utc(row[2])), f"{row[3]}:{row[4]}"

    def create_account(self, name: str, email: str, password_hash: str) -> LearnerRecord:
        with self._begin() as session:
            row = LearnerRow(
                name=name, email=email, password_hash=password_hash, created_at=datetime.now(UTC)
            )
            session.add(row)
            try:
                session.commit()
            except IntegrityError as exc:
                raise ConflictError("that name or email is taken") from exc
            return _learner(row)

    def account_by_email(self, email: str) -> tuple[LearnerRecord, str] | None:
        with self._begin() as session:
            row = session.scalar(select(LearnerRow).where(LearnerRow.email == email))
            if row is None or row.password_hash is None:
                return None
            return _learner(row), row.password_hash

    def learner_by_id(self, learner_id: int) -> LearnerRecord | None:
        # A plain row, not an ORM object: every signed-in request asks this.
        query = select(*_LEARNER_COLUMNS).where(LearnerRow.id == learner_id)
        with self.engine.connect() as connection:
            row = connection.execute(query).one_or_none()
        return None if row is None else LearnerRecord(row[0], row[1], _utc(row[2]))

    def add_token(self, learner_id: int, token_hash: str, at: datetime) -> None:
        with self._begin() as session:
            session.add(TokenRow(learner_id=learner_id, token_hash=token_hash, created_at=at))
            session.commit()

    def learner_by_token(self, token_hash: str) -> LearnerRecord | None:
        query = (
            select(*_LEARNER_COLUMNS)
            .join(TokenRow, TokenRow.learner_id == LearnerRow.id)
            .where(TokenRow.token_hash == token_hash)
        )
        with self.engine.connect() as connection:
            row = connection.execute(query).one_or_none()
        return None if row is None else LearnerRecord(row[0], row[1], _utc(row[2]))

    def add_submission(
        self,
        learner_id: int,
        exercise: str,
        files: dict[str, str],
        at: datetime,
        in_transaction: InTransaction | None = None,
    ) -> int:
        with self._begin() as session:
            row = SubmissionRow(
                learner_id=learner_id,
                exercise=exercise,
                files=files,
                status="queued",
                created_at=at,
            )
            session.add(row)
            session.flush()
            if in_transaction is not None:
                in_transaction(session.connection(), row.id)
            session.commit()
            return row.id

    def queued_submissions(self) -> list[int]:
        with self._begin() as session:
            rows = session.scalars(
                select(SubmissionRow.id)
                .where(SubmissionRow.status == "queued")
                .order_by(SubmissionRow.id)
            )
            return list(rows)

    def submission(self, submission_id: int) -> SubmissionRecord | None:
        with self._begin() as session:
            row = session.get(SubmissionRow, submission_id)
            return None if row is None else _submission(row)

    def submissions(self, learner_id: int, limit: int = 50) -> list[SubmissionRecord]:
        with self._begin() as session:
            rows = session.scalars(
                select(SubmissionRow)
                .where(SubmissionRow.learner_id == learner_id)
                .order_by(SubmissionRow.created_at.desc(), SubmissionRow.id.desc())
                .limit(limit)
            )
            return [_submission(r) for r in rows]

    def finish_submission(
        self,
        submission_id: int,
        verdict: dict[str, Any],
        at: datetime,
        evidence: Evidence | None,
    ) -> bool:
        """One transaction: the verdict is written only while the submission is queued."""
        with self._begin() as session:
            done = session.execute(
                update(SubmissionRow)
                .where(SubmissionRow.id == submission_id, SubmissionRow.status == "queued")
                .values(status="graded", verdict=verdict, graded_at=at)
            )
            if done.rowcount != 1:  # type: ignore[attr-defined]
                session.rollback()
                return False
            if evidence is not None:
                learner_id = session.scalars(
                    select(SubmissionRow.learner_id).where(SubmissionRow.id == submission_id)
                ).one()
                session.add(_evidence_row(learner_id, evidence))
            session.commit()
            return True

    def close(self) -> None:
        self.engine.dispose()


def _evidence_row(learner_id: int, evidence: Evidence) -> EvidenceRow:
    return EvidenceRow(
        learner_id=learner_id,
        exercise=evidence.exercise,
        skills=list(evidence.skills),
        work=list(evidence.work),
        passed=evidence.passed,
        integrity=evidence.integrity.value,
        graded_at=evidence.at,
        details={},
    )


_LEARNER_COLUMNS = (LearnerRow.id, LearnerRow.name, LearnerRow.created_at)
_INTEGRITY = {member.value: member for member in Integrity}


class EvidenceReader:
    """Makes :class:`Evidence` from plain rows of :attr:`columns`.

    The two list columns are read as their JSON text and each distinct text is decoded once:
    a team's matrix reads hundreds of thousands of rows, with about as many distinct lists as
    there are exercises.
    """

    columns = (
        EvidenceRow.exercise,
        cast(EvidenceRow.skills, String),
        EvidenceRow.passed,
        EvidenceRow.integrity,
        EvidenceRow.graded_at,
        cast(EvidenceRow.work, String),
    )

    def __init__(self) -> None:
        self._lists: dict[str, tuple[str, ...]] = {}

    def _list(self, text: str) -> tuple[str, ...]:
        found = self._lists.get(text)
        if found is None:
            found = self._lists[text] = tuple(json.loads(text))
        return found

    def __call__(
        self, exercise: str, skills: str, passed: bool, integrity: str, at: datetime, work: str
    ) -> Evidence:
        return Evidence(
            exercise,
            self._list(skills),
            passed,
            _INTEGRITY[integrity],
            _utc(at),
            self._list(work),
        )


def _newest(learner_id: Any) -> tuple[Any, Any]:
    """The learner's newest evidence id and newest start id, as scalar subqueries."""
    return (
        select(func.max(EvidenceRow.id))
        .where(EvidenceRow.learner_id == learner_id)
        .scalar_subquery(),
        select(func.max(StartRow.id)).where(StartRow.learner_id == learner_id).scalar_subquery(),
    )


# Built once: the roadmap page runs it on every request (a fresh statement costs more to build
# than SQLite takes to answer it).
_LEARNER_WITH_VERSION = select(*_LEARNER_COLUMNS, *_newest(bindparam("learner"))).where(
    LearnerRow.id == bindparam("learner")
)


def _learner(row: LearnerRow) -> LearnerRecord:
    return LearnerRecord(row.id, row.name, _utc(row.created_at))


def _submission(row: SubmissionRow) -> SubmissionRecord:
    return SubmissionRecord(
        id=row.id,
        learner_id=row.learner_id,
        exercise=row.exercise,
        files=dict(row.files),
        status=row.status,
        verdict=row.verdict,
        created_at=_utc(row.created_at),
        graded_at=_utc(row.graded_at) if row.graded_at else None,
    )


def open_store(url: str, migrate: bool = True) -> SqlStore:
    """Open the store at ``url``, bringing its schema up to date first (embedded mode)."""
    engine = make_engine(url)
    if migrate:
        upgrade_database(engine)
    return SqlStore(engine)

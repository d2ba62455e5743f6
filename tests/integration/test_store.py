"""The SQL store behaves the same on SQLite and PostgreSQL (every test runs on both)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import inspect

from pyroad.learning.evidence import Evidence, Integrity, Start
from pyroad.store import StoreError, open_store
from pyroad.store.base import Store
from pyroad.store.memory import MemoryStore
from pyroad.store.sql import SqlStore, make_engine, upgrade_database
from tests.factories import T0, attempt, unique


def test_migrations_create_every_table(store: SqlStore) -> None:
    tables = set(inspect(store.engine).get_table_names())
    assert {"learners", "skill_starts", "evidence", "alembic_version"} <= tables


def test_migrating_twice_changes_nothing(store: SqlStore) -> None:
    learner = store.learner(unique("ada"))
    store.record_evidence(learner.id, attempt("file-io"))
    upgrade_database(store.engine)
    assert len(store.evidence(learner.id)) == 1


def test_a_learner_is_created_once_and_found_again(store: SqlStore) -> None:
    name = unique("ada")
    first = store.learner(name)
    again = store.learner(name)
    assert first == again
    assert store.learner(unique("bob")).id != first.id
    assert first.created_at.tzinfo is not None


def test_evidence_round_trips_with_its_skills_work_and_time(store: SqlStore) -> None:
    learner = store.learner(unique("ada"))
    item = Evidence(
        exercise=unique("ex"),
        skills=("file-io", "exceptions"),
        passed=True,
        integrity=Integrity.UNISOLATED,
        at=datetime(2026, 3, 1, 12, 30, 15, tzinfo=UTC),
        work=("existing-code",),
    )
    store.record_evidence(learner.id, item)
    assert store.evidence(learner.id) == [item]


def test_evidence_comes_back_oldest_first_and_only_for_its_learner(store: SqlStore) -> None:
    ada, bob = store.learner(unique("ada")), store.learner(unique("bob"))
    late = attempt("file-io", at=T0 + timedelta(hours=2))
    early = attempt("file-io", at=T0, passed=False)
    store.record_evidence(ada.id, late)
    store.record_evidence(ada.id, early)
    store.record_evidence(bob.id, attempt("exceptions"))
    assert store.evidence(ada.id) == [early, late]
    assert [e.skills for e in store.evidence(bob.id)] == [("exceptions",)]


def test_starting_the_same_exercise_twice_records_it_once(store: SqlStore) -> None:
    learner = store.learner(unique("ada"))
    start = Start("file-io", T0, exercise="read-config")
    store.record_start(learner.id, start)
    store.record_start(learner.id, Start("file-io", T0 + timedelta(hours=1), "read-config"))
    store.record_start(learner.id, Start("exceptions", T0))
    assert store.starts(learner.id) == [start, Start("exceptions", T0)]


@pytest.mark.parametrize("make", [MemoryStore, None], ids=["memory", "sql"])
def test_the_fake_store_behaves_like_the_real_one(make: type[Store] | None, db_url: str) -> None:
    """The fake used by unit tests must not drift from the real store."""
    real: Store = make() if make else open_store(db_url)
    name = unique("ada")
    learner = real.learner(name)
    assert real.learner(name).id == learner.id
    items = [attempt("file-io", at=T0 + timedelta(minutes=m)) for m in (5, 1, 3)]
    for item in items:
        real.record_evidence(learner.id, item)
    assert real.evidence(learner.id) == sorted(items, key=lambda e: e.at)
    real.record_start(learner.id, Start("x", T0))
    real.record_start(learner.id, Start("x", T0))
    assert real.starts(learner.id) == [Start("x", T0)]
    real.close()


def test_a_bad_url_is_a_clear_error() -> None:
    with pytest.raises(StoreError, match="not a database URL"):
        make_engine("not a url at all")


def test_an_unreachable_server_is_a_clear_error() -> None:
    with pytest.raises(StoreError, match="cannot reach the database"):
        open_store("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2")


def test_the_progress_version_changes_with_evidence_and_starts_and_comes_with_the_learner(
    store: SqlStore,
) -> None:
    learner = store.learner(unique("ada"))
    other = store.learner(unique("bob"))
    first = store.progress_version(learner.id)
    assert store.learner_with_version(learner.id) == (learner, first)
    store.record_evidence(learner.id, attempt("file-io"))
    second = store.progress_version(learner.id)
    store.record_start(learner.id, Start("exceptions", T0, None))
    third = store.progress_version(learner.id)
    assert len({first, second, third}) == 3
    assert store.learner_with_version(learner.id) == (learner, third)
    store.record_evidence(other.id, attempt("file-io"))
    assert store.progress_version(learner.id) == third, "another learner's work changes nothing"
    assert store.learner_with_version(10**9) is None

"""Small typed factories for tests. Ids are unique and random: no test depends on another's data."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from pyroad.content.models import Pack
from pyroad.learning.evidence import Evidence, Integrity

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def unique(prefix: str = "x") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def attempt(
    skill: str,
    *,
    passed: bool = True,
    at: datetime = T0,
    exercise: str | None = None,
    integrity: Integrity = Integrity.ISOLATED,
    work: tuple[str, ...] = (),
) -> Evidence:
    return Evidence(
        exercise=exercise or unique(skill),
        skills=(skill,),
        passed=passed,
        integrity=integrity,
        at=at,
        work=work,
    )


def mastery_of(
    pack: Pack,
    skills: Iterable[str],
    *,
    at: datetime = T0,
    integrity: Integrity = Integrity.ISOLATED,
) -> list[Evidence]:
    """Just enough passing evidence (distinct exercises) to master each skill."""
    items: list[Evidence] = []
    for offset, slug in enumerate(skills):
        for n in range(pack.skill(slug).mastery_exercises):
            when = at + timedelta(minutes=offset * 10 + n)
            items.append(attempt(slug, at=when, integrity=integrity))
    return items


def stage_skills(pack: Pack, *stage_numbers: int, core_only: bool = True) -> list[str]:
    """Slugs of the (core, non-choice) skills of the given 1-based stages, in roadmap order."""
    wanted = {pack.stages[n - 1].slug for n in stage_numbers}
    return [
        s.slug
        for s in pack.skills
        if s.stage in wanted and (not core_only or (s.core and s.choice is None))
    ]

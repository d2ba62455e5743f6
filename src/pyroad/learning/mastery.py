"""A skill's state, derived from evidence alone.

States, in the order the rules decide them:

* mastered / review due: enough distinct exercises of the skill passed; review is due once the
  last pass is older than the current review interval (which grows with each on-time review);
* locked: the skill's stage is not open yet, or a prerequisite is not mastered;
* in progress: started, or attempted, but not yet mastered;
* available: open and untouched.

A stage opens when every earlier stage is open and the previous stage's core skills are mastered
(and each of its choice groups has one mastered skill).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from pyroad.content.models import Pack, Skill
from pyroad.learning.evidence import Evidence, Start

# Days between reviews: after mastery, then after each review passed on a later day.
REVIEW_INTERVALS_DAYS = (7, 21, 60, 150)


class SkillState(StrEnum):
    LOCKED = "locked"
    AVAILABLE = "available"
    IN_PROGRESS = "in_progress"
    MASTERED = "mastered"
    REVIEW_DUE = "review_due"

    @property
    def is_mastered(self) -> bool:
        return self in (SkillState.MASTERED, SkillState.REVIEW_DUE)


@dataclass(frozen=True)
class SkillStatus:
    slug: str
    state: SkillState
    passed_exercises: tuple[str, ...] = ()
    attempts: int = 0
    needed: int = 1
    mastered_at: datetime | None = None
    review_due_at: datetime | None = None
    locked_because: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class _History:
    passed: tuple[str, ...]
    attempts: int
    mastered_at: datetime | None
    review_due_at: datetime | None


def _history(skill: Skill, evidence: list[Evidence]) -> _History:
    """Fold one skill's evidence (oldest first) into its mastery history."""
    passed: list[str] = []
    mastered_at: datetime | None = None
    last_pass: datetime | None = None
    review_days: set[object] = set()
    for item in evidence:
        if not item.passed:
            continue
        if item.exercise not in passed:
            passed.append(item.exercise)
        if mastered_at is None and len(passed) >= skill.mastery_exercises:
            mastered_at = item.at
        elif mastered_at is not None and item.at.date() > mastered_at.date():
            review_days.add(item.at.date())
        last_pass = item.at
    due: datetime | None = None
    if mastered_at is not None and last_pass is not None:
        step = min(len(review_days), len(REVIEW_INTERVALS_DAYS) - 1)
        due = last_pass + timedelta(days=REVIEW_INTERVALS_DAYS[step])
    return _History(tuple(passed), len(evidence), mastered_at, due)


def _stage_gap(pack: Pack, stage_slug: str, mastered: set[str]) -> list[str]:
    """What is still to master in a stage before the next one opens."""
    missing: list[str] = []
    groups: dict[str, list[Skill]] = {}
    for skill in pack.skills_in(stage_slug):
        if skill.choice:
            groups.setdefault(skill.choice, []).append(skill)
        elif skill.core and skill.slug not in mastered:
            missing.append(skill.title)
    for group, options in groups.items():
        if not any(option.slug in mastered for option in options):
            missing.append(f"one {group} of: {', '.join(o.title for o in options)}")
    return missing


def _decide_state(
    pack: Pack,
    history: _History,
    stage_closed: tuple[str, ...],
    missing: list[str],
    started: bool,
    now: datetime | None,
) -> tuple[SkillState, tuple[str, ...]]:
    if stage_closed:
        return SkillState.LOCKED, stage_closed
    if missing:
        titles = ", ".join(pack.skill(p).title for p in missing)
        return SkillState.LOCKED, (f"master first: {titles}",)
    if history.mastered_at is not None:
        due_at = history.review_due_at
        overdue = now is not None and due_at is not None and now >= due_at
        return (SkillState.REVIEW_DUE if overdue else SkillState.MASTERED), ()
    if started or history.attempts:
        return SkillState.IN_PROGRESS, ()
    return SkillState.AVAILABLE, ()


def assess(
    pack: Pack,
    evidence: Iterable[Evidence],
    starts: Iterable[Start] = (),
    now: datetime | None = None,
) -> dict[str, SkillStatus]:
    """Derive every skill's status from the learner's evidence and starts.

    Strict order wins over evidence: a skill whose stage is closed or whose prerequisites are not
    mastered is locked even if it has passing evidence (say, recorded under an older pack).
    """
    by_skill: dict[str, list[Evidence]] = {skill.slug: [] for skill in pack.skills}
    for item in sorted(evidence, key=lambda e: e.at):
        for slug in item.skills:
            if slug in by_skill:
                by_skill[slug].append(item)
    started = {start.skill for start in starts}
    statuses: dict[str, SkillStatus] = {}
    mastered: set[str] = set()
    stage_closed: tuple[str, ...] = ()

    def decide(skill: Skill) -> SkillStatus:
        history = _history(skill, by_skill[skill.slug])
        for prereq in skill.prerequisites:
            if prereq not in statuses and pack.skill(prereq).stage == skill.stage:
                statuses[prereq] = decide(pack.skill(prereq))
        missing = [p for p in skill.prerequisites if p not in mastered]
        state, reasons = _decide_state(
            pack, history, stage_closed, missing, skill.slug in started, now
        )
        if state.is_mastered:
            mastered.add(skill.slug)
        return SkillStatus(
            slug=skill.slug,
            state=state,
            passed_exercises=history.passed,
            attempts=history.attempts,
            needed=skill.mastery_exercises,
            mastered_at=history.mastered_at,
            review_due_at=history.review_due_at,
            locked_because=reasons,
        )

    for stage in pack.stages:
        for skill in pack.skills_in(stage.slug):
            if skill.slug not in statuses:
                statuses[skill.slug] = decide(skill)
        if not stage_closed and (gap := _stage_gap(pack, stage.slug, mastered)):
            stage_closed = (
                f"stage '{stage.title}' must be mastered first; still to master: " + ", ".join(gap),
            )
    return {skill.slug: statuses[skill.slug] for skill in pack.skills}

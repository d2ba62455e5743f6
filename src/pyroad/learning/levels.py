"""Career-level readiness: how much of each level's required evidence a learner has shown.

Only isolated, passing evidence counts here (see :class:`~pyroad.learning.evidence.Evidence`).
A level is *shown* when its requirements and those of every level below it are met.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from pyroad.content.models import Level, Pack, SalaryBand
from pyroad.learning.evidence import Evidence
from pyroad.learning.mastery import SkillStatus


class RequirementKind(StrEnum):
    SKILL = "skill"
    CHOICE = "choice"
    WORK = "work"


@dataclass(frozen=True)
class Requirement:
    kind: RequirementKind
    slug: str
    title: str
    met: bool


@dataclass(frozen=True)
class LevelReadiness:
    level: Level
    requirements: tuple[Requirement, ...]
    salary: SalaryBand | None
    shown: bool

    @property
    def met(self) -> int:
        return sum(1 for r in self.requirements if r.met)

    @property
    def total(self) -> int:
        return len(self.requirements)

    @property
    def missing(self) -> list[Requirement]:
        return [r for r in self.requirements if not r.met]

    @property
    def complete(self) -> bool:
        return self.met == self.total


def work_shown(evidence: list[Evidence]) -> set[str]:
    return {kind for item in evidence if item.counts_for_levels for kind in item.work}


def _requirements(
    pack: Pack, level: Level, statuses: dict[str, SkillStatus], work: set[str]
) -> tuple[Requirement, ...]:
    mastered = {slug for slug, status in statuses.items() if status.state.is_mastered}
    work_titles = {kind.slug: kind.title for kind in pack.work_kinds}
    reqs = [
        Requirement(RequirementKind.SKILL, slug, pack.skill(slug).title, slug in mastered)
        for slug in level.evidence.skills
    ]
    for group in level.evidence.choices:
        options = [s for s in pack.skills if s.choice == group]
        title = f"one {group}: " + " or ".join(s.title for s in options)
        reqs.append(
            Requirement(
                RequirementKind.CHOICE, group, title, any(s.slug in mastered for s in options)
            )
        )
    reqs += [
        Requirement(RequirementKind.WORK, slug, work_titles[slug], slug in work)
        for slug in level.evidence.work
    ]
    return tuple(reqs)


def assess_levels(
    pack: Pack, statuses: dict[str, SkillStatus], evidence: list[Evidence]
) -> list[LevelReadiness]:
    """Readiness for each level, lowest first. ``statuses`` must come from isolated evidence."""
    work = work_shown(evidence)
    bands = {band.level: band for band in pack.salary.bands}
    result: list[LevelReadiness] = []
    all_below = True
    for level in pack.levels:
        reqs = _requirements(pack, level, statuses, work)
        complete = all(r.met for r in reqs)
        result.append(LevelReadiness(level, reqs, bands.get(level.slug), all_below and complete))
        all_below = all_below and complete
    return result


def level_shown(readiness: list[LevelReadiness]) -> LevelReadiness | None:
    shown = [r for r in readiness if r.shown]
    return shown[-1] if shown else None

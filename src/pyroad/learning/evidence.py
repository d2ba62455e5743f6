"""What a learner has shown: graded attempts and started skills, as plain values."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class Integrity(StrEnum):
    """How a verdict was produced. Only isolated verdicts count toward levels."""

    ISOLATED = "isolated"
    UNISOLATED = "unisolated"


@dataclass(frozen=True)
class Evidence:
    """One graded attempt at an exercise.

    ``skills`` and ``work`` are copied from the exercise when the attempt is graded, so evidence
    keeps meaning what it meant even if a pack changes later.
    """

    exercise: str
    skills: tuple[str, ...]
    passed: bool
    integrity: Integrity
    at: datetime
    work: tuple[str, ...] = field(default=())

    @property
    def counts_for_levels(self) -> bool:
        return self.passed and self.integrity is Integrity.ISOLATED


@dataclass(frozen=True)
class Start:
    """The learner began work on a skill (``pyroad start``); it puts the skill in progress."""

    skill: str
    at: datetime
    exercise: str | None = None

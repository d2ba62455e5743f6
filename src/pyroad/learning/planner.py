"""What to do next, and why.

The planner reads skill statuses (see :mod:`pyroad.learning.mastery`) and proposes at most three
actions, in this order of priority:

1. reviews that are due, oldest first: a skill that fades is worth more than a new one;
2. skills already in progress: finish before starting (the work-in-progress limit);
3. new skills that are open, in roadmap order, only while fewer than ``wip_limit`` are in progress;
   an open choice group (the framework track) becomes one "choose" action instead of three starts.

Framework and deployment skills are never proposed while any foundation stage is unmastered; the
stage gate already ensures it and :func:`next_actions` checks it again, because suggesting a
framework too early is the mistake this roadmap exists to prevent.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from pyroad.content.models import Pack, Skill, SkillKind
from pyroad.learning.mastery import SkillState, SkillStatus

MAX_ACTIONS = 3


class ActionKind(StrEnum):
    REVIEW = "review"
    CONTINUE = "continue"
    START = "start"
    CHOOSE = "choose"


@dataclass(frozen=True)
class Action:
    kind: ActionKind
    skill: str
    title: str
    reason: str
    options: tuple[str, ...] = ()
    exercise: str | None = None


# Given a skill and the exercises already passed, the next exercise to do (or None).
ExercisePicker = Callable[[str, tuple[str, ...]], str | None]


def _no_exercises(skill: str, passed: tuple[str, ...]) -> str | None:
    return None


def foundations_mastered(pack: Pack, statuses: dict[str, SkillStatus]) -> bool:
    foundation = {stage.slug for stage in pack.stages if stage.foundation}
    return all(
        statuses[skill.slug].state.is_mastered
        for skill in pack.skills
        if skill.stage in foundation and skill.core and skill.choice is None
    )


def next_actions(
    pack: Pack,
    statuses: dict[str, SkillStatus],
    wip_limit: int,
    pick_exercise: ExercisePicker = _no_exercises,
    limit: int = MAX_ACTIONS,
) -> list[Action]:
    """The next one to ``limit`` actions, each with the reason it is proposed."""
    actions: list[Action] = []
    late_allowed = foundations_mastered(pack, statuses)

    def allowed(skill: Skill) -> bool:
        return late_allowed or skill.kind not in (SkillKind.FRAMEWORK, SkillKind.DEPLOYMENT)

    due = [s for s in pack.skills if statuses[s.slug].state is SkillState.REVIEW_DUE]
    due.sort(key=lambda s: statuses[s.slug].review_due_at or datetime.min)
    for skill in due:
        since = statuses[skill.slug].review_due_at
        when = f" since {since:%Y-%m-%d}" if since else ""
        actions.append(
            Action(
                ActionKind.REVIEW,
                skill.slug,
                skill.title,
                f"review is due{when}: pass one of its exercises again to keep it fresh",
                exercise=pick_exercise(skill.slug, ()),
            )
        )

    in_progress = [s for s in pack.skills if statuses[s.slug].state is SkillState.IN_PROGRESS]
    for skill in in_progress:
        status = statuses[skill.slug]
        done = len(status.passed_exercises)
        actions.append(
            Action(
                ActionKind.CONTINUE,
                skill.slug,
                skill.title,
                f"in progress: {done} of {status.needed} exercises passed; finish it before "
                "starting something new",
                exercise=pick_exercise(skill.slug, status.passed_exercises),
            )
        )

    free = max(0, wip_limit - len(in_progress))
    started_groups = {s.choice for s in in_progress if s.choice}
    mastered_groups = {
        s.choice for s in pack.skills if s.choice and statuses[s.slug].state.is_mastered
    }
    offered_groups: set[str] = set()
    for skill in pack.skills:
        if free <= 0:
            break
        if statuses[skill.slug].state is not SkillState.AVAILABLE or not allowed(skill):
            continue
        if skill.choice:
            group = skill.choice
            if group in started_groups | mastered_groups | offered_groups:
                continue
            offered_groups.add(group)
            options = tuple(s.slug for s in pack.skills if s.choice == group)
            actions.append(
                Action(
                    ActionKind.CHOOSE,
                    skill.slug,
                    f"Choose your {group} track",
                    "teams standardise on one; pick the one that fits the work you want "
                    "(see `pyroad frameworks --need ...`) and learn it well",
                    options=options,
                )
            )
        else:
            stage = pack.stage(skill.stage)
            actions.append(
                Action(
                    ActionKind.START,
                    skill.slug,
                    skill.title,
                    f"next in '{stage.title}': its prerequisites are mastered and you have "
                    f"room for {free} more skill{'s' if free > 1 else ''} in progress",
                    exercise=pick_exercise(skill.slug, ()),
                )
            )
        free -= 1
    return actions[:limit]


def locked_skills(pack: Pack, statuses: dict[str, SkillStatus]) -> list[tuple[Skill, str]]:
    """Every locked skill with the reason it is locked (for ``pyroad next --explore``)."""
    return [
        (skill, "; ".join(statuses[skill.slug].locked_because))
        for skill in pack.skills
        if statuses[skill.slug].state is SkillState.LOCKED
    ]

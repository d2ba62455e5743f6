"""Where a learner stands: skill states, next actions and level readiness."""

from __future__ import annotations

from dataclasses import dataclass

from pyroad.learning.evidence import Evidence, Integrity, Start
from pyroad.learning.levels import LevelReadiness, assess_levels, level_shown
from pyroad.learning.mastery import SkillState, SkillStatus, assess
from pyroad.learning.planner import Action, next_actions
from pyroad.services.context import Context
from pyroad.store import LearnerRecord


@dataclass(frozen=True)
class Progress:
    learner: LearnerRecord
    statuses: dict[str, SkillStatus]
    actions: list[Action]
    levels: list[LevelReadiness]
    evidence: list[Evidence]
    starts: list[Start]

    @property
    def level_shown(self) -> LevelReadiness | None:
        return level_shown(self.levels)


def anonymous_progress(ctx: Context) -> Progress:
    """What a new learner sees: no evidence, nothing stored."""
    statuses = assess(ctx.pack, [], [], ctx.clock())
    nobody = LearnerRecord(0, "", ctx.clock())
    levels = assess_levels(ctx.pack, statuses, [])
    actions = next_actions(ctx.pack, statuses, ctx.settings.wip_limit)
    return Progress(nobody, statuses, actions, levels, [], [])


def learner_progress(ctx: Context, learner_name: str | None = None) -> Progress:
    """Everything the roadmap, next and level views need, from one read of the store."""
    return progress_of(ctx, ctx.store.learner(learner_name or ctx.settings.learner))


def progress_of(ctx: Context, learner: LearnerRecord) -> Progress:
    """Like :func:`learner_progress`, for a learner already looked up (web requests)."""
    evidence = ctx.store.evidence(learner.id)
    starts = ctx.store.starts(learner.id)
    now = ctx.clock()
    statuses = assess(ctx.pack, evidence, starts, now)
    # Levels count only isolated verdicts: an unisolated pass helps you move on, never ranks you.
    isolated = [item for item in evidence if item.integrity is Integrity.ISOLATED]
    level_statuses = assess(ctx.pack, isolated, (), now)
    levels = assess_levels(ctx.pack, level_statuses, isolated)
    pack = ctx.pack

    def pick_exercise(skill: str, passed: tuple[str, ...]) -> str | None:
        # Only exercises whose every skill is open now: one that also proves a locked skill
        # would be refused by `start`.
        options = [
            e
            for e in pack.exercises_for(skill)
            if all(statuses[s].state is not SkillState.LOCKED for s in e.spec.skills)
        ]
        fresh = [e.id for e in options if e.id not in passed]
        return fresh[0] if fresh else (options[0].id if options else None)

    actions = next_actions(ctx.pack, statuses, ctx.settings.wip_limit, pick_exercise)
    return Progress(learner, statuses, actions, levels, evidence, starts)

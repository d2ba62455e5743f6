from __future__ import annotations

import random
from datetime import timedelta

import pytest

from pyroad.content.models import Pack, SkillKind
from pyroad.learning.evidence import Start
from pyroad.learning.mastery import REVIEW_INTERVALS_DAYS, SkillState, assess
from pyroad.learning.planner import ActionKind, locked_skills, next_actions
from tests.factories import T0, attempt, mastery_of, stage_skills

LATE = (SkillKind.FRAMEWORK, SkillKind.DEPLOYMENT)


def test_a_new_learner_is_pointed_at_a_stage_one_skill(pack: Pack) -> None:
    statuses = assess(pack, [], [], T0)
    actions = next_actions(pack, statuses, wip_limit=2)
    assert actions, "a new learner must get something to do"
    first_stage = pack.stages[0].slug
    assert all(pack.skill(a.skill).stage == first_stage for a in actions)
    assert actions[0].skill == "syntax-and-execution"
    assert actions[0].kind is ActionKind.START
    assert "prerequisites are mastered" in actions[0].reason


def test_every_skill_but_the_first_is_locked_for_a_new_learner(pack: Pack) -> None:
    statuses = assess(pack, [], [], T0)
    open_now = [slug for slug, s in statuses.items() if s.state is not SkillState.LOCKED]
    assert open_now == ["syntax-and-execution"]
    locked = dict((skill.slug, why) for skill, why in locked_skills(pack, statuses))
    first_title = pack.skill("syntax-and-execution").title
    assert locked["data-types-and-memory"] == f"master first: {first_title}"
    assert f"stage '{pack.stages[0].title}' must be mastered first" in locked["oop-basics"]


@pytest.mark.parametrize("seed", range(25))
def test_frameworks_are_never_suggested_before_stages_one_to_three_are_mastered(
    pack: Pack, seed: int
) -> None:
    rng = random.Random(seed)
    foundation = stage_skills(pack, 1, 2, 3)
    # Any strict subset of the foundation, however large.
    chosen = rng.sample(foundation, rng.randrange(len(foundation)))
    evidence = mastery_of(pack, chosen)
    # Evidence for framework skills too, as a learner jumping ahead would try.
    evidence += mastery_of(pack, ["django", "fastapi", "packaging"])
    statuses = assess(pack, evidence, [], T0 + timedelta(days=1))
    for wip in (1, 2, 5, 10):
        for action in next_actions(pack, statuses, wip_limit=wip):
            assert pack.skill(action.skill).kind not in LATE, (chosen, action)
    for slug in ("django", "flask", "fastapi", "web-framework-concepts", "packaging"):
        assert statuses[slug].state is SkillState.LOCKED


def test_frameworks_open_once_stages_one_to_three_are_mastered(pack: Pack) -> None:
    evidence = mastery_of(pack, stage_skills(pack, 1, 2, 3))
    statuses = assess(pack, evidence, [], T0 + timedelta(days=1))
    assert statuses["web-framework-concepts"].state is SkillState.AVAILABLE
    actions = next_actions(pack, statuses, wip_limit=2)
    assert [a.skill for a in actions] == ["web-framework-concepts"]
    # With the concepts mastered, the track choice is offered once, not three starts.
    evidence += mastery_of(pack, ["web-framework-concepts"])
    statuses = assess(pack, evidence, [], T0 + timedelta(days=1))
    actions = next_actions(pack, statuses, wip_limit=2)
    assert [a.kind for a in actions] == [ActionKind.CHOOSE]
    assert set(actions[0].options) == {"django", "flask", "fastapi"}


@pytest.mark.parametrize("wip_limit", [1, 2, 3])
def test_the_in_progress_limit_holds(pack: Pack, wip_limit: int) -> None:
    # Master the first five skills of stage 1 so that three more are open at once.
    first_five = stage_skills(pack, 1)[:5]
    evidence = mastery_of(pack, first_five)
    statuses = assess(pack, evidence, [], T0)
    available = [s for s, st in statuses.items() if st.state is SkillState.AVAILABLE]
    assert len(available) >= 3, "the scenario needs more open skills than the limit"
    actions = next_actions(pack, statuses, wip_limit=wip_limit)
    assert len([a for a in actions if a.kind is ActionKind.START]) == min(wip_limit, 3)

    # Start skills up to the limit: no new skill is proposed, only continuing.
    starts = [Start(slug, T0) for slug in available[:wip_limit]]
    statuses = assess(pack, evidence, starts, T0)
    in_progress = [s for s, st in statuses.items() if st.state is SkillState.IN_PROGRESS]
    assert len(in_progress) == wip_limit
    actions = next_actions(pack, statuses, wip_limit=wip_limit)
    assert {a.kind for a in actions} == {ActionKind.CONTINUE}
    assert {a.skill for a in actions} == set(in_progress[:3])


def test_mastering_stage_one_opens_stage_two(pack: Pack) -> None:
    stage_one = stage_skills(pack, 1)
    almost = mastery_of(pack, stage_one[:-1])
    statuses = assess(pack, almost, [], T0 + timedelta(days=1))
    assert statuses["oop-basics"].state is SkillState.LOCKED
    assert statuses["modules-and-packages"].state is SkillState.LOCKED

    statuses = assess(pack, mastery_of(pack, stage_one), [], T0 + timedelta(days=1))
    assert statuses["oop-basics"].state is SkillState.AVAILABLE
    assert statuses["modules-and-packages"].state is SkillState.AVAILABLE
    second = pack.stages[1].slug
    assert all(
        pack.skill(a.skill).stage == second for a in next_actions(pack, statuses, wip_limit=2)
    )


def test_one_exercise_is_not_mastery(pack: Pack) -> None:
    skill = pack.skill("syntax-and-execution")
    assert skill.mastery_exercises > 1
    statuses = assess(pack, [attempt(skill.slug)], [], T0)
    assert statuses[skill.slug].state is SkillState.IN_PROGRESS
    # Passing the same exercise again does not count twice.
    same = attempt(skill.slug, exercise="only-one")
    statuses = assess(pack, [same, same], [], T0)
    assert statuses[skill.slug].state is SkillState.IN_PROGRESS


def test_failed_attempts_put_a_skill_in_progress_but_never_master_it(pack: Pack) -> None:
    failures = [attempt("syntax-and-execution", passed=False) for _ in range(5)]
    statuses = assess(pack, failures, [], T0)
    assert statuses["syntax-and-execution"].state is SkillState.IN_PROGRESS
    assert statuses["syntax-and-execution"].attempts == 5


def test_review_due_comes_first(pack: Pack) -> None:
    evidence = mastery_of(pack, ["syntax-and-execution"])
    later = T0 + timedelta(days=REVIEW_INTERVALS_DAYS[0] + 1)
    statuses = assess(pack, evidence, [Start("data-types-and-memory", T0)], later)
    assert statuses["syntax-and-execution"].state is SkillState.REVIEW_DUE
    actions = next_actions(pack, statuses, wip_limit=2)
    assert actions[0].kind is ActionKind.REVIEW
    assert actions[0].skill == "syntax-and-execution"
    assert actions[1].kind is ActionKind.CONTINUE


def test_a_review_passed_on_time_pushes_the_next_review_further(pack: Pack) -> None:
    evidence = mastery_of(pack, ["syntax-and-execution"])
    first_due = assess(pack, evidence, [], T0)["syntax-and-execution"].review_due_at
    assert first_due is not None
    reviewed = first_due + timedelta(hours=1)
    evidence.append(attempt("syntax-and-execution", at=reviewed))
    status = assess(pack, evidence, [], reviewed)["syntax-and-execution"]
    assert status.state is SkillState.MASTERED
    assert status.review_due_at == reviewed + timedelta(days=REVIEW_INTERVALS_DAYS[1])


def test_a_mastered_skill_stays_open_while_its_review_is_due(pack: Pack) -> None:
    stage_one = stage_skills(pack, 1)
    far_later = T0 + timedelta(days=400)
    statuses = assess(pack, mastery_of(pack, stage_one), [], far_later)
    assert all(statuses[s].state is SkillState.REVIEW_DUE for s in stage_one)
    assert statuses["oop-basics"].state is SkillState.AVAILABLE

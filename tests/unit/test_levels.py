from __future__ import annotations

from pyroad.content.models import Pack
from pyroad.learning.evidence import Integrity
from pyroad.learning.levels import RequirementKind, assess_levels, level_shown
from pyroad.learning.mastery import assess
from tests.factories import T0, attempt, mastery_of, stage_skills


def test_a_new_learner_meets_no_level_and_every_gap_is_named(pack: Pack) -> None:
    readiness = assess_levels(pack, assess(pack, [], [], T0), [])
    assert [r.level.slug for r in readiness] == ["entry", "early-professional", "mid", "senior"]
    assert level_shown(readiness) is None
    for r in readiness:
        assert not r.shown
        assert r.met == 0
        assert len(r.missing) == r.total > 0
        assert all(req.title for req in r.missing)
    entry = readiness[0]
    missing_skills = {req.slug for req in entry.missing if req.kind is RequirementKind.SKILL}
    assert missing_skills == set(stage_skills(pack, 1, 2, core_only=False))
    assert {req.slug for req in entry.missing if req.kind is RequirementKind.WORK} == {
        "existing-code",
        "small-feature",
    }


def test_entry_level_is_shown_by_skills_and_work_together(pack: Pack) -> None:
    skills = stage_skills(pack, 1, 2, core_only=False)
    evidence = mastery_of(pack, skills)
    statuses = assess(pack, evidence, [], T0)
    readiness = assess_levels(pack, statuses, evidence)
    entry = readiness[0]
    assert not entry.shown
    assert [req.slug for req in entry.missing] == ["existing-code", "small-feature"]

    evidence.append(attempt("modules-and-packages", work=("existing-code", "small-feature")))
    readiness = assess_levels(pack, assess(pack, evidence, [], T0), evidence)
    shown = level_shown(readiness)
    assert shown is not None and shown.level.slug == "entry"
    assert shown.salary is not None and (shown.salary.inr_lpa.min, shown.salary.inr_lpa.max) == (
        4,
        8,
    )


def test_unisolated_work_is_never_counted_toward_a_level(pack: Pack) -> None:
    evidence = [
        attempt("modules-and-packages", work=("existing-code",), integrity=Integrity.UNISOLATED)
    ]
    readiness = assess_levels(pack, assess(pack, [], [], T0), evidence)
    assert "existing-code" in {req.slug for req in readiness[0].missing}


def test_a_level_above_an_unmet_one_is_not_shown_even_when_complete(pack: Pack) -> None:
    level = pack.level("mid")
    options = [s.slug for s in pack.skills if s.choice in level.evidence.choices]
    evidence = mastery_of(pack, stage_skills(pack, 1, 2, 3) + level.evidence.skills + options[:1])
    evidence.append(attempt("web-framework-concepts", work=tuple(level.evidence.work)))
    readiness = assess_levels(pack, assess(pack, evidence, [], T0), evidence)
    mid = next(r for r in readiness if r.level.slug == "mid")
    assert mid.complete
    assert not mid.shown  # entry still lacks its work kinds

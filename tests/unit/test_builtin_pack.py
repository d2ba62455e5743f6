"""The built-in pack holds the whole seed roadmap, in the seed's order."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pyroad.content.models import ExerciseKind, Layer, Pack, SkillKind

# The seed's skill layers, item by item (shared/seed/python-developer-roadmap-2026.txt).
SEED_LAYERS = {
    "A": [
        "syntax and execution flow",
        "data types and memory behavior",
        "conditional logic and loops",
        "functions and scope",
        "exception handling",
        "file input/output",
    ],
    "B": [
        "object-oriented programming",
        "class design and inheritance",
        "modules and packages",
        "code reuse and separation of concerns",
        "readable and documented code",
    ],
    "C": [
        "REST APIs and HTTP concepts",
        "database access and queries",
        "configuration management",
        "environment isolation",
        "handling external services",
    ],
}
SEED_FILE = Path(__file__).parents[3] / "shared" / "seed" / "python-developer-roadmap-2026.txt"


def _layers_in_seed(text: str) -> dict[str, list[str]]:
    layers: dict[str, list[str]] = {}
    current: str | None = None
    for line in text.splitlines():
        if match := re.match(r"Layer ([ABC]):", line.strip()):
            current = match.group(1)
            layers[current] = []
        elif current and line.strip().startswith("•"):
            layers[current].append(line.strip().lstrip("•").strip())
        elif current and line.strip() and layers[current]:
            current = None
    return layers


@pytest.mark.skipif(not SEED_FILE.exists(), reason="the seed is beside the repo, not in it")
def test_the_layer_list_here_matches_the_seed() -> None:
    assert _layers_in_seed(SEED_FILE.read_text(encoding="utf-8")) == SEED_LAYERS


@pytest.mark.parametrize(
    ("layer", "item"), [(layer, item) for layer, items in SEED_LAYERS.items() for item in items]
)
def test_every_seed_layer_item_is_covered_by_a_skill_of_that_layer(
    pack: Pack, layer: str, item: str
) -> None:
    covering = [s for s in pack.skills if item in s.seed_items]
    assert len(covering) == 1, f"{item!r} covered by {[s.slug for s in covering]}"
    skill = covering[0]
    assert skill.layer == Layer(layer)
    expected_stage = {"A": 0, "B": 1, "C": 2}[layer]
    assert pack.stage_index(skill.stage) == expected_stage


def test_the_five_stages_follow_the_seed_order(pack: Pack) -> None:
    assert [s.slug for s in pack.stages] == [
        "core-language",
        "program-structure",
        "system-interaction",
        "frameworks",
        "deployment",
    ]
    assert [s.foundation for s in pack.stages] == [True, True, True, False, False]


def test_framework_and_deployment_skills_live_only_in_stages_four_and_five(pack: Pack) -> None:
    for skill in pack.skills:
        late = skill.kind in (SkillKind.FRAMEWORK, SkillKind.DEPLOYMENT)
        assert late == (pack.stage_index(skill.stage) >= 3), skill.slug


def test_the_three_frameworks_are_a_choice_each_with_its_own_skill(pack: Pack) -> None:
    slugs = {f.slug for f in pack.frameworks.frameworks}
    assert slugs == {"django", "flask", "fastapi"}
    for framework in pack.frameworks.frameworks:
        assert pack.skill(framework.skill).choice == "web-framework"


def test_every_skill_says_what_and_why_and_links_public_references(pack: Pack) -> None:
    for skill in pack.skills:
        assert len(skill.summary) > 40 and len(skill.why) > 30, skill.slug
        assert skill.references, skill.slug
        assert all(ref.url.scheme == "https" for ref in skill.references), skill.slug


def test_the_tool_categories_are_the_seed_purposes(pack: Pack) -> None:
    assert [c.slug for c in pack.tools] == [
        "code-authoring",
        "dependency-and-environment",
        "version-control",
        "testing-and-quality",
        "deployment-and-runtime",
    ]


def test_salary_bands_are_the_seed_figures(pack: Pack) -> None:
    bands = {b.level: (b.inr_lpa.min, b.inr_lpa.max) for b in pack.salary.bands}
    assert bands == {
        "entry": (4, 8),
        "early-professional": (8, 15),
        "mid": (15, 25),
        "senior": (25, None),
    }
    usd = pack.salary.global_remote_usd
    assert (usd.min, usd.max) == (60_000, 150_000)


def test_levels_rules_careers_and_certifications_are_all_there(pack: Pack) -> None:
    assert [level.slug for level in pack.levels] == [
        "entry",
        "early-professional",
        "mid",
        "senior",
    ]
    entry = pack.level("entry")
    assert entry.not_expected, "entry level must say what is not expected"
    assert {r.slug for r in pack.rules} == {
        "strict-order",
        "one-topic-at-a-time",
        "understanding-over-speed",
        "small-complete-systems",
        "capability-over-completion",
        "iterate",
    }
    assert {t.slug for t in pack.careers.tracks} == {
        "backend-engineering",
        "platform-engineering",
        "automation-and-devops",
        "data-engineering",
        "ai-and-ml",
    }
    assert {c.slug for c in pack.certifications.categories} == {
        "python-foundations",
        "backend-python",
        "api-and-web",
    }


def test_stages_one_and_two_have_enough_graded_exercises(pack: Pack) -> None:
    """Every stage-1 and stage-2 skill can be proven three ways; the special kinds are there."""
    early = [stage.slug for stage in pack.stages[:2]]
    for stage in early:
        for skill in pack.skills_in(stage):
            found = [e.id for e in pack.exercises_for(skill.slug)]
            assert len(found) >= 3, (skill.slug, found)
        existing = [
            e.id
            for e in pack.exercises
            if "existing-code" in e.spec.work or "small-feature" in e.spec.work
            if any(pack.skill(s).stage == stage for s in e.spec.skills)
        ]
        assert len(existing) >= 2, (stage, existing)
    kinds = [e.spec.kind for e in pack.exercises]
    assert kinds.count(ExerciseKind.TESTS) >= 2
    assert any(e.spec.quality is not None for e in pack.exercises), "a code-quality exercise"

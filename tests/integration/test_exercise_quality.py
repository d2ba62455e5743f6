"""The quality gate on every exercise of the built-in pack (the pack is the fixture)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from pyroad.content.loader import builtin_pack
from pyroad.content.models import ExerciseKind
from pyroad.grading.exercise import load_exercise
from pyroad.grading.grader import Grader
from pyroad.grading.quality import MIN_REJECTED, check_exercise
from pyroad.grading.sandbox import ForkServerSandbox

EXERCISES = [e.id for e in builtin_pack().exercises]


@pytest.fixture(scope="module")
def grader() -> Iterator[Grader]:
    with ForkServerSandbox() as sandbox:
        if not sandbox.isolated and os.environ.get("PYROAD_REQUIRE_ISOLATION"):
            pytest.fail(f"isolation is required here but unavailable: {sandbox.reason}")
        yield Grader(sandbox)


@pytest.mark.parametrize("exercise_id", EXERCISES)
def test_every_exercise_passes_the_quality_gate(grader: Grader, exercise_id: str) -> None:
    info = builtin_pack().exercise(exercise_id)
    report = check_exercise(grader, load_exercise(info))
    assert report.problems == []
    if info.spec.kind is ExerciseKind.TESTS:
        assert report.rejected / report.mutants >= info.spec.kill_share
    else:
        assert report.mutants > 0
        assert report.share >= MIN_REJECTED, report.survivors

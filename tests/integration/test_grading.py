"""The real sandbox grades both kinds of exercise: right passes, wrong fails with reasons."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from pyroad.content.loader import builtin_pack
from pyroad.grading.exercise import LoadedExercise, SubmissionError, load_exercise
from pyroad.grading.grader import Grader
from pyroad.grading.sandbox import ForkServerSandbox


@pytest.fixture(scope="module")
def grader() -> Iterator[Grader]:
    with ForkServerSandbox() as sandbox:
        if not sandbox.isolated and os.environ.get("PYROAD_REQUIRE_ISOLATION"):
            pytest.fail(f"isolation is required here but unavailable: {sandbox.reason}")
        yield Grader(sandbox)


def exercise(exercise_id: str) -> LoadedExercise:
    return load_exercise(builtin_pack().exercise(exercise_id))


def test_a_correct_function_solution_passes_every_case(grader: Grader) -> None:
    ex = exercise("running-totals")
    verdict = grader.grade(ex, ex.reference)
    assert verdict.status == "pass", verdict
    assert len(verdict.cases) == len(ex.checks) >= 10
    assert all(case.status == "pass" and case.message == "" for case in verdict.cases)
    assert verdict.integrity == ("isolated" if grader.sandbox.isolated else "unisolated")


def test_a_wrong_function_solution_fails_with_a_message_per_case(grader: Grader) -> None:
    ex = exercise("running-totals")
    off_by_start = ex.reference["solution.py"].replace("balance = start", "balance = 0")
    verdict = grader.grade(ex, {"solution.py": off_by_start})
    assert verdict.status == "fail"
    failed = {c.name: c.message for c in verdict.cases if c.status == "fail"}
    assert "an opening balance" in failed
    assert failed["an opening balance"] == (
        "running_totals([5, -2, 10], start=100) returned [5, 3, 13], expected [105, 103, 113]"
    )
    assert "the statement's example" not in failed, "cases without a start still pass"


def test_a_solution_that_does_not_load_fails_with_the_syntax_error(grader: Grader) -> None:
    ex = exercise("running-totals")
    verdict = grader.grade(ex, {"solution.py": "def running_totals(:\n"})
    assert verdict.status == "fail"
    assert verdict.message.startswith("your code could not be loaded: ")
    assert "SyntaxError" in verdict.message
    assert all(case.status == "fail" for case in verdict.cases)


def test_a_correct_program_passes_and_a_wrong_one_fails_per_case(grader: Grader) -> None:
    ex = exercise("line-stats")
    assert grader.grade(ex, ex.reference).status == "pass"
    no_usage_check = ex.reference["main.py"].replace('not in ([], ["--lines-only"])', "== 1")
    verdict = grader.grade(ex, {"main.py": no_usage_check})
    assert verdict.status == "fail"
    failed = {c.name: c.message for c in verdict.cases if c.status == "fail"}
    assert failed == {"an unknown argument": "exit code 0, expected 2"}


def test_a_time_limit_is_named_in_the_verdict(grader: Grader) -> None:
    ex = exercise("running-totals")
    verdict = grader.grade(
        ex, {"solution.py": "def running_totals(a, start=0):\n    while 1: pass\n"}
    )
    assert verdict.status == "fail"
    assert any("limit" in limit and "exceeded" in limit for limit in verdict.limits), verdict


def test_only_the_exercise_files_are_taken_from_a_folder(tmp_path: Path) -> None:
    folder = tmp_path
    ex = exercise("running-totals")
    (folder / "solution.py").write_text(ex.reference["solution.py"], encoding="utf-8")
    (folder / "conftest.py").write_text("raise SystemExit(0)\n", encoding="utf-8")
    assert ex.submission(folder) == {"solution.py": ex.reference["solution.py"]}
    with pytest.raises(SubmissionError, match="no such file or folder"):
        ex.submission(folder / "nowhere")
    (folder / "solution.py").unlink()
    with pytest.raises(SubmissionError, match=r"missing \(the exercise needs solution.py\)"):
        ex.submission(folder)


def test_grading_twice_gives_the_same_verdict(grader: Grader) -> None:
    ex = exercise("running-totals")
    first = grader.grade(ex, ex.starter)
    second = grader.grade(ex, ex.starter)
    assert [(c.name, c.status, c.message) for c in first.cases] == [
        (c.name, c.status, c.message) for c in second.cases
    ]


def test_without_isolation_work_is_still_graded_and_labelled_unisolated() -> None:
    ex = exercise("running-totals")
    with ForkServerSandbox(isolate=False) as sandbox:
        assert not sandbox.isolated
        grader = Grader(sandbox)
        right = grader.grade(ex, ex.reference)
        wrong = grader.grade(ex, {"solution.py": "def running_totals(amounts, start=0):\n    []\n"})
    assert (right.status, right.integrity) == ("pass", "unisolated"), right
    assert (wrong.status, wrong.integrity) == ("fail", "unisolated"), wrong


def test_a_run_that_cannot_be_started_is_an_error_of_the_sandbox_not_a_fail(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With no uid to give a run (as when the machine is out of processes), the learner's
    verdict is an error, which never counts against them, not a fail."""
    from pyroad.grading import sandbox as sandbox_module

    ex = exercise("running-totals")
    with ForkServerSandbox() as working:
        grader = Grader(working)
        assert grader.grade(ex, ex.reference).passed  # the reference's results are now kept
    monkeypatch.setattr(sandbox_module, "UID_SLOTS", 0)
    with ForkServerSandbox() as starved:
        grader.sandbox = starved
        verdicts = [grader.grade(ex, ex.reference) for _ in range(2)]
    assert [v.status for v in verdicts] == ["error", "error"], verdicts
    assert all("no run could be started" in v.message for v in verdicts)

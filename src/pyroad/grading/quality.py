"""The quality gate: every exercise must be gradeable, fair and hard to fool.

For each exercise: the reference passes every hidden check; the starter fails at least one; the
visible tests pass on the reference; the statement renders; grading is deterministic (two runs
agree); and the hidden checks reject at least :data:`MIN_REJECTED` of the reference's mutants.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from markdown_it import MarkdownIt

from pyroad.content.models import ExerciseKind
from pyroad.grading.exercise import LoadedExercise
from pyroad.grading.grader import Grader, Verdict
from pyroad.grading.mutate import mutants
from pyroad.grading.sandbox import Limits

MIN_REJECTED = 0.9
MUTANT_LIMITS = {"cpu_seconds": 1.0, "wall_seconds": 2.0}


@dataclass
class GateReport:
    exercise: str
    problems: list[str] = field(default_factory=list)
    mutants: int = 0
    rejected: int = 0
    survivors: list[str] = field(default_factory=list)

    @property
    def share(self) -> float:
        return self.rejected / self.mutants if self.mutants else 0.0

    @property
    def ok(self) -> bool:
        return not self.problems


def _outcome(verdict: Verdict) -> list[tuple[str, str, str]]:
    return [(c.name, c.status, c.message) for c in verdict.cases]


def visible_tests_problem(exercise: LoadedExercise) -> str | None:
    """Run the visible tests on the reference (trusted author code), like a learner would."""
    with tempfile.TemporaryDirectory(prefix="pyroad-gate-") as tmp:
        root = Path(tmp)
        for rel, text in {**exercise.starter, **exercise.reference}.items():
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            (root / rel).write_text(text, encoding="utf-8")
        for rel, text in exercise.visible_tests.items():
            (root / "tests" / rel).parent.mkdir(parents=True, exist_ok=True)
            (root / "tests" / rel).write_text(text, encoding="utf-8")
        env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"]
        done = subprocess.run(
            command, cwd=root, env=env, capture_output=True, text=True, timeout=120, check=False
        )
        if done.returncode != 0:
            tail = (done.stdout + done.stderr).strip().splitlines()[-3:]
            return "the visible tests fail on the reference: " + " | ".join(tail)
    return None


def statement_problem(exercise: LoadedExercise) -> str | None:
    html = MarkdownIt().render(exercise.statement)
    if "<h1>" not in html or len(exercise.statement) < 200:
        return "the statement must render with a title and explain the task"
    return None


def check_exercise(grader: Grader, exercise: LoadedExercise, workers: int = 4) -> GateReport:
    report = GateReport(exercise.id)
    reference = grader.grade(exercise, exercise.reference)
    if reference.status != "pass":
        failed = [f"{c.name}: {c.message}" for c in reference.cases if c.status != "pass"]
        detail = reference.message or "; ".join(failed[:3])
        report.problems.append(f"the reference does not pass: {detail}")
        return report
    starter = grader.grade(exercise, exercise.starter)
    if starter.status == "pass":
        report.problems.append("the starter passes every hidden check")
    if _outcome(grader.grade(exercise, exercise.reference)) != _outcome(reference) or _outcome(
        grader.grade(exercise, exercise.starter)
    ) != _outcome(starter):
        report.problems.append("two gradings of the same files disagree")
    for problem in (visible_tests_problem(exercise), statement_problem(exercise)):
        if problem:
            report.problems.append(problem)
    if exercise.info.spec.kind is ExerciseKind.TESTS:
        # The reference tests are graded by mutants already: they reached the kill share.
        report.mutants = reference.metrics.get("bugs_planted", 0)
        report.rejected = reference.metrics.get("bugs_caught", 0)
        return report
    _mutation(grader, exercise, report, workers)
    return report


def _mutation(grader: Grader, exercise: LoadedExercise, report: GateReport, workers: int) -> None:
    limits = Limits(**{**exercise.limits.as_dict(), **MUTANT_LIMITS})
    variants = []
    for name in exercise.info.spec.files:
        if name.endswith(".py"):
            for mutant in mutants(name, exercise.reference[name], seed=exercise.info.spec.seed):
                variants.append((mutant.description, {**exercise.reference, name: mutant.source}))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        verdicts = list(pool.map(lambda v: grader.grade(exercise, v[1], limits), variants))
    report.mutants = len(variants)
    for (description, _), verdict in zip(variants, verdicts, strict=True):
        if verdict.status == "pass":
            report.survivors.append(description)
        else:
            report.rejected += 1
    if report.mutants == 0:
        report.problems.append("the reference offers no mutants to check the checks against")
    elif report.share < MIN_REJECTED:
        report.problems.append(
            f"the hidden checks reject only {report.share:.0%} of the reference's mutants "
            f"(at least {MIN_REJECTED:.0%} needed); survivors: {'; '.join(report.survivors[:5])}"
        )

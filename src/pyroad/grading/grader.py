"""Decide verdicts: run the learner's files, compare with the reference, in the trusted process.

Example::

    with ForkServerSandbox() as sandbox:
        grader = Grader(sandbox)
        verdict = grader.grade(load_exercise(pack.exercise("sum-of-squares")), files)
        print(verdict.status, [case.message for case in verdict.cases])

The reference's observations are computed once per exercise version (in a sandbox run of their
own) and kept in this process's memory only: never on disk, never sent to a learner's run.
"""

from __future__ import annotations

import threading
import time
from dataclasses import asdict, dataclass, field
from typing import Any

from pyroad.content.models import ExerciseKind
from pyroad.grading import testwriting
from pyroad.grading.compare import MISSING, compare
from pyroad.grading.exercise import ExerciseError, LoadedExercise
from pyroad.grading.lint import quality_cases
from pyroad.grading.sandbox import Limits, RunResult, Sandbox, SandboxError

PASS, FAIL, ERROR = "pass", "fail", "error"


@dataclass(frozen=True)
class CaseResult:
    name: str
    status: str  # pass | fail
    message: str = ""


@dataclass(frozen=True)
class Verdict:
    status: str  # pass | fail | error
    exercise: str
    integrity: str  # isolated | unisolated
    duration_ms: float
    limits: list[str] = field(default_factory=list)
    cases: list[CaseResult] = field(default_factory=list)
    message: str = ""
    metrics: dict[str, int] = field(default_factory=dict)

    @property
    def passed(self) -> bool:
        return self.status == PASS

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["duration_ms"] = round(self.duration_ms, 2)
        return data


class Grader:
    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self._expected: dict[str, list[Any]] = {}
        self._lock = threading.Lock()

    @property
    def integrity(self) -> str:
        return "isolated" if self.sandbox.isolated else "unisolated"

    def expected(self, exercise: LoadedExercise) -> list[Any]:
        """The reference's observations for every check (computed once per exercise version)."""
        with self._lock:
            cached = self._expected.get(exercise.digest)
        if cached is not None:
            return cached
        result = self.sandbox.run(exercise.request(exercise.reference))
        problem = _run_problem(result, len(exercise.checks))
        if problem:
            raise ExerciseError(f"the reference solution of {exercise.id} failed: {problem}")
        observations = [result.observations[i] for i in range(len(exercise.checks))]
        with self._lock:
            self._expected[exercise.digest] = observations
        return observations

    def grade(
        self, exercise: LoadedExercise, files: dict[str, str], limits: Limits | None = None
    ) -> Verdict:
        """Grade ``files``; ``limits`` overrides the exercise's (the quality gate uses it)."""
        started = time.perf_counter()
        # Exactly the exercise's files, under the names it gives: never a path of the
        # submitter's choosing (these names reach the sandbox and the linter's folder).
        names = exercise.info.spec.files
        missing = [name for name in names if name not in files]
        if missing:
            elapsed = (time.perf_counter() - started) * 1000
            message = f"the submission lacks {', '.join(missing)}"
            return Verdict(FAIL, exercise.id, self.integrity, elapsed, message=message)
        files = {name: files[name] for name in names}
        if exercise.info.spec.kind is ExerciseKind.TESTS:
            return self._grade_tests(exercise, files, limits)
        # Files of an existing code base that the learner does not submit come from the pack.
        files = {**exercise.support, **files}
        try:
            expected = self.expected(exercise)
            result = self.sandbox.run(exercise.request(files, limits))
        except (ExerciseError, SandboxError) as exc:
            elapsed = (time.perf_counter() - started) * 1000
            return Verdict(ERROR, exercise.id, self.integrity, elapsed, message=str(exc))
        return self._decide(exercise, result, expected, files)

    def _grade_tests(
        self, exercise: LoadedExercise, files: dict[str, str], limits: Limits | None
    ) -> Verdict:
        started = time.perf_counter()
        problem = testwriting.introspection(files)
        if problem:
            elapsed = (time.perf_counter() - started) * 1000
            case = CaseResult("your tests check behaviour only", FAIL, problem)
            return Verdict(FAIL, exercise.id, self.integrity, elapsed, cases=[case])
        plan = testwriting.plan(exercise)
        try:
            result = self.sandbox.run(plan.request(exercise, files, limits or exercise.limits))
        except SandboxError as exc:
            elapsed = (time.perf_counter() - started) * 1000
            return Verdict(ERROR, exercise.id, self.integrity, elapsed, message=str(exc))
        outcome, metrics = testwriting.outcome(result, plan, exercise.info.spec.kill_share)
        cases = [CaseResult(*case) for case in outcome]
        passed = all(c.status == PASS for c in cases) and not result.tripped
        return Verdict(
            PASS if passed else FAIL,
            exercise.id,
            "isolated" if result.isolated else "unisolated",
            result.duration_ms,
            list(result.tripped),
            cases,
            metrics=metrics,
        )

    def _decide(
        self,
        exercise: LoadedExercise,
        result: RunResult,
        expected: list[Any],
        files: dict[str, str],
    ) -> Verdict:
        integrity = "isolated" if result.isolated else "unisolated"
        if result.sandbox_error and not result.observations and not result.import_error:
            message = "the sandbox failed to run the submission: " + result.sandbox_error[-300:]
            return Verdict(
                ERROR, exercise.id, integrity, result.duration_ms, result.tripped, [], message
            )
        message = ""
        if result.import_error:
            detail = result.import_error.get("detail") or result.import_error.get("import_error")
            message = f"your code could not be loaded: {str(detail).strip()[-500:]}"
        cases: list[CaseResult] = []
        stopped = ", ".join(result.tripped) if result.tripped else ""
        for index, check in enumerate(exercise.checks):
            got = result.observations.get(index, MISSING)
            if got is MISSING and (message or stopped):
                why = (message and "your code could not be loaded") or f"stopped: {stopped}"
                cases.append(CaseResult(check.name, FAIL, why))
                continue
            problem = compare(check, got, expected[index])
            cases.append(CaseResult(check.name, FAIL if problem else PASS, problem or ""))
        quality = exercise.info.spec.quality
        if quality is not None and not message:
            cases += [CaseResult(*case) for case in quality_cases(quality, files)]
        passed = all(c.status == PASS for c in cases) and not result.tripped and not message
        return Verdict(
            PASS if passed else FAIL,
            exercise.id,
            integrity,
            result.duration_ms,
            list(result.tripped),
            cases,
            message,
        )


def _run_problem(result: RunResult, count: int) -> str:
    if result.import_error:
        return str(result.import_error.get("detail") or result.import_error)
    if result.tripped:
        return ", ".join(result.tripped)
    if result.sandbox_error:
        return result.sandbox_error[-500:]
    missing = [i for i in range(count) if i not in result.observations]
    return f"no observation for {len(missing)} check(s)" if missing else ""

"""Grading speed: a 10-case function exercise, graded many times in the warm sandbox.

Prints latency (p50, p99) for sequential gradings, throughput with both cores busy, and, measured
in the same run, the time `python -m pytest` takes on the same 10 cases in a fresh process, with
the ratio between the two. Run it with `make bench` or `.venv/bin/python bench/grading.py`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from pyroad.content.models import Exercise, ExerciseKind, ExerciseSpec
from pyroad.grading.exercise import load_exercise
from pyroad.grading.grader import Grader
from pyroad.grading.sandbox import ForkServerSandbox

SOLUTION = textwrap.dedent(
    """
    def running_totals(amounts, start=0):
        balance = start
        totals = []
        for amount in amounts:
            balance += amount
            totals.append(balance)
        return totals
    """
)
INPUTS = [([5, -2, 10], 0), ([], 0), ([1], 5), ([1, 2, 3, 4], -3), ([0.5, 0.25], 0)]
INPUTS += [([i, -i, 2 * i], i) for i in range(1, 6)]

CHECKS = (
    "from pyroad.grading.checks import call\n\nCHECKS = [\n"
    + "".join(
        f"    call('case {n}', 'running_totals', {args!r}, start={start}),\n"
        for n, (args, start) in enumerate(INPUTS)
    )
    + "]\n"
)

PYTEST = "from solution import running_totals\n\n" + "".join(
    f"def test_case_{n}():\n    assert running_totals({args!r}, start={start}) == {_expected!r}\n\n"
    for n, (args, start) in enumerate(INPUTS)
    for _expected in [[sum(args[: i + 1]) + start for i in range(len(args))]]
)


def make_exercise(root: Path) -> Exercise:
    for side in ("reference", "starter", "tests"):
        (root / side).mkdir(parents=True)
    (root / "reference" / "solution.py").write_text(SOLUTION)
    (root / "starter" / "solution.py").write_text(SOLUTION)
    (root / "tests" / "test_solution.py").write_text(PYTEST)
    (root / "checks.py").write_text(CHECKS)
    (root / "statement.md").write_text("# bench\n")
    spec = ExerciseSpec(
        title="bench",
        summary="bench",
        skills=["syntax-and-execution"],
        difficulty=1,
        kind=ExerciseKind.FUNCTION,
        files=["solution.py"],
    )
    return Exercise(id="bench", spec=spec, path=root)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def pytest_baseline(root: Path, runs: int) -> float:
    work = root / "pytest-run"
    work.mkdir()
    (work / "solution.py").write_text(SOLUTION)
    (work / "test_solution.py").write_text(PYTEST)
    times = []
    # Third-party pytest plugins installed here would slow pytest down: leave them out.
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_solution.py"],
            cwd=work,
            env=env,
            check=True,
            capture_output=True,
        )
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _cpu_seconds() -> tuple[float, float]:
    """Busy CPU time of the whole machine, and of this process, so far."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n")[0].split()[1:]]
    ticks = os.sysconf("SC_CLK_TCK")
    mine = os.times()
    return (sum(fields) - fields[3] - fields[4]) / ticks, mine.user + mine.system


@dataclass(frozen=True)
class Counters:
    """CPU seconds and page faults of one process, and of the children it has reaped."""

    cpu: float
    faults: int
    children_cpu: float
    children_faults: int

    @staticmethod
    def of(pid: int) -> Counters:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        ticks = os.sysconf("SC_CLK_TCK")
        utime, stime, cutime, cstime = (int(x) / ticks for x in fields[11:15])
        return Counters(utime + stime, int(fields[7]), cutime + cstime, int(fields[8]))

    def __sub__(self, other: Counters) -> Counters:
        return Counters(
            self.cpu - other.cpu,
            self.faults - other.faults,
            self.children_cpu - other.children_cpu,
            self.children_faults - other.children_faults,
        )


def _sandbox_counters(sandbox: ForkServerSandbox) -> tuple[Counters, Counters]:
    """The template's counters (its reaped children are the runs) and the zygote's."""
    return Counters.of(sandbox.template_pid), Counters.of(sandbox.zygote_pid)


def cpu_report(machine: float, grader: float, template: Counters, zygote: Counters, n: int) -> str:
    """Where the CPU time of one grading went, and how many pages were copied or mapped."""
    per = 1000 / n
    return (
        f"CPU per grading in the busy phase: whole machine {machine * per:.2f} ms = grader "
        f"{grader * per:.2f} + template {template.cpu * per:.2f} + zygote "
        f"{zygote.cpu * per:.2f} + run {template.children_cpu * per:.2f} + the rest (kernel "
        f"threads, other processes)\npage faults per grading (each a page copied on write or "
        f"mapped after a fork): run {template.children_faults / n:.0f}, zygote "
        f"{zygote.faults / n:.0f}, template {template.faults / n:.0f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1000, help="sequential gradings")
    parser.add_argument("--seconds", type=float, default=5.0, help="length of the busy phase")
    parser.add_argument("--threads", type=int, default=4, help="concurrent gradings")
    parser.add_argument("--prepared", type=int, default=2, help="runs the sandbox keeps ready")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp, ForkServerSandbox(prepared=args.prepared) as sandbox:
        exercise = load_exercise(make_exercise(Path(tmp) / "bench"))
        grader = Grader(sandbox)
        files = {"solution.py": SOLUTION}
        assert grader.grade(exercise, files).passed, "the bench solution must pass"
        for _ in range(50):  # warm-up
            grader.grade(exercise, files)

        latencies = []
        for _ in range(args.runs):
            start = time.perf_counter()
            verdict = grader.grade(exercise, files)
            latencies.append((time.perf_counter() - start) * 1000)
            assert verdict.passed, verdict

        done = [0] * args.threads
        failures: list[str] = []
        stop_at = time.perf_counter() + args.seconds

        def busy(slot: int) -> None:
            while time.perf_counter() < stop_at:
                if not grader.grade(exercise, files).passed:
                    failures.append("a busy-phase grading did not pass")
                done[slot] += 1

        threads = [threading.Thread(target=busy, args=(i,)) for i in range(args.threads)]
        machine_before, grader_before = _cpu_seconds()
        template_before, zygote_before = _sandbox_counters(sandbox)
        began = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        throughput = sum(done) / (time.perf_counter() - began)
        machine_after, grader_after = _cpu_seconds()
        template_after, zygote_after = _sandbox_counters(sandbox)
        cpu = cpu_report(
            machine_after - machine_before,
            grader_after - grader_before,
            template_after - template_before,
            zygote_after - zygote_before,
            sum(done),
        )
        pytest_ms = pytest_baseline(Path(tmp), runs=5)

    p50, p99 = percentile(latencies, 0.50), percentile(latencies, 0.99)
    print(f"integrity: {'isolated' if sandbox.isolated else 'unisolated'} {sandbox.reason}")
    print(f"cores: {os.cpu_count()}; cases per grading: {len(INPUTS)}")
    print(f"sequential gradings: {args.runs}: p50 {p50:.2f} ms, p99 {p99:.2f} ms")
    print(f"busy phase ({args.threads} threads, {args.seconds:g} s): {throughput:.0f} gradings/s")
    print(cpu)
    print(f"python -m pytest on the same 10 cases, fresh process: median {pytest_ms:.1f} ms")
    print(f"ratio pytest / pyroad p50: {pytest_ms / p50:.1f}x")
    if failures:
        print(f"FAILED: {failures[0]} ({len(failures)} times)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

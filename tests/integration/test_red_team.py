"""Red team: hostile submissions against the real sandbox, and what they must not achieve.

Each attack in :mod:`tests.integration.hostile` is graded with a tight limit, then checked from
outside the sandbox: it did not pass, the reference still passes on the same grader, nothing was
written on the host, no process with one of the sandbox's uids is left, and the listeners this
module runs on 127.0.0.1 (TCP, UDP, abstract Unix socket) were never reached.

The exercises are copies of the built-in ``running-totals`` (function) and ``line-stats``
(program) folders, so that other exercises being edited in the pack cannot break this module.
Needs Linux namespaces and root; elsewhere the module is skipped, unless
``PYROAD_REQUIRE_ISOLATION=1`` (CI) makes that a failure.
"""

from __future__ import annotations

import dataclasses
import json
import os
import secrets
import shutil
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import platformdirs
import pytest
import yaml

from pyroad.content.loader import BUILTIN_PACK, load_pack
from pyroad.grading import _child
from pyroad.grading.exercise import LoadedExercise, SubmissionError, load_exercise
from pyroad.grading.grader import Grader, Verdict
from pyroad.grading.sandbox import SRC_ROOT, ForkServerSandbox, Limits, SandboxError
from tests.integration import hostile
from tests.integration.hostile import (
    ATTACKS,
    CANARY_WALKER,
    CPU_HOG,
    FUNCTION,
    HOST_PROBE,
    MEMORY_HOGS,
    PROGRAM,
    QUALITY,
    Attack,
    Listeners,
    Watch,
    by_category,
    fill,
    leftovers,
)

T = TypeVar("T")
TESTS_EXERCISE = "test-the-discount-rules"
LEGACY_UIDS = range(64_000, 64_256)


def _no_isolation(reason: str) -> None:
    if os.environ.get("PYROAD_REQUIRE_ISOLATION") == "1":
        pytest.fail(f"isolation is required (PYROAD_REQUIRE_ISOLATION=1) but missing: {reason}")
    pytest.skip(f"the sandbox is not isolated on this machine: {reason}")


@pytest.fixture(scope="module")
def sandbox() -> Iterator[ForkServerSandbox]:
    try:
        box = ForkServerSandbox()
    except SandboxError as exc:
        _no_isolation(str(exc))
    if not box.isolated:
        box.close()
        _no_isolation(box.reason)
    yield box
    box.close()


def copy_pack(dest: Path, keep: set[str], edit: Callable[[Path], None] | None = None) -> Path:
    """The built-in pack with only the ``keep`` exercises, optionally edited."""
    exercises = BUILTIN_PACK / "exercises"

    def ignore(folder: str, names: list[str]) -> list[str]:
        if Path(folder) == exercises:
            return [n for n in names if n not in keep]
        return [n for n in names if n == "__pycache__"]

    shutil.copytree(BUILTIN_PACK, dest, ignore=ignore)
    if edit is not None:
        edit(dest / "exercises")
    return dest


def edit_yaml(path: Path, **changes: Any) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data.update(changes)
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")


def _data_dir() -> Path:
    try:
        from pyroad.settings import Settings

        return Path(Settings().data_dir)
    except Exception:
        return platformdirs.user_data_path("pyroad", appauthor=False)


@dataclass
class Env:
    sandbox: ForkServerSandbox
    grader: Grader
    exercises: dict[str, LoadedExercise]
    context: dict[str, str]
    watch: Watch
    listeners: Listeners
    canary_dir: Path
    secret: str
    uids: range
    ceiling: str

    @property
    def secret_file(self) -> Path:
        return self.canary_dir / "secret.txt"

    @staticmethod
    def reference_files(exercise: LoadedExercise) -> dict[str, str]:
        return {name: exercise.reference[name] for name in exercise.info.spec.files}

    @staticmethod
    def tight(exercise: LoadedExercise) -> Limits:
        return dataclasses.replace(exercise.limits, cpu_seconds=1.0, wall_seconds=2.0)

    def leftover_processes(self, grace: float = 1.5) -> list[str]:
        deadline = time.monotonic() + grace
        while True:
            found = list(leftovers(self.uids, self.sandbox._process.pid, self.ceiling))
            if not found or time.monotonic() > deadline:
                return found
            time.sleep(0.1)

    def observe(
        self,
        exercise: LoadedExercise,
        act: Callable[[], T],
        linger: float = 0.0,
        check_with: LoadedExercise | None = None,
    ) -> tuple[T | None, list[str]]:
        """Run ``act`` (a grading or a run), then list everything it did that it must not.

        Afterwards the reference of ``check_with`` (default: ``exercise``) must still pass.
        """
        before = self.watch.snapshot()
        reached_before = self.listeners.counts()
        problems: list[str] = []
        outcome: T | None = None
        try:
            outcome = act()
        except Exception as exc:
            problems.append(f"the grader raised {type(exc).__name__}: {str(exc)[:300]}")
        if linger:
            time.sleep(linger)
        left = self.leftover_processes()
        if left:
            problems.append("processes left running:\n    " + "\n    ".join(left))
        written = self.watch.changes(before, self.watch.snapshot())
        if written:
            problems.append("written outside the run's tmp:\n    " + "\n    ".join(written))
            self.watch.clean(before)
        reached = {
            kind: count - reached_before[kind]
            for kind, count in self.listeners.counts().items()
            if count != reached_before[kind]
        }
        if reached:
            problems.append(f"connections reached the test's listeners: {reached}")
        exercise = check_with or exercise
        reference = self.grader.grade(exercise, self.reference_files(exercise))
        if reference.status != "pass":
            problems.append(f"the reference no longer passes afterwards: {summary(reference)}")
        return outcome, problems


def summary(verdict: Verdict) -> str:
    failing = [f"{c.name}: {c.message[:100]}" for c in verdict.cases if c.status != "pass"]
    return json.dumps(
        {
            "status": verdict.status,
            "limits": verdict.limits,
            "message": verdict.message[:200],
            "failing": failing[:3],
        }
    )


@pytest.fixture(scope="module")
def env(sandbox: ForkServerSandbox, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Env]:
    token = f"pyroad-redteam-{secrets.token_hex(4)}"
    canary_dir = tmp_path_factory.mktemp("canary")
    secret = f"CANARY-SECRET-{secrets.token_hex(8)}"
    (canary_dir / "secret.txt").write_text(secret + "\n", encoding="utf-8")
    base = tmp_path_factory.mktemp("packs")
    pack_dir = copy_pack(base / "pack", {FUNCTION, PROGRAM})

    def with_quality(exercises: Path) -> None:
        quality = {"rules": ["F"], "formatted": False}  # rules the reference meets
        edit_yaml(exercises / FUNCTION / "exercise.yaml", quality=quality)

    quality_dir = copy_pack(base / "quality-pack", {FUNCTION}, with_quality)
    pack, quality_pack = load_pack(pack_dir), load_pack(quality_dir)
    exercises = {
        FUNCTION: load_exercise(pack.exercise(FUNCTION)),
        PROGRAM: load_exercise(pack.exercise(PROGRAM)),
        QUALITY: load_exercise(quality_pack.exercise(FUNCTION)),
    }
    listeners = Listeners(token)
    uids = getattr(sandbox, "uids", LEGACY_UIDS)
    ceiling = str(int(getattr(_child, "CEILINGS", {}).get("cpu_seconds", 30)))
    context = {
        "TOKEN": token,
        "TCP_PORT": str(listeners.tcp_port),
        "UDP_PORT": str(listeners.udp_port),
        "UNIX_NAME": token,
        "CANARY_DIR": str(canary_dir),
        "SRC_DIR": SRC_ROOT,
        "BUILTIN_PACK": str(BUILTIN_PACK),
        "PACK_DIR": str(pack_dir),
        "DATA_DIR": str(_data_dir()),
        "STATEMENT_ANSWERS": repr(hostile.STATEMENT_ANSWERS),
        "PROGRAM_ANSWERS": repr(hostile.PROGRAM_ANSWERS),
    }
    watch = Watch(
        token,
        uids,
        strict=[canary_dir, Path("/var/tmp")],
        loose=[(Path("/tmp"), 2), (Path("/dev/shm"), 2), (Path(SRC_ROOT), 64)],
    )
    grader = Grader(sandbox)
    for exercise in exercises.values():
        verdict = grader.grade(exercise, Env.reference_files(exercise))
        assert verdict.status == "pass", f"{exercise.id} reference: {summary(verdict)}"
    yield Env(
        sandbox, grader, exercises, context, watch, listeners, canary_dir, secret, uids, ceiling
    )
    listeners.close()


def run_attack(env: Env, attack: Attack) -> Verdict | None:
    exercise = env.exercises[attack.exercise]
    files = attack.files(env.context)
    verdict, problems = env.observe(
        exercise, lambda: env.grader.grade(exercise, files, env.tight(exercise)), attack.linger
    )
    if verdict is not None and verdict.status == "pass":
        problems.insert(0, f"it PASSED: {summary(verdict)}")
    if verdict is not None and attack.expect_limit and not verdict.limits:
        problems.append(
            f"it can only have been stopped by a limit, none is named: {summary(verdict)}"
        )
    assert not problems, f"{attack.id}:\n  " + "\n  ".join(problems)
    return verdict


def _ids(attack: Attack) -> str:
    return attack.id


# -- one test per family of attacks --------------------------------------------------------------


@pytest.mark.parametrize("attack", by_category("loop"), ids=_ids)
def test_endless_loops_stop_at_a_named_limit_and_leave_nothing(env: Env, attack: Attack) -> None:
    run_attack(env, attack)


@pytest.mark.parametrize("attack", by_category("fork"), ids=_ids)
def test_fork_bombs_do_not_pass_and_leave_nothing(env: Env, attack: Attack) -> None:
    run_attack(env, attack)


@pytest.mark.parametrize("attack", by_category("memory"), ids=_ids)
def test_memory_bombs_do_not_pass_and_leave_nothing(env: Env, attack: Attack) -> None:
    run_attack(env, attack)


@pytest.mark.parametrize("attack", by_category("disk"), ids=_ids)
def test_disk_floods_stay_inside_the_run(env: Env, attack: Attack) -> None:
    run_attack(env, attack)


@pytest.mark.parametrize("attack", by_category("output"), ids=_ids)
def test_output_floods_do_not_pass_or_swamp_the_grader(env: Env, attack: Attack) -> None:
    run_attack(env, attack)


@pytest.mark.parametrize("attack", by_category("network"), ids=_ids)
def test_network_attempts_reach_nothing(env: Env, attack: Attack) -> None:
    run_attack(env, attack)


@pytest.mark.parametrize("attack", by_category("snoop"), ids=_ids)
def test_snooping_for_the_reference_or_checks_finds_nothing_to_pass_with(
    env: Env, attack: Attack
) -> None:
    run_attack(env, attack)


@pytest.mark.parametrize("attack", by_category("signal"), ids=_ids)
def test_signalling_every_process_cannot_reach_the_grader(env: Env, attack: Attack) -> None:
    run_attack(env, attack)


@pytest.mark.parametrize("attack", by_category("exit"), ids=_ids)
def test_exiting_early_with_status_zero_does_not_pass(env: Env, attack: Attack) -> None:
    run_attack(env, attack)


@pytest.mark.parametrize("attack", by_category("fake"), ids=_ids)
def test_printing_fake_results_does_not_pass_or_crash_the_grader(env: Env, attack: Attack) -> None:
    run_attack(env, attack)


@pytest.mark.parametrize("attack", by_category("patch"), ids=_ids)
def test_patching_the_framework_inside_the_run_does_not_pass(env: Env, attack: Attack) -> None:
    run_attack(env, attack)


@pytest.mark.parametrize("attack", by_category("lying"), ids=_ids)
def test_objects_with_lying_equality_do_not_pass(env: Env, attack: Attack) -> None:
    run_attack(env, attack)


@pytest.mark.parametrize("attack", by_category("inspect"), ids=_ids)
def test_inspecting_frames_and_objects_finds_no_expected_value(env: Env, attack: Attack) -> None:
    run_attack(env, attack)


@pytest.mark.parametrize("attack", by_category("returns"), ids=_ids)
def test_cyclic_or_huge_return_values_do_not_pass_or_crash(env: Env, attack: Attack) -> None:
    run_attack(env, attack)


@pytest.mark.parametrize("attack", by_category("leftover"), ids=_ids)
def test_processes_started_by_a_run_do_not_outlive_it(env: Env, attack: Attack) -> None:
    run_attack(env, attack)


@pytest.mark.parametrize("attack", by_category("files"), ids=_ids)
def test_extra_and_traversing_file_names_are_never_written_outside(
    env: Env, attack: Attack
) -> None:
    run_attack(env, attack)


@pytest.mark.parametrize("attack", by_category("privilege"), ids=_ids)
def test_privilege_tricks_fail_inside_the_run(env: Env, attack: Attack) -> None:
    run_attack(env, attack)


def test_the_suite_has_enough_hostile_submissions() -> None:
    programs = [a for a in ATTACKS if a.exercise == PROGRAM]
    assert len(ATTACKS) >= 30
    assert len(programs) >= 5
    assert len({a.id for a in ATTACKS}) == len(ATTACKS)


@pytest.mark.parametrize("attack", ATTACKS, ids=_ids)
def test_every_hostile_submission_is_valid_python(attack: Attack) -> None:
    """An attack with a typo would fail for the wrong reason and prove nothing."""
    context = {key: "1" for key in ("TCP_PORT", "UDP_PORT")}
    context |= {"STATEMENT_ANSWERS": "{}", "PROGRAM_ANSWERS": "{}"}
    for name, source in attack.files(context).items():
        if name.endswith(".py"):
            compile(source, name, "exec")


# -- submissions taken from a folder -------------------------------------------------------------


def test_a_submission_folder_gives_the_sandbox_only_the_exercise_files(
    env: Env, tmp_path: Path
) -> None:
    folder = tmp_path / "learner"
    attack = next(a for a in ATTACKS if a.id == "planted-framework-files")
    for name, text in attack.files(env.context).items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "escape.pth").write_text("import os; os.system('id')\n", encoding="utf-8")
    exercise = env.exercises[FUNCTION]

    files = exercise.submission(folder)

    assert set(files) == {"solution.py"}
    verdict, problems = env.observe(
        exercise, lambda: env.grader.grade(exercise, files, env.tight(exercise))
    )
    assert verdict is not None and verdict.status != "pass", summary(verdict) if verdict else ""
    assert not problems, "\n".join(problems)


def test_a_submission_folder_is_not_a_way_to_read_host_files(env: Env, tmp_path: Path) -> None:
    """A learner's ``solution.py`` that is a link to a host file must not carry that file in."""
    folder = tmp_path / "learner"
    folder.mkdir()
    (folder / "solution.py").symlink_to(env.secret_file)
    exercise = env.exercises[FUNCTION]
    try:
        files = exercise.submission(folder)
    except SubmissionError:
        return  # refused: fine
    verdict = env.grader.grade(exercise, files, env.tight(exercise))
    shown = env.secret in json.dumps(verdict.as_dict())
    assert env.secret not in "".join(files.values()), (
        f"submission() followed solution.py -> {env.secret_file} (outside the folder) and sent "
        f"that file into the sandbox; the verdict shows its content: {shown} "
        f"({verdict.message[-160:]!r})"
    )


# -- the quality gate runs on submitted files in the trusted grader ------------------------------


def test_the_quality_gate_never_writes_submitted_file_names_on_the_host(env: Env) -> None:
    exercise = env.exercises[QUALITY]
    token = env.context["TOKEN"]
    files = {
        "solution.py": fill(hostile.WRONG, {}),  # imports fine, so the quality cases run
        # Inside the run this is its own work folder, so the sandbox accepts the name.
        f"/tmp/work/{token}-lint.py": "x = 1\n",
        f"/tmp/work/{token}-dir/../{token}-lint2.py": "y = 2\n",
    }
    verdict, problems = env.observe(
        exercise, lambda: env.grader.grade(exercise, files, env.tight(exercise))
    )
    assert verdict is not None and verdict.status != "pass", summary(verdict) if verdict else ""
    assert not problems, "\n".join(problems)


# -- what a run can see -------------------------------------------------------------------------


def test_a_run_cannot_read_host_files_or_see_host_processes(env: Env) -> None:
    exercise = env.exercises[FUNCTION]
    reference = BUILTIN_PACK / "exercises" / FUNCTION
    pack_copy = Path(env.context["PACK_DIR"]) / "exercises" / FUNCTION
    data_dir = Path(env.context["DATA_DIR"])
    host_paths = [
        "/etc/shadow",
        "/etc/passwd",
        "/etc/hostname",
        "/root/.bashrc",
        "/root/.ssh",
        "/root/.local",
        str(data_dir),
        str(data_dir / "pyroad.sqlite3"),
        str(env.secret_file),
        str(env.canary_dir),
        str(reference / "reference" / "solution.py"),
        str(reference / "checks.py"),
        str(pack_copy / "reference" / "solution.py"),
        SRC_ROOT,
        str(Path(SRC_ROOT) / "pyroad"),
        str(Path(SRC_ROOT).parent / ".git"),
        "/home",
        "/var/lib",
        "/run",
        "/sys/kernel",
        "/mnt",
        "/opt",
    ]
    files = {"solution.py": fill(HOST_PROBE, {"PATHS": repr(host_paths)})}
    result, problems = env.observe(
        exercise, lambda: env.sandbox.run(exercise.request(files, env.tight(exercise)))
    )
    assert result is not None and isinstance(result.observations.get(0), dict), result
    report = result.observations[0]
    readable = {p: s for p, s in report["paths"].items() if s not in ("missing", "denied")}
    assert not readable, f"host paths readable from a run: {readable}"
    cmdlines = report["cmdlines"]
    assert len(cmdlines) <= 2, f"a run sees other processes: {cmdlines}"
    assert not any("pytest" in c for c in cmdlines.values()), cmdlines
    assert not problems, "\n".join(problems)


IPC_PROBE = """
import ctypes
import os
import socket

libc = ctypes.CDLL(None, use_errno=True)


def tried(call):
    ctypes.set_errno(0)
    result = call()
    return "made" if result >= 0 else os.strerror(ctypes.get_errno())


def read(path):
    try:
        with open(path) as handle:
            return handle.read().split()
    except OSError as exc:
        return str(exc.strerror)


def unix_socket():
    try:
        socket.socket(socket.AF_UNIX, socket.SOCK_STREAM).close()
        return "made"
    except OSError as exc:
        return str(exc.strerror)


REPORT = {
    "shm": tried(lambda: libc.shmget(0, 4096, 0o1600)),
    "sem": tried(lambda: libc.semget(0, 1, 0o1600)),
    "msg": tried(lambda: libc.msgget(0, 0o1600)),
    "unix_socket": unix_socket(),
    "hostname": socket.gethostname(),
    "shmmni": read("/proc/sys/kernel/shmmni"),
    "sem_limits": read("/proc/sys/kernel/sem"),
    "msgmni": read("/proc/sys/kernel/msgmni"),
}


def running_totals(amounts, start=0):
    return REPORT
"""


def test_runs_have_no_channel_to_each_other(env: Env) -> None:
    """Runs share the template's network, IPC and UTS namespaces: nothing in them may be usable."""
    exercise = env.exercises[FUNCTION]
    files = {"solution.py": IPC_PROBE}
    result, problems = env.observe(exercise, lambda: env.sandbox.run(exercise.request(files)))
    assert result is not None and isinstance(result.observations.get(0), dict), result
    report = result.observations[0]
    assert {report[k] for k in ("shm", "sem", "msg", "unix_socket")} == {
        "Operation not permitted"
    }, report
    assert report["hostname"] == "sandbox", report
    assert report["shmmni"] == ["0"] and report["msgmni"] == ["0"], report
    assert report["sem_limits"] == ["0", "0", "0", "0"], report
    assert not problems, "\n".join(problems)


def test_no_path_in_a_run_leads_to_the_reference_or_the_expected_values(
    env: Env, tmp_path: Path
) -> None:
    """Walk every readable file, every object and the raw memory of a run, looking for canaries.

    The reference's source carries one canary (in a comment), its return values another (built
    at run time, so only the expected values hold it) and the pack's folder name a third.
    """
    needles = {
        kind: (f"{kind}{secrets.token_hex(5)}", secrets.token_hex(6))
        for kind in ("canarysrc", "canaryval", "canarypack")
    }
    src, val, folder = ("".join(needles[k]) for k in ("canarysrc", "canaryval", "canarypack"))
    reference = f'''# reference solution, marked {src}
def running_totals(amounts, start=0):
    """Return the balance after each day's amount, starting from ``start``."""
    balance = start
    totals = []
    for amount in amounts:
        balance += amount
        totals.append(balance)
    return totals + ["".join(reversed({val[::-1]!r}))]
'''

    def plant(exercises: Path) -> None:
        (exercises / FUNCTION / "reference" / "solution.py").write_text(reference, "utf-8")
        limits = {"cpu_seconds": 25, "wall_seconds": 60, "memory_mb": 512, "output_kb": 256}
        edit_yaml(exercises / FUNCTION / "exercise.yaml", limits=limits)

    pack_dir = copy_pack(tmp_path / folder, {FUNCTION}, plant)
    exercise = load_exercise(load_pack(pack_dir).exercise(FUNCTION))
    expected = env.grader.expected(exercise)
    assert src in exercise.reference["solution.py"]
    assert val in json.dumps(expected), "the planted reference did not produce its canary"
    assert folder in str(exercise.info.path)
    halves = [(head.encode().hex(), tail.encode().hex()) for head, tail in needles.values()]
    files = {"solution.py": fill(CANARY_WALKER, {"NEEDLES": repr(halves)})}

    result, problems = env.observe(exercise, lambda: env.sandbox.run(exercise.request(files)))

    assert result is not None
    report = result.observations.get(0)
    assert isinstance(report, dict), (
        f"the walk did not finish: tripped={result.tripped} error={result.sandbox_error} "
        f"import={result.import_error}"
    )
    print("canary walk:", {k: v for k, v in report.items() if k != "hits"})  # shown with -rP
    assert report["hits"] == [], f"canaries found inside a run: {report['hits']}"
    assert report["files"] > 100, report
    assert report["tops"].get("/usr", 0) > 100 and report["tops"].get("/proc", 0) > 10, report
    assert report["objects"] > 1000 and report["memory_bytes"] > 1 << 20, report
    assert not problems, "\n".join(problems)


# -- limits hold for the whole run, not per process ----------------------------------------------


@pytest.mark.parametrize("name", sorted(MEMORY_HOGS))
def test_the_memory_limit_bounds_a_whole_run(env: Env, name: str) -> None:
    exercise = env.exercises[FUNCTION]
    limits = dataclasses.replace(exercise.limits, wall_seconds=20.0)
    files = {"solution.py": fill(MEMORY_HOGS[name], {})}
    result, problems = env.observe(
        exercise, lambda: env.sandbox.run(exercise.request(files, limits))
    )
    assert result is not None
    held = result.observations.get(0)
    stopped = any("memory" in trip for trip in result.tripped)
    assert stopped or (isinstance(held, dict) and held["held_mb"] <= limits.memory_mb), (
        f"a run with memory_mb={limits.memory_mb} held {held} at once (tripped: {result.tripped})"
    )
    assert not problems, "\n".join(problems)


def test_the_cpu_limit_bounds_a_whole_run(env: Env) -> None:
    exercise = env.exercises[FUNCTION]
    limits = dataclasses.replace(exercise.limits, wall_seconds=20.0)
    files = {"solution.py": CPU_HOG}
    result, problems = env.observe(
        exercise, lambda: env.sandbox.run(exercise.request(files, limits))
    )
    assert result is not None
    used = result.observations.get(0)
    stopped = any("CPU" in trip for trip in result.tripped)
    assert stopped or (
        isinstance(used, dict) and used["cpu_seconds"] <= limits.cpu_seconds + 0.25
    ), f"a run with cpu_seconds={limits.cpu_seconds:g} used {used} (tripped: {result.tripped})"
    assert not problems, "\n".join(problems)


OOM_HOG = """
import os
import time

pids = []
for _ in range(2):  # 2 x 200 MB held at once: each under the run's memory limit, not together
    pid = os.fork()
    if pid == 0:
        block = bytearray(200 << 20)
        for i in range(0, len(block), 4096):
            block[i] = 1
        time.sleep(2)
        os._exit(0)
    pids.append(pid)
KILLED = sum(os.WIFSIGNALED(os.waitpid(pid, 0)[1]) for pid in pids)


def running_totals(amounts, start=0):
    return {"killed": KILLED}
"""

SLEEPER = """
import time


def running_totals(amounts, start=0):
    time.sleep(30)
"""


def test_what_a_run_used_never_counts_against_the_runs_after_it(env: Env) -> None:
    """Cgroup folders are kept from run to run: the memory kill and the CPU time of one run
    must not be named as limits of the runs that get its folder next."""
    exercise = env.exercises[FUNCTION]
    roomy = dataclasses.replace(exercise.limits, wall_seconds=20.0)
    hog = env.sandbox.run(exercise.request({"solution.py": OOM_HOG}, roomy))
    assert hog.observations.get(0) == {"killed": 1}, hog
    env.sandbox.run(exercise.request({"solution.py": CPU_HOG}, roomy))
    # Runs that end by the wall clock: the template reports their exits, with the cgroup's
    # counters. Uids (so folders) are reused last in, first out, behind the prepared runs.
    short = dataclasses.replace(exercise.limits, wall_seconds=0.5)
    for _ in range(6):
        sleeper = env.sandbox.run(exercise.request({"solution.py": SLEEPER}, short))
        assert sleeper.tripped == ["time limit 0.5 s exceeded"], sleeper


# -- test-writing exercises: the learner's tests must test behaviour -----------------------------


SMALL_SUBJECT = '''"""Prices for the shop's order form."""


def discounted_price(unit_price, quantity, member=False):
    """The price of ``quantity`` items at ``unit_price``."""
    return unit_price * quantity
'''


@pytest.fixture(scope="module")
def tests_exercise(tmp_path_factory: pytest.TempPathFactory) -> LoadedExercise:
    """``test-the-discount-rules`` with a one-line code under test: few mutants, a quick run.

    The cheats below do not depend on the code under test; the limits are raised so that a cheat
    can only fail by the grading's own logic, never by running out of time.
    """

    def shrink(exercises: Path) -> None:
        folder = exercises / TESTS_EXERCISE
        (folder / "starter" / "pricing.py").write_text(SMALL_SUBJECT, encoding="utf-8")
        limits = {"cpu_seconds": 30, "wall_seconds": 60}
        edit_yaml(folder / "exercise.yaml", limits=limits)

    pack_dir = copy_pack(tmp_path_factory.mktemp("tests-pack") / "pack", {TESTS_EXERCISE}, shrink)
    return load_exercise(load_pack(pack_dir).exercise(TESTS_EXERCISE))


@pytest.mark.parametrize(
    "cheat",
    ["tests-that-look-at-their-folder", "tests-that-count-their-runs", "tests-that-fingerprint"],
)
def test_tests_that_detect_the_planted_bug_without_testing_behaviour_do_not_pass(
    env: Env, tests_exercise: LoadedExercise, cheat: str
) -> None:
    subject = tests_exercise.subject["pricing.py"]
    source = {
        "tests-that-look-at-their-folder": hostile.TESTS_CWD_CHEAT,
        "tests-that-count-their-runs": hostile.TESTS_COUNTER_CHEAT,
        "tests-that-fingerprint": fill(
            hostile.TESTS_FINGERPRINT_CHEAT, {"FINGERPRINT": hostile.fingerprint(subject)}
        ),
    }[cheat]
    files = {tests_exercise.info.spec.files[0]: fill(source, {})}
    verdict, problems = env.observe(
        tests_exercise,
        lambda: env.grader.grade(tests_exercise, files),
        check_with=env.exercises[FUNCTION],
    )
    assert verdict is not None
    assert not verdict.limits, f"the run was cut short, so it proves nothing: {summary(verdict)}"
    assert verdict.status != "pass", f"{cheat} PASSED: {summary(verdict)}"
    assert not problems, "\n".join(problems)


# -- the instruments themselves ------------------------------------------------------------------


def test_the_instruments_notice_writes_connections_and_processes(env: Env) -> None:
    """Guards against a vacuous suite: each detector sees what it is meant to see."""
    token = env.context["TOKEN"]
    before = env.watch.snapshot()
    planted = Path("/tmp") / f"{token}-instrument-check"
    planted.write_text("x", encoding="utf-8")
    (env.canary_dir / "touched").write_text("x", encoding="utf-8")
    try:
        changes = env.watch.changes(before, env.watch.snapshot())
        assert any(str(planted) in change for change in changes), changes
        assert any("touched" in change for change in changes), changes
    finally:
        planted.unlink()
        (env.canary_dir / "touched").unlink()

    reached = env.listeners.counts()
    with socket.create_connection(("127.0.0.1", env.listeners.tcp_port)):
        pass
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
        udp.sendto(b"x", ("127.0.0.1", env.listeners.udp_port))
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as unix:
        unix.connect("\0" + env.context["UNIX_NAME"])
    deadline = time.monotonic() + 3
    while time.monotonic() < deadline and any(
        env.listeners.counts()[k] == reached[k] for k in reached
    ):
        time.sleep(0.05)
    assert all(env.listeners.counts()[k] > reached[k] for k in reached), env.listeners.counts()

    sleeper = subprocess.Popen(["sleep", "30"], user=env.uids[-1], group=env.uids[-1])
    try:
        found = env.leftover_processes(grace=0.5)
        assert any(f"pid {sleeper.pid} " in line for line in found), found
    finally:
        sleeper.kill()
        sleeper.wait()

"""The sandbox port, its real implementation (a fork server) and a fake for unit tests.

:class:`ForkServerSandbox` is the trusted side: it starts the template process
(:mod:`pyroad.grading._template`), hands it a job channel and a notes file (a memfd) per run,
enforces the wall-clock limit, asks the template to kill a run that overstays, and turns what
the run wrote into a :class:`RunResult`. Everything read from a run is untrusted data: it is
size-capped (the output limit), parsed as JSON only (never pickle), and never executed.
"""

from __future__ import annotations

import abc
import contextlib
import functools
import itertools
import json
import marshal
import os
import queue
import secrets
import select
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import types
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from pyroad.grading._child import DONE  # a run's last line, on its channel and in its notes
from pyroad.grading.seccomp import compile_filter

SRC_ROOT = str(Path(__file__).resolve().parents[2])
# Where pytest is installed: shown read-only inside runs of test-writing exercises.
PYTEST_SITE = str(Path(pytest.__file__).resolve().parents[1])
BOOT = (
    "import sys; sys.path.insert(0, {src!r}); "
    "from pyroad.grading._template import main; main(int(sys.argv[1]))"
)
# Unprivileged uids, one per live child, so that runs cannot signal each other. Each sandbox
# draws its own block at random, so that two graders on one machine do not share uids.
UID_SLOTS = 256
UID_BLOCKS = range(1_000_000, 2_000_000_000, UID_SLOTS)


CHANNEL_CAP = 4096  # a run writes DONE on its channel, and nothing else


class SandboxError(Exception):
    """The sandbox could not run the job at all (not the learner's fault)."""


@dataclass(frozen=True)
class Limits:
    cpu_seconds: float = 2.0
    wall_seconds: float = 5.0
    memory_mb: int = 256
    output_kb: int = 256
    processes: int = 16

    def as_dict(self) -> dict[str, Any]:
        return {
            "cpu_seconds": self.cpu_seconds,
            "wall_seconds": self.wall_seconds,
            "memory_mb": self.memory_mb,
            "output_kb": self.output_kb,
            "processes": self.processes,
        }


@dataclass(frozen=True)
class RunRequest:
    """Everything a run needs, and nothing it must not see (no expected values)."""

    kind: str  # function | program
    files: dict[str, str]
    checks_source: str
    cases: list[dict[str, Any]]
    limits: Limits = field(default_factory=Limits)
    module: str = "solution"
    entry: str = "main.py"

    def payload(self) -> bytes:
        """The job as the run reads it: marshal data, which a run loads in one call.

        marshal (unlike pickle) only rebuilds plain values and code, and it only ever travels
        from the trusted grader to the run, never back: what a run sends is JSON.
        """
        job: dict[str, Any] = {
            "site": PYTEST_SITE,
            "kind": self.kind,
            "files": self.files,
            "cases": self.cases,
            "module": self.module,
            "entry": self.entry,
            "limits": self.limits.as_dict(),
        }
        if any(case.get("kind") == "probe" for case in self.cases):
            job["checks"] = compiled_checks(self.checks_source)
        return marshal.dumps(job)


@functools.lru_cache(maxsize=256)
def compiled_checks(source: str) -> types.CodeType:
    """The checks module compiled here, once per source: runs do not parse it again.

    It always compiles: loading the exercise has imported the same source already.
    """
    return compile(source, "pyroad_checks.py", "exec", dont_inherit=True)


@dataclass
class RunResult:
    observations: dict[int, Any] = field(default_factory=dict)
    import_error: dict[str, Any] | None = None
    done: bool = False
    tripped: list[str] = field(default_factory=list)
    isolated: bool = False
    duration_ms: float = 0.0
    exit_status: int | None = None
    garbled: int = 0
    sandbox_error: str | None = None


def parse_lines(data: bytes, result: RunResult, cases: int) -> None:
    """Read observation lines; anything malformed is counted and ignored."""
    for line in _text_lines(data):
        if line == "":
            continue
        try:
            message = json.loads(line) if line is not None else None
        except (ValueError, RecursionError):
            message = None
        if line is None or not isinstance(message, dict):
            result.garbled += 1
            continue
        # Nesting deeper than the limit needs as many opening brackets: counting them is
        # cheap, walking every value is not.
        deep = line.count("[") + line.count("{")
        if message.get("done") is True:
            result.done = True
        elif "sandbox_error" in message:
            result.sandbox_error = str(message["sandbox_error"])[:4000]
        elif "import_error" in message and result.import_error is None:
            result.import_error = message
        elif isinstance(message.get("case"), int) and 0 <= message["case"] < cases:
            # The first observation of a case counts; a second one is somebody lying.
            obs = message.get("obs")
            if deep > MAX_OBSERVATION_DEPTH and _depth_over(obs, MAX_OBSERVATION_DEPTH):
                obs = {"$error": "the value is nested too deeply"}
            result.observations.setdefault(message["case"], obs)
        else:
            result.garbled += 1


def _text_lines(data: bytes) -> Iterator[str | None]:
    """Each line of ``data`` as text, or None for a line that is not UTF-8."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        for raw in data.split(b"\n"):
            try:
                yield raw.decode("utf-8")
            except UnicodeDecodeError:
                yield None
        return
    yield from text.split("\n")


MAX_OBSERVATION_DEPTH = 64  # observe.MAX_DEPTH plus the tags' own levels, with room


def _depth_over(value: Any, limit: int) -> bool:
    """Whether JSON data nests deeper than ``limit`` (iterative: no recursion to exhaust)."""
    stack = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            return True
        if isinstance(item, list):
            stack.extend((child, depth + 1) for child in item)
        elif isinstance(item, dict):
            stack.extend((child, depth + 1) for child in item.values())
    return False


class Sandbox(abc.ABC):
    """Runs a :class:`RunRequest` somewhere the learner's code can do no harm."""

    @property
    @abc.abstractmethod
    def isolated(self) -> bool:
        """Whether runs are fully isolated (namespaces, uid, seccomp)."""

    @abc.abstractmethod
    def run(self, request: RunRequest) -> RunResult: ...

    def close(self) -> None:  # noqa: B027 - optional
        """Stop background processes."""

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class FakeSandbox(Sandbox):
    """For unit tests: returns scripted results, or computes them with ``script(request)``."""

    def __init__(self, script: Callable[[RunRequest], RunResult], isolated: bool = True) -> None:
        self.script = script
        self._isolated = isolated
        self.requests: list[RunRequest] = []

    @property
    def isolated(self) -> bool:
        return self._isolated

    def run(self, request: RunRequest) -> RunResult:
        self.requests.append(request)
        result = self.script(request)
        result.isolated = self._isolated
        return result


@dataclass
class _Pending:
    exited: queue.Queue[dict[str, Any]] = field(default_factory=queue.Queue)


class ForkServerSandbox(Sandbox):
    """Runs each request in a fresh process forked from a warm template.

    Example::

        with ForkServerSandbox() as sandbox:
            result = sandbox.run(request)

    ``isolate=False`` (or a machine without namespaces, root or libseccomp) still runs, with
    rlimits and a separate uid where possible, and reports ``isolated = False``.
    """

    def __init__(self, isolate: bool = True, prepared: int = 2) -> None:
        self._ids = itertools.count(1)
        first = secrets.choice(UID_BLOCKS)
        self.uids = range(first, first + UID_SLOTS)
        self._pending: dict[int, _Pending] = {}
        self._lock = threading.Lock()
        bpf = compile_filter() if isolate else None
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        self._control = ours
        self._process = subprocess.Popen(
            [sys.executable, "-S", "-I", "-c", BOOT.format(src=SRC_ROOT), str(theirs.fileno())],
            pass_fds=[theirs.fileno()],
            env={},
            cwd="/",
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=None if os.environ.get("PYROAD_SANDBOX_DEBUG") else subprocess.DEVNULL,
        )
        theirs.close()
        config = {
            "isolate": isolate,
            "bpf": bpf.hex() if bpf else "",
            "first_uid": self.uids.start,
            "uids": UID_SLOTS,
            "prepared": prepared,
            "extra_paths": [PYTEST_SITE],
        }
        ours.send(json.dumps(config).encode())
        ours.settimeout(30)
        try:
            ready = json.loads(ours.recv(1 << 16))
        except (OSError, ValueError) as exc:
            self.close()
            raise SandboxError(f"the sandbox template did not start: {exc}") from exc
        ours.settimeout(None)
        self._isolated = bool(ready.get("isolated")) and bpf is not None
        self.whole_run_limits = bool(ready.get("whole_run_limits"))
        self._zygote_pid = int(ready.get("zygote") or 0)
        self.reason = ready.get("reason") or ("" if bpf else "no seccomp (libseccomp missing)")
        self._reader = threading.Thread(target=self._read_control, daemon=True)
        self._reader.start()

    @property
    def isolated(self) -> bool:
        return self._isolated

    @property
    def template_pid(self) -> int:
        """The template's process id (its runs are its children), for measurements."""
        return self._process.pid

    @property
    def zygote_pid(self) -> int:
        """The process id of the zygote, which clones the runs, for measurements."""
        return self._zygote_pid

    def _read_control(self) -> None:
        while True:
            try:
                data = self._control.recv(1 << 16)
            except OSError:
                data = b""
            if not data:
                with self._lock:
                    for waiting in self._pending.values():
                        waiting.exited.put({"status": -1, "cpu": 0.0})
                return
            message = json.loads(data)
            with self._lock:
                pending = self._pending.get(message.get("id", -1))
            if pending is None:
                continue
            if message["op"] == "exited":
                pending.exited.put(message)

    def _send(self, message: dict[str, Any], fds: list[int] | None = None) -> None:
        data = json.dumps(message).encode()
        with self._lock:
            socket.send_fds(self._control, [data], fds or [])

    def run(self, request: RunRequest) -> RunResult:
        if self._process.poll() is not None:
            raise SandboxError("the sandbox template has stopped")
        run_id = next(self._ids)
        pending = _Pending()
        with self._lock:
            self._pending[run_id] = pending
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        notes = _notes_file()
        try:
            limits = request.limits
            start = time.perf_counter()
            deadline = start + limits.wall_seconds
            message = {"op": "run", "id": run_id, "limits": limits.as_dict()}
            self._send(message, [theirs.fileno(), notes])
            theirs.close()
            result = RunResult(isolated=self._isolated)
            trip = self._exchange(ours, request.payload(), deadline, limits)
            if trip:
                result.tripped.append(trip)
            # What the run wrote, read once, whether it finished or not (untrusted data).
            cap = limits.output_kb * 1024
            data = os.pread(notes, cap + 1, 0)
            if len(data) > cap:
                data = data[:cap]
                result.tripped.append(f"output limit {limits.output_kb} KB exceeded")
            parse_lines(data, result, len(request.cases))
            # End the run now: whatever it left running dies with it. Every observation is in
            # when done: then the template reaps the run without telling us.
            quiet = result.done and not trip
            self._send({"op": "kill", "id": run_id, "quiet": quiet})
            exit_info: dict[str, Any] = {"status": 0, "cpu": 0.0}
            if not quiet:
                # Its exit status tells which limit stopped it.
                exit_info = self._wait_exit(pending, run_id)
                if exit_info.get("unstarted"):
                    raise SandboxError("no run could be started (out of processes or memory?)")
                result.exit_status = exit_info["status"]
            result.tripped += _limits_from_status(exit_info, limits, result)
            result.duration_ms = (time.perf_counter() - start) * 1000
            return result
        finally:
            ours.close()
            os.close(notes)
            with self._lock:
                self._pending.pop(run_id, None)

    def _exchange(
        self, channel: socket.socket, payload: bytes, deadline: float, limits: Limits
    ) -> str | None:
        """Send the job, then wait for the run's last line, its end, or the deadline.

        Returns the limit that stopped the wait, if one did. Nothing but that last line is
        expected on the channel (observations go to the notes file); more is cut off as output.
        """
        channel.setblocking(False)
        unsent = memoryview(payload)
        received = bytearray()
        while True:
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                return f"time limit {limits.wall_seconds:g} s exceeded"
            writers = [channel] if unsent else []
            readable, writable, _ = select.select([channel], writers, [], remaining)
            if writable:
                unsent = _send_some(channel, unsent)
            if not readable:
                continue
            try:
                chunk = channel.recv(1 << 16)
            except BlockingIOError:
                continue
            except OSError:
                chunk = b""
            if not chunk or (received := received + chunk).endswith(DONE):
                return None
            if len(received) > CHANNEL_CAP:
                return f"output limit {limits.output_kb} KB exceeded"

    def _wait_exit(self, pending: _Pending, run_id: int) -> dict[str, Any]:
        try:
            return pending.exited.get(timeout=10)
        except queue.Empty:
            self._send({"op": "kill", "id": run_id})
            try:
                return pending.exited.get(timeout=10)
            except queue.Empty as exc:
                raise SandboxError("a sandboxed run could not be stopped") from exc

    def close(self) -> None:
        """Stop the template: it ends its runs and removes its cgroups, then exits."""
        # shutdown() first: a plain close() would leave the socket open for as long as the reader
        # thread sits in recv(), so the template would not see the end of its control channel.
        with contextlib.suppress(OSError):
            self._control.shutdown(socket.SHUT_RDWR)
        with contextlib.suppress(OSError):
            self._control.close()
        try:
            self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()


def _notes_file() -> int:
    """A new, unnamed file for a run's observations: a memfd, or a deleted temporary file."""
    if hasattr(os, "memfd_create"):
        return os.memfd_create("pyroad-notes", os.MFD_CLOEXEC)
    with tempfile.TemporaryFile() as handle:
        return os.dup(handle.fileno())


def _send_some(channel: socket.socket, unsent: memoryview) -> memoryview:
    """Write what the channel takes now; close our side for writing once all is sent."""
    try:
        unsent = unsent[channel.send(unsent) :]
    except BlockingIOError:
        return unsent
    except OSError:
        unsent = unsent[:0]
    if not unsent:
        with contextlib.suppress(OSError):
            channel.shutdown(socket.SHUT_WR)
    return unsent


def _limits_from_status(exit_info: dict[str, Any], limits: Limits, result: RunResult) -> list[str]:
    """Name the limits that the exit status, the run's cgroup and observations show were hit."""
    tripped: list[str] = []
    status, cpu = int(exit_info["status"]), float(exit_info["cpu"])
    cpu_limit = f"CPU time limit {limits.cpu_seconds:g} s exceeded"
    if exit_info.get("cpu_killed"):
        tripped.append(cpu_limit)
    if exit_info.get("oom"):
        tripped.append(f"memory limit {limits.memory_mb} MB exceeded")
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        if sig == signal.SIGXCPU or (sig == signal.SIGKILL and cpu >= limits.cpu_seconds):
            tripped.append(cpu_limit)
        elif sig == signal.SIGXFSZ:
            tripped.append(f"file size limit {limits.output_kb * 4} KB exceeded")
    observed = list(result.observations.values())
    if result.import_error:
        observed.append(result.import_error.get("import_error"))
    for obs in observed:
        if isinstance(obs, dict) and obs.get("$raises") == "MemoryError":
            tripped.append(f"memory limit {limits.memory_mb} MB exceeded")
            break
    return [t for i, t in enumerate(tripped) if t not in result.tripped and t not in tripped[:i]]

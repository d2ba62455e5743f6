"""Inside one sandboxed run: lock the process down, then observe the learner's code.

Life cycle of a run (see :mod:`pyroad.grading._zygote` for the processes that start it):

1. The zygote clones this process into new PID and mount namespaces (the network, IPC and UTS
   ones it shares with the template and every other run); it is PID 1 of its own PID
   namespace, so when it exits every process it started dies too.
2. :func:`lock_down` (still root, inside the new namespaces): a private tmpfs on ``/tmp``, a
   fresh ``/proc`` showing only this namespace; then the unprivileged uid, the rlimits, no new
   privileges and the seccomp filter. From here on nothing can be undone.
3. :func:`serve` reads the job (learner files, compiled probes, inputs) from the job channel,
   runs each case and writes one JSON line per observation to the run's notes file, which the
   grader reads. It never sees expected values or the reference solution: those stay in the
   trusted grader, which also decides the verdict.

Everything here is standard library plus ctypes, because the template process preloads it.
"""

from __future__ import annotations

import contextlib
import ctypes
import importlib
import importlib.machinery
import json
import marshal
import os
import resource
import shutil
import signal
import sys
import traceback
import types
from typing import Any, NoReturn

from pyroad.grading import observe

_libc = ctypes.CDLL(None, use_errno=True)

MS_NOSUID = 0x2
MS_NODEV = 0x4
MS_NOEXEC = 0x8
MS_REC = 0x4000
MS_PRIVATE = 1 << 18
PR_SET_PDEATHSIG = 1
PR_SET_DUMPABLE = 4
PR_SET_NO_NEW_PRIVS = 38
PR_SET_SECCOMP = 22
SECCOMP_MODE_FILTER = 2

CHECKS_MODULE = "pyroad_checks"


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def _fail(what: str) -> NoReturn:
    err = ctypes.get_errno()
    raise OSError(err, f"{what}: {os.strerror(err)}")


def mount(source: str, target: str, fstype: str, flags: int, data: str = "") -> None:
    if _libc.mount(source.encode(), target.encode(), fstype.encode(), flags, data.encode()):
        _fail(f"mount {target}")


def prctl(option: int, arg: int = 0) -> None:
    if _libc.prctl(option, arg, 0, 0, 0):
        _fail(f"prctl {option}")


class Seccomp:
    """A compiled seccomp-BPF program (built once by the trusted grader), ready to install.

    Made once in the template, so that each run installs it with a single call.
    """

    def __init__(self, bpf: bytes) -> None:
        self._buffer = ctypes.create_string_buffer(bpf, len(bpf))
        self._program = _SockFprog(len(bpf) // 8, ctypes.cast(self._buffer, ctypes.c_void_p))
        self._pointer = ctypes.pointer(self._program)

    def install(self) -> None:
        if _libc.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, self._pointer, 0, 0):
            _fail("seccomp")


DISK_MB = 32  # the private tmpfs of every isolated run
# Generous ceilings set before a job arrives; the job's own limits then lower them.
CEILINGS = {"cpu_seconds": 30, "memory_mb": 2048, "output_kb": 8192, "processes": 256}
# The only environment a run sees. The template sets it on itself once (it starts with none),
# so that runs inherit it instead of each rebuilding os.environ.
ENVIRONMENT = {"PATH": "/usr/bin:/bin", "HOME": "/tmp", "LANG": "C.UTF-8"}
# mount(2) arguments of every isolated run, encoded once.
_PRIVATE = (b"none", b"/", b"", MS_REC | MS_PRIVATE, b"")
_TMP = (b"tmpfs", b"/tmp", b"tmpfs", MS_NOSUID | MS_NODEV,
        f"size={DISK_MB << 20},nr_inodes=8192,mode=1777".encode())  # fmt: skip
_PROC = (b"proc", b"/proc", b"proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, b"")


def lock_down(uid: int, seccomp: Seccomp | None, isolated: bool, work: str) -> None:
    """Apply every restriction, in an order where each step still has the rights it needs.

    ``work`` is the run's folder: ``/tmp/work`` on the private tmpfs when isolated, a fresh
    temporary folder (made by the template) when not. The job's own limits come later
    (:func:`apply_limits`): lowering an rlimit needs no privilege. The environment is
    :data:`ENVIRONMENT`, inherited from the template.
    """
    prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if isolated:
        for args in (_PRIVATE, _TMP, _PROC):
            if _libc.mount(*args):
                _fail(f"mount {args[1].decode()}")
    if os.geteuid() == 0:
        # Never run learner code as root, isolated or not.
        if not isolated:
            os.chown(os.path.dirname(work), uid, uid)
        os.setgroups([])
        os.setresgid(uid, uid, uid)
        os.setresuid(uid, uid, uid)
    os.mkdir(work)
    # Not dumpable: other processes of this uid cannot read or write this one's memory.
    prctl(PR_SET_DUMPABLE, 0)
    resource.setrlimit(resource.RLIMIT_NOFILE, (64, 64))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    apply_limits(CEILINGS)
    prctl(PR_SET_NO_NEW_PRIVS, 1)
    if seccomp is not None:
        seccomp.install()


# System V shared memory, message queues and semaphores, and POSIX message queues: every run
# shares the template's IPC namespace, where these limits make them impossible to create (and
# seccomp refuses the calls too), so runs can neither talk to each other through them nor hold
# memory outside their limits.
IPC_LIMITS = {
    "/proc/sys/kernel/shmmax": "0",
    "/proc/sys/kernel/shmall": "0",
    "/proc/sys/kernel/shmmni": "0",
    "/proc/sys/kernel/msgmni": "0",
    "/proc/sys/kernel/sem": "0 0 0 0",
    "/proc/sys/fs/mqueue/queues_max": "0",
}


def close_ipc() -> None:
    """Apply :data:`IPC_LIMITS` to the caller's IPC namespace (the template, before chroot)."""
    for path, value in IPC_LIMITS.items():
        with open(path, "w") as handle:
            handle.write(value)


def apply_limits(limits: dict[str, Any]) -> None:
    """CPU seconds, address space, processes (of this uid) and the size of any file written."""
    cpu = max(1, int(float(limits["cpu_seconds"]) + 0.999))
    memory = int(limits["memory_mb"]) * 1024 * 1024
    file_size = int(limits["output_kb"]) * 1024 * 4
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_NPROC, (int(limits["processes"]),) * 2)
    resource.setrlimit(resource.RLIMIT_FSIZE, (file_size, file_size))


# Observations are plain data already (observe.encode bounds their size and depth, and breaks
# cycles), so the encoder skips its own cycle check.
_encode_json = json.JSONEncoder(separators=(",", ":"), check_circular=False).encode


class Channel:
    """Writes observation lines to the run's notes file with plain ``os.write`` calls."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def send(self, message: dict[str, Any]) -> None:
        data = (_encode_json(message) + "\n").encode()
        while data:
            written = os.write(self.fd, data)
            data = data[written:]


def read_job(fd: int) -> dict[str, Any]:
    """The job, in marshal data from the trusted grader (see ``RunRequest.payload``)."""
    chunks = []
    while chunk := os.read(fd, 1 << 16):
        chunks.append(chunk)
    job: dict[str, Any] = marshal.loads(b"".join(chunks))
    return job


def write_files(root: str, files: dict[str, str]) -> None:
    for rel, text in files.items():
        if "/" not in rel and rel not in ("", ".", ".."):
            path = f"{root}/{rel}"  # a plain name: the common case, without os.path's work
        else:
            path = os.path.normpath(os.path.join(root, rel))
            if not path.startswith(root + os.sep):
                raise ValueError(f"file outside the work folder: {rel!r}")
            os.makedirs(os.path.dirname(path), exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        try:
            data = text.encode("utf-8")
            while data:
                data = data[os.write(fd, data) :]
        finally:
            os.close(fd)


def _redirect_output(work: str) -> None:
    """The learner's prints go to a file in the run's folder (bounded by RLIMIT_FSIZE)."""
    out = os.open(f"{work}/.output", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    null = os.open("/dev/null", os.O_RDONLY)
    os.dup2(null, 0)
    os.dup2(out, 1)
    os.dup2(out, 2)
    os.close(out)
    os.close(null)


def _load_checks(code: types.CodeType) -> types.ModuleType:
    """The checks module, from the code object the grader compiled."""
    module = types.ModuleType(CHECKS_MODULE)
    module.__file__ = f"{CHECKS_MODULE}.py"
    sys.modules[CHECKS_MODULE] = module
    exec(code, module.__dict__)
    return module


def _observe_call(fn: Any, args: list[Any], kwargs: dict[str, Any]) -> Any:
    try:
        return observe.encode(fn(*args, **kwargs))
    except BaseException as exc:
        return observe.encode_exception(exc)


def import_learner_module(name: str, files: dict[str, str], work: str) -> types.ModuleType:
    """Import the learner's module ``name`` from the run's folder ``work``.

    A module that is one plain file is loaded straight from its source, as the import system
    would load it but without its search (the search and the import machinery, all Python
    code, cost a run over a hundred page faults). Packages and dotted names are imported by
    :mod:`importlib` as usual, and so is everything the learner's code imports in turn.
    """
    rel = f"{name}.py"
    if "." in name or rel not in files or any(f.startswith(f"{name}/") for f in files):
        return importlib.import_module(name)
    path = f"{work}/{rel}"
    loader = importlib.machinery.SourceFileLoader(name, path)
    spec = importlib.machinery.ModuleSpec(name, loader, origin=path)
    spec.has_location = True
    module = types.ModuleType(name)
    module.__file__ = path
    module.__loader__ = loader
    module.__spec__ = spec
    module.__package__ = ""
    module.__cached__ = None  # type: ignore[attr-defined]
    sys.modules[name] = module
    try:
        exec(compile(files[rel], path, "exec", dont_inherit=True), module.__dict__)
    except BaseException:
        sys.modules.pop(name, None)
        raise
    return sys.modules[name]  # a module may put something else there, as with import


def run_function_cases(job: dict[str, Any], channel: Channel, work: str) -> None:
    # The grader sends the checks module only when a check is a probe: calls name the
    # learner's function directly.
    checks = _load_checks(job["checks"]) if "checks" in job else None
    try:
        module = import_learner_module(job["module"], job["files"], work)
    except BaseException as exc:
        detail = "".join(traceback.format_exception_only(type(exc), exc))[-2000:]
        channel.send({"import_error": observe.encode_exception(exc), "detail": detail})
        return
    for index, case in enumerate(job["cases"]):
        args = observe.decode(case["args"])
        kwargs = observe.decode(case["kwargs"])
        if case["kind"] == "probe":
            fn = getattr(checks, case["target"])
            args = [module, *args]
        else:
            fn = getattr(module, case["target"], None)
            if fn is None:
                missing = {"$raises": "AttributeError", "message": f"no {case['target']}"}
                channel.send({"case": index, "obs": missing, "missing": case["target"]})
                continue
        channel.send({"case": index, "obs": _observe_call(fn, args, kwargs)})


def _run_program(
    folder: str, case: dict[str, Any], program: dict[str, str], entry: str
) -> dict[str, Any]:
    os.makedirs(folder)
    write_files(folder, program)
    write_files(folder, case["files"])
    with open(f"{folder}/.stdin", "w", encoding="utf-8") as handle:
        handle.write(case["stdin"])
    pid = os.fork()
    if pid == 0:  # the learner's program: its own process, so exit codes are observable
        code = 1
        try:
            os.setpgid(0, 0)
            os.chdir(folder)
            stdin = os.open(".stdin", os.O_RDONLY)
            out = os.open(".stdout", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            err = os.open(".stderr", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            for fd, target in ((stdin, 0), (out, 1), (err, 2)):
                os.dup2(fd, target)
            sys.stdin = open(0, encoding="utf-8", closefd=False)  # noqa: SIM115
            sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
            sys.stderr = open(2, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
            sys.argv = [entry, *case["args"]]
            sys.path.insert(0, folder)
            import runpy

            runpy.run_path(entry, run_name="__main__")
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        except BaseException:
            traceback.print_exc()
        finally:
            for stream in (sys.stdout, sys.stderr):
                with contextlib.suppress(BaseException):
                    stream.flush()
            os._exit(code & 0xFF)
    _, status = os.waitpid(pid, 0)
    _kill_others(pid)
    exit_code = os.waitstatus_to_exitcode(status)
    files = {name: _read_text(f"{folder}/{name}") for name in case["outputs"]}
    return {"stdout": _read_text(f"{folder}/.stdout"), "exit_code": exit_code, "files": files}


def _read_text(path: str, limit: int = 1 << 20) -> str | None:
    try:
        with open(path, "rb") as handle:
            return handle.read(limit).decode("utf-8", errors="replace")
    except OSError:
        return None


def _kill_others(group: int) -> None:
    """End whatever the program left running, and reap it.

    As PID 1 of its own namespace, ``kill(-1)`` reaches every other process of the run and
    nothing outside it. Without that namespace it would reach every process of the uid, so
    only the program's process group is signalled there.
    """
    with contextlib.suppress(OSError):
        os.kill(-1 if os.getpid() == 1 else -group, signal.SIGKILL)
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def _wipe(folder: str) -> None:
    """Remove everything a previous version's tests left in the run's tmp."""
    for name in os.listdir(folder):
        path = os.path.join(folder, name)
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                os.unlink(path)


def _run_tests(scratch: str, learner: dict[str, str], subject: dict[str, str], pytest: Any) -> int:
    """Run the learner's tests against one version of the code under test, in a fresh fork.

    Every version runs in the same folder, on a wiped tmp, in an order the grader shuffled:
    nothing but the code's behaviour tells the versions apart.
    """
    _wipe(scratch)
    folder = os.path.join(scratch, "project")
    os.makedirs(folder)
    write_files(folder, subject)
    write_files(folder, learner)
    pid = os.fork()
    if pid == 0:
        code = 3
        try:
            os.setpgid(0, 0)
            os.chdir(folder)
            out = os.open(".pytest-output", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(out, 1)
            os.dup2(out, 2)
            sys.path.insert(0, folder)
            os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
            code = int(pytest.main(["-q", "-x", "-p", "no:cacheprovider", "--rootdir", folder]))
        except BaseException:
            traceback.print_exc()
        finally:
            os._exit(code & 0xFF)
    _, status = os.waitpid(pid, 0)
    _kill_others(pid)
    return os.waitstatus_to_exitcode(status)


def run_tests_cases(
    job: dict[str, Any], channel: Channel, work: str, paths: dict[str, str]
) -> None:
    sys.path.append(paths.get(job["site"], job["site"]))
    import pytest  # loaded once per run; each version of the subject runs in its own fork

    for index, case in enumerate(job["cases"]):
        # The whole writable tmp is wiped between versions (it holds the work folder too).
        code = _run_tests(os.path.dirname(work), job["files"], case["files"], pytest)
        channel.send({"case": index, "obs": {"exit_code": code}})


def run_program_cases(job: dict[str, Any], channel: Channel, work: str) -> None:
    for index, case in enumerate(job["cases"]):
        folder = f"{work}/.case-{index}"
        observation = _run_program(folder, case, job["files"], job["entry"])
        channel.send({"case": index, "obs": observation})


DONE = b'{"done":true}\n'  # the last line of a run, on both of its descriptors


def serve(fd: int, notes: int, work: str, paths: dict[str, str]) -> None:
    """Run one job from the channel ``fd`` in the folder ``work``; the caller exits afterwards.

    Observations are written to ``notes``, a file (a memfd) the grader reads once the run has
    ended: writing to it wakes nobody, where a line on the channel would wake the grader for
    every case. What was written stays there if the run is killed halfway. The channel only
    carries the job in and, at the end, :data:`DONE` out. ``paths`` maps host folders to where
    this run sees them (see ``_zygote.build_root``).
    """
    channel = Channel(notes)
    job = read_job(fd)
    apply_limits(job["limits"])  # before anything of the learner's is even on disk
    write_files(work, job["files"])
    os.chdir(work)
    sys.path[:0] = [work]
    sys.dont_write_bytecode = True
    _redirect_output(work)
    if job["kind"] == "program":
        run_program_cases(job, channel, work)
    elif job["kind"] == "tests":
        run_tests_cases(job, channel, work, paths)
    else:
        run_function_cases(job, channel, work)
    channel.send({"done": True})
    os.write(fd, DONE)

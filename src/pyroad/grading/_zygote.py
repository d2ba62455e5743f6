"""The warm template: a small, long-lived process that forks one sandboxed child per run.

It is started by :class:`pyroad.grading.sandbox.ForkServerSandbox` as ``python -S -I`` with an
empty environment and only the standard library plus pyroad's sandbox modules loaded, so that
forking it is cheap and its memory holds nothing worth stealing. At start-up (as root) it moves
into a mount namespace of its own and ``chroot``s into a minimal read-only tree: the system's
``/usr`` (and friends), the Python installation, four device files, and empty ``/proc`` and
``/tmp`` mount points. Nothing else of the host, so no path leads to a pack, a database or
another learner's files.

Protocol on the control socket (SOCK_SEQPACKET, one JSON message per packet):

* grader -> template: ``config`` (first), ``run`` (with the job channel's fd attached),
  ``kill``, ``stop``;
* template -> grader: ``ready``, ``started`` (host pid), ``exited`` (wait status, CPU time).

The template never reads a job: the job travels on the channel straight to the child, so no
learner's code or data ever sits in the template's memory, where later children would inherit it.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import gc
import importlib
import json
import os
import platform
import resource
import select
import shutil
import signal
import socket
import struct
import sys
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pyroad.grading import _child, checks  # noqa: F401 - checks.py files import it in runs
from pyroad.grading._cgroups import Cgroups

# Modules learner code often imports: loaded once in the template, shared by every run.
PRELOAD = (
    "abc", "bisect", "collections", "contextlib", "copy", "csv", "dataclasses", "datetime",
    "decimal", "enum", "fractions", "functools", "heapq", "io", "itertools", "math", "operator",
    "pathlib", "random", "re", "runpy", "statistics", "string", "textwrap", "typing",
)  # fmt: skip
for _name in PRELOAD:
    importlib.import_module(_name)

CLONE_NEWNS = 0x00020000
CLONE_NEWUTS = 0x04000000
CLONE_NEWIPC = 0x08000000
CLONE_NEWPID = 0x20000000
CLONE_NEWNET = 0x40000000
# Per run. The network, IPC and UTS namespaces are made once, for the template and all its runs
# (see Template.start()): none of them holds anything a run could use.
NAMESPACES = CLONE_NEWNS | CLONE_NEWPID
SHARED_NAMESPACES = CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS
SYS_CLONE = {"x86_64": 56, "aarch64": 220}
SYS_UNSHARE = {"x86_64": 272, "aarch64": 97}
MS_RDONLY = 0x1
MS_NOSUID = 0x2
MS_NODEV = 0x4
MS_REMOUNT = 0x20
MS_BIND = 0x1000
MS_REC = 0x4000
MS_PRIVATE = 1 << 18

_pylib = ctypes.PyDLL(None, use_errno=True)
_pylib.syscall.restype = ctypes.c_long
# Looked up here, once: ctypes resolves a function on first use, and a lookup made in every
# child would cost each run dozens of copy-on-write page faults.
_before_fork = ctypes.pythonapi.PyOS_BeforeFork
_after_fork_child = ctypes.pythonapi.PyOS_AfterFork_Child
_after_fork_parent = ctypes.pythonapi.PyOS_AfterFork_Parent
MACHINE = platform.machine()
DEVICES = ("null", "zero", "full", "random", "urandom")
# Signal dispositions a run starts with, set through _signal.signal: what signal.signal wraps,
# without its enum conversions (which cost a run a few dozen page faults).
RESET_SIGNALS = tuple(int(sig) for sig in (signal.SIGCHLD, signal.SIGTERM, signal.SIGINT))
_set_signal: Callable[[int, int], object] = importlib.import_module("_signal").signal
SIG_DFL = int(signal.SIG_DFL)
_FD_SPACE = socket.CMSG_SPACE(struct.calcsize("i"))


def _syscall(table: dict[str, int], *args: int) -> int:
    number = table.get(MACHINE)
    if number is None:
        raise OSError(38, f"unsupported machine {MACHINE}")
    return int(_pylib.syscall(ctypes.c_long(number), *(ctypes.c_ulong(a) for a in args)))


def clone(flags: int) -> int:
    """fork() into new namespaces: like ``os.fork``, with the same interpreter bookkeeping."""
    _before_fork()
    pid = _syscall(SYS_CLONE, flags | signal.SIGCHLD, 0, 0, 0, 0)
    if pid == 0:
        _after_fork_child()
    else:
        _after_fork_parent()
    if pid < 0:
        err = ctypes.get_errno()
        raise OSError(err, f"clone: {os.strerror(err)}")
    return pid


ROOT_BASES = ("/tmp", "/mnt", "/media", "/srv", "/var/tmp")
EXTRA_ROOT = "/extra"


def _within(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip("/") + "/")


def root_base(sources: list[str]) -> str:
    """The first of :data:`ROOT_BASES` that exists and holds none of ``sources``."""
    for base in ROOT_BASES:
        if os.path.isdir(base) and not any(_within(source, base) for source in sources):
            return base
    raise OSError(errno.EEXIST, f"no folder for the sandbox root among {', '.join(ROOT_BASES)}")


def build_root(extra_paths: list[str]) -> dict[str, str]:
    """Enter a private mount namespace and chroot into a minimal, read-only tree.

    ``extra_paths`` are shown read-only too (the folder holding pytest, for test-writing runs);
    returns where each one is inside the tree.
    """
    if _syscall(SYS_UNSHARE, CLONE_NEWNS) != 0:
        err = ctypes.get_errno()
        raise OSError(err, f"unshare: {os.strerror(err)}")
    _child.mount("none", "/", "", MS_REC | MS_PRIVATE)
    tops = ("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32")
    links = {top: os.readlink(top) for top in tops if os.path.islink(top)}
    binds = [top for top in tops if top not in links and os.path.isdir(top)]
    prefix = os.path.realpath(sys.base_prefix)
    if not any(_within(prefix, top) for top in binds):
        binds.append(prefix)
    # Extra folders appear at fixed places: where they are on the host (under /tmp, say) a run's
    # own tmpfs could hide them.
    shown = {extra: f"{EXTRA_ROOT}/{n}" for n, extra in enumerate(extra_paths)}
    # The new root is a tmpfs, seen only in this private mount namespace (nothing is created on
    # the host's file systems), over a folder that hides none of what it shows: a checkout
    # under /tmp must still be reachable to bind its pytest folder.
    base = root_base(binds + extra_paths)
    _child.mount("tmpfs", base, "tmpfs", MS_NOSUID | MS_NODEV, "size=1m,mode=0755")
    for top, target in links.items():
        os.symlink(target, base + top)
    for path, target in [(p, p) for p in binds] + list(shown.items()):
        os.makedirs(base + target, mode=0o755, exist_ok=True)
        _child.mount(path, base + target, "", MS_BIND | MS_REC)
        flags = MS_BIND | MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV
        _child.mount("none", base + target, "", flags)
    os.makedirs(base + "/dev", mode=0o755)
    for name in DEVICES:
        target = f"{base}/dev/{name}"
        open(target, "w").close()
        _child.mount(f"/dev/{name}", target, "", MS_BIND)
        _child.mount("none", target, "", MS_BIND | MS_REMOUNT | MS_RDONLY | MS_NOSUID)
    for name in ("proc", "tmp", "etc"):
        os.makedirs(f"{base}/{name}", mode=0o755)
    _child.mount("none", base, "", MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV)
    os.chroot(base)
    os.chdir("/")
    return shown


def _receive_fd(sock: socket.socket) -> tuple[bytes, int]:
    """One message and the descriptor that came with it (-1 when none did)."""
    data, ancillary, _flags, _addr = sock.recvmsg(4096, _FD_SPACE)
    fd = -1
    for level, kind, payload in ancillary:
        if level == socket.SOL_SOCKET and kind == socket.SCM_RIGHTS and len(payload) >= 4:
            fd = int.from_bytes(payload[:4], sys.byteorder, signed=True)
    return data, fd


@dataclass
class Prepared:
    """A child already cloned and locked down, waiting on ``sock`` for its job channel."""

    pid: int
    sock: socket.socket
    uid: int
    folder: str | None


@dataclass
class Live:
    uid: int
    folder: str | None
    cgroup: str = ""
    run_id: int | None = None
    cpu_limit: float = 0.0
    cpu_killed: bool = False


class Template:
    def __init__(self, control: socket.socket, config: dict[str, Any]) -> None:
        self.control = control
        self.config = config
        bpf = bytes.fromhex(config["bpf"]) if config.get("bpf") else None
        self.seccomp = _child.Seccomp(bpf) if bpf else None
        self.isolated = False
        self.reason = ""
        self.spare = int(config.get("prepared", 2))
        self.first_uid = int(config["first_uid"])
        self.free_uids = list(range(self.first_uid, self.first_uid + config["uids"]))
        self.prepared: list[Prepared] = []
        self.live: dict[int, Live] = {}
        self.cgroups: Cgroups | None = None
        self.paths: dict[str, str] = {}  # host folder -> where runs see it (when isolated)

    def start(self) -> None:
        if self.config.get("isolate"):
            try:
                # Opened before the chroot, which hides /sys/fs/cgroup.
                cgroups = Cgroups(f"pyroad-{os.getpid()}")
                self.cgroups = cgroups if cgroups.available else None
                # One set of these namespaces for every run, instead of one per run (which cost
                # about a sixth of a grading's CPU time): an empty network (a loopback that is
                # down), where seccomp refuses socket() anyway; IPC with every kind of object
                # made impossible to create; a host name of its own.
                if _syscall(SYS_UNSHARE, SHARED_NAMESPACES) != 0:
                    err = ctypes.get_errno()
                    raise OSError(err, f"unshare: {os.strerror(err)}")
                _child.close_ipc()
                socket.sethostname("sandbox")
                self.paths = build_root(self.config.get("extra_paths", []))
                self.isolated = True
            except OSError as exc:
                self.reason = f"no isolation: {exc}"
        else:
            self.reason = "isolation was not requested"
        # Runs inherit this environment (and nothing else): set once here, not in every run.
        os.environ.clear()
        os.environ.update(_child.ENVIRONMENT)
        gc.collect()
        gc.freeze()  # fewer copy-on-write faults in every child
        self.send(
            {
                "op": "ready",
                "isolated": self.isolated,
                "reason": self.reason,
                "whole_run_limits": self.cgroups is not None,
            }
        )

    def send(self, message: dict[str, Any]) -> None:
        self.control.send(json.dumps(message).encode())

    def prepare(self) -> None:
        """Clone one more child and let it lock itself down while nobody waits for it."""
        if not self.free_uids:
            return
        uid = self.free_uids.pop()
        folder = None if self.isolated else tempfile.mkdtemp(prefix="pyroad-run-")
        work = "/tmp/work" if folder is None else folder + "/work"
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        pid = clone(NAMESPACES if self.isolated else 0)
        if pid == 0:
            self._child(theirs, uid, work)
        theirs.close()
        live = Live(uid, folder, cgroup=self._cgroup_name(uid, pid))
        if self.cgroups is not None:
            try:
                self.cgroups.add(live.cgroup, pid)
            except OSError:
                os.kill(pid, signal.SIGKILL)  # never a run without its whole-run limits
        self.prepared.append(Prepared(pid, ours, uid, folder))
        self.live[pid] = live

    def _cgroup_name(self, uid: int, pid: int) -> str:
        """One folder per uid slot when isolated, reused run after run (see _cgroups). A run
        without a PID namespace may leave processes behind, so it gets a folder of its own."""
        return f"slot{uid - self.first_uid}" if self.isolated else f"run{pid}"

    def spawn(self, message: dict[str, Any], job_fd: int) -> None:
        if not self.prepared:
            self.prepare()
        if not self.prepared:
            os.close(job_fd)
            self.send({"op": "exited", "id": message["id"], "status": 75 << 8, "cpu": 0.0})
            return
        child = self.prepared.pop(0)
        limits = message["limits"]
        live = self.live[child.pid]
        if self.cgroups is not None:
            # The run as a whole: its memory limit plus room for the tmpfs and the observer.
            memory = (int(limits["memory_mb"]) + 96) * 1024 * 1024
            try:
                self.cgroups.limit(live.cgroup, memory, int(limits["processes"]) + 2)
            except (OSError, KeyError):
                os.kill(child.pid, signal.SIGKILL)  # never a run without its whole-run limits
        live.cpu_limit = float(limits["cpu_seconds"])
        # If the child died while waiting, sending fails and reap() reports its exit.
        with contextlib.suppress(OSError):
            socket.send_fds(child.sock, [json.dumps(message["limits"]).encode()], [job_fd])
        child.sock.close()
        os.close(job_fd)
        live.run_id = message["id"]
        self.send({"op": "started", "id": message["id"], "pid": child.pid})

    def refill(self) -> None:
        while len(self.prepared) < self.spare and self.free_uids:
            self.prepare()

    def _child(self, sock: socket.socket, uid: int, work: str) -> None:
        status = 70
        job_fd = -1
        try:
            # The child keeps its own socket and stdio only: never the control socket.
            keep = sock.fileno()
            os.closerange(3, keep)
            os.closerange(keep + 1, 1 << 16)
            signal.set_wakeup_fd(-1)
            for sig in RESET_SIGNALS:
                _set_signal(sig, SIG_DFL)
            _child.lock_down(uid, self.seccomp, self.isolated, work)
            data, job_fd = _receive_fd(sock)
            sock.close()
            if not data or job_fd < 0:
                raise SystemExit(0)  # the template is gone or sent nonsense: nothing to run
            _child.apply_limits(json.loads(data))
            _child.serve(job_fd, work, self.paths)
            status = 0
        except BaseException as exc:
            status = 71
            if job_fd >= 0:
                with contextlib.suppress(BaseException):
                    detail = "".join(traceback.format_exception(exc))[-4000:]
                    _child.Channel(job_fd).send({"sandbox_error": detail})
        finally:
            os._exit(status)

    def reap(self) -> None:
        while self.live:
            try:
                pid, status, usage = os.wait4(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            live = self.live.pop(pid, None)
            if live is None:
                continue
            cpu = usage.ru_utime + usage.ru_stime
            oom = False
            if self.cgroups is not None:
                with contextlib.suppress(OSError, KeyError):
                    whole, oom = self.cgroups.finish(live.cgroup)
                    cpu = max(cpu, whole)
                if not self.isolated:
                    self.cgroups.remove(live.cgroup)
            self.free_uids.append(live.uid)
            for waiting in [p for p in self.prepared if p.pid == pid]:
                waiting.sock.close()
                self.prepared.remove(waiting)
            if live.folder:
                shutil.rmtree(live.folder, ignore_errors=True)
            if live.run_id is not None:
                self.send(
                    {
                        "op": "exited",
                        "id": live.run_id,
                        "status": status,
                        "cpu": cpu,
                        "oom": oom,
                        "cpu_killed": live.cpu_killed,
                    }
                )

    def watch_cpu(self) -> None:
        """End runs whose processes together used more CPU time than the run may."""
        if self.cgroups is None:
            return
        for pid, live in self.live.items():
            if live.run_id is None or live.cpu_killed:
                continue
            try:
                used = self.cgroups.cpu_seconds(live.cgroup)
            except (OSError, KeyError):
                continue
            if used > live.cpu_limit:
                live.cpu_killed = True
                os.kill(pid, signal.SIGKILL)

    def handle(self) -> bool:
        data, fds, _flags, _addr = socket.recv_fds(self.control, 1 << 16, 4)
        if not data:
            return False
        message = json.loads(data)
        op = message["op"]
        if op == "run" and len(fds) == 1:
            self.spawn(message, fds.pop())
        elif op == "kill":
            for pid, live in self.live.items():
                if live.run_id == message["id"]:
                    os.kill(pid, signal.SIGKILL)
        for fd in fds:
            os.close(fd)
        return bool(op != "stop")

    def loop(self) -> None:
        wake_r, wake_w = os.pipe()
        os.set_blocking(wake_w, False)
        signal.set_wakeup_fd(wake_w)
        signal.signal(signal.SIGCHLD, lambda *_: None)
        try:
            while True:
                self.refill()
                watched: list[Any] = [self.control, wake_r]
                running = any(live.run_id is not None for live in self.live.values())
                ready, _, _ = select.select(watched, [], [], 0.1 if running else None)
                self.watch_cpu()
                if wake_r in ready:
                    os.read(wake_r, 4096)
                if self.control in ready and not self.handle():
                    break
                self.reap()
        finally:
            for pid in list(self.live):
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGKILL)
            for pid in list(self.live):
                with contextlib.suppress(OSError):
                    os.waitpid(pid, 0)
            if self.cgroups is not None:
                self.cgroups.close()


def main(fd: int) -> None:
    _child.prctl(_child.PR_SET_PDEATHSIG, signal.SIGKILL)
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    control = socket.socket(fileno=fd)
    config = json.loads(control.recv(1 << 20))
    template = Template(control, config)
    template.start()
    template.loop()


if __name__ == "__main__":
    main(int(sys.argv[1]))

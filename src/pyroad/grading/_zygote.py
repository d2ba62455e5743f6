"""The warm image that runs are cloned from, and the first steps of every run.

Processes, all started by :class:`pyroad.grading.sandbox.ForkServerSandbox`::

    grader (trusted) ── template (python -S -I, root, chrooted; see _template)
                          ├── zygote: this module's Zygote.loop, a fork of the template
                          └── runs: clones of the zygote, children of the template

The template sets everything up (namespaces, the read-only root built by :func:`build_root`,
cgroups), then forks the zygote, which holds the warm interpreter with :data:`PRELOAD` loaded
and does nothing but clone runs on request. After each clone the zygote and the new run share
every page; whatever either then writes is copied for it (a copy-on-write fault, about 3 us
here). Keeping the zygote's loop tiny keeps its own share of those copies small; the template,
which does the bookkeeping, never forks again, so its writes cost nothing per run.

A run is cloned into new PID and mount namespaces with ``CLONE_PARENT``, so the template (not
the zygote) is its parent: the template reaps it and reads its exit status and CPU time. The
run then locks itself down (:func:`run_child`, :func:`pyroad.grading._child.lock_down`) and
waits for its job channel, which the template hands it without ever reading a job: no
learner's code or data sits in the template's or the zygote's memory, where later runs would
inherit it.

Protocol on the zygote's socket (SOCK_SEQPACKET): the template sends ``uid NUL work-folder``
with the run's own socket attached; the zygote answers with the new run's pid (or ``-errno``).
On the run's socket, the template later sends one packet with the job's two descriptors.
"""

from __future__ import annotations

import _socket
import contextlib
import ctypes
import errno
import importlib
import os
import platform
import signal
import socket
import struct
import sys
import traceback
from collections.abc import Callable

from pyroad.grading import _child, checks  # noqa: F401 - checks.py files import it in runs

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
CLONE_PARENT = 0x00008000
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
_FD_SPACE = socket.CMSG_SPACE(2 * struct.calcsize("i"))  # at most two descriptors a message


def _syscall(table: dict[str, int], *args: int) -> int:
    number = table.get(MACHINE)
    if number is None:
        raise OSError(errno.ENOSYS, f"unsupported machine {MACHINE}")
    return int(_pylib.syscall(ctypes.c_long(number), *(ctypes.c_ulong(a) for a in args)))


class Cloner:
    """``clone(2)`` with fixed flags: like ``os.fork`` (the same interpreter bookkeeping), into
    new namespaces. The call's arguments are made once: objects made and freed around every
    clone would be written to after it, in the zygote and again in each run."""

    def __init__(self, flags: int) -> None:
        number = SYS_CLONE.get(MACHINE)
        if number is None:
            raise OSError(errno.ENOSYS, f"unsupported machine {MACHINE}")
        zero = ctypes.c_ulong(0)  # no new stack, no thread ids, no TLS: a fork
        self.args = (ctypes.c_long(number), ctypes.c_ulong(flags | signal.SIGCHLD), zero, zero,
                     zero, zero)  # fmt: skip

    def __call__(self) -> int:
        """The new process's pid in the caller, 0 in the new process."""
        _before_fork()
        pid: int = _pylib.syscall(*self.args)
        if pid == 0:
            _after_fork_child()
            return 0
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


def _receive_fds(sock: _socket.socket) -> tuple[bytes, list[int]]:
    """One message and the descriptors that came with it."""
    data, ancillary, _flags, _addr = sock.recvmsg(4096, _FD_SPACE)
    fds: list[int] = []
    for level, kind, payload in ancillary:
        if level == socket.SOL_SOCKET and kind == socket.SCM_RIGHTS:
            usable = len(payload) - len(payload) % 4
            fds += [int.from_bytes(payload[i : i + 4], sys.byteorder) for i in range(0, usable, 4)]
    return data, fds


class Zygote:
    """Clones runs on request, and does nothing else (see the module's docstring)."""

    def __init__(
        self,
        control: socket.socket,
        seccomp: _child.Seccomp | None,
        isolated: bool,
        paths: dict[str, str],
    ) -> None:
        self.control = control
        self.seccomp = seccomp
        self.isolated = isolated
        self.paths = paths
        self.clone = Cloner((NAMESPACES if isolated else 0) | CLONE_PARENT)

    def loop(self) -> None:
        """Serve requests until the template closes the socket; then return."""
        while True:
            data, fds = _receive_fds(self.control)
            if not data or len(fds) != 1:
                return
            fd = fds[0]
            uid, _, work = data.partition(b"\0")
            try:
                pid = self.clone()
            except OSError as exc:
                pid = -(exc.errno or errno.EAGAIN)
            if pid == 0:
                run_child(fd, int(uid), work.decode(), self.seccomp, self.isolated, self.paths)
            os.close(fd)
            self.control.send(b"%d" % pid)


def run_child(
    fd: int,
    uid: int,
    work: str,
    seccomp: _child.Seccomp | None,
    isolated: bool,
    paths: dict[str, str],
) -> None:
    """A new run: lock down, wait on ``fd`` for the job's two descriptors, serve the job, exit.

    The two are the job channel (the job comes in on it, and the last line goes out) and the
    file the observations are written to (see :func:`pyroad.grading._child.serve`).
    """
    status = 70
    fds: list[int] = []
    try:
        # The run keeps its own socket and stdio only: nothing of the zygote or the template.
        os.closerange(3, fd)
        os.closerange(fd + 1, 1 << 16)
        for sig in RESET_SIGNALS:
            _set_signal(sig, SIG_DFL)
        _child.lock_down(uid, seccomp, isolated, work)
        sock = _socket.socket(fileno=fd)
        data, fds = _receive_fds(sock)
        sock.close()
        if not data or len(fds) != 2:
            raise SystemExit(0)  # the template is gone or sent nonsense: nothing to run
        _child.serve(fds[0], fds[1], work, paths)
        status = 0
    except BaseException as exc:
        status = 71
        if len(fds) == 2:
            with contextlib.suppress(BaseException):
                detail = "".join(traceback.format_exception(exc))[-4000:]
                _child.Channel(fds[1]).send({"sandbox_error": detail})
                os.write(fds[0], _child.DONE)
    finally:
        os._exit(status)

"""The template: the process that keeps a grader's runs, and the parent of every one of them.

It is started by :class:`pyroad.grading.sandbox.ForkServerSandbox` as ``python -S -I`` with an
empty environment and only the standard library plus pyroad's sandbox modules loaded, so that
its memory holds nothing worth stealing. At start-up (as root) it opens its cgroup folders,
enters network, IPC and UTS namespaces shared by all its runs, moves into a mount namespace of
its own and ``chroot``s into a minimal read-only tree (:func:`pyroad.grading._zygote.build_root`).
Nothing else of the host is visible from there, so no path leads to a pack, a database or
another learner's files. Then it forks the zygote (:mod:`pyroad.grading._zygote`), which clones
the runs, and from then on only keeps the books: it keeps runs prepared, hands each its job
channel, bounds whole runs with cgroups, kills and reaps them, and reports their exits.

Protocol on the control socket to the grader (SOCK_SEQPACKET, one JSON message per packet):

* grader -> template: ``config`` (first), ``run`` (with the job channel and the notes file
  attached),
  ``kill``, ``stop``;
* template -> grader: ``ready``, ``exited`` (wait status, CPU time, limits hit).

The template never reads a job: the job travels on the channel straight to the run.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import json
import os
import resource
import select
import shutil
import signal
import socket
import sys
import tempfile
from dataclasses import dataclass
from typing import Any

from pyroad.grading import _child
from pyroad.grading._cgroups import Cgroups
from pyroad.grading._zygote import (
    SHARED_NAMESPACES,
    SYS_UNSHARE,
    Zygote,
    _syscall,
    build_root,
)


@dataclass
class Prepared:
    """A run already cloned and locked down, waiting on ``sock`` for its job channel."""

    pid: int
    sock: socket.socket


@dataclass
class Live:
    """A run of ours that has not been reaped yet, prepared or running."""

    uid: int
    folder: str | None
    cgroup: str = ""
    run_id: int | None = None
    cpu_limit: float = 0.0
    cpu_killed: bool = False
    report: bool = True  # whether the grader wants to hear of its exit


class ZygoteGone(Exception):  # noqa: N818 - a state, not a programming error
    """The zygote exited: no run can be cloned any more."""


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
        self.zygote: socket.socket | None = None
        self.zygote_pid = 0

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
        self._fork_zygote()
        self.send(
            {
                "op": "ready",
                "isolated": self.isolated,
                "reason": self.reason,
                "whole_run_limits": self.cgroups is not None,
                "zygote": self.zygote_pid,
            }
        )

    def _fork_zygote(self) -> None:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        gc.collect()
        gc.freeze()  # the zygote's objects are never collected: fewer pages written per run
        pid = os.fork()
        if pid == 0:
            status = 0
            try:
                _child.prctl(_child.PR_SET_PDEATHSIG, signal.SIGKILL)
                keep = theirs.fileno()
                os.closerange(3, keep)  # nothing of the template's: the grader's socket, cgroups
                os.closerange(keep + 1, 1 << 16)
                Zygote(theirs, self.seccomp, self.isolated, self.paths).loop()
            except BaseException:
                status = 70
            finally:
                os._exit(status)
        theirs.close()
        self.zygote, self.zygote_pid = ours, pid

    def send(self, message: dict[str, Any]) -> None:
        self.control.send(json.dumps(message).encode())

    def prepare(self) -> bool:
        """Have one more run cloned, to lock itself down while nobody waits for it.

        False when none could be (no uid is free, or clone failed: out of processes, say).
        """
        if not self.free_uids or self.zygote is None:
            return False
        uid = self.free_uids.pop()
        folder = None if self.isolated else tempfile.mkdtemp(prefix="pyroad-run-")
        work = "/tmp/work" if folder is None else folder + "/work"
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        try:
            socket.send_fds(self.zygote, [f"{uid}\0{work}".encode()], [theirs.fileno()])
            pid = int(self.zygote.recv(64) or b"0")
        except (OSError, ValueError):
            pid = 0
        finally:
            theirs.close()
        if pid <= 0:
            ours.close()
            self.free_uids.append(uid)
            if folder:
                shutil.rmtree(folder, ignore_errors=True)
            if pid == 0:
                raise ZygoteGone
            return False
        live = Live(uid, folder, cgroup=self._cgroup_name(uid, pid))
        if self.cgroups is not None:
            try:
                self.cgroups.add(live.cgroup, pid)
            except OSError:
                os.kill(pid, signal.SIGKILL)  # never a run without its whole-run limits
        self.prepared.append(Prepared(pid, ours))
        self.live[pid] = live
        return True

    def _cgroup_name(self, uid: int, pid: int) -> str:
        """One folder per uid slot when isolated, reused run after run (see _cgroups). A run
        without a PID namespace may leave processes behind, so it gets a folder of its own."""
        return f"slot{uid - self.first_uid}" if self.isolated else f"run{pid}"

    def spawn(self, message: dict[str, Any], job_fds: list[int]) -> None:
        """Hand the job's descriptors (its channel, its notes file) to a prepared run."""
        if not self.prepared:
            self.prepare()
        if not self.prepared:
            unstarted = {"op": "exited", "id": message["id"], "status": 75 << 8, "cpu": 0.0}
            self.send({**unstarted, "unstarted": True})
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
        # If the run died while waiting, sending fails and reap() reports its exit.
        with contextlib.suppress(OSError):
            socket.send_fds(child.sock, [b"job"], job_fds)
        child.sock.close()
        live.run_id = message["id"]

    def refill(self) -> None:
        """Keep runs prepared; after a failure, try again on the next turn of the loop."""
        while len(self.prepared) < self.spare and self.prepare():
            pass

    def reap(self) -> None:
        while True:
            try:
                pid, status, usage = os.wait4(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            if pid == self.zygote_pid:
                raise ZygoteGone
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
            if live.run_id is not None and live.report:
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
        if op == "run" and len(fds) == 2:
            self.spawn(message, fds)  # closed below: the run has its own copies
        elif op == "kill":
            for pid, live in self.live.items():
                if live.run_id == message["id"]:
                    os.kill(pid, signal.SIGKILL)
                    live.report = not message.get("quiet")
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
        except ZygoteGone:
            pass  # the grader sees the control socket close, and says the sandbox stopped
        finally:
            self.stop()

    def stop(self) -> None:
        """End every run, then the zygote; remove the cgroup folders."""
        for pid in list(self.live):
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        for pid in list(self.live):
            with contextlib.suppress(OSError):
                os.waitpid(pid, 0)
        if self.zygote is not None:
            self.zygote.close()  # the zygote sees the end of its socket and exits
            with contextlib.suppress(OSError):
                os.waitpid(self.zygote_pid, 0)
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

"""Whole-run limits with cgroups: memory and processes for every process of a run together,
and the run's total CPU time.

rlimits bound each process on its own; a run that forks can multiply them. A cgroup per run
bounds the sum. The template opens the cgroup folders before it chroots (the folders are not
visible afterwards) and works through directory descriptors from then on. Both cgroup v1
(``memory``, ``pids``, ``cpuacct`` hierarchies) and v2 (one unified hierarchy) are handled;
where neither is usable, runs keep their per-process rlimits only, and :attr:`available` says so.

Folders are kept and reused: one per uid slot, not one per run. Making and removing a memory
cgroup for every run cost about half a millisecond of CPU per grading (a tenth of the budget),
while attaching a process to an existing folder costs next to nothing; the files used for every
run (``cgroup.procs``, the counters) stay open. Reuse is safe because a
slot's next run only starts once every process of its last run is gone (an isolated run is
PID 1 of its own namespace: when it has been reaped, all of its processes have exited), and
the counters (CPU time, OOM kills) are read as the difference from where the last run left them.

Standard library only: the template process loads it.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field

ROOT = "/sys/fs/cgroup"
PREFIXES = ("slot", "run")  # our folders inside a template's own folder


def _own_path(controller: str) -> str:
    """This process's cgroup in a v1 hierarchy (or v2 when ``controller`` is empty)."""
    with open("/proc/self/cgroup", encoding="ascii") as handle:
        for line in handle:
            _, names, path = line.rstrip("\n").split(":", 2)
            if (controller and controller in names.split(",")) or (not controller and not names):
                return path
    return "/"


def _sweep(parent: str) -> None:
    """Remove the empty folders left by templates that died without cleaning up (kill -9)."""
    for name in os.listdir(parent):
        owner = name.removeprefix("pyroad-")
        if name.startswith("pyroad-") and owner.isdigit() and not os.path.exists(f"/proc/{owner}"):
            folder = os.path.join(parent, name)
            for run in os.listdir(folder):
                if run.startswith(PREFIXES):
                    with contextlib.suppress(OSError):
                        os.rmdir(os.path.join(folder, run))
            with contextlib.suppress(OSError):
                os.rmdir(folder)


@dataclass
class _Folder:
    """What a folder's counters read when its last run ended, the limits written to it, and
    its files that are used for every run, kept open (hierarchy -> descriptor)."""

    cpu_seconds: float = 0.0
    oom_kills: int = 0
    memory_bytes: int = -1
    processes: int = -1
    procs: dict[str, int] = field(default_factory=dict)
    counters: dict[str, int] = field(default_factory=dict)


class Cgroups:
    """Folders under a folder of our own, in each hierarchy used, reused from run to run."""

    def __init__(self, tag: str) -> None:
        self.tag = tag
        self.dirs: dict[str, int] = {}  # hierarchy -> descriptor of our own folder
        self.parents: dict[str, int] = {}  # hierarchy -> descriptor of the folder above it
        self.v2 = False
        self.folders: dict[str, _Folder] = {}
        with contextlib.suppress(OSError):
            self._open()

    @property
    def available(self) -> bool:
        return bool(self.dirs)

    def _make(self, key: str, parent: str) -> None:
        _sweep(parent)
        folder = os.path.join(parent, self.tag)
        os.makedirs(folder, exist_ok=True)
        self.dirs[key] = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        self.parents[key] = os.open(parent, os.O_RDONLY | os.O_DIRECTORY)

    def _open(self) -> None:
        v1 = {c: os.path.join(ROOT, c) for c in ("memory", "pids", "cpuacct")}
        if all(os.path.isdir(path) for path in v1.values()):
            for controller, path in v1.items():
                self._make(controller, path + _own_path(controller))
            return
        with open(os.path.join(ROOT, "cgroup.controllers"), encoding="ascii") as handle:
            controllers = handle.read().split()
        if {"memory", "pids", "cpu"} <= set(controllers):
            parent = ROOT + _own_path("")
            self._make("unified", parent)
            self.v2 = True
            with open(os.path.join(parent, self.tag, "cgroup.subtree_control"), "w") as handle:
                handle.write("+memory +pids +cpu")

    def _write(self, key: str, rel: str, value: str) -> None:
        fd = os.open(rel, os.O_WRONLY, dir_fd=self.dirs[key])
        try:
            os.write(fd, value.encode())
        finally:
            os.close(fd)

    def _read(self, name: str, key: str, rel: str) -> str:
        """A counter file of the folder ``name``, opened once and read again from the start."""
        counters = self.folders[name].counters
        fd = counters.get(rel)
        if fd is None:
            fd = counters[rel] = os.open(f"{name}/{rel}", os.O_RDONLY, dir_fd=self.dirs[key])
        return os.pread(fd, 8192, 0).decode()

    def add(self, name: str, pid: int) -> None:
        """Put ``pid`` (and so all it will start) in the folder ``name``, made if it is new."""
        folder = self.folders.get(name) or self._make_folder(name)
        for procs in folder.procs.values():
            os.write(procs, b"%d" % pid)

    def _make_folder(self, name: str) -> _Folder:
        """A folder in every hierarchy, known only once all of them are ready."""
        folder = _Folder()
        try:
            for key, fd in self.dirs.items():
                with contextlib.suppress(FileExistsError):
                    os.mkdir(name, dir_fd=fd)
                folder.procs[key] = os.open(f"{name}/cgroup.procs", os.O_WRONLY, dir_fd=fd)
        except OSError:
            for procs in folder.procs.values():
                os.close(procs)
            raise
        self.folders[name] = folder
        return folder

    def limit(self, name: str, memory_bytes: int, processes: int) -> None:
        """Bound the folder's processes together; a limit already in place is not rewritten."""
        folder = self.folders[name]
        if folder.memory_bytes != memory_bytes:
            folder.memory_bytes = -1  # unknown until the writes below have all succeeded
            if self.v2:
                self._write("unified", f"{name}/memory.max", str(memory_bytes))
                self._write("unified", f"{name}/memory.swap.max", "0")
            else:
                self._write("memory", f"{name}/memory.limit_in_bytes", str(memory_bytes))
            folder.memory_bytes = memory_bytes
        if folder.processes != processes:
            folder.processes = -1
            key = "unified" if self.v2 else "pids"
            self._write(key, f"{name}/pids.max", str(processes))
            folder.processes = processes

    def _cpu_total(self, name: str) -> float:
        if self.v2:
            for line in self._read(name, "unified", "cpu.stat").splitlines():
                if line.startswith("usage_usec "):
                    return int(line.split()[1]) / 1e6
            return 0.0
        return int(self._read(name, "cpuacct", "cpuacct.usage")) / 1e9

    def _oom_total(self, name: str) -> int:
        key, rel = ("unified", "memory.events") if self.v2 else ("memory", "memory.oom_control")
        kills = 0
        for line in self._read(name, key, rel).splitlines():
            field, _, value = line.partition(" ")
            if field == "oom_kill":
                kills += int(value)
        return kills

    def cpu_seconds(self, name: str) -> float:
        """CPU time used by every process of the folder's current run so far."""
        return self._cpu_total(name) - self.folders[name].cpu_seconds

    def finish(self, name: str) -> tuple[float, bool]:
        """The CPU time of the run that just ended in ``name``, and whether the kernel had to
        kill one of its processes for memory; the folder is then ready for its next run."""
        folder = self.folders[name]
        cpu, kills = self._cpu_total(name), self._oom_total(name)
        used, oom = cpu - folder.cpu_seconds, kills > folder.oom_kills
        folder.cpu_seconds, folder.oom_kills = cpu, kills
        return used, oom

    def remove(self, name: str) -> None:
        """Remove the folder ``name`` (it must hold no process any more)."""
        folder = self.folders.pop(name, None)
        if folder is not None:
            for fd in [*folder.procs.values(), *folder.counters.values()]:
                os.close(fd)
        for fd in self.dirs.values():
            with contextlib.suppress(OSError):
                os.rmdir(name, dir_fd=fd)

    def close(self) -> None:
        """Remove every folder, then our own (no process may be left in any of them)."""
        for name in list(self.folders):
            self.remove(name)
        for key, fd in self.parents.items():
            with contextlib.suppress(OSError):
                os.rmdir(self.tag, dir_fd=fd)
            os.close(fd)
            os.close(self.dirs[key])
        self.dirs.clear()
        self.parents.clear()

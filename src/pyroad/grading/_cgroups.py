"""Whole-run limits with cgroups: memory and processes for every process of a run together,
and the run's total CPU time.

rlimits bound each process on its own; a run that forks can multiply them. A cgroup per run
bounds the sum. The template opens the cgroup folders before it chroots (the folders are not
visible afterwards) and works through directory descriptors from then on. Both cgroup v1
(``memory``, ``pids``, ``cpuacct`` hierarchies) and v2 (one unified hierarchy) are handled;
where neither is usable, runs keep their per-process rlimits only, and :attr:`available` says so.

Standard library only: the template process loads it.
"""

from __future__ import annotations

import contextlib
import os

ROOT = "/sys/fs/cgroup"


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
                if run.startswith("run"):
                    with contextlib.suppress(OSError):
                        os.rmdir(os.path.join(folder, run))
            with contextlib.suppress(OSError):
                os.rmdir(folder)


class Cgroups:
    """One folder per run under a folder of our own, in each hierarchy used."""

    def __init__(self, tag: str) -> None:
        self.tag = tag
        self.dirs: dict[str, int] = {}  # hierarchy -> descriptor of our own folder
        self.parents: dict[str, int] = {}  # hierarchy -> descriptor of the folder above it
        self.v2 = False
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

    def _read(self, key: str, rel: str) -> str:
        fd = os.open(rel, os.O_RDONLY, dir_fd=self.dirs[key])
        try:
            return os.read(fd, 8192).decode()
        finally:
            os.close(fd)

    def add(self, name: str, pid: int) -> None:
        """A folder for the run ``name``, holding ``pid`` (and so all it will start)."""
        for key, fd in self.dirs.items():
            os.mkdir(name, dir_fd=fd)
            self._write(key, f"{name}/cgroup.procs", str(pid))

    def limit(self, name: str, memory_bytes: int, processes: int) -> None:
        if self.v2:
            self._write("unified", f"{name}/memory.max", str(memory_bytes))
            self._write("unified", f"{name}/memory.swap.max", "0")
            self._write("unified", f"{name}/pids.max", str(processes))
        elif self.dirs:
            self._write("memory", f"{name}/memory.limit_in_bytes", str(memory_bytes))
            self._write("pids", f"{name}/pids.max", str(processes))

    def cpu_seconds(self, name: str) -> float:
        """CPU time used by every process of the run so far."""
        if self.v2:
            for line in self._read("unified", f"{name}/cpu.stat").splitlines():
                if line.startswith("usage_usec "):
                    return int(line.split()[1]) / 1e6
            return 0.0
        return int(self._read("cpuacct", f"{name}/cpuacct.usage")) / 1e9

    def out_of_memory(self, name: str) -> bool:
        if self.v2:
            events = self._read("unified", f"{name}/memory.events")
            return any(
                line.split()[0] in ("oom", "oom_kill", "max") and int(line.split()[1]) > 0
                for line in events.splitlines()
            )
        return int(self._read("memory", f"{name}/memory.failcnt")) > 0

    def remove(self, name: str) -> None:
        for fd in self.dirs.values():
            with contextlib.suppress(OSError):
                os.rmdir(name, dir_fd=fd)

    def close(self) -> None:
        """Remove our own folders (every run's folder must be gone already)."""
        for key, fd in self.parents.items():
            with contextlib.suppress(OSError):
                os.rmdir(self.tag, dir_fd=fd)
            os.close(fd)
            os.close(self.dirs[key])
        self.dirs.clear()
        self.parents.clear()

"""The seccomp filter for sandboxed runs, compiled once in the trusted grader with libseccomp.

A deny list: CPython needs a wide range of ordinary system calls, while the calls below are the
ones hostile code would use to reach the network, other processes, the kernel or the namespace
set-up. Each returns EPERM (``PermissionError`` in Python), except ``clone3``, which answers
ENOSYS so that the C library falls back to ``clone``, whose flags the filter can inspect.
Architectures other than the native one are killed outright (no 32-bit syscall tricks).
"""

from __future__ import annotations

import errno
import tempfile

DENIED = (
    # network: no sockets at all (socketpair stays, for pipes between the run's own processes)
    "socket", "connect", "bind", "listen", "accept", "accept4", "sendto", "sendmsg", "sendmmsg",
    # other processes' memory and tracing
    "ptrace", "process_vm_readv", "process_vm_writev", "kcmp", "pidfd_getfd",
    # System V and POSIX IPC (impossible anyway in the runs' IPC namespace: no object can exist)
    "shmget", "msgget", "semget", "mq_open",
    # namespaces and file-system views
    "mount", "umount2", "pivot_root", "chroot", "unshare", "setns", "fsopen", "fsmount",
    "fsconfig", "move_mount", "open_tree", "mount_setattr",
    "open_by_handle_at", "name_to_handle_at",
    # the kernel itself
    "bpf", "perf_event_open", "userfaultfd", "io_uring_setup", "io_uring_enter",
    "io_uring_register", "keyctl", "add_key", "request_key", "init_module", "finit_module",
    "delete_module", "kexec_load", "kexec_file_load", "reboot", "swapon", "swapoff", "acct",
    "quotactl", "syslog", "vhangup", "settimeofday", "clock_settime", "clock_adjtime",
    "adjtimex", "iopl", "ioperm", "personality", "lookup_dcookie", "fanotify_init",
    "ioprio_set",
)  # fmt: skip
# CLONE_NEWNS, NEWCGROUP, NEWUTS, NEWIPC, NEWUSER, NEWPID, NEWNET: a run may fork, never nest.
NAMESPACE_FLAGS = (
    0x00020000,
    0x02000000,
    0x04000000,
    0x08000000,
    0x10000000,
    0x20000000,
    0x40000000,
)


def compile_filter() -> bytes | None:
    """The BPF program as bytes, or None when libseccomp is not available on this machine."""
    try:
        import pyseccomp as sc
    except (ImportError, OSError):
        return None
    try:
        rules = sc.SyscallFilter(defaction=sc.ALLOW)
        for name in DENIED:
            try:
                rules.add_rule(sc.ERRNO(errno.EPERM), name)
            except (ValueError, RuntimeError, OSError):
                continue  # a call this kernel/architecture does not have
        rules.add_rule(sc.ERRNO(errno.ENOSYS), "clone3")
        for flag in NAMESPACE_FLAGS:
            rules.add_rule(sc.ERRNO(errno.EPERM), "clone", sc.Arg(0, sc.MASKED_EQ, flag, flag))
        with tempfile.TemporaryFile() as handle:
            rules.export_bpf(handle)
            handle.seek(0)
            return handle.read()
    except (RuntimeError, OSError, ValueError):
        return None

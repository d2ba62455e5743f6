"""Hostile submissions and the instruments that watch what they do (for test_red_team.py).

An :class:`Attack` is a learner submission written to cheat or to break out: its source holds
``@NAME@`` placeholders (the test's listening ports, canary folder, a unique token for the files it
tries to write) filled in by :meth:`Attack.files`. The instruments see the host from outside the
sandbox: :class:`Watch` (files written), :class:`Listeners` (connections made) and
:func:`leftovers` (processes still running with one of the sandbox's uids).
"""

from __future__ import annotations

import ast
import contextlib
import hashlib
import os
import shutil
import socket
import stat
import textwrap
import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

FUNCTION = "running-totals"  # learner file solution.py with running_totals(amounts, start=0)
PROGRAM = "line-stats"  # learner file main.py, reads stdin
QUALITY = "running-totals+quality"  # the same exercise with a `quality:` block (runs ruff)


@dataclass(frozen=True)
class Attack:
    id: str
    category: str
    source: str
    exercise: str = FUNCTION
    extra: Mapping[str, str] = field(default_factory=dict)  # more file names -> sources
    expect_limit: bool = False  # it can only end by hitting a limit, which must be named
    linger: float = 0.0  # seconds to keep watching after the verdict (delayed writes)

    def files(self, context: Mapping[str, str]) -> dict[str, str]:
        main = "main.py" if self.exercise == PROGRAM else "solution.py"
        named = {main: self.source, **self.extra}
        return {fill(name, context): fill(text, context) for name, text in named.items()}


def fill(text: str, context: Mapping[str, str]) -> str:
    text = textwrap.dedent(text).lstrip("\n")
    for key, value in context.items():
        text = text.replace(f"@{key}@", value)
    return text


WRONG = """
def running_totals(amounts, start=0):
    return []
"""

# Answers a learner can copy from the statement (the checks marked reveal=True).
STATEMENT_ANSWERS = {0: [5, 3, 13], 1: [105, 103, 113], 2: []}
PROGRAM_ANSWERS = {
    0: {"stdout": "2 3 16\n", "exit_code": 0, "files": {}},
    1: {"stdout": "2\n", "exit_code": 0, "files": {}},
    5: {"stdout": "", "exit_code": 2, "files": {}},
}

ATTACKS: tuple[Attack, ...] = (
    # -- endless loops ------------------------------------------------------------------------
    Attack(
        "infinite-loop",
        "loop",
        """
        def running_totals(amounts, start=0):
            while True:
                pass
        """,
        expect_limit=True,
    ),
    Attack(
        "busy-loop-ignoring-every-signal",
        "loop",
        """
        import signal

        for sig in signal.valid_signals():
            try:
                signal.signal(sig, signal.SIG_IGN)
            except (OSError, ValueError):
                pass


        def running_totals(amounts, start=0):
            n = 0
            while True:
                n += 1
        """,
        expect_limit=True,
    ),
    Attack(
        "sleep-forever-at-import",
        "loop",
        """
        import time

        time.sleep(10**6)


        def running_totals(amounts, start=0):
            return []
        """,
        expect_limit=True,
    ),
    Attack(
        "loop-that-swallows-every-exception",
        "loop",
        """
        def running_totals(amounts, start=0):
            while True:
                try:
                    while True:
                        [0] * 1000
                except BaseException:
                    pass
        """,
        expect_limit=True,
    ),
    Attack(
        "program-infinite-loop",
        "loop",
        """
        while True:
            pass
        """,
        exercise=PROGRAM,
        expect_limit=True,
    ),
    # -- fork bombs ---------------------------------------------------------------------------
    Attack(
        "fork-bomb-os-fork",
        "fork",
        """
        import os


        def running_totals(amounts, start=0):
            while True:
                try:
                    os.fork()
                except OSError:
                    pass
        """,
        expect_limit=True,
    ),
    Attack(
        "fork-bomb-multiprocessing",
        "fork",
        """
        import multiprocessing


        def spin():
            while True:
                pass


        def running_totals(amounts, start=0):
            workers = []
            for _ in range(200):
                try:
                    worker = multiprocessing.Process(target=spin, daemon=False)
                    worker.start()
                    workers.append(worker)
                except Exception:
                    pass
            return [len(workers)]
        """,
    ),
    Attack(
        "fork-bomb-shell",
        "fork",
        """
        import subprocess

        try:
            subprocess.Popen(["/bin/sh", "-c", "b() { b | b & }; b"])
        except OSError:
            pass


        def running_totals(amounts, start=0):
            return []
        """,
    ),
    Attack(
        "program-fork-bomb",
        "fork",
        """
        import os

        while True:
            try:
                os.fork()
            except OSError:
                pass
        """,
        exercise=PROGRAM,
        expect_limit=True,
    ),
    # -- memory bombs -------------------------------------------------------------------------
    Attack(
        "memory-bomb-list",
        "memory",
        """
        def running_totals(amounts, start=0):
            hoard = []
            while True:
                hoard.append([start] * 10**7)
        """,
        expect_limit=True,
    ),
    Attack(
        "memory-bomb-bytearray-at-import",
        "memory",
        """
        blocks = []
        size = 1 << 20
        while True:
            blocks.append(bytearray(size))
            size *= 2


        def running_totals(amounts, start=0):
            return []
        """,
        expect_limit=True,
    ),
    # -- disk floods --------------------------------------------------------------------------
    Attack(
        "disk-flood-cwd",
        "disk",
        """
        import os

        chunk = b"x" * (1 << 20)
        for n in range(100000):
            try:
                with open(f"flood-{n}", "wb") as handle:
                    while True:
                        handle.write(chunk)
            except OSError:
                if n > 200:
                    break


        def running_totals(amounts, start=0):
            return []
        """,
    ),
    Attack(
        "disk-flood-tmp-shm-var-tmp-canary-src",
        "disk",
        """
        import os

        TARGETS = [
            "/tmp/@TOKEN@-flood",
            "/dev/shm/@TOKEN@-flood",
            "/var/tmp/@TOKEN@-flood",
            "@CANARY_DIR@/@TOKEN@-flood",
            "@SRC_DIR@/@TOKEN@-flood.py",
        ]
        chunk = b"x" * (1 << 20)
        WROTE = {}
        for target in TARGETS:
            try:
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with open(target, "wb") as handle:
                    for _ in range(64):
                        handle.write(chunk)
                WROTE[target] = "written"
            except OSError as exc:
                WROTE[target] = exc.strerror


        def running_totals(amounts, start=0):
            return WROTE
        """,
    ),
    Attack(
        "many-small-files",
        "disk",
        """
        import os

        os.makedirs("/tmp/@TOKEN@-many", exist_ok=True)
        for n in range(10**7):
            try:
                os.close(os.open(f"/tmp/@TOKEN@-many/{n}", os.O_CREAT | os.O_WRONLY))
            except OSError:
                break


        def running_totals(amounts, start=0):
            return []
        """,
        # The tmpfs holds 8192 inodes: creation fails (ENOSPC), which the attack itself catches.
        expect_limit=False,
    ),
    # -- output floods ------------------------------------------------------------------------
    Attack(
        "print-flood-function",
        "output",
        """
        def running_totals(amounts, start=0):
            while True:
                try:
                    print("spam " * 200)
                except OSError:
                    pass
        """,
        expect_limit=True,
    ),
    Attack(
        "stderr-flood-at-import",
        "output",
        """
        import sys

        for _ in range(10**6):
            sys.stderr.write("x" * 4096)


        def running_totals(amounts, start=0):
            return []
        """,
    ),
    Attack(
        "flood-every-inherited-fd",
        "output",
        """
        import os

        junk = b"{" * 65536
        for _ in range(1000):
            for fd in range(64):
                try:
                    os.write(fd, junk)
                except OSError:
                    pass


        def running_totals(amounts, start=0):
            return []
        """,
        expect_limit=True,
    ),
    Attack(
        "program-stdout-flood",
        "output",
        """
        import sys

        while True:
            sys.stdout.write("2 3 16\\n" * 10000)
        """,
        exercise=PROGRAM,
    ),
    # -- network ------------------------------------------------------------------------------
    Attack(
        "tcp-connect-to-the-test-host",
        "network",
        """
        import socket

        RESULTS = []
        for host in ("127.0.0.1", "localhost", "10.0.2.2", "172.17.0.1"):
            try:
                with socket.create_connection((host, @TCP_PORT@), timeout=0.5) as conn:
                    conn.sendall(b"GET /expected HTTP/1.0\\r\\n\\r\\n")
                    RESULTS.append(conn.recv(100).decode())
            except OSError as exc:
                RESULTS.append(type(exc).__name__)


        def running_totals(amounts, start=0):
            return RESULTS
        """,
    ),
    Attack(
        "udp-sendto",
        "network",
        """
        import socket

        try:
            sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            for _ in range(100):
                sock.sendto(b"exfiltrated", ("127.0.0.1", @UDP_PORT@))
        except OSError:
            pass


        def running_totals(amounts, start=0):
            return []
        """,
    ),
    Attack(
        "abstract-unix-socket",
        "network",
        """
        import socket

        try:
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            sock.connect("\\0@UNIX_NAME@")
            sock.sendall(b"hello grader")
        except OSError:
            pass


        def running_totals(amounts, start=0):
            return []
        """,
    ),
    Attack(
        "socket-through-raw-libc-calls",
        "network",
        """
        import ctypes
        import struct

        libc = ctypes.CDLL(None, use_errno=True)
        fd = libc.socket(2, 1, 0)
        ERRORS = [fd, ctypes.get_errno()]
        if fd >= 0:
            address = struct.pack("!HH4s8x", 2, @TCP_PORT@, bytes([127, 0, 0, 1]))
            address = struct.pack("=H", 2) + address[2:]
            ERRORS.append(libc.connect(fd, address, len(address)))


        def running_totals(amounts, start=0):
            return ERRORS
        """,
    ),
    Attack(
        "socket-through-the-x32-syscall-abi",
        "network",
        """
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.syscall.restype = ctypes.c_long
        X32 = 0x40000000
        fd = libc.syscall(ctypes.c_long(X32 | 41), 2, 1, 0)  # socket(AF_INET, SOCK_STREAM)


        def running_totals(amounts, start=0):
            return [fd]
        """,
    ),
    Attack(
        "socketcall-through-the-i386-abi",
        "network",
        """
        import ctypes
        import mmap
        import platform

        RESULT = "not x86_64"
        if platform.machine() == "x86_64":
            # mov eax, 102 (socketcall); mov ebx, 1 (SYS_SOCKET); xor ecx, ecx; int 0x80; ret
            code = b"\\xb8\\x66\\x00\\x00\\x00\\xbb\\x01\\x00\\x00\\x00\\x31\\xc9\\xcd\\x80\\xc3"
            prot = mmap.PROT_READ | mmap.PROT_WRITE | mmap.PROT_EXEC
            page = mmap.mmap(-1, mmap.PAGESIZE, prot=prot)
            page.write(code)
            address = ctypes.addressof(ctypes.c_char.from_buffer(page))
            RESULT = ctypes.CFUNCTYPE(ctypes.c_long)(address)()


        def running_totals(amounts, start=0):
            return [RESULT]
        """,
    ),
    # -- snooping for the reference, the checks, the expected values -------------------------
    Attack(
        "walk-the-filesystem-for-the-reference",
        "snoop",
        """
        import os

        FOUND = []
        for root, dirs, files in os.walk("/"):
            if root.startswith("/proc"):
                dirs[:] = []
                continue
            if "reference" in dirs or "checks.py" in files or "packs" in root:
                FOUND.append(root)
            if os.path.basename(root) == "running-totals" and "reference" in dirs:
                with open(os.path.join(root, "reference", "solution.py")) as handle:
                    exec(handle.read())  # defines running_totals: the real answer
                break
        else:

            def running_totals(amounts, start=0):
                return FOUND
        """,
    ),
    Attack(
        "read-the-pack-by-its-host-path",
        "snoop",
        """
        PLACES = [
            "@BUILTIN_PACK@/exercises/running-totals/reference/solution.py",
            "@PACK_DIR@/exercises/running-totals/reference/solution.py",
            "@SRC_DIR@/pyroad/content/packs/python-developer/exercises/running-totals"
            "/reference/solution.py",
        ]
        ERRORS = []
        for place in PLACES:
            try:
                with open(place) as handle:
                    exec(handle.read())
                break
            except OSError as exc:
                ERRORS.append(exc.strerror)
        else:

            def running_totals(amounts, start=0):
                return ERRORS
        """,
    ),
    Attack(
        "proc-environ-cmdline-and-mounts-for-hints",
        "snoop",
        """
        import os
        import re

        TEXT = []
        for path in ["/proc/1/environ", "/proc/self/mounts", "/proc/self/mountinfo"] + [
            f"/proc/{pid}/cmdline" for pid in os.listdir("/proc") if pid.isdigit()
        ]:
            try:
                with open(path, "rb") as handle:
                    TEXT.append(handle.read().decode("utf-8", "replace"))
            except OSError:
                pass
        prefixes = set(re.findall(r"(/[\\w./-]+)", " ".join(TEXT)))
        for prefix in prefixes:
            for tail in ("", "/pyroad", "/src/pyroad", "/../src/pyroad", "/../../../src/pyroad"):
                place = (
                    prefix + tail + "/content/packs/python-developer/exercises"
                    "/running-totals/reference/solution.py"
                )
                if os.path.exists(place):
                    with open(place) as handle:
                        exec(handle.read())
        if "running_totals" not in globals():

            def running_totals(amounts, start=0):
                return sorted(prefixes)[:50]
        """,
    ),
    Attack(
        "read-host-secrets",
        "snoop",
        """
        STOLEN = {}
        for place in [
            "/etc/shadow",
            "/root/.bash_history",
            "/root/.ssh/id_rsa",
            "@DATA_DIR@/pyroad.sqlite3",
            "@CANARY_DIR@/secret.txt",
        ]:
            try:
                with open(place, "rb") as handle:
                    STOLEN[place] = handle.read(200).hex()
            except OSError as exc:
                STOLEN[place] = exc.strerror


        def running_totals(amounts, start=0):
            return STOLEN
        """,
    ),
    Attack(
        "program-reads-the-reference",
        "snoop",
        """
        import runpy
        import sys

        for place in [
            "@BUILTIN_PACK@/exercises/line-stats/reference/main.py",
            "@PACK_DIR@/exercises/line-stats/reference/main.py",
        ]:
            try:
                runpy.run_path(place, run_name="__main__")
            except OSError:
                continue
        print("0 0 0")
        sys.exit(0)
        """,
        exercise=PROGRAM,
    ),
    # -- signalling the grader ----------------------------------------------------------------
    Attack(
        "kill-every-pid",
        "signal",
        """
        import os
        import signal

        for pid in range(1, 65536):
            if pid != os.getpid():
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass


        def running_totals(amounts, start=0):
            return []
        """,
    ),
    Attack(
        "kill-minus-one-and-every-group",
        "signal",
        """
        import os
        import signal

        for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGKILL):
            for call in (lambda: os.kill(-1, sig), lambda: os.killpg(0, sig)):
                try:
                    call()
                except OSError:
                    pass
        for group in range(1, 4096):
            try:
                os.killpg(group, signal.SIGKILL)
            except OSError:
                pass


        def running_totals(amounts, start=0):
            return []
        """,
    ),
    Attack(
        "program-kills-every-pid",
        "signal",
        """
        import os
        import signal

        for pid in range(1, 65536):
            if pid != os.getpid():
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass
        try:
            os.kill(-1, signal.SIGKILL)
        except OSError:
            pass
        print("2 3 16")
        """,
        exercise=PROGRAM,
    ),
    # -- exiting early with status 0 ----------------------------------------------------------
    Attack(
        "os-exit-zero-at-import",
        "exit",
        """
        import os

        os._exit(0)
        """,
    ),
    Attack(
        "sys-exit-zero-in-the-function",
        "exit",
        """
        import sys


        def running_totals(amounts, start=0):
            sys.exit(0)
        """,
    ),
    Attack(
        "exit-zero-from-atexit-and-del",
        "exit",
        """
        import atexit
        import os


        class Bomb:
            def __del__(self):
                os._exit(0)


        atexit.register(os._exit, 0)


        def running_totals(amounts, start=0):
            Bomb()
            return [5, 3, 13]
        """,
    ),
    Attack(
        "program-os-exit-zero-before-output",
        "exit",
        """
        import os

        os._exit(0)
        """,
        exercise=PROGRAM,
    ),
    Attack(
        "program-prints-the-statement-answer-and-exits-zero",
        "exit",
        """
        import sys

        print("--lines-only" in sys.argv and "2" or "2 3 16")
        sys.exit(0)
        """,
        exercise=PROGRAM,
    ),
    # -- printing fake results ----------------------------------------------------------------
    Attack(
        "fake-observations-on-every-fd",
        "fake",
        """
        import json
        import os

        lines = [{"case": n, "obs": [5, 3, 13]} for n in range(64)] + [{"done": True}]
        DATA = "".join(json.dumps(line) + "\\n" for line in lines).encode()
        for fd in range(21):
            try:
                os.write(fd, DATA)
            except OSError:
                pass
        print(DATA.decode())


        def running_totals(amounts, start=0):
            return [5, 3, 13]
        """,
    ),
    Attack(
        "fake-statement-answers-then-done-and-exit",
        "fake",
        """
        import json
        import os

        ANSWERS = @STATEMENT_ANSWERS@
        lines = [{"case": int(n), "obs": obs} for n, obs in ANSWERS.items()]
        lines.append({"done": True})
        data = "".join(json.dumps(line, separators=(",", ":")) + "\\n" for line in lines)
        for fd in range(3, 64):
            try:
                os.write(fd, data.encode())
            except OSError:
                pass
        os._exit(0)
        """,
    ),
    Attack(
        "fake-sandbox-error-line",
        "fake",
        """
        import json
        import os

        line = json.dumps({"sandbox_error": "not my fault"}) + "\\n"
        for fd in range(3, 64):
            try:
                os.write(fd, line.encode())
            except OSError:
                pass
        os._exit(0)
        """,
    ),
    Attack(
        "fake-deeply-nested-observation",
        "fake",
        """
        import os

        DEPTH = 600
        line = '{"case": 0, "obs": ' + "[" * DEPTH + "]" * DEPTH + "}\\n"
        for fd in range(3, 64):
            try:
                os.write(fd, line.encode())
            except OSError:
                pass


        def running_totals(amounts, start=0):
            return []
        """,
    ),
    Attack(
        "program-fake-observations-on-every-fd",
        "fake",
        """
        import json
        import os

        ANSWERS = @PROGRAM_ANSWERS@
        lines = [{"case": int(n), "obs": obs} for n, obs in ANSWERS.items()]
        lines.append({"done": True})
        data = "".join(json.dumps(line) + "\\n" for line in lines).encode()
        for fd in range(21):
            try:
                os.write(fd, data)
            except OSError:
                pass
        print("2 3 16")
        """,
        exercise=PROGRAM,
    ),
    # -- patching the test framework ----------------------------------------------------------
    Attack(
        "fake-pytest-and-unittest",
        "patch",
        """
        import sys
        import types
        import unittest

        fake = types.ModuleType("pytest")
        fake.main = lambda *args, **kwargs: 0
        fake.approx = lambda value, **kwargs: value
        sys.modules["pytest"] = fake
        unittest.TestCase.run = lambda self, result=None: result
        unittest.main = lambda *args, **kwargs: None
        try:
            from pyroad.grading import compare

            compare.equal = lambda *args: True
            compare.compare = lambda *args: None
        except ImportError:
            pass


        def running_totals(amounts, start=0):
            return None
        """,
    ),
    Attack(
        "monkeypatch-json-dumps",
        "patch",
        """
        import json

        _real = json.dumps
        json.dumps = lambda obj, *args, **kwargs: '{"case": 0, "obs": [5, 3, 13]}'


        def running_totals(amounts, start=0):
            return None
        """,
    ),
    Attack(
        "patch-observe-encode",
        "patch",
        """
        from pyroad.grading import observe

        observe.encode = lambda value: [5, 3, 13]


        def running_totals(amounts, start=0):
            return None
        """,
    ),
    Attack(
        "patch-channel-send",
        "patch",
        """
        from pyroad.grading import _child

        ANSWERS = @STATEMENT_ANSWERS@
        _real_send = _child.Channel.send


        def send(self, message):
            if "case" in message:
                message = {"case": message["case"], "obs": ANSWERS.get(message["case"], True)}
            _real_send(self, message)


        _child.Channel.send = send


        def running_totals(amounts, start=0):
            return None
        """,
    ),
    Attack(
        "patch-the-probe-in-the-checks-module",
        "patch",
        """
        import sys

        checks = sys.modules.get("pyroad_checks")
        if checks is not None:
            for name in dir(checks):
                if callable(getattr(checks, name)) and name.islower():
                    setattr(checks, name, lambda *args, **kwargs: True)


        def running_totals(amounts, start=0):
            amounts.append(0)
            return [5, 3, 13]
        """,
    ),
    Attack(
        "patch-builtins-type-and-isinstance",
        "patch",
        """
        import builtins


        class Liar(list):
            def __eq__(self, other):
                return True


        _real_type = builtins.type
        builtins.type = lambda *args: list if len(args) == 1 else _real_type(*args)
        builtins.isinstance = lambda obj, kind: True


        def running_totals(amounts, start=0):
            return Liar([5, 3, 13])
        """,
    ),
    # -- lying objects ------------------------------------------------------------------------
    Attack(
        "always-equal-object",
        "lying",
        """
        class AlwaysEqual:
            def __eq__(self, other):
                return True

            def __ne__(self, other):
                return False

            def __hash__(self):
                return 0

            def __repr__(self):
                return "[5, 3, 13]"


        def running_totals(amounts, start=0):
            return AlwaysEqual()
        """,
    ),
    Attack(
        "list-subclass-lying-eq-iter-repr",
        "lying",
        """
        class Liar(list):
            def __eq__(self, other):
                return True

            def __ne__(self, other):
                return False

            __hash__ = None

            def __iter__(self):
                return iter([5, 3, 13])

            def __repr__(self):
                return "[5, 3, 13]"

            def __len__(self):
                return 3


        def running_totals(amounts, start=0):
            return Liar()
        """,
    ),
    Attack(
        "int-str-float-subclasses",
        "lying",
        """
        class Int(int):
            def __eq__(self, other):
                return True

            __hash__ = int.__hash__


        class Str(str):
            def __eq__(self, other):
                return True

            __hash__ = str.__hash__


        class Float(float):
            def __eq__(self, other):
                return True

            __hash__ = float.__hash__


        def running_totals(amounts, start=0):
            return [Int(5), Str("3"), Float(13.0)]
        """,
    ),
    Attack(
        "object-lying-about-its-class",
        "lying",
        """
        class Mask:
            __class__ = property(lambda self: list)

            def __eq__(self, other):
                return True

            def __iter__(self):
                return iter([])


        def running_totals(amounts, start=0):
            return [Mask() for _ in amounts]
        """,
    ),
    # -- inspecting frames and memory ---------------------------------------------------------
    Attack(
        "frame-walk-and-inspect-stack",
        "inspect",
        """
        import inspect
        import sys


        def running_totals(amounts, start=0):
            frame, found = sys._getframe(1), []
            while frame is not None:
                for name, value in frame.f_locals.items():
                    if any(word in name for word in ("expect", "answer", "reference", "want")):
                        found.append(value)
                frame = frame.f_back
            for info in inspect.stack():
                found += [v for k, v in info.frame.f_locals.items() if k == "expected"]
            return found[0] if found else []
        """,
    ),
    Attack(
        "gc-search-for-the-reference-or-expected-values",
        "inspect",
        """
        import gc

        MINE = open(__file__).read()


        def running_totals(amounts, start=0):
            gc.unfreeze()
            for obj in gc.get_objects():
                for item in gc.get_referents(obj):
                    if type(item) is str and "def running_totals(" in item and item != MINE:
                        scope = {}
                        try:
                            exec(item, scope)
                            return scope["running_totals"](amounts, start)
                        except Exception:
                            continue
            # no reference: look for a list that starts where the answer would
            for obj in gc.get_objects():
                if type(obj) is list and len(obj) == len(amounts) and obj is not amounts:
                    if obj and obj[0] == start + amounts[0]:
                        return obj
            return []
        """,
    ),
    # -- awkward return values ----------------------------------------------------------------
    Attack(
        "cyclic-list",
        "returns",
        """
        def running_totals(amounts, start=0):
            loop = [5, 3]
            loop.append(loop)
            return loop
        """,
    ),
    Attack(
        "million-element-list",
        "returns",
        """
        def running_totals(amounts, start=0):
            return list(range(10**6))
        """,
    ),
    Attack(
        "deeply-nested-list",
        "returns",
        """
        def running_totals(amounts, start=0):
            nest = [5, 3, 13]
            for _ in range(10**5):
                nest = [nest]
            return nest
        """,
    ),
    Attack(
        "googol-sized-int",
        "returns",
        """
        def running_totals(amounts, start=0):
            return [10**100000]
        """,
    ),
    Attack(
        "huge-string-and-odd-keys",
        "returns",
        """
        def running_totals(amounts, start=0):
            return {frozenset([1]): "x" * 10**7, (1, 2): float("nan"), b"k": {1, "a"}}
        """,
    ),
    # -- processes left behind ----------------------------------------------------------------
    Attack(
        "double-forked-daemon-writing-later",
        "leftover",
        """
        import os
        import time


        def later():
            time.sleep(1.5)
            for place in ("/tmp/@TOKEN@-late", "@CANARY_DIR@/@TOKEN@-late", "@TOKEN@-late"):
                try:
                    with open(place, "w") as handle:
                        handle.write("still alive")
                except OSError:
                    pass
            time.sleep(3600)


        if os.fork() == 0:
            os.setsid()
            if os.fork() == 0:
                later()
            os._exit(0)


        def running_totals(amounts, start=0):
            return []
        """,
        linger=2.0,
    ),
    Attack(
        "daemon-that-ignores-signals-and-execs-sleep",
        "leftover",
        """
        import os
        import signal
        import subprocess

        for sig in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
            signal.signal(sig, signal.SIG_IGN)
        try:
            subprocess.Popen(["/bin/sleep", "3600"], start_new_session=True)
        except OSError:
            pass
        if os.fork() == 0:
            os.setsid()
            while True:
                signal.pause()


        def running_totals(amounts, start=0):
            return []
        """,
        linger=1.0,
    ),
    Attack(
        "program-daemon-left-behind",
        "leftover",
        """
        import os
        import time

        if os.fork() == 0:
            os.setsid()
            if os.fork() == 0:
                time.sleep(1.5)
                with open("/tmp/@TOKEN@-program-late", "w") as handle:
                    handle.write("still alive")
                time.sleep(3600)
            os._exit(0)
        print("2 3 16")
        """,
        exercise=PROGRAM,
        linger=2.0,
    ),
    Attack(
        "program-plants-files-for-the-next-case",
        "leftover",
        """
        import os

        for n in range(1, 10):
            try:
                os.symlink("/proc/1/root", f"/tmp/work/.case-{n}")
            except OSError:
                pass
        try:
            os.remove("/tmp/work/main.py")
        except OSError:
            pass
        print("2 3 16")
        """,
        exercise=PROGRAM,
    ),
    # -- extra files and path traversal in the submission dict --------------------------------
    Attack(
        "planted-framework-files",
        "files",
        """
        try:
            from helper_cheat import running_totals
        except ImportError:

            def running_totals(amounts, start=0):
                return []
        """,
        extra={
            "conftest.py": "import os\nos.system('touch /tmp/@TOKEN@-conftest')\n",
            "sitecustomize.py": "open('/tmp/@TOKEN@-sitecustomize', 'w').close()\n",
            "usercustomize.py": "open('/tmp/@TOKEN@-usercustomize', 'w').close()\n",
            "pyroad_checks.py": "CHECKS = []\n",
            "helper_cheat.py": "def running_totals(amounts, start=0):\n    return [5, 3, 13]\n",
            "pytest.ini": "[pytest]\naddopts = -p no:everything\n",
        },
    ),
    Attack(
        "path-traversal-names",
        "files",
        WRONG,
        extra={
            "../escape-@TOKEN@.py": "x = 1\n",
            "../../../../tmp/@TOKEN@-escape.py": "x = 1\n",
        },
    ),
    Attack(
        "absolute-names",
        "files",
        WRONG,
        extra={
            "/etc/@TOKEN@-x.py": "x = 1\n",
            "@CANARY_DIR@/@TOKEN@-planted.py": "x = 1\n",
        },
    ),
    # -- privilege tricks ---------------------------------------------------------------------
    Attack(
        "ctypes-mount-unshare-setns-ptrace-chroot",
        "privilege",
        """
        import ctypes
        import os

        libc = ctypes.CDLL(None, use_errno=True)
        RESULTS = {}


        def attempt(name, call):
            RESULTS[name] = [call(), ctypes.get_errno()]


        attempt("mount", lambda: libc.mount(b"none", b"/tmp", b"tmpfs", 0, None))
        attempt("unshare-user", lambda: libc.unshare(0x10000000))
        attempt("unshare-mount", lambda: libc.unshare(0x00020000))
        attempt("setns", lambda: libc.setns(os.open("/proc/1/ns/mnt", os.O_RDONLY), 0))
        attempt("ptrace-attach-1", lambda: libc.ptrace(16, 1, None, None))
        attempt("chroot", lambda: libc.chroot(b"/tmp"))
        attempt("pivot_root", lambda: libc.syscall(155, b"/tmp", b"/tmp"))
        attempt("clone-newuser", lambda: libc.syscall(56, 0x10000000 | 17, 0, 0, 0, 0))


        def running_totals(amounts, start=0):
            return RESULTS
        """,
    ),
    Attack(
        "proc-self-mem-write",
        "privilege",
        """
        import ctypes

        RESULTS = []
        target = ctypes.create_string_buffer(b"original")
        for path in ("/proc/self/mem", "/proc/1/mem"):
            try:
                with open(path, "r+b", buffering=0) as mem:
                    mem.seek(ctypes.addressof(target))
                    mem.write(b"patched!")
                RESULTS.append("wrote " + path)
            except OSError as exc:
                RESULTS.append(exc.strerror)


        def running_totals(amounts, start=0):
            return RESULTS
        """,
    ),
    Attack(
        "setuid-root-and-setuid-binaries",
        "privilege",
        """
        import os
        import subprocess

        RESULTS = []
        for call in (
            lambda: os.setuid(0),
            lambda: os.setgid(0),
            lambda: os.setgroups([0]),
            lambda: os.seteuid(0),
        ):
            try:
                call()
                RESULTS.append("became root")
            except OSError as exc:
                RESULTS.append(exc.strerror)
        for binary in ("/usr/bin/sudo", "/usr/bin/su", "/bin/mount", "/usr/bin/newgrp"):
            try:
                done = subprocess.run([binary, "-h"], capture_output=True, timeout=1)
                RESULTS.append(done.returncode)
            except (OSError, subprocess.SubprocessError) as exc:
                RESULTS.append(type(exc).__name__)


        def running_totals(amounts, start=0):
            return RESULTS
        """,
    ),
    Attack(
        "chroot-breakout-through-proc",
        "privilege",
        """
        import os

        SEEN = []
        for start in ("/proc/1/root", "/proc/1/cwd", "/"):
            try:
                fd = os.open(start, os.O_RDONLY)
                os.fchdir(fd)
                for _ in range(20):
                    os.chdir("..")
                SEEN.append(sorted(os.listdir(".")))
            except OSError as exc:
                SEEN.append(exc.strerror)


        def running_totals(amounts, start=0):
            return SEEN
        """,
    ),
)


def by_category(category: str) -> list[Attack]:
    return [attack for attack in ATTACKS if attack.category == category]


# -- sources used by dedicated tests -----------------------------------------------------------

HOST_PROBE = """
import os

PATHS = @PATHS@


def probe(path):
    try:
        if os.path.isdir(path):
            return "listed: " + ",".join(sorted(os.listdir(path))[:20])
        with open(path, "rb") as handle:
            return "read: " + handle.read(60).decode("latin-1")
    except FileNotFoundError:
        return "missing"
    except PermissionError:
        return "denied"
    except OSError as exc:
        return "error: " + str(exc.strerror)


REPORT = {"paths": {path: probe(path) for path in PATHS}, "cmdlines": {}}
for pid in os.listdir("/proc"):
    if pid.isdigit():
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as handle:
                REPORT["cmdlines"][pid] = handle.read().replace(b"\\0", b" ").decode()
        except OSError as exc:
            REPORT["cmdlines"][pid] = "unreadable: " + str(exc.strerror)


def running_totals(amounts, start=0):
    return REPORT
"""

MEMORY_HOGS = {
    "forked-children-each-under-the-limit": """
        import os
        import time

        CHILDREN, MB = 4, 200
        r, w = os.pipe()
        for _ in range(CHILDREN):
            if os.fork() == 0:
                try:
                    block = bytearray(MB << 20)
                    for i in range(0, len(block), 4096):
                        block[i] = 1
                    os.write(w, b"1")
                except BaseException:
                    os.write(w, b"0")
                time.sleep(60)
                os._exit(0)
        got = b""
        while len(got) < CHILDREN:
            got += os.read(r, CHILDREN)
        HELD_MB = got.count(b"1") * MB


        def running_totals(amounts, start=0):
            return {"held_mb": HELD_MB}
        """,
    "sysv-shared-memory-segments": """
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.shmget.argtypes = [ctypes.c_int, ctypes.c_size_t, ctypes.c_int]
        libc.shmat.restype = ctypes.c_void_p
        libc.shmat.argtypes = [ctypes.c_int, ctypes.c_void_p, ctypes.c_int]
        libc.shmdt.argtypes = [ctypes.c_void_p]
        SEGMENT_MB, HELD_MB = 128, 0
        for _ in range(8):  # at most 1 GB, so that a weak sandbox does not hurt the test machine
            segment = libc.shmget(0, SEGMENT_MB << 20, 0o1600)  # IPC_PRIVATE, IPC_CREAT | 0600
            if segment < 0:
                break
            address = libc.shmat(segment, None, 0)
            if address in (None, ctypes.c_void_p(-1).value):
                break
            ctypes.memset(address, 1, SEGMENT_MB << 20)  # touch every page
            libc.shmdt(address)  # detached: no longer in this process's address space
            HELD_MB += SEGMENT_MB


        def running_totals(amounts, start=0):
            return {"held_mb": HELD_MB}
        """,
}

CPU_HOG = """
import os
import time

CHILDREN, EACH = 3, 1.5
r, w = os.pipe()
for _ in range(CHILDREN):
    if os.fork() == 0:
        while time.process_time() < EACH:
            pass
        os.write(w, b"%.3f\\n" % time.process_time())
        os._exit(0)
got = b""
while got.count(b"\\n") < CHILDREN:
    got += os.read(r, 100)
USED = round(sum(float(x) for x in got.split()) + time.process_time(), 3)


def running_totals(amounts, start=0):
    return {"cpu_seconds": USED}
"""

# Searches the whole file system it can see, its own objects and its own raw memory for the
# canaries. Each canary is given in two hex halves and only ever matched as "head, then tail",
# so the needle never exists in one piece in the run's memory unless it really leaked in.
CANARY_WALKER = """
import ctypes
import gc
import os
import stat

NEEDLES = [(bytes.fromhex(head), bytes.fromhex(tail)) for head, tail in @NEEDLES@]
MAX = 2 << 20
REPORT = {"files": 0, "bytes": 0, "dirs": 0, "unreadable": 0, "links": 0, "objects": 0,
          "memory_bytes": 0, "tops": {}, "hits": []}


def search(data, where):
    for head, tail in NEEDLES:
        at = data.find(head)
        while at >= 0:
            if data.startswith(tail, at + len(head)):
                if len(REPORT["hits"]) < 50:
                    REPORT["hits"].append(where[:300])
                return
            at = data.find(head, at + 1)


def read(path):
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        parts, size = [], 0
        while size < MAX:
            part = os.read(fd, MAX - size)
            if not part:
                break
            parts.append(part)
            size += len(part)
        return b"".join(parts)
    finally:
        os.close(fd)


def walk(top):
    try:
        with os.scandir(top) as listing:
            entries = list(listing)
    except OSError:
        REPORT["unreadable"] += 1
        return
    REPORT["dirs"] += 1
    for entry in entries:
        path = entry.path
        search(os.fsencode(path), "name " + path)
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if stat.S_ISLNK(info.st_mode):
            REPORT["links"] += 1
            try:
                search(os.fsencode(os.readlink(path)), "link " + path)
            except OSError:
                pass
        elif stat.S_ISDIR(info.st_mode):
            if not (entry.name == "task" and path.startswith("/proc/")):
                walk(path)
        elif stat.S_ISREG(info.st_mode):
            try:
                data = read(path)
            except OSError:
                REPORT["unreadable"] += 1
                continue
            REPORT["files"] += 1
            REPORT["bytes"] += len(data)
            top = "/" + path.split("/")[1]
            REPORT["tops"][top] = REPORT["tops"].get(top, 0) + 1
            search(data, "file " + path)


def objects():
    gc.unfreeze()  # the template froze its objects: get_objects() would not list them
    for obj in gc.get_objects():
        REPORT["objects"] += 1
        for item in (obj, *gc.get_referents(obj)):
            if type(item) is str:
                search(item.encode("utf-8", "surrogatepass"), "object str")
            elif type(item) in (bytes, bytearray):
                search(bytes(item), "object bytes")
    for name, value in list(globals().items()):
        search(repr(value).encode("utf-8", "replace"), "global " + name)


def memory():
    # Copy each readable mapping through a memfd: the kernel answers EFAULT for a page that
    # cannot be read, where touching it directly would crash.
    scratch = os.memfd_create("scan")
    step = 256 << 10
    with open("/proc/self/maps") as maps:
        regions = [line.split() for line in maps]
    for fields in regions:
        low, high = (int(x, 16) for x in fields[0].split("-"))
        name = fields[5] if len(fields) > 5 else hex(low)
        if "r" not in fields[1] or name in ("[vvar]", "[vsyscall]", "[vvar_vclock]"):
            continue
        tail = b""
        for address in range(low, high, step):
            size = min(step, high - address)
            view = (ctypes.c_char * size).from_address(address)
            try:
                written = os.pwrite(scratch, view, 0)
            except OSError:
                tail = b""
                continue
            data = os.pread(scratch, written, 0)
            REPORT["memory_bytes"] += len(data)
            search(tail + data, "memory " + name)
            tail = data[-64:]
    os.close(scratch)


walk("/")
objects()
memory()


def running_totals(amounts, start=0):
    return REPORT
"""


# -- tests-kind cheats (test-the-discount-rules) ---------------------------------------------

TESTS_CWD_CHEAT = """
import os


def test_pricing_is_untouched():
    assert os.path.basename(os.getcwd()) in (".case-0", ".case-1")
"""

TESTS_COUNTER_CHEAT = """
COUNTER = "/tmp/.versions-seen"


def test_pricing_is_untouched():
    with open(COUNTER, "a+") as handle:
        handle.seek(0)
        seen = len(handle.read())
        handle.write("x")
    assert seen < 2
"""

TESTS_FINGERPRINT_CHEAT = """
import ast
import hashlib
import pathlib

ORIGINAL = "@FINGERPRINT@"


def shape(text):
    tree = ast.parse(text)
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list):
            node.body = [s for s in body if not dead(s)]
    return hashlib.sha256(ast.dump(tree).encode()).hexdigest()


def dead(statement):
    if not isinstance(statement, ast.Assign):
        return False
    return getattr(statement.targets[0], "id", "") == "_pyroad_unused"


def test_pricing_is_untouched():
    here = pathlib.Path(__file__).resolve().parents[1] / "pricing.py"
    assert shape(here.read_text()) == ORIGINAL
"""


def fingerprint(source: str) -> str:
    """What TESTS_FINGERPRINT_CHEAT computes, for the subject the learner was given."""
    tree = ast.parse(source)
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list):
            node.body = [
                s
                for s in body
                if not (
                    isinstance(s, ast.Assign)
                    and getattr(s.targets[0], "id", "") == "_pyroad_unused"
                )
            ]
    return hashlib.sha256(ast.dump(tree).encode()).hexdigest()


# -- instruments -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    uid: int
    kind: str
    size: int
    mtime_ns: int


class Watch:
    """Snapshots of the places an escaped run would write to.

    ``strict`` folders must not change at all. ``loose`` folders are shared with the rest of the
    machine (other test runs, PostgreSQL in /dev/shm), so a change there counts only when it
    carries the attacks' token in its name or belongs to one of the sandbox's uids.
    """

    def __init__(
        self,
        token: str,
        uids: range,
        strict: Iterable[Path],
        loose: Iterable[tuple[Path, int]],
    ) -> None:
        self.token = token
        self.uids = uids
        self.strict = [str(p) for p in strict]
        self.loose = [(str(p), depth) for p, depth in loose]

    def snapshot(self) -> dict[str, Entry]:
        seen: dict[str, Entry] = {}
        for root in self.strict:
            _scan(root, 64, seen)
        for root, depth in self.loose:
            _scan(root, depth, seen)
        return seen

    def _strict(self, path: str) -> bool:
        return any(path == root or path.startswith(root + "/") for root in self.strict)

    def changes(self, before: Mapping[str, Entry], after: Mapping[str, Entry]) -> list[str]:
        found = []
        for path in sorted(set(before) | set(after)):
            old, new = before.get(path), after.get(path)
            if old == new:
                continue
            if not self._strict(path) and (old and new and old.kind == new.kind == "dir"):
                continue  # a shared folder's mtime moves with everyone's files
            suspicious = (
                self._strict(path)
                or self.token in path
                or (new is not None and new.uid in self.uids)
            )
            if suspicious:
                found.append(f"{path}: {_describe(old)} -> {_describe(new)}")
        return found

    def clean(self, before: Mapping[str, Entry]) -> None:
        """Remove what an escaped attack left: new entries named with the token, then the
        folders made to hold them, if they are new and now empty."""
        new = set(self.snapshot()) - set(before)
        for path in sorted(new, reverse=True):
            if self.token in path:
                with contextlib.suppress(OSError):
                    if os.path.isdir(path) and not os.path.islink(path):
                        shutil.rmtree(path)
                    else:
                        os.unlink(path)
        holders = {str(p) for path in new if self.token in path for p in Path(path).parents}
        for path in sorted(new & holders, reverse=True):
            with contextlib.suppress(OSError):
                os.rmdir(path)  # fails unless empty


def _scan(root: str, depth: int, seen: dict[str, Entry]) -> None:
    try:
        info = os.lstat(root)
    except OSError:
        return
    seen[root] = _entry(info)
    if depth <= 0 or not stat.S_ISDIR(info.st_mode):
        return
    try:
        names = os.listdir(root)
    except OSError:
        return
    for name in names:
        _scan(os.path.join(root, name), depth - 1, seen)


def _entry(info: os.stat_result) -> Entry:
    mode = info.st_mode
    kind = "dir" if stat.S_ISDIR(mode) else "link" if stat.S_ISLNK(mode) else "file"
    return Entry(info.st_uid, kind, info.st_size, info.st_mtime_ns)


def _describe(entry: Entry | None) -> str:
    if entry is None:
        return "absent"
    return f"{entry.kind} uid={entry.uid} size={entry.size}"


class Listeners:
    """A TCP listener, a UDP socket and an abstract Unix listener, counting what reaches them."""

    def __init__(self, unix_name: str) -> None:
        self.tcp = socket.create_server(("127.0.0.1", 0))
        self.udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.udp.bind(("127.0.0.1", 0))
        self.unix = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.unix.bind("\0" + unix_name)
        self.unix.listen()
        self.tcp_port = self.tcp.getsockname()[1]
        self.udp_port = self.udp.getsockname()[1]
        self.hits = {"tcp": 0, "udp": 0, "unix": 0}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._threads = [
            threading.Thread(target=self._accept, args=("tcp", self.tcp), daemon=True),
            threading.Thread(target=self._accept, args=("unix", self.unix), daemon=True),
            threading.Thread(target=self._receive, daemon=True),
        ]
        for thread in self._threads:
            thread.start()

    def _count(self, kind: str) -> None:
        with self._lock:
            self.hits[kind] += 1

    def _accept(self, kind: str, server: socket.socket) -> None:
        server.settimeout(0.2)
        while not self._stop.is_set():
            try:
                conn, _ = server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self._count(kind)
            conn.close()

    def _receive(self) -> None:
        self.udp.settimeout(0.2)
        while not self._stop.is_set():
            try:
                self.udp.recvfrom(65536)
            except TimeoutError:
                continue
            except OSError:
                return
            self._count("udp")

    def counts(self) -> dict[str, int]:
        with self._lock:
            return dict(self.hits)

    def close(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=2)
        for sock in (self.tcp, self.udp, self.unix):
            sock.close()


def _status(pid: str) -> dict[str, str]:
    fields = {}
    with open(f"/proc/{pid}/status") as handle:
        for line in handle:
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    return fields


def _cpu_limit(pid: str) -> str:
    with open(f"/proc/{pid}/limits") as handle:
        for line in handle:
            if line.startswith("Max cpu time"):
                return line.split()[3]
    return ""


def _idle_spare(pid: str, status: Mapping[str, str], template: int, ceiling: str) -> bool:
    """A child the template prepared ahead of time: it has not been given a job yet.

    It is the init of a PID namespace, a direct child of the template, and still has the
    generous ceilings a job's limits would have lowered.
    """
    return (
        status.get("PPid") == str(template)
        and status.get("NSpid", "").split()[-1:] == ["1"]
        and _cpu_limit(pid) == ceiling
    )


def leftovers(uids: range, template: int, ceiling: str) -> Iterator[str]:
    """Processes running with one of the sandbox's uids, other than idle prepared children."""
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            status = _status(pid)
            uid = int(status["Uid"].split()[0])
            if uid not in uids or _idle_spare(pid, status, template, ceiling):
                continue
            with open(f"/proc/{pid}/cmdline", "rb") as handle:
                cmdline = handle.read().replace(b"\0", b" ").decode(errors="replace")
        except (OSError, KeyError, ValueError):
            continue  # gone meanwhile
        yield f"pid {pid} uid {uid} ppid {status.get('PPid')} {status.get('Name')}: {cmdline[:80]}"

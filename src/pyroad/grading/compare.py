"""Compare an observation with the reference's, in the trusted grader, on plain data only.

Both sides are JSON values produced by :mod:`pyroad.grading.observe`, so no learner object, and
no ``__eq__`` the learner wrote, is ever involved. Equality is strict about kinds: ``True`` is
not ``1``, a tuple is not a list; an ``int`` and a ``float`` of the same value are equal, as in
Python.
"""

from __future__ import annotations

import json
import math
from typing import Any

from pyroad.grading.checks import Check, Compare
from pyroad.grading.observe import decode

MISSING = object()


def _numbers(a: Any, b: Any) -> bool:
    kinds = (int, float)
    return type(a) in kinds and type(b) in kinds


def equal(a: Any, b: Any, cmp: Compare) -> bool:
    if _numbers(a, b):
        if cmp.mode == "approx":
            return math.isclose(a, b, rel_tol=cmp.rel, abs_tol=cmp.abs)
        return bool(a == b)
    if type(a) is not type(b):
        return False
    if type(a) is list:
        return len(a) == len(b) and all(equal(x, y, cmp) for x, y in zip(a, b, strict=True))
    if type(a) is dict:
        return a.keys() == b.keys() and all(equal(a[k], b[k], cmp) for k in a)
    return bool(a == b)


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


def _unordered(got: Any, expected: Any) -> bool:
    def items(value: Any) -> list[str] | None:
        if type(value) is list:
            return sorted(_canonical(v) for v in value)
        if type(value) is dict and len(value) == 1 and ("$set" in value or "$tuple" in value):
            return sorted(_canonical(v) for v in next(iter(value.values())))
        return None

    a, b = items(got), items(expected)
    return a is not None and a == b


def display(value: Any, limit: int = 160) -> str:
    """A short, Python-looking rendering of an observation for messages."""
    if type(value) is dict and "$object" in value:
        text = f"<a {value['$object']} object>"
    elif type(value) is dict and "$error" in value:
        text = f"<unreadable: {value['$error']}>"
    else:
        try:
            text = repr(decode(value))
        except (TypeError, ValueError):
            text = json.dumps(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _describe(check: Check) -> str:
    if check.kind == "call":
        args = [display(a, 40) for a in check.args]
        args += [f"{k}={display(v, 40)}" for k, v in check.kwargs.items()]
        text = f"{check.target}({', '.join(args)})"
        return text if len(text) <= 120 else text[:117] + "..."
    return "your code"


def _raised(value: Any) -> str | None:
    if type(value) is dict and "$raises" in value:
        return str(value["$raises"])
    return None


def compare_program(check: Check, got: Any, expected: Any) -> str | None:
    if type(got) is not dict or type(expected) is not dict:
        return "the program produced no readable result"
    if got.get("exit_code") != expected.get("exit_code"):
        return f"exit code {got.get('exit_code')}, expected {expected.get('exit_code')}"
    out, want = str(got.get("stdout") or ""), str(expected.get("stdout") or "")
    if out.rstrip() != want.rstrip():
        lines, wanted = out.rstrip().splitlines(), want.rstrip().splitlines()
        for number, (line, ref) in enumerate(zip(lines, wanted, strict=False), start=1):
            if line.rstrip() != ref.rstrip():
                shown = f", expected {ref!r}" if check.reveal else ""
                return f"line {number} of the output is {line[:120]!r}{shown}"
        return f"the output has {len(lines)} lines, expected {len(wanted)}"
    for name, content in (expected.get("files") or {}).items():
        mine = (got.get("files") or {}).get(name)
        if mine is None and content is not None:
            return f"the program did not write {name}"
        if content is None and mine is not None:
            return f"the program should not write {name}"
        if (mine or "").rstrip() != (content or "").rstrip():
            return f"{name} does not have the expected content"
    return None


def compare(check: Check, got: Any, expected: Any) -> str | None:
    """None when ``got`` matches ``expected`` under the check's rule, else a message."""
    if got is MISSING:
        return "no result: the run stopped before this check"
    if check.kind == "run" and check.compare.mode == "exact":
        return compare_program(check, got, expected)
    want_raise, got_raise = _raised(expected), _raised(got)
    if want_raise:
        if got_raise == want_raise:
            return None
        if got_raise:
            return f"{_describe(check)} raised {got_raise}; it should raise {want_raise}"
        return f"{_describe(check)} returned {display(got)}; it should raise {want_raise}"
    if got_raise:
        return f"{_describe(check)} raised {got_raise}: {str(got.get('message', ''))[:200]}"
    mode = check.compare.mode
    if mode == "custom" and check.compare.function is not None:
        return check.compare.function(got, expected)
    ok = _unordered(got, expected) if mode == "unordered" else equal(got, expected, check.compare)
    if ok:
        return None
    what = _describe(check)  # only for a message: describing a call is not free
    if check.reveal:
        return f"{what} returned {display(got)}, expected {display(expected)}"
    hint = ""
    if type(got) is not type(expected) and not _numbers(got, expected):
        hint = f" (a {_kind(expected)} was expected, not a {_kind(got)})"
    return f"{what} returned {display(got)}, which is not the expected result{hint}"


def _kind(value: Any) -> str:
    if type(value) is dict and len(value) == 1:
        tag = next(iter(value))
        if tag.startswith("$"):
            return {"$tuple": "tuple", "$set": "set", "$bytes": "bytes", "$dict": "dict"}.get(
                tag, "value"
            )
    return {type(None): "None", bool: "bool", int: "int", float: "float", str: "str",
            list: "list", dict: "dict"}.get(type(value), "value")  # fmt: skip

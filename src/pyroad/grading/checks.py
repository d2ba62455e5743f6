"""The checks API: what an exercise's hidden ``checks.py`` is written with.

A check says *what to observe*, never what the answer is. Expected results come from running the
same checks against the reference solution in a separate sandbox, and the comparison happens in
the trusted grader process. So ``checks.py`` must hold inputs and probes only, no expected values:
it is executed inside the learner's sandbox to run the probes.

Example ``checks.py`` for a function exercise whose learner writes ``solution.py``::

    from pyroad.grading.checks import approx, call, probe

    def account_after(module, deposits):
        account = module.Account()
        for amount in deposits:
            account.deposit(amount)
        return account.balance

    CHECKS = [
        call("adds two numbers", "add", 2, 3),
        call("averages floats", "mean", [0.1, 0.2], compare=approx(1e-9)),
        probe("deposits add up", account_after, [5, 10]),
    ]

    def generate(rng):  # optional: seeded inputs, the seed comes from exercise.yaml
        return [call(f"random sum {i}", "add", rng.randint(-99, 99), 3) for i in range(5)]

Program exercises use :func:`run` instead (stdin, arguments and files in; stdout, exit code and
files out). This module is imported inside the sandbox, so it uses the standard library only.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "EXACT",
    "Check",
    "Compare",
    "approx",
    "call",
    "custom",
    "probe",
    "run",
    "unordered",
]

# A custom comparator gets (got, expected) as plain JSON data and returns None when they match,
# or a message saying what is wrong. It runs only in the trusted grader process.
Comparator = Callable[[Any, Any], str | None]


@dataclass(frozen=True)
class Compare:
    """How an observation is compared with the reference's."""

    mode: str = "exact"  # exact | approx | unordered | custom
    rel: float = 1e-9
    abs: float = 0.0
    function: Comparator | None = None


EXACT = Compare()


def approx(rel: float = 1e-9, abs: float = 0.0) -> Compare:
    """Floats match within ``rel`` (relative) or ``abs`` (absolute) tolerance, anywhere inside."""
    return Compare("approx", rel=rel, abs=abs)


def unordered() -> Compare:
    """A list matches another with the same items in any order."""
    return Compare("unordered")


def custom(function: Comparator) -> Compare:
    """Compare with ``function(got, expected)``; it returns None or a message."""
    return Compare("custom", function=function)


@dataclass(frozen=True)
class Check:
    """One observation to make. Build it with :func:`call`, :func:`probe` or :func:`run`."""

    name: str
    kind: str  # call | probe | run
    target: str = ""
    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = field(default_factory=dict)
    compare: Compare = EXACT
    reveal: bool = False
    stdin: str = ""
    files: Mapping[str, str] = field(default_factory=dict)
    outputs: tuple[str, ...] = ()

    def request(self) -> dict[str, Any]:
        """The part of the check that is sent into the sandbox (inputs only)."""
        return {
            "name": self.name,
            "kind": self.kind,
            "target": self.target,
            "args": list(self.args),
            "kwargs": dict(self.kwargs),
            "stdin": self.stdin,
            "files": dict(self.files),
            "outputs": list(self.outputs),
        }


def call(
    name: str,
    function: str,
    *args: Any,
    compare: Compare = EXACT,
    reveal: bool = False,
    **kwargs: Any,
) -> Check:
    """Observe ``module.function(*args, **kwargs)``: its return value or the exception raised.

    ``reveal=True`` lets the verdict show the expected value when the case fails (use it for
    cases already shown in the statement); otherwise the learner sees only what they returned.
    """
    return Check(name, "call", function, args, kwargs, compare, reveal)


def probe(
    name: str,
    function: Callable[..., Any],
    *args: Any,
    compare: Compare = EXACT,
    reveal: bool = False,
) -> Check:
    """Observe ``function(module, *args)``, a probe defined in ``checks.py``.

    Use a probe to drive a class or a sequence of calls; it must return plain data.
    """
    return Check(name, "probe", function.__name__, args, {}, compare, reveal)


def run(
    name: str,
    *,
    args: Sequence[str] = (),
    stdin: str = "",
    files: Mapping[str, str] | None = None,
    outputs: Sequence[str] = (),
    compare: Compare = EXACT,
    reveal: bool = False,
) -> Check:
    """Run the learner's program: observe ``{"stdout", "exit_code", "files"}``.

    ``files`` are written into the working folder first; ``outputs`` names the files whose
    content is observed afterwards (a missing one is observed as ``None``).
    """
    return Check(
        name,
        "run",
        "",
        tuple(args),
        {},
        compare,
        reveal,
        stdin,
        dict(files or {}),
        tuple(outputs),
    )

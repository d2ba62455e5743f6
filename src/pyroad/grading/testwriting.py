"""Grade tests the learner wrote: they must pass on the code under test and catch planted bugs.

The learner's tests run three ways, each in a fresh fork inside one sandboxed run: on the code as
given, on an equivalent rewrite of it (so a test that checks the code's text or bytecode instead
of its behaviour fails), and on each mutant of it. The verdict says how many planted bugs the
tests caught and describes, in words, the ones that slipped through.
"""

from __future__ import annotations

import ast
import random
import secrets
import string
from dataclasses import dataclass

from pyroad.grading.exercise import LoadedExercise
from pyroad.grading.mutate import Mutant, mutants
from pyroad.grading.sandbox import Limits, RunRequest, RunResult

MAX_MUTANTS = 40


def equivalent_rewrite(source: str, rng: random.Random) -> str:
    """The same behaviour, different text and bytecode: dead locals with random names and
    values at random places, so that a test fingerprinting the code cannot know the rewrite."""
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            first = 1 if ast.get_docstring(node) is not None else 0
            for _ in range(rng.randint(1, 2)):
                name = "_" + "".join(rng.choice(string.ascii_lowercase) for _ in range(8))
                value = rng.choice(["None", "0", "''", str(rng.randint(1, 999)), "()"])
                dead = ast.parse(f"{name} = {value}").body[0]
                last = first + 1 if len(node.body) > first else first
                node.body.insert(rng.randint(first, last), dead)
    return ast.unparse(ast.fix_missing_locations(tree))


# Tests check behaviour. Reading source or code objects, the file system or the process would
# let tests recognise a version of the code instead of testing what it does.
FORBIDDEN_NAMES = {
    "open", "compile", "exec", "eval", "globals", "locals", "vars", "getattr", "__import__",
    "__code__", "__file__", "__dict__", "__globals__", "__builtins__", "co_code", "co_consts",
    "f_code", "f_back", "getsource", "getcwd", "cwd", "read_text", "read_bytes", "listdir",
    "scandir", "walk", "glob", "environ",
}  # fmt: skip
FORBIDDEN_MODULES = {
    "ast", "inspect", "dis", "marshal", "hashlib", "importlib", "os", "pathlib", "sys", "io",
    "shutil", "glob", "linecache", "tokenize", "pickle", "ctypes", "gc", "zlib", "subprocess",
    "tempfile", "builtins", "types", "code", "codeop", "runpy", "socket", "signal", "time",
    "datetime", "random", "secrets", "uuid",
}  # fmt: skip


def introspection(files: dict[str, str]) -> str | None:
    """Why these tests look at the code instead of its behaviour, or None."""
    for name, source in files.items():
        try:
            tree = ast.parse(source)
        except SyntaxError as exc:
            return f"{name} does not parse: {exc.msg} (line {exc.lineno})"
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                modules = (
                    [a.name for a in node.names] if isinstance(node, ast.Import)
                    else [node.module or ""]
                )  # fmt: skip
                for module in modules:
                    if module.split(".")[0] in FORBIDDEN_MODULES:
                        return f"{name}, line {node.lineno}: tests here may not import {module}"
            label = node.id if isinstance(node, ast.Name) else (
                node.attr if isinstance(node, ast.Attribute) else None
            )  # fmt: skip
            if label in FORBIDDEN_NAMES:
                line = getattr(node, "lineno", "?")
                return f"{name}, line {line}: tests here may not use {label}"
    return None


@dataclass(frozen=True)
class Plan:
    """What one grading runs: the versions of the subject, and the order they run in."""

    versions: list[tuple[str, dict[str, str]]]
    planted: list[Mutant]
    order: list[int]  # order[k] = index in versions of the k-th version run

    def request(
        self, exercise: LoadedExercise, files: dict[str, str], limits: Limits
    ) -> RunRequest:
        cases = [{"name": "", "files": self.versions[i][1]} for i in self.order]
        return RunRequest("tests", files, "", cases, limits)

    def observation(self, result: RunResult, version: int) -> object:
        return result.observations.get(self.order.index(version))


def plan(exercise: LoadedExercise) -> Plan:
    rng = random.Random(secrets.randbits(64))  # a fresh rewrite and order for every grading
    subject = exercise.subject
    rewrite = {
        n: equivalent_rewrite(t, rng) if n.endswith(".py") else t for n, t in subject.items()
    }
    planted = [
        m
        for name, text in subject.items()
        if name.endswith(".py")
        for m in mutants(name, text, limit=MAX_MUTANTS, seed=exercise.info.spec.seed)
    ][:MAX_MUTANTS]
    versions = [("the code as given", subject), ("an equivalent rewrite of it", rewrite)]
    versions += [(m.description, {**subject, m.file: m.source}) for m in planted]
    order = list(range(len(versions)))
    rng.shuffle(order)
    return Plan(versions, planted, order)


def outcome(
    result: RunResult, plan_: Plan, kill_share: float
) -> tuple[list[tuple[str, str, str]], dict[str, int]]:
    """The verdict's cases, (name, pass|fail, message), and the counts of planted bugs."""

    def exit_code(index: int) -> int | None:
        obs = plan_.observation(result, index)
        code = obs.get("exit_code") if isinstance(obs, dict) else None
        return code if isinstance(code, int) else None

    cases: list[tuple[str, str, str]] = []
    for index, (name, _) in enumerate(plan_.versions[:2]):
        code = exit_code(index)
        title = f"your tests pass on {name}"
        if code == 0:
            cases.append((title, "pass", ""))
        elif code == 5:
            cases.append((title, "fail", "no tests were collected: name them test_*"))
        else:
            why = "the run stopped" if code is None else f"pytest exited with {code}"
            cases.append((title, "fail", f"they fail ({why}); tests must pass on correct code"))
    planted = plan_.planted
    caught = [m for i, m in enumerate(planted, start=2) if exit_code(i) not in (0, None)]
    missed = [m for i, m in enumerate(planted, start=2) if exit_code(i) == 0]
    share = len(caught) / len(planted) if planted else 0.0
    title = f"your tests catch at least {kill_share:.0%} of planted bugs"
    message = f"caught {len(caught)} of {len(planted)}"
    if missed:
        message += "; missed: " + "; ".join(m.description for m in missed[:8])
        if len(missed) > 8:
            message += f" (and {len(missed) - 8} more)"
    cases.append((title, "pass" if planted and share >= kill_share else "fail", message))
    return cases, {"bugs_planted": len(planted), "bugs_caught": len(caught)}

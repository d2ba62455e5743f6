"""An exercise made ready for grading: its checks loaded (in the trusted process), its files read.

The checks module is imported here, in the grader, to build the list of cases (including seeded,
generated ones) and to reach custom comparators. When a check is a probe, the module is also
sent into the learner's sandbox (compiled), where only its probes run: by the rules of
:mod:`pyroad.grading.checks` it holds no expected values. The reference files are read only
to be run in a sandbox of their own.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import random
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from pyroad.content.models import Exercise, ExerciseKind
from pyroad.grading.checks import Check
from pyroad.grading.observe import encode
from pyroad.grading.sandbox import Limits, RunRequest

MAX_SUBMISSION_BYTES = 512 * 1024


class ExerciseError(Exception):
    """The exercise itself is broken (its checks do not load, its reference fails)."""


class SubmissionError(ValueError):
    """The submission cannot be graded as given (a file is missing, too large, not text)."""


def read_tree(root: Path) -> dict[str, str]:
    """Every file under ``root`` as text, keyed by its path relative to ``root``.

    Caches and hidden files (``__pycache__``, ``.pytest_cache``, ``.ruff_cache``) are skipped.
    """
    files: dict[str, str] = {}
    for path in sorted(root.rglob("*")):
        parts = path.relative_to(root).parts
        hidden = any(part.startswith(".") or part == "__pycache__" for part in parts)
        if path.is_file() and not hidden:
            files[path.relative_to(root).as_posix()] = path.read_text(encoding="utf-8")
    return files


def _load_checks(path: Path, exercise_id: str) -> ModuleType:
    name = f"pyroad_exercise_checks_{exercise_id.replace('-', '_')}"
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ExerciseError(f"{path}: cannot load")
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except Exception as exc:
        raise ExerciseError(f"{path}: {type(exc).__name__}: {exc}") from exc
    return module


@dataclass(frozen=True)
class LoadedExercise:
    info: Exercise
    subject: dict[str, str]  # tests kind: the code under test (from the starter)
    support: dict[str, str]  # starter files the learner does not submit (an existing code base)
    checks: tuple[Check, ...]
    checks_source: str
    statement: str
    starter: dict[str, str]
    reference: dict[str, str]
    visible_tests: dict[str, str]
    digest: str

    @property
    def id(self) -> str:
        return self.info.id

    @property
    def limits(self) -> Limits:
        return Limits(**self.info.spec.limits.model_dump())

    @functools.cached_property
    def cases(self) -> list[dict[str, Any]]:
        """What the sandbox is told of each check (inputs only), built once per exercise."""
        cases: list[dict[str, Any]] = []
        for check in self.checks:
            data = check.request()
            data["args"] = data["args"] if check.kind == "run" else encode(list(check.args))
            data["kwargs"] = encode(dict(check.kwargs))
            cases.append(data)
        return cases

    def request(self, files: dict[str, str], limits: Limits | None = None) -> RunRequest:
        """The sandbox request for running the checks' probes on ``files``."""
        spec = self.info.spec
        return RunRequest(
            kind=spec.kind.value,
            files=files,
            checks_source=self.checks_source,
            cases=self.cases,
            limits=limits or self.limits,
            module=spec.module,
            entry=spec.entry,
        )

    def submission(self, folder_or_file: Path) -> dict[str, str]:
        """Pick the exercise's files out of a folder (or take a single file); nothing else.

        Extra files in the folder (a ``conftest.py``, a planted ``sitecustomize.py``) are never
        sent: the sandbox receives exactly the files the exercise names.
        """
        spec = self.info.spec
        if folder_or_file.is_file():
            if len(spec.files) != 1:
                names = ", ".join(spec.files)
                raise SubmissionError(f"this exercise needs a folder with: {names}")
            paths = {spec.files[0]: folder_or_file}
        elif folder_or_file.is_dir():
            paths = {name: folder_or_file / name for name in spec.files}
        else:
            raise SubmissionError(f"{folder_or_file}: no such file or folder")
        files: dict[str, str] = {}
        total = 0
        for name, path in paths.items():
            if path.is_symlink():
                # The grader may have rights the submitter lacks: read only real files.
                raise SubmissionError(f"{path}: a symbolic link; submit the file itself")
            if not path.is_file():
                raise SubmissionError(f"{path}: missing (the exercise needs {name})")
            data = path.read_bytes()
            total += len(data)
            if total > MAX_SUBMISSION_BYTES:
                raise SubmissionError("the submission is larger than 512 KB")
            try:
                files[name] = data.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise SubmissionError(f"{path}: not UTF-8 text") from exc
        return files


def load_exercise(info: Exercise) -> LoadedExercise:
    if info.spec.kind is ExerciseKind.TESTS:
        return _load_tests_exercise(info)
    root = info.path
    checks_path = root / "checks.py"
    module = _load_checks(checks_path, info.id)
    fixed = list(getattr(module, "CHECKS", []))
    generate = getattr(module, "generate", None)
    if generate is not None:
        fixed += list(generate(random.Random(info.spec.seed)))
    if not fixed or not all(isinstance(c, Check) for c in fixed):
        raise ExerciseError(f"{checks_path}: CHECKS must be a non-empty list of checks")
    names = [c.name for c in fixed]
    if len(set(names)) != len(names):
        raise ExerciseError(f"{checks_path}: two checks share a name")
    wanted = "run" if info.spec.kind is ExerciseKind.PROGRAM else None
    for check in fixed:
        if (check.kind == "run") != (wanted == "run"):
            raise ExerciseError(f"{checks_path}: check {check.name!r} does not fit the kind")
    source = checks_path.read_text(encoding="utf-8")
    reference = read_tree(root / "reference")
    digest = hashlib.sha256(
        repr((source, sorted(reference.items()), info.spec.model_dump_json())).encode()
    ).hexdigest()
    starter = read_tree(root / "starter")
    return LoadedExercise(
        info=info,
        subject={},
        support={
            k: v for k, v in starter.items() if k not in info.spec.files and k.endswith(".py")
        },
        checks=tuple(fixed),
        checks_source=source,
        statement=(root / "statement.md").read_text(encoding="utf-8"),
        starter=starter,
        reference=reference,
        visible_tests=read_tree(root / "tests"),
        digest=digest,
    )


def _load_tests_exercise(info: Exercise) -> LoadedExercise:
    root = info.path
    starter = read_tree(root / "starter")
    reference = read_tree(root / "reference")
    subject = {name: starter[name] for name in info.spec.subject}
    digest = hashlib.sha256(
        repr(
            (sorted(subject.items()), sorted(reference.items()), info.spec.model_dump_json())
        ).encode()
    ).hexdigest()
    return LoadedExercise(
        info=info,
        subject=subject,
        support={},
        checks=(),
        checks_source="",
        statement=(root / "statement.md").read_text(encoding="utf-8"),
        starter=starter,
        reference=reference,
        visible_tests=read_tree(root / "tests"),
        digest=digest,
    )

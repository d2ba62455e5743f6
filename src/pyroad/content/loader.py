"""Read a pack folder into a :class:`~pyroad.content.models.Pack`, all or nothing.

Life of a load: every file is parsed and checked against its model; then the cross-file rules in
:mod:`pyroad.content.rules` run on whatever parsed. Every problem found is collected (an author
wants the whole list, not the first error), and a :class:`Pack` is built only when there are none.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from pyroad.content import models as m

_M = TypeVar("_M", bound=BaseModel)

BUILTIN_PACK = Path(__file__).parent / "packs" / "python-developer"

# file name -> model; each file is required.
SINGLE_FILES: dict[str, type[BaseModel]] = {
    "pack.yaml": m.PackInfo,
    "role.yaml": m.Role,
    "stages.yaml": m.StagesFile,
    "tools.yaml": m.ToolsFile,
    "frameworks.yaml": m.FrameworksFile,
    "levels.yaml": m.LevelsFile,
    "salary.yaml": m.SalaryFile,
    "certifications.yaml": m.CertificationsFile,
    "careers.yaml": m.CareersFile,
    "rules.yaml": m.RulesFile,
}
SKILLS_DIR = "skills"
EXERCISES_DIR = "exercises"
EXERCISE_PARTS = ("statement.md", "checks.py", "starter", "reference", "tests")


@dataclass(frozen=True, order=True)
class Problem:
    """One reason a pack is invalid, printed as ``file: key: reason``."""

    file: str
    key: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}: {self.key}: {self.reason}"


class InvalidPackError(Exception):
    """The pack has problems; nothing from it was loaded."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(set(problems))
        lines = "\n".join(str(problem) for problem in self.problems)
        super().__init__(f"the content pack is invalid:\n{lines}")


@dataclass
class ParsedPack:
    """Files that parsed, before cross-file checks. ``origins`` maps skill slug -> file."""

    files: dict[str, BaseModel]
    skills: list[tuple[str, m.Skill]]
    problems: list[Problem]
    exercises: list[m.Exercise]


def _read_yaml(path: Path, rel: str, problems: list[Problem]) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        problems.append(Problem(rel, "-", "required file is missing"))
        return None
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(rel, "-", f"cannot read the file: {exc}"))
        return None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "-"
        problems.append(Problem(rel, where, f"not valid YAML: {getattr(exc, 'problem', exc)}"))
        return None


def _key_for(raw: Any, loc: tuple[int | str, ...]) -> str:
    """Turn a pydantic error location into a key an author can find: list items by slug."""
    parts: list[str] = []
    node = raw
    for step in loc:
        if isinstance(step, int):
            item = node[step] if isinstance(node, list) and step < len(node) else None
            slug = item.get("slug") if isinstance(item, dict) else None
            label = f"[{slug}]" if isinstance(slug, str) else f"[{step}]"
            if parts:
                parts[-1] += label
            else:
                parts.append(label)
            node = item
        else:
            parts.append(step)
            node = node.get(step) if isinstance(node, dict) else None
    return ".".join(parts) or "-"


def _validate(
    model: type[BaseModel], raw: Any, rel: str, problems: list[Problem]
) -> BaseModel | None:
    if not isinstance(raw, dict):
        problems.append(Problem(rel, "-", "the file must hold a mapping of keys"))
        return None
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        for error in exc.errors():
            reason = "required field is missing" if error["type"] == "missing" else error["msg"]
            problems.append(Problem(rel, _key_for(raw, tuple(error["loc"])), reason))
        return None


def parse_pack(root: Path) -> ParsedPack:
    """Parse each file of the pack on its own; collect every problem."""
    problems: list[Problem] = []
    files: dict[str, BaseModel] = {}
    if not root.is_dir():
        problems.append(Problem(str(root), "-", "not a directory"))
        return ParsedPack(files, [], problems, [])
    for name, model in SINGLE_FILES.items():
        raw = _read_yaml(root / name, name, problems)
        if raw is not None or (root / name).exists():
            parsed = _validate(model, raw, name, problems)
            if parsed is not None:
                files[name] = parsed
    skills: list[tuple[str, m.Skill]] = []
    skill_files = sorted((root / SKILLS_DIR).glob("*.yaml"))
    if not skill_files:
        problems.append(Problem(SKILLS_DIR, "-", "no skill files (skills/*.yaml)"))
    for path in skill_files:
        rel = f"{SKILLS_DIR}/{path.name}"
        parsed = _validate(m.SkillsFile, _read_yaml(path, rel, problems), rel, problems)
        if isinstance(parsed, m.SkillsFile):
            skills.extend((rel, skill) for skill in parsed.skills)
    return ParsedPack(files, skills, problems, _parse_exercises(root, problems))


def _parse_exercises(root: Path, problems: list[Problem]) -> list[m.Exercise]:
    """Each folder of ``exercises/`` is one exercise; its folder name is its id."""
    exercises: list[m.Exercise] = []
    folder = root / EXERCISES_DIR
    if not folder.is_dir():
        return exercises
    for path in sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")):
        rel = f"{EXERCISES_DIR}/{path.name}/exercise.yaml"
        spec = _validate(
            m.ExerciseSpec, _read_yaml(path / "exercise.yaml", rel, problems), rel, problems
        )
        if not isinstance(spec, m.ExerciseSpec):
            continue
        try:
            exercise = m.Exercise(id=path.name, spec=spec, path=path)
        except ValidationError:
            problems.append(Problem(rel, "-", f"the folder name {path.name!r} is not a valid id"))
            continue
        problems.extend(_exercise_problems(path, spec, rel))
        exercises.append(exercise)
    return exercises


def _exercise_problems(path: Path, spec: m.ExerciseSpec, rel: str) -> list[Problem]:
    """The parts an exercise folder must have, given its kind."""
    found = []
    for part in EXERCISE_PARTS:
        if part == "checks.py" and spec.kind is m.ExerciseKind.TESTS:
            continue  # graded by the mutants of its subject, not by checks
        if not (path / part).exists():
            found.append(Problem(rel, "-", f"the exercise has no {part}"))
    for side in ("starter", "reference"):
        for name in spec.files:
            if (path / side).is_dir() and not (path / side / name).is_file():
                found.append(Problem(rel, "files", f"{side}/{name} is missing"))
    for name in spec.subject:
        if not (path / "starter" / name).is_file():
            found.append(Problem(rel, "subject", f"starter/{name} is missing"))
    if spec.kind is m.ExerciseKind.TESTS and not spec.subject:
        found.append(Problem(rel, "subject", "a tests exercise needs the code under test"))
    return found


def validate_pack(root: Path | None = None) -> tuple[m.Pack | None, list[Problem]]:
    """Check a pack and build it when valid. Returns the pack (or None) and the problems."""
    from pyroad.content.rules import check_pack

    parsed = parse_pack(root or BUILTIN_PACK)
    problems = list(parsed.problems)
    if len(parsed.files) == len(SINGLE_FILES):
        problems.extend(check_pack(parsed))
    if problems:
        return None, sorted(set(problems))
    files = parsed.files

    def get(name: str, kind: type[_M]) -> _M:
        value = files[name]
        assert isinstance(value, kind)
        return value

    levels = get("levels.yaml", m.LevelsFile)
    pack = m.Pack(
        info=get("pack.yaml", m.PackInfo),
        role=get("role.yaml", m.Role),
        stages=get("stages.yaml", m.StagesFile).stages,
        skills=_in_stage_order(get("stages.yaml", m.StagesFile).stages, parsed.skills),
        tools=get("tools.yaml", m.ToolsFile).categories,
        frameworks=get("frameworks.yaml", m.FrameworksFile),
        work_kinds=levels.work_kinds,
        levels=levels.levels,
        salary=get("salary.yaml", m.SalaryFile),
        certifications=get("certifications.yaml", m.CertificationsFile),
        careers=get("careers.yaml", m.CareersFile),
        rules=get("rules.yaml", m.RulesFile).rules,
        exercises=parsed.exercises,
    )
    return pack, []


def _in_stage_order(stages: list[m.Stage], skills: list[tuple[str, m.Skill]]) -> list[m.Skill]:
    order = {stage.slug: index for index, stage in enumerate(stages)}
    indexed = list(enumerate(skill for _, skill in skills))
    indexed.sort(key=lambda pair: (order[pair[1].stage], pair[0]))
    return [skill for _, skill in indexed]


def load_pack(root: Path | None = None) -> m.Pack:
    """Load a valid pack or raise :class:`InvalidPackError` with every problem found."""
    pack, problems = validate_pack(root)
    if pack is None:
        raise InvalidPackError(problems)
    return pack


@cache
def builtin_pack() -> m.Pack:
    """The built-in ``python-developer`` pack, loaded once per process."""
    return load_pack(BUILTIN_PACK)

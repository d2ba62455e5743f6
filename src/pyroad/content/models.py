"""Typed models of a content pack.

A pack is a folder of YAML files; each file maps onto one of the ``*File`` models below and the
loader assembles them into a :class:`Pack`. Models are frozen and reject unknown keys, so a typo in
a pack is an error with its file and key rather than a silently ignored field.

Example::

    from pyroad.content import load_pack

    pack = load_pack()  # the built-in python-developer pack
    print([stage.title for stage in pack.stages])
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, HttpUrl, StringConstraints

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=64)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Reference(_Model):
    """A public page worth reading about a skill or a tool."""

    title: Text
    url: HttpUrl


# --- pack.yaml --------------------------------------------------------------------------------


class PackInfo(_Model):
    id: Slug
    title: Text
    version: Text
    summary: Text


# --- role.yaml --------------------------------------------------------------------------------


class UseArea(_Model):
    area: Text
    note: Text


class NonUseArea(_Model):
    area: Text
    prefer: list[Text] = Field(min_length=1)
    note: Text


class Role(_Model):
    """What the job is: daily work, where Python fits and where it does not, who hires."""

    summary: Text
    responsibilities: list[Text] = Field(min_length=1)
    daily_work: list[Text] = Field(min_length=1)
    used_for: list[UseArea] = Field(min_length=1)
    not_used_for: list[NonUseArea] = Field(min_length=1)
    employers: list[Text] = Field(min_length=1)
    why_python: list[Text] = Field(min_length=1)


# --- stages.yaml and skills/*.yaml ------------------------------------------------------------


class Stage(_Model):
    """One step of the learning order. The order of stages in the file is the learning order."""

    slug: Slug
    title: Text
    summary: Text
    why_here: Text
    foundation: bool = Field(
        description="Foundation stages must all be mastered before any framework or "
        "deployment skill opens.",
    )


class SkillKind(StrEnum):
    CONCEPT = "concept"
    PRACTICE = "practice"
    TOOL = "tool"
    FRAMEWORK = "framework"
    DEPLOYMENT = "deployment"


class Layer(StrEnum):
    """The seed's skill layers: language control, program structure, system interaction."""

    A = "A"
    B = "B"
    C = "C"


class Skill(_Model):
    slug: Slug
    title: Text
    stage: Slug
    kind: SkillKind = SkillKind.CONCEPT
    layer: Layer | None = None
    core: bool = Field(
        default=True,
        description="Core skills must be mastered to open the next stage.",
    )
    choice: Slug | None = Field(
        default=None,
        description="Skills sharing a choice group are alternatives: mastering one of them "
        "satisfies the group (the framework track).",
    )
    seed_items: list[Text] = Field(default_factory=list)
    summary: Text
    why: Text
    prerequisites: list[Slug] = Field(default_factory=list)
    references: list[Reference] = Field(min_length=1)
    mastery_exercises: int = Field(
        default=2,
        ge=1,
        description="Distinct exercises to pass (isolated) before the skill counts as mastered.",
    )


class StagesFile(_Model):
    stages: list[Stage] = Field(min_length=1)


class SkillsFile(_Model):
    skills: list[Skill] = Field(min_length=1)


# --- tools.yaml -------------------------------------------------------------------------------


class Tool(_Model):
    slug: Slug
    name: Text
    what: Text
    why: Text
    skill: Slug | None = None
    references: list[Reference] = Field(default_factory=list)


class ToolCategory(_Model):
    slug: Slug
    title: Text
    purpose: Text
    why: Text
    covers: list[Text] = Field(min_length=1)
    tools: list[Tool] = Field(min_length=1)


class ToolsFile(_Model):
    categories: list[ToolCategory] = Field(min_length=1)


# --- frameworks.yaml --------------------------------------------------------------------------


class Need(_Model):
    slug: Slug
    label: Text


class Fit(_Model):
    score: int = Field(ge=0, le=3)
    reason: Text


class Framework(_Model):
    slug: Slug
    name: Text
    summary: Text
    traits: list[Text] = Field(min_length=1)
    fits_when: list[Text] = Field(min_length=1)
    weak_when: list[Text] = Field(min_length=1)
    skill: Slug
    fit: dict[Slug, Fit]
    references: list[Reference] = Field(default_factory=list)


class FrameworksFile(_Model):
    advice: Text
    needs: list[Need] = Field(min_length=1)
    frameworks: list[Framework] = Field(min_length=1)


# --- levels.yaml and salary.yaml --------------------------------------------------------------


class WorkKind(_Model):
    slug: Slug
    title: Text
    summary: Text


class LevelEvidence(_Model):
    skills: list[Slug] = Field(default_factory=list, description="Skills to have mastered.")
    choices: list[Slug] = Field(
        default_factory=list,
        description="Choice groups to satisfy (one skill of the group mastered).",
    )
    work: list[Slug] = Field(default_factory=list, description="Kinds of work to have shown.")


class Level(_Model):
    slug: Slug
    title: Text
    summary: Text
    expected: list[Text] = Field(min_length=1)
    not_expected: list[Text] = Field(default_factory=list)
    evidence: LevelEvidence
    not_assessed: list[Text] = Field(
        default_factory=list,
        description="Parts of the level that code alone cannot show; pyroad says so plainly.",
    )


class LevelsFile(_Model):
    work_kinds: list[WorkKind] = Field(min_length=1)
    levels: list[Level] = Field(min_length=1)


class Range(_Model):
    min: int = Field(ge=0)
    max: int | None = Field(default=None, ge=0, description="None means open-ended (25+).")


class SalaryBand(_Model):
    level: Slug
    inr_lpa: Range


class SalaryFile(_Model):
    note: Text
    bands: list[SalaryBand] = Field(min_length=1)
    global_remote_usd: Range
    global_remote_note: Text


# --- certifications.yaml ----------------------------------------------------------------------


class CertExample(_Model):
    name: Text
    issuer: Text
    url: HttpUrl


class CertCategory(_Model):
    slug: Slug
    title: Text
    summary: Text
    examples: list[CertExample] = Field(min_length=1)


class CertificationsFile(_Model):
    summary: Text
    proves: list[Text] = Field(min_length=1)
    does_not_prove: list[Text] = Field(min_length=1)
    advice: Text
    categories: list[CertCategory] = Field(min_length=1)


# --- careers.yaml and rules.yaml --------------------------------------------------------------


class CareerTrack(_Model):
    slug: Slug
    title: Text
    summary: Text
    builds_on: list[Slug] = Field(min_length=1)
    next_topics: list[Text] = Field(min_length=1)


class CareersFile(_Model):
    summary: Text
    tracks: list[CareerTrack] = Field(min_length=1)


class Rule(_Model):
    slug: Slug
    title: Text
    summary: Text
    enforced_by: Text


class RulesFile(_Model):
    rules: list[Rule] = Field(min_length=1)


# --- exercises/<id>/exercise.yaml -------------------------------------------------------------


def _relative(path: str) -> str:
    parts = path.split("/")
    if path.startswith("/") or any(part in ("", ".", "..") for part in parts):
        raise ValueError("must be a plain relative path (no leading /, no . or .. parts)")
    return path


RelPath = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Za-z0-9_./-]+$", max_length=200),
    AfterValidator(_relative),
]


class ExerciseKind(StrEnum):
    FUNCTION = "function"  # the checks import the learner's module and call into it
    PROGRAM = "program"  # the checks run the learner's program: stdin/args/files in, out
    TESTS = "tests"  # the learner writes tests; graded by the mutants of the subject they catch


class ExerciseLimits(_Model):
    cpu_seconds: float = Field(default=2.0, gt=0, le=30)
    wall_seconds: float = Field(default=5.0, gt=0, le=60)
    memory_mb: int = Field(default=256, ge=32, le=2048)
    output_kb: int = Field(default=256, ge=1, le=8192)
    processes: int = Field(default=16, ge=1, le=256)


class QualitySpec(_Model):
    """Readability checks, run with ruff on the submitted files in the trusted grader."""

    rules: list[Annotated[str, StringConstraints(pattern=r"^[A-Z]+[0-9]*$")]] = Field(
        default_factory=lambda: ["E", "W", "F", "N", "D1", "C901", "B", "SIM"],
        description="ruff rule codes or prefixes that must report nothing",
    )
    max_complexity: int = Field(default=6, ge=1, le=30)
    formatted: bool = Field(default=True, description="the files must be as `ruff format` writes")


class ExerciseSpec(_Model):
    """The ``exercise.yaml`` of an exercise folder."""

    title: Text
    summary: Text
    skills: list[Slug] = Field(min_length=1, description="Skills this exercise proves.")
    work: list[Slug] = Field(default_factory=list, description="Kinds of work it shows.")
    difficulty: int = Field(ge=1, le=5)
    kind: ExerciseKind
    files: list[RelPath] = Field(min_length=1, description="Files the learner submits.")
    module: Annotated[str, StringConstraints(pattern=r"^[A-Za-z_][A-Za-z0-9_.]*$")] = "solution"
    entry: RelPath = "main.py"
    seed: int = 0
    limits: ExerciseLimits = Field(default_factory=ExerciseLimits)
    quality: QualitySpec | None = None
    subject: list[RelPath] = Field(
        default_factory=list, description="tests kind: the starter files under test"
    )
    kill_share: float = Field(
        default=0.8, gt=0, le=1, description="tests kind: share of mutants the tests must catch"
    )


class Exercise(_Model):
    id: Slug
    spec: ExerciseSpec
    path: Path


# --- the assembled pack -----------------------------------------------------------------------


class Pack(_Model):
    """A whole, valid content pack. Only :func:`pyroad.content.load_pack` builds one."""

    info: PackInfo
    role: Role
    stages: list[Stage]
    skills: list[Skill]
    tools: list[ToolCategory]
    frameworks: FrameworksFile
    work_kinds: list[WorkKind]
    levels: list[Level]
    salary: SalaryFile
    certifications: CertificationsFile
    careers: CareersFile
    rules: list[Rule]
    exercises: list[Exercise] = Field(default_factory=list)

    def skill(self, slug: str) -> Skill:
        for skill in self.skills:
            if skill.slug == slug:
                return skill
        raise KeyError(slug)

    def stage(self, slug: str) -> Stage:
        for stage in self.stages:
            if stage.slug == slug:
                return stage
        raise KeyError(slug)

    def stage_index(self, slug: str) -> int:
        return [stage.slug for stage in self.stages].index(slug)

    def skills_in(self, stage_slug: str) -> list[Skill]:
        return [skill for skill in self.skills if skill.stage == stage_slug]

    def exercise(self, exercise_id: str) -> Exercise:
        for exercise in self.exercises:
            if exercise.id == exercise_id:
                return exercise
        raise KeyError(exercise_id)

    def exercises_for(self, skill_slug: str) -> list[Exercise]:
        """The skill's exercises, easiest first."""
        found = [e for e in self.exercises if skill_slug in e.spec.skills]
        return sorted(found, key=lambda e: (e.spec.difficulty, e.id))

    def level(self, slug: str) -> Level:
        for level in self.levels:
            if level.slug == slug:
                return level
        raise KeyError(slug)

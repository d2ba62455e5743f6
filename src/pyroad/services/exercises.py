"""The learner's exercise workflow: list, start, check locally, submit, grade without recording."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pyroad.content.models import Exercise, Pack
from pyroad.grading.exercise import LoadedExercise, SubmissionError, load_exercise
from pyroad.grading.grader import Grader, Verdict
from pyroad.learning.evidence import Evidence, Integrity, Start
from pyroad.learning.mastery import SkillState, SkillStatus
from pyroad.services.context import Context
from pyroad.services.progress import learner_progress

MARKER = ".pyroad.json"


class WorkflowError(Exception):
    """The learner asked for something the rules do not allow now; the message says why."""


def find_exercise(pack: Pack, exercise_id: str) -> Exercise:
    try:
        return pack.exercise(exercise_id)
    except KeyError:
        close = [e.id for e in pack.exercises if exercise_id in e.id or e.id in exercise_id]
        hint = f"; did you mean: {', '.join(close)}" if close else "; see `pyroad exercises`"
        raise WorkflowError(f"unknown exercise '{exercise_id}'{hint}") from None


def exercise_state(exercise: Exercise, statuses: dict[str, SkillStatus], passed: set[str],
                   tried: set[str], started: set[str]) -> str:  # fmt: skip
    if exercise.id in passed:
        return "passed"
    if exercise.id in tried:
        return "attempted"
    if exercise.id in started:
        return "started"
    if any(statuses[s].state is SkillState.LOCKED for s in exercise.spec.skills):
        return "locked"
    return "open"


def list_exercises(ctx: Context, skill: str | None = None) -> list[dict[str, Any]]:
    if skill is not None and skill not in {s.slug for s in ctx.pack.skills}:
        raise WorkflowError(f"unknown skill '{skill}'")
    progress = learner_progress(ctx)
    passed = {e.exercise for e in progress.evidence if e.passed}
    tried = {e.exercise for e in progress.evidence}
    started = {s.exercise for s in progress.starts if s.exercise}
    rows = []
    for exercise in sorted(ctx.pack.exercises, key=_roadmap_order(ctx.pack)):
        if skill and skill not in exercise.spec.skills:
            continue
        spec = exercise.spec
        rows.append(
            {
                "id": exercise.id,
                "title": spec.title,
                "summary": spec.summary,
                "skills": spec.skills,
                "work": spec.work,
                "difficulty": spec.difficulty,
                "kind": spec.kind.value,
                "state": exercise_state(exercise, progress.statuses, passed, tried, started),
            }
        )
    return rows


def _roadmap_order(pack: Pack) -> Any:
    position = {skill.slug: index for index, skill in enumerate(pack.skills)}

    def key(exercise: Exercise) -> tuple[int, int, str]:
        first = min(position.get(s, 10_000) for s in exercise.spec.skills)
        return (first, exercise.spec.difficulty, exercise.id)

    return key


def _check_may_start(ctx: Context, exercise: Exercise) -> None:
    progress = learner_progress(ctx)
    statuses = progress.statuses
    for slug in exercise.spec.skills:
        status = statuses[slug]
        if status.state is SkillState.LOCKED:
            title = ctx.pack.skill(slug).title
            raise WorkflowError(f"'{title}' is locked: {'; '.join(status.locked_because)}")
    in_progress = [s for s, st in statuses.items() if st.state is SkillState.IN_PROGRESS]
    new = [
        s
        for s in exercise.spec.skills
        if statuses[s].state is SkillState.AVAILABLE and s not in in_progress
    ]
    limit = ctx.settings.wip_limit
    if new and len(in_progress) + len(new) > limit:
        names = ", ".join(ctx.pack.skill(s).title for s in in_progress)
        raise WorkflowError(
            f"you already have {len(in_progress)} skill(s) in progress ({names}); the limit is "
            f"{limit}. Finish one first (`pyroad next`), or raise the limit with "
            "PYROAD_WIP_LIMIT if you really must."
        )


def start_exercise(ctx: Context, exercise_id: str, target: Path | None = None) -> Path:
    """Write the exercise's workspace and mark its skills in progress."""
    exercise = find_exercise(ctx.pack, exercise_id)
    _check_may_start(ctx, exercise)
    folder = (target or Path.cwd() / exercise.id).resolve()
    marker = folder / MARKER
    if marker.exists():
        existing = json.loads(marker.read_text(encoding="utf-8")).get("exercise")
        if existing != exercise.id:
            raise WorkflowError(f"{folder} is the workspace of another exercise ({existing})")
    elif folder.exists() and any(folder.iterdir()):
        raise WorkflowError(f"{folder} exists and is not empty; choose another --dir")
    else:
        _write_workspace(load_exercise(exercise), folder)
    learner = ctx.store.learner(ctx.settings.learner)
    now = ctx.clock()
    for slug in exercise.spec.skills:
        ctx.store.record_start(learner.id, Start(slug, now, exercise.id))
    return folder


def _write_workspace(exercise: LoadedExercise, folder: Path) -> None:
    """Build the workspace in a temporary folder, then move it in place: all or nothing."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".pyroad-", dir=folder.parent))
    try:
        files = {"README.md": exercise.statement, **exercise.starter}
        files |= {f"tests/{name}": text for name, text in exercise.visible_tests.items()}
        for rel, text in files.items():
            path = staging / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        marker = {"exercise": exercise.id, "files": exercise.info.spec.files}
        (staging / MARKER).write_text(json.dumps(marker, indent=2) + "\n", encoding="utf-8")
        if folder.exists():
            folder.rmdir()  # empty, checked by the caller
        staging.rename(folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def workspace_exercise(pack: Pack, path: Path) -> tuple[Exercise, Path]:
    """The exercise a workspace belongs to (``path`` may be the folder or a file in it)."""
    folder = path if path.is_dir() else path.parent
    for candidate in (folder, *folder.parents):
        marker = candidate / MARKER
        if marker.is_file():
            try:
                exercise_id = json.loads(marker.read_text(encoding="utf-8"))["exercise"]
            except (ValueError, KeyError) as exc:
                raise WorkflowError(f"{marker} is damaged; run `pyroad start` again") from exc
            return find_exercise(pack, exercise_id), candidate
    raise WorkflowError(f"{path} is not inside an exercise workspace (see `pyroad start`)")


def run_visible_tests(pack: Pack, path: Path) -> int:
    """Run the workspace's visible tests with pytest, here, unsandboxed: it is your own code."""
    _, folder = workspace_exercise(pack, path)
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    command = [sys.executable, "-m", "pytest", "-q", "tests"]
    return subprocess.run(command, cwd=folder, env=env, check=False).returncode


@dataclass(frozen=True)
class Submission:
    verdict: Verdict
    recorded: bool
    before: dict[str, str]
    after: dict[str, str]
    actions: list[Any]


def submit(ctx: Context, grader: Grader, path: Path) -> Submission:
    """Grade a workspace against the hidden checks and record the evidence."""
    info, folder = workspace_exercise(ctx.pack, path)
    exercise = load_exercise(info)
    try:
        files = exercise.submission(folder)
    except SubmissionError as exc:
        raise WorkflowError(str(exc)) from exc
    _check_may_start(ctx, info)
    before = learner_progress(ctx).statuses
    verdict = grader.grade(exercise, files)
    recorded = verdict.status != "error"
    if recorded:
        learner = ctx.store.learner(ctx.settings.learner)
        evidence = Evidence(
            exercise=info.id,
            skills=tuple(info.spec.skills),
            passed=verdict.passed,
            integrity=Integrity(verdict.integrity),
            at=ctx.clock(),
            work=tuple(info.spec.work),
        )
        ctx.store.record_evidence(learner.id, evidence)
    progress = learner_progress(ctx)
    return Submission(
        verdict,
        recorded,
        {s: before[s].state.value for s in info.spec.skills},
        {s: progress.statuses[s].state.value for s in info.spec.skills},
        progress.actions,
    )


def grade_path(pack: Pack, grader: Grader, exercise_id: str, path: Path) -> Verdict:
    """Grade a file or folder without recording anything (for automation)."""
    exercise = load_exercise(find_exercise(pack, exercise_id))
    try:
        files = exercise.submission(path)
    except SubmissionError as exc:
        raise WorkflowError(str(exc)) from exc
    return grader.grade(exercise, files)

"""Submissions through a server: store first, grade through a queue, record the verdict once."""

from __future__ import annotations

from typing import Any

from pyroad.grading.exercise import MAX_SUBMISSION_BYTES, ExerciseError, load_exercise
from pyroad.grading.grader import Grader
from pyroad.learning.evidence import Evidence, Integrity, Start
from pyroad.learning.mastery import SkillState
from pyroad.queue import GradingQueue
from pyroad.services.context import Context
from pyroad.services.exercises import WorkflowError, find_exercise
from pyroad.services.progress import progress_of
from pyroad.store import LearnerRecord, SubmissionRecord


def create_submission(
    ctx: Context, queue: GradingQueue, learner: LearnerRecord, exercise_id: str,
    files: dict[str, str],
) -> int:  # fmt: skip
    """Check the request, start the skill if needed (work-in-progress limit), store, enqueue."""
    exercise = find_exercise(ctx.pack, exercise_id)
    expected = set(exercise.spec.files)
    if set(files) != expected:
        raise WorkflowError(f"send exactly these files: {', '.join(sorted(expected))}")
    if sum(len(text.encode()) for text in files.values()) > MAX_SUBMISSION_BYTES:
        raise WorkflowError("the submission is larger than 512 KB")
    statuses = progress_of(ctx, learner).statuses
    for slug in exercise.spec.skills:
        if statuses[slug].state is SkillState.LOCKED:
            why = "; ".join(statuses[slug].locked_because)
            raise WorkflowError(f"'{ctx.pack.skill(slug).title}' is locked: {why}")
    in_progress = [s for s, st in statuses.items() if st.state is SkillState.IN_PROGRESS]
    new = [s for s in exercise.spec.skills if statuses[s].state is SkillState.AVAILABLE]
    if new and len(in_progress) + len(new) > ctx.settings.wip_limit:
        names = ", ".join(ctx.pack.skill(s).title for s in in_progress)
        raise WorkflowError(
            f"you already have {len(in_progress)} skill(s) in progress ({names}); "
            "finish one before starting another"
        )
    now = ctx.clock()
    for slug in new:
        ctx.store.record_start(learner.id, Start(slug, now, exercise.id))
    submission_id = ctx.store.add_submission(
        learner.id, exercise.id, files, now, in_transaction=queue.in_transaction
    )
    queue.enqueue(submission_id)
    return submission_id


def grade_submission(ctx: Context, grader: Grader, submission_id: int) -> bool:
    """The grading job: idempotent, so a retried job never records a second verdict."""
    submission = ctx.store.submission(submission_id)
    if submission is None or submission.status != "queued":
        return False
    info = ctx.pack.exercise(submission.exercise)
    try:
        verdict = grader.grade(load_exercise(info), submission.files)
        data = verdict.as_dict()
    except ExerciseError as exc:
        data = {"status": "error", "exercise": info.id, "message": str(exc), "cases": []}
    evidence = None
    if data["status"] != "error":
        evidence = Evidence(
            exercise=info.id,
            skills=tuple(info.spec.skills),
            passed=data["status"] == "pass",
            integrity=Integrity(data["integrity"]),
            at=ctx.clock(),
            work=tuple(info.spec.work),
        )
    return ctx.store.finish_submission(submission_id, data, ctx.clock(), evidence)


def submission_view(record: SubmissionRecord, with_files: bool = False) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": record.id,
        "exercise": record.exercise,
        "status": record.status,
        "verdict": record.verdict,
        "created_at": record.created_at.isoformat(),
        "graded_at": record.graded_at.isoformat() if record.graded_at else None,
    }
    if with_files:
        data["files"] = record.files
    return data

"""The REST API, ``/api/v1``: each resource checks who may see it.

Public: the roadmap's content (skills, exercises, frameworks). Signed in (session cookie with a
CSRF header, or an API token): your progress, your submissions. Nobody ever reads another
learner's submissions: asking for one answers 404, exactly as for one that does not exist.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, status
from pydantic import BaseModel, Field

from pyroad.grading.exercise import load_exercise
from pyroad.learning.frameworks import UnknownNeedError, rank_frameworks
from pyroad.services import teams, views
from pyroad.services.exercises import WorkflowError, find_exercise, list_exercises
from pyroad.services.progress import Progress, anonymous_progress, progress_of
from pyroad.services.submissions import create_submission, submission_view
from pyroad.store import LearnerRecord
from pyroad.store.sql import SqlStore
from pyroad.web.security import csrf_ok, new_api_token, token_digest, verify_password
from pyroad.web.state import WebState, current_learner, session_of, web

router = APIRouter(prefix="/api/v1", tags=["api"])
Json = dict[str, Any]


def signed_in(request: Request) -> LearnerRecord:
    learner = current_learner(request)
    if learner is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "sign in or send an API token")
    return learner


def write_allowed(request: Request) -> LearnerRecord:
    """Writes with the session cookie need the CSRF header; API-token writes do not."""
    learner = signed_in(request)
    token = request.headers.get("x-csrf-token")
    if not request.state.via_token and not csrf_ok(session_of(request), token):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "missing or wrong CSRF token")
    return learner


Learner = Annotated[LearnerRecord, Depends(signed_in)]
Writer = Annotated[LearnerRecord, Depends(write_allowed)]
State = Annotated[WebState, Depends(web)]
# Row ids in paths: out-of-range numbers are refused as bad input (422) before any query, since
# databases store ids as 64-bit integers and would fail on anything larger.
RowId = Annotated[int, Path(ge=1, le=2**62)]


class TokenCreate(BaseModel):
    email: str = Field(min_length=3, max_length=254)
    password: str = Field(min_length=1, max_length=1024)


class SubmissionCreate(BaseModel):
    exercise: str = Field(min_length=1, max_length=128)
    files: dict[str, str] = Field(max_length=50)


@router.get("/roadmap")
def roadmap(request: Request, state: State) -> Json:
    """The stages and skills, with your state in each when you are signed in."""
    data = views.roadmap_view(state.ctx.pack, progress_for(request, state))
    data["learner"] = data["learner"] or None
    return data


def progress_for(request: Request, state: WebState) -> Progress:
    learner = current_learner(request)
    if learner is None:
        return anonymous_progress(state.ctx)
    return progress_of(state.ctx, learner)


@router.get("/skills")
def skills(state: State) -> Json:
    """Every skill, in roadmap order."""
    pack = state.ctx.pack
    return {"skills": [s.model_dump(mode="json") for s in pack.skills]}


@router.get("/skills/{slug}")
def skill(slug: str, request: Request, state: State) -> Json:
    """One skill: what, why, prerequisites, references, and your state when signed in."""
    if slug not in {s.slug for s in state.ctx.pack.skills}:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such skill")
    return views.skill_view(state.ctx.pack, progress_for(request, state), slug)


@router.get("/exercises")
def exercises(state: State, skill: Annotated[str | None, Query(max_length=64)] = None) -> Json:
    """Every exercise, or one skill's."""
    try:
        rows = list_exercises(state.ctx, skill)
    except WorkflowError as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, str(exc)) from exc
    for row in rows:
        row.pop("state", None)  # the anonymous profile's state means nothing here
    return {"exercises": rows}


@router.get("/exercises/{exercise_id}")
def exercise(exercise_id: str, state: State) -> Json:
    """An exercise's statement, starter files and visible tests (never its checks)."""
    try:
        info = find_exercise(state.ctx.pack, exercise_id)
    except WorkflowError as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, str(exc)) from exc
    loaded = load_exercise(info)
    return {
        "id": info.id,
        "title": info.spec.title,
        "skills": info.spec.skills,
        "difficulty": info.spec.difficulty,
        "kind": info.spec.kind.value,
        "files": info.spec.files,
        "statement": loaded.statement,
        "starter": loaded.starter,
        "visible_tests": loaded.visible_tests,
    }


@router.get("/frameworks")
def frameworks(state: State, need: Annotated[list[str], Query(max_length=12)] = []) -> Json:  # noqa: B006
    """Django, Flask and FastAPI ranked for your needs, with reasons."""
    try:
        ranked = rank_frameworks(state.ctx.pack.frameworks, need)
    except UnknownNeedError as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, str(exc)) from exc
    return views.frameworks_view(state.ctx.pack, need, ranked)


@router.post("/tokens", status_code=status.HTTP_201_CREATED)
def create_token(body: TokenCreate, request: Request, state: State) -> Json:
    """Trade an email and password for an API token (for `pyroad login`); shown once."""
    client = request.client.host if request.client else "?"
    if not state.signin_limit.allow(f"{client}:{body.email.lower()}"):
        raise HTTPException(status.HTTP_429_TOO_MANY_REQUESTS, "too many attempts; wait a minute")
    found = state.ctx.store.account_by_email(body.email.strip().lower())
    if not verify_password(found[1] if found else None, body.password) or found is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "wrong email or password")
    token = new_api_token()
    state.ctx.store.add_token(found[0].id, token_digest(token), state.ctx.clock())
    return {"token": token, "learner": found[0].name}


@router.post("/submissions", status_code=status.HTTP_202_ACCEPTED)
def submit(body: SubmissionCreate, learner: Writer, state: State) -> Json:
    """Send code for grading; poll `GET /submissions/{id}` for the verdict."""
    if state.queue is None:
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, "grading is off on this server")
    if not state.submit_limit.allow(str(learner.id)):
        raise HTTPException(status.HTTP_429_TOO_MANY_REQUESTS, "too many submissions; wait a bit")
    try:
        submission_id = create_submission(
            state.ctx, state.queue, learner, body.exercise, body.files
        )
    except WorkflowError as exc:
        raise HTTPException(status.HTTP_409_CONFLICT, str(exc)) from exc
    return {"id": submission_id, "status": "queued"}


@router.get("/submissions")
def my_submissions(learner: Learner, state: State) -> Json:
    """Your submissions, newest first."""
    return {"submissions": [submission_view(s) for s in state.ctx.store.submissions(learner.id)]}


@router.get("/submissions/{submission_id}")
def my_submission(submission_id: RowId, learner: Learner, state: State) -> Json:
    """One of your submissions, with its code and verdict."""
    record = state.ctx.store.submission(submission_id)
    if record is None or record.learner_id != learner.id:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such submission")
    data = submission_view(record, with_files=True)
    if isinstance(state.ctx.store, SqlStore):
        data["comments"] = teams.comments_view(teams.team_store(state.ctx), record.id)
    return data


@router.get("/next")
def next_steps(learner: Learner, state: State) -> Json:
    """What to do next (one to three actions), each with its reason."""
    return views.next_view(state.ctx.pack, progress_of(state.ctx, learner), True)


@router.get("/levels")
def levels(learner: Learner, state: State) -> Json:
    """Your readiness for each career level, the gaps, and the salary bands."""
    return views.levels_view(state.ctx.pack, progress_of(state.ctx, learner))

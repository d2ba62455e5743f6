"""Team endpoints under ``/api/v1/teams``. Rules: see :mod:`pyroad.services.teams`."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, status
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from pyroad.services import teams as service
from pyroad.web.api import Learner, RowId, State, Writer

router = APIRouter(prefix="/api/v1", tags=["teams"])
Json = dict[str, Any]


class TeamCreate(BaseModel):
    name: str = Field(min_length=2, max_length=100)
    share_submissions: bool = False


class TeamJoin(BaseModel):
    code: str = Field(min_length=1, max_length=64)


class RoleChange(BaseModel):
    role: str = Field(min_length=1, max_length=16)


class CommentCreate(BaseModel):
    body: str = Field(min_length=1, max_length=4000)


def _call(work: Any) -> Any:
    try:
        return work()
    except service.NotFoundError as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, str(exc)) from exc
    except service.TeamError as exc:
        raise HTTPException(status.HTTP_409_CONFLICT, str(exc)) from exc


@router.post("/teams", status_code=status.HTTP_201_CREATED)
def create_team(body: TeamCreate, learner: Writer, state: State) -> Json:
    """Create a team; you become its owner."""
    team = _call(lambda: service.create_team(state.ctx, learner, body.name, body.share_submissions))
    return _call(lambda: service.team_view(state.ctx, learner, team.id))  # type: ignore[no-any-return]


@router.post("/teams/join")
def join_team(body: TeamJoin, learner: Writer, state: State) -> Json:
    """Join a team with its invite code (as a member)."""
    team = _call(lambda: service.join_team(state.ctx, learner, body.code))
    return _call(lambda: service.team_view(state.ctx, learner, team.id))  # type: ignore[no-any-return]


@router.get("/teams")
def my_teams(learner: Learner, state: State) -> Json:
    """The teams you belong to, with your role in each."""
    return {"teams": service.my_teams(state.ctx, learner)}


@router.get("/teams/{team_id}")
def team(team_id: RowId, learner: Learner, state: State) -> Json:
    """A team you belong to: its members and roles (the invite code for owners and mentors)."""
    return _call(lambda: service.team_view(state.ctx, learner, team_id))  # type: ignore[no-any-return]


@router.get("/teams/{team_id}/matrix", response_class=JSONResponse)
def matrix(
    team_id: RowId,
    learner: Learner,
    state: State,
    sort: Annotated[str | None, Query(max_length=64)] = None,
) -> JSONResponse:
    """Members x skills by state, with each member's level readiness (owners and mentors)."""
    data = _call(lambda: service.skills_matrix(state.ctx, learner, team_id, sort))
    # Plain JSON types already: skip FastAPI's generic encoder, slow on a 500-member team.
    return JSONResponse(data)


@router.put("/teams/{team_id}/members/{member_id}/role")
def change_role(
    team_id: RowId, member_id: RowId, body: RoleChange, learner: Writer, state: State
) -> Json:
    """Change a member's role (owners)."""
    _call(lambda: service.set_role(state.ctx, learner, team_id, member_id, body.role))
    return {"team": team_id, "member": member_id, "role": body.role}


@router.get("/teams/{team_id}/members/{member_id}/submissions")
def member_submissions(team_id: RowId, member_id: RowId, learner: Learner, state: State) -> Json:
    """A member's submissions, where the team shares them (owners and mentors)."""
    found = _call(lambda: service.member_submissions(state.ctx, learner, team_id, member_id))
    return {"submissions": found}


@router.post("/submissions/{submission_id}/comments", status_code=status.HTTP_201_CREATED)
def comment(submission_id: RowId, body: CommentCreate, learner: Writer, state: State) -> Json:
    """Leave a review comment on a team member's submission (owners and mentors)."""
    comment_id = _call(lambda: service.comment(state.ctx, learner, submission_id, body.body))
    return {"id": comment_id}

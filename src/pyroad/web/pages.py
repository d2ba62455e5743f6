"""Server-rendered pages. Thin: each one gathers a service's view and renders a template."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from pyroad.grading.exercise import load_exercise
from pyroad.learning.frameworks import UnknownNeedError, rank_frameworks
from pyroad.services import teams as team_service
from pyroad.services import views
from pyroad.services.exercises import WorkflowError, find_exercise, list_exercises
from pyroad.services.progress import progress_of
from pyroad.store import ConflictError, LearnerRecord
from pyroad.web.api import RowId, progress_for
from pyroad.web.security import (
    Session,
    csrf_ok,
    hash_password,
    new_api_token,
    token_digest,
    verify_password,
)
from pyroad.web.state import (
    WebState,
    csrf_token,
    current_learner,
    current_learner_and_version,
    render_markdown,
    session_of,
    web,
)
from pyroad.web.svg import roadmap_svg

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
templates.env.auto_reload = False  # templates ship with the package: no stat() per render
State = Annotated[WebState, Depends(web)]


def page(
    request: Request, template: str, title: str, status_code: int = 200, **data: Any
) -> Response:
    context = {
        "title": title,
        "learner": current_learner(request),
        "csrf": csrf_token(request),
        **data,
    }
    return templates.TemplateResponse(request, template, context, status_code=status_code)


def check_form(request: Request, token: str) -> None:
    if not csrf_ok(session_of(request), token):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "the form expired; reload the page")


def require_learner(request: Request) -> LearnerRecord:
    learner = current_learner(request)
    if learner is None:
        raise HTTPException(status.HTTP_303_SEE_OTHER, headers={"Location": "/signin"})
    return learner


@router.get("/", response_class=HTMLResponse)
def home(request: Request, state: State) -> Response:
    """The roadmap. The whole page is rendered once per learner, progress version, minute (for
    reviews falling due) and session (its form token), then reused: every learner opens this
    page most."""
    learner, version = current_learner_and_version(request)
    now = state.ctx.clock()
    csrf = csrf_token(request)
    minute = now.replace(second=0, microsecond=0)
    key = (learner.id if learner else 0, learner.name if learner else "", version, minute, csrf)

    def render() -> str:
        progress = progress_for(request, state)
        states = {slug: st.state.value for slug, st in progress.statuses.items()}
        actions = [views.action_view(a) for a in progress.actions] if learner else []
        body = templates.get_template("roadmap_body.html").render(
            svg=roadmap_svg(state.ctx.pack, states),
            roadmap=views.roadmap_view(state.ctx.pack, progress),
            actions=actions,
            learner=learner,
        )
        whole = templates.get_template("cached.html").render(
            request=request,
            title="Your Python developer roadmap",
            learner=learner,
            csrf=csrf,
            body=body,
        )
        return str(whole)

    return HTMLResponse(state.roadmaps.get_or_make(key, render))


@router.get("/skills/{slug}", response_class=HTMLResponse)
def skill_page(slug: str, request: Request, state: State) -> Response:
    pack = state.ctx.pack
    if slug not in {s.slug for s in pack.skills}:
        return page(request, "message.html", "Not found", 404, message="No such skill.")
    progress = progress_for(request, state)
    data = views.skill_view(pack, progress, slug)
    mine = [e for e in progress.evidence if slug in e.skills]
    return page(
        request,
        "skill.html",
        data["title"],
        skill=data,
        exercises=_skill_exercises(state, slug, signed_in=bool(progress.learner.id)),
        evidence=list(reversed(mine))[:20],
    )


def _skill_exercises(state: WebState, slug: str, signed_in: bool) -> list[dict[str, Any]]:
    if signed_in:
        return [e for e in list_exercises(state.ctx) if slug in e["skills"]]
    return [
        {"id": e.id, "title": e.spec.title, "difficulty": e.spec.difficulty, "state": ""}
        for e in state.ctx.pack.exercises_for(slug)
    ]


@router.get("/exercises/{exercise_id}", response_class=HTMLResponse)
def exercise_page(exercise_id: str, request: Request, state: State) -> Response:
    try:
        info = find_exercise(state.ctx.pack, exercise_id)
    except WorkflowError:
        return page(request, "message.html", "Not found", 404, message="No such exercise.")
    loaded = load_exercise(info)
    learner = current_learner(request)
    files = dict(loaded.starter)
    if learner is not None:
        latest = [s for s in state.ctx.store.submissions(learner.id) if s.exercise == info.id]
        if latest:
            files.update(latest[0].files)
    return page(
        request,
        "exercise.html",
        info.spec.title,
        exercise=info,
        statement=render_markdown(loaded.statement),
        files={name: files.get(name, "") for name in info.spec.files},
        grading=state.queue is not None,
    )


@router.get("/dashboard", response_class=HTMLResponse)
def dashboard(request: Request, state: State) -> Response:
    learner = require_learner(request)
    progress = progress_of(state.ctx, learner)
    due = [s for s, st in progress.statuses.items() if st.state.value == "review_due"]
    return page(
        request,
        "dashboard.html",
        "Dashboard",
        actions=[views.action_view(a) for a in progress.actions],
        levels=views.levels_view(state.ctx.pack, progress),
        due=[state.ctx.pack.skill(s) for s in due],
        submissions=state.ctx.store.submissions(learner.id, limit=10),
    )


@router.get("/role", response_class=HTMLResponse)
def role(request: Request, state: State) -> Response:
    return page(request, "role.html", "The Python developer role", role=state.ctx.pack.role)


@router.get("/tools", response_class=HTMLResponse)
def tools(request: Request, state: State) -> Response:
    return page(request, "tools.html", "Tools by purpose", categories=state.ctx.pack.tools)


@router.get("/frameworks", response_class=HTMLResponse)
def frameworks(
    request: Request,
    state: State,
    need: Annotated[list[str], Query()] = [],  # noqa: B006
) -> Response:
    pack = state.ctx.pack
    try:
        ranked = rank_frameworks(pack.frameworks, need)
    except UnknownNeedError as exc:
        return page(request, "message.html", "Unknown need", 422, message=str(exc))
    data = views.frameworks_view(pack, need, ranked)
    return page(
        request, "frameworks.html", "Choose a framework", data=data, needs=pack.frameworks.needs
    )


@router.get("/levels", response_class=HTMLResponse)
def levels(request: Request, state: State) -> Response:
    pack = state.ctx.pack
    readiness = views.levels_view(pack, progress_for(request, state))
    salary = views.salary_view(pack)
    title = "Career levels and salaries"
    return page(request, "levels.html", title, pack=pack, salary=salary, readiness=readiness)


@router.get("/careers", response_class=HTMLResponse)
def careers(request: Request, state: State) -> Response:
    return page(request, "careers.html", "After entry level", pack=state.ctx.pack)


@router.get("/certifications", response_class=HTMLResponse)
def certifications(request: Request, state: State) -> Response:
    return page(request, "certs.html", "Certifications", certs=state.ctx.pack.certifications)


@router.get("/signup", response_class=HTMLResponse)
def signup_form(request: Request) -> Response:
    return page(request, "signup.html", "Sign up")


@router.post("/signup", response_class=HTMLResponse)
def signup(
    request: Request,
    state: State,
    name: Annotated[str, Form(max_length=64)],
    email: Annotated[str, Form(max_length=254)],
    password: Annotated[str, Form(max_length=1024)],
    csrf: Annotated[str, Form()],
) -> Response:
    check_form(request, csrf)
    name, email = name.strip(), email.strip().lower()
    error = None
    if not name or len(name) < 2:
        error = "Choose a name of at least 2 characters."
    elif "@" not in email or "." not in email.split("@")[-1]:
        error = "Enter a valid email address."
    elif len(password) < 10:
        error = "Use a password of at least 10 characters."
    if error is None:
        try:
            learner = state.ctx.store.create_account(name, email, hash_password(password))
        except ConflictError:
            error = "That name or email is taken already."
    if error is not None:
        return page(request, "signup.html", "Sign up", 400, error=error, name=name, email=email)
    return _signed_in(request, learner.id)


def _signed_in(request: Request, learner_id: int) -> Response:
    # A fresh CSRF token with every sign-in: nothing from before survives.
    request.state.session = Session(learner_id, _new_csrf())
    request.state.session_changed = True
    return RedirectResponse("/dashboard", status.HTTP_303_SEE_OTHER)


def _new_csrf() -> str:
    return secrets.token_urlsafe(24)


@router.get("/signin", response_class=HTMLResponse)
def signin_form(request: Request) -> Response:
    return page(request, "signin.html", "Sign in")


@router.post("/signin", response_class=HTMLResponse)
def signin(
    request: Request,
    state: State,
    email: Annotated[str, Form(max_length=254)],
    password: Annotated[str, Form(max_length=1024)],
    csrf: Annotated[str, Form()],
) -> Response:
    check_form(request, csrf)
    email = email.strip().lower()
    client = request.client.host if request.client else "?"
    if not state.signin_limit.allow(f"{client}:{email}"):
        return page(
            request, "signin.html", "Sign in", 429, error="Too many attempts; wait a minute."
        )
    found = state.ctx.store.account_by_email(email)
    if found is None or not verify_password(found[1], password):
        return page(
            request, "signin.html", "Sign in", 401, error="Wrong email or password.", email=email
        )
    return _signed_in(request, found[0].id)


@router.post("/signout")
def signout(request: Request, csrf: Annotated[str, Form()]) -> Response:
    check_form(request, csrf)
    request.state.session = Session(None, _new_csrf())
    request.state.session_changed = True
    return RedirectResponse("/", status.HTTP_303_SEE_OTHER)


@router.get("/account", response_class=HTMLResponse)
def account(request: Request) -> Response:
    require_learner(request)
    return page(request, "account.html", "Your account")


@router.post("/account/tokens", response_class=HTMLResponse)
def account_token(request: Request, state: State, csrf: Annotated[str, Form()]) -> Response:
    check_form(request, csrf)
    learner = require_learner(request)
    token = new_api_token()
    state.ctx.store.add_token(learner.id, token_digest(token), state.ctx.clock())
    return page(request, "account.html", "Your account", token=token)


@router.get("/teams", response_class=HTMLResponse)
def teams_page(request: Request, state: State) -> Response:
    learner = require_learner(request)
    return page(request, "teams.html", "Teams", teams=team_service.my_teams(state.ctx, learner))


@router.post("/teams", response_class=HTMLResponse)
def teams_create(
    request: Request,
    state: State,
    name: Annotated[str, Form(max_length=100)],
    csrf: Annotated[str, Form()],
    share: Annotated[bool, Form()] = False,
) -> Response:
    check_form(request, csrf)
    learner = require_learner(request)
    try:
        team = team_service.create_team(state.ctx, learner, name, share)
    except team_service.TeamError as exc:
        mine = team_service.my_teams(state.ctx, learner)
        return page(request, "teams.html", "Teams", 400, teams=mine, error=str(exc))
    return RedirectResponse(f"/teams/{team.id}", status.HTTP_303_SEE_OTHER)


@router.post("/teams/join", response_class=HTMLResponse)
def teams_join(
    request: Request,
    state: State,
    code: Annotated[str, Form(max_length=64)],
    csrf: Annotated[str, Form()],
) -> Response:
    check_form(request, csrf)
    learner = require_learner(request)
    try:
        team = team_service.join_team(state.ctx, learner, code)
    except (team_service.TeamError, team_service.NotFoundError) as exc:
        mine = team_service.my_teams(state.ctx, learner)
        return page(request, "teams.html", "Teams", 400, teams=mine, error=str(exc))
    return RedirectResponse(f"/teams/{team.id}", status.HTTP_303_SEE_OTHER)


@router.get("/teams/{team_id}", response_class=HTMLResponse)
def team_page(team_id: RowId, request: Request, state: State, sort: str | None = None) -> Response:
    learner = require_learner(request)
    try:
        team = team_service.team_view(state.ctx, learner, team_id)
    except team_service.NotFoundError:
        return page(request, "message.html", "Not found", 404, message="No such team.")
    matrix = None
    if team["your_role"] in team_service.LEADS:
        matrix = team_service.skills_matrix(state.ctx, learner, team_id, sort)
    return page(request, "team.html", team["name"], team=team, matrix=matrix, pack=state.ctx.pack)

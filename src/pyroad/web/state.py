"""What the web app holds for its lifetime, and helpers every route uses."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import nh3
from fastapi import Request
from markdown_it import MarkdownIt

from pyroad.grading.grader import Grader
from pyroad.grading.sandbox import Sandbox
from pyroad.queue import GradingQueue
from pyroad.services.context import Context
from pyroad.store import LearnerRecord
from pyroad.web.cache import LRU
from pyroad.web.security import RateLimiter, Session, Sessions, token_digest

_markdown = MarkdownIt("commonmark", {"html": False}).enable("table")


def render_markdown(text: str) -> str:
    """Markdown to HTML with raw HTML disabled, then sanitised: nothing executable survives."""
    return nh3.clean(_markdown.render(text))


@dataclass
class WebState:
    ctx: Context
    sessions: Sessions
    queue: GradingQueue | None
    sandbox: Sandbox | None
    grader: Grader | None
    signin_limit: RateLimiter
    submit_limit: RateLimiter
    # Rendered roadmap pages (see pages.home); a page is about 40 KB: at most some 40 MB.
    roadmaps: LRU = field(default_factory=lambda: LRU(size=1024))


def web(request: Request) -> WebState:
    state: WebState = request.app.state.web
    return state


def session_of(request: Request) -> Session:
    session: Session = request.state.session
    return session


def csrf_token(request: Request) -> str:
    """The session's CSRF token, for a form; a new visitor gets the cookie that holds it."""
    request.state.csrf_used = True
    return session_of(request).csrf


def current_learner(request: Request) -> LearnerRecord | None:
    """The learner behind an API token (``Authorization: Bearer``) or the session cookie."""
    cached: Any = getattr(request.state, "learner", False)
    if cached is not False:
        return cached  # type: ignore[no-any-return]
    state = web(request)
    learner: LearnerRecord | None = None
    token = _bearer_token(request)
    if token is not None:
        learner = state.ctx.store.learner_by_token(token_digest(token))
        request.state.via_token = True
    else:
        learner_id = session_of(request).learner_id
        if learner_id is not None:
            learner = state.ctx.store.learner_by_id(learner_id)
        request.state.via_token = False
    request.state.learner = learner
    return learner


def current_learner_and_version(request: Request) -> tuple[LearnerRecord | None, str]:
    """:func:`current_learner` and their progress version; one query for a session cookie."""
    store = web(request).ctx.store
    unknown = getattr(request.state, "learner", False) is False
    learner_id = session_of(request).learner_id
    if unknown and _bearer_token(request) is None and learner_id is not None:
        found = store.learner_with_version(learner_id)
        request.state.via_token = False
        request.state.learner = found[0] if found else None
        return found or (None, "-")
    learner = current_learner(request)
    return learner, store.progress_version(learner.id) if learner else "-"


def _bearer_token(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    return header[7:].strip() if header.lower().startswith("bearer ") else None

"""``create_app(settings)``: the FastAPI application, its services and its grading pool.

Example::

    from pyroad.settings import get_settings
    from pyroad.web.app import create_app

    app = create_app(get_settings())   # serve with uvicorn
"""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from http.cookies import SimpleCookie
from pathlib import Path

import anyio.to_thread
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from pyroad.grading.grader import Grader
from pyroad.grading.sandbox import ForkServerSandbox
from pyroad.queue import GradingQueue, LocalQueue
from pyroad.queue.distributed import DistributedQueue
from pyroad.services.context import Context, open_context
from pyroad.services.submissions import grade_submission
from pyroad.settings import Settings, signing_key
from pyroad.web import api, pages, teams_api
from pyroad.web.security import SESSION_COOKIE, SESSION_MAX_AGE, RateLimiter, Sessions
from pyroad.web.state import WebState

STATIC = Path(__file__).parent / "static"
THREADS = 8


def create_app(
    settings: Settings,
    context: Context | None = None,
    queue_factory: Callable[[Context, Grader], GradingQueue] | None = None,
) -> FastAPI:
    """Build the app. ``context`` and ``queue_factory`` let tests plug in fakes."""
    ctx = context or open_context(settings)
    state = WebState(
        ctx=ctx,
        sessions=Sessions(signing_key(settings)),
        queue=None,
        sandbox=None,
        grader=None,
        signin_limit=RateLimiter(limit=10, window=60),
        submit_limit=RateLimiter(limit=30, window=60),
    )

    server_mode = settings.resolved_database_url.startswith("postgresql")

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # Request handlers run in worker threads. Python runs one thread at a time, so more
        # threads than a few add only waiting: each database call hands the interpreter lock
        # to another thread and queues to get it back.
        anyio.to_thread.current_default_thread_limiter().total_tokens = THREADS
        if server_mode and queue_factory is None:
            # Server mode: the job goes into PostgreSQL with the submission and any number
            # of `pyroad worker` processes, on any machine, grade it.
            state.queue = DistributedQueue()
        elif settings.grading_workers > 0:
            state.sandbox = ForkServerSandbox(isolate=settings.isolate)
            state.grader = Grader(state.sandbox)
            grader = state.grader
            if queue_factory is not None:
                state.queue = queue_factory(ctx, grader)
            else:
                state.queue = LocalQueue(
                    lambda sid: _grade(ctx, grader, sid), settings.grading_workers
                )
            # Restart safety: what was queued when the server stopped is graded now.
            for submission_id in ctx.store.queued_submissions():
                state.queue.enqueue(submission_id)
        # What start-up built (the pack, templates, libraries) lives as long as the process:
        # out of the collector's way, a full collection no longer stalls requests for tens of
        # milliseconds (it did, at the 99th percentile of the roadmap page).
        gc.collect()
        gc.freeze()
        try:
            yield
        finally:
            if state.queue is not None:
                state.queue.close()
            if state.sandbox is not None:
                state.sandbox.close()

    app = FastAPI(
        title="pyroad",
        summary="The Python developer roadmap that checks you can actually do it.",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.web = state
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(api.router)
    app.include_router(teams_api.router)
    app.include_router(pages.router)

    app.add_middleware(SessionMiddleware, sessions=state.sessions, secure=settings.secure_cookies)

    @app.get("/healthz", tags=["operations"])
    def healthz() -> dict[str, str]:
        """Liveness: the process answers."""
        return {"status": "ok"}

    @app.get("/readyz", tags=["operations"])
    def readyz() -> JSONResponse:
        """Readiness: the database answers and the content pack is loaded."""
        try:
            ctx.store.progress_version(0)
        except Exception as exc:  # any failure to reach the store means "not ready"
            return JSONResponse({"status": "not ready", "reason": str(exc)[:200]}, 503)
        grading = "workers" if server_mode else ("in-process" if state.queue else "off")
        return JSONResponse(
            {"status": "ready", "exercises": len(ctx.pack.exercises), "grading": grading}
        )

    return app


HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (
        b"content-security-policy",
        b"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'",
    ),
]


class SessionMiddleware:
    """Load the signed session into ``request.state``; write it back only when it changed.

    A plain ASGI middleware (not ``BaseHTTPMiddleware``): it adds no task or stream copy per
    request. It also sets the security headers every response carries.
    """

    def __init__(self, app: ASGIApp, sessions: Sessions, secure: bool) -> None:
        self.app = app
        self.sessions = sessions
        self.secure = secure

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        cookie = request.cookies.get(SESSION_COOKIE)
        state = scope.setdefault("state", {})
        state["session"] = self.sessions.load(cookie)
        state["session_changed"] = False

        async def send_with_session(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in HEADERS:
                    headers.setdefault(name.decode(), value.decode())
                if state["session_changed"] or (cookie is None and state.get("csrf_used")):
                    jar = SimpleCookie()
                    jar[SESSION_COOKIE] = self.sessions.dump(state["session"])
                    morsel = jar[SESSION_COOKIE]
                    morsel["max-age"] = SESSION_MAX_AGE
                    morsel["path"] = "/"
                    morsel["httponly"] = True
                    morsel["samesite"] = "lax"
                    if self.secure:
                        morsel["secure"] = True
                    headers.append("set-cookie", morsel.OutputString())
            await send(message)

        await self.app(scope, receive, send_with_session)


def _grade(ctx: Context, grader: Grader, submission_id: int) -> None:
    grade_submission(ctx, grader, submission_id)

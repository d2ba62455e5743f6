"""``pyroad``: see the roadmap, what to do next, and the level you have shown.

Commands are thin: they build settings once, call a service, and render its plain-data view as
Rich text or, with ``--json``, as JSON. Exit codes: 0 success, 1 a failure of the run (the store is
unreachable), 2 bad input (unknown skill or need, invalid pack, bad option).
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from pydantic import ValidationError
from rich.console import Console

from pyroad.cli import render
from pyroad.content.loader import InvalidPackError, validate_pack
from pyroad.grading.grader import Grader
from pyroad.grading.sandbox import ForkServerSandbox, SandboxError
from pyroad.learning.frameworks import UnknownNeedError, rank_frameworks
from pyroad.services import exercises as exercise_service
from pyroad.services import remote, views
from pyroad.services.context import Context, load_configured_pack, open_context
from pyroad.services.progress import learner_progress
from pyroad.settings import Settings, get_settings
from pyroad.store import StoreError

app = typer.Typer(
    name="pyroad",
    help="The Python developer roadmap that checks you can actually do it.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
content_app = typer.Typer(help="Work with content packs.", no_args_is_help=True)
db_app = typer.Typer(help="Manage the database.", no_args_is_help=True)
app.add_typer(content_app, name="content")
app.add_typer(db_app, name="db")

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


@dataclass
class State:
    overrides: dict[str, Any]

    def settings(self) -> Settings:
        try:
            return get_settings(**self.overrides)
        except ValidationError as exc:
            fail(f"invalid setting: {exc.errors()[0]['loc']}: {exc.errors()[0]['msg']}", code=2)


def fail(message: str, code: int = 1) -> NoReturn:
    Console(stderr=True).print(f"[red]error:[/red] {message}", highlight=False)
    raise typer.Exit(code)


def emit(data: Any) -> None:
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def console() -> Console:
    return Console(highlight=False)


@app.callback()
def main_options(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option("--db", metavar="URL", help="Database URL (default: embedded SQLite)."),
    ] = None,
    learner: Annotated[
        str | None,
        typer.Option("--learner", metavar="NAME", help="Local learner profile to act for."),
    ] = None,
) -> None:
    """The Python developer roadmap that checks you can actually do it."""
    ctx.obj = State({"database_url": db, "learner": learner})


def _state(ctx: typer.Context) -> State:
    obj = ctx.find_root().obj
    assert isinstance(obj, State)
    return obj


def _context(ctx: typer.Context) -> Context:
    settings = _state(ctx).settings()
    try:
        return open_context(settings)
    except StoreError as exc:
        fail(str(exc))
    except InvalidPackError as exc:
        fail(str(exc), code=2)


def _pack(ctx: typer.Context) -> Any:
    try:
        return load_configured_pack(_state(ctx).settings())
    except InvalidPackError as exc:
        fail(str(exc), code=2)


@app.command()
def roadmap(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """Show the five stages and the state of every skill for you."""
    c = _context(ctx)
    data = views.roadmap_view(c.pack, learner_progress(c))
    emit(data) if as_json else render.roadmap(console(), data)


@app.command()
def skill(
    ctx: typer.Context,
    slug: Annotated[str, typer.Argument(help="The skill's slug, e.g. functions-and-scope.")],
    as_json: JsonOption = False,
) -> None:
    """Show one skill: what it is, why it matters, what it needs, your state, where to read."""
    c = _context(ctx)
    if slug not in {s.slug for s in c.pack.skills}:
        close = [s.slug for s in c.pack.skills if slug in s.slug or s.slug in slug]
        hint = f"; did you mean: {', '.join(close)}" if close else "; see `pyroad roadmap`"
        fail(f"unknown skill '{slug}'{hint}", code=2)
    data = views.skill_view(c.pack, learner_progress(c), slug)
    emit(data) if as_json else render.skill(console(), data)


@app.command("next")
def next_(
    ctx: typer.Context,
    explore: Annotated[
        bool, typer.Option("--explore", help="Also list locked skills and why each is locked.")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Say what to do next (one to three actions), each with its reason."""
    c = _context(ctx)
    data = views.next_view(c.pack, learner_progress(c), explore)
    emit(data) if as_json else render.next_steps(console(), data)


@app.command()
def level(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """Show your readiness for each career level, the gaps by name, and the salary band."""
    c = _context(ctx)
    data = views.levels_view(c.pack, learner_progress(c))
    emit(data) if as_json else render.levels(console(), data)


@app.command()
def role(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """What a Python developer does, where Python fits and where it does not, who hires."""
    pack = _pack(ctx)
    emit(pack.role.model_dump(mode="json")) if as_json else render.role(console(), pack)


@app.command()
def tools(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """The tools a professional uses, grouped by purpose, and why each exists."""
    pack = _pack(ctx)
    if as_json:
        emit({"categories": [c.model_dump(mode="json") for c in pack.tools]})
    else:
        render.tools(console(), pack)


@app.command()
def frameworks(
    ctx: typer.Context,
    need: Annotated[
        list[str] | None,
        typer.Option(
            "--need",
            metavar="NEED",
            help="What the project needs (repeatable): api, admin, orm, auth, large-app, "
            "small-service, customization, performance, typing, docs, async, templates.",
        ),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Rank Django, Flask and FastAPI for your needs, with the reasons."""
    pack = _pack(ctx)
    needs = [n.strip().lower() for n in need or []]
    try:
        ranked = rank_frameworks(pack.frameworks, needs)
    except UnknownNeedError as exc:
        fail(str(exc), code=2)
    data = views.frameworks_view(pack, needs, ranked)
    emit(data) if as_json else render.frameworks(console(), data)


@app.command()
def salary(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """Typical salary bands per career level (India, LPA) and for global / remote roles."""
    pack = _pack(ctx)
    data = views.salary_view(pack)
    emit(data) if as_json else render.salary(console(), data)


@app.command()
def certs(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """Certifications: what they prove and what they do not, by category, with examples."""
    pack = _pack(ctx)
    if as_json:
        emit(pack.certifications.model_dump(mode="json"))
    else:
        render.certs(console(), pack)


@app.command()
def careers(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """Where a Python developer can go after entry level."""
    pack = _pack(ctx)
    emit(pack.careers.model_dump(mode="json")) if as_json else render.careers(console(), pack)


@app.command()
def rules(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """How to use the roadmap, and how pyroad enforces each rule."""
    pack = _pack(ctx)
    if as_json:
        emit({"rules": [r.model_dump(mode="json") for r in pack.rules]})
        return
    out = console()
    for r in pack.rules:
        out.print(f"[bold]{r.title}[/bold]\n  {r.summary}\n  [dim]pyroad: {r.enforced_by}[/dim]")


def _grader_run(settings: Settings, work: Any) -> Any:
    """Start a sandbox for this command, hand a grader to ``work``, always stop it."""
    try:
        with ForkServerSandbox(isolate=settings.isolate) as sandbox:
            return work(Grader(sandbox))
    except SandboxError as exc:
        fail(f"the grading sandbox could not start: {exc}")


@app.command()
def exercises(
    ctx: typer.Context,
    skill_slug: Annotated[
        str | None, typer.Option("--skill", metavar="SLUG", help="Only this skill's exercises.")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """List exercises with their skill, difficulty and your state in each."""
    c = _context(ctx)
    try:
        rows = exercise_service.list_exercises(c, skill_slug)
    except exercise_service.WorkflowError as exc:
        fail(str(exc), code=2)
    if as_json:
        emit({"exercises": rows})
    else:
        render.exercises(console(), rows)


@app.command()
def start(
    ctx: typer.Context,
    exercise: Annotated[str, typer.Argument(help="The exercise id (see `pyroad exercises`).")],
    directory: Annotated[
        Path | None,
        typer.Option("--dir", metavar="PATH", help="Where to write the workspace."),
    ] = None,
) -> None:
    """Write an exercise's workspace (statement, starter, tests); its skill goes in progress."""
    c = _context(ctx)
    try:
        folder = exercise_service.start_exercise(c, exercise, directory)
    except exercise_service.WorkflowError as exc:
        fail(str(exc), code=2)
    out = console()
    out.print(f"workspace ready: {folder}")
    out.print(f"  read   {folder / 'README.md'}")
    out.print(f"  check  pyroad check {folder}    (your visible tests, run locally)")
    out.print(f"  submit pyroad submit {folder}   (graded against hidden checks)")


@app.command()
def check(
    ctx: typer.Context,
    path: Annotated[Path, typer.Argument(help="The workspace (default: here).")] = Path("."),
) -> None:
    """Run the workspace's visible tests locally with pytest."""
    pack = _pack(ctx)
    try:
        code = exercise_service.run_visible_tests(pack, path)
    except exercise_service.WorkflowError as exc:
        fail(str(exc), code=2)
    raise typer.Exit(0 if code == 0 else 1)


@app.command()
def submit(
    ctx: typer.Context,
    path: Annotated[Path, typer.Argument(help="The workspace (default: here).")] = Path("."),
    as_json: JsonOption = False,
) -> None:
    """Grade the workspace against the hidden checks and record the result as evidence."""
    settings = _state(ctx).settings()
    try:
        credentials = remote.load_credentials(settings)
    except remote.RemoteError as exc:
        fail(str(exc), code=2)
    if credentials is not None:
        _submit_remote(ctx, credentials, path, as_json)
        return
    c = _context(ctx)

    def work(grader: Grader) -> exercise_service.Submission:
        try:
            return exercise_service.submit(c, grader, path)
        except exercise_service.WorkflowError as exc:
            fail(str(exc), code=2)

    result: exercise_service.Submission = _grader_run(c.settings, work)
    verdict = result.verdict
    if as_json:
        emit({**verdict.as_dict(), "recorded": result.recorded, "skills": result.after})
    else:
        out = console()
        render.verdict(out, verdict.as_dict())
        for slug, state in result.after.items():
            if state != result.before[slug]:
                out.print(f"{c.pack.skill(slug).title}: {result.before[slug]} -> {state}")
        if result.actions:
            render.next_steps(out, {"actions": [views.action_view(a) for a in result.actions[:1]]})
    raise typer.Exit(_verdict_code(verdict.status))


def _submit_remote(
    ctx: typer.Context, credentials: remote.Credentials, path: Path, as_json: bool
) -> None:
    """Send the workspace to the server this CLI is logged in to."""
    from pyroad.grading.exercise import SubmissionError, load_exercise

    pack = _pack(ctx)
    try:
        info, folder = exercise_service.workspace_exercise(pack, path)
        files = load_exercise(info).submission(folder)
        verdict = remote.submit_remote(credentials, info.id, files)
    except (exercise_service.WorkflowError, SubmissionError) as exc:
        fail(str(exc), code=2)
    except remote.RemoteError as exc:
        fail(str(exc))
    emit(verdict) if as_json else render.verdict(console(), verdict)
    raise typer.Exit(_verdict_code(verdict.get("status", "error")))


@app.command()
def login(
    ctx: typer.Context,
    server: Annotated[str, typer.Option("--server", metavar="URL", help="The pyroad server.")],
    email: Annotated[str, typer.Option(prompt=True, help="Your account's email.")],
    password: Annotated[
        str, typer.Option(prompt=True, hide_input=True, help="Your password (asked if omitted).")
    ],
) -> None:
    """Log in to a pyroad server: `pyroad submit` then sends your work there."""
    settings = _state(ctx).settings()
    try:
        credentials = remote.login(settings, server, email, password)
    except remote.RemoteError as exc:
        fail(str(exc))
    console().print(f"logged in to {credentials.server} as {credentials.learner}")


@app.command()
def logout(ctx: typer.Context) -> None:
    """Forget the server login; `pyroad submit` grades locally again."""
    was = remote.logout(_state(ctx).settings())
    console().print("logged out" if was else "not logged in")


def _verdict_code(status: str) -> int:
    return {"pass": 0, "fail": 1}.get(status, 1)


@app.command()
def grade(
    ctx: typer.Context,
    exercise: Annotated[str, typer.Argument(help="The exercise id.")],
    solution: Annotated[Path, typer.Argument(help="A solution file or folder.")],
    as_json: JsonOption = False,
) -> None:
    """Grade a file or folder without recording it. Exit 0 pass, 1 fail, 2 bad input."""
    settings = _state(ctx).settings()
    pack = _pack(ctx)
    try:
        exercise_service.find_exercise(pack, exercise)
    except exercise_service.WorkflowError as exc:
        fail(str(exc), code=2)
    if not solution.exists():
        fail(f"{solution}: no such file or folder", code=2)

    def work(grader: Grader) -> Any:
        try:
            return exercise_service.grade_path(pack, grader, exercise, solution)
        except exercise_service.WorkflowError as exc:
            fail(str(exc), code=2)

    verdict = _grader_run(settings, work)
    emit(verdict.as_dict()) if as_json else render.verdict(console(), verdict.as_dict())
    raise typer.Exit(_verdict_code(verdict.status))


@content_app.command("validate")
def content_validate(
    pack_dir: Annotated[
        Path | None,
        typer.Argument(help="Pack folder to check (default: the built-in pack)."),
    ] = None,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict",
            help="Also grade every exercise: reference passes, starter fails, visible tests pass, "
            "statement renders, grading is deterministic, checks reject 90% of mutants.",
        ),
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Check a content pack; exit 2 with `file: key: reason` lines when it is invalid."""
    pack, problems = validate_pack(pack_dir)
    reports: list[Any] = []
    if pack is not None and strict:
        reports = _gate(pack, quiet=as_json)
    failed = [r for r in reports if not r.ok]
    if as_json:
        emit(
            {
                "valid": pack is not None and not failed,
                "problems": [p.__dict__ for p in problems],
                "exercises": [
                    {
                        "id": r.exercise,
                        "ok": r.ok,
                        "mutants": r.mutants,
                        "rejected": r.rejected,
                        "share": round(r.share, 4),
                        "problems": r.problems,
                    }
                    for r in reports
                ],
            }
        )
    elif pack is not None:
        console().print(
            f"ok: pack '{pack.info.id}' {pack.info.version}: {len(pack.stages)} stages, "
            f"{len(pack.skills)} skills, {len(pack.exercises)} exercises"
        )
    else:
        for problem in problems:
            typer.echo(str(problem), err=True)
        typer.echo(f"{len(problems)} problem(s); nothing was loaded", err=True)
    if pack is None or failed:
        if failed and not as_json:
            typer.echo(f"{len(failed)} exercise(s) failed the quality gate", err=True)
        raise typer.Exit(2)


def _gate(pack: Any, quiet: bool) -> list[Any]:
    """Run the quality gate on every exercise, printing one line each as it goes."""
    from pyroad.grading.exercise import ExerciseError, load_exercise
    from pyroad.grading.quality import GateReport, check_exercise

    reports: list[GateReport] = []
    out = console()
    with ForkServerSandbox() as sandbox:
        grader = Grader(sandbox)
        for number, info in enumerate(pack.exercises, start=1):
            try:
                report = check_exercise(grader, load_exercise(info))
            except ExerciseError as exc:
                report = GateReport(info.id, problems=[str(exc)])
            reports.append(report)
            if not quiet:
                mark = "[green]ok[/green]  " if report.ok else "[red]FAIL[/red]"
                out.print(
                    f"{mark} [{number}/{len(pack.exercises)}] {info.id}: mutants rejected "
                    f"{report.rejected}/{report.mutants} ({report.share:.0%})"
                )
                for problem in report.problems:
                    out.print(f"      {problem}")
    return reports


@app.command()
def serve(
    ctx: typer.Context,
    host: Annotated[str | None, typer.Option(help="Address to listen on.")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on.")] = None,
    workers: Annotated[
        int | None,
        typer.Option("--workers", help="Grading threads in this process (0: no grading)."),
    ] = None,
) -> None:
    """Start the web app (creates the database on first run) and print its URL."""
    import uvicorn

    from pyroad.web.app import create_app

    state = _state(ctx)
    state.overrides.update({"host": host, "port": port, "grading_workers": workers})
    settings = state.settings()
    try:
        web_app = create_app(settings)
    except StoreError as exc:
        fail(str(exc))
    except InvalidPackError as exc:
        fail(str(exc), code=2)
    console().print(
        f"pyroad is running at http://{settings.host}:{settings.port}/  (Ctrl+C stops it)"
    )
    uvicorn.run(web_app, host=settings.host, port=settings.port, log_level="warning")


@app.command()
def worker(
    ctx: typer.Context,
    concurrency: Annotated[
        int, typer.Option("--concurrency", min=1, max=64, help="Submissions graded at once.")
    ] = 2,
) -> None:
    """Grade submissions from the PostgreSQL job queue (run any number, on any machine)."""
    import asyncio
    import logging

    from pyroad.queue.distributed import make_app, run_worker
    from pyroad.services.submissions import grade_submission

    settings = _state(ctx).settings()
    if not settings.resolved_database_url.startswith("postgresql"):
        fail("`pyroad worker` needs PostgreSQL: set PYROAD_DATABASE_URL or --db", code=2)
    c = _context(ctx)
    logging.basicConfig(
        level=logging.INFO, format='{"level": "%(levelname)s", "logger": "%(name)s", '
        '"message": "%(message)s"}',
    )  # fmt: skip

    def work(grader: Grader) -> None:
        queue_app = make_app(
            settings.resolved_database_url, lambda sid: grade_submission(c, grader, sid)
        )
        console().print(f"pyroad worker grading with concurrency {concurrency}")
        asyncio.run(run_worker(queue_app, concurrency))

    _grader_run(settings, work)


@db_app.command("upgrade")
def db_upgrade(ctx: typer.Context) -> None:
    """Create or migrate the database to the latest schema."""
    from pyroad.store import open_store

    settings = _state(ctx).settings()
    try:
        open_store(settings.resolved_database_url).close()
    except StoreError as exc:
        fail(str(exc))
    console().print("database is up to date")


def main() -> None:
    app()


if __name__ == "__main__":
    main()

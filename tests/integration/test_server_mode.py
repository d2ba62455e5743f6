"""Server mode against the real PostgreSQL: crash safety of workers, restart safety of the web."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select, text

from pyroad.content.loader import builtin_pack
from pyroad.queue import InlineQueue
from pyroad.queue.distributed import DistributedQueue
from pyroad.services.context import open_context
from pyroad.services.submissions import create_submission, grade_submission
from pyroad.settings import get_settings
from pyroad.store.tables import EvidenceRow, SubmissionRow
from pyroad.web.app import create_app
from tests.factories import unique

pytestmark = pytest.mark.postgres
EXERCISE = builtin_pack().exercise("running-totals")
RIGHT = (EXERCISE.path / "reference" / "solution.py").read_text()
WRONG = "def running_totals(amounts, start=0):\n    return list(amounts)\n"
SLOW = "import time\ntime.sleep(0.05)\n" + RIGHT  # keeps workers busy when one is killed


def start_worker(url: str, data: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYROAD_DATABASE_URL": url, "PYROAD_DATA_DIR": str(data)}
    return subprocess.Popen(
        [sys.executable, "-m", "pyroad.cli.app", "worker", "--concurrency", "2"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def test_a_killed_worker_loses_no_submission_and_none_gets_two_verdicts(
    postgres_url: str, tmp_path: Path
) -> None:
    ctx = open_context(get_settings(database_url=postgres_url, data_dir=tmp_path, wip_limit=5))
    queue = DistributedQueue()
    learner = ctx.store.learner(unique("crash"))
    workers = [start_worker(postgres_url, tmp_path / f"w{n}") for n in range(2)]
    try:
        ids = []
        for n in range(200):
            code = SLOW if n % 2 else WRONG
            ids.append(create_submission(ctx, queue, learner, EXERCISE.id, {"solution.py": code}))
            if n == 100:
                # Mid-run: wait until both workers are grading, then kill one of them.
                deadline = time.monotonic() + 60
                while len(ctx.store.queued_submissions()) > 90 and time.monotonic() < deadline:
                    time.sleep(0.1)
                workers[0].send_signal(signal.SIGKILL)
                workers[0].wait()
        deadline = time.monotonic() + 180
        while ctx.store.queued_submissions() and time.monotonic() < deadline:
            time.sleep(0.5)
        assert ctx.store.queued_submissions() == [], "every submission got graded"
    finally:
        for worker in workers:
            worker.kill()
            worker.wait()
    records = [ctx.store.submission(i) for i in ids]
    assert all(r is not None and r.status == "graded" and r.verdict for r in records)
    statuses = [r.verdict["status"] for r in records if r and r.verdict]
    assert statuses == ["fail" if n % 2 == 0 else "pass" for n in range(200)]
    engine = ctx.store.engine  # type: ignore[attr-defined]
    with engine.connect() as connection:
        evidence = connection.scalar(
            select(func.count())
            .select_from(EvidenceRow)
            .where(EvidenceRow.learner_id == learner.id)
        )
        graded = connection.scalar(select(func.count()).select_from(SubmissionRow))
        retried = connection.scalar(
            text("SELECT count(*) FROM procrastinate_jobs WHERE attempts > 0")
        )
    assert evidence == 200, "exactly one verdict (and one piece of evidence) per submission"
    assert graded == 200
    assert retried and retried >= 1, "the killed worker's jobs were taken over by the other"


def test_submissions_queued_when_the_web_server_stopped_are_graded_after_restart(
    tmp_path: Path,
) -> None:
    settings = get_settings(data_dir=tmp_path, database_url="", grading_workers=1)
    held: list[int] = []
    first = create_app(settings, queue_factory=lambda ctx, grader: InlineQueue(held.append))
    with TestClient(first) as client:
        ctx = first.state.web.ctx
        learner = ctx.store.learner(unique("restart"))
        for code in (RIGHT, WRONG):
            create_submission(
                ctx, first.state.web.queue, learner, EXERCISE.id, {"solution.py": code}
            )
        assert client.get("/healthz").status_code == 200
    assert len(held) == 2 and ctx.store.queued_submissions() == held, "stopped with work queued"

    second = create_app(
        settings,
        queue_factory=lambda ctx, grader: InlineQueue(
            lambda sid: grade_submission(ctx, grader, sid)
        ),
    )
    with TestClient(second):
        store = second.state.web.ctx.store
        assert store.queued_submissions() == []
        verdicts = [store.submission(i).verdict["status"] for i in held]  # type: ignore[union-attr]
    assert verdicts == ["pass", "fail"]

"""Server mode: grading jobs in PostgreSQL with procrastinate; ``pyroad worker`` runs them.

- A submission and its job are written in one transaction (:meth:`in_transaction` inserts the
  job row on the store's own connection), so neither exists without the other.
- Workers on any machine that reaches the database take jobs; a worker that dies stops sending
  heartbeats, and every worker's watchdog puts the dead worker's jobs back in the queue.
- Grading is idempotent (:func:`pyroad.services.submissions.grade_submission` writes a verdict
  only while the submission is queued), so a retried job never records two verdicts.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

import procrastinate
from sqlalchemy import Connection, text

from pyroad.queue.base import GradingQueue

log = logging.getLogger(__name__)
QUEUE = "grading"
TASK = "pyroad.grade"


def conninfo(database_url: str) -> str:
    """A libpq connection string from a SQLAlchemy URL (drop the ``+psycopg`` driver)."""
    return database_url.replace("postgresql+psycopg://", "postgresql://", 1)


class DistributedQueue(GradingQueue):
    """The web side: enqueue only (the job row goes in with the submission)."""

    def in_transaction(self, connection: Connection | None, submission_id: int) -> None:
        if connection is None:
            raise TypeError("the distributed queue needs the PostgreSQL store")
        connection.execute(
            text(
                "INSERT INTO procrastinate_jobs (queue_name, task_name, args) "
                "VALUES (:queue, :task, CAST(:args AS jsonb))"
            ),
            {"queue": QUEUE, "task": TASK, "args": json.dumps({"submission_id": submission_id})},
        )

    def enqueue(self, submission_id: int) -> None:
        """Nothing to do after commit: the job was stored with the submission."""


def make_app(database_url: str, job: Any) -> procrastinate.App:
    app = procrastinate.App(
        connector=procrastinate.PsycopgConnector(conninfo=conninfo(database_url))
    )

    @app.task(name=TASK, queue=QUEUE)
    def grade(submission_id: int) -> None:
        job(submission_id)

    return app


async def _watchdog(app: procrastinate.App, every: float, stale_after: float) -> None:
    """Put back the jobs of workers that stopped sending heartbeats (killed, crashed)."""
    while True:
        await asyncio.sleep(every)
        try:
            for stalled in await app.job_manager.get_stalled_jobs(
                queue=QUEUE, seconds_since_heartbeat=stale_after
            ):
                log.warning("retrying job %s of a dead worker", stalled.id)
                await app.job_manager.retry_job(stalled)
        except Exception:
            log.exception("the stalled-job check failed; trying again")


async def run_worker(
    app: procrastinate.App, concurrency: int, heartbeat: float = 2.0, stale_after: float = 6.0
) -> None:
    async with app.open_async():
        watchdog = asyncio.create_task(_watchdog(app, heartbeat, stale_after))
        try:
            await app.run_worker_async(
                queues=[QUEUE],
                concurrency=concurrency,
                update_heartbeat_interval=heartbeat,
                stalled_worker_timeout=stale_after * 5,
                wait=True,
                install_signal_handlers=True,
            )
        finally:
            watchdog.cancel()

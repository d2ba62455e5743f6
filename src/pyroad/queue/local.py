"""Embedded mode: a small pool of threads, each grading through the shared sandbox."""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from pyroad.queue.base import GradingQueue

log = logging.getLogger(__name__)


class LocalQueue(GradingQueue):
    def __init__(self, job: Callable[[int], None], workers: int = 2) -> None:
        self.job = job
        self.pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="grading")

    def enqueue(self, submission_id: int) -> None:
        self.pool.submit(self._run, submission_id)

    def _run(self, submission_id: int) -> None:
        try:
            self.job(submission_id)
        except Exception:  # a job must never take a worker down
            log.exception("grading submission %s failed", submission_id)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=False)

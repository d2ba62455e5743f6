"""What the server-mode benchmarks share: a private PostgreSQL schema and pyroad processes on it."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
from sqlalchemy import create_engine, text

BASE_URL = os.environ.get(
    "PYROAD_BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


@contextmanager
def private_schema(prefix: str) -> Iterator[str]:
    """A URL whose connections all use a new schema of the bench database; dropped afterwards."""
    schema = f"{prefix}_{uuid.uuid4().hex[:8]}"
    admin = create_engine(BASE_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as db:
        db.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{BASE_URL}?options=-csearch_path%3D{schema}"
    finally:
        with admin.connect() as db:
            db.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@contextmanager
def pyroad_processes(url: str, port: int, workers: int = 0, concurrency: int = 2) -> Iterator[str]:
    """`pyroad serve` (and `workers` × `pyroad worker`) on ``url``; yields the base URL once the
    server answers `/readyz`, and stops every process afterwards."""
    command = [sys.executable, "-m", "pyroad.cli.app"]
    quiet = subprocess.DEVNULL
    processes: list[subprocess.Popen[bytes]] = []
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "PYROAD_DATABASE_URL": url, "PYROAD_DATA_DIR": data}
        try:
            web = subprocess.Popen(
                [*command, "serve", "--port", str(port)], env=env, stdout=quiet, stderr=quiet
            )
            processes.append(web)
            for n in range(workers):
                own = {**env, "PYROAD_DATA_DIR": os.path.join(data, f"worker{n}")}
                worker = [*command, "worker", "--concurrency", str(concurrency)]
                processes.append(subprocess.Popen(worker, env=own, stdout=quiet, stderr=quiet))
            base = f"http://127.0.0.1:{port}"
            _wait_ready(base, web)
            yield base
        finally:
            for process in processes:
                process.terminate()
            for process in processes:
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    process.kill()


def _wait_ready(base: str, process: subprocess.Popen[bytes]) -> None:
    for _ in range(300):
        if process.poll() is not None:
            raise SystemExit("the web server exited during start-up")
        try:
            if httpx.get(f"{base}/readyz", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise SystemExit("the web server did not become ready")

"""Load: 50 learners browsing and submitting at once against server mode, for 60 seconds.

Sets up server mode on PostgreSQL in a schema of its own (`pyroad serve` with the distributed
queue, plus `pyroad worker` processes), creates the learners with API tokens, and lets each one
loop like a person would: open the roadmap, the dashboard, a skill, an exercise, submit a right or
a wrong solution and poll until the verdict shows, with a short pause between steps.

Afterwards it waits for the queue to drain and checks every submission in the database. It prints
errors (any answer that is not 2xx, or a request that failed), lost submissions (accepted but never
graded, graded twice, or with the wrong verdict), p50 and p99 per page, and gradings per second;
and, as the baseline measured in the same run, `/healthz` of the same server under the same load.
Exit status 1 when there were errors or lost submissions.

Needs PostgreSQL (PYROAD_BENCH_POSTGRES_URL, default the local `test` database).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime

import httpx
from sqlalchemy import create_engine, text

from pyroad.content.loader import builtin_pack
from pyroad.store import open_store
from pyroad.web.security import new_api_token, token_digest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _server import private_schema, pyroad_processes

# Open to a new learner (first skill of stage 1): one function and one program exercise.
EXERCISES = ("running-totals", "line-stats", "importable-bill-splitter")
WRONG = {
    "running-totals": "def running_totals(amounts, start=0):\n    return list(amounts)\n",
    "line-stats": "print('0 lines')\n",
    "importable-bill-splitter": "def split_bill(*args, **kwargs):\n    return None\n",
}


@dataclass
class Tally:
    """What the simulated learners saw."""

    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: list[str] = field(default_factory=list)
    submitted: dict[int, str] = field(default_factory=dict)  # id -> expected status
    verdict_waits: list[float] = field(default_factory=list)

    def error(self, what: str) -> None:
        if len(self.errors) < 1000:
            self.errors.append(what)


def solutions() -> dict[str, tuple[str, dict[str, str], dict[str, str]]]:
    """exercise -> (file name, right files, wrong files)."""
    pack = builtin_pack()
    found = {}
    for exercise_id in EXERCISES:
        info = pack.exercise(exercise_id)
        (name,) = info.spec.files
        right = (info.path / "reference" / name).read_text()
        found[exercise_id] = (name, {name: right}, {name: WRONG[exercise_id]})
    return found


def create_learners(url: str, count: int) -> list[str]:
    store = open_store(url)  # runs the migrations, as `pyroad db upgrade` does
    tokens = []
    now = datetime.now(UTC)
    for n in range(count):
        learner = store.create_account(f"load{n}", f"load{n}@example.org", "not-used")
        token = new_api_token()
        store.add_token(learner.id, token_digest(token), now)
        tokens.append(token)
    store.close()
    return tokens


async def timed_get(
    client: httpx.AsyncClient, tally: Tally, kind: str, path: str
) -> httpx.Response | None:
    began = time.perf_counter()
    try:
        response = await client.get(path)
    except httpx.HTTPError as exc:
        tally.error(f"GET {path}: {type(exc).__name__}")
        return None
    tally.latencies[kind].append((time.perf_counter() - began) * 1000)
    if response.status_code != 200:
        tally.error(f"GET {path}: {response.status_code}")
        return None
    return response


async def submit_and_wait(
    client: httpx.AsyncClient, tally: Tally, exercise: str, files: dict[str, str], expected: str
) -> None:
    """Submit, then poll as the exercise page does until the verdict shows."""
    began = time.perf_counter()
    try:
        response = await client.post(
            "/api/v1/submissions", json={"exercise": exercise, "files": files}
        )
    except httpx.HTTPError as exc:
        tally.error(f"POST submission: {type(exc).__name__}")
        return
    tally.latencies["submit API"].append((time.perf_counter() - began) * 1000)
    if response.status_code != 202:
        tally.error(f"POST submission: {response.status_code} {response.text[:120]}")
        return
    submission_id = response.json()["id"]
    tally.submitted[submission_id] = expected
    while time.perf_counter() - began < 60:
        await asyncio.sleep(0.25)
        path = f"/api/v1/submissions/{submission_id}"
        polled = await timed_get(client, tally, "poll submission API", path)
        if polled is not None and polled.json()["status"] == "graded":
            tally.verdict_waits.append((time.perf_counter() - began) * 1000)
            return


async def learner(
    client: httpx.AsyncClient, tally: Tally, stop: float, rng: random.Random, skills: list[str]
) -> None:
    files = solutions()
    pages = [  # (share of steps, page, path)
        (0.25, "roadmap page /", lambda: "/"),
        (0.15, "dashboard page", lambda: "/dashboard"),
        (0.10, "skill page", lambda: f"/skills/{rng.choice(skills)}"),
        (0.10, "next steps API", lambda: "/api/v1/next"),
        (0.15, "exercise page", lambda: f"/exercises/{rng.choice(EXERCISES)}"),
    ]
    while time.perf_counter() < stop:
        step = rng.random()
        for share, kind, path in pages:
            if step < share:
                await timed_get(client, tally, kind, path())
                break
            step -= share
        else:  # the remaining quarter of the steps: a submission, right or wrong
            exercise = rng.choice(EXERCISES)
            _, right, wrong = files[exercise]
            good = rng.random() < 0.5
            await submit_and_wait(
                client, tally, exercise, right if good else wrong, "pass" if good else "fail"
            )
        await asyncio.sleep(rng.uniform(0.5, 1.5))  # reading time


async def bare(client: httpx.AsyncClient, tally: Tally, stop: float) -> None:
    while time.perf_counter() < stop:
        began = time.perf_counter()
        response = await client.get("/healthz")
        tally.latencies["baseline /healthz"].append((time.perf_counter() - began) * 1000)
        if response.status_code != 200:
            tally.error(f"GET /healthz: {response.status_code}")
        await asyncio.sleep(0.2)


async def drive(base: str, tokens: list[str], seconds: float, tally: Tally) -> None:
    skills = [s.slug for s in builtin_pack().skills]
    stop = time.perf_counter() + seconds
    clients = [
        httpx.AsyncClient(base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=30)
        for token in tokens
    ]
    try:
        tasks = [
            learner(client, tally, stop, random.Random(n), skills)
            for n, client in enumerate(clients)
        ]
        tasks.append(bare(clients[0], tally, stop))
        await asyncio.gather(*tasks)
    finally:
        for client in clients:
            await client.aclose()


def check_database(url: str, tally: Tally, drain_seconds: float) -> tuple[list[str], float]:
    """Wait for the queue to drain; returns what went missing and gradings per second."""
    engine = create_engine(url)
    deadline = time.monotonic() + drain_seconds
    with engine.connect() as db:
        while time.monotonic() < deadline:
            queued = db.execute(
                text("SELECT count(*) FROM submissions WHERE status <> 'graded'")
            ).scalar_one()
            db.commit()
            if queued == 0:
                break
            time.sleep(0.5)
        rows = db.execute(
            text("SELECT id, status, verdict->>'status' FROM submissions ORDER BY id")
        ).all()
        # Each verdict records one piece of evidence: per learner the two counts must agree.
        mismatched = db.execute(
            text(
                "SELECT s.learner_id, s.n, coalesce(e.n, 0) FROM "
                "(SELECT learner_id, count(*) AS n FROM submissions GROUP BY learner_id) s "
                "LEFT JOIN (SELECT learner_id, count(*) AS n FROM evidence GROUP BY learner_id) e "
                "ON e.learner_id = s.learner_id WHERE s.n <> coalesce(e.n, 0)"
            )
        ).all()
        first, last = db.execute(
            text("SELECT min(created_at), max(graded_at) FROM submissions")
        ).one()
    engine.dispose()
    lost = []
    stored = {row[0]: (row[1], row[2]) for row in rows}
    for submission_id, expected in sorted(tally.submitted.items()):
        status, verdict = stored.get(submission_id, (None, None))
        if status != "graded":
            lost.append(f"submission {submission_id}: {status or 'missing'}")
        elif verdict != expected:
            lost.append(f"submission {submission_id}: verdict {verdict}, expected {expected}")
    for learner_id, submitted, recorded in mismatched:
        lost.append(f"learner {learner_id}: {submitted} submissions but {recorded} verdicts")
    for submission_id in stored.keys() - tally.submitted.keys():
        lost.append(f"submission {submission_id}: in the database but never acknowledged")
    span = (last - first).total_seconds() if first and last else 0.0
    return lost, (len(stored) / span if span else 0.0)


def percentiles(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    return statistics.median(ordered), ordered[int(0.99 * (len(ordered) - 1))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--workers", type=int, default=2, help="pyroad worker processes")
    parser.add_argument("--concurrency", type=int, default=2, help="jobs per worker")
    parser.add_argument("--port", type=int, default=8915)
    args = parser.parse_args()
    tally = Tally()
    with private_schema("load") as url:
        tokens = create_learners(url, args.learners)
        with pyroad_processes(url, args.port, args.workers, args.concurrency) as base:
            print(
                f"{args.learners} learners for {args.seconds:g} s; {args.workers} workers x "
                f"{args.concurrency}; {os.cpu_count()} cores, all on this machine"
            )
            asyncio.run(drive(base, tokens, args.seconds, tally))
            lost, rate = check_database(url, tally, drain_seconds=120)

    baseline = percentiles(tally.latencies.get("baseline /healthz") or [float("nan")])[0]
    print(f"{'page':<24}{'requests':>9}{'p50 ms':>9}{'p99 ms':>9}{'p50 / baseline':>16}")
    for kind in sorted(tally.latencies):
        p50, p99 = percentiles(tally.latencies[kind])
        print(
            f"{kind:<24}{len(tally.latencies[kind]):>9}{p50:>9.1f}{p99:>9.1f}"
            f"{p50 / baseline:>15.1f}x"
        )
    if tally.verdict_waits:
        p50, p99 = percentiles(tally.verdict_waits)
        print(f"submit to verdict shown: p50 {p50:.0f} ms, p99 {p99:.0f} ms")
    print(f"submissions: {len(tally.submitted)}; gradings per second: {rate:.1f}")
    print(f"errors: {len(tally.errors)}")
    for line in tally.errors[:20]:
        print(f"  {line}")
    print(f"lost submissions: {len(lost)}")
    for line in lost[:20]:
        print(f"  {line}")
    return 1 if tally.errors or lost else 0


if __name__ == "__main__":
    sys.exit(main())

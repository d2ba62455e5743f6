"""Scale: 10,000 learners and 1,000,000 graded submissions in PostgreSQL.

Generates the data with SQL (generate_series) in a schema of its own, serves pyroad on it, and
measures, with sequential requests from one client, the dashboard of one learner (the page and
its data through the API) and the skills matrix of a 500-member team (p50, p99), against
`/healthz` of the same server as the baseline.

Needs PostgreSQL (PYROAD_BENCH_POSTGRES_URL, default the local `test` database).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
import uuid

import httpx
from sqlalchemy import text

from pyroad.content.loader import builtin_pack
from pyroad.store import open_store
from pyroad.web.security import hash_password, new_api_token, token_digest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _server import private_schema, pyroad_processes


def generate(url: str, learners: int, submissions: int, team_size: int) -> tuple[str, int]:
    """Fill the schema; returns an API token of the team owner and the team's id."""
    pack = builtin_pack()
    exercises = [(e.id, e.spec.skills) for e in pack.exercises]
    store = open_store(url)
    engine = store.engine
    password = hash_password("bench password 123")
    with engine.begin() as db:
        db.execute(
            text(
                "INSERT INTO learners (name, email, password_hash, created_at) "
                "SELECT 'learner' || n, 'learner' || n || '@example.org', :pw, now() "
                "FROM generate_series(1, :n) AS n"
            ),
            {"pw": password, "n": learners},
        )
        db.execute(text("CREATE TEMP TABLE ex (k int, id text, skills jsonb)"))
        for k, (exercise, skills) in enumerate(exercises):
            db.execute(
                text("INSERT INTO ex VALUES (:k, :id, CAST(:skills AS jsonb))"),
                {"k": k, "id": exercise, "skills": __import__("json").dumps(skills)},
            )
        db.execute(
            text(
                "INSERT INTO submissions (learner_id, exercise, files, status, verdict, "
                "created_at, graded_at) "
                "SELECT 1 + (n % :learners), ex.id, '{\"solution.py\": \"pass\"}', 'graded', "
                "jsonb_build_object('status', CASE WHEN n % 3 = 0 THEN 'fail' ELSE 'pass' END), "
                "now() - (n || ' seconds')::interval, now() - (n || ' seconds')::interval "
                "FROM generate_series(1, :subs) AS n JOIN ex ON ex.k = n % :kinds"
            ),
            {"learners": learners, "subs": submissions, "kinds": len(exercises)},
        )
        db.execute(
            text(
                "INSERT INTO evidence (learner_id, exercise, skills, work, passed, integrity, "
                "graded_at, details) "
                "SELECT s.learner_id, s.exercise, ex.skills, '[]', s.verdict->>'status' = 'pass', "
                "'isolated', s.graded_at, '{}' FROM submissions s JOIN ex ON ex.id = s.exercise"
            )
        )
        db.execute(
            text(
                "INSERT INTO teams (name, invite_code, share_submissions, created_at) "
                "VALUES ('bench team', :code, true, now())"
            ),
            {"code": uuid.uuid4().hex},
        )
        team_id = db.execute(text("SELECT max(id) FROM teams")).scalar_one()
        db.execute(
            text(
                "INSERT INTO team_members (team_id, learner_id, role) "
                "SELECT :team, n, CASE WHEN n = 1 THEN 'owner' ELSE 'member' END "
                "FROM generate_series(1, :size) AS n"
            ),
            {"team": team_id, "size": team_size},
        )
        db.execute(text("ANALYZE"))
    token = new_api_token()
    store.add_token(1, token_digest(token), __import__("datetime").datetime.now().astimezone())
    store.close()
    return token, team_id


def timed(client: httpx.Client, path: str, runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        response = client.get(path)
        times.append((time.perf_counter() - began) * 1000)
        assert response.status_code == 200, (path, response.status_code, response.text[:200])
    times.sort()
    return statistics.median(times), times[int(0.99 * (len(times) - 1))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=10_000)
    parser.add_argument("--submissions", type=int, default=1_000_000)
    parser.add_argument("--team", type=int, default=500)
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--port", type=int, default=8913)
    args = parser.parse_args()
    with private_schema("scale") as url:
        began = time.perf_counter()
        token, team_id = generate(url, args.learners, args.submissions, args.team)
        print(
            f"generated {args.learners} learners, {args.submissions} submissions and as many "
            f"evidence rows in {time.perf_counter() - began:.0f} s"
        )
        with (
            pyroad_processes(url, args.port) as base,
            httpx.Client(
                base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=60
            ) as client,
        ):
            for path in ("/healthz", "/dashboard", f"/api/v1/teams/{team_id}/matrix"):
                client.get(path)  # warm up
            bare = timed(client, "/healthz", args.runs)
            dashboard = timed(client, "/dashboard", args.runs)
            nxt = timed(client, "/api/v1/next", args.runs)
            matrix = timed(client, f"/api/v1/teams/{team_id}/matrix", 20)
    print(f"bare /healthz:                 p50 {bare[0]:.1f} ms, p99 {bare[1]:.1f} ms")
    print(f"dashboard page:                p50 {dashboard[0]:.1f} ms, p99 {dashboard[1]:.1f} ms")
    print(f"dashboard data (next steps):   p50 {nxt[0]:.1f} ms, p99 {nxt[1]:.1f} ms")
    print(f"team matrix, {args.team} members:    p50 {matrix[0]:.1f} ms, p99 {matrix[1]:.1f} ms")
    print(
        f"ratios to the bare endpoint (p50): dashboard {dashboard[0] / bare[0]:.1f}x, "
        f"next steps {nxt[0] / bare[0]:.1f}x, team matrix {matrix[0] / bare[0]:.1f}x"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

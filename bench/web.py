"""Web speed: the roadmap page for a signed-in learner against a bare endpoint, same server.

Seeds 1,000 learners with evidence into a fresh SQLite database, starts `pyroad serve` in its own
process, signs one learner in, then drives 16 concurrent connections at the roadmap page and, in
the same run, at `/healthz`. Prints p50, p99 and requests per second for both, and the ratio.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from pyroad.content.loader import builtin_pack
from pyroad.learning.evidence import Evidence, Integrity
from pyroad.store import open_store
from pyroad.web.security import hash_password


def seed(url: str, learners: int) -> None:
    pack = builtin_pack()
    store = open_store(url)
    password = hash_password("bench password 123")  # one hash for all: seeding stays fast
    rng = random.Random(1)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    for n in range(learners):
        learner = store.create_account(f"learner{n}", f"learner{n}@example.org", password)
        for exercise in rng.sample(pack.exercises, k=min(len(pack.exercises), 12)):
            store.record_evidence(
                learner.id,
                Evidence(
                    exercise=exercise.id,
                    skills=tuple(exercise.spec.skills),
                    passed=rng.random() < 0.7,
                    integrity=Integrity.ISOLATED,
                    at=start + timedelta(minutes=rng.randrange(100_000)),
                    work=tuple(exercise.spec.work),
                ),
            )
    store.close()


async def drive(url: str, cookies: dict[str, str], seconds: float, connections: int) -> list[float]:
    latencies: list[float] = []
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    async with httpx.AsyncClient(cookies=cookies, limits=limits, timeout=30) as client:
        stop = time.perf_counter() + seconds

        async def worker() -> None:
            while time.perf_counter() < stop:
                began = time.perf_counter()
                response = await client.get(url)
                latencies.append((time.perf_counter() - began) * 1000)
                if response.status_code != 200:
                    raise RuntimeError(f"{url}: {response.status_code}")

        await asyncio.gather(*(worker() for _ in range(connections)))
    return latencies


def run_wrk(url: str, cookie: str, seconds: float, connections: int) -> tuple[float, float, float]:
    """p50 ms, p99 ms and requests/s from wrk (a C load generator: the client is not the limit)."""
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds:g}s", "--latency", url]
    if cookie:
        command[1:1] = ["-H", f"Cookie: {cookie}"]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    if "Non-2xx" in out:
        raise RuntimeError(f"{url} answered errors:\n{out}")

    def millis(label: str) -> float:
        found = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
        assert found, out
        value, unit = float(found.group(1)), found.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    rate = re.search(r"Requests/sec:\s+([\d.]+)", out)
    assert rate, out
    return millis("50"), millis("99"), float(rate.group(1))


def report(name: str, latencies: list[float], seconds: float) -> float:
    ordered = sorted(latencies)
    p50 = statistics.median(ordered)
    p99 = ordered[int(0.99 * (len(ordered) - 1))]
    rate = len(ordered) / seconds
    print(f"{name}: {len(ordered)} requests, p50 {p50:.1f} ms, p99 {p99:.1f} ms, {rate:.0f} req/s")
    return rate


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=1000)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--port", type=int, default=8911)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        began = time.perf_counter()
        seed(url, args.learners)
        print(f"seeded {args.learners} learners in {time.perf_counter() - began:.1f} s")
        env = {**os.environ, "PYROAD_DATABASE_URL": url, "PYROAD_DATA_DIR": tmp}
        server = subprocess.Popen(
            [sys.executable, "-m", "pyroad.cli.app", "serve", "--port", str(args.port),
             "--workers", "0"],
            env=env,
        )  # fmt: skip
        base = f"http://127.0.0.1:{args.port}"
        try:
            for _ in range(100):
                try:
                    httpx.get(f"{base}/healthz", timeout=1)
                    break
                except httpx.HTTPError:
                    time.sleep(0.1)
            with httpx.Client(base_url=base) as client:
                page = client.get("/signin").text
                csrf = re.search(r'name="csrf" value="([^"]+)"', page)
                assert csrf
                form = {"email": "learner7@example.org", "password": "bench password 123"}
                signed = client.post("/signin", data={**form, "csrf": csrf.group(1)})
                assert signed.status_code in (200, 303), signed.status_code
                cookies = dict(client.cookies)
                assert "learner7" in client.get("/").text
            cookie = "; ".join(f"{k}={v}" for k, v in cookies.items())
            print(f"connections: {args.connections}; cores: {os.cpu_count()}")
            if shutil.which("wrk"):
                print("client: wrk")
                results = {}
                for name, path, jar in (("bare endpoint /healthz", "/healthz", ""),
                                        ("roadmap page / (signed in)", "/", cookie)):  # fmt: skip
                    p50, p99, rate = run_wrk(base + path, jar, args.seconds, args.connections)
                    print(f"{name}: p50 {p50:.1f} ms, p99 {p99:.1f} ms, {rate:.0f} req/s")
                    results[path] = rate
                bare_rate, page_rate = results["/healthz"], results["/"]
            else:
                print("client: python httpx (install wrk for a client that is not the limit)")
                bare = asyncio.run(drive(f"{base}/healthz", {}, args.seconds, args.connections))
                page_times = asyncio.run(drive(f"{base}/", cookies, args.seconds, args.connections))
                bare_rate = report("bare endpoint /healthz", bare, args.seconds)
                page_rate = report("roadmap page / (signed in)", page_times, args.seconds)
        finally:
            server.terminate()
            server.wait(timeout=10)
    print(f"roadmap throughput / bare throughput: {page_rate / bare_rate:.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

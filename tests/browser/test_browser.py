"""A real Chromium: sign up, open the roadmap and an exercise, submit wrong then right,
and see the skill's state change on the roadmap. Screenshots go to test-artifacts/."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from pyroad.content.loader import builtin_pack
from tests.factories import unique

pytestmark = pytest.mark.browser
CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
REFERENCE = (
    builtin_pack().exercise("running-totals").path / "reference" / "solution.py"
).read_text()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("Chromium is required in CI (apt-get install chromium)")
        pytest.skip("Chromium is not installed")
    port = _free_port()
    env = {
        **os.environ,
        "PYROAD_DATA_DIR": str(tmp_path_factory.mktemp("data")),
        "PYROAD_DATABASE_URL": "",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "pyroad.cli.app", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.1)
    else:
        process.kill()
        pytest.fail(f"the server did not start: {process.stderr.read() if process.stderr else ''}")
    yield url
    process.terminate()
    process.wait(timeout=10)


def test_sign_up_solve_an_exercise_and_see_the_roadmap_change(server: str) -> None:
    from playwright.sync_api import expect, sync_playwright

    shutil.rmtree(ARTIFACTS, ignore_errors=True)
    ARTIFACTS.mkdir(parents=True)
    name = unique("ada")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.goto(f"{server}/signup")
        page.fill("#name", name)
        page.fill("#email", f"{name}@example.org")
        page.fill("#password", "a long enough password")
        page.click("button[type=submit]")
        expect(page.locator("h1")).to_have_text("Dashboard")

        page.goto(server)
        skill = page.locator('li[data-skill="syntax-and-execution"]')
        expect(skill).to_have_attribute("data-state", "available")
        page.screenshot(path=str(ARTIFACTS / "1-roadmap-before.png"), full_page=True)

        page.goto(f"{server}/exercises/running-totals")
        editor = page.locator("textarea.code")
        editor.fill("def running_totals(amounts, start=0):\n    return []\n")
        page.click("#submit-form button[type=submit]")
        expect(page.locator("#result .verdict")).to_have_text("FAIL (isolated)", timeout=30_000)
        expect(page.locator("#result .case.fail").first).to_be_visible()
        page.screenshot(path=str(ARTIFACTS / "2-wrong-answer.png"), full_page=True)

        editor.fill(REFERENCE)
        page.click("#submit-form button[type=submit]")
        expect(page.locator("#result .verdict")).to_have_text("PASS (isolated)", timeout=30_000)
        page.screenshot(path=str(ARTIFACTS / "3-right-answer.png"), full_page=True)

        page.goto(server)
        expect(skill).to_have_attribute("data-state", "in_progress")
        node = page.locator('svg a[href="/skills/syntax-and-execution"]')
        expect(node).to_have_class("node progress")
        page.screenshot(path=str(ARTIFACTS / "4-roadmap-after.png"), full_page=True)

        page.goto(f"{server}/skills/syntax-and-execution")
        expect(page.locator("table")).to_contain_text("running-totals")
        browser.close()

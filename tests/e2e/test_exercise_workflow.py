"""start -> check -> submit on a fresh profile, and the pass shows in roadmap and next."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from pyroad.cli.app import app
from pyroad.content.loader import builtin_pack

REFERENCE = builtin_pack().exercise("running-totals").path / "reference" / "solution.py"


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    env = {"PYROAD_DATA_DIR": str(tmp_path / "data"), "PYROAD_DATABASE_URL": ""}

    def invoke(*args: str) -> Any:
        return runner.invoke(app, list(args), env=env)

    return invoke


def skill_state(run: Any, slug: str) -> str:
    roadmap = json.loads(run("roadmap", "--json").stdout)
    states = {s["slug"]: s["state"] for stage in roadmap["stages"] for s in stage["skills"]}
    return states[slug]


def test_start_check_submit_and_the_pass_shows_in_roadmap_and_next(
    run: Any, tmp_path: Path
) -> None:
    listed = json.loads(run("exercises", "--skill", "syntax-and-execution", "--json").stdout)
    assert {"running-totals", "line-stats"} <= {row["id"] for row in listed["exercises"]}

    result = run("start", "running-totals")
    assert result.exit_code == 0, result.output
    workspace = tmp_path / "running-totals"
    assert {p.name for p in workspace.iterdir()} >= {"README.md", "solution.py", "tests"}
    assert skill_state(run, "syntax-and-execution") == "in_progress"

    assert run("check", str(workspace)).exit_code == 1, "the starter fails its visible tests"
    shutil.copy(REFERENCE, workspace / "solution.py")
    assert run("check", str(workspace)).exit_code == 0

    result = run("submit", str(workspace), "--json")
    assert result.exit_code == 0, result.output
    verdict = json.loads(result.stdout)
    assert verdict["status"] == "pass" and verdict["recorded"] is True
    assert all(case["status"] == "pass" for case in verdict["cases"])

    roadmap = json.loads(run("roadmap", "--json").stdout)
    first = roadmap["stages"][0]["skills"][0]
    assert (first["slug"], first["passed_exercises"]) == ("syntax-and-execution", 1)
    nxt = json.loads(run("next", "--json").stdout)["actions"][0]
    assert (nxt["kind"], nxt["skill"], nxt["exercise"]) == (
        "continue",
        "syntax-and-execution",
        "line-stats",
    )
    assert "1 of 2 exercises passed" in nxt["reason"]


def test_a_failed_submission_is_recorded_and_exits_1(run: Any, tmp_path: Path) -> None:
    assert run("start", "running-totals").exit_code == 0
    result = run("submit", str(tmp_path / "running-totals"))
    assert result.exit_code == 1
    assert "FAIL" in result.output and "NotImplementedError" in result.output
    assert skill_state(run, "syntax-and-execution") == "in_progress"


def test_starting_a_locked_exercise_is_refused_with_the_reason(run: Any, tmp_path: Path) -> None:
    pack = builtin_pack()
    locked = next(e for e in pack.exercises if "syntax-and-execution" not in e.spec.skills)
    result = run("start", locked.id)
    assert result.exit_code == 2
    assert "is locked" in result.stderr
    assert not (tmp_path / locked.id).exists(), "nothing is written for a refused start"


def test_grade_json_reports_the_verdict_and_exit_codes(run: Any, tmp_path: Path) -> None:
    result = run("grade", "running-totals", str(REFERENCE), "--json")
    assert result.exit_code == 0, result.output
    verdict = json.loads(result.stdout)
    assert set(verdict) >= {"status", "exercise", "integrity", "duration_ms", "limits", "cases"}
    assert verdict["status"] == "pass"
    assert {"name", "status", "message"} == set(verdict["cases"][0])

    wrong = tmp_path / "wrong.py"
    wrong.write_text("def running_totals(a, start=0):\n    return []\n", encoding="utf-8")
    result = run("grade", "running-totals", str(wrong), "--json")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["status"] == "fail"

    assert run("grade", "no-such-exercise", str(wrong)).exit_code == 2
    assert run("grade", "running-totals", str(tmp_path / "missing.py")).exit_code == 2
    assert run("submit", str(tmp_path)).exit_code == 2, "not a workspace"

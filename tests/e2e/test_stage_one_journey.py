"""From a new profile to "stage 1 mastered" with next, start, check and submit alone."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from pyroad.cli.app import app
from pyroad.content.loader import builtin_pack


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    env = {"PYROAD_DATA_DIR": str(tmp_path / "data"), "PYROAD_DATABASE_URL": ""}

    def invoke(*args: str) -> Any:
        result = runner.invoke(app, list(args), env=env)
        return result

    return invoke


def test_a_new_learner_masters_stage_one_by_following_next(run: Any, tmp_path: Path) -> None:
    pack = builtin_pack()
    stage_one = {s.slug for s in pack.skills_in(pack.stages[0].slug)}
    done: list[str] = []
    for _ in range(200):
        roadmap = json.loads(run("roadmap", "--json").stdout)
        states = {s["slug"]: s["state"] for s in roadmap["stages"][0]["skills"]}
        if all(states[slug] == "mastered" for slug in stage_one):
            break
        actions = json.loads(run("next", "--json").stdout)["actions"]
        assert actions, f"next gave nothing to do with {states}"
        action = actions[0]
        assert action["kind"] in ("start", "continue"), action
        assert pack.skill(action["skill"]).stage == pack.stages[0].slug, action
        exercise = action["exercise"]
        assert exercise, f"no exercise offered for {action['skill']}"
        workspace = tmp_path / "work" / exercise
        if not workspace.exists():
            result = run("start", exercise, "--dir", str(workspace))
            assert result.exit_code == 0, result.output
        reference = pack.exercise(exercise).path / "reference"
        shutil.copytree(reference, workspace, dirs_exist_ok=True)
        assert run("check", str(workspace)).exit_code == 0, f"visible tests of {exercise}"
        result = run("submit", str(workspace), "--json")
        assert result.exit_code == 0, result.output
        done.append(exercise)
    else:
        pytest.fail(f"stage 1 was not mastered after {len(done)} submissions")
    roadmap = json.loads(run("roadmap", "--json").stdout)
    second = {s["slug"]: s["state"] for s in roadmap["stages"][1]["skills"]}
    assert "available" in second.values(), "mastering stage 1 opens stage 2"
    assert len(done) == len(set(done)), "each submission was a new exercise"

"""The CLI end to end, in-process, on a fresh SQLite database per test."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from pyroad.cli.app import app
from pyroad.content.loader import BUILTIN_PACK


@pytest.fixture
def run(tmp_path: Path) -> Any:
    runner = CliRunner()
    env = {"PYROAD_DATA_DIR": str(tmp_path / "data"), "PYROAD_DATABASE_URL": ""}

    def invoke(*args: str) -> Any:
        return runner.invoke(app, list(args), env=env)

    return invoke


def as_json(result: Any) -> Any:
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_roadmap_json_has_the_five_stages_in_order(run: Any) -> None:
    data = as_json(run("roadmap", "--json"))
    assert [s["number"] for s in data["stages"]] == [1, 2, 3, 4, 5]
    assert [s["slug"] for s in data["stages"]] == [
        "core-language",
        "program-structure",
        "system-interaction",
        "frameworks",
        "deployment",
    ]
    first = data["stages"][0]["skills"][0]
    assert (first["slug"], first["state"]) == ("syntax-and-execution", "available")


def test_the_roadmap_text_shows_every_stage(run: Any, tmp_path: Path) -> None:
    result = run("roadmap")
    assert result.exit_code == 0, result.output
    for n in range(1, 6):
        assert f"Stage {n}:" in result.output
    assert (tmp_path / "data" / "pyroad.sqlite3").exists(), "the embedded database was created"


@pytest.mark.parametrize(
    ("needs", "winner"),
    [
        (["admin", "orm", "large-app"], "django"),
        (["api", "performance", "typing"], "fastapi"),
        (["small-service", "customization"], "flask"),
    ],
)
def test_frameworks_ranks_by_need_and_gives_reasons(
    run: Any, needs: list[str], winner: str
) -> None:
    args = [arg for need in needs for arg in ("--need", need)]
    data = as_json(run("frameworks", *args, "--json"))
    assert data["ranking"][0]["slug"] == winner
    reasons = data["ranking"][0]["reasons"]
    assert {r["need"] for r in reasons} == set(needs)
    assert all(len(r["reason"]) > 20 for r in reasons)
    text = run("frameworks", *args)
    assert text.exit_code == 0
    assert f"1. {data['ranking'][0]['name']}" in text.output
    assert reasons[0]["reason"][:30] in " ".join(text.output.split())


def test_an_unknown_need_exits_2_with_the_choices(run: Any) -> None:
    result = run("frameworks", "--need", "blockchain")
    assert result.exit_code == 2
    assert "unknown need: blockchain" in result.stderr
    assert "small-service" in result.stderr


def test_salary_shows_the_seed_bands(run: Any) -> None:
    text = " ".join(run("salary").output.split())
    for band in ("₹4–8 LPA", "₹8–15 LPA", "₹15–25 LPA", "₹25+ LPA", "$60k–$150k"):
        assert band in text
    data = as_json(run("salary", "--json"))
    assert [b["inr_lpa"] for b in data["bands"]] == [
        {"min": 4, "max": 8},
        {"min": 8, "max": 15},
        {"min": 15, "max": 25},
        {"min": 25, "max": None},
    ]


def test_level_for_a_new_learner_shows_every_level_unmet_with_gaps(run: Any) -> None:
    data = as_json(run("level", "--json"))
    assert data["level_shown"] is None
    assert len(data["levels"]) == 4
    for level in data["levels"]:
        assert level["met"] == 0 and level["missing"]
        assert level["salary_inr_lpa"] is not None
    text = run("level").output
    assert "Level shown: none yet" in text
    assert "Missing:" in text
    first_gap = data["levels"][0]["missing"][0]["title"]
    assert first_gap in text


def test_next_points_a_new_learner_at_the_first_skill(run: Any) -> None:
    data = as_json(run("next", "--json"))
    assert data["actions"][0]["skill"] == "syntax-and-execution"
    assert data["actions"][0]["reason"]
    assert "locked" not in data
    explore = as_json(run("next", "--explore", "--json"))
    locked = {item["slug"]: item["because"] for item in explore["locked"]}
    assert "django" in locked and "must be mastered first" in locked["django"]


@pytest.mark.parametrize("command", ["role", "tools", "certs", "careers", "rules"])
def test_reference_commands_print_text_and_json(run: Any, command: str) -> None:
    assert run(command).exit_code == 0
    assert as_json(run(command, "--json"))


def test_skill_shows_one_skill_and_refuses_unknown_ones(run: Any) -> None:
    data = as_json(run("skill", "functions-and-scope", "--json"))
    assert data["state"] == "locked"
    assert data["locked_because"]
    result = run("skill", "functions")
    assert result.exit_code == 2
    assert "did you mean: functions-and-scope" in result.stderr


def test_content_validate_passes_the_builtin_pack(run: Any) -> None:
    result = run("content", "validate")
    assert result.exit_code == 0, result.output
    assert "ok: pack 'python-developer'" in result.output


def test_content_validate_exits_2_with_file_key_reason(run: Any, tmp_path: Path) -> None:
    pack = tmp_path / "bad-pack"
    shutil.copytree(BUILTIN_PACK, pack)
    path = pack / "levels.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["levels"][0]["evidence"]["work"].append("juggling")
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    result = run("content", "validate", str(pack))
    assert result.exit_code == 2
    assert "levels.yaml: levels[entry].evidence.work: unknown work kind 'juggling'" in result.stderr
    assert "nothing was loaded" in result.stderr


def test_an_unreachable_database_is_a_clear_error_not_a_traceback(run: Any) -> None:
    result = run("--db", "postgresql://nobody@127.0.0.1:1/none?connect_timeout=2", "roadmap")
    assert result.exit_code == 1
    assert "cannot reach the database" in result.stderr
    assert "Traceback" not in result.output


def test_every_command_has_help(run: Any) -> None:
    commands = ["roadmap", "skill", "next", "level", "role", "tools", "frameworks", "salary"]
    commands += ["certs", "careers", "rules", "content", "db"]
    for command in commands:
        result = run(command, "--help")
        assert result.exit_code == 0
        assert "Usage:" in result.output

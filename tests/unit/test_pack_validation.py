"""The validator names the file, the key and the reason, and loads nothing from a bad pack."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from pyroad.content.loader import BUILTIN_PACK, InvalidPackError, load_pack, validate_pack

Edit = Callable[[Any], None]


@pytest.fixture
def pack_copy(tmp_path: Path) -> Path:
    target = tmp_path / "pack"
    shutil.copytree(BUILTIN_PACK, target)
    return target


def edit(root: Path, rel: str, change: Edit) -> None:
    path = root / rel
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")


def skill_in(data: Any, slug: str) -> dict[str, Any]:
    found: dict[str, Any] = next(s for s in data["skills"] if s["slug"] == slug)
    return found


def problems_of(root: Path) -> list[str]:
    pack, problems = validate_pack(root)
    assert pack is None
    with pytest.raises(InvalidPackError):
        load_pack(root)
    return [str(p) for p in problems]


def test_the_builtin_pack_is_valid() -> None:
    pack, problems = validate_pack(BUILTIN_PACK)
    assert problems == []
    assert pack is not None


def test_a_prerequisite_cycle_is_named(pack_copy: Path) -> None:
    def close_loop(data: Any) -> None:
        skill_in(data, "syntax-and-execution")["prerequisites"] = ["conditionals-and-loops"]

    edit(pack_copy, "skills/1-core-language.yaml", close_loop)
    problems = problems_of(pack_copy)
    cycles = [p for p in problems if "prerequisite cycle" in p]
    assert len(cycles) == 1, problems
    assert cycles[0].startswith("skills/1-core-language.yaml: skills[")
    chain = cycles[0].split("prerequisite cycle: ")[1].split(" -> ")
    assert chain == ["syntax-and-execution", "conditionals-and-loops", "syntax-and-execution"]


def test_an_unknown_reference_names_file_key_and_slug(pack_copy: Path) -> None:
    def add_ghost(data: Any) -> None:
        skill_in(data, "oop-basics")["prerequisites"].append("telepathy")

    edit(pack_copy, "skills/2-program-structure.yaml", add_ghost)
    assert problems_of(pack_copy) == [
        "skills/2-program-structure.yaml: skills[oop-basics].prerequisites: "
        "unknown skill 'telepathy'"
    ]


def test_a_framework_skill_opening_before_stage_three_is_refused(pack_copy: Path) -> None:
    def move_django(data: Any) -> None:
        skill_in(data, "flask")["stage"] = "core-language"
        skill_in(data, "flask")["prerequisites"] = ["syntax-and-execution"]

    edit(pack_copy, "skills/4-frameworks.yaml", move_django)
    problems = problems_of(pack_copy)
    assert len(problems) == 1, problems
    assert problems[0].startswith("skills/4-frameworks.yaml: skills[flask].stage: framework skill")
    assert "before the foundation stages (1–3) are mastered" in problems[0]


def test_a_prerequisite_from_a_later_stage_is_refused(pack_copy: Path) -> None:
    def reach_forward(data: Any) -> None:
        skill_in(data, "text-and-regex")["prerequisites"].append("version-control")

    edit(pack_copy, "skills/1-core-language.yaml", reach_forward)
    problems = problems_of(pack_copy)
    assert problems == [
        "skills/1-core-language.yaml: skills[text-and-regex].prerequisites: 'version-control' "
        "is in the later stage 'program-structure'; a skill may only require skills of its own "
        "or earlier stages"
    ]


def test_a_duplicate_slug_is_refused_with_where_it_was_first(pack_copy: Path) -> None:
    def duplicate(data: Any) -> None:
        copy = dict(skill_in(data, "packaging"))
        copy["slug"] = "file-io"
        data["skills"].append(copy)

    edit(pack_copy, "skills/5-deployment.yaml", duplicate)
    problems = problems_of(pack_copy)
    assert (
        "skills/5-deployment.yaml: skills[file-io]: duplicate slug 'file-io' "
        "(first defined in skills/1-core-language.yaml)"
    ) in problems


def test_a_missing_required_field_is_named(pack_copy: Path) -> None:
    def drop_why(data: Any) -> None:
        del skill_in(data, "exceptions")["why"]

    edit(pack_copy, "skills/1-core-language.yaml", drop_why)
    edit(pack_copy, "frameworks.yaml", lambda d: d["frameworks"][0]["fit"].pop("admin"))
    problems = problems_of(pack_copy)
    assert "skills/1-core-language.yaml: skills[exceptions].why: required field is missing" in (
        problems
    )
    assert "frameworks.yaml: frameworks[django].fit.admin: required field is missing" in problems


def test_broken_yaml_and_missing_files_are_reported_not_raised(pack_copy: Path) -> None:
    (pack_copy / "role.yaml").unlink()
    (pack_copy / "salary.yaml").write_text("bands: [\n", encoding="utf-8")
    problems = problems_of(pack_copy)
    assert "role.yaml: -: required file is missing" in problems
    assert any(p.startswith("salary.yaml: line ") and "not valid YAML" in p for p in problems)


def test_an_unknown_key_is_an_error_not_ignored(pack_copy: Path) -> None:
    edit(pack_copy, "pack.yaml", lambda d: d.update(colour="blue"))
    assert problems_of(pack_copy) == ["pack.yaml: colour: Extra inputs are not permitted"]

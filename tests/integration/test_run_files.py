"""A run writes the job's files into its work folder, and nowhere else."""

from __future__ import annotations

from pathlib import Path

import pytest

from pyroad.grading import _child


def test_plain_and_nested_names_are_written_inside_the_work_folder(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    _child.write_files(str(work), {"solution.py": "x = 1\n", "tasks/models.py": "y = 'é'\n"})
    assert (work / "solution.py").read_text(encoding="utf-8") == "x = 1\n"
    assert (work / "tasks" / "models.py").read_text(encoding="utf-8") == "y = 'é'\n"


@pytest.mark.parametrize("name", ["../escape.py", "tasks/../../escape.py", "/tmp/escape.py", ".."])
def test_a_name_that_leaves_the_work_folder_is_refused(tmp_path: Path, name: str) -> None:
    work = tmp_path / "work"
    work.mkdir()
    with pytest.raises(ValueError, match="outside the work folder"):
        _child.write_files(str(work), {name: "print('out')\n"})
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["work"]

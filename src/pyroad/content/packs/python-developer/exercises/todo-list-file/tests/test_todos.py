import pytest

from solution import add_todo, read_todos

EXAMPLE = "# groceries\nbuy milk\nx call the plumber\n\nrenew passport\n"


def test_reads_open_and_done_tasks(tmp_path):
    path = tmp_path / "todo.txt"
    path.write_text(EXAMPLE, encoding="utf-8")
    assert read_todos(path) == {
        "open": ["buy milk", "renew passport"],
        "done": ["call the plumber"],
    }


def test_adds_a_task_at_the_end(tmp_path):
    path = tmp_path / "todo.txt"
    path.write_text(EXAMPLE, encoding="utf-8")
    add_todo(path, "  water the plants ")
    assert path.read_text(encoding="utf-8") == EXAMPLE + "water the plants\n"


def test_an_empty_task_is_refused(tmp_path):
    with pytest.raises(ValueError):
        add_todo(tmp_path / "todo.txt", "   ")

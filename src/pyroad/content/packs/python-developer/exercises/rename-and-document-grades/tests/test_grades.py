import ast
from pathlib import Path

from grades import format_grades, grade_students

SOURCE = Path(__file__).resolve().parents[1] / "grades.py"


def test_grade_students_example():
    assert grade_students([("Ana", 72), ("Ben", 59.5), ("Chloé", 60)]) == (
        {"Ana": "pass", "Ben": "fail", "Chloé": "pass"},
        63.8,
    )


def test_format_grades_example():
    assert format_grades([("Ben", 40), ("Ana", 90)], pass_mark=50) == (
        "Ana: pass\nBen: fail\naverage: 65.0"
    )


def test_public_functions_have_docstrings():
    tree = ast.parse(SOURCE.read_text(encoding="utf-8"))
    assert ast.get_docstring(tree), "the module has no docstring"
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
            assert ast.get_docstring(node), f"{node.name} has no docstring"

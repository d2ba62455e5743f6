import ast
from pathlib import Path

import pytest

from parking import parking_fee

SOURCE = Path(__file__).resolve().parents[1] / "parking.py"


def test_the_statement_examples():
    assert parking_fee(15, "car") == 0
    assert parking_fee(61, "car") == 450
    assert parking_fee(130, "van", member=True) == 750
    assert parking_fee(1440, "motorbike") == 800


def test_unknown_vehicle():
    with pytest.raises(ValueError):
        parking_fee(30, "bus")


def test_no_magic_numbers_inside_functions():
    tree = ast.parse(SOURCE.read_text(encoding="utf-8"))
    for function in ast.walk(tree):
        if isinstance(function, ast.FunctionDef):
            for node in ast.walk(function):
                if isinstance(node, ast.Constant) and type(node.value) in (int, float):
                    assert node.value in (0, 1), f"{node.value} on line {node.lineno}"

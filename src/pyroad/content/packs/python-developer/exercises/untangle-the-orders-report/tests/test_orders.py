import ast
from pathlib import Path

from orders import build_report

SOURCE = Path(__file__).resolve().parents[1] / "orders.py"
EXPORT = """# export 2024-05-02
Ana; mug; 2; 7.50
Ben; tea; 1; 3.20
Ana; pen; 3; 1.10
Ben; tea; two; 3.20
Chloé; box; 1; 3.20
"""


def test_the_statement_report():
    assert build_report(EXPORT) == "Ana: 18.30\nBen: 3.20\nChloé: 3.20\nskipped lines: 1"


def test_min_total():
    assert build_report("Ana; mug; 2; 7.50\nBen; tea; 1; 3.20", min_total=5) == (
        "Ana: 15.00\nskipped lines: 0"
    )


def test_no_function_is_longer_than_20_lines():
    tree = ast.parse(SOURCE.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            length = node.end_lineno - node.lineno + 1
            assert length <= 20, f"{node.name} is {length} lines long"

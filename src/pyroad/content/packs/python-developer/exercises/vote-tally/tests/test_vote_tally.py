import subprocess
import sys
from pathlib import Path

MAIN = Path(__file__).resolve().parents[1] / "main.py"
EXAMPLE = "Pizza\nsushi\n\npizza\nTacos \n  PIZZA\ntacos\nsushi\n"


def run(stdin, *args):
    return subprocess.run(
        [sys.executable, str(MAIN), *args], input=stdin, capture_output=True, text=True
    )


def test_example_from_the_statement():
    done = run(EXAMPLE)
    assert done.returncode == 0
    assert done.stdout == "pizza: 3\nsushi: 2\ntacos: 2\ntotal: 7\nblank: 1\n"


def test_top():
    assert run(EXAMPLE, "--top", "1").stdout == "pizza: 3\ntotal: 7\nblank: 1\n"


def test_bad_option():
    done = run(EXAMPLE, "--top", "zero")
    assert done.returncode == 2
    assert done.stdout == ""

import subprocess
import sys
from pathlib import Path

MAIN = Path(__file__).resolve().parents[1] / "main.py"


def run(stdin, *args):
    return subprocess.run(
        [sys.executable, str(MAIN), *args], input=stdin, capture_output=True, text=True
    )


def test_counts_lines_words_and_characters():
    assert run("hello world\nbye\n").stdout == "2 3 16\n"


def test_lines_only():
    assert run("a\nb\nc\n", "--lines-only").stdout == "3\n"

import subprocess
import sys
from pathlib import Path

MAIN = Path(__file__).resolve().parents[1] / "main.py"

EXAMPLE = """\
# a short trip
forward 3
right
forward 12   # hits the east wall
left
back 2
"""


def run(stdin):
    return subprocess.run([sys.executable, str(MAIN)], input=stdin, capture_output=True, text=True)


def test_example_from_the_statement():
    done = run(EXAMPLE)
    assert done.returncode == 0
    assert done.stdout == "position: 10 1\nfacing: north\nbumps: 1\n"


def test_an_unknown_command_stops_the_robot():
    done = run("forward 1\njump 3\n")
    assert done.returncode == 1
    assert done.stdout == "line 2: cannot run 'jump 3'\n"

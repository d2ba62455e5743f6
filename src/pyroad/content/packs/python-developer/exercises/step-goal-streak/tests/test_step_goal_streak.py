import subprocess
import sys
from pathlib import Path

MAIN = Path(__file__).resolve().parents[1] / "main.py"

EXAMPLE = """\
# March
2024-03-01 9120
2024-03-02 10500
2024-03-03 12011

2024-03-04 10000
2024-03-05 4300
2024-03-06 15000
2024-03-07 800
"""


def run(stdin, *args):
    return subprocess.run(
        [sys.executable, str(MAIN), *args], input=stdin, capture_output=True, text=True
    )


def test_example_from_the_statement():
    done = run(EXAMPLE, "10000")
    assert done.returncode == 0
    assert done.stdout == (
        "days: 7\ngoal met: 4\nlongest streak: 3 (2024-03-02 to 2024-03-04)\n"
    )


def test_missing_goal_is_a_usage_error():
    done = run("2024-03-01 9120\n")
    assert done.returncode == 2
    assert done.stdout == ""

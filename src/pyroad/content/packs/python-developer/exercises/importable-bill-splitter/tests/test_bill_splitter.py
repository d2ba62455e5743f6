import subprocess
import sys
from pathlib import Path

from solution import split_bill

SCRIPT = Path(__file__).resolve().parents[1] / "solution.py"


def test_split_bill_example():
    assert split_bill(4850, 15, 3) == (727, 1859)


def test_script_prints_tip_and_share():
    done = subprocess.run([sys.executable, str(SCRIPT), "48.50", "15", "3"],
                          capture_output=True, text=True)
    assert done.returncode == 0
    assert done.stdout == "tip: 7.27\neach: 18.59\n"


def test_wrong_arguments_are_a_usage_error():
    done = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True)
    assert done.returncode == 2
    assert done.stdout == ""

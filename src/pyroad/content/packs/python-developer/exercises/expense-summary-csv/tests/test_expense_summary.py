import subprocess
import sys
from pathlib import Path

MAIN = Path(__file__).resolve().parents[1] / "main.py"

EXPENSES = (
    "date,category,amount\n"
    "2024-03-01,Food,12.50\n"
    "2024-03-02,Travel,40\n"
    "2024-03-02,food,7.25\n"
    '2024-03-03,"Books, magazines",9.99\n'
)


def run(folder, *args):
    return subprocess.run(
        [sys.executable, str(MAIN), *args], cwd=folder, capture_output=True, text=True
    )


def test_the_statement_example(tmp_path):
    (tmp_path / "expenses.csv").write_text(EXPENSES, encoding="utf-8")
    done = run(tmp_path, "expenses.csv", "summary.csv")
    assert done.returncode == 0
    assert done.stdout == "3 categories written to summary.csv\n"
    summary = (tmp_path / "summary.csv").read_text(encoding="utf-8").splitlines()
    assert summary == [
        "category,count,total",
        "travel,1,40.00",
        "food,2,19.75",
        '"books, magazines",1,9.99',
    ]


def test_a_bad_amount_writes_nothing(tmp_path):
    (tmp_path / "expenses.csv").write_text(EXPENSES + "2024-03-04,Food,lots\n", encoding="utf-8")
    done = run(tmp_path, "expenses.csv", "summary.csv")
    assert done.returncode == 1
    assert not (tmp_path / "summary.csv").exists()

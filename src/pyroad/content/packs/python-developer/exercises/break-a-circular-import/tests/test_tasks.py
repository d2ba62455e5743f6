import subprocess
import sys
from pathlib import Path

import tasks

ROOT = Path(__file__).resolve().parents[1]


def test_load_and_dump():
    text = "Buy milk|3|-\nPay rent \\| bills|1|x\n"
    todo = tasks.load(text)
    assert [(t.title, t.done) for t in todo] == [("Buy milk", False), ("Pay rent | bills", True)]
    assert tasks.dump(todo) == text


def test_each_module_can_be_imported_first():
    for name in ["tasks.rows", "tasks.models", "tasks.storage", "tasks"]:
        done = subprocess.run([sys.executable, "-c", f"import {name}"], cwd=ROOT)
        assert done.returncode == 0, f"import {name} failed"

import subprocess
import sys
from pathlib import Path

import pytest

import units

ROOT = Path(__file__).resolve().parents[1]


def test_convert():
    assert units.convert("mass", 2, "kg", "g") == pytest.approx(2000)
    assert units.convert("duration", 2, "h", "min") == pytest.approx(120)


def test_unknown_family_is_a_value_error():
    with pytest.raises(ValueError):
        units.convert("volume", 1, "l", "ml")


def test_import_loads_no_family():
    code = "import sys, units; print(sorted(m for m in sys.modules if m.startswith('units.')))"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.stdout.strip() == "[]"

from pathlib import Path

import pytest

from invoice import format_line, line_total

SOURCE = Path(__file__).resolve().parents[1] / "invoice.py"


def test_no_conflict_markers_are_left():
    for line in SOURCE.read_text(encoding="utf-8").splitlines():
        assert not line.startswith(("<<<<<<<", "=======", ">>>>>>>")), line


def test_both_changes_in_the_printed_line():
    assert format_line("Paper", 125050, 12) == "Paper: 12 x €1,250.50 = €13,505.40 (bulk -10%)"
    assert format_line("Pen", 199, 3) == "Pen: 3 x €1.99 = €5.97"


def test_validation_is_kept():
    with pytest.raises(ValueError):
        line_total(199, 0)

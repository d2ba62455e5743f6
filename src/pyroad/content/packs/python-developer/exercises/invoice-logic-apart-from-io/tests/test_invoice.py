import pytest

from invoice import compute_totals, parse_lines, render

TEXT = "description,quantity,unit_price\nTea,2,450\nMug,1,1200\n"


def test_parse_and_totals():
    items = parse_lines(TEXT)
    assert items == [("Tea", 2, 450), ("Mug", 1, 1200)]
    assert compute_totals(items, 20) == {"subtotal": 2100, "tax": 420, "total": 2520}


def test_render():
    items = parse_lines(TEXT)
    text = render(items, compute_totals(items, 20), 20)
    assert text.splitlines()[-1] == "Total: 25.20"


def test_bad_line_names_its_number():
    with pytest.raises(ValueError, match="^line 3:"):
        parse_lines("A,1,1\n\nB,2\n")

import pytest

from solution import format_invoice

EXPECTED = (
    "Item                Qty     Price       Total\n"
    "---------------------------------------------\n"
    "Apples               12      0.50        6.00\n"
    "Crème brûlée          2      4.25        8.50\n"
    "Espresso machine      1   1299.00    1,299.00\n"
    "---------------------------------------------\n"
    "TOTAL                15              1,313.50\n"
)


def test_the_statement_example():
    lines = [("Apples", 12, 0.5), ("Crème brûlée", 2, 4.25), ("Espresso machine", 1, 1299)]
    assert format_invoice(lines) == EXPECTED


def test_a_negative_quantity_is_refused():
    with pytest.raises(ValueError):
        format_invoice([("Refund", -1, 5.0)])

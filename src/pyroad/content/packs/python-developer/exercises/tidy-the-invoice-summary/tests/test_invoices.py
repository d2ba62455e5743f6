import pytest

from invoices import summarize


def test_example_from_the_statement():
    invoices = [
        {"customer": "acme", "amount": 100, "status": "paid"},
        {"customer": "acme", "amount": 50, "status": "overdue"},
    ]
    assert summarize(invoices) == {"acme": {"billed": 150, "paid": 100, "overdue": 1}}


def test_unknown_status_is_refused():
    with pytest.raises(ValueError):
        summarize([{"customer": "acme", "amount": 1, "status": "lost"}])

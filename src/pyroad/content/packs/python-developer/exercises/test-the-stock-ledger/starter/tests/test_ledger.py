from ledger import Ledger


def test_receiving_adds_stock():
    ledger = Ledger()
    assert ledger.receive("apple", 5) == 5


# Add your tests here.

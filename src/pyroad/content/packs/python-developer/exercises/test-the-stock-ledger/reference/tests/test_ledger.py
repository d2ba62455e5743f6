import pytest

from ledger import Ledger, OutOfStock


@pytest.fixture
def ledger():
    return Ledger()


def test_an_unknown_item_has_none(ledger):
    assert ledger.count("apple") == 0
    assert ledger.history("apple") == []


def test_receiving_adds_stock(ledger):
    assert ledger.receive("apple", 5) == 5
    assert ledger.receive("apple", 1) == 6
    assert ledger.count("apple") == 6


def test_shipping_removes_stock(ledger):
    ledger.receive("apple", 5)
    assert ledger.ship("apple", 2) == 3
    assert ledger.count("apple") == 3


def test_shipping_everything_leaves_zero(ledger):
    ledger.receive("apple", 5)
    assert ledger.ship("apple", 5) == 0


def test_shipping_too_much_is_refused_and_changes_nothing(ledger):
    ledger.receive("apple", 5)
    with pytest.raises(OutOfStock):
        ledger.ship("apple", 6)
    assert ledger.count("apple") == 5
    assert ledger.history("apple") == [5]


def test_out_of_stock_is_a_value_error():
    assert issubclass(OutOfStock, ValueError)


@pytest.mark.parametrize("quantity", [0, -1, 1.5, "3"])
def test_bad_quantities_are_refused(ledger, quantity):
    with pytest.raises(ValueError):
        ledger.receive("apple", quantity)
    with pytest.raises(ValueError):
        ledger.ship("apple", quantity)
    assert ledger.history("apple") == []


def test_one_is_a_valid_quantity(ledger):
    assert ledger.receive("apple", 1) == 1
    assert ledger.ship("apple", 1) == 0


def test_history_is_signed_and_ordered(ledger):
    ledger.receive("apple", 5)
    ledger.ship("apple", 2)
    ledger.receive("pear", 1)
    assert ledger.history("apple") == [5, -2]
    assert ledger.history("pear") == [1]


def test_history_is_a_copy(ledger):
    ledger.receive("apple", 5)
    ledger.history("apple").append(99)
    assert ledger.history("apple") == [5]


def test_low_stock_is_below_the_threshold_above_zero_and_sorted(ledger):
    ledger.receive("pear", 2)
    ledger.receive("apple", 1)
    ledger.receive("kiwi", 3)
    ledger.receive("plum", 4)
    ledger.ship("plum", 4)
    assert ledger.low_stock(3) == ["apple", "pear"]
    assert ledger.low_stock(1) == []

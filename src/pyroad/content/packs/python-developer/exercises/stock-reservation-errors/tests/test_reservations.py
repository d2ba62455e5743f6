import pytest

from solution import InventoryError, OutOfStockError, UnknownItemError, reserve, reserve_order


def test_reserve_takes_units_off_the_stock():
    stock = {"apple": 5, "pear": 0}
    assert reserve(stock, "apple", 3) == 2
    assert stock == {"apple": 2, "pear": 0}


def test_not_enough_units():
    stock = {"pear": 0}
    with pytest.raises(OutOfStockError) as caught:
        reserve(stock, "pear", 1)
    assert isinstance(caught.value, InventoryError)
    assert (caught.value.requested, caught.value.available) == (1, 0)


def test_a_failed_order_changes_nothing():
    stock = {"apple": 2}
    with pytest.raises(UnknownItemError):
        reserve_order(stock, [("apple", 1), ("kiwi", 1)])
    assert stock == {"apple": 2}

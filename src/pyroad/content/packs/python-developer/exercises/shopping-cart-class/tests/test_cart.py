import pytest

from solution import Cart


def test_lines_and_totals():
    cart = Cart()
    cart.add("tea", 450, 2)
    cart.add("mug", 1200)
    cart.add("tea", 450)
    assert cart.lines() == [("tea", 3, 1350), ("mug", 1, 1200)]
    assert len(cart) == 4
    assert cart.subtotal == 2550


def test_discount_rounds_down():
    cart = Cart()
    cart.add("tea", 450, 2)
    cart.add("mug", 1200)
    cart.add("tea", 450)
    cart.apply_discount(15)
    assert cart.total == 2168


def test_same_product_other_price_is_refused():
    cart = Cart()
    cart.add("tea", 450)
    with pytest.raises(ValueError):
        cart.add("tea", 500)
    assert cart.lines() == [("tea", 1, 450)]

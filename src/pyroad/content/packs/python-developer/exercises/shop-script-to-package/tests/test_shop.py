import shop
from shop.cart import cart_total
from shop.prices import format_price, parse_price


def test_prices_module():
    assert parse_price("12.50") == 1250
    assert format_price(-250) == "-2.50"


def test_cart_module():
    assert cart_total(["tea;2;4.50", "mug;1;12"]) == 2100


def test_public_api():
    assert sorted(shop.__all__) == ["cart_total", "format_price", "parse_price", "receipt"]

from solution import apply_discount


def make_cart():
    return [
        {"name": "mug", "price": 1200, "qty": 2, "tags": []},
        {"name": "tea", "price": 499, "qty": 1, "tags": ["organic"]},
    ]


def test_example_from_the_statement():
    assert apply_discount(make_cart(), 25) == [
        {"name": "mug", "price": 900, "qty": 2, "tags": ["sale"]},
        {"name": "tea", "price": 374, "qty": 1, "tags": ["organic", "sale"]},
    ]


def test_the_cart_is_not_changed():
    cart = make_cart()
    apply_discount(cart, 25)
    assert cart == make_cart()

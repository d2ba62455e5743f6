from pricing import discounted_price


def test_one_item_costs_its_price():
    assert discounted_price(3.5, 1) == 3.5


# Add your tests here.

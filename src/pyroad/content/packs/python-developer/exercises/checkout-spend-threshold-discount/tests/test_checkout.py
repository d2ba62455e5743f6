from checkout import Cart, price, rules_from_config


def make_cart():
    cart = Cart()
    cart.add("dune", "books", 2500, 2)
    cart.add("mug", "kitchen", 1200)
    return cart


def test_existing_percent_rule():
    total, receipt = price(make_cart(), rules_from_config([{"type": "percent", "percent": 10}]))
    assert total == 5580
    assert receipt.splitlines()[-2] == "10% off everything: -6.20"


def test_amount_off_a_category():
    rules = rules_from_config(
        [{"type": "amount_off", "threshold": 4000, "off": 1000, "category": "books"}]
    )
    total, receipt = price(make_cart(), rules)
    assert total == 5200
    assert "10.00 off books over 40.00: -10.00" in receipt.splitlines()

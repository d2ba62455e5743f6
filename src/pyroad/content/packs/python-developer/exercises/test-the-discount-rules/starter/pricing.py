"""Prices for the shop's order form."""


def discounted_price(unit_price, quantity, member=False):
    """The price of ``quantity`` items at ``unit_price``, after volume and member discounts."""
    if unit_price < 0:
        raise ValueError("the price cannot be negative")
    if quantity < 1:
        raise ValueError("order at least one item")
    total = unit_price * quantity
    if quantity >= 50:
        total = total * 0.90
    elif quantity >= 10:
        total = total * 0.95
    if member:
        total = max(total - 2, 0)
    return round(total, 2)

"""Checkout: carts, discount rules and the final price."""
from .cart import Cart, Line
from .config import rule_from_config, rules_from_config
from .pricing import price
from .rules import BuyXGetY, PercentOff, Rule

__all__ = [
    "BuyXGetY",
    "Cart",
    "Line",
    "PercentOff",
    "Rule",
    "price",
    "rule_from_config",
    "rules_from_config",
]

from .cart import Cart, Line
from .config import rule_from_config, rules_from_config
from .pricing import price
from .rules import AmountOff, BuyXGetY, PercentOff, Rule

__all__ = [
    "AmountOff",
    "BuyXGetY",
    "Cart",
    "Line",
    "PercentOff",
    "Rule",
    "price",
    "rule_from_config",
    "rules_from_config",
]

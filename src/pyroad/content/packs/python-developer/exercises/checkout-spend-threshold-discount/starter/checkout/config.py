"""Build rules from the marketing team's configuration (decoded JSON)."""
from .rules import BuyXGetY, PercentOff


def rule_from_config(config):
    """One rule from a dict such as {"type": "percent", "percent": 10, "category": "books"}."""
    kind = config.get("type")
    if kind == "percent":
        return PercentOff(config["percent"], config.get("category"))
    if kind == "buy_x_get_y":
        return BuyXGetY(config["sku"], config["buy"], config["free"])
    raise ValueError(f"unknown rule type {kind!r}")


def rules_from_config(configs):
    """The rules of a list of configurations, in order."""
    return [rule_from_config(config) for config in configs]

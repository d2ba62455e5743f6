from .rules import AmountOff, BuyXGetY, PercentOff


def rule_from_config(config):
    kind = config.get("type")
    if kind == "percent":
        return PercentOff(config["percent"], config.get("category"))
    if kind == "buy_x_get_y":
        return BuyXGetY(config["sku"], config["buy"], config["free"])
    if kind == "amount_off":
        return AmountOff(config["threshold"], config["off"], config.get("category"))
    raise ValueError(f"unknown rule type {kind!r}")


def rules_from_config(configs):
    return [rule_from_config(config) for config in configs]

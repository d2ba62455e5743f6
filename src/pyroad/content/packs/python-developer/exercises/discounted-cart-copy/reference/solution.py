def apply_discount(cart, percent):
    """Return a new cart with every price reduced by ``percent``; ``cart`` stays as it was."""
    if percent < 0 or percent > 100:
        raise ValueError(f"percent must be between 0 and 100, not {percent}")
    discounted = []
    for item in cart:
        copy = dict(item)
        copy["tags"] = list(item["tags"])
        copy["price"] = item["price"] * (100 - percent) // 100
        if percent > 0 and "sale" not in copy["tags"]:
            copy["tags"].append("sale")
        discounted.append(copy)
    return discounted

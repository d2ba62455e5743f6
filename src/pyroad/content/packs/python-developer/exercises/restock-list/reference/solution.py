def restock_list(stock, threshold=5, target=20):
    """Return ``(name, quantity to order)`` pairs for the items running low, most needed first."""
    low = [(name, target - count) for name, count in stock.items() if count < threshold]
    return sorted(low, key=lambda pair: (-pair[1], pair[0]))

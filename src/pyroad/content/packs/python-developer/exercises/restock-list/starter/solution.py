def restock_list(stock, threshold=5, target=20):
    """Return ``(name, quantity to order)`` pairs for the items running low, most needed first."""
    raise NotImplementedError("write me")

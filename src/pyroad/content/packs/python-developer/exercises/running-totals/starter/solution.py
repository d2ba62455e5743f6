def running_totals(amounts, start=0):
    """Return the balance after each day's amount, starting from ``start``."""
    raise NotImplementedError("write me")

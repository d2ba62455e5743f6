def running_totals(amounts, start=0):
    """Return the balance after each day's amount, starting from ``start``."""
    balance = start
    totals = []
    for amount in amounts:
        balance += amount
        totals.append(balance)
    return totals

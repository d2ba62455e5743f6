"""The final price of a cart: its lines, the discounts that apply, the total."""
from .rules import money


def price(cart, rules):
    """Apply ``rules`` in order and return (total, receipt text).

    Each discount is capped at what is left to pay, so the total never goes below zero; a rule
    that takes nothing off does not appear on the receipt.
    """
    lines = [f"{line.sku} x{line.quantity}: {money(line.total)}" for line in cart.lines]
    remaining = cart.subtotal()
    for rule in rules:
        amount = min(rule.discount(cart), remaining)
        if amount:
            lines.append(f"{rule.describe()}: -{money(amount)}")
            remaining -= amount
    lines.append(f"TOTAL: {money(remaining)}")
    return remaining, "\n".join(lines)

from .rules import money


def price(cart, rules):
    lines = [f"{line.sku} x{line.quantity}: {money(line.total)}" for line in cart.lines]
    remaining = cart.subtotal()
    for rule in rules:
        amount = min(rule.discount(cart), remaining)
        if amount:
            lines.append(f"{rule.describe()}: -{money(amount)}")
            remaining -= amount
    lines.append(f"TOTAL: {money(remaining)}")
    return remaining, "\n".join(lines)

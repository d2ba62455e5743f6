"""Revenue per customer from the shop's order export."""


def parse_order(line):
    """Return (customer, amount) for one "customer; item; quantity; unit price" line.

    Raises ValueError when the line is not a valid order.
    """
    parts = [part.strip() for part in line.split(";")]
    if len(parts) != 4:
        raise ValueError(f"expected 4 fields, got {len(parts)}")
    customer, _item, quantity, price = parts
    if not quantity.isdigit() or not customer:
        raise ValueError("missing customer or bad quantity")
    amount = int(quantity) * float(price)
    if amount < 0:
        raise ValueError("negative amount")
    return customer, amount


def revenue_by_customer(text):
    """Sum the order amounts per customer; return (totals, number of invalid lines)."""
    totals = {}
    skipped = 0
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        try:
            customer, amount = parse_order(line)
        except ValueError:
            skipped += 1
            continue
        totals[customer] = totals.get(customer, 0) + amount
    return totals, skipped


def build_report(text, min_total=0.0):
    """Return the revenue report: customers by revenue (at least min_total), then skipped lines."""
    totals, skipped = revenue_by_customer(text)
    ranked = sorted(totals, key=lambda customer: (-totals[customer], customer))
    lines = [
        f"{customer}: {totals[customer]:.2f}"
        for customer in ranked
        if totals[customer] >= min_total
    ]
    lines.append(f"skipped lines: {skipped}")
    return "\n".join(lines)

def shorten(name):
    if len(name) > 20:
        return name[:19] + "…"
    return name


def format_invoice(lines):
    rows = []
    for name, quantity, price in lines:
        if quantity < 0 or price < 0:
            raise ValueError(f"{name}: quantity and price must not be negative")
        rows.append((shorten(name), quantity, price, quantity * price))
    width = max([5] + [len(row[0]) for row in rows])
    rule = "-" * (width + 29)
    table = [f"{'Item':<{width}}  {'Qty':>5}  {'Price':>8}  {'Total':>10}", rule]
    for name, quantity, price, total in rows:
        table.append(f"{name:<{width}}  {quantity:>5}  {price:>8.2f}  {total:>10,.2f}")
    table.append(rule)
    quantities = sum(row[1] for row in rows)
    grand_total = sum(row[3] for row in rows)
    table.append(f"{'TOTAL':<{width}}  {quantities:>5}  {'':>8}  {grand_total:>10,.2f}")
    return "\n".join(table) + "\n"

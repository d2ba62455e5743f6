import sys

HEADER = "description,quantity,unit_price"


def money(cents):
    return f"{cents // 100}.{cents % 100:02d}"


def _parse_line(line):
    parts = line.split(",")
    if len(parts) != 3:
        raise ValueError("expected 3 fields")
    description, quantity, price = parts[0].strip(), int(parts[1]), int(parts[2])
    if quantity < 1 or price < 0:
        raise ValueError("bad quantity or price")
    return description, quantity, price


def parse_lines(text):
    items = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if line and line != HEADER:
            try:
                items.append(_parse_line(line))
            except ValueError as exc:
                raise ValueError(f"line {number}: {exc}") from exc
    return items


def compute_totals(items, tax_percent):
    subtotal = sum(quantity * price for _, quantity, price in items)
    tax = (subtotal * tax_percent + 50) // 100
    return {"subtotal": subtotal, "tax": tax, "total": subtotal + tax}


def render(items, totals, tax_percent):
    lines = [
        f"{description:<20}{quantity:>3} x {money(price):>8} = {money(quantity * price):>8}"
        for description, quantity, price in items
    ]
    lines.append(f"Subtotal: {money(totals['subtotal'])}")
    lines.append(f"Tax ({tax_percent}%): {money(totals['tax'])}")
    lines.append(f"Total: {money(totals['total'])}")
    return "\n".join(lines)


def main(argv):
    if len(argv) not in (1, 2):
        print("usage: invoice.py FILE [TAX_PERCENT]", file=sys.stderr)
        return 2
    try:
        tax_percent = int(argv[1]) if len(argv) == 2 else 20
        with open(argv[0], encoding="utf-8") as handle:
            items = parse_lines(handle.read())
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(render(items, compute_totals(items, tax_percent), tax_percent))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

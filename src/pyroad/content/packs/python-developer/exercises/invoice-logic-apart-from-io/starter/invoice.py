"""Print an invoice for a CSV file of items: description,quantity,unit_price (cents)."""
import sys


def print_invoice(path, tax_percent=20):
    """Read the items in ``path`` and print the invoice."""
    items = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle.read().splitlines(), start=1):
            line = line.strip()
            if not line or line == "description,quantity,unit_price":
                continue
            parts = line.split(",")
            if len(parts) != 3:
                raise ValueError(f"line {number}: expected 3 fields")
            description, quantity, price = parts[0].strip(), int(parts[1]), int(parts[2])
            if quantity < 1 or price < 0:
                raise ValueError(f"line {number}: bad quantity or price")
            items.append((description, quantity, price))
    subtotal = 0
    for description, quantity, price in items:
        subtotal += quantity * price
    tax = (subtotal * tax_percent + 50) // 100
    total = subtotal + tax
    for description, quantity, price in items:
        unit = f"{price // 100}.{price % 100:02d}"
        line_total = quantity * price
        amount = f"{line_total // 100}.{line_total % 100:02d}"
        print(f"{description:<20}{quantity:>3} x {unit:>8} = {amount:>8}")
    print(f"Subtotal: {subtotal // 100}.{subtotal % 100:02d}")
    print(f"Tax ({tax_percent}%): {tax // 100}.{tax % 100:02d}")
    print(f"Total: {total // 100}.{total % 100:02d}")


if __name__ == "__main__":
    print_invoice(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 20)

"""Turn a shopping-cart export into totals and a printable receipt."""


def parse_line(line):
    """Parse "name, quantity, unit price" into (name, quantity, unit price in cents)."""
    name, quantity, price = (part.strip() for part in line.split(","))
    return name, int(quantity), round(float(price) * 100)


def read_cart(text):
    """Parse every item line of ``text``; blank lines and lines starting with # are skipped."""
    items = []
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            items.append(parse_line(line))
    return items


def cart_total(text, coupon_percent=0):
    """The total in cents after the coupon; the discount is rounded down to whole cents."""
    subtotal = sum(quantity * cents for _, quantity, cents in read_cart(text))
    return subtotal - subtotal * coupon_percent // 100


def format_receipt(text, coupon_percent=0):
    """The receipt: one line per item, the coupon if there is one, then the total."""
    lines = [
        f"{name} x{quantity}: {quantity * cents / 100:.2f}"
        for name, quantity, cents in read_cart(text)
    ]
    if coupon_percent:
        lines.append(f"coupon: -{coupon_percent}%")
    lines.append(f"TOTAL: {cart_total(text, coupon_percent) / 100:.2f}")
    return "\n".join(lines)

"""Invoice lines for the billing service."""

VAT_PERCENT = 20
BULK_MIN_QUANTITY = 10
BULK_DISCOUNT_PERCENT = 10


def format_money(cents):
    """Cents as euros with a thousands separator: 123456 -> '€1,234.56'."""
    return f"€{cents / 100:,.2f}"


def line_total(unit_cents, quantity):
    """Price of one invoice line in cents, before VAT."""
    if quantity < 1:
        raise ValueError(f"quantity must be at least 1, got {quantity}")
    if unit_cents < 0:
        raise ValueError(f"unit price must not be negative, got {unit_cents}")
    total = unit_cents * quantity
    if quantity >= BULK_MIN_QUANTITY:
        total -= total * BULK_DISCOUNT_PERCENT // 100
    return total


def with_vat(cents):
    """Add VAT to an amount in cents, rounding the VAT down."""
    return cents + cents * VAT_PERCENT // 100


def invoice_total(lines):
    """Total with VAT of (name, unit_cents, quantity) lines."""
    return with_vat(sum(line_total(unit_cents, quantity) for _, unit_cents, quantity in lines))


def format_line(name, unit_cents, quantity):
    """One printable invoice line."""
    total = line_total(unit_cents, quantity)
    text = f"{name}: {quantity} x {format_money(unit_cents)} = {format_money(total)}"
    if quantity >= BULK_MIN_QUANTITY:
        text += f" (bulk -{BULK_DISCOUNT_PERCENT}%)"
    return text

"""The shop's checkout: prices, carts and receipts, all in one place (for now)."""
import re


def parse_price(text):
    """'12.50' -> 1250 cents; at most two decimals, no sign."""
    match = re.fullmatch(r"(\d+)(?:\.(\d{1,2}))?", text.strip())
    if match is None:
        raise ValueError(f"not a price: {text!r}")
    whole, cents = match.groups()
    return int(whole) * 100 + int((cents or "0").ljust(2, "0"))


def format_price(cents):
    """1250 -> '12.50', -250 -> '-2.50'."""
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}{cents // 100}.{cents % 100:02d}"


def _parse_line(line):
    """'tea;2;4.50' -> ('tea', 2, 450)."""
    name, quantity, price = line.split(";")
    count = int(quantity)
    if count < 1:
        raise ValueError(f"bad quantity in {line!r}")
    return name.strip(), count, parse_price(price)


def cart_total(lines):
    """The total of all cart lines, in cents."""
    return sum(count * price for _, count, price in map(_parse_line, lines))


def receipt(lines):
    """One line per cart line, then the total."""
    rows = [
        f"{name} x{count}: {format_price(count * price)}"
        for name, count, price in map(_parse_line, lines)
    ]
    return "\n".join([*rows, f"TOTAL: {format_price(cart_total(lines))}"])


print(receipt(["tea;2;4.50", "mug;1;12"]))

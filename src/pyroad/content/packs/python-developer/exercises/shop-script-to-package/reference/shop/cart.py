from .prices import format_price, parse_price


def _parse_line(line):
    name, quantity, price = line.split(";")
    count = int(quantity)
    if count < 1:
        raise ValueError(f"bad quantity in {line!r}")
    return name.strip(), count, parse_price(price)


def cart_total(lines):
    return sum(count * price for _, count, price in map(_parse_line, lines))


def receipt(lines):
    rows = [
        f"{name} x{count}: {format_price(count * price)}"
        for name, count, price in map(_parse_line, lines)
    ]
    return "\n".join([*rows, f"TOTAL: {format_price(cart_total(lines))}"])

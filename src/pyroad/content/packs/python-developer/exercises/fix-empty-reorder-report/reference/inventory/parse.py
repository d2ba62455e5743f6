"""Reading stock files.

A stock file has one item per line, five fields separated by semicolons:

    SKU;name;quantity;reorder level;unit cost

Blank lines and lines starting with # are ignored.
"""


def parse_line(line, number):
    """One item from one line of a stock file (``number`` is used in error messages)."""
    fields = [field.strip() for field in line.split(";")]
    if len(fields) != 5:
        raise ValueError(f"line {number}: expected 5 fields, found {len(fields)}")
    sku, name, quantity, reorder_level, unit_cost = fields
    try:
        return {
            "sku": sku,
            "name": name,
            "quantity": int(quantity),
            "reorder_level": int(reorder_level),
            "unit_cost": float(unit_cost),
        }
    except ValueError:
        raise ValueError(f"line {number}: quantity, reorder level and cost must be numbers") from None


def read_stock(lines):
    """Yield the items of a stock file, given its lines (an open file works)."""
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        if text and not text.startswith("#"):
            yield parse_line(text, number)

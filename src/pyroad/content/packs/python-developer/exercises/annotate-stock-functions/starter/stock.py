"""Stock levels of the warehouse: product name -> units in stock."""

DEFAULT_THRESHOLD = 5


def parse_quantity(text):
    """' 12 ' -> 12; None when the text is not a whole number >= 0."""
    cleaned = text.strip()
    return int(cleaned) if cleaned.isdecimal() else None


def restock(levels, delivery):
    """A new dict of levels with each (name, amount) of the delivery added."""
    updated = dict(levels)
    for name, amount in delivery:
        updated[name] = updated.get(name, 0) + amount
    return updated


def low_stock(levels, threshold=DEFAULT_THRESHOLD):
    """The sorted names whose level is below ``threshold``."""
    return sorted(name for name, level in levels.items() if level < threshold)


def describe(name, level, unit=None):
    """'tea: 4', or 'tea: 4 boxes' with a unit."""
    raise NotImplementedError("write me")

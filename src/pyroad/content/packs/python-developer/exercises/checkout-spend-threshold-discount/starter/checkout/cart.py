"""The cart: lines of products, prices in cents."""
from dataclasses import dataclass


@dataclass(frozen=True)
class Line:
    """One product in the cart."""

    sku: str
    category: str
    unit_cents: int
    quantity: int

    @property
    def total(self):
        """The price of the whole line."""
        return self.unit_cents * self.quantity


class Cart:
    """The products a customer is buying."""

    def __init__(self):
        self._lines = []

    def add(self, sku, category, unit_cents, quantity=1):
        """Add a line; refuse negative prices and quantities below 1."""
        if unit_cents < 0 or quantity < 1:
            raise ValueError("a price cannot be negative and a quantity is at least 1")
        self._lines.append(Line(sku, category, unit_cents, quantity))

    @property
    def lines(self):
        """A copy of the lines, in the order added."""
        return list(self._lines)

    def subtotal(self, category=None):
        """The total of all lines, or of one category's lines."""
        return sum(line.total for line in self._lines if category in (None, line.category))

from dataclasses import dataclass


@dataclass(frozen=True)
class Line:
    sku: str
    category: str
    unit_cents: int
    quantity: int

    @property
    def total(self):
        return self.unit_cents * self.quantity


class Cart:
    def __init__(self):
        self._lines = []

    def add(self, sku, category, unit_cents, quantity=1):
        if unit_cents < 0 or quantity < 1:
            raise ValueError("a price cannot be negative and a quantity is at least 1")
        self._lines.append(Line(sku, category, unit_cents, quantity))

    @property
    def lines(self):
        return list(self._lines)

    def subtotal(self, category=None):
        return sum(line.total for line in self._lines if category in (None, line.category))

"""Stock counts for the warehouse, with a history of every change."""


class OutOfStock(ValueError):
    """Raised when an order asks for more than is in stock."""


class Ledger:
    """Counts per SKU, changed only by receiving and shipping."""

    def __init__(self):
        self._counts = {}
        self._history = {}

    def count(self, sku):
        """How many of ``sku`` are in stock (0 when unknown)."""
        return self._counts.get(sku, 0)

    def receive(self, sku, quantity):
        """Add ``quantity`` items of ``sku``; return the new count."""
        self._check(quantity)
        return self._change(sku, quantity)

    def ship(self, sku, quantity):
        """Remove ``quantity`` items of ``sku``; return the new count."""
        self._check(quantity)
        if quantity > self.count(sku):
            raise OutOfStock(f"only {self.count(sku)} of {sku} in stock")
        return self._change(sku, -quantity)

    def low_stock(self, threshold):
        """SKUs with a count below ``threshold`` but above zero, sorted."""
        return sorted(sku for sku, n in self._counts.items() if 0 < n < threshold)

    def history(self, sku):
        """The signed changes of ``sku``, oldest first."""
        return list(self._history.get(sku, []))

    def _check(self, quantity):
        if not isinstance(quantity, int) or quantity < 1:
            raise ValueError("the quantity must be a positive whole number")

    def _change(self, sku, delta):
        self._counts[sku] = self.count(sku) + delta
        self._history.setdefault(sku, []).append(delta)
        return self._counts[sku]

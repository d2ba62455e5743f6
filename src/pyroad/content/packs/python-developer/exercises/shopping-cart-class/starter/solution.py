class Cart:
    """A shopping cart: lines of (sku, unit price, quantity), prices in cents."""

    MAX_QUANTITY = 99

    def __init__(self):
        raise NotImplementedError("write me")

    def add(self, sku, unit_price, quantity=1):
        """Add ``quantity`` units of ``sku`` at ``unit_price`` cents each."""
        raise NotImplementedError("write me")

    def remove(self, sku, quantity=None):
        """Take ``quantity`` units of ``sku`` out (all of them when ``quantity`` is None)."""
        raise NotImplementedError("write me")

    def quantity(self, sku):
        """How many units of ``sku`` are in the cart."""
        raise NotImplementedError("write me")

    def lines(self):
        """A list of (sku, quantity, line_total) tuples, in the order products were added."""
        raise NotImplementedError("write me")

    def apply_discount(self, percent):
        """Set a percentage discount from 0 to 100."""
        raise NotImplementedError("write me")

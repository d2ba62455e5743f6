class Cart:
    MAX_QUANTITY = 99

    def __init__(self):
        self._lines = {}
        self._discount = 0

    def add(self, sku, unit_price, quantity=1):
        if unit_price < 0 or quantity < 1:
            raise ValueError("the price must be at least 0 and the quantity at least 1")
        price, held = self._lines.get(sku, (unit_price, 0))
        if price != unit_price:
            raise ValueError(f"{sku} is already in the cart at another price")
        if held + quantity > self.MAX_QUANTITY:
            raise ValueError(f"at most {self.MAX_QUANTITY} units of one product")
        self._lines[sku] = (unit_price, held + quantity)

    def remove(self, sku, quantity=None):
        price, held = self._lines[sku]
        if quantity is None:
            quantity = held
        if not 1 <= quantity <= held:
            raise ValueError(f"cannot remove {quantity} of {held} units")
        if quantity == held:
            del self._lines[sku]
        else:
            self._lines[sku] = (price, held - quantity)

    def quantity(self, sku):
        return self._lines[sku][1] if sku in self._lines else 0

    def lines(self):
        return [(sku, held, price * held) for sku, (price, held) in self._lines.items()]

    @property
    def subtotal(self):
        return sum(price * held for price, held in self._lines.values())

    def apply_discount(self, percent):
        if not 0 <= percent <= 100:
            raise ValueError("the discount is a percentage from 0 to 100")
        self._discount = percent

    @property
    def total(self):
        subtotal = self.subtotal
        return subtotal - subtotal * self._discount // 100

    def __len__(self):
        return sum(held for _, held in self._lines.values())

    def __contains__(self, sku):
        return sku in self._lines

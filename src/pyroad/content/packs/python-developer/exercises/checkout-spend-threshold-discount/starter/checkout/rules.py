"""Discount rules. Each rule says how much it takes off a cart, and how to describe itself."""
from abc import ABC, abstractmethod


def money(cents):
    """1250 -> '12.50'."""
    return f"{cents // 100}.{cents % 100:02d}"


class Rule(ABC):
    """A discount rule."""

    @abstractmethod
    def discount(self, cart):
        """How many cents this rule takes off ``cart`` (0 when it does not apply)."""

    @abstractmethod
    def describe(self):
        """A short text for the receipt."""


class PercentOff(Rule):
    """A percentage off everything, or off one category (rounded down to whole cents)."""

    def __init__(self, percent, category=None):
        if not 0 < percent <= 100:
            raise ValueError("a percentage is above 0 and at most 100")
        self.percent = percent
        self.category = category

    def discount(self, cart):
        return cart.subtotal(self.category) * self.percent // 100

    def describe(self):
        return f"{self.percent}% off {self.category or 'everything'}"


class BuyXGetY(Rule):
    """For every ``buy`` units of ``sku``, ``free`` more units of it are free."""

    def __init__(self, sku, buy, free):
        if buy < 1 or free < 1:
            raise ValueError("buy and free are at least 1")
        self.sku = sku
        self.buy = buy
        self.free = free

    def discount(self, cart):
        total = 0
        for line in cart.lines:
            if line.sku == self.sku:
                total += line.quantity // (self.buy + self.free) * self.free * line.unit_cents
        return total

    def describe(self):
        return f"buy {self.buy} {self.sku}, get {self.free} free"

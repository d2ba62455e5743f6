from abc import ABC, abstractmethod


def money(cents):
    return f"{cents // 100}.{cents % 100:02d}"


class Rule(ABC):
    @abstractmethod
    def discount(self, cart):
        ...

    @abstractmethod
    def describe(self):
        ...


class PercentOff(Rule):
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


class AmountOff(Rule):
    def __init__(self, threshold_cents, off_cents, category=None):
        if threshold_cents < 0 or off_cents < 1:
            raise ValueError("the threshold is at least 0 and the amount off at least 1")
        self.threshold_cents = threshold_cents
        self.off_cents = off_cents
        self.category = category

    def discount(self, cart):
        spent = cart.subtotal(self.category)
        return min(self.off_cents, spent) if spent >= self.threshold_cents else 0

    def describe(self):
        where = f" {self.category}" if self.category else ""
        return f"{money(self.off_cents)} off{where} over {money(self.threshold_cents)}"

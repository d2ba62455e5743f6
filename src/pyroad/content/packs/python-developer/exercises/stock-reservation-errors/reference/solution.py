class InventoryError(Exception):
    pass


class UnknownItemError(InventoryError):
    def __init__(self, item):
        super().__init__(f"no item called {item!r}")
        self.item = item


class OutOfStockError(InventoryError):
    def __init__(self, item, requested, available):
        super().__init__(f"only {available} of {item!r} left, {requested} requested")
        self.item = item
        self.requested = requested
        self.available = available


def reserve(stock, item, quantity):
    if isinstance(quantity, bool) or not isinstance(quantity, int):
        raise TypeError(f"quantity must be an int, not {type(quantity).__name__}")
    if quantity < 1:
        raise ValueError(f"quantity must be at least 1, got {quantity}")
    if item not in stock:
        raise UnknownItemError(item)
    if stock[item] < quantity:
        raise OutOfStockError(item, quantity, stock[item])
    stock[item] -= quantity
    return stock[item]


def reserve_order(stock, order):
    trial = dict(stock)
    for item, quantity in order:
        reserve(trial, item, quantity)
    stock.update(trial)
    return sum(quantity for _, quantity in order)

class InventoryError(Exception):
    """Base class of every stock problem."""


class UnknownItemError(InventoryError):
    """The item is not in the stock. Attribute: ``item``."""


class OutOfStockError(InventoryError):
    """Not enough units. Attributes: ``item``, ``requested``, ``available``."""


def reserve(stock, item, quantity):
    """Take ``quantity`` units of ``item`` off ``stock``; return how many are left."""
    raise NotImplementedError("write me")


def reserve_order(stock, order):
    """Reserve every ``(item, quantity)`` of ``order``, or none of them; return the units reserved."""
    raise NotImplementedError("write me")

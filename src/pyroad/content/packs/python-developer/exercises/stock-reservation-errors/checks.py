from pyroad.grading.checks import probe


def family(module):
    """How the exception classes relate to each other and to the built-in ones."""
    base = module.InventoryError
    return [
        base.__bases__ == (Exception,),
        issubclass(module.UnknownItemError, base),
        issubclass(module.OutOfStockError, base),
        issubclass(module.UnknownItemError, module.OutOfStockError),
    ]


def attempt(module, stock, item, quantity):
    """Reserve once; report the outcome, the error's details and the stock afterwards."""
    stock = dict(stock)
    try:
        outcome = module.reserve(stock, item, quantity)
    except Exception as error:
        outcome = {
            "raised": type(error).__name__,
            "stock problem": isinstance(error, module.InventoryError),
            "message": str(error) if isinstance(error, module.InventoryError) else "(not shown)",
            "item": getattr(error, "item", "(none)"),
            "requested": getattr(error, "requested", "(none)"),
            "available": getattr(error, "available", "(none)"),
        }
    return [outcome, stock]


def order(module, stock, lines):
    """Reserve a whole order; report the outcome and the stock afterwards."""
    stock = dict(stock)
    lines = [tuple(line) for line in lines]
    try:
        outcome = module.reserve_order(stock, lines)
    except Exception as error:
        outcome = {"raised": type(error).__name__, "item": getattr(error, "item", "(none)")}
    return [outcome, stock]


def same_dict_object(module):
    """reserve and reserve_order change the caller's dict itself, not a copy."""
    stock = {"apple": 5}
    module.reserve(stock, "apple", 1)
    module.reserve_order(stock, [("apple", 2)])
    return stock


SHOP = {"apple": 5, "pear": 0, "crème brûlée": 2}

CHECKS = [
    probe("the exception classes", family),
    probe("the statement's example", attempt, SHOP, "apple", 3, reveal=True),
    probe("taking every unit", attempt, SHOP, "crème brûlée", 2),
    probe("one unit too many", attempt, SHOP, "crème brûlée", 3),
    probe("an empty shelf", attempt, SHOP, "pear", 1),
    probe("an unknown item", attempt, SHOP, "kiwi", 1),
    probe("a single unit", attempt, SHOP, "apple", 1),
    probe("zero units", attempt, SHOP, "apple", 0),
    probe("a negative quantity", attempt, SHOP, "kiwi", -2),
    probe("a bool quantity", attempt, SHOP, "apple", True),
    probe("a float quantity", attempt, SHOP, "apple", 2.0),
    probe("an order that works", order, SHOP, [["apple", 2], ["crème brûlée", 1]]),
    probe("an order naming an item twice", order, SHOP, [["apple", 3], ["apple", 3]]),
    probe("an order with an unknown item", order, SHOP, [["apple", 1], ["kiwi", 1]]),
    probe("an order failing on its first line", order, SHOP, [["pear", 1], ["apple", 1]]),
    probe("an empty order", order, SHOP, []),
    probe("the caller's dict is changed in place", same_dict_object),
]


def generate(rng):
    names = ["apple", "pear", "plum", "fig"]
    cases = []
    for n in range(1, 4):
        stock = {name: rng.randint(0, 6) for name in names[:3]}
        lines = [[rng.choice(names), rng.randint(1, 3)] for _ in range(rng.randint(1, 4))]
        cases.append(probe(f"random order #{n}", order, stock, lines))
    return cases

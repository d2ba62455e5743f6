from pyroad.grading.checks import probe


def _attempt(action):
    try:
        return action()
    except Exception as exc:  # the kind of error is what is observed
        return {"error": type(exc).__name__}


def _snapshot(cart):
    return {
        "lines": cart.lines(),
        "len": len(cart),
        "subtotal": cart.subtotal,
        "total": cart.total,
    }


def shopping(module, steps, limit=None):
    """Run [method, *args] steps on a new cart; observe every result and the final state."""
    cls = module.Cart
    if limit is not None:
        cls = type("SmallCart", (module.Cart,), {"MAX_QUANTITY": limit})
    cart = cls()
    seen = [_attempt(lambda: getattr(cart, name)(*args)) for name, *args in steps]
    return {"results": seen, **_snapshot(cart)}


def membership(module, steps, asked):
    cart = module.Cart()
    for name, *args in steps:
        getattr(cart, name)(*args)
    return [[sku in cart, cart.quantity(sku)] for sku in asked]


def empty_cart(module):
    cart = module.Cart()
    return [module.Cart.MAX_QUANTITY, *_snapshot(cart).values(), "x" in cart, cart.quantity("x")]


def carts_are_separate(module):
    a, b = module.Cart(), module.Cart()
    a.add("tea", 450)
    a.apply_discount(50)
    b.add("mug", 1000)
    return [_snapshot(a), _snapshot(b)]


EXAMPLE = [["add", "tea", 450, 2], ["add", "mug", 1200], ["add", "tea", 450],
           ["apply_discount", 15], ["add", "tea", 500]]

CHECKS = [
    probe("the statement's example", shopping, EXAMPLE, reveal=True),
    probe("an empty cart", empty_cart),
    probe("invalid prices and quantities", shopping,
          [["add", "a", -1], ["add", "b", 10, 0], ["add", "c", 10, -3], ["add", "free", 0],
           ["add", "d", 5, 1]]),
    probe("up to the quantity limit", shopping,
          [["add", "pen", 30, 98], ["add", "pen", 30], ["add", "pen", 30], ["add", "cap", 5, 100],
           ["add", "cap", 5, 99]]),
    probe("a subclass with its own limit", shopping,
          [["add", "pen", 30, 2], ["add", "pen", 30], ["add", "pen", 30], ["add", "ink", 9, 4]],
          3),
    probe("removing units", shopping,
          [["add", "tea", 450, 5], ["add", "mug", 1200], ["remove", "tea", 2], ["remove", "mug"],
           ["remove", "mug"], ["remove", "tea", 4], ["remove", "tea", 0], ["remove", "tea", -1],
           ["remove", "tea", 3]]),
    probe("a removed product goes to the end", shopping,
          [["add", "a", 1], ["add", "b", 2], ["add", "c", 3], ["remove", "a"], ["add", "a", 7, 2]]),
    probe("discount bounds", shopping,
          [["add", "box", 1000], ["apply_discount", 101], ["apply_discount", -1],
           ["apply_discount", 10]]),
    probe("a full discount", shopping, [["add", "box", 999, 3], ["apply_discount", 100]]),
    probe("no discount, then one replaced", shopping,
          [["add", "x", 333, 3], ["apply_discount", 1], ["apply_discount", 0]]),
    probe("a discount rounds down", shopping, [["add", "x", 333, 3], ["apply_discount", 1]]),
    probe("membership and quantities", membership,
          [["add", "tea", 450, 2], ["add", "mug", 1200], ["remove", "mug"]],
          ["tea", "mug", "sock"]),
    probe("unicode product codes", shopping, [["add", "thé-vert", 380, 2], ["add", "café", 250]]),
    probe("two carts are separate", carts_are_separate),
]


def generate(rng):
    prices = {"tea": 450, "mug": 1200, "jam": 375, "pen": 99}
    cases = []
    for n in range(1, 5):
        steps = []
        for _ in range(rng.randint(8, 16)):
            sku = rng.choice(list(prices))
            roll = rng.random()
            if roll < 0.55:
                price = prices[sku] if rng.random() < 0.9 else prices[sku] + 1
                steps.append(["add", sku, price, rng.randint(1, 40)])
            elif roll < 0.85:
                steps.append(["remove", sku, rng.choice([None, 1, 2, 5, 20])])
            else:
                steps.append(["apply_discount", rng.randint(0, 60)])
        cases.append(probe(f"random shopping #{n}", shopping, steps))
    return cases

from pyroad.grading.checks import probe


def _attempt(action):
    try:
        return action()
    except Exception as exc:  # the kind of error is what is observed
        return {"error": type(exc).__name__}


def _cart(module, items):
    cart = module.Cart()
    for item in items:
        cart.add(*item)
    return cart


def priced(module, items, configs):
    rules = _attempt(lambda: module.rules_from_config(configs))
    if isinstance(rules, dict):
        return rules
    total, receipt = module.price(_cart(module, items), rules)
    return [total, receipt.splitlines()]


def rule(module, name, args, items):
    made = _attempt(lambda: getattr(module, name)(*args))
    if isinstance(made, dict):
        return made
    return [made.discount(_cart(module, items)), made.describe(), isinstance(made, module.Rule)]


def each_config(module, configs):
    return [_attempt(lambda: module.rule_from_config(c).describe()) for c in configs]


def cart_rules(module, items):
    cart = module.Cart()
    added = [_attempt(lambda: cart.add(*item)) for item in items]
    copy = cart.lines
    copy.clear()
    lines = [[line.sku, line.category, line.unit_cents, line.quantity, line.total]
             for line in cart.lines]
    return {"added": added, "lines": lines,
            "subtotals": [cart.subtotal(), cart.subtotal("books"), cart.subtotal("toys")]}


def public_api(module):
    return [sorted(module.__all__), issubclass(module.AmountOff, module.Rule),
            _attempt(lambda: module.Rule().describe())]


BOOKS = [["dune", "books", 2500, 2], ["mug", "kitchen", 1200]]
EXAMPLE = [{"type": "amount_off", "threshold": 4000, "off": 1000, "category": "books"},
           {"type": "percent", "percent": 10}]

CHECKS = [
    probe("the ticket's example", priced, BOOKS, EXAMPLE, reveal=True),
    probe("the public API", public_api),
    probe("amount off: at the threshold", rule, "AmountOff", [6200, 500], BOOKS),
    probe("amount off: one cent short", rule, "AmountOff", [6201, 500], BOOKS),
    probe("amount off: one category", rule, "AmountOff", [1200, 300, "kitchen"], BOOKS),
    probe("amount off: a category not in the cart", rule, "AmountOff", [0, 300, "toys"], BOOKS),
    probe("amount off: never more than was spent", rule, "AmountOff", [0, 1500, "kitchen"],
          BOOKS),
    probe("amount off: invalid values", priced, BOOKS,
          [{"type": "amount_off", "threshold": -1, "off": 100}]),
    probe("amount off: the smallest values", rule, "AmountOff", [0, 1], [["pen", "office", 99]]),
    probe("amount off: nothing off", rule, "AmountOff", [0, 0], BOOKS),
    probe("amount off in config, with other rules", priced,
          [["dune", "books", 2500, 3], ["pen", "office", 150, 4]],
          [{"type": "buy_x_get_y", "sku": "dune", "buy": 2, "free": 1},
           {"type": "amount_off", "threshold": 5000, "off": 500},
           {"type": "amount_off", "threshold": 0, "off": 99999, "category": "office"},
           {"type": "percent", "percent": 100}]),
    probe("existing: percentages", priced,
          [["dune", "books", 999, 3], ["mug", "kitchen", 1201]],
          [{"type": "percent", "percent": 15, "category": "books"},
           {"type": "percent", "percent": 1}]),
    probe("existing: percentage bounds", priced, BOOKS, [{"type": "percent", "percent": 0}]),
    probe("existing: a full percentage", rule, "PercentOff", [100], BOOKS),
    probe("existing: over a hundred percent", rule, "PercentOff", [101], BOOKS),
    probe("existing: buy x get y", priced,
          [["tea", "food", 300, 7], ["tea", "food", 300, 2], ["jam", "food", 450, 3]],
          [{"type": "buy_x_get_y", "sku": "tea", "buy": 2, "free": 1}]),
    probe("existing: buy x get y bounds", rule, "BuyXGetY", ["tea", 1, 1],
          [["tea", "food", 300, 3]]),
    probe("existing: invalid and unknown configurations", each_config,
          [{"type": "buy_x_get_y", "sku": "tea", "buy": 0, "free": 1},
           {"type": "buy_x_get_y", "sku": "tea", "buy": 1, "free": 0},
           {"type": "coupon"}, {"percent": 10}, {"type": "percent"},
           {"type": "percent", "percent": 5}]),
    probe("existing: the cart", cart_rules,
          [["dune", "books", 2500, 2], ["free", "books", 0], ["bad", "books", -1],
           ["none", "books", 100, 0], ["lego", "toys", 3999, 1]]),
]

import copy

from pyroad.grading.checks import call, probe


def discount_and_inspect(module, cart, percent):
    """Discount, then look at what the call did to the caller's data, and what it shares."""
    before = copy.deepcopy(cart)
    result = module.apply_discount(cart, percent)
    untouched = cart == before
    new_list = result is not cart
    new_items = all(new is not old for new, old in zip(result, cart))
    new_tags = all(new["tags"] is not old["tags"] for new, old in zip(result, cart))
    for item in result:  # change the copy: the original must not follow
        item["tags"].append("checked")
        item["qty"] = -1
    return [result, untouched, new_list, new_items, new_tags, cart == before]


def same_item_twice(module, item, percent):
    """A cart that holds the very same dict twice (an alias): the copies must be independent."""
    cart = [item, item]
    result = module.apply_discount(cart, percent)
    result[0]["tags"].append("first-only")
    return [result, result[0] is result[1], result[0]["tags"] is result[1]["tags"], item]


def cart(*rows):
    return [{"name": n, "price": p, "qty": q, "tags": list(t)} for n, p, q, t in rows]


EXAMPLE = cart(("mug", 1200, 2, []), ("tea", 499, 1, ["organic"]))

CHECKS = [
    call("the statement's example", "apply_discount", EXAMPLE, 25, reveal=True),
    call("an empty cart", "apply_discount", [], 10),
    call("no discount at all", "apply_discount", cart(("pen", 150, 3, ["office"])), 0),
    call("a one percent discount", "apply_discount", cart(("bag", 1000, 1, ["new"])), 1),
    call("everything free", "apply_discount", cart(("pen", 150, 3, ["office"])), 100),
    call("prices are rounded down to the cent", "apply_discount",
         cart(("gum", 99, 1, []), ("ink", 1, 4, [])), 10),
    call("an item already on sale keeps one sale tag", "apply_discount",
         cart(("hat", 2000, 1, ["sale", "winter"])), 50),
    call("a negative percent", "apply_discount", cart(("pen", 150, 3, [])), -1),
    call("more than 100 percent", "apply_discount", cart(("pen", 150, 3, [])), 101),
    probe("the cart and its items are not changed, nothing is shared", discount_and_inspect,
          EXAMPLE, 25),
    probe("nothing is shared even without a discount", discount_and_inspect,
          cart(("pen", 150, 3, ["office"]), ("pad", 300, 1, [])), 0),
    probe("one item listed twice", same_item_twice,
          {"name": "sock", "price": 500, "qty": 1, "tags": ["wool"]}, 20),
]


def generate(rng):
    names = ["mug", "tea", "pen", "café", "soap", "lamp"]
    tags = ["sale", "new", "gift", "organic"]
    cases = []
    for n in range(1, 5):
        rows = [
            (rng.choice(names), rng.randint(0, 9999), rng.randint(1, 5),
             rng.sample(tags, rng.randint(0, 2)))
            for _ in range(rng.randint(1, 6))
        ]
        percent = rng.randint(1, 99)
        cases.append(probe(f"random cart #{n}", discount_and_inspect, cart(*rows), percent))
    return cases

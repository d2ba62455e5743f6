from pyroad.grading.checks import call, probe

EXAMPLE = {"paper": 12, "toner": 1, "stapler": 4, "pens": 0, "clips": 5, "tape": 4}


def stock_is_untouched(module, stock):
    before = dict(stock)
    result = module.restock_list(stock)
    return [result, stock == before, list(stock) == list(before)]


CHECKS = [
    call("the statement's example", "restock_list", EXAMPLE, reveal=True),
    call("the statement's example with limits", "restock_list", EXAMPLE, 13, 15, reveal=True),
    call("an empty stock", "restock_list", {}),
    call("nothing runs low", "restock_list", {"a": 5, "b": 9}),
    call("exactly at the threshold is enough", "restock_list", {"a": 5, "b": 4}, 5),
    call("one below the threshold", "restock_list", {"a": 2, "b": 3}, 3),
    call("everything is out", "restock_list", {"c": 0, "b": 0, "a": 0}),
    call("ties are sorted by name", "restock_list", {"pear": 1, "apple": 1, "fig": 3, "date": 3}),
    call("the amount decides before the name", "restock_list", {"a": 3, "z": 1}),
    call("a threshold of zero", "restock_list", {"a": 0, "b": 1}, 0),
    call("stock counts can be negative (back orders)", "restock_list", {"a": -3, "b": 2}),
    call("unicode names", "restock_list",
         {"crème": 1, "café": 1, "éclair": 9, "brioche": 2}, 3, 10),
    call("the target given by name", "restock_list", {"a": 1, "b": 2}, target=50),
    probe("the stock is not changed", stock_is_untouched, {"b": 1, "a": 0, "c": 9}),
]


def generate(rng):
    names = ["bolts", "nuts", "gloves", "tape", "glue", "saws", "nails", "rope"]
    cases = []
    for n in range(1, 5):
        stock = {name: rng.randint(0, 12) for name in rng.sample(names, rng.randint(3, 8))}
        cases.append(call(f"random stock #{n}", "restock_list", stock, rng.randint(1, 10),
                          rng.randint(10, 30)))
    return cases

from pyroad.grading.checks import call, probe

LETTERS = list("abcdefghijklmnopqrstuvwxy")  # 25 items


def page_is_a_copy(module, items):
    """The page's list must be new: changing it must not change the caller's list."""
    result = module.paginate(items, 1, per_page=2)
    result["items"].append("extra")
    return [items, result["items"] is items]


CHECKS = [
    call("the statement's example", "paginate", LETTERS, 3, reveal=True),
    call("the statement's example with a page size", "paginate", LETTERS, 2, per_page=4,
         reveal=True),
    call("the first page by default", "paginate", LETTERS),
    call("ten items per page by default", "paginate", list(range(11)), 2),
    call("exactly one full page", "paginate", list(range(10))),
    call("one item over a full page", "paginate", list(range(11))),
    call("the last, partial page", "paginate", LETTERS, 7, per_page=4),
    call("a page after the last one", "paginate", LETTERS, 8, per_page=4),
    call("no items at all", "paginate", []),
    call("one item per page", "paginate", ["x", "y", "z"], 2, per_page=1),
    call("the page given by name", "paginate", ["x", "y", "z"], page=2, per_page=2),
    call("page zero", "paginate", LETTERS, 0),
    call("a negative page", "paginate", LETTERS, -1),
    call("a page size of zero", "paginate", LETTERS, 1, per_page=0),
    call("the page size given by position", "paginate", LETTERS, 1, 5),
    probe("the page is a new list", page_is_a_copy, ["p", "q", "r"]),
]


def generate(rng):
    cases = []
    for n in range(1, 5):
        items = [rng.randint(0, 99) for _ in range(rng.randint(0, 40))]
        per_page = rng.randint(1, 12)
        page = rng.randint(1, len(items) // per_page + 2)
        cases.append(call(f"random listing #{n}", "paginate", items, page, per_page=per_page))
    return cases

from pyroad.grading.checks import probe


class FakeApi:
    """Pages from a list of [items, has_more]; page numbers start at ``first``.

    ``failures`` maps a page number to how many times fetching it fails first.
    """

    def __init__(self, pages, first=1, failures=None):
        self.pages = pages
        self.first = first
        self.failures = {int(k): v for k, v in (failures or {}).items()}
        self.log = []

    def fetch_page(self, number):
        self.log.append(number)
        if self.failures.get(number, 0) > 0:
            self.failures[number] -= 1
            raise ConnectionError(f"page {number} timed out")
        index = number - self.first
        if not 0 <= index < len(self.pages):
            raise LookupError(f"no page {number}")
        items, has_more = self.pages[index]
        return list(items), has_more


def steps(module, pages, actions, first=None, failures=None):
    """Run ``actions`` ("next", "list", "fetched") and report what each one gave."""
    api = FakeApi(pages, 1 if first is None else first, failures)
    if first is None:
        results = module.PagedResults(api.fetch_page)
    else:
        results = module.PagedResults(api.fetch_page, first)
    report = [["created", list(api.log)]]
    for action in actions:
        try:
            if action == "next":
                got = next(results)
            elif action == "list":
                got = list(results)
            else:
                got = results.pages_fetched
        except StopIteration:
            got = "StopIteration"
        except Exception as error:
            got = [type(error).__name__, str(error)]
        report.append([action, got, list(api.log)])
    return report


def protocol(module):
    results = module.PagedResults(lambda number: ([], False))
    return [iter(results) is results, results.pages_fetched]


EXAMPLE = [[["A1", "A2"], True], [[], True], [["C1"], False]]

CHECKS = [
    probe("the statement's example", steps, EXAMPLE, ["next", "next", "list", "fetched", "next"], reveal=True),
    probe("everything at once", steps, EXAMPLE, ["list", "fetched"]),
    probe("one page only", steps, [[["x", "y", "z"], False]], ["next", "fetched", "list", "next", "fetched"]),
    probe("an empty first and last page", steps, [[[], False]], ["next", "next", "fetched"]),
    probe("several empty pages in a row", steps, [[["a"], True], [[], True], [[], True], [["d"], False]], ["next", "next", "fetched"]),
    probe("a last page that is empty", steps, [[["a", "b"], True], [[], False]], ["list", "fetched"]),
    probe("numbering from page 0", steps, [[["p0"], True], [["p1"], False]], ["list", "fetched"], 0),
    probe("numbering from page 5", steps, [[["p5"], True], [["p6"], False]], ["next", "next", "next"], 5),
    probe("a page that fails once", steps, [[["a"], True], [["b"], False]], ["next", "next", "fetched", "next", "fetched", "next"], None, {"2": 1}),
    probe("the first page fails twice", steps, [[["\u00e9t\u00e9", None], False]], ["next", "next", "list", "fetched"], None, {"1": 2}),
    probe("items of any kind", steps, [[[0, "", None, [1]], True], [[{"id": 7}], False]], ["list"]),
    probe("the iterator protocol", protocol),
]


def generate(rng):
    cases = []
    for n in range(1, 4):
        count = rng.randint(1, 5)
        pages = [
            [[f"{page}-{i}" for i in range(rng.randint(0, 3))], page < count - 1]
            for page in range(count)
        ]
        actions = [rng.choice(["next", "next", "fetched", "list"]) for _ in range(rng.randint(2, 6))]
        cases.append(probe(f"random pages #{n}", steps, pages, actions))
    return cases

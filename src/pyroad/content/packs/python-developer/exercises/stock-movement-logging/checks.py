import contextlib
import io
import logging

from pyroad.grading.checks import probe


class Collector(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.records = []

    def emit(self, record):
        self.records.append((record.name, record.levelname, record.getMessage()))


def collect(function, *args):
    """Run function(*args) with every log record collected and stdout captured."""
    root = logging.getLogger()
    handler = Collector()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    printed = io.StringIO()
    try:
        with contextlib.redirect_stdout(printed):
            result = function(*args)
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
    return result, handler.records, printed.getvalue()


def logged(module, stock, movements):
    movements = [tuple(pair) for pair in movements]
    result, records, _ = collect(module.apply_movements, stock, movements)
    return {"result": result, "log": records}


def quiet_and_pure(module, stock, movements):
    movements = [tuple(pair) for pair in movements]
    before = dict(stock)
    result, _, printed = collect(module.apply_movements, stock, movements)
    return {
        "stock unchanged": stock == before,
        "a new dict": result is not stock,
        "printed": printed,
    }


def library_does_not_configure(module):
    named = logging.getLogger("warehouse.stock")
    return {
        "handlers on warehouse.stock": len(named.handlers),
        "level of warehouse.stock": logging.getLevelName(named.level),
        "handlers on the root logger": len(logging.getLogger().handlers),
        "propagates": named.propagate,
    }


def filtered_by_the_application(module, level):
    """The application sets the "warehouse" logger's level: lower records must disappear."""
    parent = logging.getLogger("warehouse")
    old = parent.level
    parent.setLevel(getattr(logging, level))
    try:
        _, records, _ = collect(module.apply_movements, {"A": 1}, [("A", -1), ("B", 1), ("A", -1)])
    finally:
        parent.setLevel(old)
    return records


EXAMPLE = [["MUG", -2], ["PEN", 1], ["TEA", -9], ["TEA", 1]]

CHECKS = [
    probe("the statement's example", logged, {"MUG": 2, "TEA": 5}, EXAMPLE, reveal=True),
    probe("no movements", logged, {"MUG": 2}, []),
    probe("an empty stock", logged, {}, [["MUG", 1], ["MUG", -1]]),
    probe("down to exactly zero", logged, {"A": 3}, [["A", -3]]),
    probe("one below zero is refused", logged, {"A": 3}, [["A", -4]]),
    probe("from zero back up", logged, {"A": 0}, [["A", 5], ["A", -5], ["A", -1]]),
    probe("a change of zero", logged, {"A": 0, "B": 2}, [["A", 0], ["B", 0]]),
    probe("movements apply in order", logged, {"A": 1}, [["A", -2], ["A", 1], ["A", -2]]),
    probe("unicode SKUs", logged, {"TASSE-ü": 1}, [["TASSE-ü", -1], ["茶", 2]]),
    probe("the input is not changed and nothing is printed", quiet_and_pure, {"A": 2}, EXAMPLE),
    probe("the module does not configure logging", library_does_not_configure),
    probe("the application filters out DEBUG", filtered_by_the_application, "INFO"),
    probe("the application keeps only errors", filtered_by_the_application, "ERROR"),
]


def generate(rng):
    cases = []
    for n in range(1, 5):
        skus = [f"SKU-{k}" for k in range(1, 5)]
        stock = {sku: rng.randint(0, 6) for sku in skus[:3]}
        movements = [[rng.choice(skus), rng.randint(-6, 6)] for _ in range(rng.randint(3, 10))]
        cases.append(probe(f"random batch #{n}", logged, stock, movements))
    return cases

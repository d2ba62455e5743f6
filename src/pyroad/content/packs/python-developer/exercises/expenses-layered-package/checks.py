import ast
import dataclasses
import importlib
import os
from datetime import date

from pyroad.grading.checks import custom, probe

FILES = {"expenses": "expenses/__init__.py", "expenses.model": "expenses/model.py",
         "expenses.storage": "expenses/storage.py", "expenses.report": "expenses/report.py",
         "expenses.app": "expenses/app.py"}
ALLOWED = {"expenses.model": set(), "expenses.storage": {"expenses.model"},
           "expenses.report": {"expenses.model"},
           "expenses.app": {"expenses.model", "expenses.report"}}


def _attempt(action):
    try:
        return action()
    except Exception as exc:  # the kind of error is what is observed
        return {"error": type(exc).__name__}


def _plain(value):
    if dataclasses.is_dataclass(value):
        return [value.day.isoformat(), value.category, value.cents]
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _package_imports(path, package):
    with open(path, encoding="utf-8") as handle:
        tree = ast.parse(handle.read())
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(filter(None, [package, node.module]))
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                is_file = os.path.exists(submodule.replace(".", "/") + ".py")
                found.add(submodule if is_file else base)
    return sorted(n for n in found if n == package or n.startswith(package + "."))


def import_graph(module):
    return {name: _package_imports(path, module.__name__) for name, path in FILES.items()}


def follows_the_layers(got, expected):
    if type(got) is not dict:
        return "the imports could not be read"
    for name, allowed in ALLOWED.items():
        extra = sorted(set(got.get(name, [])) - allowed)
        if extra:
            return f"{name} imports {', '.join(extra)}, which its layer may not use"
    return None


class ListStore:
    """A store the learner has never seen: only add() and all()."""

    def __init__(self):
        self.items = []

    def add(self, expense):
        self.items.append(expense)

    def all(self):
        return list(self.items)


def _store(module, kind):
    if kind == "memory":
        return module.InMemoryStore()
    if kind == "csv":
        return module.CsvStore("probe-scenario.csv")
    return ListStore()


def scenario(module, kind, records, month, limits):
    store = _store(module, kind)
    app = module.ExpenseApp(store)
    results = [_plain(_attempt(lambda: app.record(*r))) for r in records]
    return {"recorded": results, "total": app.total(month), "report": app.report(month, limits),
            "stored": _plain(store.all())}


def csv_file(module, records):
    path = "probe-persist.csv"
    first = module.ExpenseApp(module.CsvStore(path))
    for record in records:
        _attempt(lambda: first.record(*record))
    with open(path, encoding="utf-8") as handle:
        rows = handle.read().splitlines()
    again = module.CsvStore(path)
    return {"rows": rows, "read back": _plain(again.all()),
            "report": module.ExpenseApp(again).report("2024-05", {}),
            "missing file": module.CsvStore("probe-missing.csv").all()}


def _expenses(module, rows):
    model = importlib.import_module(f"{module.__name__}.model")
    return model, [model.Expense(date.fromisoformat(d), c, n) for d, c, n in rows]


def model_rules(module, rows, month, limits):
    model, expenses = _expenses(module, rows)
    totals = model.totals_by_category(expenses)
    return {"in month": _plain(model.in_month(expenses, month)),
            "totals": list(totals.items()),
            "over": model.over_budget(totals, limits)}


def expense_records(module):
    model = importlib.import_module(f"{module.__name__}.model")
    day = date(2024, 2, 29)
    made = model.Expense(day, "tea", 1)
    return {"dataclass": dataclasses.is_dataclass(model.Expense),
            "fields": [f.name for f in dataclasses.fields(model.Expense)],
            "frozen": _attempt(lambda: setattr(made, "cents", 5)),
            "equal": made == model.Expense(day, "tea", 1),
            "invalid": [_attempt(lambda: _plain(model.Expense(day, c, n)))
                        for c, n in [("tea", 0), ("tea", -5), ("", 5), ("  ", 5), ("x", 1)]]}


def report_alone(module, rows, month, limits):
    _, expenses = _expenses(module, rows)
    report = importlib.import_module(f"{module.__name__}.report")
    return report.monthly_report(expenses, month, limits)


def public_api(module):
    namespace = {}
    exec(f"from {module.__name__} import *", namespace)
    return [sorted(module.__all__), sorted(n for n in namespace if not n.startswith("__"))]


EXAMPLE = [["2024-05-03", " Food ", 1250], ["2024-05-20", "books", 3999],
           ["2024-06-01", "food", 800]]
ROWS = [["2024-05-31", "rent", 90000], ["2024-04-30", "food", 100], ["2024-05-01", "food", 250],
        ["2024-05-15", "books", 1999], ["2024-06-01", "rent", 90000], ["2024-05-02", "food", 251]]

CHECKS = [
    probe("the statement's example", scenario, "memory", EXAMPLE, "2024-05",
          {"books": 2500, "food": 2000}, reveal=True),
    probe("the dependency rules", import_graph, compare=custom(follows_the_layers)),
    probe("the public API", public_api),
    probe("any store will do", scenario, "other", EXAMPLE, "2024-06", {"food": 800}),
    probe("a CSV store", scenario, "csv", EXAMPLE, "2024-05", {"food": 1249}),
    probe("the CSV file and reading it back", csv_file,
          [["2024-05-03", "food, fancy", 1250], ["2024-05-04", "Café", 5],
           ["2024-05-05", "x", 0]]),
    probe("refused records are not stored", scenario, "memory",
          [["2024-5-3", "food", 100], ["2024-02-30", "food", 100], ["2024-05-03", "  ", 100],
           ["2024-05-03", "food", 0], ["2024-05-03", "food", -1], ["2024-05-03", "food", 1]],
          "2024-05", {"food": 0}),
    probe("an empty month", scenario, "memory", EXAMPLE, "2023-05", {"food": 1}),
    probe("model: months, totals and limits", model_rules, ROWS, "2024-05",
          {"food": 500, "rent": 90000, "books": 1998, "travel": 0}),
    probe("model: nothing at all", model_rules, [], "2024-05", {"food": 1}),
    probe("model: the expense record", expense_records),
    probe("the report from any list", report_alone, ROWS, "2024-05",
          {"food": 500, "rent": 89999, "books": 1999}),
]


def generate(rng):
    cases = []
    categories = ["food", "rent", "books", "travel", "fun"]
    for n in range(1, 5):
        rows = [[f"2024-{rng.randint(4, 6):02d}-{rng.randint(1, 28):02d}",
                 rng.choice(categories), rng.randint(1, 20000)] for _ in range(rng.randint(3, 9))]
        limits = {c: rng.randint(0, 20000) for c in rng.sample(categories, 3)}
        cases.append(probe(f"random month #{n}", scenario, rng.choice(["memory", "other"]),
                           rows, "2024-05", limits))
    return cases

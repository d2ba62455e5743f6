import ast
import importlib
import os
import sys

from pyroad.grading.checks import custom, probe

MODULES = {"tasks": "tasks/__init__.py", "tasks.rows": "tasks/rows.py",
           "tasks.models": "tasks/models.py", "tasks.storage": "tasks/storage.py"}


def _package_imports(path, package):
    """The package's modules the file imports anywhere in it (relative imports resolved)."""
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
    return {name: _package_imports(path, module.__name__) for name, path in MODULES.items()}


def _cycle(graph):
    """A list of modules that import each other in a circle, or None."""
    state = {}

    def visit(node, path):
        state[node] = "open"
        for target in graph.get(node, []):
            if state.get(target) == "open":
                return [*path[path.index(target):], target]
            if target not in state:
                found = visit(target, [*path, target])
                if found:
                    return found
        state[node] = "done"
        return None

    for start in graph:
        if start not in state:
            found = visit(start, [start])
            if found:
                return found
    return None


def no_cycles(got, expected):
    if type(got) is not dict:
        return "the import graph could not be read"
    cycle = _cycle(got)
    if cycle:
        return "these modules import each other in a circle: " + " -> ".join(cycle)
    if got.get("tasks.rows"):
        return "tasks.rows must not import anything from the package"
    if "tasks.storage" in got.get("tasks.models", []):
        return "tasks.models must not import tasks.storage"
    return None


def fresh_imports(module):
    """Import each module first, in a clean state; observe what happens."""
    name = module.__name__
    saved = {k: v for k, v in sys.modules.items() if k == name or k.startswith(name + ".")}
    seen = {}
    try:
        for target in MODULES:
            for key in [k for k in sys.modules if k == name or k.startswith(name + ".")]:
                del sys.modules[key]
            try:
                importlib.import_module(target)
                seen[target] = "ok"
            except Exception as exc:  # the kind of error is what is observed
                seen[target] = type(exc).__name__
    finally:
        for key in [k for k in sys.modules if k == name or k.startswith(name + ".")]:
            del sys.modules[key]
        sys.modules.update(saved)
    return seen


def _tasks(items):
    return [[t.title, t.due, t.done] for t in items]


def loaded(module, text):
    try:
        items = module.load(text)
    except ValueError as exc:
        return {"error": str(exc).split(":")[0]}
    return {"tasks": _tasks(items), "dumped": module.dump(items),
            "same as storage": module.load is module.storage.load}


def rows(module, titles, lines):
    from_rows = importlib.import_module(f"{module.__name__}.rows")
    return {
        "separator": from_rows.SEPARATOR,
        "escaped": [from_rows.escape(t) for t in titles],
        "round trip": [from_rows.split_row(from_rows.escape(t)) for t in titles],
        "split": [from_rows.split_row(line) for line in lines],
    }


def task_rules(module, steps):
    seen = []
    for title, due, done, today in steps:
        try:
            task = module.Task(title, due, done)
        except ValueError:
            seen.append("ValueError")
            continue
        before = [task.is_overdue(today), task.to_row()]
        task.complete()
        seen.append([*before, task.done, task.is_overdue(today), task.to_row()])
    default = module.Task("x", 1)
    return [seen, default.done]


def public_api(module):
    namespace = {}
    exec(f"from {module.__name__} import *", namespace)
    return [sorted(module.__all__), sorted(n for n in namespace if not n.startswith("__"))]


EXAMPLE = "Buy milk|3|-\nPay rent \\| bills|1|x\n"

CHECKS = [
    probe("the statement's example", loaded, EXAMPLE, reveal=True),
    probe("the statement's split_row", rows, [], ["a\\|b|c"], reveal=True),
    probe("no import cycles", import_graph, compare=custom(no_cycles)),
    probe("every module can be imported first", fresh_imports),
    probe("the public API", public_api),
    probe("empty text", loaded, ""),
    probe("blank lines are skipped", loaded, "\n  \nA|0|-\n\n"),
    probe("a row with two fields", loaded, "A|1|-\nB|2\n"),
    probe("a row with a bad flag", loaded, "A|1|-\n\nB|2|y\n"),
    probe("a row with a negative day", loaded, "A|-1|-\n"),
    probe("a row with no title", loaded, " |1|-\n"),
    probe("escaping", rows, ["a|b", "back\\slash", "\\|", "plain", "", "ünïcödé|∑"],
          ["a|b|c", "", "|", "a\\", "\\\\|x", "a\\b"]),
    probe("task rules", task_rules,
          [["Call Bo", 5, False, 4], ["Call Bo", 5, False, 5], ["Call Bo", 5, False, 6],
           ["Done", 0, True, 9], ["", 1, False, 0], ["  ", 1, False, 0], ["Late", -1, False, 0],
           ["Pipe|y", 2, False, 3]]),
]


def generate(rng):
    cases = []
    for n in range(1, 4):
        lines = []
        for _ in range(rng.randint(1, 6)):
            title = "".join(rng.choice("ab|\\ é") for _ in range(rng.randint(1, 6))).strip() or "t"
            title = title.replace("\\", "\\\\").replace("|", "\\|")
            lines.append(f"{title}|{rng.randint(0, 30)}|{rng.choice('x-')}")
        cases.append(probe(f"random task list #{n}", loaded, "\n".join(lines) + "\n"))
    return cases

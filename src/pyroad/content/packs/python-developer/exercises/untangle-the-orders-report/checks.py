from pyroad.grading.checks import call, custom, probe

# ---- structure facts, computed from the learner's source with ast ----------------------------
import ast

BLOCKS = (ast.If, ast.For, ast.AsyncFor, ast.While, ast.With, ast.AsyncWith, ast.Try, ast.TryStar, ast.Match)
FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)


def _tree(filename):
    with open(filename, encoding="utf-8") as handle:
        return ast.parse(handle.read())


def _definitions(node, prefix="", in_function=False):
    """(qualified name, node, public) for every function and class, nested ones included."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, FUNCTIONS + (ast.ClassDef,)):
            name = prefix + child.name
            public = not in_function and not child.name.startswith("_")
            yield name, child, public
            inside = in_function or isinstance(child, FUNCTIONS)
            yield from _definitions(child, name + ".", inside)
        else:
            yield from _definitions(child, prefix, in_function)


def _is_elif(child, parent):
    return (
        isinstance(child, ast.If)
        and isinstance(parent, ast.If)
        and parent.orelse == [child]
        and child.col_offset == parent.col_offset
    )


def _depth(node):
    """How deeply blocks (if/for/while/with/try/match) nest in node; elif adds no level."""
    deepest = 0
    for child in ast.iter_child_nodes(node):
        if isinstance(child, FUNCTIONS + (ast.ClassDef, ast.Lambda)):
            continue
        inner = _depth(child)
        if isinstance(child, BLOCKS) and not _is_elif(child, node):
            inner += 1
        deepest = max(deepest, inner)
    return deepest


def undocumented(module, filename, with_module_docstring):
    tree = _tree(filename)
    missing = [
        name
        for name, node, public in _definitions(tree)
        if public and not (ast.get_docstring(node) or "").strip()
    ]
    if with_module_docstring and not (ast.get_docstring(tree) or "").strip():
        missing.insert(0, "the module itself")
    return missing


def function_lengths(module, filename):
    return {
        name: node.end_lineno - node.lineno + 1
        for name, node, _ in _definitions(_tree(filename))
        if isinstance(node, FUNCTIONS)
    }


def nesting_depths(module, filename):
    return {
        name: _depth(node)
        for name, node, _ in _definitions(_tree(filename))
        if isinstance(node, FUNCTIONS)
    }


def single_letter_names(module, filename):
    tree = _tree(filename)
    loop_targets = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.For, ast.AsyncFor, ast.comprehension)):
            loop_targets.update(id(name) for name in ast.walk(node.target))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            if id(node) not in loop_targets:
                found.add((node.id, node.lineno))
        elif isinstance(node, ast.arg):
            found.add((node.arg, node.lineno))
        elif isinstance(node, FUNCTIONS + (ast.ClassDef,)):
            found.add((node.name, node.lineno))
        elif isinstance(node, ast.ExceptHandler) and node.name:
            found.add((node.name, node.lineno))
    return sorted(f"{name} (line {line})" for name, line in found if len(name) == 1 and name != "_")


# ---- comparators: they check the learner's facts against a bound (the reference's are ignored)


def no_missing_docstrings(got, expected):
    if got:
        return "missing or empty docstrings: " + ", ".join(got)
    return None


def at_most_lines(limit):
    def check(got, expected):
        long = [f"{name} ({lines} lines)" for name, lines in got.items() if lines > limit]
        if long:
            return f"functions longer than {limit} lines: " + ", ".join(long)
        return None

    return check


def at_most_depth(limit):
    def check(got, expected):
        deep = [f"{name} (depth {depth})" for name, depth in got.items() if depth > limit]
        if deep:
            return f"blocks nested more than {limit} deep in: " + ", ".join(deep)
        return None

    return check


def no_single_letter_names(got, expected):
    if got:
        return "single-letter names outside for loops: " + ", ".join(got[:10])
    return None


SOURCE = "orders.py"
EXPORT = """# export 2024-05-02
Ana; mug; 2; 7.50
Ben; tea; 1; 3.20
Ana; pen; 3; 1.10
Ben; tea; two; 3.20
Chloé; box; 1; 3.20
"""

CHECKS = [
    call("the statement's report", "build_report", EXPORT, reveal=True),
    call(
        "the statement's minimum",
        "build_report",
        "Ana; mug; 2; 7.50\nBen; tea; 1; 3.20",
        min_total=5,
        reveal=True,
    ),
    probe("functions are at most 20 lines", function_lengths, SOURCE, compare=custom(at_most_lines(20))),
    probe("blocks nest at most 3 deep", nesting_depths, SOURCE, compare=custom(at_most_depth(3))),
    probe("docstrings", undocumented, SOURCE, True, compare=custom(no_missing_docstrings)),
    probe("no single-letter names", single_letter_names, SOURCE, compare=custom(no_single_letter_names)),
    call("an empty export", "build_report", ""),
    call("only comments and blank lines", "build_report", "# header\n\n   \n#;a;1;2\n"),
    call(
        "exactly the minimum is listed",
        "build_report",
        "Ana; a; 1; 5\nBen; b; 1; 4.99\nCy; c; 1; 5.01",
        min_total=5,
    ),
    call("ties in alphabetical order", "build_report", "cy; a; 1; 2\nBo; a; 2; 1\nAl; a; 1; 2\nZed; a; 1; 9"),
    call(
        "every kind of bad line",
        "build_report",
        "\n".join(
            [
                "Ana; mug; 2",
                "Ana; mug; 2; 7.50; extra",
                " ; mug; 2; 7.50",
                "Ana; mug; -1; 7.50",
                "Ana; mug; 1.5; 7.50",
                "Ana; mug; ; 7.50",
                "Ana; mug; 2; cheap",
                "Ana; mug; 2; -7.50",
                "Ana; mug; 1; -0.5",
                "Ben; ok; 1; 1",
            ]
        ),
    ),
    call("a quantity of zero still lists the customer", "build_report", "Ana; mug; 0; 7.50"),
    call("spaces around fields", "build_report", "   Ana  ;mug;  12 ;   0.25  "),
    call("a negative minimum", "build_report", "Ana; mug; 0; 1\nBen; x; 1; 1", min_total=-1),
]


def generate(rng):
    customers = ["Ana", "Ben", "Chloé", "", "Dev"]
    quantities = ["1", "2", "10", "0", "x", "-3"]
    prices = ["1.50", "2", "0.99", "abc", "-1", "12.25"]
    cases = []
    for n in range(1, 5):
        lines = []
        for _ in range(rng.randint(2, 10)):
            if rng.random() < 0.15:
                lines.append(rng.choice(["", "# note", "Ana; mug; 2"]))
            else:
                fields = [rng.choice(customers), "item", rng.choice(quantities), rng.choice(prices)]
                lines.append("; ".join(fields))
        cases.append(call(f"random export #{n}", "build_report", "\n".join(lines), rng.choice([0, 3, 10])))
    return cases

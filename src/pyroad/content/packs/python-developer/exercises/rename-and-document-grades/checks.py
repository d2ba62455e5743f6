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


SOURCE = "grades.py"

CHECKS = [
    call(
        "the statement's grades",
        "grade_students",
        [["Ana", 72], ["Ben", 59.5], ["Chloé", 60]],
        reveal=True,
    ),
    call(
        "the statement's notice",
        "format_grades",
        [["Ben", 40], ["Ana", 90]],
        pass_mark=50,
        reveal=True,
    ),
    probe("docstrings", undocumented, SOURCE, True, compare=custom(no_missing_docstrings)),
    probe("no single-letter names", single_letter_names, SOURCE, compare=custom(no_single_letter_names)),
    call("no results", "grade_students", []),
    call("no results on the notice", "format_grades", []),
    call("exactly the pass mark passes", "grade_students", [["A", 60], ["B", 59], ["C", 61]]),
    call("a custom pass mark", "grade_students", [["A", 50], ["B", 49.9]], pass_mark=50),
    call("a pass mark of zero", "format_grades", [["Zed", 0], ["Amy", -5]], pass_mark=0),
    call("a student listed twice", "grade_students", [["Ana", 90], ["Ana", 10]]),
    call("a student listed twice on the notice", "format_grades", [["Ana", 10], ["Ana", 90]]),
    call("the average is rounded", "grade_students", [["A", 1], ["B", 2], ["C", 2]]),
    call("names are sorted", "format_grades", [["bob", 70], ["Émile", 70], ["Ana", 70]]),
    call("float scores", "format_grades", [["A", 59.99], ["B", 60.01]]),
]


def generate(rng):
    names = ["Ana", "Ben", "Chloé", "Dev", "Eun-ji", "Femi"]
    cases = []
    for n in range(1, 5):
        results = [[rng.choice(names), rng.randint(0, 100)] for _ in range(rng.randint(1, 8))]
        mark = rng.choice([50, 60, 75])
        function = "grade_students" if n % 2 else "format_grades"
        cases.append(call(f"random exam #{n}", function, results, pass_mark=mark))
    return cases

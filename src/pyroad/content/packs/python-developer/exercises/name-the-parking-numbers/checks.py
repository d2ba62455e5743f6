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


def magic_numbers(module, filename):
    """Numeric literals other than 0 and 1 used inside functions."""
    found = []
    for name, node, _ in _definitions(_tree(filename)):
        if isinstance(node, FUNCTIONS):
            for inner in ast.walk(node):
                if (
                    isinstance(inner, ast.Constant)
                    and type(inner.value) in (int, float, complex)
                    and inner.value not in (0, 1)
                ):
                    found.append(f"{inner.value!r} in {name} (line {inner.lineno})")
    return sorted(set(found))


def no_magic_numbers(got, expected):
    if got:
        return "numbers that need a name: " + ", ".join(got[:10])
    return None


SOURCE = "parking.py"

def short_and_flat(module, filename):
    return {
        "lengths": function_lengths(module, filename),
        "depths": nesting_depths(module, filename),
    }


def at_most_15_lines_and_depth_2(got, expected):
    return at_most_lines(15)(got["lengths"], None) or at_most_depth(2)(got["depths"], None)


CHECKS = [
    call("the statement: 15 minutes are free", "parking_fee", 15, "car", reveal=True),
    call("the statement: 61 minutes", "parking_fee", 61, "car", reveal=True),
    call("the statement: a member's van", "parking_fee", 130, "van", member=True, reveal=True),
    call("the statement: a full day", "parking_fee", 1440, "motorbike", reveal=True),
    probe("no magic numbers", magic_numbers, SOURCE, compare=custom(no_magic_numbers)),
    probe(
        "functions are at most 15 lines and 2 levels deep",
        short_and_flat,
        SOURCE,
        compare=custom(at_most_15_lines_and_depth_2),
    ),
    probe("docstrings", undocumented, SOURCE, True, compare=custom(no_missing_docstrings)),
    probe("no single-letter names", single_letter_names, SOURCE, compare=custom(no_single_letter_names)),
    call("an unknown vehicle", "parking_fee", 30, "bus"),
    call("zero minutes", "parking_fee", 0, "car"),
    call("one minute", "parking_fee", 1, "van"),
    call("more than a day", "parking_fee", 1441, "car"),
    call("16 minutes", "parking_fee", 16, "motorbike"),
    call("exactly 90 minutes", "parking_fee", 90, "van"),
    call("151 minutes on a motorbike", "parking_fee", 151, "motorbike"),
    call("a car all day reaches its maximum", "parking_fee", 1440, "car", member=True),
    call("a van for ten hours reaches its maximum", "parking_fee", 600, "van"),
]


def generate(rng):
    cases = []
    for n in range(1, 4):
        minutes = rng.choice([rng.randint(16, 400), rng.randint(400, 1440)])
        vehicle = ["car", "motorbike", "van"][n - 1]
        member = rng.random() < 0.5
        cases.append(call(f"random stay #{n}", "parking_fee", minutes, vehicle, member=member))
    return cases

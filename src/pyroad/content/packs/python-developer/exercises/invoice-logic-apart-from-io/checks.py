import ast
import contextlib
import io

from pyroad.grading.checks import call, custom, probe

PURE = ["money", "parse_lines", "compute_totals", "render"]
IO_NAMES = {"print", "open", "input", "sys"}
HEADER = "description,quantity,unit_price"


def _functions():
    with open("invoice.py", encoding="utf-8") as handle:
        tree = ast.parse(handle.read())
    return [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]


def io_in_pure_functions(module):
    """Which of the pure functions do input/output, directly or through functions they call."""
    functions = {f.name: f for f in _functions()}
    direct, calls = {}, {}
    for name, node in functions.items():
        names = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
        direct[name] = bool(names & IO_NAMES)
        calls[name] = names & set(functions)
    tainted = {name for name, flag in direct.items() if flag}
    changed = True
    while changed:
        changed = False
        for name, called in calls.items():
            if name not in tainted and called & tainted:
                tainted.add(name)
                changed = True
    return {"doing I/O": sorted(set(PURE) & tainted),
            "defined": sorted(set(PURE + ["main"]) & set(functions))}


def longest_function(module):
    return max(f.end_lineno - f.lineno + 1 for f in _functions())


def at_most_15(got, expected):
    if type(got) is not int:
        return "the functions could not be measured"
    return None if got <= 15 else f"the longest function has {got} lines; keep each under 16"


def parsed(module, text):
    try:
        return module.parse_lines(text)
    except ValueError as exc:
        return {"error": str(exc).split(":")[0]}


def whole_invoice(module, text, tax_percent):
    items = module.parse_lines(text)
    totals = module.compute_totals(items, tax_percent)
    return [totals, module.render(items, totals, tax_percent)]


def run_main(module, files, argv):
    for name, content in files.items():
        with open(name, "w", encoding="utf-8") as handle:
            handle.write(content)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = module.main(argv)
    return [code, out.getvalue(), err.getvalue().split(":")[0]]


EXAMPLE = f"{HEADER}\nTea,2,450\nMug,1,1200\n"

CHECKS = [
    probe("the statement's example", whole_invoice, EXAMPLE, 20, reveal=True),
    probe("pure functions do no input or output", io_in_pure_functions),
    probe("no function over 15 lines", longest_function, compare=custom(at_most_15)),
    call("money", "money", 5),
    probe("blank lines, spaces and the header", parsed,
          f"\n  {HEADER}  \n  Tea , 2 ,450\n\n free sample,1,0\n"),
    probe("two fields", parsed, "A,1,1\nB,2\n"),
    probe("a zero quantity", parsed, "\nA,0,100\n"),
    probe("a negative price", parsed, "A,1,1\nB,1,-1\n"),
    probe("a price that is not a whole number", parsed, "A,1,1\n\nB,1,4.50\n"),
    call("tax: a half cent rounds up", "compute_totals", [["A", 1, 125]], 10),
    call("tax: just under a half cent", "compute_totals", [["A", 1, 249]], 1),
    call("tax: no items", "compute_totals", [], 20),
    probe("main prints the invoice", run_main, {"items.csv": EXAMPLE}, ["items.csv", "7"]),
    probe("main uses 20 % by default", run_main,
          {"items.csv": "Käse,3,333\n"}, ["items.csv"]),
    probe("main: a missing file", run_main, {}, ["nowhere.csv"]),
    probe("main: a bad tax", run_main, {"items.csv": EXAMPLE}, ["items.csv", "lots"]),
    probe("main: no arguments", run_main, {}, []),
]


def generate(rng):
    cases = []
    for n in range(1, 4):
        lines = [f"item {i},{rng.randint(1, 12)},{rng.randint(0, 5000)}"
                 for i in range(rng.randint(1, 6))]
        cases.append(probe(f"random invoice #{n}", whole_invoice, "\n".join(lines),
                           rng.randint(0, 30)))
    return cases

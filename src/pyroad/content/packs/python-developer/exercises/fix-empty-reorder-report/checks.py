import contextlib
import importlib
import io

from pyroad.grading.checks import call, probe


def run_main(module, argv, files):
    """Run main.main(argv) after writing ``files``; report exit code, stdout and stderr."""
    for name, text in files.items():
        with open(name, "w", encoding="utf-8") as handle:
            handle.write(text)
    main = importlib.import_module("main")
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main.main(list(argv))
    return [code, out.getvalue(), err.getvalue()]


def report_from_read_stock(module, lines):
    parse = importlib.import_module("inventory.parse")
    return module.build_report(parse.read_stock(iter(lines)))


def read_all(module, lines):
    parse = importlib.import_module("inventory.parse")
    try:
        return list(parse.read_stock(lines))
    except ValueError as error:
        return {"ValueError": str(error)}


def package_exports(module):
    package = importlib.import_module("inventory")
    return sorted(name for name in package.__all__ if callable(getattr(package, name)))


def item(sku, quantity, reorder, cost=1.0, name="thing"):
    return {"sku": sku, "name": name, "quantity": quantity, "reorder_level": reorder, "unit_cost": cost}


EXAMPLE = (
    "# sku;name;quantity;reorder level;unit cost\n"
    "BOLT-M6;Hex bolt M6;4;20;0.12\n"
    "NUT-M6;Hex nut M6;250;50;0.05\n"
)
SHELF = [
    item("W-2", 3, 5, 2.5, "Widget"),
    item("A-1", 10, 10, 0.99, "Anchor"),
    item("C-3", 11, 10, 4.0, "Clamp"),
    item("B-7", 3, 8, 1.25, "Bracket \u00e9tanche"),
    item("Z-0", 0, 0, 7.0, "Zip tie"),
]

CHECKS = [
    probe("the issue's example through main.py", run_main, ["stock.txt"], {"stock.txt": EXAMPLE}, reveal=True),
    probe("build_report(read_stock(lines))", report_from_read_stock, EXAMPLE.splitlines(True)),
    probe("a report with several items to reorder", report_from_read_stock, [
        "W-2;Widget;3;5;2.5\n", "A-1;Anchor;10;10;0.99\n", "C-3;Clamp;11;10;4\n",
        "\n", "   # a note\n", "B-7;Bracket \u00e9tanche;3;8;1.25\n", "Z-0;Zip tie;0;0;7\n",
    ]),
    probe("a report with nothing to reorder", report_from_read_stock, ["C-3; Clamp ; 11 ;10; 4.0\n"]),
    probe("a report on an empty file", report_from_read_stock, []),
    call("build_report on a list", "build_report", SHELF),
    call("low_stock", "low_stock", SHELF),
    call("low_stock of nothing", "low_stock", []),
    call("total_value", "total_value", SHELF),
    probe("reading a stock file", read_all, ["# header\n", "\n", "K-1 ; Key ring ; 7 ; 2 ; 0.3\n", "L-2;Lamp;1;1;12"]),
    probe("a line with four fields", read_all, ["A;B;1;2;3\n", "\n", "A;B;1;2\n"]),
    probe("a line with a bad number", read_all, ["# x\n", "A;B;1;2;3\n", "A;B;many;2;3\n"]),
    probe("main.py with a bad line", run_main, ["bad.txt"], {"bad.txt": "A;B;1;2;3\nA;B;1;two;3\n"}),
    probe("main.py with a missing file", run_main, ["nowhere.txt"], {}),
    probe("main.py without arguments", run_main, [], {}),
    probe("main.py with two arguments", run_main, ["a.txt", "b.txt"], {}),
    probe("what the package exports", package_exports),
]


def generate(rng):
    cases = []
    for n in range(1, 4):
        lines = [
            f"S-{i};Item {i};{rng.randint(0, 30)};{rng.randint(0, 30)};{rng.randint(1, 999) / 100}\n"
            for i in rng.sample(range(100), rng.randint(1, 8))
        ]
        cases.append(probe(f"random stock file #{n}", run_main, [f"random-{n}.txt"], {f"random-{n}.txt": "".join(lines)}))
    return cases

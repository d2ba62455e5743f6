import ast
import contextlib
import importlib
import io
import os
import sys

from pyroad.grading.checks import call, probe

FILES = ["shop/__init__.py", "shop/prices.py", "shop/cart.py"]


def _package_imports(path, package):
    """The package's modules that the file at ``path`` imports (relative imports resolved)."""
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


def _public_definitions(path):
    with open(path, encoding="utf-8") as handle:
        tree = ast.parse(handle.read())
    kinds = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
    return sorted(n.name for n in tree.body if isinstance(n, kinds) and not n.name.startswith("_"))


def layout(module):
    """Which package modules each file imports, and which public functions it defines."""
    return {
        path: {"imports": _package_imports(path, module.__name__),
               "defines": _public_definitions(path)}
        for path in FILES
    }


def public_api(module):
    namespace = {}
    exec(f"from {module.__name__} import *", namespace)
    return {
        "__all__": sorted(module.__all__),
        "star import": sorted(name for name in namespace if not name.startswith("__")),
        "same functions": [getattr(module, name) is getattr(module.prices, name)
                           for name in ("parse_price", "format_price")]
        + [getattr(module, name) is getattr(module.cart, name)
           for name in ("cart_total", "receipt")],
    }


def import_is_quiet(module):
    name = module.__name__
    saved = {k: v for k, v in sys.modules.items() if k == name or k.startswith(name + ".")}
    for key in saved:
        del sys.modules[key]
    output = io.StringIO()
    try:
        with contextlib.redirect_stdout(output):
            importlib.import_module(f"{name}.prices")
            prices_alone = sorted(k for k in sys.modules if k.startswith(name + "."))
            importlib.import_module(name)
    finally:
        sys.modules.update(saved)
    return {"printed": output.getvalue(), "importing prices loads": prices_alone}


def submodule(module, name, function, *args):
    try:
        return getattr(importlib.import_module(f"{module.__name__}.{name}"), function)(*args)
    except Exception as exc:  # the kind of error is what is observed
        return {"error": type(exc).__name__}


CHECKS = [
    call("the statement's receipt", "receipt", ["tea;2;4.50", "mug;1;12"], reveal=True),
    probe("the statement's prices", submodule, "prices", "parse_price", "0.5", reveal=True),
    probe("where everything lives", layout),
    probe("the public API", public_api),
    probe("importing prints nothing", import_is_quiet),
    probe("prices: whole and one decimal", submodule, "prices", "parse_price", " 3 "),
    probe("prices: two decimals", submodule, "prices", "parse_price", "12.05"),
    probe("prices: three decimals", submodule, "prices", "parse_price", "1.234"),
    probe("prices: a sign", submodule, "prices", "parse_price", "-1"),
    probe("prices: a bare dot", submodule, "prices", "parse_price", "5."),
    probe("format: zero", submodule, "prices", "format_price", 0),
    probe("format: small negative", submodule, "prices", "format_price", -1),
    probe("cart: total", submodule, "cart", "cart_total", ["a;3;0.99", "b;1;100", " c ;10;0.1"]),
    probe("cart: zero quantity", submodule, "cart", "cart_total", ["a;0;1"]),
    probe("cart: missing field", submodule, "cart", "receipt", ["a;1"]),
    probe("cart: empty receipt", submodule, "cart", "receipt", []),
    call("cart: one line through the package", "receipt", ["Käse;1;0.05"]),
]


def generate(rng):
    cases = []
    for n in range(1, 4):
        lines = [f"item{i};{rng.randint(1, 9)};{rng.randint(0, 99)}.{rng.randint(0, 99):02d}"
                 for i in range(rng.randint(1, 6))]
        cases.append(call(f"random receipt #{n}", "receipt", lines))
    return cases

import types
import typing

from pyroad.grading.checks import call, probe


def canon(hint):
    """A hint as text, the same for every spelling of the same type."""
    if hint is None or hint is type(None):
        return "None"
    if hint is Ellipsis:
        return "..."
    if isinstance(hint, list):
        return "[" + ", ".join(canon(h) for h in hint) + "]"
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is typing.Union or origin is types.UnionType:
        return "Union[" + ", ".join(sorted(canon(a) for a in args)) + "]"
    if origin is not None:
        return f"{canon(origin)}[{', '.join(canon(a) for a in args)}]"
    if isinstance(hint, type):
        if hint.__module__ == "builtins":
            return hint.__qualname__
        return f"{hint.__module__}.{hint.__qualname__}"
    return repr(hint)


def hints(module, name):
    try:
        found = typing.get_type_hints(getattr(module, name))
    except Exception as exc:  # an unresolvable annotation is an answer too
        return {"error": type(exc).__name__}
    return {key: canon(value) for key, value in found.items()}


def module_level(module):
    return {
        "Levels": canon(getattr(module, "Levels", None)),
        "annotated": {k: canon(v) for k, v in typing.get_type_hints(module).items()},
        "DEFAULT_THRESHOLD": module.DEFAULT_THRESHOLD,
    }


def restock_leaves_input(module, levels, delivery):
    before = dict(levels)
    result = module.restock(levels, delivery)
    return [result, levels == before, result is not levels]


CHECKS = [
    probe("hints of parse_quantity", hints, "parse_quantity", reveal=True),
    probe("hints of restock", hints, "restock"),
    probe("hints of low_stock", hints, "low_stock"),
    probe("hints of describe", hints, "describe"),
    probe("the alias and the constant", module_level),
    call("the statement's parse_quantity", "parse_quantity", " 12 ", reveal=True),
    call("parse_quantity: words", "parse_quantity", "twelve"),
    call("parse_quantity: zero", "parse_quantity", "0"),
    call("parse_quantity: negative", "parse_quantity", "-3"),
    call("parse_quantity: a superscript digit", "parse_quantity", "²"),
    call("parse_quantity: empty", "parse_quantity", "   "),
    probe("restock with a new product", restock_leaves_input, {"tea": 4}, [["tea", 6], ["mug", 2]]),
    probe("restock twice the same product", restock_leaves_input, {}, [["jam", 1], ["jam", 3]]),
    call("low_stock with the default threshold", "low_stock",
         {"tea": 4, "mug": 5, "jam": 0, "pot": 6, "cup": 3}),
    call("low_stock with a threshold", "low_stock", {"tea": 4, "mug": 5}, 5),
    call("describe without a unit", "describe", "tea", 4),
    call("describe with a unit", "describe", "thé", 0, "boîtes"),
]


def generate(rng):
    cases = []
    for n in range(1, 4):
        levels = {f"p{i}": rng.randint(0, 12) for i in range(rng.randint(2, 8))}
        cases.append(call(f"random low_stock #{n}", "low_stock", levels, rng.randint(0, 10)))
    return cases

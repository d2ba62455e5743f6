import types
import typing
from dataclasses import dataclass

from pyroad.grading.checks import probe


def canon(hint, names):
    """A hint as text; type variables are numbered in order of appearance, names ignored."""
    if hint is None or hint is type(None):
        return "None"
    if isinstance(hint, list):
        return "[" + ", ".join(canon(h, names) for h in hint) + "]"
    if isinstance(hint, typing.TypeVar):
        if hint not in names:
            names[hint] = f"T{len(names) + 1}"
        bound = hint.__bound__
        return names[hint] + (f" bound to {canon(bound, {})}" if bound is not None else "")
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is typing.Union or origin is types.UnionType:
        return "Union[" + ", ".join(sorted(canon(a, names) for a in args)) + "]"
    if origin is not None:
        return f"{canon(origin, names)}[{', '.join(canon(a, names) for a in args)}]"
    if isinstance(hint, type):
        if hint.__module__ == "builtins":
            return hint.__qualname__
        return f"{hint.__module__}.{hint.__qualname__}"
    return repr(hint)


def hints(module, path):
    target = module
    for part in path.split("."):
        target = getattr(target, part)
    try:
        found = typing.get_type_hints(target)
    except Exception as exc:  # an unresolvable annotation is an answer too
        return {"error": type(exc).__name__}
    names = {}
    return {key: canon(value, names) for key, value in found.items()}


def hints_of(module, paths):
    return [hints(module, path) for path in paths]


@dataclass
class Book:
    id: str
    title: str
    year: int


class Device:
    def __init__(self, ident):
        self.id = ident


class NoId:
    name = "x"


def _attempt(action):
    try:
        return action()
    except Exception as exc:  # the kind of error is what is observed
        return {"error": type(exc).__name__}


def _title(item):
    return item.title if isinstance(item, Book) else item


def generic_shape(module):
    has_id = module.HasId
    return {
        "protocol": bool(getattr(has_id, "_is_protocol", False)),
        "runtime checkable": bool(getattr(has_id, "_is_runtime_protocol", False)),
        "protocol hints": hints(module, "HasId"),
        "generic": issubclass(module.Registry, typing.Generic),
        "parameters": [canon(p, {}) for p in module.Registry.__parameters__],
        "subscriptable": module.Registry[Book] is not None,
        "matches": [isinstance(Book("b", "t", 1), has_id), isinstance(Device("d"), has_id),
                    isinstance(NoId(), has_id), isinstance("text", has_id)],
    }


def library(module, books, steps):
    registry = module.Registry()
    seen = [_attempt(lambda: registry.add(Book(*b))) for b in books]
    for name, arg in steps:
        if name == "find-before":
            seen.append([b.title for b in registry.find(lambda b: b.year < arg)])
        elif name == "add-device":
            seen.append(_attempt(lambda: registry.add(Device(arg))))
        elif name == "add-other":
            seen.append(_attempt(lambda: registry.add(NoId() if arg is None else arg)))
        else:
            seen.append(_attempt(lambda: _title(getattr(registry, name)(arg))))
    return {"results": seen, "len": len(registry), "order": [item.id for item in registry]}


def registries_are_separate(module):
    a, b = module.Registry(), module.Registry()
    a.add(Book("b1", "Dune", 1965))
    return [len(a), len(b), b.get("b1")]


def grouped(module, items, how):
    keys = {"first letter": lambda w: w[:1], "length": len, "parity": lambda n: n % 2 == 0}
    return list(module.group_by(iter(items), key=keys[how]).items())


BOOKS = [["b1", "Dune", 1965], ["b2", "Emma", 1815], ["b3", "Ubik", 1969]]

CHECKS = [
    probe("the statement's example", library, BOOKS[:2],
          [["get", "b1"], ["get", "b9"], ["find-before", 1900], ["add-other", "not a book"]],
          reveal=True),
    probe("the statement's group_by", grouped, ["apple", "avocado", "banana"], "first letter",
          reveal=True),
    probe("Protocol, TypeVar and Generic", generic_shape),
    probe("hints of __init__ and add", hints_of, ["Registry.__init__", "Registry.add"]),
    probe("hints of get", hints_of, ["Registry.get"]),
    probe("hints of remove", hints_of, ["Registry.remove"]),
    probe("hints of find", hints_of, ["Registry.find"]),
    probe("hints of __len__ and __iter__", hints_of, ["Registry.__len__", "Registry.__iter__"]),
    probe("hints of group_by", hints_of, ["group_by"]),
    probe("duplicates and things without an id", library, BOOKS,
          [["add-other", None], ["add-other", 42], ["add-device", "b2"], ["add-device", "d1"],
           ["get", "d1"]]),
    probe("a duplicate id is refused", library, [*BOOKS, ["b1", "Other", 2000]], []),
    probe("removing", library, BOOKS,
          [["remove", "b2"], ["remove", "b2"], ["get", "b2"], ["find-before", 3000]]),
    probe("an empty registry", library, [], [["get", "b1"], ["find-before", 3000],
                                            ["remove", "x"]]),
    probe("find at the boundary", library, BOOKS, [["find-before", 1965], ["find-before", 1966]]),
    probe("two registries are separate", registries_are_separate),
    probe("group_by with other keys", grouped, [3, 1, 4, 1, 5, 9, 2, 6], "parity"),
    probe("group_by of nothing", grouped, [], "length"),
]


def generate(rng):
    cases = []
    for n in range(1, 4):
        words = ["".join(rng.choice("abcé") for _ in range(rng.randint(0, 4))) for _ in range(8)]
        cases.append(probe(f"random grouping #{n}", grouped, words,
                           rng.choice(["first letter", "length"])))
    return cases

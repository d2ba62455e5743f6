import importlib
import os
import sys

from pyroad.grading.checks import approx, probe

FAMILIES = ["duration", "length", "mass"]


def _attempt(action):
    try:
        return action()
    except Exception as exc:  # the kind of error is what is observed
        return {"error": type(exc).__name__}


def _loaded(name):
    return sorted(k for k in sys.modules if k.startswith(name + "."))


def lazy_loading(module):
    """Import the package afresh and watch which family modules get imported, and when."""
    name = module.__name__
    saved = {k: v for k, v in sys.modules.items() if k == name or k.startswith(name + ".")}
    for key in saved:
        del sys.modules[key]
    try:
        fresh = importlib.import_module(name)
        seen = {"after import": _loaded(name)}
        seen["families"] = fresh.families()
        seen["after families()"] = _loaded(name)
        seen["converted"] = fresh.convert("mass", 2, "kg", "g")
        seen["after convert(mass)"] = _loaded(name)
        seen["units"] = fresh.units_of("duration")
        seen["after units_of(duration)"] = _loaded(name)
        seen["unknown"] = _attempt(lambda: fresh.convert("volume", 1, "l", "ml"))
        seen["after the unknown family"] = _loaded(name)
    finally:
        for key in [k for k in sys.modules if k == name or k.startswith(name + ".")]:
            del sys.modules[key]
        sys.modules.update(saved)
    return seen


def conversions(module, cases):
    return [_attempt(lambda: module.convert(*case)) for case in cases]


def unit_lists(module, names):
    return [_attempt(lambda: module.units_of(n)) for n in names]


def tables(module):
    return {f: importlib.import_module(f"{module.__name__}.{f}").UNITS for f in FAMILIES}


def a_family_added_later(module):
    """Drop new modules into the package while the program runs."""
    folder = os.path.dirname(module.__file__)
    with open(os.path.join(folder, "speed_probe.py"), "w", encoding="utf-8") as handle:
        handle.write(
            "import sys\n"
            "sys.speed_probe_runs = getattr(sys, 'speed_probe_runs', 0) + 1\n"
            "UNITS = {'m/s': 1.0, 'km/h': 1 / 3.6}\n"
        )
    with open(os.path.join(folder, "_helpers_probe.py"), "w", encoding="utf-8") as handle:
        handle.write("UNITS = {'a': 1.0, 'b': 2.0}\n")
    with open(os.path.join(folder, "notes_probe.txt"), "w", encoding="utf-8") as handle:
        handle.write("not a module\n")
    importlib.invalidate_caches()
    return {
        "families": module.families(),
        "units": _attempt(lambda: module.units_of("speed_probe")),
        "converted": [_attempt(lambda: module.convert("speed_probe", 36, "km/h", "m/s"))
                      for _ in range(3)],
        "module ran": getattr(sys, "speed_probe_runs", 0),
        "private": _attempt(lambda: module.convert("_helpers_probe", 1, "a", "b")),
    }


CHECKS = [
    probe("the statement's example", lazy_loading, compare=approx(1e-9), reveal=True),
    probe("the family tables are unchanged", tables, compare=approx(1e-12)),
    probe("conversions", conversions,
          [["length", 5, "km", "m"], ["length", 1, "mi", "ft"], ["length", 0, "m", "in"],
           ["mass", 16, "oz", "lb"], ["duration", 1.5, "h", "min"], ["duration", 1, "day", "s"],
           ["duration", 250, "ms", "s"], ["mass", -3, "t", "kg"], ["length", 7, "cm", "cm"]],
          compare=approx(1e-9)),
    probe("unknown units", conversions,
          [["length", 1, "yd", "m"], ["length", 1, "m", "yd"], ["mass", 1, "m", "kg"],
           ["duration", 1, "s", "S"]]),
    probe("unknown families", conversions,
          [["os", 1, "a", "b"], ["", 1, "a", "b"], ["Mass", 1, "kg", "g"],
           ["length.sub", 1, "m", "m"], ["__init__", 1, "a", "b"]]),
    probe("unit names", unit_lists, ["length", "mass", "duration", "speed", "_private"]),
    probe("a family added later", a_family_added_later, compare=approx(1e-9)),
]


def generate(rng):
    cases = []
    names = {"length": ["m", "km", "cm", "mm", "in", "ft", "mi"],
             "mass": ["kg", "g", "t", "lb", "oz"], "duration": ["s", "ms", "min", "h", "day"]}
    for n in range(1, 5):
        batch = []
        for _ in range(4):
            family = rng.choice(FAMILIES)
            batch.append([family, rng.randint(-500, 500) / 4, rng.choice(names[family]),
                          rng.choice(names[family])])
        cases.append(probe(f"random conversions #{n}", conversions, batch, compare=approx(1e-9)))
    return cases

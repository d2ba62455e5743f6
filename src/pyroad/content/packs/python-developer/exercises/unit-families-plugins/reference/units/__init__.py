import importlib
import pkgutil


def families():
    found = pkgutil.iter_modules(__path__)
    return sorted(info.name for info in found if not info.name.startswith("_"))


def _table(family):
    if family not in families():
        raise ValueError(f"unknown family {family!r}")
    return importlib.import_module(f"{__name__}.{family}").UNITS


def units_of(family):
    return sorted(_table(family))


def convert(family, value, from_unit, to_unit):
    table = _table(family)
    for unit in (from_unit, to_unit):
        if unit not in table:
            raise ValueError(f"unknown {family} unit {unit!r}")
    return value * table[from_unit] / table[to_unit]

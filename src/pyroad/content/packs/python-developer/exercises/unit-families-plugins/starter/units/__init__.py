"""Convert between units of the same family (length, mass, duration, ...)."""
from . import duration, length, mass

FAMILIES = {"duration": duration.UNITS, "length": length.UNITS, "mass": mass.UNITS}


def families():
    """The names of the unit families, sorted."""
    return sorted(FAMILIES)


def units_of(family):
    """The unit names of one family, sorted."""
    return sorted(FAMILIES[family])


def convert(family, value, from_unit, to_unit):
    """Convert ``value`` from one unit of ``family`` to another."""
    table = FAMILIES[family]
    return value * table[from_unit] / table[to_unit]

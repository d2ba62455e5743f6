"""Units of duration, as sizes in the family's base unit."""
UNITS = {
    "s": 1,
    "ms": 0.001,
    "min": 60,
    "h": 3600,
    "day": 86400,
}

"""Units of mass, as sizes in the family's base unit."""
UNITS = {
    "kg": 1.0,
    "g": 0.001,
    "t": 1000.0,
    "lb": 0.45359237,
    "oz": 0.028349523125,
}

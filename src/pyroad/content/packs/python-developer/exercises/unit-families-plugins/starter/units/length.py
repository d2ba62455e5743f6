"""Units of length, as sizes in the family's base unit."""
UNITS = {
    "m": 1.0,
    "km": 1000.0,
    "cm": 0.01,
    "mm": 0.001,
    "in": 0.0254,
    "ft": 0.3048,
    "mi": 1609.344,
}

Levels = dict[str, int]

DEFAULT_THRESHOLD: int = 5


def parse_quantity(text: str) -> int | None:
    cleaned = text.strip()
    return int(cleaned) if cleaned.isdecimal() else None


def restock(levels: Levels, delivery: list[tuple[str, int]]) -> Levels:
    updated = dict(levels)
    for name, amount in delivery:
        updated[name] = updated.get(name, 0) + amount
    return updated


def low_stock(levels: Levels, threshold: int = DEFAULT_THRESHOLD) -> list[str]:
    return sorted(name for name, level in levels.items() if level < threshold)


def describe(name: str, level: int, unit: str | None = None) -> str:
    text = f"{name}: {level}"
    return text if unit is None else f"{text} {unit}"

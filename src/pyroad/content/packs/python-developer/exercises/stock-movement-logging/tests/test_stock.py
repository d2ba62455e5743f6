import logging

from stock import apply_movements


def test_quantities(caplog):
    with caplog.at_level(logging.DEBUG):
        result = apply_movements({"MUG": 2, "TEA": 5}, [("MUG", -2), ("TEA", 1)])
    assert result == {"MUG": 0, "TEA": 6}


def test_log_records(caplog):
    with caplog.at_level(logging.DEBUG):
        apply_movements({"MUG": 2, "TEA": 5}, [("MUG", -2), ("PEN", 1), ("TEA", -9), ("TEA", 1)])
    assert [(r.name, r.levelname, r.getMessage()) for r in caplog.records] == [
        ("warehouse.stock", "DEBUG", "MUG: 2 -> 0"),
        ("warehouse.stock", "INFO", "MUG is now out of stock"),
        ("warehouse.stock", "ERROR", "unknown SKU PEN: movement ignored"),
        ("warehouse.stock", "WARNING", "not enough TEA: have 5, need 9"),
        ("warehouse.stock", "DEBUG", "TEA: 5 -> 6"),
        ("warehouse.stock", "INFO", "applied 2 of 4 movements"),
    ]

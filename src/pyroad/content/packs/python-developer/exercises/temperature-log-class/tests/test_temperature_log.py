import pytest

from solution import TemperatureLog

TEXT = "# morning\n6 -1.5\n7 0.5\n\n8 2.0\n9 1.0\n"


def test_from_text_and_questions():
    log = TemperatureLog.from_text("Oslo", TEXT)
    assert (len(log), log.latest) == (4, (9, 1.0))
    assert log.highest() == (8, 2.0)
    assert log.longest_streak_above(0) == 3


def test_readings_must_come_in_order():
    log = TemperatureLog.from_text("Oslo", TEXT)
    with pytest.raises(ValueError):
        log.record(9, 3.0)
    assert len(log) == 4


def test_fahrenheit():
    assert TemperatureLog.to_fahrenheit(100) == 212

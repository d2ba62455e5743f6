import pytest

from budget import ErrorBudget, TooManyErrors


def test_bad_rows_within_the_limit_are_recorded():
    budget = ErrorBudget(limit=2)
    for text in ["1", "x", "3", "y"]:
        with budget:
            int(text)
    assert budget.errors == [
        "ValueError: invalid literal for int() with base 10: 'x'",
        "ValueError: invalid literal for int() with base 10: 'y'",
    ]


def test_one_error_too_many_stops_the_import():
    budget = ErrorBudget(limit=0)
    with pytest.raises(TooManyErrors) as info:
        with budget:
            raise ValueError("bad date")
    assert str(info.value) == "1 errors, limit is 0"
    assert isinstance(info.value.__cause__, ValueError)


def test_other_exceptions_go_through():
    budget = ErrorBudget(limit=5)
    with pytest.raises(KeyError):
        with budget:
            raise KeyError("email")
    assert budget.errors == []

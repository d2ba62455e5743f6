from solution import running_totals


def test_example_from_the_statement():
    assert running_totals([5, -2, 10]) == [5, 3, 13]


def test_opening_balance():
    assert running_totals([1, 1], start=10) == [11, 12]

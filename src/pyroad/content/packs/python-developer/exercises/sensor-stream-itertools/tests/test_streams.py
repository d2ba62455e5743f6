from itertools import count, islice

from solution import deltas, runs, within_budget


def test_deltas():
    assert list(deltas([20.5, 21.0, 20.0, 20.0])) == [0.5, -1.0, 0.0]
    assert list(islice(deltas(x * x for x in count()), 4)) == [1, 3, 5, 7]


def test_runs():
    assert list(runs(["closed", "closed", "open", "closed"])) == [
        ("closed", 2),
        ("open", 1),
        ("closed", 1),
    ]


def test_within_budget():
    assert list(within_budget([40, 30, 20, 5], 90)) == [40, 30, 20]

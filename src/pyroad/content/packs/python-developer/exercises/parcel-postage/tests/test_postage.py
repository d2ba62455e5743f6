import pytest

from solution import postage


def test_example_from_the_statement():
    assert postage(1200, "europe") == 1300


def test_express():
    assert postage(300, "domestic", express=True) == 890


def test_too_heavy():
    with pytest.raises(ValueError):
        postage(25000, "domestic")

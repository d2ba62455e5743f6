from itertools import count, islice

from solution import chunked


def test_the_statement_example():
    assert list(chunked([1, 2, 3, 4, 5], 2)) == [[1, 2], [3, 4], [5]]


def test_an_endless_stream():
    assert list(islice(chunked(count(), 3), 2)) == [[0, 1, 2], [3, 4, 5]]

import typing
from dataclasses import dataclass

import pytest

from registry import HasId, Registry, group_by


@dataclass
class Book:
    id: str
    title: str
    year: int


def test_add_get_find():
    books = Registry()
    books.add(Book("b1", "Dune", 1965))
    books.add(Book("b2", "Emma", 1815))
    assert books.get("b1").title == "Dune"
    assert books.get("b9") is None
    assert [b.title for b in books.find(lambda b: b.year < 1900)] == ["Emma"]


def test_items_need_an_id():
    with pytest.raises(TypeError):
        Registry().add("not a book")
    assert isinstance(Book("b", "t", 1), HasId)


def test_group_by():
    assert group_by(["apple", "avocado", "banana"], key=lambda w: w[0]) == {
        "a": ["apple", "avocado"],
        "b": ["banana"],
    }
    assert typing.get_type_hints(group_by)["return"].__origin__ is dict

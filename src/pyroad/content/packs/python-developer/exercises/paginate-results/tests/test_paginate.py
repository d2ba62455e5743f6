import pytest

from solution import paginate

LETTERS = list("abcdefghijklmnopqrstuvwxy")


def test_example_from_the_statement():
    assert paginate(LETTERS, 3) == {
        "items": list("uvwxy"),
        "page": 3,
        "pages": 3,
        "has_previous": True,
        "has_next": False,
    }


def test_page_size_is_keyword_only():
    assert paginate(LETTERS, 2, per_page=4)["items"] == list("efgh")
    with pytest.raises(TypeError):
        paginate(LETTERS, 2, 4)

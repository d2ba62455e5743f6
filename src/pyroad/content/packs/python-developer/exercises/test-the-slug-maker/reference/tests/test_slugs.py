import pytest

from slugs import slugify, unique_slug


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Hello", "hello"),
        ("Hello, World!", "hello-world"),
        ("  Ten   tips -- for   Python  ", "ten-tips-for-python"),
        ("...Why?...", "why"),
        ("Python 3.12 is out", "python-3-12-is-out"),
        ("snake_case and CamelCase", "snake-case-and-camelcase"),
        ("Crème brûlée à la Zoë", "creme-brulee-a-la-zoe"),
        ("Tokyo 東京 guide", "tokyo-guide"),
        ("2024", "2024"),
    ],
)
def test_slugs_are_lower_case_words_joined_by_one_hyphen(title, slug):
    assert slugify(title) == slug


@pytest.mark.parametrize("title", ["", "   ", "?!", "---", "日本"])
def test_a_title_without_letters_or_digits_is_refused(title):
    with pytest.raises(ValueError):
        slugify(title)


def test_a_slug_of_exactly_max_length_is_kept_whole():
    assert slugify("big red fox", max_length=11) == "big-red-fox"


def test_a_cut_between_words_drops_the_hyphen():
    assert slugify("big red fox", max_length=7) == "big-red"


def test_a_cut_inside_a_word_goes_back_to_the_last_whole_word():
    assert slugify("big red fox", max_length=9) == "big-red"
    assert slugify("big red fox", max_length=10) == "big-red"
    assert slugify("big red fox", max_length=6) == "big"


def test_one_long_word_is_cut_at_max_length():
    assert slugify("Supercalifragilistic", max_length=5) == "super"
    assert slugify("Supercalifragilistic day", max_length=5) == "super"


def test_max_length_one_is_allowed():
    assert slugify("a b", max_length=1) == "a"
    assert slugify("abc", max_length=1) == "a"


def test_the_default_max_length_is_40():
    assert slugify("a" * 40) == "a" * 40
    assert slugify("a" * 41) == "a" * 40
    assert slugify("a" * 39 + " b") == "a" * 39


@pytest.mark.parametrize("max_length", [0, -1, 2.5, "10", None])
def test_a_bad_max_length_is_refused(max_length):
    with pytest.raises(ValueError):
        slugify("hello world", max_length=max_length)


@pytest.fixture
def taken():
    return {"hello-world", "post", "post-2", "post-10", "post-office", "post-office-3", "blog-7"}


def test_a_free_slug_is_used_as_it_is(taken):
    assert unique_slug("Fresh news", taken) == "fresh-news"


def test_a_free_slug_stays_free_even_when_its_numbers_are_taken():
    assert unique_slug("Post", {"post-2", "post-3"}) == "post"


def test_the_first_copy_gets_number_two():
    assert unique_slug("Hello, world!", {"hello-world"}) == "hello-world-2"


def test_the_next_number_is_one_more_than_the_highest(taken):
    assert unique_slug("POST", taken) == "post-11"


def test_other_slugs_that_share_the_start_do_not_count():
    assert unique_slug("Post", {"post", "post-office-3", "post-office", "blog-7"}) == "post-2"


def test_the_numbered_slug_starts_from_the_slug_of_the_title():
    assert unique_slug("A Tale", ["a-tale", "a-tale-4"]) == "a-tale-5"


def test_unique_slug_refuses_an_empty_title(taken):
    with pytest.raises(ValueError):
        unique_slug("!!!", taken)


def test_unique_slug_leaves_taken_alone(taken):
    before = set(taken)
    unique_slug("Post", taken)
    assert taken == before

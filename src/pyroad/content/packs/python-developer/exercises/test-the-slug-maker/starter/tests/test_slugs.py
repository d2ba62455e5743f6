from slugs import slugify


def test_punctuation_and_spaces_become_one_hyphen():
    assert slugify("Hello, World!") == "hello-world"


# Add your tests here.

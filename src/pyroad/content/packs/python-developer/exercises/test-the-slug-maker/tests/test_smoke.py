from slugs import slugify, unique_slug


def test_the_code_under_test_imports_and_runs():
    assert slugify("Hi there") == "hi-there"
    assert unique_slug("Hi", set()) == "hi"

from solution import find_duplicates


def test_two_copies():
    files = [("a.txt", 10, "x"), ("b.txt", 10, "x"), ("c.txt", 10, "y")]
    assert find_duplicates(files) == [(10, ["a.txt", "b.txt"])]


def test_empty_files_are_ignored():
    assert find_duplicates([("a", 0, "e"), ("b", 0, "e")]) == []

from solution import PagedResults

PAGES = {1: (["A1", "A2"], True), 2: ([], True), 3: (["C1"], False)}


def test_every_item_in_order():
    asked = []

    def fetch_page(number):
        asked.append(number)
        return PAGES[number]

    results = PagedResults(fetch_page)
    assert asked == []
    assert list(results) == ["A1", "A2", "C1"]
    assert asked == [1, 2, 3]
    assert results.pages_fetched == 3


def test_pages_are_fetched_only_when_needed():
    asked = []

    def fetch_page(number):
        asked.append(number)
        return PAGES[number]

    results = PagedResults(fetch_page)
    assert next(results) == "A1"
    assert next(results) == "A2"
    assert asked == [1]

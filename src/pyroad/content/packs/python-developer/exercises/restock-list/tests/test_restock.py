from solution import restock_list

STOCK = {"paper": 12, "toner": 1, "stapler": 4, "pens": 0, "clips": 5, "tape": 4}


def test_example_from_the_statement():
    assert restock_list(STOCK) == [("pens", 20), ("toner", 19), ("stapler", 16), ("tape", 16)]


def test_nothing_to_order():
    assert restock_list({"paper": 30}) == []

import typing

from stock import describe, low_stock, parse_quantity, restock


def test_behaviour():
    assert parse_quantity(" 12 ") == 12
    assert restock({"tea": 4}, [("tea", 6), ("mug", 2)]) == {"tea": 10, "mug": 2}
    assert low_stock({"tea": 4, "mug": 5, "jam": 0}) == ["jam", "tea"]
    assert describe("tea", 4, "boxes") == "tea: 4 boxes"


def test_parse_quantity_is_annotated():
    assert typing.get_type_hints(parse_quantity) == {"text": str, "return": int | None}


def test_describe_is_annotated():
    hints = typing.get_type_hints(describe)
    assert hints["return"] is str

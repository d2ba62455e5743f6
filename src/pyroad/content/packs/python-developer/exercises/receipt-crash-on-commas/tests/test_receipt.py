from receipt import format_receipt, parse_line

ORDER = "# order 1042\nCoffee beans, 2, 7.50\nTea, green, 1, 3.20\nMug, 1, 9.99\n"


def test_a_plain_line():
    assert parse_line("Coffee beans, 2, 7.50") == ("Coffee beans", 2, 750)


def test_a_name_with_a_comma():
    assert parse_line("Tea, green, 1, 3.20") == ("Tea, green", 1, 320)


def test_the_receipt_from_the_bug_report():
    assert format_receipt(ORDER, coupon_percent=10) == (
        "Coffee beans x2: 15.00\nTea, green x1: 3.20\nMug x1: 9.99\ncoupon: -10%\nTOTAL: 25.38"
    )

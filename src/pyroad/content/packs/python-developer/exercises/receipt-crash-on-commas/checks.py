from pyroad.grading.checks import call

ORDER = "# order 1042\nCoffee beans, 2, 7.50\nTea, green, 1, 3.20\nMug, 1, 9.99\n"

CHECKS = [
    call("the bug report's receipt", "format_receipt", ORDER, coupon_percent=10, reveal=True),
    call("a name with a comma", "parse_line", "Tea, green, 1, 3.20", reveal=True),
    call("a name with several commas", "parse_line", "Rice, brown, long grain,3,1.05"),
    call("a plain line", "parse_line", "Coffee beans, 2, 7.50"),
    call("spaces around every field", "parse_line", "   Mug   ,  4 ,  9.99  "),
    call("a price that is not exact in binary", "parse_line", "Gum, 1, 0.29"),
    call("a unicode name with a comma", "parse_line", "Café, crème, 2, 4.10"),
    call("too few fields", "parse_line", "Mug, 9.99"),
    call("a quantity that is not a whole number", "parse_line", "Tea, green, 1.5, 3.20"),
    call(
        "comments and blank lines are skipped",
        "read_cart",
        "\n# header\n   # indented comment\nMug, 1, 9.99\n   \nTea, green, 3, 3.20\n",
    ),
    call("an empty cart", "read_cart", ""),
    call("a total without a coupon", "cart_total", ORDER),
    call("the coupon discount is rounded down", "cart_total", "A, 1, 0.99\nB, b, 2, 0.50", 15),
    call("a 100% coupon", "cart_total", ORDER, coupon_percent=100),
    call("an empty receipt", "format_receipt", ""),
    call("a receipt without a coupon", "format_receipt", "Tea, green, 3, 3.20\nMug, 1, 9.99"),
]


def generate(rng):
    words = ["Tea", "green", "Rice", "large", "Mug", "blue", "Oil", "olive", "Soap"]
    cases = []
    for n in range(1, 5):
        lines = []
        for _ in range(rng.randint(1, 6)):
            name = ", ".join(rng.sample(words, rng.randint(1, 3)))
            lines.append(f"{name}, {rng.randint(1, 9)}, {rng.randint(1, 2000) / 100:.2f}")
        cases.append(
            call(f"random cart #{n}", "format_receipt", "\n".join(lines), rng.randint(0, 50))
        )
    return cases

from pyroad.grading.checks import call, probe

EXAMPLE = [("Apples", 12, 0.5), ("Cr\u00e8me br\u00fbl\u00e9e", 2, 4.25), ("Espresso machine", 1, 1299)]


def invoice(label, lines, reveal=False):
    return call(label, "format_invoice", [tuple(line) for line in lines], reveal=reveal)


def lines_of(module, lines):
    """The table split into lines, so a difference shows which row is wrong."""
    return module.format_invoice([tuple(line) for line in lines]).split("\n")


CHECKS = [
    invoice("the statement's example", EXAMPLE, reveal=True),
    invoice("no lines at all", []),
    invoice("short names keep the TOTAL width", [("Tea", 3, 1.2)]),
    invoice("a six-letter name", [("Coffee", 1, 2.5)]),
    invoice("a name of exactly 20 characters", [("Stainless steel pan!", 1, 35)]),
    invoice("a name of 21 characters", [("Stainless steel pans!", 2, 35)]),
    invoice("a very long name", [("Extra large double-walled thermos flask", 1, 24.99), ("Cup", 4, 3)]),
    invoice("a free sample", [("Sample", 1, 0), ("Soap", 0, 2.5)]),
    invoice("thousands in the totals", [("Laptop", 3, 1499.99), ("Server", 1, 12500)]),
    invoice("a million", [("Warehouse rent", 12, 99999.5)]),
    invoice("prices that round", [("Pencil", 3, 0.35), ("Eraser", 7, 0.15)]),
    invoice("a negative quantity", [("Pen", 2, 1.0), ("Refund", -1, 5.0)]),
    invoice("a negative price", [("Coupon", 1, -0.01)]),
    probe("the example, line by line", lines_of, EXAMPLE),
    probe("an empty invoice, line by line", lines_of, []),
]


def generate(rng):
    names = ["Pen", "Notebook", "Desk lamp", "Caf\u00e9 cr\u00e8me", "Ergonomic office chair", "USB-C cable (2 m)"]
    cases = []
    for n in range(1, 4):
        lines = [
            (rng.choice(names), rng.randint(0, 40), rng.randint(0, 250000) / 100)
            for _ in range(rng.randint(1, 6))
        ]
        cases.append(invoice(f"random invoice #{n}", lines))
    return cases

from pyroad.grading.checks import call, probe


def constants(module):
    return [module.VAT_PERCENT, module.BULK_MIN_QUANTITY, module.BULK_DISCOUNT_PERCENT]


def no_markers(module):
    with open("invoice.py", encoding="utf-8") as handle:
        return [
            number
            for number, line in enumerate(handle, start=1)
            if line.startswith(("<<<<<<<", "=======", ">>>>>>>"))
        ]


CHECKS = [
    call("the statement's bulk line", "format_line", "Paper", 125050, 12, reveal=True),
    call("the statement's small line", "format_line", "Pen", 199, 3, reveal=True),
    call("quantity 0 is refused", "line_total", 199, 0, reveal=True),
    probe("no conflict markers are left", no_markers),
    probe("the constants are kept", constants),
    call("a negative quantity is refused", "line_total", 199, -3),
    call("a negative price is refused", "line_total", -1, 2),
    call("a free sample is fine", "line_total", 0, 1),
    call("9 items: no discount yet", "line_total", 1000, 9),
    call("10 items: discounted", "line_total", 1000, 10),
    call("the discount is rounded down to a cent", "line_total", 333, 11),
    call("a large order", "line_total", 99999, 250),
    call("a free sample in bulk", "format_line", "Sample", 0, 10),
    call("a line just below bulk", "format_line", "Crème brûlée", 123456, 9),
    call("invoice total with VAT", "invoice_total", [["Paper", 125050, 12], ["Pen", 199, 3]]),
    call("an empty invoice", "invoice_total", []),
    call("an invalid line in an invoice", "invoice_total", [["Pen", 199, 3], ["Pen", 199, 0]]),
]


def generate(rng):
    cases = []
    for n in range(1, 4):
        quantity = rng.choice([rng.randint(1, 30), 9, 10, 11])
        cases.append(call(f"random line #{n}", "format_line", "Item", rng.randint(0, 500000), quantity))
    return cases

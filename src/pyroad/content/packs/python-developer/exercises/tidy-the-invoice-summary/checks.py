from pyroad.grading.checks import call


def invoice(customer, amount, status):
    return {"customer": customer, "amount": amount, "status": status}


CHECKS = [
    call(
        "the statement's example",
        "summarize",
        [invoice("acme", 100, "paid"), invoice("acme", 50, "overdue")],
        reveal=True,
    ),
    call("no invoices", "summarize", []),
    call("an open invoice is billed, not paid", "summarize", [invoice("zed", 30, "open")]),
    call(
        "customers keep their first-seen order",
        "summarize",
        [invoice("zed", 1, "paid"), invoice("acme", 2, "open"), invoice("zed", 3, "overdue")],
    ),
    call("a zero amount is fine", "summarize", [invoice("acme", 0, "paid")]),
    call("a negative amount is refused", "summarize", [invoice("acme", -1, "paid")]),
    call("an unknown status is refused", "summarize", [invoice("acme", 5, "lost")]),
    call(
        "an error stops the whole summary",
        "summarize",
        [invoice("acme", 5, "paid"), invoice("acme", -5, "paid")],
    ),
    call(
        "two overdue invoices count two",
        "summarize",
        [invoice("acme", 10, "overdue"), invoice("acme", 20, "overdue")],
    ),
    call("float amounts", "summarize", [invoice("acme", 1.5, "paid"), invoice("acme", 2.25, "open")]),
]


def generate(rng):
    statuses = ["paid", "open", "overdue"]
    return [
        call(
            f"random invoices #{n}",
            "summarize",
            [
                invoice(rng.choice(["acme", "zed", "bolt"]), rng.randint(0, 500), rng.choice(statuses))
                for _ in range(rng.randint(3, 15))
            ],
        )
        for n in range(1, 5)
    ]

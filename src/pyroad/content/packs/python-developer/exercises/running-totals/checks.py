from pyroad.grading.checks import approx, call, probe


def leaves_input_alone(module, amounts):
    original = list(amounts)
    module.running_totals(amounts)
    return amounts == original


CHECKS = [
    call("the statement's example", "running_totals", [5, -2, 10], reveal=True),
    call("an opening balance", "running_totals", [5, -2, 10], start=100, reveal=True),
    call("no days at all", "running_totals", [], reveal=True),
    call("one day", "running_totals", [42]),
    call("money going out", "running_totals", [-5, -5, -5], start=20),
    call("float amounts", "running_totals", [0.1, 0.2, 0.3], compare=approx(1e-9)),
    probe("the input list is not changed", leaves_input_alone, [3, 4, 5]),
]


def generate(rng):
    return [
        call(
            f"random days #{n}",
            "running_totals",
            [rng.randint(-500, 500) for _ in range(rng.randint(2, 30))],
            start=rng.randint(-100, 100),
        )
        for n in range(1, 4)
    ]

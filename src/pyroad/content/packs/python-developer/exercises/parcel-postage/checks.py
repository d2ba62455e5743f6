from pyroad.grading.checks import call

CHECKS = [
    call("the statement's example", "postage", 1200, "europe", reveal=True),
    call("the statement's express example", "postage", 300, "domestic", express=True, reveal=True),
    call("the lightest parcel", "postage", 1, "domestic"),
    call("exactly 500 g", "postage", 500, "domestic"),
    call("just over 500 g", "postage", 501, "domestic"),
    call("exactly 2 kg", "postage", 2000, "world"),
    call("just over 2 kg", "postage", 2001, "world"),
    call("exactly 10 kg", "postage", 10000, "europe"),
    call("just over 10 kg", "postage", 10001, "europe"),
    call("exactly 20 kg", "postage", 20000, "domestic"),
    call("express to Europe", "postage", 20000, "europe", express=True),
    call("express given as a positional argument", "postage", 9000, "domestic", True),
    call("over 20 kg", "postage", 20001, "domestic"),
    call("weight zero", "postage", 0, "europe"),
    call("an unknown zone", "postage", 800, "mars"),
    call("zone names are exact", "postage", 800, "Europe"),
    call("express worldwide", "postage", 800, "world", express=True),
]


def generate(rng):
    return [
        call(f"random parcel #{n}", "postage", rng.randint(1, 20000),
             rng.choice(["domestic", "europe", "world"]), express=rng.random() < 0.3)
        for n in range(1, 4)
    ]

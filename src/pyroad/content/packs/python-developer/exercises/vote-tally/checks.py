from pyroad.grading.checks import run

EXAMPLE = "Pizza\nsushi\n\npizza\nTacos \n  PIZZA\ntacos\nsushi\n"


def ballots(*names):
    return "".join(name + "\n" for name in names)


CHECKS = [
    run("the statement's example", stdin=EXAMPLE, reveal=True),
    run("the statement's example, top 2", args=["--top", "2"], stdin=EXAMPLE, reveal=True),
    run("no ballots", stdin=""),
    run("only blank ballots", stdin="\n  \n\t\n"),
    run("one ballot", stdin="Green party"),
    run("spaces inside a name are tidied", stdin=ballots("ice  cream", " Ice Cream", "ice\tcream")),
    run("a tie is broken by name", stdin=ballots("b", "c", "a", "c", "a", "b")),
    run("the count comes before the name", stdin=ballots("zebra", "zebra", "ant")),
    run("unicode names", stdin=ballots("Crème brûlée", "CRÈME BRÛLÉE", "éclair", "Ölfass")),
    run("top 1", args=["--top", "1"], stdin=ballots("x", "y", "y")),
    run("top larger than the number of options", args=["--top", "10"], stdin=ballots("x", "y")),
    run("top 0 is not allowed", args=["--top", "0"], stdin=ballots("x")),
    run("top without a number", args=["--top"], stdin=ballots("x")),
    run("top with a word", args=["--top", "three"], stdin=ballots("x")),
    run("top with a negative number", args=["--top", "-1"], stdin=ballots("x")),
    run("an unknown option", args=["--all"], stdin=ballots("x")),
    run("too many arguments", args=["--top", "1", "2"], stdin=ballots("x")),
]


def generate(rng):
    options = ["Pizza", "pizza", "sushi", "Sushi ", "tacos", "pad thai", "Pad  Thai", "", " "]
    cases = []
    for n in range(1, 4):
        args = rng.choice([[], ["--top", str(rng.randint(1, 4))]])
        names = [rng.choice(options) for _ in range(rng.randint(5, 40))]
        cases.append(run(f"random election #{n}", args=args, stdin=ballots(*names)))
    return cases

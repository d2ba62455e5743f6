from pyroad.grading.checks import run

EXAMPLE = """\
# March
2024-03-01 9120
2024-03-02 10500
2024-03-03 12011

2024-03-04 10000
2024-03-05 4300
2024-03-06 15000
2024-03-07 800
"""


def days(*steps, start=1):
    return "".join(f"2024-05-{day:02d} {count}\n" for day, count in enumerate(steps, start=start))


CHECKS = [
    run("the statement's example", args=["10000"], stdin=EXAMPLE, reveal=True),
    run("no days at all", args=["10000"], stdin=""),
    run("only comments and blank lines", args=["10000"], stdin="# nothing yet\n\n   \n"),
    run("the goal is never met", args=["5000"], stdin=days(4999, 0, 1200)),
    run("one single good day", args=["5000"], stdin=days(100, 6000, 100)),
    run("two equally long streaks: the first one counts", args=["100"],
        stdin=days(100, 200, 5, 300, 400, 5)),
    run("a longer streak later on", args=["100"], stdin=days(100, 1, 100, 100, 100, 1, 100)),
    run("the longest streak runs to the last day", args=["7"], stdin=days(7, 0, 8, 9, 10)),
    run("a goal of 1", args=["1"], stdin=days(0, 1, 0)),
    run("spaces, tabs and a comment between days", args=["10"],
        stdin="  2024-06-01\t12 \n# rest day below\n2024-06-02 3\n\t\n2024-06-03   99\n"),
    run("a day without a step count", args=["10"], stdin="d1 10\nd2\nd3 30\n"),
    run("a step count that is not a number", args=["10"], stdin="d1 10\nd2 12k\n"),
    run("a negative step count", args=["10"], stdin="d1 -10\n"),
    run("too many fields", args=["10"], stdin="d1 10 steps\n"),
    run("no goal given", stdin="d1 10\n"),
    run("a goal of zero", args=["0"], stdin="d1 10\n"),
    run("a goal that is not a number", args=["lots"], stdin="d1 10\n"),
]


def generate(rng):
    cases = []
    for n in range(1, 4):
        counts = [rng.choice([rng.randint(0, 9999), rng.randint(10000, 20000)])
                  for _ in range(rng.randint(5, 25))]
        cases.append(run(f"random month #{n}", args=["10000"], stdin=days(*counts)))
    return cases

from pyroad.grading.checks import run

EXAMPLE = """\
# a short trip
forward 3
right
forward 12   # hits the east wall
left
back 2
"""


def script(*lines):
    return "".join(line + "\n" for line in lines)


CHECKS = [
    run("the statement's example", stdin=EXAMPLE, reveal=True),
    run("an empty script", stdin=""),
    run("turning left all the way round", stdin=script("left", "left", "left", "left", "left")),
    run("turning right all the way round",
        stdin=script("right", "right", "right", "forward 1", "right", "right", "forward 2")),
    run("facing each way", stdin=script("right", "forward 2", "right", "forward 5",
                                        "right", "forward 1")),
    run("reaching a wall exactly is not a bump", stdin=script("forward 10", "right", "back 10")),
    run("pushing into the north wall", stdin=script("forward 11")),
    run("pushing into the south-west corner",
        stdin=script("back 10", "back 1", "left", "forward 10", "forward 1")),
    run("pushing along the east wall", stdin=script("goto 10 -3", "right", "forward 1")),
    run("goto the far corners", stdin=script("goto -10 10", "goto 10 -10")),
    run("stop ignores everything after it",
        stdin=script("forward 2", "stop", "forward 5", "jump around")),
    run("a command with a trailing comment and extra spaces",
        stdin="   right   # turn\n\tforward\t4 #go\n"),
    run("an unknown command", stdin=script("forward 1", "", "jump 3")),
    run("a negative distance", stdin=script("forward -3")),
    run("a distance that is not a number", stdin=script("# setup", "back two")),
    run("goto outside the floor", stdin=script("goto 3 11")),
    run("goto just outside the floor", stdin=script("goto -11 0")),
]


def generate(rng):
    cases = []
    for n in range(1, 4):
        lines = []
        for _ in range(rng.randint(5, 20)):
            kind = rng.choice(["forward", "back", "left", "right", "goto"])
            if kind in ("forward", "back"):
                lines.append(f"{kind} {rng.randint(0, 15)}")
            elif kind == "goto":
                lines.append(f"goto {rng.randint(-10, 10)} {rng.randint(-10, 10)}")
            else:
                lines.append(kind)
        cases.append(run(f"random route #{n}", stdin=script(*lines)))
    return cases

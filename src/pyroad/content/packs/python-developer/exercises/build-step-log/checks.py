import inspect

from pyroad.grading.checks import probe


class Oops(Exception):
    pass


def run_plan(module, plan):
    """Run a plan of nested steps and return the events, plus how the outermost block ended.

    A plan is a list of actions: ["step", name, subplan], ["note", text], ["skip", reason],
    ["skip-subclass", reason], ["fail", exception class name].
    """
    events = []
    errors = {"ValueError": ValueError, "KeyError": KeyError, "Oops": Oops}

    class Later(module.SkipStep):
        pass

    def perform(actions):
        for action in actions:
            if action[0] == "step":
                with module.step(events, action[1]):
                    perform(action[2])
            elif action[0] == "note":
                events.append(action[1])
            elif action[0] == "skip":
                raise module.SkipStep(action[1])
            elif action[0] == "skip-subclass":
                raise Later(action[1])
            else:
                raise errors[action[1]]("failed")

    try:
        perform(plan)
    except Exception as exc:
        events.append(f"escaped {type(exc).__name__}")
    return events


def same_exception_object(module):
    events = []
    original = Oops("the original")
    try:
        with module.step(events, "deploy"):
            raise original
    except Exception as exc:
        events.append(f"same object: {exc is original}")
    return events


def built_with_contextmanager(module):
    wrapped = getattr(module.step, "__wrapped__", None)
    return [
        f"generator function: {wrapped is not None and inspect.isgeneratorfunction(wrapped)}",
        f"SkipStep is an Exception: {issubclass(module.SkipStep, Exception)}",
    ]


def yields_nothing(module):
    events = []
    with module.step(events, "x") as value:
        events.append(f"as value: {value!r}")
    return events


STEP = "step"

CHECKS = [
    probe(
        "the statement's example",
        run_plan,
        [
            [STEP, "lint", [["note", "checking 12 files"]]],
            [STEP, "docs", [["skip", "no changes"]]],
            [STEP, "test", [["fail", "ValueError"]]],
        ],
        reveal=True,
    ),
    probe("a step with nothing inside", run_plan, [[STEP, "empty", []]]),
    probe("a skip without a reason", run_plan, [[STEP, "docs", [["skip", ""]]]]),
    probe(
        "a skip stops the rest of the step",
        run_plan,
        [[STEP, "docs", [["note", "before"], ["skip", "up to date"], ["note", "never"]]]],
    ),
    probe(
        "a subclass of SkipStep also skips",
        run_plan,
        [[STEP, "publish", [["skip-subclass", "not on main"]]], ["note", "carried on"]],
    ),
    probe("a KeyError aborts", run_plan, [[STEP, "config", [["fail", "KeyError"]]]]),
    probe(
        "a failure stops the following steps",
        run_plan,
        [[STEP, "a", [["fail", "Oops"]]], [STEP, "b", [["note", "never"]]]],
    ),
    probe(
        "nested steps that all work",
        run_plan,
        [[STEP, "build", [[STEP, "compile", [["note", "cc"]]], [STEP, "link", []]]]],
    ),
    probe(
        "a failure inside nested steps aborts both",
        run_plan,
        [[STEP, "build", [[STEP, "compile", [["fail", "ValueError"]]], ["note", "never"]]]],
    ),
    probe(
        "a skip inside nested steps stays inside",
        run_plan,
        [[STEP, "build", [[STEP, "docs", [["skip", "none"]]], ["note", "next"]]]],
    ),
    probe(
        "unicode step names",
        run_plan,
        [[STEP, "übersetzen ✓", [["skip", "déjà fait"]]], [STEP, "", []]],
    ),
    probe("the very same exception reaches the caller", same_exception_object),
    probe("step is a contextmanager generator", built_with_contextmanager),
    probe("the as target is None", yields_nothing),
]


def _random_plan(rng, depth):
    actions = []
    for _ in range(rng.randint(1, 3)):
        roll = rng.random()
        if roll < 0.4 and depth < 3:
            actions.append([STEP, f"s{rng.randint(1, 99)}", _random_plan(rng, depth + 1)])
        elif roll < 0.7:
            actions.append(["note", f"n{rng.randint(1, 99)}"])
        elif roll < 0.85:
            actions.append(["skip", rng.choice(["", "r1", "r2"])])
        else:
            actions.append(["fail", rng.choice(["ValueError", "KeyError", "Oops"])])
    return actions


def generate(rng):
    return [
        probe(f"random build #{n}", run_plan, [[STEP, "all", _random_plan(rng, 1)]])
        for n in range(1, 5)
    ]

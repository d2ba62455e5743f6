from pyroad.grading.checks import probe


def show(settings):
    return " ".join(f"{key}={settings[key]!r}" for key in sorted(settings))


def one_block(module, settings, changes):
    events = [f"start {show(settings)}"]
    manager = module.Overrides(settings, **changes)
    events.append(f"created {show(settings)}")
    with manager as current:
        events.append(f"inside {show(settings)} same={current is settings}")
    events.append(f"after {show(settings)}")
    return events


def raising_block(module, settings, changes):
    events = []
    try:
        with module.Overrides(settings, **changes):
            events.append(f"inside {show(settings)}")
            raise KeyError("boom")
    except KeyError:
        events.append("caught KeyError")
    events.append(f"after {show(settings)}")
    return events


def block_that_edits(module, settings, changes, edits, deletes):
    events = []
    with module.Overrides(settings, **changes):
        settings.update(edits)
        for key in deletes:
            del settings[key]
        events.append(f"inside {show(settings)}")
    events.append(f"after {show(settings)}")
    return events


def nested_blocks(module, settings, outer, inner):
    events = []
    with module.Overrides(settings, **outer):
        events.append(f"outer {show(settings)}")
        with module.Overrides(settings, **inner):
            events.append(f"inner {show(settings)}")
        events.append(f"outer again {show(settings)}")
    events.append(f"after {show(settings)}")
    return events


def exit_result(module, settings, changes):
    manager = module.Overrides(settings, **changes)
    manager.__enter__()
    swallowed = manager.__exit__(ValueError, ValueError("x"), None)
    return [f"__exit__ returned truthy={bool(swallowed)}", f"after {show(settings)}"]


CHECKS = [
    probe(
        "the statement's example",
        one_block,
        {"MODE": "prod", "DEBUG": "0"},
        {"DEBUG": "1", "CACHE": "/tmp/c"},
        reveal=True,
    ),
    probe("None removes a key for the block", one_block, {"MODE": "prod", "X": "1"}, {"MODE": None}),
    probe("None for a key that is not there", one_block, {"X": "1"}, {"GONE": None}),
    probe("no overrides at all", one_block, {"X": "1"}, {}),
    probe("an empty settings dictionary", one_block, {}, {"A": "1", "B": "2"}),
    probe("a key that held None comes back as None", one_block, {"A": None}, {"A": "x"}),
    probe(
        "a key that held None, removed for the block",
        one_block,
        {"A": None, "B": "b"},
        {"A": None, "B": None},
    ),
    probe("unicode keys and values", one_block, {"ÉTAT": "prêt"}, {"ÉTAT": "fini ✓", "名前": "値"}),
    probe("an exception restores and propagates", raising_block, {"A": "1"}, {"A": "2", "B": "3"}),
    probe("an exception with a removed key", raising_block, {"A": "1"}, {"A": None}),
    probe(
        "the block deletes an added key",
        block_that_edits,
        {"A": "1"},
        {"NEW": "n"},
        {},
        ["NEW"],
    ),
    probe(
        "the block deletes and changes overridden keys",
        block_that_edits,
        {"A": "1", "B": "2"},
        {"A": "9", "B": "8"},
        {"B": "changed", "OTHER": "kept"},
        ["A"],
    ),
    probe(
        "the block re-adds a key that was removed for it",
        block_that_edits,
        {"A": "1"},
        {"A": None, "B": None},
        {"A": "again", "B": "new"},
        [],
    ),
    probe(
        "nested blocks on the same keys",
        nested_blocks,
        {"A": "1"},
        {"A": "2", "B": "x"},
        {"A": None, "B": "y"},
    ),
    probe("__exit__ does not swallow exceptions", exit_result, {"A": "1"}, {"A": "2"}),
]


def generate(rng):
    cases = []
    for n in range(1, 5):
        keys = rng.sample("ABCDEFGH", 6)
        settings = {key: str(rng.randint(0, 9)) for key in keys[:3]}
        changes = {key: rng.choice([None, str(rng.randint(10, 99))]) for key in keys[1:5]}
        cases.append(probe(f"random overrides #{n}", one_block, settings, changes))
    return cases

from pyroad.grading.checks import probe


class BadRow(ValueError):
    pass


ERRORS = {
    "value": ValueError,
    "badrow": BadRow,
    "key": KeyError,
    "type": TypeError,
    "lookup": LookupError,
}


def describe(exc):
    text = f"{type(exc).__name__}: {exc}"
    cause = exc.__cause__
    if cause is not None:
        text += f" (caused by {type(cause).__name__}: {cause})"
    return text


def import_rows(module, rows, limit, catch=None):
    """rows: "ok" or "<error kind>:<message>"; catch: None (the default), a kind or a list of kinds."""
    events = []
    if catch is None:
        budget_args = [limit]
    elif isinstance(catch, str):
        budget_args = [limit, ERRORS[catch]]
    else:
        budget_args = [limit, tuple(ERRORS[kind] for kind in catch)]
    try:
        budget = module.ErrorBudget(*budget_args)
    except Exception as exc:
        return [f"creating the budget raised {type(exc).__name__}"]
    try:
        for number, row in enumerate(rows, start=1):
            with budget as given:
                events.append(f"row {number}, as target is the budget: {given is budget}")
                if row != "ok":
                    kind, message = row.split(":", 1)
                    raise ERRORS[kind](message)
            events.append(f"row {number} done, errors so far {list(budget.errors)}")
    except Exception as exc:
        events.append(f"stopped: {describe(exc)}")
    events.append(f"final errors {list(budget.errors)}")
    return events


def exit_protocol(module, limit):
    budget = module.ErrorBudget(limit)
    budget.__enter__()
    normal = budget.__exit__(None, None, None)
    error = ValueError("x")
    caught = budget.__exit__(ValueError, error, None)
    return [f"normal exit truthy: {bool(normal)}", f"caught exit truthy: {bool(caught)}"]


CHECKS = [
    probe(
        "the statement's example",
        import_rows,
        ["ok", "value:invalid literal", "value:bad date"],
        1,
        reveal=True,
    ),
    probe("no rows", import_rows, [], 3),
    probe("only good rows", import_rows, ["ok", "ok", "ok"], 0),
    probe("limit 0 stops at the first bad row", import_rows, ["ok", "value:no", "ok"], 0),
    probe(
        "exactly at the limit the import goes on",
        import_rows,
        ["value:a", "ok", "value:b", "ok"],
        2,
    ),
    probe(
        "one over the limit stops",
        import_rows,
        ["value:a", "value:b", "value:c", "ok"],
        2,
    ),
    probe("a negative limit is refused", import_rows, ["ok"], -1),
    probe("other exceptions go through at once", import_rows, ["value:a", "key:email", "ok"], 5),
    probe("subclasses of a caught type are caught", import_rows, ["badrow:short", "ok"], 1),
    probe(
        "a custom single catch class",
        import_rows,
        ["key:k1", "value:v1", "ok"],
        3,
        "lookup",
    ),
    probe(
        "a tuple of catch classes",
        import_rows,
        ["key:k1", "type:t1", "value:v1", "lookup:l1"],
        2,
        ["key", "type"],
    ),
    probe("unicode messages", import_rows, ["value:données ✗", "value:名前"], 1),
    probe("the __exit__ protocol", exit_protocol, 1),
    probe("the __exit__ protocol with limit 0", exit_protocol, 0),
]


def generate(rng):
    cases = []
    for n in range(1, 5):
        rows = [
            rng.choice(["ok", "ok", f"value:v{i}", f"badrow:b{i}", f"type:t{i}"])
            for i in range(rng.randint(4, 12))
        ]
        limit = rng.randint(0, 4)
        cases.append(probe(f"random import #{n}", import_rows, rows, limit, ["value", "type"]))
    return cases

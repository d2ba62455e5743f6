from pyroad.grading.checks import probe

ERRORS = {
    "ConnectionError": ConnectionError,
    "ConnectionResetError": ConnectionResetError,
    "TimeoutError": TimeoutError,
    "KeyError": KeyError,
    "ValueError": ValueError,
    "PermissionError": PermissionError,
}


def scenario(module, script, options=None, retry_on=None):
    """Drive with_retries with a script of attempts and report everything that happened.

    Each step of ``script`` is ``["connect", error]`` (connect() raises), ``["query", error]``
    (query() raises) or ``["ok", value]`` (query() returns value); an error is ``[name, message]``.
    """
    steps = iter(script)
    events = []

    class Connection:
        def __init__(self, number):
            self.number = number

        def close(self):
            events.append(f"close {self.number}")

    state = {"opened": 0}
    raised = []

    def fail(name, message):
        error = ERRORS[name](message)
        raised.append(error)
        raise error

    def connect():
        state["opened"] += 1
        events.append("connect")
        state["step"] = next(steps)
        if state["step"][0] == "connect":
            fail(*state["step"][1])
        return Connection(state["opened"])

    def query(connection):
        events.append(f"query {connection.number}")
        kind, value = state["step"]
        if kind == "query":
            fail(*value)
        return value

    def on_failure(number, error):
        events.append(f"failure {number}: {type(error).__name__} {error}")

    kwargs = dict(options or {})
    if kwargs.pop("log", True):
        kwargs["on_failure"] = on_failure
    if retry_on is not None:
        kwargs["retry_on"] = tuple(ERRORS[name] for name in retry_on)
    try:
        outcome = {"returned": module.with_retries(connect, query, **kwargs)}
    except Exception as error:
        cause = error.__cause__
        outcome = {
            "raised": type(error).__name__,
            "message": str(error) if isinstance(error, module.RetriesExhausted) else None,
            "the very error raised by the script": any(error is item for item in raised),
            "attempts": getattr(error, "attempts", "(none)"),
            "cause": None if cause is None else [type(cause).__name__, str(cause), any(cause is item for item in raised)],
        }
    return [outcome, events]


def exhausted_class(module):
    return [module.RetriesExhausted.__bases__ == (Exception,), module.RetriesExhausted(4).attempts]


CONN = ["query", ["ConnectionError", "reset"]]
SLOW = ["query", ["TimeoutError", "slow"]]

CHECKS = [
    probe("success on the first attempt", scenario, [["ok", "42 rows"]]),
    probe("the statement's example", scenario, [CONN, SLOW, ["ok", "42 rows"]], reveal=True),
    probe("giving up after two attempts", scenario, [CONN, SLOW, ["ok", "42 rows"]], {"attempts": 2}, reveal=True),
    probe("giving up after the default three attempts", scenario, [CONN, SLOW, ["query", ["ConnectionError", "third"]]]),
    probe("success on the last allowed attempt", scenario, [CONN, CONN, SLOW, ["ok", 7]], {"attempts": 4}),
    probe("a single attempt that fails", scenario, [SLOW], {"attempts": 1}),
    probe("connect() fails, then works", scenario, [["connect", ["ConnectionError", "refused"]], ["ok", "done"]]),
    probe("an error that is not retried", scenario, [["query", ["KeyError", "bug"]], ["ok", 1]]),
    probe("a subclass of ConnectionError is retried", scenario, [["query", ["ConnectionResetError", "rst"]], ["ok", 2]]),
    probe("a query that returns None", scenario, [["ok", None], ["ok", 1]]),
    probe("no on_failure given", scenario, [CONN, ["ok", 3]], {"log": False}),
    probe("no on_failure given, all fail", scenario, [CONN, CONN], {"attempts": 2, "log": False}),
    probe("a custom retry_on", scenario, [["query", ["ValueError", "flaky"]], CONN], None, ["ValueError"]),
    probe("zero attempts", scenario, [["ok", 1]], {"attempts": 0}),
    probe("negative attempts", scenario, [["ok", 1]], {"attempts": -3}),
    probe("attempts as text", scenario, [["ok", 1]], {"attempts": "3"}),
    probe("attempts as a bool", scenario, [["ok", 1]], {"attempts": True}),
    probe("the RetriesExhausted class", exhausted_class),
]


def generate(rng):
    cases = []
    failures = [CONN, SLOW, ["connect", ["TimeoutError", "no route"]], ["query", ["PermissionError", "denied"]]]
    for n in range(1, 3):
        script = [rng.choice(failures[:3]) for _ in range(rng.randint(0, 5))]
        script.append(rng.choice([["ok", rng.randint(0, 99)], failures[3]]))
        cases.append(probe(f"random run #{n}", scenario, script, {"attempts": rng.randint(1, 5)}))
    return cases

import ast
from datetime import datetime, timedelta

from pyroad.grading.checks import probe


def _attempt(action):
    try:
        return action()
    except Exception as exc:  # the kind of error is what is observed
        return {"error": type(exc).__name__}


def session(module, start, steps):
    """Drive a service with a fake clock and a fake sender.

    Steps: ["add", email, what, "2024-05-01T09:00"], ["tick", minutes], ["send"], ["cancel", id],
    ["snooze", id, minutes], ["pending"]. Addresses starting with "down" always fail to send;
    those starting with "flaky" fail the first time only.
    """
    clock = {"now": datetime.fromisoformat(start), "reads": 0}
    outbox, failed = [], set()

    def now():
        clock["reads"] += 1
        return clock["now"]

    def send(to, subject, body):
        if to.startswith("down") or (to.startswith("flaky") and to not in failed):
            failed.add(to)
            raise ConnectionError("the mail server is not answering")
        outbox.append([to, subject, body])

    service = module.ReminderService(now, send)
    seen = []
    for name, *args in steps:
        if name == "add":
            due = datetime.fromisoformat(args[2])
            seen.append(_attempt(lambda: service.add(args[0], args[1], due)))
        elif name == "tick":
            clock["now"] += timedelta(minutes=args[0])
        elif name == "send":
            seen.append(_attempt(service.send_due))
        else:
            seen.append(_attempt(lambda: getattr(service, name)(*args)))
    return {"results": seen, "outbox": outbox, "pending": service.pending(),
            "clock used": clock["reads"] > 0}


def real_world_access(module):
    """What in reminders.py reaches for the real clock or the mail server."""
    with open("reminders.py", encoding="utf-8") as handle:
        tree = ast.parse(handle.read())
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module.split(".")[0])
        elif isinstance(node, ast.Attribute):
            found.add(node.attr + "()")
    return sorted(found & {"smtplib", "time", "now()", "today()", "utcnow()"})


def services_are_separate(module):
    a = module.ReminderService(lambda: datetime(2024, 1, 1), lambda *args: None)
    b = module.ReminderService(lambda: datetime(2030, 1, 1), lambda *args: None)
    first = [a.add("a@x", "A", datetime(2025, 1, 1)), b.add("b@x", "B", datetime(2025, 1, 1))]
    return [first, a.send_due(), b.send_due(), a.pending(), b.pending()]


T = "2024-05-01T"
EXAMPLE = [["add", "ada@example.com", "Stand-up", T + "09:00"],
           ["add", "bo@example.com", "Lunch", T + "12:30"], ["send"], ["pending"]]

CHECKS = [
    probe("the statement's example", session, T + "09:00", EXAMPLE, reveal=True),
    probe("no real clock and no mail server", real_world_access),
    probe("nothing to send", session, T + "09:00", [["send"], ["pending"]]),
    probe("due one minute later", session, T + "09:00",
          [["add", "a@x", "A", T + "09:01"], ["send"], ["tick", 1], ["send"], ["send"]]),
    probe("order by due time, then id", session, T + "10:00",
          [["add", "c@x", "C", T + "09:30"], ["add", "a@x", "A", T + "08:00"],
           ["add", "b@x", "B", T + "09:30"], ["add", "d@x", "D", T + "11:00"], ["pending"],
           ["send"], ["pending"]]),
    probe("bad addresses", session, T + "09:00",
          [["add", "nobody", "X", T + "09:00"], ["add", "", "X", T + "09:00"],
           ["add", "a@x", "A", T + "09:00"], ["pending"]]),
    probe("cancelling", session, T + "09:00",
          [["add", "a@x", "A", T + "08:00"], ["add", "b@x", "B", T + "08:00"], ["cancel", 1],
           ["cancel", 1], ["cancel", 7], ["send"], ["cancel", 2]]),
    probe("snoozing", session, T + "09:00",
          [["add", "a@x", "A", T + "08:00"], ["add", "b@x", "B", T + "08:30"], ["snooze", 1, 10],
           ["send"], ["tick", 9], ["send"], ["tick", 1], ["send"], ["snooze", 1, 5]]),
    probe("snoozing by too little", session, T + "09:00",
          [["add", "a@x", "A", T + "08:00"], ["snooze", 1, 0], ["snooze", 1, -5],
           ["snooze", 1, 1], ["snooze", 3, 5], ["pending"]]),
    probe("a failing delivery stays pending", session, T + "09:00",
          [["add", "a@x", "A", T + "07:00"], ["add", "down@x", "D", T + "07:30"],
           ["add", "flaky@x", "F", T + "08:00"], ["add", "b@x", "B", T + "08:30"], ["send"],
           ["pending"], ["send"], ["pending"], ["send"]]),
    probe("ids keep counting after a cancel", session, T + "09:00",
          [["add", "a@x", "A", T + "10:00"], ["cancel", 1], ["add", "b@x", "B", T + "10:00"],
           ["add", "c@x", "C", T + "10:00"]]),
    probe("body with unicode and midnight", session, "2024-12-31T23:59",
          [["add", "zoë@exämple.org", "Nytår 🎆", "2024-12-31T00:00"], ["send"]]),
    probe("two services are separate", services_are_separate),
]


def generate(rng):
    cases = []
    for n in range(1, 5):
        steps = []
        for _ in range(rng.randint(8, 14)):
            roll = rng.random()
            if roll < 0.45:
                who = rng.choice(["a@x", "b@x", "down@x", "flaky@x"])
                due = f"{T}{rng.randint(8, 10):02d}:{rng.choice([0, 15, 30, 45]):02d}"
                steps.append(["add", who, f"task {len(steps)}", due])
            elif roll < 0.6:
                steps.append(["tick", rng.randint(1, 50)])
            elif roll < 0.8:
                steps.append(["send"])
            elif roll < 0.9:
                steps.append(["cancel", rng.randint(1, 4)])
            else:
                steps.append(["snooze", rng.randint(1, 4), rng.randint(0, 30)])
        cases.append(probe(f"random day #{n}", session, T + "09:00", [*steps, ["pending"]]))
    return cases

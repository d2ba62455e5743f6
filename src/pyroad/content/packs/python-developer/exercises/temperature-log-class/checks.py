from pyroad.grading.checks import approx, probe

EXAMPLE = "# morning\n6 -1.5\n7 0.5\n\n8 2.0\n9 1.0\n"


def _attempt(action):
    try:
        return action()
    except Exception as exc:  # the kind of error is what is observed
        return {"error": type(exc).__name__}


def _questions(log, threshold):
    return {
        "len": len(log),
        "readings": list(log),
        "latest": log.latest,
        "highest": _attempt(log.highest),
        "lowest": _attempt(log.lowest),
        "average": log.average(),
        "streak": log.longest_streak_above(threshold),
    }


def recorded(module, readings, threshold=0):
    """Record [hour, celsius] readings one by one; observe each outcome and the answers."""
    log = module.TemperatureLog("Bergen")
    outcomes = [_attempt(lambda: log.record(hour, celsius)) for hour, celsius in readings]
    return {"outcomes": outcomes, **_questions(log, threshold)}


def parsed(module, text, threshold=0):
    log = _attempt(lambda: module.TemperatureLog.from_text("Oslo", text))
    if isinstance(log, dict):
        return log
    return {"station": log.station, **_questions(log, threshold)}


def averages(module, readings, ranges):
    log = module.TemperatureLog("Tromsø")
    for hour, celsius in readings:
        log.record(hour, celsius)
    return [log.average(*bounds) for bounds in ranges] + [log.average(end=5), log.average(start=5)]


def streaks(module, temperatures, thresholds):
    log = module.TemperatureLog("Bodø")
    for hour, celsius in enumerate(temperatures):
        log.record(hour, celsius)
    return [log.longest_streak_above(t) for t in thresholds]


def class_level(module, temperatures):
    cls = module.TemperatureLog
    sub = type("StationLog", (cls,), {})
    made = sub.from_text("Kiruna", "1 5\n2 6\n")
    return {
        "zero": cls.ABSOLUTE_ZERO,
        "fahrenheit": [cls.to_fahrenheit(t) for t in temperatures],
        "subclass": type(made).__name__,
        "through an instance": made.to_fahrenheit(100),
    }


def equality(module):
    cls = module.TemperatureLog
    a = cls.from_text("Oslo", "1 5\n2 6\n")
    b = cls.from_text("Oslo", "1 5\n2 6\n")
    c = cls.from_text("Bergen", "1 5\n2 6\n")
    d = cls.from_text("Oslo", "1 5\n2 7\n")
    e = cls.from_text("Oslo", "1 5\n")
    return [a == b, a == c, a == d, a == e, a != b, a == "Oslo", cls("x") == cls("x")]


def logs_are_separate(module):
    a, b = module.TemperatureLog("A"), module.TemperatureLog("B")
    a.record(1, 10.0)
    return [len(a), len(b), b.latest]


CHECKS = [
    probe("the statement's example", parsed, EXAMPLE, 0, compare=approx(1e-9), reveal=True),
    probe("the statement's average", averages,
          [[6, -1.5], [7, 0.5], [8, 2.0], [9, 1.0]], [[7, None]], compare=approx(1e-9)),
    probe("an empty log", recorded, []),
    probe("time order and bad values", recorded,
          [[0, 4.0], [0, 5.0], [3, 6.0], [2, 7.0], [3, 1.0], [4, -273.15], [5, -273.16],
           [-1, 3.0], [6, 8.5]], compare=approx(1e-9)),
    probe("a negative first hour", recorded, [[-1, 3.0], [0, 3.0]]),
    probe("ties go to the earliest", recorded,
          [[1, 3.0], [2, -2.0], [3, 3.0], [4, -2.0], [5, 1.0]], compare=approx(1e-9)),
    probe("average over ranges", averages,
          [[0, 10.0], [2, 20.0], [5, 30.0], [7, 41.0]],
          [[0, 2], [0, 3], [2, 5], [2, 6], [5, 7], [8, 99], [None, None]],
          compare=approx(1e-9)),
    probe("streaks above thresholds", streaks,
          [5, 6, 7, 2, 8, 9, 10, 11, 0, 7], [0, 5, 7, 8, 11, -1]),
    probe("no streak at all", streaks, [], [0]),
    probe("comments, blank lines and spaces", parsed,
          "  # header\n\n   \n 0 1.5 \n1\t-2\n# 2 99\n3 4e1\n", 1.0, compare=approx(1e-9)),
    probe("a line with three fields", parsed, "1 2.0\n2 3.0 extra\n"),
    probe("a line with a decimal hour", parsed, "1.5 2.0\n"),
    probe("a line out of time order", parsed, "5 1\n4 2\n"),
    probe("class attribute, static method and subclasses", class_level,
          [-40, 0, 100, 36.6], compare=approx(1e-9)),
    probe("equality", equality),
    probe("two logs are separate", logs_are_separate),
]


def generate(rng):
    cases = []
    for n in range(1, 5):
        hour, readings = 0, []
        for _ in range(rng.randint(6, 15)):
            hour += rng.choice([1, 1, 2, 0])
            readings.append([hour, round(rng.uniform(-10, 10), 1)])
        cases.append(probe(f"random readings #{n}", recorded, readings, rng.randint(-3, 3),
                           compare=approx(1e-9)))
    return cases

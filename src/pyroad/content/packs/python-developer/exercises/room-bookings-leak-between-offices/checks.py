from pyroad.grading.checks import probe


def _attempt(action):
    try:
        return action()
    except Exception as exc:  # the kind of error is what is observed
        return {"error": type(exc).__name__}


def _booking(made):
    if isinstance(made, dict):
        return made
    return [made.room, made.who, made.start, made.end]


def _rooms(module):
    room = module.Room
    return [room("Cosmos", 12, {"projector", "video"}), room("Atlas", 4),
            room("Borealis", 8, {"projector"}), room("Aurora", 4, {"video"})]


def offices(module, steps):
    """Steps: [office, who, people, start, end, needs]; observe every outcome and schedule."""
    desks = {name: module.BookingService(name, _rooms(module)) for name in ("Paris", "Berlin")}
    seen = []
    for office, who, people, start, end, needs in steps:
        desk = desks[office]
        seen.append(_booking(_attempt(lambda: desk.book(who, people, start, end, set(needs)))))
    return {"results": seen,
            "schedules": {name: list(desk.schedule().items()) for name, desk in desks.items()},
            "offices": [desk.calendar.office for desk in desks.values()]}


def calendar(module, steps):
    """Steps on two calendars: [which, "add", room, who, start, end] and the like."""
    calendars = {"A": module.Calendar("A"), "B": module.Calendar("B")}
    seen = []
    for which, name, *args in steps:
        cal = calendars[which]
        if name == "add":
            seen.append(_booking(_attempt(lambda: cal.add(*args))))
        elif name == "cancel":
            seen.append(_booking(_attempt(lambda: cal.cancel(*args))))
        else:
            seen.append(getattr(cal, name)(*args))
    return seen


def rooms(module):
    room = module.Room("Atlas", 4, ["projector", "video"])
    return {
        "capacities": [_attempt(lambda: repr(module.Room("R", c))) for c in (0, -1, 1)],
        "repr": repr(room),
        "features": sorted(room.features),
        "fits": [room.fits(4), room.fits(5), room.fits(1, {"video"}),
                 room.fits(3, {"video", "projector"}), room.fits(3, {"whiteboard"}),
                 module.Room("Plain", 2).fits(2, set())],
    }


def overlaps(module, start, end, others):
    booking = module.Booking("Atlas", "ana", start, end)
    return [booking.overlaps(a, b) for a, b in others]


def public_api(module):
    return [sorted(module.__all__), issubclass(module.NoRoomAvailable, Exception)]


EXAMPLE = [["Paris", "ana", 3, 9, 10, []], ["Berlin", "jonas", 4, 9, 10, []]]

CHECKS = [
    probe("the issue's steps", offices, EXAMPLE, reveal=True),
    probe("two offices, same room names", offices,
          [["Paris", "ana", 4, 9, 12, []], ["Paris", "bo", 4, 9, 12, []],
           ["Berlin", "cy", 4, 10, 11, []], ["Berlin", "di", 4, 10, 11, []],
           ["Berlin", "ed", 4, 10, 11, []], ["Paris", "fay", 12, 9, 10, ["video"]]]),
    probe("calendars are separate", calendar,
          [["A", "add", "Atlas", "ana", 9, 10], ["B", "is_free", "Atlas", 9, 10],
           ["B", "add", "Atlas", "bo", 9, 10], ["B", "day_for", "Atlas"],
           ["A", "cancel", "Atlas", "bo", 9], ["A", "day_for", "Atlas"]]),
    probe("the smallest room that fits, ties by name", offices,
          [["Paris", "a", 4, 9, 10, []], ["Paris", "b", 4, 9, 10, []],
           ["Paris", "c", 4, 9, 10, []], ["Paris", "d", 2, 9, 10, []],
           ["Paris", "e", 5, 10, 11, []], ["Paris", "f", 9, 10, 11, []],
           ["Paris", "g", 13, 11, 12, []]]),
    probe("features decide too", offices,
          [["Paris", "a", 2, 9, 10, ["video"]], ["Paris", "b", 2, 9, 10, ["video"]],
           ["Paris", "c", 2, 9, 10, ["projector"]], ["Paris", "d", 1, 9, 10, ["whiteboard"]]]),
    probe("opening hours", calendar,
          [["A", "add", "R", "a", 8, 9], ["A", "add", "R", "b", 17, 18],
           ["A", "add", "R", "c", 7, 8], ["A", "add", "R", "d", 17, 19],
           ["A", "add", "R", "e", 12, 12], ["A", "add", "R", "f", 14, 13],
           ["A", "day_for", "R"]]),
    probe("back to back, overlapping and inside", calendar,
          [["A", "add", "R", "a", 10, 12], ["A", "add", "R", "b", 12, 13],
           ["A", "add", "R", "c", 9, 10], ["A", "add", "R", "d", 11, 12],
           ["A", "add", "R", "e", 9, 11], ["A", "add", "R", "f", 8, 14],
           ["A", "is_free", "R", 13, 14], ["A", "is_free", "R", 12, 14],
           ["A", "day_for", "R"]]),
    probe("overlap boundaries", overlaps, 10, 12,
          [[8, 10], [8, 11], [11, 12], [12, 13], [9, 13], [10, 12], [11, 11]]),
    probe("cancelling", calendar,
          [["A", "add", "R", "ana", 9, 10], ["A", "add", "R", "bo", 10, 11],
           ["A", "cancel", "R", "ana", 10], ["A", "cancel", "R", "bo", 9],
           ["A", "cancel", "Q", "ana", 9], ["A", "cancel", "R", "ana", 9],
           ["A", "cancel", "R", "ana", 9], ["A", "day_for", "R"],
           ["A", "add", "R", "cy", 9, 10]]),
    probe("free hours", calendar,
          [["A", "free_hours", "R"], ["A", "add", "R", "a", 8, 10],
           ["A", "add", "R", "b", 13, 14], ["A", "add", "R", "c", 17, 18],
           ["A", "free_hours", "R"], ["A", "free_hours", "Other"]]),
    probe("out of hours through the desk", offices,
          [["Paris", "a", 2, 7, 9, []], ["Paris", "b", 2, 18, 19, []]]),
    probe("rooms", rooms),
    probe("the public API", public_api),
]


def generate(rng):
    cases = []
    for n in range(1, 5):
        steps = []
        for i in range(rng.randint(6, 12)):
            start = rng.randint(8, 16)
            steps.append([rng.choice(["Paris", "Berlin"]), f"p{i}", rng.randint(1, 13), start,
                          start + rng.randint(1, 3), rng.choice([[], [], ["projector"]])])
        cases.append(probe(f"random bookings #{n}", offices, steps))
    return cases

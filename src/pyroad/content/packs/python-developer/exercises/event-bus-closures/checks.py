from pyroad.grading.checks import probe


def recorder(log, name, result=None):
    """A handler that notes its name and the arguments it got, and returns ``result``."""

    def handler(*args, **kwargs):
        log.append([name, list(args), kwargs])
        return result if result is not None else name

    return handler


def statement_example(module):
    subscribe, publish = module.make_event_bus()
    log = []
    subscribe("order.paid", recorder(log, "email"))
    subscribe("order.paid", recorder(log, "invoice"), once=True)
    first = publish("order.paid", 42, total=19.5)
    second = publish("order.paid", 43, total=5)
    return [first, second, log]


def arguments_are_passed_on(module):
    subscribe, publish = module.make_event_bus()
    log = []
    subscribe("saved", recorder(log, "audit"))
    return [publish("saved"), publish("saved", "a", "b"), publish("saved", user="zoé"), log]


def no_handlers(module):
    subscribe, publish = module.make_event_bus()
    subscribe("other", recorder([], "x"))
    return [publish("nobody.listens"), publish("nobody.listens", 1, key=2)]


def events_are_separate(module):
    subscribe, publish = module.make_event_bus()
    log = []
    subscribe("a", recorder(log, "on-a"))
    subscribe("b", recorder(log, "on-b"))
    return [publish("b", 1), publish("a", 2), publish("c", 3), log]


def unsubscribing(module):
    subscribe, publish = module.make_event_bus()
    log = []
    stop_a = subscribe("tick", recorder(log, "a"))
    subscribe("tick", recorder(log, "b"))
    first = publish("tick")
    removed = stop_a()
    again = stop_a()
    second = publish("tick")
    return [first, removed, again, second, log]


def same_handler_twice(module):
    subscribe, publish = module.make_event_bus()
    log = []
    twice = recorder(log, "twice")
    stop_first = subscribe("x", twice)
    subscribe("x", recorder(log, "middle"))
    stop_second = subscribe("x", twice)
    one = publish("x")
    removed = stop_second()
    two = publish("x")
    removed_first = stop_first()
    three = publish("x")
    return [one, removed, two, removed_first, three]


def once_handlers(module):
    subscribe, publish = module.make_event_bus()
    log = []
    stop = subscribe("boot", recorder(log, "first-boot"), once=True)
    subscribe("boot", recorder(log, "every-boot"), once=False)
    first = publish("boot")
    second = publish("boot")
    return [first, second, stop(), log]


def once_unsubscribed_before(module):
    subscribe, publish = module.make_event_bus()
    stop = subscribe("e", recorder([], "never"), once=True)
    return [stop(), publish("e"), stop()]


def changes_during_publish(module):
    """A handler that subscribes and unsubscribes others while an event is being published."""
    subscribe, publish = module.make_event_bus()
    log = []
    stops = {}

    def rearrange(*args):
        log.append("rearrange")
        stops["late"] = subscribe("go", recorder(log, "late"))
        return stops["after"]()

    subscribe("go", rearrange)
    stops["after"] = subscribe("go", recorder(log, "after"))
    first = publish("go")
    second = publish("go")
    return [first, second, log]


def buses_are_independent(module):
    sub_one, pub_one = module.make_event_bus()
    sub_two, pub_two = module.make_event_bus()
    log = []
    sub_one("ping", recorder(log, "one"))
    sub_two("ping", recorder(log, "two"), once=True)
    return [pub_one("ping"), pub_two("ping"), pub_two("ping"), pub_one("ping"), log]


def bad_handler(module, handler):
    subscribe, publish = module.make_event_bus()
    try:
        subscribe("e", handler)
        outcome = "accepted"
    except TypeError:
        outcome = "TypeError"
    return [outcome, publish("e")]


def once_is_keyword_only(module):
    subscribe, _ = module.make_event_bus()
    try:
        subscribe("e", recorder([], "h"), True)
        return "accepted"
    except TypeError:
        return "TypeError"


def handler_results(module, values):
    subscribe, publish = module.make_event_bus()
    for index, value in enumerate(values):
        subscribe("calc", lambda n, value=value: n * value, once=index % 2 == 0)
    return [publish("calc", 3), publish("calc", 5)]


CHECKS = [
    probe("an order is paid twice", statement_example),
    probe("positional and keyword arguments reach the handler", arguments_are_passed_on),
    probe("an event nobody listens to", no_handlers),
    probe("events do not mix", events_are_separate),
    probe("unsubscribe removes a handler once", unsubscribing),
    probe("the same handler subscribed twice", same_handler_twice),
    probe("once handlers run a single time", once_handlers),
    probe("a once handler unsubscribed before it ran", once_unsubscribed_before),
    probe("changes made while publishing apply to the next publish", changes_during_publish),
    probe("two buses do not share anything", buses_are_independent),
    probe("a handler that is not callable", bad_handler, "not a function"),
    probe("None is not a handler", bad_handler, None),
    probe("once is keyword-only", once_is_keyword_only),
]


def generate(rng):
    return [
        probe(f"random handlers #{n}", handler_results,
              [rng.randint(-9, 9) for _ in range(rng.randint(1, 6))])
        for n in range(1, 4)
    ]

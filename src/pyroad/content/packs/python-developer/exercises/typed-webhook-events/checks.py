import dataclasses
import types
import typing
from datetime import datetime

from pyroad.grading.checks import probe


def canon(hint):
    """A hint as text, the same for every spelling of the same type."""
    if hint is None or hint is type(None):
        return "None"
    if hint is Ellipsis:
        return "..."
    if isinstance(hint, list):
        return "[" + ", ".join(canon(h) for h in hint) + "]"
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is typing.Literal:
        return "Literal[" + ", ".join(sorted(repr(a) for a in args)) + "]"
    if origin is typing.Union or origin is types.UnionType:
        return "Union[" + ", ".join(sorted(canon(a) for a in args)) + "]"
    if origin is not None:
        return f"{canon(origin)}[{', '.join(canon(a) for a in args)}]"
    if isinstance(hint, type):
        if hint.__module__ == "builtins":
            return hint.__qualname__
        return f"{hint.__module__}.{hint.__qualname__}"
    return repr(hint)


def _attempt(action):
    try:
        return action()
    except Exception as exc:  # the kind of error is what is observed
        return {"error": type(exc).__name__}


def _plain(event):
    return [event.id, event.kind, event.at.isoformat(), event.amount_cents,
            type(event.tags).__name__, list(event.tags)]


def hints(module, name):
    found = _attempt(lambda: typing.get_type_hints(getattr(module, name)))
    if "error" in found:
        return found
    return {key: canon(value) for key, value in found.items()}


def typed_dict(module):
    raw = module.RawEvent
    return {"is a TypedDict": typing.is_typeddict(raw),
            "required": sorted(raw.__required_keys__), "optional": sorted(raw.__optional_keys__),
            "hints": hints(module, "RawEvent"), "Kind": canon(module.Kind)}


def dataclass_shape(module):
    event = module.Event("e", "signup", datetime(2024, 1, 1))
    return {"frozen": _attempt(lambda: setattr(event, "id", "x")),
            "fields": [f.name for f in dataclasses.fields(module.Event)],
            "defaults": [event.amount_cents, event.tags],
            "hints": hints(module, "Event")}


def parsed(module, raw):
    event = _attempt(lambda: module.parse_event(raw))
    if isinstance(event, dict):
        return event
    return {"event": _plain(event), "back": module.to_raw(event)}


def many(module, raws):
    return [parsed(module, raw) for raw in raws]


def revenue_of(module, raws, extra):
    events = [module.parse_event(raw) for raw in raws]
    events += [module.Event(i, k, datetime(2024, 1, 1), a) for i, k, a in extra]
    return [module.revenue(events), module.revenue(iter(events)), module.revenue([])]


AT = "2024-05-01T09:30:00"
EXAMPLE = {"id": "e1", "kind": "purchase", "at": AT, "amount_cents": 1250, "tags": ["web"]}

CHECKS = [
    probe("the statement's example", parsed, EXAMPLE, reveal=True),
    probe("the statement's wrong amount type", parsed,
          {"id": "e2", "kind": "refund", "at": "2024-05-02", "amount_cents": "300"}, reveal=True),
    probe("RawEvent and Kind", typed_dict),
    probe("the Event dataclass", dataclass_shape),
    probe("hints of parse_event", hints, "parse_event"),
    probe("hints of to_raw", hints, "to_raw"),
    probe("hints of revenue", hints, "revenue"),
    probe("a signup", many, [{"id": "s", "kind": "signup", "at": "2024-05-01"},
                             {"id": "s", "kind": "signup", "at": AT, "amount_cents": 0},
                             {"id": "s", "kind": "signup", "at": AT, "amount_cents": 1}]),
    probe("amounts of purchases and refunds", many,
          [{"id": "p", "kind": "purchase", "at": AT},
           {"id": "p", "kind": "purchase", "at": AT, "amount_cents": 0},
           {"id": "p", "kind": "refund", "at": AT, "amount_cents": -1},
           {"id": "p", "kind": "refund", "at": AT, "amount_cents": 1, "tags": []}]),
    probe("missing and unexpected keys", many,
          [{"kind": "signup", "at": AT}, {"id": "x", "at": AT}, {"id": "x", "kind": "signup"},
           {"id": "x", "kind": "signup", "at": AT, "note": "hi"}, {}]),
    probe("wrong types", many,
          [{"id": 7, "kind": "signup", "at": AT},
           {"id": "x", "kind": "purchase", "at": AT, "amount_cents": True},
           {"id": "x", "kind": "purchase", "at": AT, "amount_cents": 12.5},
           {"id": "x", "kind": "signup", "at": AT, "tags": "web"},
           {"id": "x", "kind": "signup", "at": AT, "tags": ["web", 3]},
           {"id": "x", "kind": None, "at": AT}, {"id": "x", "kind": "signup", "at": 20240501}]),
    probe("unknown kinds and bad timestamps", many,
          [{"id": "x", "kind": "Signup", "at": AT}, {"id": "x", "kind": "gift", "at": AT},
           {"id": "x", "kind": "signup", "at": "yesterday"},
           {"id": "x", "kind": "signup", "at": "2024-02-30"}]),
    probe("unicode ids and tags", parsed,
          {"id": "ünï", "kind": "refund", "at": "2024-05-01 23:59", "amount_cents": 99,
           "tags": ["café", "東京", ""]}),
    probe("revenue", revenue_of,
          [EXAMPLE, {"id": "r", "kind": "refund", "at": AT, "amount_cents": 300},
           {"id": "s", "kind": "signup", "at": AT}],
          [["odd", "signup", 500], ["big", "refund", 2000]]),
]


def generate(rng):
    cases = []
    for n in range(1, 4):
        raws = []
        for i in range(rng.randint(2, 6)):
            kind = rng.choice(["purchase", "refund", "purchase"])
            raws.append({"id": f"e{i}", "kind": kind, "at": AT,
                         "amount_cents": rng.randint(1, 9999)})
        cases.append(probe(f"random revenue #{n}", revenue_of, raws, []))
    return cases

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Literal, NotRequired, TypedDict, get_args

Kind = Literal["signup", "purchase", "refund"]


class RawEvent(TypedDict):
    id: str
    kind: str
    at: str
    amount_cents: NotRequired[int]
    tags: NotRequired[list[str]]


@dataclass(frozen=True)
class Event:
    id: str
    kind: Kind
    at: datetime
    amount_cents: int = 0
    tags: tuple[str, ...] = ()


_TYPES = {"id": str, "kind": str, "at": str, "amount_cents": int, "tags": list}


def _check_types(raw: dict[str, object]) -> None:
    unexpected = raw.keys() - _TYPES.keys()
    if unexpected:
        raise ValueError(f"unexpected keys: {sorted(unexpected)}")
    for key, expected in _TYPES.items():
        if key not in raw:
            if key in RawEvent.__required_keys__:
                raise ValueError(f"missing {key}")
        elif type(raw[key]) is not expected:
            raise TypeError(f"{key} must be {expected.__name__}")
    if any(type(tag) is not str for tag in raw.get("tags", [])):
        raise TypeError("tags must be strings")


def parse_event(raw: dict[str, object]) -> Event:
    _check_types(raw)
    kind, amount = raw["kind"], raw.get("amount_cents", 0)
    if kind not in get_args(Kind):
        raise ValueError(f"unknown kind {kind!r}")
    if amount < 0 or (amount == 0) != (kind == "signup"):
        raise ValueError(f"a {kind} cannot have an amount of {amount}")
    at = datetime.fromisoformat(raw["at"])
    return Event(raw["id"], kind, at, amount, tuple(raw.get("tags", [])))


def to_raw(event: Event) -> RawEvent:
    raw: RawEvent = {"id": event.id, "kind": event.kind, "at": event.at.isoformat()}
    if event.amount_cents:
        raw["amount_cents"] = event.amount_cents
    if event.tags:
        raw["tags"] = list(event.tags)
    return raw


def revenue(events: Iterable[Event]) -> int:
    total = 0
    for event in events:
        if event.kind == "purchase":
            total += event.amount_cents
        elif event.kind == "refund":
            total -= event.amount_cents
    return total

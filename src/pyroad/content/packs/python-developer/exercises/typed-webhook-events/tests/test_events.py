import typing
from datetime import datetime

import pytest

from events import Event, RawEvent, parse_event, to_raw

RAW = {"id": "e1", "kind": "purchase", "at": "2024-05-01T09:30:00", "amount_cents": 1250,
       "tags": ["web"]}


def test_round_trip():
    event = parse_event(RAW)
    assert event == Event("e1", "purchase", datetime(2024, 5, 1, 9, 30), 1250, ("web",))
    assert to_raw(event) == RAW


def test_wrong_type_is_a_type_error():
    with pytest.raises(TypeError):
        parse_event({"id": "e2", "kind": "refund", "at": "2024-05-02", "amount_cents": "300"})


def test_raw_event_is_a_typed_dict():
    assert typing.is_typeddict(RawEvent)
    assert RawEvent.__required_keys__ == {"id", "kind", "at"}

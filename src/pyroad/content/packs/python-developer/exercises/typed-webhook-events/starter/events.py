"""Webhook events: the raw JSON shape and the clean, typed event."""
from datetime import datetime  # noqa: F401  (you will need it)


def parse_event(raw):
    """Check a decoded JSON event and turn it into an Event."""
    raise NotImplementedError("write me")


def to_raw(event):
    """The JSON shape of an Event."""
    raise NotImplementedError("write me")


def revenue(events):
    """Purchases minus refunds, in cents."""
    raise NotImplementedError("write me")

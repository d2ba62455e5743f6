def make_event_bus():
    """Return ``(subscribe, publish)``: two functions sharing one private set of subscriptions."""
    raise NotImplementedError("write me")

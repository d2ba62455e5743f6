def make_event_bus():
    """Return ``(subscribe, publish)``: two functions sharing one private set of subscriptions."""
    subscriptions = {}

    def subscribe(event, handler, *, once=False):
        if not callable(handler):
            raise TypeError("handler must be callable")
        entry = {"handler": handler, "once": once}
        subscriptions.setdefault(event, []).append(entry)

        def unsubscribe():
            before = len(subscriptions[event])
            subscriptions[event] = [e for e in subscriptions[event] if e is not entry]
            return len(subscriptions[event]) < before

        return unsubscribe

    def publish(event, *args, **kwargs):
        current = subscriptions.get(event, [])
        subscriptions[event] = [e for e in current if not e["once"]]
        return [e["handler"](*args, **kwargs) for e in current]

    return subscribe, publish

from solution import make_event_bus


def test_example_from_the_statement():
    subscribe, publish = make_event_bus()
    sent = []
    subscribe("order.paid", lambda order_id, total: sent.append(order_id) or "email")
    subscribe("order.paid", lambda order_id, total: "invoice", once=True)
    assert publish("order.paid", 42, total=19.5) == ["email", "invoice"]
    assert publish("order.paid", 43, total=5) == ["email"]
    assert sent == [42, 43]


def test_unsubscribe():
    subscribe, publish = make_event_bus()
    stop = subscribe("tick", lambda: "a")
    assert stop() is True
    assert stop() is False
    assert publish("tick") == []


def test_two_buses_are_independent():
    sub_one, pub_one = make_event_bus()
    _, pub_two = make_event_bus()
    sub_one("ping", lambda: "pong")
    assert pub_two("ping") == []

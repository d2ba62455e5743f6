import solution
from solution import add_label, new_ticket, set_default_priority


def test_tickets_do_not_share_labels():
    first = new_ticket("Printer jam")
    add_label(first, "hardware")
    assert new_ticket("VPN drops")["labels"] == []


def test_default_priority_can_change():
    set_default_priority("high")
    try:
        assert new_ticket("Server down")["priority"] == "high"
    finally:
        set_default_priority("normal")
    assert solution.default_priority == "normal"

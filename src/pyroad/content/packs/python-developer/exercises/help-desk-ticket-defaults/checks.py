from pyroad.grading.checks import call, probe


def tickets_without_labels(module):
    """Two tickets made without labels: labelling the first must not label the second."""
    first = module.new_ticket("Printer jam")
    module.add_label(first, "Hardware")
    second = module.new_ticket(" VPN drops ")
    module.add_label(second, "network")
    third = module.new_ticket("Mouse", priority="low")
    return [first, second, third]


def tickets_from_one_list(module, labels):
    """Two tickets made from the caller's list: neither the list nor the other ticket changes."""
    first = module.new_ticket("A", labels=labels)
    second = module.new_ticket("B", labels=labels)
    module.add_label(first, "  Urgent ")
    module.add_label(second, "later")
    return [first, second, labels]


def labels_from_a_tuple(module):
    ticket = module.new_ticket("Backup failed", labels=("ops", "disk"))
    module.add_label(ticket, "OPS")
    module.add_label(ticket, "night")
    return ticket


def add_label_returns_the_ticket(module):
    ticket = module.new_ticket("Login")
    same = module.add_label(ticket, "auth")
    return [same is ticket, module.add_label(ticket, "AUTH") is ticket, ticket]


def changing_the_default(module, priority):
    """Change the default priority, create tickets, then put the default back."""
    module.set_default_priority(priority)
    try:
        made = [
            module.new_ticket("one")["priority"],
            module.new_ticket("two", priority="low")["priority"],
            module.default_priority,
        ]
    finally:
        module.set_default_priority("normal")
    return [made, module.new_ticket("three")["priority"]]


def refused_default(module):
    """An unknown priority is refused and the default stays what it was."""
    try:
        module.set_default_priority("urgent")
        outcome = "accepted"
    except ValueError:
        outcome = "ValueError"
    return [outcome, module.new_ticket("after")["priority"], module.default_priority]


CHECKS = [
    call("a ticket with a priority", "new_ticket", "  Screen flickers  ", priority="high"),
    call("a ticket with labels", "new_ticket", "Wi-Fi", labels=["network", "office-2"]),
    call("an unknown priority", "new_ticket", "Wi-Fi", priority="urgent"),
    call("the priority given by position", "new_ticket", "Wi-Fi", "high"),
    probe("tickets made without labels do not share them", tickets_without_labels),
    probe("tickets made from the same list do not share it", tickets_from_one_list, ["ui"]),
    probe("labels given as a tuple", labels_from_a_tuple),
    probe("add_label trims, lower-cases, skips repeats and returns the ticket",
          add_label_returns_the_ticket),
    probe("a new default priority is used", changing_the_default, "high"),
    probe("the default can be set to low", changing_the_default, "low"),
    probe("an unknown default priority is refused", refused_default),
    probe("tickets still do not share labels later on", tickets_without_labels),
    call("a unicode title", "new_ticket", "\tÉcran noir ☹ ", priority="low"),
]

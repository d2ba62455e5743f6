"""Help-desk tickets: create them, label them, choose the priority new tickets get."""

PRIORITIES = ("low", "normal", "high")
default_priority = "normal"


def check_priority(priority):
    """Raise ValueError unless ``priority`` is one of PRIORITIES."""
    if priority not in PRIORITIES:
        raise ValueError(f"unknown priority: {priority!r}")


def set_default_priority(priority):
    """From now on, tickets created without a priority get ``priority``."""
    check_priority(priority)
    default_priority = priority


def new_ticket(title, *, priority=default_priority, labels=[]):
    """Return a new ticket: a dict with its title (trimmed), priority and list of labels."""
    check_priority(priority)
    return {"title": title.strip(), "priority": priority, "labels": labels}


def add_label(ticket, label):
    """Add ``label`` (trimmed, lower-case) to the ticket unless it is there; return the ticket."""
    label = label.strip().lower()
    if label not in ticket["labels"]:
        ticket["labels"].append(label)
    return ticket

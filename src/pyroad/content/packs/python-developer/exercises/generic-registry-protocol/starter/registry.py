"""A registry of items by id, usable for books, users, devices, ..."""


class Registry:
    """Items by id (make it generic in the item type)."""

    def __init__(self):
        raise NotImplementedError("write me")


def group_by(items, key):
    """Group ``items`` by ``key(item)``, keeping first-appearance order."""
    raise NotImplementedError("write me")

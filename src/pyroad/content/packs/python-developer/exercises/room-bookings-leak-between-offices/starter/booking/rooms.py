"""Meeting rooms and what they offer."""


class Room:
    """A meeting room: a name, how many people it holds, and its features."""

    def __init__(self, name, capacity, features=()):
        if capacity < 1:
            raise ValueError("a room holds at least one person")
        self.name = name
        self.capacity = capacity
        self.features = frozenset(features)

    def fits(self, people, needs=()):
        """True when the room holds ``people`` and has every feature in ``needs``."""
        return people <= self.capacity and self.features.issuperset(needs)

    def __repr__(self):
        return f"Room({self.name!r}, {self.capacity})"

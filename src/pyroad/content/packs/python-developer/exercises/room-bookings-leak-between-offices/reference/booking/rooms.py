class Room:
    def __init__(self, name, capacity, features=()):
        if capacity < 1:
            raise ValueError("a room holds at least one person")
        self.name = name
        self.capacity = capacity
        self.features = frozenset(features)

    def fits(self, people, needs=()):
        return people <= self.capacity and self.features.issuperset(needs)

    def __repr__(self):
        return f"Room({self.name!r}, {self.capacity})"

"""Booking a room for a meeting: the smallest free room that fits."""
from .calendar import Calendar


class NoRoomAvailable(Exception):
    """No room fits the meeting at that time."""


class BookingService:
    """The booking desk of one office."""

    def __init__(self, office, rooms):
        self.calendar = Calendar(office)
        self.rooms = sorted(rooms, key=lambda room: (room.capacity, room.name))

    def book(self, who, people, start, end, needs=()):
        """Book the smallest free room that fits (ties: by name) and return the Booking."""
        for room in self.rooms:
            if room.fits(people, needs) and self.calendar.is_free(room.name, start, end):
                return self.calendar.add(room.name, who, start, end)
        raise NoRoomAvailable(f"no room for {people} people from {start}:00 to {end}:00")

    def schedule(self):
        """Every room's bookings, by room name (smallest room first)."""
        return {room.name: self.calendar.day_for(room.name) for room in self.rooms}

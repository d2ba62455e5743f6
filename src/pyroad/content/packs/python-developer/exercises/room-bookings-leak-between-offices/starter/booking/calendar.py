"""The bookings of one office's rooms, for one day (whole hours, 8:00 to 18:00)."""

OPENING = 8
CLOSING = 18


class Booking:
    """One room booked by someone from ``start`` to ``end`` (hours)."""

    def __init__(self, room, who, start, end):
        self.room = room
        self.who = who
        self.start = start
        self.end = end

    def overlaps(self, start, end):
        """True when this booking shares at least part of an hour with start..end."""
        return start < self.end and self.start < end


class Calendar:
    """The bookings of one office, by room name."""

    bookings = {}

    def __init__(self, office):
        self.office = office

    def is_free(self, room, start, end):
        """True when nobody has ``room`` at any time between ``start`` and ``end``."""
        return not any(b.overlaps(start, end) for b in self.bookings.get(room, []))

    def add(self, room, who, start, end):
        """Book ``room`` for ``who``; refuse bookings outside opening hours or overlapping."""
        if not OPENING <= start < end <= CLOSING:
            raise ValueError(f"bookings run between {OPENING}:00 and {CLOSING}:00")
        if not self.is_free(room, start, end):
            raise ValueError(f"{room} is already booked then")
        booking = Booking(room, who, start, end)
        self.bookings.setdefault(room, []).append(booking)
        return booking

    def cancel(self, room, who, start):
        """Remove and return the booking of ``room`` by ``who`` starting at ``start``."""
        for booking in self.bookings.get(room, []):
            if booking.who == who and booking.start == start:
                self.bookings[room].remove(booking)
                return booking
        raise KeyError(f"{who} has no booking of {room} at {start}:00")

    def day_for(self, room):
        """The (start, end, who) bookings of ``room``, earliest first."""
        return sorted((b.start, b.end, b.who) for b in self.bookings.get(room, []))

    def free_hours(self, room):
        """The hours at which ``room`` is free for a one-hour meeting."""
        return [hour for hour in range(OPENING, CLOSING) if self.is_free(room, hour, hour + 1)]

OPENING = 8
CLOSING = 18


class Booking:
    def __init__(self, room, who, start, end):
        self.room = room
        self.who = who
        self.start = start
        self.end = end

    def overlaps(self, start, end):
        return start < self.end and self.start < end


class Calendar:
    def __init__(self, office):
        self.office = office
        self.bookings = {}

    def is_free(self, room, start, end):
        return not any(b.overlaps(start, end) for b in self.bookings.get(room, []))

    def add(self, room, who, start, end):
        if not OPENING <= start < end <= CLOSING:
            raise ValueError(f"bookings run between {OPENING}:00 and {CLOSING}:00")
        if not self.is_free(room, start, end):
            raise ValueError(f"{room} is already booked then")
        booking = Booking(room, who, start, end)
        self.bookings.setdefault(room, []).append(booking)
        return booking

    def cancel(self, room, who, start):
        for booking in self.bookings.get(room, []):
            if booking.who == who and booking.start == start:
                self.bookings[room].remove(booking)
                return booking
        raise KeyError(f"{who} has no booking of {room} at {start}:00")

    def day_for(self, room):
        return sorted((b.start, b.end, b.who) for b in self.bookings.get(room, []))

    def free_hours(self, room):
        return [hour for hour in range(OPENING, CLOSING) if self.is_free(room, hour, hour + 1)]

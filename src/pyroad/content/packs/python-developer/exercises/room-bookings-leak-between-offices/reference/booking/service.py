from .calendar import Calendar


class NoRoomAvailable(Exception):
    pass


class BookingService:
    def __init__(self, office, rooms):
        self.calendar = Calendar(office)
        self.rooms = sorted(rooms, key=lambda room: (room.capacity, room.name))

    def book(self, who, people, start, end, needs=()):
        for room in self.rooms:
            if room.fits(people, needs) and self.calendar.is_free(room.name, start, end):
                return self.calendar.add(room.name, who, start, end)
        raise NoRoomAvailable(f"no room for {people} people from {start}:00 to {end}:00")

    def schedule(self):
        return {room.name: self.calendar.day_for(room.name) for room in self.rooms}

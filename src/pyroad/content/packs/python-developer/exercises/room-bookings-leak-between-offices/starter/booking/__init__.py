"""Meeting-room booking for our offices."""
from .calendar import Booking, Calendar
from .rooms import Room
from .service import BookingService, NoRoomAvailable

__all__ = ["Booking", "BookingService", "Calendar", "NoRoomAvailable", "Room"]

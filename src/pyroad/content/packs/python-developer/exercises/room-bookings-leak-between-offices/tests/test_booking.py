import pytest

from booking import BookingService, Calendar, NoRoomAvailable, Room


def rooms():
    return [Room("Atlas", 4), Room("Borealis", 8, {"projector"})]


def test_smallest_room_that_fits():
    desk = BookingService("Paris", rooms())
    assert desk.book("ana", 3, 9, 10).room == "Atlas"
    assert desk.book("bo", 3, 9, 10).room == "Borealis"
    with pytest.raises(NoRoomAvailable):
        desk.book("cy", 3, 9, 10)


def test_back_to_back_bookings_are_fine():
    calendar = Calendar("Paris")
    calendar.add("Atlas", "ana", 9, 10)
    calendar.add("Atlas", "bo", 10, 11)
    assert calendar.day_for("Atlas") == [(9, 10, "ana"), (10, 11, "bo")]


def test_offices_do_not_share_bookings():
    paris = BookingService("Paris", rooms())
    berlin = BookingService("Berlin", rooms())
    paris.book("ana", 3, 9, 10)
    assert berlin.book("jonas", 4, 9, 10).room == "Atlas"

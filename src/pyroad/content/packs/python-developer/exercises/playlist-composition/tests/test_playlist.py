import pytest

from solution import Playlist, Song


def make_show():
    show = Playlist("Morning show", 600)
    show.add(Song("Intro", "Nia", 60))
    show.add(Song("Sunrise", "Ode", 240))
    show.add(Song("Rain", "Nia", 200))
    return show


def test_move_and_remaining_time():
    show = make_show()
    show.move("Rain", 0)
    assert [song.title for song in show] == ["Rain", "Intro", "Sunrise"]
    assert show.remaining_seconds == 100


def test_too_long_is_refused():
    show = make_show()
    with pytest.raises(ValueError):
        show.add(Song("Long one", "Ode", 101))
    assert len(show) == 3


def test_a_playlist_is_not_a_list():
    show = make_show()
    assert not isinstance(show, list)
    assert not hasattr(show, "append")

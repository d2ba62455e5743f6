import dataclasses

from pyroad.grading.checks import probe


def _attempt(action):
    try:
        return action()
    except Exception as exc:  # the kind of error is what is observed
        return {"error": type(exc).__name__}


def _plain(value):
    if dataclasses.is_dataclass(value):
        return [value.title, value.artist, value.seconds]
    return value


def session(module, max_seconds, steps):
    """Run steps on a playlist: ["add", title, artist, seconds], ["remove", title], ["move", ..]."""
    playlist = module.Playlist("Show", max_seconds)
    seen = []
    for name, *args in steps:
        if name == "add":
            song = _attempt(lambda: module.Song(*args))
            seen.append(song if isinstance(song, dict) else _attempt(lambda: playlist.add(song)))
        else:
            seen.append(_plain(_attempt(lambda: getattr(playlist, name)(*args))))
    return {
        "results": seen,
        "order": [_plain(song) for song in playlist],
        "len": len(playlist),
        "total": playlist.total_seconds,
        "remaining": playlist.remaining_seconds,
    }


def queries(module, songs, artists, indexes):
    playlist = module.Playlist("Show", 10_000)
    for args in songs:
        playlist.add(module.Song(*args))
    return {
        "by artist": [playlist.by_artist(a) for a in artists],
        "index": [_plain(_attempt(lambda: playlist[i])) for i in indexes],
        "contains": [module.Song(*args) in playlist for args in songs[:2]]
        + [module.Song("Nope", "Nobody", 1) in playlist,
           module.Song("Intro", "Nia", 61) in playlist],
        "name": [playlist.name, playlist.max_seconds],
    }


def is_not_a_list(module):
    playlist = module.Playlist("Show", 100)
    playlist.add(module.Song("Intro", "Nia", 60))
    names = ["append", "insert", "extend", "sort", "__setitem__", "__delitem__"]
    copy = playlist.songs()
    copy.append(module.Song("Sneaky", "X", 10))
    copy.clear()
    return {
        "is a list": isinstance(playlist, list),
        "list methods": [name for name in names if hasattr(playlist, name)],
        "after changing the copy": [len(playlist), [_plain(s) for s in playlist.songs()]],
        "a fresh copy each time": playlist.songs() is not playlist.songs(),
    }


def songs_are_records(module):
    song = module.Song("Intro", "Nia", 60)
    return {
        "dataclass": dataclasses.is_dataclass(module.Song),
        "fields": [f.name for f in dataclasses.fields(module.Song)],
        "equal": [song == module.Song("Intro", "Nia", 60), song == module.Song("Intro", "Nia", 61)],
        "frozen": _attempt(lambda: setattr(song, "seconds", 1)),
        "lengths": [_attempt(lambda: _plain(module.Song("A", "B", s))) for s in (0, -5, 1)],
    }


def playlists_are_separate(module):
    a, b = module.Playlist("A", 100), module.Playlist("B", 100)
    a.add(module.Song("Intro", "Nia", 60))
    return [len(a), len(b), b.total_seconds]


EXAMPLE = [["add", "Intro", "Nia", 60], ["add", "Sunrise", "Ode", 240], ["add", "Rain", "Nia", 200],
           ["move", "Rain", 0], ["add", "Long one", "Ode", 101]]
SONGS = [["Intro", "Nia", 60], ["Sunrise", "Ode", 240], ["Rain", "Nia", 200], ["Dusk", "Ode", 30]]

CHECKS = [
    probe("the statement's example", session, 600, EXAMPLE, reveal=True),
    probe("an empty playlist", session, 0, []),
    probe("filling up exactly", session, 300,
          [["add", "A", "X", 100], ["add", "B", "X", 200], ["add", "C", "X", 1]]),
    probe("one second too long", session, 299, [["add", "A", "X", 100], ["add", "B", "X", 200]]),
    probe("duplicates are refused", session, 1000,
          [["add", "A", "X", 100], ["add", "A", "X", 100], ["add", "A", "Y", 100],
           ["add", "A", "X", 101]]),
    probe("removing songs", session, 1000,
          [["add", "A", "X", 100], ["add", "B", "X", 50], ["add", "A", "Y", 70], ["remove", "A"],
           ["remove", "Zed"], ["remove", "A"], ["add", "A", "X", 300]]),
    probe("moving songs", session, 1000,
          [["add", "A", "X", 1], ["add", "B", "X", 2], ["add", "C", "X", 3], ["add", "D", "X", 4],
           ["move", "A", 3], ["move", "C", 0], ["move", "B", 2], ["move", "D", 1]]),
    probe("moving to bad places", session, 1000,
          [["add", "A", "X", 1], ["add", "B", "X", 2], ["move", "A", 2], ["move", "A", -1],
           ["move", "Zed", 0], ["move", "Zed", 5], ["move", "B", 1]]),
    probe("moving in an empty playlist", session, 10, [["move", "A", 0]]),
    probe("questions about the songs", queries, SONGS, ["Nia", "Ode", "Nobody"],
          [0, 3, -1, -4, 4, -5]),
    probe("not a list", is_not_a_list),
    probe("songs are frozen dataclasses", songs_are_records),
    probe("two playlists are separate", playlists_are_separate),
    probe("unicode titles", session, 500,
          [["add", "Übermorgen", "Zoë", 120], ["add", "夜", "Zoë", 90], ["move", "夜", 0],
           ["remove", "Übermorgen"]]),
]


def generate(rng):
    titles = ["A", "B", "C", "D", "E"]
    cases = []
    for n in range(1, 5):
        steps = []
        for _ in range(rng.randint(8, 14)):
            roll = rng.random()
            title = rng.choice(titles)
            if roll < 0.5:
                steps.append(["add", title, rng.choice(["X", "Y"]), rng.randint(1, 120)])
            elif roll < 0.7:
                steps.append(["remove", title])
            else:
                steps.append(["move", title, rng.randint(-1, 4)])
        cases.append(probe(f"random session #{n}", session, rng.randint(200, 500), steps))
    return cases

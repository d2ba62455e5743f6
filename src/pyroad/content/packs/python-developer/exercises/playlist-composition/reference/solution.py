from dataclasses import dataclass


@dataclass(frozen=True)
class Song:
    title: str
    artist: str
    seconds: int

    def __post_init__(self):
        if self.seconds <= 0:
            raise ValueError("a song lasts at least one second")


class Playlist:
    def __init__(self, name, max_seconds):
        self.name = name
        self.max_seconds = max_seconds
        self._songs = []

    def add(self, song):
        if song in self._songs:
            raise ValueError(f"{song.title} is already in the playlist")
        if self.total_seconds + song.seconds > self.max_seconds:
            raise ValueError("the playlist would be too long")
        self._songs.append(song)

    def remove(self, title):
        for index, song in enumerate(self._songs):
            if song.title == title:
                del self._songs[index]
                return song
        raise KeyError(title)

    def move(self, title, position):
        if not 0 <= position < len(self._songs):
            raise IndexError(position)
        self._songs.insert(position, self.remove(title))

    @property
    def total_seconds(self):
        return sum(song.seconds for song in self._songs)

    @property
    def remaining_seconds(self):
        return self.max_seconds - self.total_seconds

    def songs(self):
        return list(self._songs)

    def by_artist(self, artist):
        return [song.title for song in self._songs if song.artist == artist]

    def __len__(self):
        return len(self._songs)

    def __iter__(self):
        return iter(self._songs)

    def __contains__(self, song):
        return song in self._songs

    def __getitem__(self, index):
        return self._songs[index]

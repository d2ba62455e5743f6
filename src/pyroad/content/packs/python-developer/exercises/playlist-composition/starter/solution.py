class Song:
    """A song: title, artist and length in seconds (make this a frozen dataclass)."""


class Playlist(list):
    """A playlist of songs with a maximum total length. Should not be a list!"""

    def __init__(self, name, max_seconds):
        super().__init__()
        self.name = name
        self.max_seconds = max_seconds

    def add(self, song):
        if song in self:
            raise ValueError(f"{song.title} is already in the playlist")
        self.append(song)

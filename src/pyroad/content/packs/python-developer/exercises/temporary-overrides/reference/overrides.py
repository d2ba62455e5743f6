_MISSING = object()


class Overrides:
    def __init__(self, settings, **changes):
        self.settings = settings
        self.changes = changes
        self.saved = {}

    def __enter__(self):
        for key, value in self.changes.items():
            self.saved[key] = self.settings.get(key, _MISSING)
            if value is None:
                self.settings.pop(key, None)
            else:
                self.settings[key] = value
        return self.settings

    def __exit__(self, exc_type, exc, tb):
        for key, old in self.saved.items():
            if old is _MISSING:
                self.settings.pop(key, None)
            else:
                self.settings[key] = old

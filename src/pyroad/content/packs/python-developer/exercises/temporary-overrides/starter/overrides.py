class Overrides:
    """Override keys of ``settings`` inside a ``with`` block, then restore them.

    ``Overrides(settings, KEY="value", OTHER=None)``: a value of None removes the key for the
    duration of the block.
    """

    def __init__(self, settings, **changes):
        self.settings = settings
        self.changes = changes

    def __enter__(self):
        """Apply the overrides and return the settings dictionary."""
        raise NotImplementedError("write me")

    def __exit__(self, exc_type, exc, tb):
        """Put every overridden key back as it was on entry; never swallow exceptions."""
        raise NotImplementedError("write me")

def apply_overrides(defaults, overrides):
    """Return a new nested config: ``defaults`` with every dotted override applied."""
    raise NotImplementedError("write me")

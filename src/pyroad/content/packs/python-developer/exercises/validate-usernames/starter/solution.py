def is_valid_username(name):
    """Return True if ``name`` follows every username rule, else False."""
    raise NotImplementedError("write me")

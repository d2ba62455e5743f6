def unique_emails(addresses):
    """Return a new list of the addresses without duplicates, in first-seen order."""
    raise NotImplementedError("write me")

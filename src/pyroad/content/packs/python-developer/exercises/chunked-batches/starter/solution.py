def chunked(records, size):
    """Yield lists of ``size`` consecutive records (the last one may be shorter)."""
    raise NotImplementedError("write me")

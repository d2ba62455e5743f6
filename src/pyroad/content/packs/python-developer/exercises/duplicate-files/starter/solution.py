def find_duplicates(files):
    """Return ``(wasted_bytes, paths)`` for every group of identical files, biggest waste first."""
    raise NotImplementedError("write me")

from collections import defaultdict


def find_duplicates(files):
    """Return ``(wasted_bytes, paths)`` for every group of identical files, biggest waste first."""
    groups = defaultdict(set)
    for path, size, checksum in files:
        if size > 0:
            groups[size, checksum].add(path)
    found = [
        (size * (len(paths) - 1), sorted(paths))
        for (size, _), paths in groups.items()
        if len(paths) > 1
    ]
    return sorted(found, key=lambda group: (-group[0], group[1]))

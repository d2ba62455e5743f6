def chunked(records, size):
    if size < 1:
        raise ValueError(f"size must be at least 1, got {size}")
    batch = []
    for record in records:
        batch.append(record)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch

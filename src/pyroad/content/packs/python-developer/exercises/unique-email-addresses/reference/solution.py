def unique_emails(addresses):
    """Return a new list of the addresses without duplicates, in first-seen order."""
    seen = set()
    unique = []
    for address in addresses:
        cleaned = address.strip()
        key = cleaned.lower()
        if cleaned and key not in seen:
            seen.add(key)
            unique.append(cleaned)
    return unique

"""Counting words."""

from collections import Counter


def top_words(words, n):
    """The ``n`` most common words as (word, count) pairs: most common first, ties by word."""
    counts = Counter(words)
    return sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))[:n]

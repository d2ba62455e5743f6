"""Splitting text into words."""

import re

# Runs of letters (any alphabet), with apostrophes allowed inside a word: don't, l'été.
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def words(text):
    """The words of ``text``, in order, lowercased."""
    return [word.lower() for word in WORD.findall(text)]

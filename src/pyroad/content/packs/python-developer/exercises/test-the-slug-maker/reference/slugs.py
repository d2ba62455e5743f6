"""URL slugs for blog posts: "Hello, World!" is published at /posts/hello-world."""

import re
import unicodedata

_SEPARATORS = re.compile(r"[^a-z0-9]+")


def slugify(title, max_length=40):
    """The slug of ``title``: lower-case words joined by single hyphens, at most ``max_length``
    characters long, shortened at a word boundary when it can be."""
    if not isinstance(max_length, int) or max_length < 1:
        raise ValueError("max_length must be a positive whole number")
    decomposed = unicodedata.normalize("NFKD", title)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    slug = _SEPARATORS.sub("-", plain.lower()).strip("-")
    if not slug:
        raise ValueError(f"{title!r} has no letters or digits to make a slug from")
    if len(slug) <= max_length:
        return slug
    cut = slug[:max_length]
    if slug[max_length] != "-" and "-" in cut:
        cut = cut[: cut.rindex("-")]
    return cut


def unique_slug(title, taken):
    """The slug of ``title``, numbered when it is already in ``taken``: ``-2``, or one more than
    the highest number in use."""
    slug = slugify(title)
    if slug not in taken:
        return slug
    prefix = slug + "-"
    numbers = [
        int(s[len(prefix) :]) for s in taken if s.startswith(prefix) and s[len(prefix) :].isdigit()
    ]
    return f"{slug}-{max(numbers, default=1) + 1}"

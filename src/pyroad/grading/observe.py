"""Turn whatever learner code returns into plain JSON data (runs inside the sandbox).

Only exact built-in types pass through: ``type(x) is int``, never ``isinstance``, so a subclass of
``int`` with an ``__eq__`` that always says True, or a ``str`` subclass with a lying ``__str__``,
becomes an ``$object`` observation that matches nothing the reference returns. Values that JSON
cannot hold are tagged: ``{"$tuple": [...]}``, ``{"$set": [...]}`` (items sorted by their JSON
text), ``{"$bytes": "hex"}``, ``{"$float": "nan"}``, ``{"$dict": [[key, value], ...]}`` for
non-string keys, and ``{"$raises": "ValueError", "message": "..."}`` for an exception.

Cycles, depth and size are bounded, so a cyclic or huge return value yields a short
``$error`` observation instead of a crash or an endless loop.

Standard library only: this module is loaded by the sandbox's template process.
"""

from __future__ import annotations

import json
import math
from typing import Any

MAX_DEPTH = 40
MAX_ITEMS = 20_000
MAX_TEXT = 200_000


class TooLarge(Exception):  # noqa: N818 - internal signal, never leaves this module
    pass


def _encode(value: Any, depth: int, budget: list[int], seen: set[int]) -> Any:
    budget[0] -= 1
    if budget[0] < 0:
        raise TooLarge("the value has too many items")
    if depth > MAX_DEPTH:
        raise TooLarge("the value is nested too deeply")
    kind = type(value)
    if value is None or kind is bool or kind is int:
        if kind is int and abs(value) > 10**300:
            raise TooLarge("the integer is too large")
        return value
    if kind is float:
        return value if math.isfinite(value) else {"$float": repr(value)}
    if kind is str:
        if len(value) > MAX_TEXT:
            raise TooLarge("the string is too long")
        return value
    if kind is bytes:
        if len(value) > MAX_TEXT:
            raise TooLarge("the bytes value is too long")
        return {"$bytes": value.hex()}
    if kind in (list, tuple, dict, set, frozenset):
        if id(value) in seen:
            raise TooLarge("the value contains itself (a cycle)")
        seen.add(id(value))
        try:
            return _encode_container(value, kind, depth, budget, seen)
        finally:
            seen.discard(id(value))
    return {"$object": f"{kind.__module__}.{kind.__qualname__}"}


def _encode_container(value: Any, kind: type, depth: int, budget: list[int], seen: set[int]) -> Any:
    items: Any
    if kind is list:
        return [_encode(item, depth + 1, budget, seen) for item in list.__iter__(value)]
    if kind is tuple:
        return {"$tuple": [_encode(item, depth + 1, budget, seen) for item in value]}
    if kind is dict:
        pairs = list(dict.items(value))
        if all(type(key) is str for key, _ in pairs):
            return {key: _encode(item, depth + 1, budget, seen) for key, item in pairs}
        items = [
            [_encode(key, depth + 1, budget, seen), _encode(item, depth + 1, budget, seen)]
            for key, item in pairs
        ]
        return {"$dict": sorted(items, key=lambda pair: json.dumps(pair, sort_keys=True))}
    items = [_encode(item, depth + 1, budget, seen) for item in value]
    return {"$set": sorted(items, key=lambda item: json.dumps(item, sort_keys=True))}


def encode(value: Any) -> Any:
    """Plain JSON data for ``value``, or an ``$error`` observation when it cannot be had."""
    try:
        return _encode(value, 0, [MAX_ITEMS], set())
    except TooLarge as exc:
        return {"$error": str(exc)}
    except RecursionError:
        return {"$error": "the value is nested too deeply"}


def encode_exception(exc: BaseException) -> dict[str, Any]:
    kind = type(exc)
    name = kind.__qualname__ if kind.__module__ == "builtins" else kind.__name__
    try:
        message = str(exc)[:500]
    except Exception:  # a hostile __str__
        message = "<unprintable>"
    return {"$raises": name, "message": message}


def decode(data: Any) -> Any:
    """Inverse of :func:`encode` for the tags that inputs use (tuples, sets, bytes, dicts)."""
    if type(data) is list:
        return [decode(item) for item in data]
    if type(data) is not dict:
        return data
    if len(data) == 1:
        ((tag, inner),) = data.items()
        if tag == "$tuple":
            return tuple(decode(item) for item in inner)
        if tag == "$set":
            return {decode(item) for item in inner}
        if tag == "$bytes":
            return bytes.fromhex(inner)
        if tag == "$float":
            return float(inner)
        if tag == "$dict":
            return {decode(key): decode(value) for key, value in inner}
    return {key: decode(value) for key, value in data.items()}

from collections.abc import Callable, Iterable, Iterator
from typing import Generic, Protocol, TypeVar, runtime_checkable


@runtime_checkable
class HasId(Protocol):
    id: str


T = TypeVar("T", bound=HasId)
K = TypeVar("K")
V = TypeVar("V")


class Registry(Generic[T]):
    def __init__(self) -> None:
        self._items: dict[str, T] = {}

    def add(self, item: T) -> None:
        if not isinstance(item, HasId):
            raise TypeError("items need an id")
        if item.id in self._items:
            raise ValueError(f"duplicate id {item.id!r}")
        self._items[item.id] = item

    def get(self, item_id: str) -> T | None:
        return self._items.get(item_id)

    def remove(self, item_id: str) -> T:
        return self._items.pop(item_id)

    def find(self, predicate: Callable[[T], bool]) -> list[T]:
        return [item for item in self._items.values() if predicate(item)]

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        return iter(self._items.values())


def group_by(items: Iterable[V], key: Callable[[V], K]) -> dict[K, list[V]]:
    groups: dict[K, list[V]] = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    return groups

"""The objects a use case needs, built once per process by an entry point."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from pyroad.content.loader import builtin_pack, load_pack
from pyroad.content.models import Pack
from pyroad.settings import Settings
from pyroad.store import Store, open_store


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Context:
    settings: Settings
    pack: Pack
    store: Store
    clock: Callable[[], datetime] = field(default=utc_now)


def load_configured_pack(settings: Settings) -> Pack:
    return load_pack(settings.pack_dir) if settings.pack_dir else builtin_pack()


def open_context(settings: Settings) -> Context:
    """Load the pack and open (and migrate) the store the settings point at."""
    pack = load_configured_pack(settings)
    store = open_store(settings.resolved_database_url)
    return Context(settings=settings, pack=pack, store=store)

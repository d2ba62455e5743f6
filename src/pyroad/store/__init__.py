"""Persistence of learners, their starts and their evidence.

:class:`Store` is the port; :class:`SqlStore` (SQLite or PostgreSQL through SQLAlchemy) and
:class:`MemoryStore` (for unit tests) implement it.
"""

from pyroad.store.base import ConflictError, LearnerRecord, Store, StoreError, SubmissionRecord
from pyroad.store.memory import MemoryStore
from pyroad.store.sql import SqlStore, open_store, upgrade_database

__all__ = [
    "ConflictError",
    "LearnerRecord",
    "MemoryStore",
    "SqlStore",
    "Store",
    "StoreError",
    "SubmissionRecord",
    "open_store",
    "upgrade_database",
]

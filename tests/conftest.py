from __future__ import annotations

import pytest

from pyroad.content.loader import builtin_pack
from pyroad.content.models import Pack


@pytest.fixture(scope="session")
def pack() -> Pack:
    """The built-in pack is the main fixture: what learners get is what the tests exercise."""
    return builtin_pack()

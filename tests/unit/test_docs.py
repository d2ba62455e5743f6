"""Docs generated from the code must match the committed files (run `make docs` to refresh)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pyroad.docsgen import generated
from pyroad.settings import Settings


@pytest.mark.parametrize("path", list(generated()), ids=lambda p: p.name)
def test_generated_docs_are_up_to_date(path: Path) -> None:
    assert path.exists(), f"{path} is missing: run `make docs`"
    stale = f"{path} is stale: run `make docs`"
    assert path.read_text(encoding="utf-8") == generated()[path], stale


def test_every_setting_is_documented() -> None:
    for name, field in Settings.model_fields.items():
        assert field.description and len(field.description) > 15, name

"""Where the sandbox template builds its root: never over a folder it has to show."""

from __future__ import annotations

import pytest

from pyroad.grading import _zygote


def test_the_root_goes_over_tmp_when_nothing_shown_lives_there() -> None:
    assert _zygote.root_base(["/usr", "/work/project/.venv/lib/site-packages"]) == "/tmp"


def test_a_checkout_under_tmp_moves_the_root_elsewhere() -> None:
    sources = ["/usr", "/tmp/tmp.abc123/.venv/lib/python3.11/site-packages"]
    base = _zygote.root_base(sources)
    assert base != "/tmp" and base in _zygote.ROOT_BASES
    assert not any(source.startswith(base + "/") for source in sources)


def test_with_no_free_folder_the_sandbox_refuses_to_isolate() -> None:
    with pytest.raises(OSError, match="no folder for the sandbox root"):
        _zygote.root_base(list(_zygote.ROOT_BASES))

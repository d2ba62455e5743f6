"""A real app on a fresh SQLite database per test, grading inline through the real sandbox."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from pyroad.queue import InlineQueue
from pyroad.services.submissions import grade_submission
from pyroad.settings import get_settings
from pyroad.web.app import create_app
from tests.factories import unique


@pytest.fixture
def app_client(tmp_path: Path) -> Iterator[TestClient]:
    settings = get_settings(data_dir=tmp_path / "data", database_url="", grading_workers=1)
    app = create_app(
        settings,
        queue_factory=lambda ctx, grader: InlineQueue(
            lambda sid: grade_submission(ctx, grader, sid)
        ),
    )
    with TestClient(app) as client:
        yield client


def csrf_of(client: TestClient, path: str = "/signup") -> str:
    match = re.search(r'name="csrf" value="([^"]+)"', client.get(path).text)
    assert match, "the form carries a CSRF token"
    return match.group(1)


def sign_up(client: TestClient, name: str | None = None) -> dict[str, str]:
    name = name or unique("ada")
    account = {"name": name, "email": f"{name}@example.org", "password": "correct horse battery"}
    response = client.post(
        "/signup", data={**account, "csrf": csrf_of(client)}, follow_redirects=False
    )
    assert response.status_code == 303, response.text
    return account


def api_csrf(client: TestClient) -> dict[str, str]:
    return {"X-CSRF-Token": csrf_of(client, "/account")}

"""schemathesis against our own OpenAPI schema: whatever it sends, no 5xx comes back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings

from pyroad.queue import InlineQueue
from pyroad.services.submissions import grade_submission
from pyroad.settings import get_settings
from pyroad.web.app import create_app
from tests.factories import unique

DATA = Path(__import__("tempfile").mkdtemp(prefix="pyroad-fuzz-"))
APP = create_app(
    get_settings(data_dir=DATA, database_url="", grading_workers=1),
    queue_factory=lambda ctx, grader: InlineQueue(lambda sid: grade_submission(ctx, grader, sid)),
)
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


def _token() -> str:
    with TestClient(APP) as client:
        name = unique("fuzz")
        store = APP.state.web.ctx.store
        from pyroad.web.security import hash_password

        store.create_account(name, f"{name}@example.org", hash_password("fuzzing password"))
        response = client.post(
            "/api/v1/tokens", json={"email": f"{name}@example.org", "password": "fuzzing password"}
        )
        token: str = response.json()["token"]
        return token


TOKEN = _token()


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(APP) as running:
        yield running


@schema.parametrize()
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_request_makes_the_server_fail(client: TestClient, case: schemathesis.Case) -> None:
    for headers in ({}, {"Authorization": f"Bearer {TOKEN}"}):
        response = case.call(session=client, headers=headers)
        assert response.status_code < 500, (case.path, response.status_code, response.text)

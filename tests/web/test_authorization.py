"""Every endpoint tried as anonymous, as the owner and as another learner."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from pyroad.content.loader import builtin_pack
from tests.web.conftest import api_csrf, csrf_of, sign_up

REFERENCE = (
    builtin_pack().exercise("running-totals").path / "reference" / "solution.py"
).read_text()
WRONG = "def running_totals(amounts, start=0):\n    return []\n"


def submit(client: TestClient, code: str, headers: dict[str, str]) -> Any:
    body = {"exercise": "running-totals", "files": {"solution.py": code}}
    return client.post("/api/v1/submissions", json=body, headers=headers)


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/roadmap",
        "/api/v1/skills",
        "/api/v1/skills/file-io",
        "/api/v1/exercises",
        "/api/v1/exercises/running-totals",
        "/api/v1/frameworks?need=api",
        "/healthz",
    ],
)
def test_public_content_is_readable_by_anyone(app_client: TestClient, path: str) -> None:
    assert app_client.get(path).status_code == 200


def test_an_exercise_never_exposes_its_checks_or_reference(app_client: TestClient) -> None:
    data = app_client.get("/api/v1/exercises/running-totals").json()
    text = repr(data)
    assert "leaves_input_alone" not in text and "balance += amount" not in text
    assert set(data["starter"]) == {"solution.py"}


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/api/v1/submissions"),
        ("GET", "/api/v1/submissions/1"),
        ("GET", "/api/v1/next"),
        ("GET", "/api/v1/levels"),
        ("POST", "/api/v1/submissions"),
    ],
)
def test_anonymous_callers_get_401_on_personal_endpoints(
    app_client: TestClient, method: str, path: str
) -> None:
    body = {"exercise": "running-totals", "files": {"solution.py": "x"}}
    response = app_client.request(method, path, json=body if method == "POST" else None)
    assert response.status_code == 401


def test_pages_for_learners_send_visitors_to_sign_in(app_client: TestClient) -> None:
    for path in ("/dashboard", "/account"):
        response = app_client.get(path, follow_redirects=False)
        assert response.status_code == 303 and response.headers["location"] == "/signin"


def test_a_learner_sees_only_their_own_submissions(app_client: TestClient) -> None:
    sign_up(app_client)
    mine = submit(app_client, WRONG, api_csrf(app_client))
    assert mine.status_code == 202, mine.text
    mine_id = mine.json()["id"]
    own = app_client.get(f"/api/v1/submissions/{mine_id}")
    assert own.status_code == 200 and own.json()["files"]["solution.py"] == WRONG
    assert own.json()["verdict"]["status"] == "fail"

    app_client.cookies.clear()
    sign_up(app_client)
    other = app_client.get(f"/api/v1/submissions/{mine_id}")
    assert other.status_code == 404, "another learner's submission looks like a missing one"
    assert app_client.get("/api/v1/submissions").json() == {"submissions": []}
    assert app_client.get("/api/v1/submissions/999999").status_code == 404


def test_a_cookie_write_without_the_csrf_header_is_refused(app_client: TestClient) -> None:
    sign_up(app_client)
    assert submit(app_client, WRONG, {}).status_code == 403
    assert submit(app_client, WRONG, {"X-CSRF-Token": "forged"}).status_code == 403
    form = app_client.post("/signout", data={"csrf": "forged"})
    assert form.status_code == 403


def test_api_tokens_work_without_cookies_and_are_stored_hashed(app_client: TestClient) -> None:
    account = sign_up(app_client)
    app_client.cookies.clear()
    wrong = app_client.post(
        "/api/v1/tokens", json={"email": account["email"], "password": "not it at all"}
    )
    assert wrong.status_code == 401
    created = app_client.post(
        "/api/v1/tokens", json={"email": account["email"], "password": account["password"]}
    )
    assert created.status_code == 201
    token = created.json()["token"]
    headers = {"Authorization": f"Bearer {token}"}
    graded = submit(app_client, REFERENCE, headers)
    assert graded.status_code == 202
    verdict = app_client.get(f"/api/v1/submissions/{graded.json()['id']}", headers=headers).json()
    assert verdict["verdict"]["status"] == "pass"
    assert app_client.get("/api/v1/next", headers=headers).status_code == 200
    assert (
        app_client.get("/api/v1/next", headers={"Authorization": "Bearer nope"}).status_code == 401
    )
    store = app_client.app.state.web.ctx.store  # type: ignore[attr-defined]
    assert store.learner_by_token(token) is None, "only a digest of the token is stored"


def test_passwords_are_stored_as_argon2_hashes(app_client: TestClient) -> None:
    account = sign_up(app_client)
    store = app_client.app.state.web.ctx.store  # type: ignore[attr-defined]
    found = store.account_by_email(account["email"])
    assert found is not None and found[1].startswith("$argon2id$")
    assert account["password"] not in found[1]


def test_sign_in_is_rate_limited(app_client: TestClient) -> None:
    account = sign_up(app_client)
    app_client.cookies.clear()
    codes = []
    for _ in range(12):
        data = {
            "email": account["email"],
            "password": "wrong password!",
            "csrf": csrf_of(app_client, "/signin"),
        }
        codes.append(app_client.post("/signin", data=data).status_code)
    assert codes[:10] == [401] * 10
    assert codes[10:] == [429, 429]


def test_wrong_sign_in_and_duplicate_sign_up_are_clear_errors(app_client: TestClient) -> None:
    account = sign_up(app_client)
    app_client.cookies.clear()
    again = app_client.post(
        "/signup", data={**account, "csrf": csrf_of(app_client)}, follow_redirects=False
    )
    assert again.status_code == 400 and "taken already" in again.text
    short = app_client.post(
        "/signup",
        data={
            "name": "bo",
            "email": "bo@example.org",
            "password": "short",
            "csrf": csrf_of(app_client),
        },
    )
    assert short.status_code == 400 and "at least 10 characters" in short.text


def test_a_submission_for_a_locked_skill_or_with_wrong_files_is_refused(
    app_client: TestClient,
) -> None:
    sign_up(app_client)
    headers = api_csrf(app_client)
    pack = builtin_pack()
    locked = next(e for e in pack.exercises if "syntax-and-execution" not in e.spec.skills)
    body = {"exercise": locked.id, "files": {name: "" for name in locked.spec.files}}
    refused = app_client.post("/api/v1/submissions", json=body, headers=headers)
    assert refused.status_code == 409 and "locked" in refused.json()["detail"]
    extra = {"exercise": "running-totals", "files": {"solution.py": "", "conftest.py": ""}}
    assert app_client.post("/api/v1/submissions", json=extra, headers=headers).status_code == 409

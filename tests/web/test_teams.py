"""Teams: the authorization suite (owner, mentor, member, outsider on every team endpoint),
the skills matrix, shared submissions and review comments."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from fastapi.testclient import TestClient

from pyroad.web.security import hash_password, new_api_token, token_digest
from tests.factories import unique

WRONG = "def running_totals(amounts, start=0):\n    return []\n"


@dataclass
class Person:
    id: int
    headers: dict[str, str]


def person(client: TestClient) -> Person:
    store = client.app.state.web.ctx.store  # type: ignore[attr-defined]
    name = unique("p")
    learner = store.create_account(name, f"{name}@example.org", hash_password("x" * 12))
    token = new_api_token()
    store.add_token(learner.id, token_digest(token), learner.created_at)
    return Person(learner.id, {"Authorization": f"Bearer {token}"})


@pytest.fixture
def team(app_client: TestClient) -> dict[str, Any]:
    owner, mentor, member, outsider = (person(app_client) for _ in range(4))
    created = app_client.post(
        "/api/v1/teams", json={"name": "Cohort 7", "share_submissions": True}, headers=owner.headers
    )
    assert created.status_code == 201, created.text
    data = created.json()
    for who in (mentor, member):
        joined = app_client.post(
            "/api/v1/teams/join", json={"code": data["invite_code"]}, headers=who.headers
        )
        assert joined.status_code == 200
    promoted = app_client.put(
        f"/api/v1/teams/{data['id']}/members/{mentor.id}/role",
        json={"role": "mentor"},
        headers=owner.headers,
    )
    assert promoted.status_code == 200
    body = {"exercise": "running-totals", "files": {"solution.py": WRONG}}
    submitted = app_client.post("/api/v1/submissions", json=body, headers=member.headers)
    assert submitted.status_code == 202
    return {
        "id": data["id"],
        "code": data["invite_code"],
        "submission": submitted.json()["id"],
        "owner": owner,
        "mentor": mentor,
        "member": member,
        "outsider": outsider,
    }


# (method, path template, body, roles allowed)
ENDPOINTS = [
    ("GET", "/api/v1/teams/{id}", None, {"owner", "mentor", "member"}),
    ("GET", "/api/v1/teams/{id}/matrix", None, {"owner", "mentor"}),
    ("GET", "/api/v1/teams/{id}/members/{member}/submissions", None, {"owner", "mentor"}),
    ("POST", "/api/v1/submissions/{submission}/comments", {"body": "Look at start."},
     {"owner", "mentor"}),
    ("PUT", "/api/v1/teams/{id}/members/{member}/role", {"role": "member"}, {"owner"}),
]  # fmt: skip


@pytest.mark.parametrize(("method", "template", "body", "allowed"), ENDPOINTS)
@pytest.mark.parametrize("role", ["owner", "mentor", "member", "outsider"])
def test_every_team_endpoint_answers_only_the_roles_allowed(
    app_client: TestClient,
    team: dict[str, Any],
    method: str,
    template: str,
    body: Any,
    allowed: set[str],
    role: str,
) -> None:
    path = template.format(id=team["id"], member=team["member"].id, submission=team["submission"])
    response = app_client.request(method, path, json=body, headers=team[role].headers)
    if role in allowed:
        assert response.status_code in (200, 201), (role, path, response.text)
    else:
        assert response.status_code == 404, (role, path, response.status_code)
    anonymous = app_client.request(method, path, json=body)
    assert anonymous.status_code == 401


def test_only_leads_see_the_invite_code(app_client: TestClient, team: dict[str, Any]) -> None:
    for role, sees in (("owner", True), ("mentor", True), ("member", False)):
        data = app_client.get(f"/api/v1/teams/{team['id']}", headers=team[role].headers).json()
        assert (data["invite_code"] == team["code"]) is sees


def test_members_never_see_each_others_code(app_client: TestClient, team: dict[str, Any]) -> None:
    other = person(app_client)
    app_client.post("/api/v1/teams/join", json={"code": team["code"]}, headers=other.headers)
    mine = app_client.get(f"/api/v1/submissions/{team['submission']}", headers=other.headers)
    assert mine.status_code == 404
    theirs = app_client.get(
        f"/api/v1/teams/{team['id']}/members/{team['member'].id}/submissions",
        headers=other.headers,
    )
    assert theirs.status_code == 404


def test_a_mentor_reads_and_comments_and_the_learner_sees_the_comment(
    app_client: TestClient, team: dict[str, Any]
) -> None:
    mentor, member = team["mentor"], team["member"]
    found = app_client.get(
        f"/api/v1/teams/{team['id']}/members/{member.id}/submissions", headers=mentor.headers
    ).json()["submissions"]
    assert [s["id"] for s in found] == [team["submission"]]
    assert found[0]["files"]["solution.py"] == WRONG
    posted = app_client.post(
        f"/api/v1/submissions/{team['submission']}/comments",
        json={"body": "Where does the balance start?"},
        headers=mentor.headers,
    )
    assert posted.status_code == 201
    seen = app_client.get(f"/api/v1/submissions/{team['submission']}", headers=member.headers)
    assert [c["body"] for c in seen.json()["comments"]] == ["Where does the balance start?"]


def test_a_team_that_does_not_share_keeps_code_private_even_from_mentors(
    app_client: TestClient,
) -> None:
    owner, member = person(app_client), person(app_client)
    data = app_client.post("/api/v1/teams", json={"name": "Private"}, headers=owner.headers).json()
    app_client.post(
        "/api/v1/teams/join", json={"code": data["invite_code"]}, headers=member.headers
    )
    body = {"exercise": "running-totals", "files": {"solution.py": WRONG}}
    sid = app_client.post("/api/v1/submissions", json=body, headers=member.headers).json()["id"]
    path = f"/api/v1/teams/{data['id']}/members/{member.id}/submissions"
    assert app_client.get(path, headers=owner.headers).status_code == 404
    comment = app_client.post(
        f"/api/v1/submissions/{sid}/comments", json={"body": "hi"}, headers=owner.headers
    )
    assert comment.status_code == 404
    assert (
        app_client.get(f"/api/v1/teams/{data['id']}/matrix", headers=owner.headers).status_code
        == 200
    )


def test_the_matrix_shows_every_member_by_skill_state(
    app_client: TestClient, team: dict[str, Any]
) -> None:
    matrix = app_client.get(
        f"/api/v1/teams/{team['id']}/matrix?sort=syntax-and-execution",
        headers=team["mentor"].headers,
    ).json()
    assert len(matrix["members"]) == 3 and len(matrix["skills"]) >= 32
    by_id = {m["id"]: m for m in matrix["members"]}
    assert by_id[team["member"].id]["states"]["syntax-and-execution"] == "in_progress"
    assert by_id[team["owner"].id]["states"]["syntax-and-execution"] == "available"
    assert matrix["members"][0]["id"] == team["member"].id, "sorted by that skill's state"
    assert set(by_id[team["member"].id]["readiness"]) == {
        "entry",
        "early-professional",
        "mid",
        "senior",
    }


def test_roles_and_codes_are_checked(app_client: TestClient, team: dict[str, Any]) -> None:
    owner = team["owner"]
    bad_role = app_client.put(
        f"/api/v1/teams/{team['id']}/members/{team['member'].id}/role",
        json={"role": "emperor"},
        headers=owner.headers,
    )
    assert bad_role.status_code == 409
    again = app_client.post(
        "/api/v1/teams/join", json={"code": team["code"]}, headers=team["member"].headers
    )
    assert again.status_code == 409
    unknown = app_client.post(
        "/api/v1/teams/join", json={"code": "nope"}, headers=team["outsider"].headers
    )
    assert unknown.status_code == 404


def test_team_pages_render_for_leads_and_members(
    app_client: TestClient, team: dict[str, Any]
) -> None:
    from tests.web.conftest import sign_up

    sign_up(app_client)
    assert app_client.get("/teams").status_code == 200
    assert app_client.get(f"/teams/{team['id']}").status_code == 404, "not a member: not found"

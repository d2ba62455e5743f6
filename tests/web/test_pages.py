"""Every page renders, for a visitor and for a signed-in learner."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from pyroad.web.state import render_markdown
from tests.web.conftest import sign_up

PUBLIC = [
    "/",
    "/role",
    "/tools",
    "/frameworks",
    "/frameworks?need=admin&need=orm&need=large-app",
    "/levels",
    "/careers",
    "/certifications",
    "/signup",
    "/signin",
    "/skills/functions-and-scope",
    "/exercises/running-totals",
]


@pytest.mark.parametrize("path", PUBLIC)
def test_public_pages_render_with_a_title_and_one_h1(app_client: TestClient, path: str) -> None:
    response = app_client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "<title>" in response.text and response.text.count("<h1>") == 1


def test_the_roadmap_is_an_svg_with_a_link_per_skill(app_client: TestClient) -> None:
    html = app_client.get("/").text
    assert '<svg class="roadmap"' in html
    assert 'href="/skills/syntax-and-execution" class="node available"' in html
    assert 'href="/skills/django" class="node locked"' in html
    assert html.count('<a href="/skills/') >= 32


def test_the_framework_chooser_ranks_like_the_cli(app_client: TestClient) -> None:
    html = app_client.get("/frameworks?need=api&need=performance&need=typing").text
    assert html.index('id="rank-fastapi"') < html.index('id="rank-django"')
    assert app_client.get("/frameworks?need=blockchain").status_code == 422


def test_unknown_skill_and_exercise_pages_are_404(app_client: TestClient) -> None:
    assert app_client.get("/skills/telepathy").status_code == 404
    assert app_client.get("/exercises/telepathy").status_code == 404


def test_signed_in_pages_render(app_client: TestClient) -> None:
    sign_up(app_client)
    for path in ("/dashboard", "/account", "/", "/exercises/running-totals"):
        response = app_client.get(path)
        assert response.status_code == 200, path
    assert 'id="submit-form"' in app_client.get("/exercises/running-totals").text


def test_markdown_is_sanitised() -> None:
    html = render_markdown(
        "# Hi\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)>"
    )
    assert "<script" not in html and "<img" not in html
    assert 'href="javascript' not in html, "a javascript: link never becomes a link"
    assert "&lt;script&gt;" in html, "raw HTML is shown as text"
    assert "<h1>Hi</h1>" in html


def test_security_headers_are_set(app_client: TestClient) -> None:
    response = app_client.get("/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie

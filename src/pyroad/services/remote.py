"""The CLI talking to a pyroad server: log in once, then submissions go to the server."""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from pyroad.settings import Settings

CREDENTIALS = "credentials.json"


class RemoteError(Exception):
    """The server refused or could not be reached; the message says which."""


@dataclass(frozen=True)
class Credentials:
    server: str
    token: str
    learner: str


def credentials_path(settings: Settings) -> Path:
    return settings.data_dir / CREDENTIALS


def load_credentials(settings: Settings) -> Credentials | None:
    path = credentials_path(settings)
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Credentials(data["server"], data["token"], data.get("learner", ""))
    except (ValueError, KeyError) as exc:
        raise RemoteError(f"{path} is damaged; run `pyroad login` again") from exc


def login(settings: Settings, server: str, email: str, password: str) -> Credentials:
    server = server.rstrip("/")
    try:
        response = httpx.post(
            f"{server}/api/v1/tokens", json={"email": email, "password": password}, timeout=30
        )
    except httpx.HTTPError as exc:
        raise RemoteError(f"cannot reach {server}: {exc}") from exc
    if response.status_code != 201:
        raise RemoteError(_detail(response))
    data = response.json()
    credentials = Credentials(server, data["token"], data.get("learner", ""))
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    path = credentials_path(settings)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        json.dump(credentials.__dict__, handle)
    return credentials


def logout(settings: Settings) -> bool:
    path = credentials_path(settings)
    if path.exists():
        path.unlink()
        return True
    return False


def submit_remote(
    credentials: Credentials, exercise: str, files: dict[str, str], wait: float = 120
) -> dict[str, Any]:
    """Send files to the server and wait for the verdict."""
    headers = {"Authorization": f"Bearer {credentials.token}"}
    base = f"{credentials.server}/api/v1/submissions"
    try:
        with httpx.Client(headers=headers, timeout=30) as client:
            created = client.post(base, json={"exercise": exercise, "files": files})
            if created.status_code != 202:
                raise RemoteError(_detail(created))
            url = f"{base}/{created.json()['id']}"
            deadline = time.monotonic() + wait
            while time.monotonic() < deadline:
                data: dict[str, Any] = client.get(url).json()
                if data.get("status") == "graded" and data.get("verdict"):
                    verdict: dict[str, Any] = data["verdict"]
                    return verdict
                time.sleep(0.3)
    except httpx.HTTPError as exc:
        raise RemoteError(f"cannot reach {credentials.server}: {exc}") from exc
    raise RemoteError("the server has not graded the submission yet; try `pyroad submit` later")


def _detail(response: httpx.Response) -> str:
    try:
        detail = response.json().get("detail")
    except ValueError:
        detail = None
    return f"the server answered {response.status_code}: {detail or response.text[:200]}"

"""Accounts and request safety: password hashes, signed sessions, CSRF tokens, rate limits.

- Passwords: argon2id (argon2-cffi's defaults), never stored or logged in clear.
- Sessions: a signed, timestamped cookie (itsdangerous) holding the learner id and a CSRF token;
  HttpOnly, SameSite=Lax, Secure when configured. Nothing else is trusted from the client.
- CSRF: every form carries the session's token; JSON calls made with the cookie send it in
  ``X-CSRF-Token``. Calls authenticated by an API token need none (no ambient credential).
- API tokens: random, shown once, stored as SHA-256 only.
- Rate limits: a sliding window per key, in this process.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from itsdangerous import BadSignature, URLSafeTimedSerializer

SESSION_COOKIE = "pyroad_session"
SESSION_MAX_AGE = 14 * 24 * 3600
_hasher = PasswordHasher()
# A real hash to verify against when the email is unknown, so both paths take the same time.
_DUMMY_HASH = _hasher.hash("not a real password at all")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and bool(password_hash)
    except (VerificationError, InvalidHashError):
        return False


def new_api_token() -> str:
    return "pyr_" + secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class Session:
    learner_id: int | None
    csrf: str


class Sessions:
    def __init__(self, secret: str) -> None:
        self._serializer = URLSafeTimedSerializer(secret, salt="pyroad-session")

    def load(self, cookie: str | None) -> Session:
        if cookie:
            try:
                data: Any = self._serializer.loads(cookie, max_age=SESSION_MAX_AGE)
                learner = data.get("learner")
                csrf = data.get("csrf")
                if isinstance(csrf, str) and (learner is None or isinstance(learner, int)):
                    return Session(learner, csrf)
            except (BadSignature, AttributeError):
                pass
        return Session(None, secrets.token_urlsafe(24))

    def dump(self, session: Session) -> str:
        return self._serializer.dumps({"learner": session.learner_id, "csrf": session.csrf})


def csrf_ok(session: Session, token: str | None) -> bool:
    return bool(token) and hmac.compare_digest(session.csrf, token or "")


class RateLimiter:
    """At most ``limit`` events per ``window`` seconds per key."""

    def __init__(self, limit: int, window: float) -> None:
        self.limit = limit
        self.window = window
        self._events: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def allow(self, key: str) -> bool:
        now = time.monotonic()
        with self._lock:
            events = self._events.setdefault(key, deque())
            while events and events[0] <= now - self.window:
                events.popleft()
            if len(events) >= self.limit:
                return False
            events.append(now)
            return True

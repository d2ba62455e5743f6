"""pyroad's settings: one typed object, read from ``PYROAD_*`` variables when created.

Nothing reads the environment at import time: entry points call :func:`get_settings` once and pass
the object down. Every field is documented in ``docs/settings.md``, which is generated from this
class (``make docs``) and checked by a test.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

import platformdirs
from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_data_dir() -> Path:
    return platformdirs.user_data_path("pyroad", appauthor=False)


class Settings(BaseSettings):
    """Settings for every entry point (CLI, web app, worker)."""

    model_config = SettingsConfigDict(env_prefix="PYROAD_", extra="ignore", frozen=True)

    data_dir: Path = Field(
        default_factory=_default_data_dir,
        description="Folder for the embedded SQLite database and other local state.",
    )
    database_url: str | None = Field(
        default=None,
        description="SQLAlchemy URL of the store, e.g. `postgresql+psycopg://user@host/db`. "
        "Empty means SQLite at `<data_dir>/pyroad.sqlite3`.",
    )
    learner: str = Field(
        default="me",
        min_length=1,
        max_length=64,
        description="Name of the local learner profile the CLI acts for.",
    )
    wip_limit: int = Field(
        default=2,
        ge=1,
        le=10,
        description="How many skills may be in progress at once.",
    )
    isolate: bool = Field(
        default=True,
        description="Grade in the isolated sandbox when the machine allows it; `false` grades "
        "unisolated (such results never count toward levels).",
    )
    pack_dir: Path | None = Field(
        default=None,
        description="Folder of a content pack to use instead of the built-in one.",
    )

    secret_key: str | None = Field(
        default=None,
        description="Key that signs session cookies. Empty: a random key is created once and "
        "kept in `<data_dir>/secret_key`.",
    )
    host: str = Field(default="127.0.0.1", description="Address `pyroad serve` listens on.")
    port: int = Field(default=8000, ge=0, le=65535, description="Port `pyroad serve` listens on.")
    grading_workers: int = Field(
        default=2,
        ge=0,
        le=64,
        description="Threads grading submissions inside `pyroad serve`; 0 runs the web app "
        "without grading.",
    )
    secure_cookies: bool = Field(
        default=False,
        description="Mark session cookies Secure (set it when pyroad is served over HTTPS).",
    )

    @field_validator("database_url")
    @classmethod
    def _normalise_url(cls, value: str | None) -> str | None:
        if not value:
            return None
        # Plain postgresql:// URLs get the psycopg 3 driver, the one pyroad installs.
        for prefix in ("postgresql://", "postgres://"):
            if value.startswith(prefix):
                return "postgresql+psycopg://" + value[len(prefix) :]
        return value

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'pyroad.sqlite3'}"


def signing_key(settings: Settings) -> str:
    """The configured secret key, or one made once and kept (0600) in the data folder."""
    if settings.secret_key:
        return settings.secret_key
    path = settings.data_dir / "secret_key"
    if not path.exists():
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as handle:
            handle.write(secrets.token_urlsafe(48))
    return path.read_text().strip()


def get_settings(**overrides: Any) -> Settings:
    """Build the settings from the environment, with explicit overrides (CLI flags) on top."""
    given = {key: value for key, value in overrides.items() if value is not None}
    return Settings(**given)

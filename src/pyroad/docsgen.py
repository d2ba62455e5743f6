"""Generate ``docs/cli.md`` and ``docs/settings.md`` from the code, so the docs cannot drift.

Run ``make docs`` (``python -m pyroad.docsgen``); a test fails when the committed files differ.
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer.main
from typer.testing import CliRunner

from pyroad.cli.app import app
from pyroad.settings import Settings

DOCS = Path(__file__).resolve().parents[2] / "docs"
WIDTH = "100"


def _command_paths() -> list[list[str]]:
    """Every command path, depth first: [], ["roadmap"], ..., ["content", "validate"]."""
    paths: list[list[str]] = []

    def walk(command: object, path: list[str]) -> None:
        paths.append(path)
        children: dict[str, object] = getattr(command, "commands", {}) or {}
        for name in children:
            walk(children[name], [*path, name])

    walk(typer.main.get_command(app), [])
    return paths


def cli_markdown() -> str:
    runner = CliRunner()
    lines = ["# pyroad command reference", "", "Generated from the code by `make docs`.", ""]
    for path in _command_paths():
        result = runner.invoke(app, [*path, "--help"], env={"COLUMNS": WIDTH, "NO_COLOR": "1"})
        depth = min(len(path) + 2, 4)
        lines += [f"{'#' * depth} `{' '.join(['pyroad', *path])}`", ""]
        lines += ["```text", result.output.rstrip(), "```", ""]
    return "\n".join(lines).rstrip() + "\n"


def settings_markdown() -> str:
    lines = [
        "# pyroad settings",
        "",
        "Generated from `pyroad.settings.Settings` by `make docs`. Each setting is read from the",
        "environment variable shown; CLI flags such as `--db` override it.",
        "",
        "| variable | type | default | meaning |",
        "|---|---|---|---|",
    ]
    for name, field in Settings.model_fields.items():
        default = "(computed)" if field.default_factory else repr(field.default)
        kind = str(field.annotation).replace("typing.", "").replace("pathlib.", "")
        kind = kind.replace("<class '", "").replace("'>", "")
        kind = kind.replace("|", "\\|")
        lines.append(f"| `PYROAD_{name.upper()}` | `{kind}` | `{default}` | {field.description} |")
    return "\n".join(lines) + "\n"


def generated() -> dict[Path, str]:
    return {DOCS / "cli.md": cli_markdown(), DOCS / "settings.md": settings_markdown()}


def main() -> int:
    for path, text in generated().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

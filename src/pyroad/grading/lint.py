"""Readability checks with ruff, on submitted files, in the trusted grader.

ruff only parses the files (it never runs them), so this is safe to do outside the sandbox. Each
exercise with a ``quality`` block gets two extra cases: lint rules and formatting.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from pyroad.content.models import QualitySpec

RUFF = [sys.executable, "-m", "ruff"]

# (case name, "pass" or "fail", message)
Case = tuple[str, str, str]


def _write(root: Path, files: dict[str, str]) -> list[str]:
    names = []
    for rel, text in files.items():
        if rel.endswith(".py"):
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            (root / rel).write_text(text, encoding="utf-8")
            names.append(rel)
    return names


def quality_cases(spec: QualitySpec, files: dict[str, str]) -> list[Case]:
    with tempfile.TemporaryDirectory(prefix="pyroad-lint-") as tmp:
        root = Path(tmp)
        names = _write(root, files)
        lint = subprocess.run(
            [
                *RUFF, "check", "--isolated", "--no-cache", "--output-format", "json",
                "--select", ",".join(spec.rules),
                "--config", f"lint.mccabe.max-complexity={spec.max_complexity}",
                *names,
            ],
            cwd=root, capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
        cases = [_lint_case(lint.stdout, lint.returncode)]
        if spec.formatted:
            fmt = subprocess.run(
                [*RUFF, "format", "--isolated", "--no-cache", "--check", *names],
                cwd=root, capture_output=True, text=True, timeout=60, check=False,
            )  # fmt: skip
            unformatted = [n for n in names if f"Would reformat: {n}" in fmt.stdout + fmt.stderr]
            shown = ", ".join(unformatted) or "see `ruff format --diff`"
            message = "" if fmt.returncode == 0 else f"not formatted like `ruff format`: {shown}"
            status = "fail" if message else "pass"
            cases.append(("formatted like ruff format", status, message))
    return cases


def _lint_case(output: str, code: int) -> Case:
    name = "readable: lint rules, docstrings and complexity"
    try:
        issues = json.loads(output or "[]")
    except ValueError:
        return (name, "fail", "the linter could not read the code")
    if not issues and code == 0:
        return (name, "pass", "")
    shown = [
        f"{i['filename'].split('/')[-1]}:{i['location']['row']}: {i['code']} {i['message']}"
        for i in issues[:5]
    ]
    more = f" (and {len(issues) - 5} more)" if len(issues) > 5 else ""
    return (name, "fail", "; ".join(shown) + more if shown else "the linter failed")

"""Rank Django, Flask and FastAPI (or a pack's frameworks) for a set of needs, with reasons."""

from __future__ import annotations

from dataclasses import dataclass

from pyroad.content.models import Fit, Framework, FrameworksFile


class UnknownNeedError(ValueError):
    """A need the pack does not describe; the message lists the known ones."""


@dataclass(frozen=True)
class Ranked:
    framework: Framework
    score: int
    reasons: tuple[tuple[str, Fit], ...]


def rank_frameworks(frameworks: FrameworksFile, needs: list[str]) -> list[Ranked]:
    """Sum each framework's fit scores over the needs; best first, ties keep the pack's order.

    Reasons are listed strongest first so the first line says why a framework leads.
    """
    known = [need.slug for need in frameworks.needs]
    unknown = [need for need in needs if need not in known]
    if unknown:
        raise UnknownNeedError(
            f"unknown need{'s' if len(unknown) > 1 else ''}: {', '.join(unknown)}; "
            f"choose from: {', '.join(known)}"
        )
    wanted = list(dict.fromkeys(needs))
    ranked = []
    for framework in frameworks.frameworks:
        reasons = tuple(
            sorted(
                ((need, framework.fit[need]) for need in wanted),
                key=lambda pair: -pair[1].score,
            )
        )
        ranked.append(Ranked(framework, sum(fit.score for _, fit in reasons), reasons))
    order = {r.framework.slug: i for i, r in enumerate(ranked)}
    return sorted(ranked, key=lambda r: (-r.score, order[r.framework.slug]))

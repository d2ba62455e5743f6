"""Plain-data views (JSON types only) shared by ``--json`` output and, later, the REST API."""

from __future__ import annotations

from typing import Any

from pyroad.content.models import Pack, Range
from pyroad.learning.frameworks import Ranked
from pyroad.learning.levels import LevelReadiness
from pyroad.learning.planner import Action, locked_skills
from pyroad.services.progress import Progress


def _range(band: Range) -> dict[str, int | None]:
    return {"min": band.min, "max": band.max}


def roadmap_view(pack: Pack, progress: Progress) -> dict[str, Any]:
    stages = []
    for number, stage in enumerate(pack.stages, start=1):
        skills = []
        for skill in pack.skills_in(stage.slug):
            status = progress.statuses[skill.slug]
            skills.append(
                {
                    "slug": skill.slug,
                    "title": skill.title,
                    "kind": skill.kind.value,
                    "layer": skill.layer.value if skill.layer else None,
                    "core": skill.core,
                    "choice": skill.choice,
                    "state": status.state.value,
                    "passed_exercises": len(status.passed_exercises),
                    "needed": status.needed,
                    "prerequisites": skill.prerequisites,
                }
            )
        stages.append(
            {
                "number": number,
                "slug": stage.slug,
                "title": stage.title,
                "summary": stage.summary,
                "foundation": stage.foundation,
                "skills": skills,
            }
        )
    return {"pack": pack.info.id, "learner": progress.learner.name, "stages": stages}


def skill_view(pack: Pack, progress: Progress, slug: str) -> dict[str, Any]:
    skill = pack.skill(slug)
    status = progress.statuses[slug]
    data = skill.model_dump(mode="json")
    data["stage_title"] = pack.stage(skill.stage).title
    data["state"] = status.state.value
    data["locked_because"] = list(status.locked_because)
    data["passed_exercises"] = list(status.passed_exercises)
    data["review_due_at"] = status.review_due_at.isoformat() if status.review_due_at else None
    data["required_by"] = [s.slug for s in pack.skills if slug in s.prerequisites]
    return data


def action_view(action: Action) -> dict[str, Any]:
    return {
        "kind": action.kind.value,
        "skill": action.skill,
        "title": action.title,
        "reason": action.reason,
        "options": list(action.options),
        "exercise": action.exercise,
    }


def next_view(pack: Pack, progress: Progress, explore: bool = False) -> dict[str, Any]:
    data: dict[str, Any] = {
        "learner": progress.learner.name,
        "actions": [action_view(a) for a in progress.actions],
    }
    if explore:
        data["locked"] = [
            {"slug": skill.slug, "title": skill.title, "stage": skill.stage, "because": why}
            for skill, why in locked_skills(pack, progress.statuses)
        ]
    return data


def level_view(readiness: LevelReadiness) -> dict[str, Any]:
    level = readiness.level
    return {
        "slug": level.slug,
        "title": level.title,
        "shown": readiness.shown,
        "met": readiness.met,
        "total": readiness.total,
        "missing": [
            {"kind": r.kind.value, "slug": r.slug, "title": r.title} for r in readiness.missing
        ],
        "expected": level.expected,
        "not_expected": level.not_expected,
        "not_assessed": level.not_assessed,
        "salary_inr_lpa": _range(readiness.salary.inr_lpa) if readiness.salary else None,
    }


def levels_view(pack: Pack, progress: Progress) -> dict[str, Any]:
    shown = progress.level_shown
    return {
        "learner": progress.learner.name,
        "level_shown": shown.level.slug if shown else None,
        "levels": [level_view(r) for r in progress.levels],
        "global_remote_usd": _range(pack.salary.global_remote_usd),
    }


def salary_view(pack: Pack) -> dict[str, Any]:
    titles = {level.slug: level.title for level in pack.levels}
    return {
        "note": pack.salary.note,
        "bands": [
            {"level": b.level, "title": titles[b.level], "inr_lpa": _range(b.inr_lpa)}
            for b in pack.salary.bands
        ],
        "global_remote_usd": _range(pack.salary.global_remote_usd),
        "global_remote_note": pack.salary.global_remote_note,
    }


def frameworks_view(pack: Pack, needs: list[str], ranked: list[Ranked]) -> dict[str, Any]:
    return {
        "advice": pack.frameworks.advice,
        "needs": needs,
        "ranking": [
            {
                "rank": position,
                "slug": r.framework.slug,
                "name": r.framework.name,
                "score": r.score,
                "reasons": [
                    {"need": need, "score": fit.score, "reason": fit.reason}
                    for need, fit in r.reasons
                ],
                "summary": r.framework.summary,
                "traits": r.framework.traits,
                "fits_when": r.framework.fits_when,
                "weak_when": r.framework.weak_when,
            }
            for position, r in enumerate(ranked, start=1)
        ],
    }


def format_inr(band: Range) -> str:
    return f"₹{band.min}+ LPA" if band.max is None else f"₹{band.min}–{band.max} LPA"


def format_usd(band: Range) -> str:
    def k(value: int) -> str:
        return f"${value // 1000}k"

    return f"{k(band.min)}+" if band.max is None else f"{k(band.min)}–{k(band.max)}"

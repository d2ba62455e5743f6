"""Cross-file rules of a content pack: references resolve, slugs are unique, order holds.

Each rule returns :class:`Problem` values; none raises. The order rules are the seed's "learning
order" made mechanical: prerequisites never point forward to a later stage, the prerequisite graph
has no cycle, and framework and deployment skills live only after every foundation stage.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import cast

from pyroad.content import models as m
from pyroad.content.loader import ParsedPack, Problem

LATE_KINDS = (m.SkillKind.FRAMEWORK, m.SkillKind.DEPLOYMENT)


def check_pack(parsed: ParsedPack) -> list[Problem]:
    """Run every cross-file rule on a pack whose files all parsed."""
    files = parsed.files
    stages = cast(m.StagesFile, files["stages.yaml"]).stages
    skill_origin = {skill.slug: rel for rel, skill in parsed.skills}
    skills = {skill.slug: skill for _, skill in parsed.skills}
    problems: list[Problem] = []
    problems += _duplicates("stages.yaml", "stages", (s.slug for s in stages))
    problems += _duplicate_skills(parsed.skills)
    problems += _skill_references(parsed.skills, stages, skills)
    problems += _cycles(skills, skill_origin)
    problems += _order(parsed.skills, stages, skills)
    problems += _tools(cast(m.ToolsFile, files["tools.yaml"]), skills)
    problems += _frameworks(cast(m.FrameworksFile, files["frameworks.yaml"]), skills)
    levels = cast(m.LevelsFile, files["levels.yaml"])
    problems += _levels(levels, skills)
    problems += _salary(cast(m.SalaryFile, files["salary.yaml"]), levels)
    problems += _careers(cast(m.CareersFile, files["careers.yaml"]), skills)
    certs = cast(m.CertificationsFile, files["certifications.yaml"])
    problems += _duplicates("certifications.yaml", "categories", (c.slug for c in certs.categories))
    rules = cast(m.RulesFile, files["rules.yaml"])
    problems += _duplicates("rules.yaml", "rules", (r.slug for r in rules.rules))
    problems += _exercises(parsed.exercises, skills, {k.slug for k in levels.work_kinds})
    return problems


def _duplicates(file: str, key: str, slugs: Iterable[str]) -> Iterator[Problem]:
    seen: set[str] = set()
    for slug in slugs:
        if slug in seen:
            yield Problem(file, f"{key}[{slug}]", f"duplicate slug '{slug}'")
        seen.add(slug)


def _duplicate_skills(skills: list[tuple[str, m.Skill]]) -> Iterator[Problem]:
    first: dict[str, str] = {}
    for rel, skill in skills:
        if skill.slug in first:
            yield Problem(
                rel,
                f"skills[{skill.slug}]",
                f"duplicate slug '{skill.slug}' (first defined in {first[skill.slug]})",
            )
        else:
            first[skill.slug] = rel


def _skill_references(
    skills: list[tuple[str, m.Skill]], stages: list[m.Stage], known: dict[str, m.Skill]
) -> Iterator[Problem]:
    stage_slugs = {stage.slug for stage in stages}
    for rel, skill in skills:
        key = f"skills[{skill.slug}]"
        if skill.stage not in stage_slugs:
            yield Problem(rel, f"{key}.stage", f"unknown stage '{skill.stage}'")
        for prereq in skill.prerequisites:
            if prereq not in known:
                yield Problem(rel, f"{key}.prerequisites", f"unknown skill '{prereq}'")
            elif prereq == skill.slug:
                yield Problem(rel, f"{key}.prerequisites", "a skill cannot require itself")


def _cycles(skills: dict[str, m.Skill], origin: dict[str, str]) -> Iterator[Problem]:
    """Find each prerequisite cycle once and name it: ``a -> b -> c -> a``."""
    white, grey, black = 0, 1, 2
    colour = dict.fromkeys(skills, white)
    reported: set[frozenset[str]] = set()
    found: list[list[str]] = []

    def visit(slug: str, path: list[str]) -> None:
        colour[slug] = grey
        path.append(slug)
        for prereq in skills[slug].prerequisites:
            if prereq not in skills or prereq == slug:
                continue
            if colour[prereq] == grey:
                cycle = [*path[path.index(prereq) :], prereq]
                if frozenset(cycle) not in reported:
                    reported.add(frozenset(cycle))
                    found.append(cycle)
            elif colour[prereq] == white:
                visit(prereq, path)
        path.pop()
        colour[slug] = black

    for slug in skills:
        if colour[slug] == white:
            visit(slug, [])
    for cycle in found:
        # A cycle reads in dependency order: each skill is needed by the one before it.
        names = " -> ".join(cycle)
        yield Problem(
            origin[cycle[0]],
            f"skills[{cycle[0]}].prerequisites",
            f"prerequisite cycle: {names}",
        )


def _order(
    skills: list[tuple[str, m.Skill]], stages: list[m.Stage], known: dict[str, m.Skill]
) -> Iterator[Problem]:
    index = {stage.slug: i for i, stage in enumerate(stages)}
    foundation = [i for i, stage in enumerate(stages) if stage.foundation]
    last_foundation = max(foundation, default=-1)
    for i, stage in enumerate(stages):
        if stage.foundation and any(not s.foundation for s in stages[:i]):
            yield Problem(
                "stages.yaml",
                f"stages[{stage.slug}].foundation",
                "a foundation stage must not come after a non-foundation stage",
            )
    for rel, skill in skills:
        key = f"skills[{skill.slug}]"
        if skill.stage not in index:
            continue
        here = index[skill.stage]
        if skill.kind in LATE_KINDS and here <= last_foundation:
            yield Problem(
                rel,
                f"{key}.stage",
                f"{skill.kind.value} skill '{skill.slug}' would open in stage "
                f"'{skill.stage}', before the foundation stages "
                f"(1–{last_foundation + 1}) are mastered; move it to a later stage",
            )
        for prereq in skill.prerequisites:
            other = known.get(prereq)
            if other is None or other.stage not in index:
                continue
            if index[other.stage] > here:
                yield Problem(
                    rel,
                    f"{key}.prerequisites",
                    f"'{prereq}' is in the later stage '{other.stage}'; a skill may only "
                    "require skills of its own or earlier stages",
                )


def _tools(tools: m.ToolsFile, skills: dict[str, m.Skill]) -> Iterator[Problem]:
    yield from _duplicates("tools.yaml", "categories", (c.slug for c in tools.categories))
    yield from _duplicates(
        "tools.yaml", "tools", (t.slug for c in tools.categories for t in c.tools)
    )
    for category in tools.categories:
        for tool in category.tools:
            if tool.skill is not None and tool.skill not in skills:
                yield Problem(
                    "tools.yaml",
                    f"categories[{category.slug}].tools[{tool.slug}].skill",
                    f"unknown skill '{tool.skill}'",
                )


def _frameworks(frameworks: m.FrameworksFile, skills: dict[str, m.Skill]) -> Iterator[Problem]:
    file = "frameworks.yaml"
    needs = [need.slug for need in frameworks.needs]
    yield from _duplicates(file, "needs", needs)
    yield from _duplicates(file, "frameworks", (f.slug for f in frameworks.frameworks))
    for framework in frameworks.frameworks:
        key = f"frameworks[{framework.slug}]"
        if framework.skill not in skills:
            yield Problem(file, f"{key}.skill", f"unknown skill '{framework.skill}'")
        for need in framework.fit:
            if need not in needs:
                yield Problem(file, f"{key}.fit.{need}", f"unknown need '{need}'")
        for need in needs:
            if need not in framework.fit:
                yield Problem(file, f"{key}.fit.{need}", "required field is missing")


def _levels(levels: m.LevelsFile, skills: dict[str, m.Skill]) -> Iterator[Problem]:
    file = "levels.yaml"
    work = {kind.slug for kind in levels.work_kinds}
    choices = {skill.choice for skill in skills.values() if skill.choice}
    yield from _duplicates(file, "work_kinds", (k.slug for k in levels.work_kinds))
    yield from _duplicates(file, "levels", (level.slug for level in levels.levels))
    for level in levels.levels:
        key = f"levels[{level.slug}].evidence"
        for slug in level.evidence.skills:
            if slug not in skills:
                yield Problem(file, f"{key}.skills", f"unknown skill '{slug}'")
        for slug in level.evidence.choices:
            if slug not in choices:
                yield Problem(file, f"{key}.choices", f"unknown choice group '{slug}'")
        for slug in level.evidence.work:
            if slug not in work:
                yield Problem(file, f"{key}.work", f"unknown work kind '{slug}'")


def _salary(salary: m.SalaryFile, levels: m.LevelsFile) -> Iterator[Problem]:
    known = {level.slug for level in levels.levels}
    yield from _duplicates("salary.yaml", "bands", (band.level for band in salary.bands))
    for band in salary.bands:
        if band.level not in known:
            yield Problem(
                "salary.yaml", f"bands[{band.level}].level", f"unknown level '{band.level}'"
            )
    ranges = [("global_remote_usd", salary.global_remote_usd)]
    ranges += [(f"bands[{band.level}].inr_lpa", band.inr_lpa) for band in salary.bands]
    for key, band_range in ranges:
        if band_range.max is not None and band_range.max < band_range.min:
            yield Problem("salary.yaml", key, "max is below min")


def _careers(careers: m.CareersFile, skills: dict[str, m.Skill]) -> Iterator[Problem]:
    yield from _duplicates("careers.yaml", "tracks", (t.slug for t in careers.tracks))
    for track in careers.tracks:
        for slug in track.builds_on:
            if slug not in skills:
                yield Problem(
                    "careers.yaml", f"tracks[{track.slug}].builds_on", f"unknown skill '{slug}'"
                )


def _exercises(
    exercises: list[m.Exercise], skills: dict[str, m.Skill], work: set[str]
) -> Iterator[Problem]:
    for exercise in exercises:
        rel = f"exercises/{exercise.id}/exercise.yaml"
        for slug in exercise.spec.skills:
            if slug not in skills:
                yield Problem(rel, "skills", f"unknown skill '{slug}'")
        for slug in exercise.spec.work:
            if slug not in work:
                yield Problem(rel, "work", f"unknown work kind '{slug}'")
        spec = exercise.spec
        if spec.kind is m.ExerciseKind.PROGRAM and spec.entry not in spec.files:
            yield Problem(rel, "entry", f"the entry '{spec.entry}' is not one of the files")
        if spec.kind is m.ExerciseKind.FUNCTION:
            base = spec.module.replace(".", "/")
            if f"{base}.py" not in spec.files and f"{base}/__init__.py" not in spec.files:
                yield Problem(
                    rel, "module", f"neither {base}.py nor {base}/__init__.py is one of the files"
                )

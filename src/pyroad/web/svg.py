"""The roadmap drawn on the server as SVG: stages as lanes, prerequisites as edges.

Inside a lane, a skill sits one column to the right of its deepest prerequisite in the same
lane; each skill is a link coloured by the learner's state. The drawing scales to any width.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from pyroad.content.models import Pack

WIDTH = 1000
NODE_W, NODE_H = 180, 46
COL_GAP, ROW_GAP = 24, 14
LANE_HEAD, LANE_PAD = 34, 14
STATE_CLASS = {
    "locked": "locked",
    "available": "available",
    "in_progress": "progress",
    "mastered": "mastered",
    "review_due": "review",
}


@dataclass(frozen=True)
class Box:
    x: int
    y: int


def _depths(pack: Pack, stage: str) -> dict[str, int]:
    skills = {s.slug: s for s in pack.skills_in(stage)}
    depth: dict[str, int] = {}

    def of(slug: str) -> int:
        if slug not in depth:
            inside = [p for p in skills[slug].prerequisites if p in skills]
            depth[slug] = 1 + max((of(p) for p in inside), default=-1)
        return depth[slug]

    for slug in skills:
        of(slug)
    return depth


def _short(text: str, limit: int = 24) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def roadmap_svg(pack: Pack, states: dict[str, str]) -> str:
    """The whole drawing; the layout is computed once per pack, colours per learner."""
    head, boxes, tail = _layout(pack)
    nodes = []
    for skill in pack.skills:
        box = boxes[skill.slug]
        state = states.get(skill.slug, "locked")
        label = state.replace("_", " ")
        nodes.append(
            f'<a href="/skills/{skill.slug}" class="node {STATE_CLASS[state]}">'
            f"<title>{escape(skill.title)}: {label}</title>"
            f'<rect x="{box.x}" y="{box.y}" width="{NODE_W}" height="{NODE_H}" rx="8"/>'
            f'<text x="{box.x + 10}" y="{box.y + 19}">{escape(_short(skill.title))}</text>'
            f'<text class="state" x="{box.x + 10}" y="{box.y + 36}">{label}</text></a>'
        )
    return head + "".join(nodes) + tail


_LAYOUTS: dict[int, tuple[str, dict[str, Box], str]] = {}


def _layout(pack: Pack) -> tuple[str, dict[str, Box], str]:
    cached = _LAYOUTS.get(id(pack))
    if cached is not None and cached[1].keys() == {s.slug for s in pack.skills}:
        return cached
    boxes: dict[str, Box] = {}
    parts: list[str] = []
    y = 0
    columns = max(1, (WIDTH - 2 * LANE_PAD + COL_GAP) // (NODE_W + COL_GAP))
    for number, stage in enumerate(pack.stages, start=1):
        depth = _depths(pack, stage.slug)
        rows: dict[int, int] = {}
        for skill in pack.skills_in(stage.slug):
            column = min(depth[skill.slug], columns - 1)
            row = rows.get(column, 0)
            rows[column] = row + 1
            boxes[skill.slug] = Box(
                LANE_PAD + column * (NODE_W + COL_GAP),
                y + LANE_HEAD + row * (NODE_H + ROW_GAP),
            )
        height = LANE_HEAD + max(rows.values(), default=1) * (NODE_H + ROW_GAP) + LANE_PAD
        parts.append(
            f'<g class="lane"><rect x="0" y="{y}" width="{WIDTH}" height="{height}" rx="10"/>'
            f'<text class="lane-title" x="{LANE_PAD}" y="{y + 23}">Stage {number}: '
            f"{escape(stage.title)}</text></g>"
        )
        y += height + 10
    edges = []
    for skill in pack.skills:
        to = boxes[skill.slug]
        for prereq in skill.prerequisites:
            start = boxes[prereq]
            if pack.skill(prereq).stage == skill.stage:  # same lane: left to right
                x1, y1, x2, y2 = start.x + NODE_W, start.y + NODE_H // 2, to.x, to.y + NODE_H // 2
                bend = (x1 + x2) // 2
                path = f"M{x1},{y1} C{bend},{y1} {bend},{y2} {x2},{y2}"
            else:  # from an earlier lane: down from its bottom to the top of this one
                x1, y1, x2, y2 = start.x + NODE_W // 2, start.y + NODE_H, to.x + NODE_W // 2, to.y
                path = f"M{x1},{y1} C{x1},{y1 + 40} {x2},{y2 - 40} {x2},{y2}"
            edges.append(f'<path class="edge" d="{path}"/>')
    head = (
        f'<svg class="roadmap" viewBox="0 0 {WIDTH} {y}" role="img" '
        f'aria-label="Roadmap: {len(pack.stages)} stages, {len(pack.skills)} skills" '
        f'xmlns="http://www.w3.org/2000/svg">{"".join(parts)}{"".join(edges)}'
    )
    _LAYOUTS[id(pack)] = (head, boxes, "</svg>")
    return _LAYOUTS[id(pack)]

"""Rich renderings of the plain-data views. Presentation only: no decisions here."""

from __future__ import annotations

from typing import Any

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from pyroad.content.models import Pack, Range
from pyroad.services.views import format_inr, format_usd

STATE_STYLE = {
    "locked": ("locked", "dim"),
    "available": ("open", "cyan"),
    "in_progress": ("in progress", "yellow"),
    "mastered": ("mastered", "green"),
    "review_due": ("review due", "magenta"),
}


def state_text(state: str) -> Text:
    label, style = STATE_STYLE[state]
    return Text(label, style=style)


def roadmap(console: Console, data: dict[str, Any]) -> None:
    console.print(Text(f"Roadmap for {data['learner']}", style="bold"))
    for stage in data["stages"]:
        table = Table(show_header=False, box=None, pad_edge=False, expand=True)
        table.add_column("skill", ratio=4)
        table.add_column("slug", ratio=3, style="dim", overflow="fold")
        table.add_column("state", ratio=2)
        table.add_column("progress", ratio=1, justify="right")
        for skill in stage["skills"]:
            title = skill["title"] + (" (choice)" if skill["choice"] else "")
            table.add_row(
                Text(title, style="bold" if skill["state"] != "locked" else "dim"),
                skill["slug"],
                state_text(skill["state"]),
                f"{skill['passed_exercises']}/{skill['needed']}",
            )
        console.print(
            Panel(
                Group(Text(stage["summary"], style="italic"), table),
                title=f"Stage {stage['number']}: {stage['title']}",
                title_align="left",
            )
        )


def next_steps(console: Console, data: dict[str, Any]) -> None:
    if not data["actions"]:
        console.print("Nothing to do right now: every open skill is mastered and no review is due.")
    for number, action in enumerate(data["actions"], start=1):
        head = Text(f"{number}. {action['kind'].upper()} ", style="bold cyan") + Text(
            action["title"], style="bold"
        )
        console.print(head)
        console.print(f"   why: {action['reason']}")
        if action["options"]:
            console.print(f"   options: {', '.join(action['options'])}")
        if action["exercise"]:
            console.print(f"   run: pyroad start {action['exercise']}")
        else:
            console.print(f"   read: pyroad skill {action['skill']}")
    if "locked" in data:
        table = Table(title="Locked skills", title_justify="left", expand=True)
        table.add_column("skill")
        table.add_column("why it is locked")
        for item in data["locked"]:
            table.add_row(f"{item['title']}\n[dim]{item['slug']}[/dim]", item["because"])
        console.print(table)


def skill(console: Console, data: dict[str, Any]) -> None:
    console.print(Text(data["title"], style="bold") + Text(f"  ({data['slug']})", style="dim"))
    layer = f", layer {data['layer']}" if data["layer"] else ""
    console.print(f"Stage: {data['stage_title']}{layer}; kind: {data['kind']}")
    console.print(Text("State: ") + state_text(data["state"]))
    for why in data["locked_because"]:
        console.print(f"  locked: {why}")
    console.print(f"\n[bold]What it is[/bold]\n{data['summary']}")
    console.print(f"\n[bold]Why it matters[/bold]\n{data['why']}")
    if data["prerequisites"]:
        console.print(f"\n[bold]Needs[/bold]: {', '.join(data['prerequisites'])}")
    if data["required_by"]:
        console.print(f"[bold]Opens[/bold]: {', '.join(data['required_by'])}")
    console.print("\n[bold]Read[/bold]")
    for ref in data["references"]:
        console.print(f"  - {ref['title']}: {ref['url']}")


def levels(console: Console, data: dict[str, Any]) -> None:
    shown = data["level_shown"]
    console.print(
        Text("Level shown: ", style="bold")
        + Text(shown or "none yet", style="green" if shown else "yellow")
    )
    for level in data["levels"]:
        salary = level["salary_inr_lpa"]
        band = format_inr_dict(salary) if salary else "-"
        status = "met" if level["met"] == level["total"] else "not yet"
        lines = [f"Evidence: {level['met']}/{level['total']} ({status})   Salary band: {band}"]
        if level["missing"]:
            lines.append("Missing:")
            lines += [f"  - {m['kind']}: {m['title']}" for m in level["missing"]]
        if level["not_assessed"]:
            lines.append("Not graded by pyroad (show it elsewhere):")
            lines += [f"  - {item}" for item in level["not_assessed"]]
        console.print(Panel("\n".join(lines), title=level["title"], title_align="left"))
    console.print(f"Global / remote roles: {format_usd_dict(data['global_remote_usd'])} a year")


def format_inr_dict(band: dict[str, int | None]) -> str:
    return format_inr(Range.model_validate(band))


def format_usd_dict(band: dict[str, int | None]) -> str:
    return format_usd(Range.model_validate(band))


def role(console: Console, pack: Pack) -> None:
    r = pack.role
    console.print(Panel(r.summary, title="The Python developer role", title_align="left"))
    _bullets(console, "What the role involves", r.responsibilities)
    _bullets(console, "A typical day", r.daily_work)
    _bullets(console, "Where Python is used", [f"{u.area}: {u.note}" for u in r.used_for])
    _bullets(
        console,
        "Where Python is usually not the tool",
        [f"{u.area} (prefer {', '.join(u.prefer)}): {u.note}" for u in r.not_used_for],
    )
    _bullets(console, "Who hires", r.employers)
    _bullets(console, "Why teams pick Python", r.why_python)


def _bullets(console: Console, title: str, items: list[str]) -> None:
    console.print(f"\n[bold]{title}[/bold]")
    for item in items:
        console.print(f"  - {item}")


def tools(console: Console, pack: Pack) -> None:
    for category in pack.tools:
        table = Table(show_header=True, expand=True, box=None)
        table.add_column("tool", ratio=1)
        table.add_column("what it is for", ratio=3)
        table.add_column("why it exists", ratio=3)
        for tool in category.tools:
            table.add_row(f"[bold]{tool.name}[/bold]", tool.what, tool.why)
        head = Text(f"Purpose: {category.purpose}. ", style="italic") + Text(category.why)
        console.print(Panel(Group(head, table), title=category.title, title_align="left"))


def frameworks(console: Console, data: dict[str, Any]) -> None:
    if data["needs"]:
        console.print(f"[bold]Needs:[/bold] {', '.join(data['needs'])}")
    for item in data["ranking"]:
        lines = [item["summary"]]
        if data["needs"]:
            lines.append(f"Score: {item['score']}")
            lines += [f"  [{r['score']}] {r['need']}: {r['reason']}" for r in item["reasons"]]
        else:
            lines += ["Fits when:"] + [f"  - {x}" for x in item["fits_when"]]
        lines += ["Traits:"] + [f"  - {trait}" for trait in item["traits"]]
        console.print(
            Panel("\n".join(lines), title=f"{item['rank']}. {item['name']}", title_align="left")
        )
    console.print(Text(data["advice"], style="italic"))


def salary(console: Console, data: dict[str, Any]) -> None:
    table = Table(title="Salary bands (India, lakh rupees a year)", title_justify="left")
    table.add_column("Career level")
    table.add_column("Typical range", justify="right")
    for band in data["bands"]:
        table.add_row(band["title"], format_inr_dict(band["inr_lpa"]))
    table.add_row("Global / remote", format_usd_dict(data["global_remote_usd"]) + " a year")
    console.print(table)
    console.print(data["note"])
    console.print(data["global_remote_note"])


def certs(console: Console, pack: Pack) -> None:
    c = pack.certifications
    console.print(c.summary)
    _bullets(console, "What a certificate can do", c.proves)
    _bullets(console, "What it does not prove", c.does_not_prove)
    for category in c.categories:
        lines = [category.summary] + [
            f"  - {e.name} ({e.issuer}): {e.url}" for e in category.examples
        ]
        console.print(Panel("\n".join(lines), title=category.title, title_align="left"))
    console.print(Text(c.advice, style="italic"))


def careers(console: Console, pack: Pack) -> None:
    console.print(pack.careers.summary)
    for track in pack.careers.tracks:
        lines = [
            track.summary,
            "Builds on: " + ", ".join(pack.skill(s).title for s in track.builds_on),
            "Learn next: " + "; ".join(track.next_topics),
        ]
        console.print(Panel("\n".join(lines), title=track.title, title_align="left"))


def exercises(console: Console, rows: list[dict[str, Any]]) -> None:
    if not rows:
        console.print("No exercises.")
        return
    table = Table(expand=True)
    table.add_column("exercise")
    table.add_column("skill")
    table.add_column("level", justify="center")
    table.add_column("kind")
    table.add_column("state")
    styles = {"passed": "green", "attempted": "yellow", "started": "yellow", "locked": "dim"}
    for row in rows:
        table.add_row(
            f"[bold]{row['id']}[/bold]\n{row['title']}",
            ", ".join(row["skills"]),
            "*" * row["difficulty"],
            row["kind"],
            Text(row["state"], style=styles.get(row["state"], "cyan")),
        )
    console.print(table)


def verdict(console: Console, data: dict[str, Any]) -> None:
    colour = {"pass": "green", "fail": "red"}.get(data["status"], "magenta")
    head = Text(data["status"].upper(), style=f"bold {colour}")
    head += Text(f"  {data['exercise']}  ({data['integrity']}, {data['duration_ms']:.0f} ms)")
    console.print(head)
    if data["message"]:
        console.print(data["message"])
    for limit in data["limits"]:
        console.print(Text(f"limit: {limit}", style="magenta"))
    for case in data["cases"]:
        mark = (
            Text(" ok  ", style="green") if case["status"] == "pass" else Text(" FAIL", style="red")
        )
        line = mark + Text(f" {case['name']}")
        if case["message"]:
            line += Text(f": {case['message']}", style="dim" if case["status"] == "pass" else "")
        console.print(line)
    if data["integrity"] == "unisolated":
        console.print(
            Text(
                "graded without isolation: it helps you move on but never counts toward a level",
                style="yellow",
            )
        )

"""Teams: a mentor sees where every member stands; members never see each other's code.

Who may do what (everything else answers "not found", never "forbidden", so that a team's
existence does not leak to outsiders):

| action                               | owner | mentor | member | outsider |
|--------------------------------------|-------|--------|--------|----------|
| see the team, its members            |  yes  |  yes   |  yes   |    -     |
| see the invite code                  |  yes  |  yes   |   -    |    -     |
| skills matrix and level readiness    |  yes  |  yes   |   -    |    -     |
| read a member's submissions          |  yes* |  yes*  |   -    |    -     |
| comment on a member's submission     |  yes* |  yes*  |   -    |    -     |
| change roles                         |  yes  |   -    |   -    |    -     |

\\* only where the team shares submissions (chosen when it is created).
"""

from __future__ import annotations

from typing import Any

from pyroad.learning.evidence import Integrity
from pyroad.learning.levels import assess_levels, level_shown
from pyroad.learning.mastery import assess
from pyroad.services.context import Context
from pyroad.services.submissions import submission_view
from pyroad.store import ConflictError, LearnerRecord
from pyroad.store.sql import SqlStore
from pyroad.store.teams import ROLES, TeamRecord, TeamStore

LEADS = ("owner", "mentor")


class NotFoundError(LookupError):
    """No such thing, or nothing the caller may see (the two are not told apart)."""


class TeamError(ValueError):
    """A request the rules refuse, with the reason."""


def team_store(ctx: Context) -> TeamStore:
    if not isinstance(ctx.store, SqlStore):
        raise TeamError("teams need the SQL store")
    return TeamStore(ctx.store)


def create_team(ctx: Context, owner: LearnerRecord, name: str, share: bool) -> TeamRecord:
    name = name.strip()
    if not 2 <= len(name) <= 100:
        raise TeamError("a team name has 2 to 100 characters")
    return team_store(ctx).create(owner.id, name, share, ctx.clock())


def join_team(ctx: Context, learner: LearnerRecord, code: str) -> TeamRecord:
    teams = team_store(ctx)
    team = teams.by_code(code.strip())
    if team is None:
        raise NotFoundError("no team has that invite code")
    try:
        teams.join(team.id, learner.id)
    except ConflictError as exc:
        raise TeamError(str(exc)) from exc
    return team


def _role(teams: TeamStore, team_id: int, actor: LearnerRecord, allowed: tuple[str, ...]) -> str:
    role = teams.role(team_id, actor.id)
    if role is None or role not in allowed:
        raise NotFoundError("no such team")
    return role


def team_view(ctx: Context, actor: LearnerRecord, team_id: int) -> dict[str, Any]:
    teams = team_store(ctx)
    role = _role(teams, team_id, actor, ROLES)
    team = teams.get(team_id)
    assert team is not None
    return {
        "id": team.id,
        "name": team.name,
        "your_role": role,
        "share_submissions": team.share_submissions,
        "invite_code": team.invite_code if role in LEADS else None,
        "members": [
            {"id": learner.id, "name": learner.name, "role": member_role}
            for learner, member_role in teams.members(team_id)
        ],
    }


def my_teams(ctx: Context, actor: LearnerRecord) -> list[dict[str, Any]]:
    return [
        {"id": team.id, "name": team.name, "your_role": role}
        for team, role in team_store(ctx).teams_of(actor.id)
    ]


def skills_matrix(
    ctx: Context, actor: LearnerRecord, team_id: int, sort: str | None = None
) -> dict[str, Any]:
    """Members x skills, coloured by state, with each member's level readiness."""
    teams = team_store(ctx)
    _role(teams, team_id, actor, LEADS)
    members = teams.members(team_id)
    ids = [learner.id for learner, _ in members]
    evidence = teams.evidence_of(ids)
    starts = teams.starts_of(ids)
    now = ctx.clock()
    rows: list[dict[str, Any]] = []
    for learner, role in members:
        statuses = assess(ctx.pack, evidence[learner.id], starts[learner.id], now)
        isolated = [e for e in evidence[learner.id] if e.integrity is Integrity.ISOLATED]
        # Levels count isolated evidence only; when that is all there is, the states agree.
        same = len(isolated) == len(evidence[learner.id])
        level_statuses = statuses if same else assess(ctx.pack, isolated, (), now)
        levels = assess_levels(ctx.pack, level_statuses, isolated)
        shown = level_shown(levels)
        rows.append(
            {
                "id": learner.id,
                "name": learner.name,
                "role": role,
                "states": {slug: st.state.value for slug, st in statuses.items()},
                "mastered": sum(1 for st in statuses.values() if st.state.is_mastered),
                "level_shown": shown.level.slug if shown else None,
                "readiness": {r.level.slug: [r.met, r.total] for r in levels},
            }
        )
    skills = [s.slug for s in ctx.pack.skills]
    if sort in skills:
        order = {"mastered": 0, "review_due": 1, "in_progress": 2, "available": 3, "locked": 4}
        rows.sort(key=lambda r: (order[r["states"][sort]], r["name"]))
    elif sort == "mastered":
        rows.sort(key=lambda r: (-r["mastered"], r["name"]))
    return {"team": team_id, "skills": skills, "members": rows}


def member_submissions(
    ctx: Context, actor: LearnerRecord, team_id: int, member_id: int
) -> list[dict[str, Any]]:
    teams = team_store(ctx)
    _role(teams, team_id, actor, LEADS)
    team = teams.get(team_id)
    if team is None or not team.share_submissions or teams.role(team_id, member_id) is None:
        raise NotFoundError("no such member, or this team does not share submissions")
    return [
        {**submission_view(s, with_files=True), "comments": comments_view(teams, s.id)}
        for s in ctx.store.submissions(member_id)
    ]


def comments_view(teams: TeamStore, submission_id: int) -> list[dict[str, Any]]:
    return [
        {"author": c.author, "body": c.body, "created_at": c.created_at.isoformat()}
        for c in teams.comments(submission_id)
    ]


def comment(ctx: Context, actor: LearnerRecord, submission_id: int, body: str) -> int:
    teams = team_store(ctx)
    submission = ctx.store.submission(submission_id)
    if submission is None or not teams.shared_with(actor.id, submission.learner_id):
        raise NotFoundError("no such submission")
    body = body.strip()
    if not 1 <= len(body) <= 4000:
        raise TeamError("a comment has 1 to 4000 characters")
    return teams.add_comment(submission_id, actor.id, body, ctx.clock())


def set_role(ctx: Context, actor: LearnerRecord, team_id: int, member_id: int, role: str) -> None:
    teams = team_store(ctx)
    _role(teams, team_id, actor, ("owner",))
    if role not in ROLES:
        raise TeamError(f"a role is one of: {', '.join(ROLES)}")
    if member_id == actor.id and role != "owner":
        raise TeamError("an owner cannot step down; make someone else owner first")
    if not teams.set_role(team_id, member_id, role):
        raise NotFoundError("no such member")

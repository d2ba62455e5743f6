from __future__ import annotations

import pytest

from pyroad.content.models import Pack
from pyroad.learning.frameworks import UnknownNeedError, rank_frameworks


@pytest.mark.parametrize(
    ("needs", "winner"),
    [
        (["admin", "orm", "large-app"], "django"),
        (["api", "performance", "typing"], "fastapi"),
        (["small-service", "customization"], "flask"),
    ],
)
def test_the_framework_that_fits_the_needs_ranks_first_with_reasons(
    pack: Pack, needs: list[str], winner: str
) -> None:
    ranked = rank_frameworks(pack.frameworks, needs)
    assert ranked[0].framework.slug == winner
    assert ranked[0].score > ranked[1].score, "the winner must lead, not tie"
    for r in ranked:
        assert [need for need, _ in r.reasons] == sorted(
            needs, key=lambda n: -r.framework.fit[n].score
        )
        assert all(fit.reason for _, fit in r.reasons)


def test_every_need_the_cli_promises_is_scored_for_every_framework(pack: Pack) -> None:
    promised = {
        "api", "admin", "orm", "auth", "large-app", "small-service",
        "customization", "performance", "typing", "docs",
    }  # fmt: skip
    known = {need.slug for need in pack.frameworks.needs}
    assert promised <= known
    for framework in pack.frameworks.frameworks:
        assert set(framework.fit) == known


def test_an_unknown_need_is_refused_with_the_known_ones_listed(pack: Pack) -> None:
    with pytest.raises(UnknownNeedError, match=r"unknown need: blockchain; choose from: api"):
        rank_frameworks(pack.frameworks, ["api", "blockchain"])


def test_repeating_a_need_does_not_count_it_twice(pack: Pack) -> None:
    once = rank_frameworks(pack.frameworks, ["admin"])
    twice = rank_frameworks(pack.frameworks, ["admin", "admin"])
    assert [(r.framework.slug, r.score) for r in once] == [
        (r.framework.slug, r.score) for r in twice
    ]

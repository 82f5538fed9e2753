"""``conflict``: two sources state the same fact, for the same time, with values that cannot
both be true (CL101)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from corpuslint.checks import _claims
from corpuslint.checks.base import Check, register
from corpuslint.intervals import Margins

if TYPE_CHECKING:
    from corpuslint.analysis import Corpus
    from corpuslint.claim import Claim
    from corpuslint.finding import Finding


class ConflictParams(BaseModel):
    model_config = ConfigDict(extra="forbid")

    margins: Margins = Margins()
    min_confidence: float = 0.75  # claims attached to an entity by position alone are too weak


@register
class Conflict(Check):
    kind = "conflict"
    Params = ConflictParams

    def check_claims(self, claims: Sequence[Claim], corpus: Corpus) -> Iterable[Finding]:
        for same in _claims.by_key(claims, self.params.min_confidence).values():
            for group in conflicting_groups(same, self.params.margins):
                yield self._report(group)

    def _report(self, group: list[Claim]) -> Finding:
        first, others = group[0], group[1:]
        margins = self.params.margins
        other = next(c for c in others if _claims.disjoint(first, c, margins))
        return self.finding(
            first.path,
            first.span,
            fingerprint=_claims.fingerprint(group),
            related=[_claims.related(c, self.lang) for c in others],
            count=len(group),
            **_claims.message_fields(first, other, self.lang),
        )


def conflicts(a: Claim, b: Claim, margins: Margins) -> bool:
    """Same fact, same time, values that cannot both hold. A fiscal year or a named event
    (2024财年, 2023年双11) is not the calendar period its dates approximate."""
    return _claims.same_time(a.period, b.period) and _claims.disjoint(a, b, margins)


def conflicting_groups(claims: list[Claim], margins: Margins) -> Iterator[list[Claim]]:
    """Connected groups of claims (in sort order) linked by pairwise conflicts."""
    parent = list(range(len(claims)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(claims):
        for j in range(i + 1, len(claims)):
            if conflicts(a, claims[j], margins):
                parent[root(j)] = root(i)
    groups: dict[int, list[Claim]] = {}
    for i, claim in enumerate(claims):
        groups.setdefault(root(i), []).append(claim)
    yield from (g for g in groups.values() if len(g) > 1)

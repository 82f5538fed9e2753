"""``cumulative``: a running total that goes down over time (CL103).

Registered users, cumulative downloads or total transactions never decrease, so a later-dated
value strictly below an earlier one means one of them is wrong (or not cumulative after all).
Only readings of the total count: an increment over a period (新增注册用户1200万, 累计交付量增加3万辆,
which the extractor gives the derived metric ``<metric>.change``) is not a running total.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from corpuslint.checks import _claims
from corpuslint.checks.base import Check, register
from corpuslint.intervals import Margins

if TYPE_CHECKING:
    from corpuslint.analysis import Corpus
    from corpuslint.claim import Claim
    from corpuslint.finding import Finding


class CumulativeParams(BaseModel):
    model_config = ConfigDict(extra="forbid")

    margins: Margins = Margins()
    min_confidence: float = 0.75


@register
class Cumulative(Check):
    kind = "cumulative"
    Params = CumulativeParams

    def check_claims(self, claims: Sequence[Claim], corpus: Corpus) -> Iterable[Finding]:
        running = (c for c in claims if reads_total(c))
        for group in _claims.by_key(running, self.params.min_confidence).values():
            for later in group:
                earlier = [e for e in group if decreases(e, later, self.params.margins)]
                if earlier:
                    # Name the earlier figure it falls furthest below: the highest one.
                    worst = max(earlier, key=lambda c: _claims.interval(c, self.params.margins).low)
                    yield self._report(later, worst, earlier)

    def _report(self, later: Claim, worst: Claim, earlier: list[Claim]) -> Finding:
        return self.finding(
            later.path,
            later.span,
            fingerprint=_claims.fingerprint([later, *earlier]),
            related=[_claims.related(c, self.lang) for c in earlier],
            **_claims.message_fields(later, worst, self.lang),
        )


def reads_total(claim: Claim) -> bool:
    """A dated reading of a running total (not an increment of one, nor its growth rate)."""
    return claim.cumulative and _claims.dated(claim.period)  # .change/.growth never are


def decreases(earlier: Claim, later: Claim, margins: Margins) -> bool:
    """``later`` is dated after ``earlier`` and its value is certainly lower."""
    if not later.period.end > earlier.period.end:  # type: ignore[operator]
        return False
    if not _claims.disjoint(earlier, later, margins):
        return False
    high = _claims.interval(later, margins).high
    low = _claims.interval(earlier, margins).low
    return high is not None and low is not None and high <= low

"""``drift``: the same fact with different values at different (or unknown) dates (CL102).

A figure that changed between two dated sources is expected (MAU grows), so it is reported
at the rule's own, low severity and names the newest comparable value. An undated figure that
differs from a dated one cannot be explained by its date, so it gets ``unexplained_severity``.
Pairs stated for the same time are CL101's business, and a running total that falls is CL103's:
neither is reported here.

Dated figures are comparable when they measure the same thing. A level (月活, 累计注册用户, 市值)
read at any two dates is, and so is a share or a rate. A flow (营收, 销量: the ``flows`` metrics,
and the change in any metric) is summed over its period, so 2023年第三季度 and 2023年 revenue
differ by construction: flows compare only over periods of the same length.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import timedelta
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from corpuslint.checks import _claims
from corpuslint.checks.base import Check, register
from corpuslint.checks.cumulative import decreases, reads_total
from corpuslint.claim import CHANGE_SUFFIX
from corpuslint.finding import Severity
from corpuslint.intervals import Margins, intersects, stated_interval

if TYPE_CHECKING:
    from corpuslint.analysis import Corpus
    from corpuslint.claim import Claim
    from corpuslint.finding import Finding
    from corpuslint.period import Period


class DriftParams(BaseModel):
    model_config = ConfigDict(extra="forbid")

    margins: Margins = Margins()
    min_confidence: float = 0.75
    unexplained_severity: Severity = Severity.WARNING
    # An article tracing a figure over time (2018年5亿, 2019年6亿) is not drift.
    across_documents_only: bool = True
    # Metrics summed over their period (the change in any metric is one too). Shares and rates
    # are not sums: a quarter's share may be compared with a year's.
    flows: list[str] = []


@register
class Drift(Check):
    kind = "drift"
    Params = DriftParams

    def check_claims(self, claims: Sequence[Claim], corpus: Corpus) -> Iterable[Finding]:
        for same in _claims.by_key(claims, self.params.min_confidence).values():
            dated = [c for c in same if _claims.dated(c.period)]
            if not dated:
                continue
            yield from self._superseded(dated)
            undated = [c for c in same if not _claims.dated(c.period)]
            yield from self._unexplained(undated, dated)

    def _superseded(self, dated: list[Claim]) -> Iterator[Finding]:
        """Dated figures that differ from the newest one comparable with them: any of the same
        fact, or for a flow (claims of one key share their metric) one of the same length."""
        flow = self._flow(dated[0])
        newest: dict[tuple[str, int] | None, Claim] = {}
        for claim in dated:
            length = _length(claim.period) if flow else None
            if length not in newest or claim.period.end > newest[length].period.end:
                newest[length] = claim  # the first of equals
        for claim in dated:
            latest = newest[_length(claim.period) if flow else None]
            if (
                self._stated_differently(claim, latest)
                and not _claims.same_time(claim.period, latest.period)
                and not self._falling_total(claim, latest)
            ):
                yield self._report(claim, [latest])

    def _flow(self, claim: Claim) -> bool:
        base = claim.base_metric  # revenue for 拼多多的交易服务收入 (revenue:交易服务)
        return base.endswith(CHANGE_SUFFIX) or base in self.params.flows

    def _falling_total(self, earlier: Claim, later: Claim) -> bool:
        """A running total that falls: CL103 reports the pair."""
        return reads_total(earlier) and reads_total(later) and decreases(
            earlier, later, self.params.margins
        )

    def _unexplained(self, undated: list[Claim], dated: list[Claim]) -> Iterator[Finding]:
        for claim in undated:
            others = [d for d in dated if self._differ(claim, d)]
            if others:
                finding = self._report(claim, sorted(others, key=lambda c: c.period.end)[::-1])
                yield finding.model_copy(update={"severity": self.params.unexplained_severity})

    def _stated_differently(self, a: Claim, b: Claim) -> bool:
        """Dated figures drift when the numbers written differ (超过2.5亿, then 超过4亿), even if
        both could still hold: the reader should learn which is the newest."""
        if a is b or (self.params.across_documents_only and a.path == b.path):
            return False
        if not _claims.same_family(a.quantity, b.quantity):
            return False
        stated_a, stated_b = stated_interval(a.quantity), stated_interval(b.quantity)
        if stated_a is None or stated_b is None:
            return self._differ(a, b)
        return not intersects(stated_a, stated_b)

    def _differ(self, a: Claim, b: Claim) -> bool:
        if a is b or (self.params.across_documents_only and a.path == b.path):
            return False
        return _claims.disjoint(a, b, self.params.margins)

    def _report(self, claim: Claim, others: list[Claim]) -> Finding:
        """At ``claim``; the first of ``others`` (the newest) is named in the message."""
        return self.finding(
            claim.path,
            claim.span,
            fingerprint=_claims.fingerprint([claim, *others]),
            related=[_claims.related(c, self.lang) for c in others],
            **_claims.message_fields(claim, others[0], self.lang),
        )


def _length(period: Period) -> tuple[str, int]:
    """Whole calendar months when the period is made of them (a quarter is 3 whether it has
    90 or 92 days), days otherwise."""
    start, end = period.start, period.end
    assert start is not None and end is not None
    if start.day == 1 and (end + timedelta(days=1)).day == 1:
        return ("months", (end.year - start.year) * 12 + end.month - start.month + 1)
    return ("days", (end - start).days + 1)

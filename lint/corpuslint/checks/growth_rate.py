"""``growth_rate``: 从A增长至B，增幅p% where (B-A)/A is not p (CL203); also B，同比增长p%，
上年同期为A.

The rate is recomputed from the interval of each stated figure (4.01亿 is [4.005亿, 4.015亿]),
so a rate rounded from the exact figures is never reported; only one that no reading of the
figures can produce is.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from fractions import Fraction
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from corpuslint.checks import _changes, _text
from corpuslint.checks._claims import same_family
from corpuslint.checks.base import Check, register
from corpuslint.intervals import Interval, Margins, div, intersects, interval_of, scale, sub
from corpuslint.intervals import point as exact
from corpuslint.quantity import Kind

if TYPE_CHECKING:
    from corpuslint.analysis import Corpus, DocumentAnalysis
    from corpuslint.finding import Finding
    from corpuslint.quantity import Quantity

# Changes between amounts; a change between two percentages may be stated in points.
_AMOUNTS = frozenset({Kind.MONEY, Kind.COUNT, Kind.NUMBER})
_RELATIVE = _AMOUNTS | {Kind.PERCENT}


class GrowthRateParams(BaseModel):
    model_config = ConfigDict(extra="forbid")

    margins: Margins = Margins()


@register
class GrowthRate(Check):
    kind = "growth_rate"
    Params = GrowthRateParams

    def check_document(self, analysis: DocumentAnalysis, corpus: Corpus) -> Iterable[Finding]:
        return self._check(analysis)

    def _check(self, analysis: DocumentAnalysis) -> Iterator[Finding]:
        text = analysis.document.text
        quantities = _text.sorted_quantities(analysis)
        for rated in _changes.rated_changes(text, quantities):
            before, after, rate = rated.change.before, rated.change.after, rated.rate
            if not same_family(before, after) or before.value is None or after.value is None:
                continue  # 数百万, 48~64万元: too vague to recompute a change from
            allowed = self._allowed(before, after, rate, rated.declining)
            stated = interval_of(rate, self.params.margins)
            if allowed and not any(intersects(stated, change) for change, _ in allowed):
                yield self._report(analysis, before, after, rate, allowed[0][1])

    def _allowed(
        self, before: Quantity, after: Quantity, rate: Quantity, declining: bool
    ) -> list[tuple[Interval, str]]:
        """What the rate may be, given the two figures, with the first way shown in a message:
        a percent change of amounts (or of percentages, 由2.40%降至2.15%，下降10.4%), a change
        in points (下降0.25个百分点; also written 下降0.25%), or an amount (净增106.5万个)."""
        margins = self.params.margins
        rated = []
        if rate.kind is Kind.PERCENT and before.kind in _RELATIVE:
            relative = stated_rate(before, after, declining, margins)
            if relative is not None:
                computed = change_percent(before, after, declining)
                rated.append((relative, f"{_text.show_number(computed, 1)}%"))
        difference = sub(interval_of(after, margins), interval_of(before, margins))
        shown = Fraction(after.value) - Fraction(before.value)  # type: ignore[arg-type]
        if declining:
            difference, shown = scale(difference, -1), -shown
        points = rate.kind is Kind.PERCENTAGE_POINT or (rate.kind is Kind.PERCENT and bool(rated))
        if before.kind is Kind.PERCENT and points:
            rated.append((difference, f"{_text.show_number(shown)}个百分点"))
        elif before.kind in _AMOUNTS and same_family(before, rate):
            rated.append((difference, _text.show_like(shown, rate)))
        return rated

    def _report(
        self,
        analysis: DocumentAnalysis,
        before: Quantity,
        after: Quantity,
        rate: Quantity,
        computed: str,
    ) -> Finding:
        return self.finding(
            _text.path(analysis),
            _text.span(analysis, rate.start, rate.end),
            fingerprint="|".join(_text.normalised(q.text) for q in (before, after, rate)),
            before=before.text,
            after=after.text,
            rate=rate.text,
            computed=computed,
        )


def stated_rate(
    before: Quantity, after: Quantity, declining: bool, margins: Margins
) -> Interval | None:
    """The percent change (a decline as a positive number) the two figures allow."""
    start, end = interval_of(before, margins), interval_of(after, margins)
    if start.low is None or start.low <= 0 or end.low is None or end.low < 0:
        return None
    ratio = div(end, start)
    change = sub(exact(1), ratio) if declining else sub(ratio, exact(1))
    return scale(change, 100)


def change_percent(before: Quantity, after: Quantity, declining: bool) -> Fraction:
    ratio = Fraction(after.value) / Fraction(before.value)  # type: ignore[arg-type]
    return (1 - ratio if declining else ratio - 1) * 100

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
            before, after = rated.change.before, rated.change.after
            rate, declining = rated.rate, rated.declining
            if before.kind not in _AMOUNTS or not same_family(before, after):
                continue
            if before.value is None or after.value is None:
                continue  # 数百万, 48~64万元: too vague to recompute a rate from
            if rate.kind is not Kind.PERCENT:
                continue
            expected = stated_rate(before, after, declining, self.params.margins)
            if expected is None or intersects(expected, interval_of(rate, self.params.margins)):
                continue
            yield self._report(analysis, before, after, rate, declining)

    def _report(
        self,
        analysis: DocumentAnalysis,
        before: Quantity,
        after: Quantity,
        rate: Quantity,
        declining: bool,
    ) -> Finding:
        computed = change_percent(before, after, declining)
        return self.finding(
            _text.path(analysis),
            _text.span(analysis, rate.start, rate.end),
            fingerprint="|".join(_text.normalised(q.text) for q in (before, after, rate)),
            before=before.text,
            after=after.text,
            rate=rate.text,
            computed=f"{_text.show_number(computed, 1)}%",
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

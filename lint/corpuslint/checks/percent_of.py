"""``percent_of``: "X的p%，即Y" where Y is not p% of X (CL202).

A stated rate (a fine of 4% of turnover, a 13% tax) is a definition, not a measurement, so by
default an unhedged rate is taken as exact and only the base and the result carry rounding:
4557.12亿元的4%，即182.28亿元 and 182.3亿元 pass, 190亿元 does not.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from fractions import Fraction
from typing import TYPE_CHECKING

import regex
from pydantic import BaseModel, ConfigDict

from corpuslint.checks import _text
from corpuslint.checks._claims import same_family
from corpuslint.checks.base import Check, register
from corpuslint.intervals import Margins, intersects, interval_of, mul, point, scale
from corpuslint.quantity import Kind, Qualifier

if TYPE_CHECKING:
    from corpuslint.analysis import Corpus, DocumentAnalysis
    from corpuslint.finding import Finding
    from corpuslint.intervals import Interval
    from corpuslint.quantity import Quantity

_BASES = frozenset({Kind.MONEY, Kind.COUNT, Kind.NUMBER})
# Between the base and the rate: 4557.12亿元的4%, 1000名受访者中的30%, 200万元×5%.
_OF = regex.compile(r"\s*(?:(?:\p{Han}{0,5}中)?的|之|×|\*|乘以|x)?\s*")
# Between the rate and the result: "的罚款，即", "，也就是", " = ".
_RESULT = regex.compile(
    r"[^。；;！？!?\n\d]{0,12}?(?:即|也就是|也即|亦即|相当于|合计|共计|=|＝|为)"
    r"\s*(?:约|约为|为|是|达)?\s*"
)


class PercentOfParams(BaseModel):
    model_config = ConfigDict(extra="forbid")

    margins: Margins = Margins()
    rate_is_exact: bool = True  # 4% of turnover means 4%, not [3.5%, 4.5%]


@register
class PercentOf(Check):
    kind = "percent_of"
    Params = PercentOfParams

    def check_document(self, analysis: DocumentAnalysis, corpus: Corpus) -> Iterable[Finding]:
        return self._check(analysis)

    def _check(self, analysis: DocumentAnalysis) -> Iterator[Finding]:
        text = analysis.document.text
        quantities = _text.sorted_quantities(analysis)
        for base, rate, result in zip(quantities, quantities[1:], quantities[2:], strict=False):
            if not _is_percent_of(text, base, rate, result):
                continue
            expected = mul(self._interval(base), scale(self._rate(rate), Fraction(1, 100)))
            if not intersects(expected, self._interval(result)):
                yield self._report(analysis, base, rate, result)

    def _interval(self, quantity: Quantity) -> Interval:
        return interval_of(quantity, self.params.margins)

    def _rate(self, rate: Quantity) -> Interval:
        if self.params.rate_is_exact and rate.qualifier is Qualifier.EXACT:
            return point(rate.value)  # type: ignore[arg-type]
        return self._interval(rate)

    def _report(
        self, analysis: DocumentAnalysis, base: Quantity, rate: Quantity, result: Quantity
    ) -> Finding:
        computed = Fraction(base.value) * Fraction(rate.value) / 100  # type: ignore[arg-type]
        shown = _text.show_number(computed / _unit_scale(result), _decimals(result) + 2)
        return self.finding(
            _text.path(analysis),
            _text.span(analysis, result.start, result.end),
            fingerprint="|".join(_text.normalised(q.text) for q in (base, rate, result)),
            base=base.text,
            rate=rate.text,
            result=result.text,
            computed=f"{shown}{_unit_suffix(result)}",
        )


def _is_percent_of(text: str, base: Quantity, rate: Quantity, result: Quantity) -> bool:
    return (
        base.kind in _BASES
        and rate.kind is Kind.PERCENT
        and same_family(base, result)
        and result.kind in _BASES
        and None not in (base.value, rate.value, result.value)
        and base.value > 0  # type: ignore[operator]
        and _OF.fullmatch(text, base.end, rate.start) is not None
        and _RESULT.fullmatch(text, rate.end, result.start) is not None
    )


_NUMERAL = regex.compile(r"\d[\d,]*(?:\.\d+)?")


def _unit_scale(quantity: Quantity) -> Fraction:
    """亿 in 182.28亿元: how to show a computed value in the result's own units."""
    match = _NUMERAL.search(quantity.text)
    if match is None or quantity.value is None:
        return Fraction(1)
    numeral = Fraction(match.group().replace(",", ""))
    return Fraction(quantity.value) / numeral if numeral else Fraction(1)


def _decimals(quantity: Quantity) -> int:
    match = _NUMERAL.search(quantity.text)
    return len(match.group().partition(".")[2]) if match else 0


def _unit_suffix(quantity: Quantity) -> str:
    match = _NUMERAL.search(quantity.text)
    return quantity.text[match.end() :] if match else ""

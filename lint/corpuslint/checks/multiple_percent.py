"""``multiple_percent``: 增长了N倍 against the figures and percentages it describes (CL204).

增长了N倍 normatively means ×(N+1) (an increase of N times), but is often written for ×N.
Both readings are modelled; a multiple without a growth verb (是…的3倍) means ×N only.

* 从A增长到B，增长了N倍 where B/A fits neither reading: an error (``mismatch_severity``).
* 增长了N倍 beside a percentage growth (增长超过600%) in the same or the next sentence that
  fits exactly one reading: the rule's severity, because readers will take one of the two
  figures the other way. When the percentage fits neither reading it is taken to be about
  something else and nothing is reported: agreement with one reading is what tells us the two
  figures describe the same change. A percentage that glosses the multiple (增长了9倍，即增长
  900%) settles the reading and is not reported.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from fractions import Fraction
from typing import TYPE_CHECKING

import regex
from pydantic import BaseModel, ConfigDict

from corpuslint.checks import _changes, _text
from corpuslint.checks._claims import by_key, dated, fingerprint, related, same_family, same_time
from corpuslint.checks.base import Check, register
from corpuslint.claim import GROWTH_SUFFIX
from corpuslint.finding import Severity
from corpuslint.intervals import Margins, add, div, intersects, interval_of, point, scale, sub
from corpuslint.quantity import Kind

if TYPE_CHECKING:
    from corpuslint.analysis import Corpus, DocumentAnalysis
    from corpuslint.claim import Claim
    from corpuslint.finding import Finding
    from corpuslint.intervals import Interval
    from corpuslint.quantity import Quantity

_AMOUNTS = frozenset({Kind.MONEY, Kind.COUNT, Kind.NUMBER})
_GROWTH_BEFORE = regex.compile(
    rf"(?:{_changes.UP}|增速|增幅|涨幅)(?:了|达|达到|超过|超|近|约|为|是)*\s*$"
)

# 增长了9倍，即增长900%: the writer says which reading is meant.
_GLOSS = regex.compile(r"[，,（(\s]*(?:即|亦即|也就是说?|相当于|换言之|换句话说)")
_GLOSS_REACH = 12  # characters from the multiple to its gloss's percentage


class MultiplePercentParams(BaseModel):
    model_config = ConfigDict(extra="forbid")

    margins: Margins = Margins()
    mismatch_severity: Severity = Severity.ERROR
    min_confidence: float = 0.75  # for growth claims compared across documents


def _compatible_times(a: Claim, b: Claim) -> bool:
    """Same time, or at least one side undated (nothing says they differ)."""
    return not (dated(a.period) and dated(b.period)) or same_time(a.period, b.period)


@register
class MultiplePercent(Check):
    kind = "multiple_percent"
    Params = MultiplePercentParams

    def check_document(self, analysis: DocumentAnalysis, corpus: Corpus) -> Iterable[Finding]:
        quantities = _text.sorted_quantities(analysis)
        yield from self._against_values(analysis, quantities)
        yield from self._against_percent(analysis, quantities)

    def check_claims(self, claims: Sequence[Claim], corpus: Corpus) -> Iterable[Finding]:
        """交易金额增长了6倍 in one article, 交易增长超过600% in another: growth claims about the
        same entity and metric at compatible times, where the percent fits one reading only."""
        groups = by_key(c for c in claims if c.metric.endswith(GROWTH_SUFFIX)
                        and c.confidence >= self.params.min_confidence)
        for claims in groups.values():
            percents = [c for c in claims if c.quantity.kind is Kind.PERCENT]
            for claim in claims:
                multiple = claim.quantity
                if multiple.kind is not Kind.MULTIPLE or not _is_growth(multiple):
                    continue
                for other in percents:
                    if other.path == claim.path or not _compatible_times(claim, other):
                        continue
                    stated = interval_of(other.quantity, self.params.margins)
                    fits = [intersects(stated, _as_percent(r)) for r in self._readings(multiple)]
                    if fits.count(True) == 1:
                        detail = self._detail("only", _reading_labels(multiple)[fits.index(True)])
                        yield self.finding(
                            claim.path, claim.span,
                            fingerprint=f"{fingerprint([claim, other])}",
                            related=[related(other, self.lang)],
                            multiple=f"{multiple.growth_verb or ''}{multiple.text}",
                            other=f"{other.quantity.text} ({other.path})",
                            detail=detail, readings="/".join(_reading_labels(multiple)),
                        )
                        break

    def _against_values(
        self, analysis: DocumentAnalysis, quantities: list[Quantity]
    ) -> Iterator[Finding]:
        for change, multiple in self._stated_multiples(analysis.document.text, quantities):
            before, after = change.before, change.after
            if before.kind not in _AMOUNTS or not same_family(before, after):
                continue
            if before.value is None or after.value is None:
                continue
            if multiple.kind is not Kind.MULTIPLE or multiple.value is None:
                continue
            start, end = (
                interval_of(before, self.params.margins),
                interval_of(after, self.params.margins),
            )
            if start.low is None or start.low <= 0 or end.low is None:
                continue
            ratio = div(end, start)
            if not any(intersects(ratio, r) for r in self._readings(multiple)):
                ratio_shown = Fraction(after.value) / Fraction(before.value)  # type: ignore[arg-type]
                verdict = "neither" if _is_growth(multiple) else "other"
                detail = self._detail(verdict, f"×{_text.show_number(ratio_shown)}")
                finding = self._report(analysis, multiple, f"{before.text}→{after.text}", detail)
                yield finding.model_copy(update={"severity": self.params.mismatch_severity})

    def _against_percent(
        self, analysis: DocumentAnalysis, quantities: list[Quantity]
    ) -> Iterator[Finding]:
        for multiple in quantities:
            if (
                multiple.kind is not Kind.MULTIPLE
                or not _is_growth(multiple)
                or multiple.value is None
            ):
                continue
            for percent in _nearby_growth_percents(analysis, quantities, multiple):
                if _glosses(analysis.document.text, multiple, percent):
                    break
                stated = interval_of(percent, self.params.margins)
                fits = [intersects(stated, _as_percent(r)) for r in self._readings(multiple)]
                if fits.count(True) == 1:
                    reading = _reading_labels(multiple)[fits.index(True)]
                    detail = self._detail("only", reading)
                    yield self._report(analysis, multiple, percent.text, detail)
                    break

    @staticmethod
    def _stated_multiples(
        text: str, quantities: list[Quantity]
    ) -> Iterator[tuple[_changes.Change, Quantity]]:
        """从A增长到B，增长了N倍 and B，是A的N倍."""
        for change in _changes.find_changes(text, quantities):
            found = _changes.following(quantities, change.last, text, _changes.MULTIPLE_GAP)
            if found is not None:
                yield change, found[0]
        yield from _changes.multiples_of(text, quantities)

    def _readings(self, multiple: Quantity) -> list[Interval]:
        """The ratios after/before the multiple can mean: ×(N+1) first, then ×N."""
        stated = interval_of(multiple, self.params.margins)
        if _is_growth(multiple):
            return [add(stated, point(1)), stated]
        return [stated]

    def _detail(self, verdict: str, value: str) -> str:
        return _DETAILS[self.lang if self.lang in _DETAILS else "en"][verdict].format(value)

    def _report(
        self, analysis: DocumentAnalysis, multiple: Quantity, other: str, detail: str
    ) -> Finding:
        return self.finding(
            _text.path(analysis),
            _text.span(analysis, multiple.start, multiple.end),
            fingerprint=f"{_text.normalised(multiple.text)}|{_text.normalised(other)}",
            multiple=multiple.text,
            other=other,
            detail=detail,
            readings="/".join(_reading_labels(multiple)),
        )


def _is_growth(multiple: Quantity) -> bool:
    verb = multiple.growth_verb or ""
    return bool(verb) and "翻" not in verb  # 翻了一番 is ×2 with no second reading


def _glosses(text: str, multiple: Quantity, percent: Quantity) -> bool:
    return 0 <= percent.start - multiple.end <= _GLOSS_REACH and bool(
        _GLOSS.match(text, multiple.end, percent.start)
    )


def _as_percent(ratio: Interval) -> Interval:
    return scale(sub(ratio, point(1)), 100)


def _reading_labels(multiple: Quantity) -> list[str]:
    """×7 and ×6 for 增长了6倍; ×3 alone for 是…的3倍."""
    n = Fraction(multiple.value)  # type: ignore[arg-type]
    labels = [f"×{_text.show_number(n + 1)}", f"×{_text.show_number(n)}"]
    return labels if _is_growth(multiple) else labels[1:]


# The verdict in a message; the sentence around it comes from the rule's message template.
_DETAILS = {
    "en": {"only": "only the {} reading", "neither": "neither reading (it is {})",
           "other": "a different multiple (it is {})"},
    "zh": {"only": "只符合{}的理解", "neither": "两种理解都不符（实为{}）", "other": "不符（实为{}）"},
}


def _nearby_growth_percents(
    analysis: DocumentAnalysis, quantities: list[Quantity], multiple: Quantity
) -> list[Quantity]:
    """Growth percentages in the multiple's sentence and the ones either side of it."""
    document = analysis.document
    sentences = document.sentences
    here = sentences.index(document.sentence_at(multiple.start))
    window = sentences[max(0, here - 1) : here + 2]
    start, end = window[0].start, window[-1].end
    text = document.text
    return [
        q
        for q in _text.quantities_between(quantities, start, end)
        if q.kind is Kind.PERCENT and _GROWTH_BEFORE.search(text, max(0, q.start - 8), q.start)
    ]

"""Which period a figure refers to: the date stated with it, else the document's date."""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from corpuslint.period import Granularity, Period

if TYPE_CHECKING:
    from corpuslint.analysis import DocumentAnalysis
    from corpuslint.quantity import Quantity

_CONTINUES = ("；", ";", "，", ",", "：", ":")  # a sentence ending so carries its date forward


class PeriodPicker:
    def __init__(self, analysis: DocumentAnalysis) -> None:
        self.mentions = analysis.periods
        self.starts = [m.start for m in analysis.periods]
        self.text = analysis.document.text
        self.carried: Period | None = None
        self.fallback = _document_period(analysis)

    def period_for(self, quantity: Quantity, sentence) -> Period:
        inside = self._inside(sentence.start, sentence.end)
        before = [m for m in inside if m.end <= quantity.start]
        if before:
            return before[-1].period
        after = [m for m in inside if m.start >= quantity.end]
        if after:
            return after[0].period
        return self.carried or self.fallback

    def note_sentence(self, sentence) -> None:
        """Semicolon-joined sentences share a date (截至2020年底，A为…；B为…)."""
        inside = self._inside(sentence.start, sentence.end)
        ending = self.text[sentence.start:sentence.end].rstrip()
        if ending.endswith(_CONTINUES):
            self.carried = inside[-1].period if inside else self.carried
        else:
            self.carried = None

    def _inside(self, start: int, end: int):
        i = bisect_left(self.starts, start)
        j = bisect_left(self.starts, end)
        return self.mentions[i:j]


def _document_period(analysis: DocumentAnalysis) -> Period:
    if analysis.date is None:
        return Period(granularity=Granularity.UNKNOWN, anchored=False, implicit=True)
    return Period(
        start=analysis.date,
        end=analysis.date,
        granularity=Granularity.DAY,
        as_of=True,
        anchored=True,
        inferred=analysis.date_inferred,
        implicit=True,
    )

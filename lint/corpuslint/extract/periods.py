"""Which period a figure refers to: the date stated with it, else the document's date."""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

import regex

from corpuslint.parse._qty_lexicon import FALL_VERBS, RISE_VERBS
from corpuslint.period import Granularity, Period

if TYPE_CHECKING:
    from corpuslint.analysis import DocumentAnalysis
    from corpuslint.quantity import Quantity

_CHANGE_VERB = regex.compile("|".join((*RISE_VERBS, *FALL_VERBS)))
_CONTINUES = ("；", ";", "，", ",", "：", ":")  # a sentence ending so carries its date forward
# Where a clause ends, for a date stated after a figure: （截至2023年底） ends at its bracket.
_CLAUSE_END = frozenset("，,；;。！？!?）)】］]\n")


class PeriodPicker:
    def __init__(self, analysis: DocumentAnalysis) -> None:
        self.mentions = analysis.periods
        self.starts = [m.start for m in analysis.periods]
        self.text = analysis.document.text
        self.quantities = analysis.quantities
        self.quantity_starts = [q.start for q in analysis.quantities]
        self.carried: Period | None = None
        self.fallback = _document_period(analysis)

    def period_for(self, quantity: Quantity, sentence) -> Period:
        """The last date stated before the figure in its sentence; else a date after it that is
        about it (营收2477亿元（2023年第三季度）); else the date carried across ；, else the
        document's. A date that introduces the next figure (79.5亿元，上年同期为59.4亿元) is
        that figure's, not this one's; so is a baseline (较2022年的290亿元增长10%: the 10% is not
        2022's)."""
        inside = self._inside(sentence.start, sentence.end)
        before = [m for m in inside if m.end <= quantity.start]
        for mention in reversed(before):
            if not mention.baseline or self._baselines(mention, quantity):
                return mention.period
        after = [m for m in inside if m.start >= quantity.end]
        if after and self._about(quantity, after[0], inside, sentence.end):
            return after[0].period
        return self.carried or self.fallback

    def _about(self, quantity: Quantity, mention, inside, sentence_end: int) -> bool:
        """Whether ``mention``, after ``quantity``, dates it: no other figure stands between
        them or in the rest of the mention's clause."""
        end = next(
            (i for i in range(mention.end, sentence_end) if self.text[i] in _CLAUSE_END),
            sentence_end,
        )
        first = bisect_left(self.quantity_starts, quantity.end)
        last = bisect_left(self.quantity_starts, end)
        return all(
            any(m.start <= other.start < m.end for m in inside)  # 双11 is not a figure here
            for other in self.quantities[first:last]
        )

    def _baselines(self, mention, quantity: Quantity) -> bool:
        """Whether ``quantity`` is the figure a baseline names (较2022年的290亿元), not a change
        measured from it (较上年增长10%) nor a later figure."""
        start, end = mention.end, quantity.start
        if bisect_left(self.quantity_starts, start) < bisect_left(self.quantity_starts, end):
            return False
        return _CHANGE_VERB.search(self.text, start, end) is None

    def note_sentence(self, sentence) -> None:
        """Semicolon-joined sentences share a date (截至2020年底，A为…；B为…), never a date
        named only to compare with (较2022年的290亿元)."""
        inside = [m for m in self._inside(sentence.start, sentence.end) if not m.baseline]
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

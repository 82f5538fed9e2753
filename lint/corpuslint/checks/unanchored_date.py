"""``unanchored_date``: 今年, 去年底, 上周 in a document with no date (CL302).

Without a date the reader cannot tell which year 今年 is, and neither can the linter: figures
dated that way cannot be compared with anything. One finding per expression. Expressions that
only say "now" (目前, 现在) are everywhere in news prose, so they are reported only when a figure
is stated in the same sentence.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from corpuslint.checks import _text
from corpuslint.checks.base import Check, register

if TYPE_CHECKING:
    from corpuslint.analysis import Corpus, DocumentAnalysis
    from corpuslint.finding import Finding
    from corpuslint.parse.dates import PeriodMention


class UnanchoredDateParams(BaseModel):
    model_config = ConfigDict(extra="forbid")

    needs_figure: list[str] = ["目前", "现在", "当前", "如今", "至今", "迄今", "眼下", "当下"]


@register
class UnanchoredDate(Check):
    kind = "unanchored_date"
    Params = UnanchoredDateParams

    def check_document(self, analysis: DocumentAnalysis, corpus: Corpus) -> Iterable[Finding]:
        return self._check(analysis) if analysis.date is None else ()

    def _check(self, analysis: DocumentAnalysis) -> Iterator[Finding]:
        document = analysis.document
        for mention in analysis.periods:
            period = mention.period
            if not period.relative or period.anchored:
                continue
            expression = document.text[mention.start : mention.end]
            if expression in self.params.needs_figure and not _has_figure(analysis, mention):
                continue
            sentence = document.sentence_at(mention.start)
            context = _text.normalised(document.text[sentence.start : sentence.end])
            yield self.finding(
                _text.path(analysis),
                _text.span(analysis, mention.start, mention.end),
                fingerprint=f"{expression}|{context}",
                expression=document.original(mention.start, mention.end),
            )


def _has_figure(analysis: DocumentAnalysis, mention: PeriodMention) -> bool:
    sentence = analysis.document.sentence_at(mention.start)
    return _text.has_figure(analysis.quantities, sentence.start, sentence.end)

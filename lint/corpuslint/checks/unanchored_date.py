"""``unanchored_date``: 今年, 去年底, 上周 in a document with no date (CL302).

Without a date the reader cannot tell which year 今年 is, and neither can the linter: figures
dated that way cannot be compared with anything. A document with neither front matter nor a
dateline counts as undated even when the linter guesses its date from the latest date in the
text: the expressions resolved against the guess are reported too, the message naming the guess.
One finding per expression. Expressions that only say "now" (目前, 现在) are everywhere in news
prose, so they are reported only when a figure is stated in the same sentence.
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
        if analysis.date is not None and not analysis.date_inferred:
            return ()
        return self._check(analysis)

    def _check(self, analysis: DocumentAnalysis) -> Iterator[Finding]:
        document = analysis.document
        guess = ""
        if analysis.date is not None:  # inferred: relative dates were read against a guess
            template = _GUESSED.get(self.lang, _GUESSED["en"])
            guess = template.format(analysis.date.isoformat())
        for mention in analysis.periods:
            period = mention.period
            if not period.relative or (period.anchored and not period.inferred):
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
                guess=guess,
            )


_GUESSED = {
    "en": " (read against {}, a date inferred from the latest date in the text)",
    "zh": "（暂按文中最新日期推测的{}解读）",
}


def _has_figure(analysis: DocumentAnalysis, mention: PeriodMention) -> bool:
    sentence = analysis.document.sentence_at(mention.start)
    return _text.has_figure(analysis.quantities, sentence.start, sentence.end)

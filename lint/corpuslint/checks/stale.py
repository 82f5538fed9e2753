"""``stale``: a figure presented as current whose as-of date is long past (CL301).

"截至2019年6月30日，微信月活跃账户数达11.33亿" still reads as today's number years later.
A sentence is reported when it has a figure and an as-of date with a present-tense cue (截至,
目前, 已经…) in or near it (``cue_window``), and that date is older than
``corpus.stale_after_months`` before ``corpus.as_of``; one finding per sentence, at its first
such date. A document dated long ago is still reported: its figures
are presented as current to whoever reads them now.

Relative expressions (目前, 今年底) resolved against a *guessed* document date are skipped by
default (``report_inferred``): the age would be a guess about a guess.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

import regex
from pydantic import BaseModel, ConfigDict

from corpuslint.checks import _text
from corpuslint.checks.base import Check, register
from corpuslint.parse.durations import months_before

if TYPE_CHECKING:
    from corpuslint.analysis import Corpus, DocumentAnalysis
    from corpuslint.finding import Finding
    from corpuslint.parse.dates import PeriodMention


# 截至2022年9月30日的财报, 截至6月30日的业绩: the date names the accounts, not the present.
# (截至2019年12月31日止年度 and 截至6月30日止六个月 are periods, read as such by the date parser.)
_REPORT = r"(?:财务报告|财务报表|业绩报告|业绩公告|财报|业绩|报告|报表|年报|季报|中报|年度报告)"
_REPORT_NAME = regex.compile(rf"\s*止?\s*(?:的|之)?\s*{_REPORT}")


class StaleParams(BaseModel):
    model_config = ConfigDict(extra="forbid")

    cues: list[str] = ["截至", "截止", "目前", "现在", "已经", "如今", "当前", "至今", "迄今"]
    report_inferred: bool = False
    cue_window: int = 12  # how far (in characters) from the date the cue may be
    # After the date, these make the figure a thing of the past: 截至2019年底曾达到历史峰值.
    past_cues: list[str] = ["曾经", "曾", "一度", "当时", "彼时", "历史峰值", "历史最高"]


@register
class Stale(Check):
    kind = "stale"
    Params = StaleParams

    def check_document(self, analysis: DocumentAnalysis, corpus: Corpus) -> Iterable[Finding]:
        cutoff = months_before(corpus.as_of, corpus.stale_after_months)
        return self._check(analysis, corpus, cutoff, self._cue)

    @cached_property
    def _past(self) -> regex.Pattern[str]:
        return regex.compile("|".join(regex.escape(c) for c in self.params.past_cues))

    @cached_property
    def _cue(self) -> regex.Pattern[str]:
        return regex.compile("|".join(regex.escape(c) for c in self.params.cues))

    def _check(
        self, analysis: DocumentAnalysis, corpus: Corpus, cutoff: date, cue: regex.Pattern[str]
    ) -> Iterator[Finding]:
        text = analysis.document.text
        for start, end in _text.sentences(analysis):
            if not _text.has_figure(analysis.quantities, start, end):
                continue
            mention = self._stale_mention(analysis.periods, text, start, end, cutoff, cue)
            if mention is not None:
                yield self._report(analysis, mention, corpus, text[start:end])

    def _stale_mention(
        self,
        mentions: list[PeriodMention],
        text: str,
        start: int,
        end: int,
        cutoff: date,
        cue: regex.Pattern[str],
    ) -> PeriodMention | None:
        window = self.params.cue_window
        for mention in mentions:
            period = mention.period
            if not (start <= mention.start and mention.end <= end) or not period.as_of:
                continue
            if mention.baseline or _REPORT_NAME.match(text, mention.end, end):
                continue  # 与截至2019年底的…相比: a comparison, not a claim about now
            if self._past.search(text, mention.end, end):
                continue
            # The cue must be about this date (截至2019年…, 目前), not another clause's 已经.
            if not cue.search(
                text, max(start, mention.start - window), min(end, mention.end + window)
            ):
                continue
            if period.end is None or not period.anchored:
                continue
            if period.inferred and not self.params.report_inferred:
                continue
            if period.end < cutoff:
                return mention
        return None

    def _report(
        self, analysis: DocumentAnalysis, mention: PeriodMention, corpus: Corpus, sentence: str
    ) -> Finding:
        as_of = mention.period.end
        assert as_of is not None
        months = months_between(as_of, corpus.as_of)
        return self.finding(
            _text.path(analysis),
            _text.span(analysis, mention.start, mention.end),
            fingerprint=_text.normalised(sentence),
            date=analysis.document.original(mention.start, mention.end),
            iso=as_of.isoformat(),
            months=months,
            years=f"{months / 12:.1f}",
            as_of=corpus.as_of.isoformat(),
            limit=corpus.stale_after_months,
        )


def months_between(earlier: date, later: date) -> int:
    """Whole months from ``earlier`` to ``later``."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return months - 1 if later.day < earlier.day else months

"""Dates and periods in running Chinese text, and the date a document was written.

``find_periods`` reads absolute dates (2019年6月30日, 2019-06-30, 18Q1, 2020财年), as-of
readings (截至2019年上半年), ranges (2016年至2018年, 2019年1-6月) and relative expressions
(今年1月, 去年底, 上周, 目前) in Simplified and Traditional script. Relative and yearless
expressions are resolved against the text's own years and the document date; nothing here
reads the machine clock.

Conventions (see :class:`~corpuslint.period.Period`):

* Offsets are Unicode character offsets into the text given; spans never overlap, the longest
  reading wins, and a span includes its 截至/到 cue.
* An as-of reading has ``start == end ==`` the last day of what was written (截至2019年6月 is
  2019-06-30); ``granularity`` keeps the precision of the expression (month).
* 年底/年末 is December, 年初 January, 年中 June, each with month granularity; 上周/本周 is a
  Monday-Sunday ``span``; 近日/日前 is the document date, as a day.
* A fiscal year (2024财年, FY2024, 2023/24财政年度) and its parts (2024财年第三季度, 第三财季)
  are ``fiscal``, their dates approximated by the calendar year of the same number (granularity
  ``fiscal_year`` for the whole year). A named event (2023年双11期间, 国庆假期, 春节档) is a
  ``span`` with ``event`` set to its canonical name (双11, 国庆, 春节); 双11当天 is a day.
* A yearless expression (6月30日, 三季度, 年底) takes the year last stated in the text
  (2019年…, 去年…), else the document date's year; a year named only to compare with (较上年,
  比2022年, 与去年相比) is not taken. ``relative`` is True whenever the period depends on the
  document date, so ``anchored=False`` implies ``relative=True``.
* A relative year named to compare with (较上年, 比去年底) counts from the year in force, not
  from the document date: after 2023年营收… it is 2022.
* 上年同期/去年同期 (2022年同期) is the period in force (the last one stated before it, not
  itself a baseline) moved one year (to 2022) back: after 2023年第三季度 it is 2022Q3. With no
  period in force it is the document date a year earlier, as a day.
* 假期, 长假期间, 节假日期间 refer back to the event in force (2023年国庆假期 … 假期共接待游客);
  with no event in force they are not dates.
* A two-digit year (18年) counts only with a month, half or quarter after it (18年底) or a cue
  before it (在18年); 过去18年, 这18年 and 18年来 are lengths of time.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from datetime import date
from itertools import chain

import regex

from corpuslint.parse._dates_document import dateline_date, metadata_date
from corpuslint.parse._dates_grammar import scan_calendar
from corpuslint.parse._dates_lexicon import FORECAST_CUES
from corpuslint.parse._dates_model import (
    CalendarReading,
    Candidate,
    Cue,
    EventReference,
    Reading,
    SamePeriodReading,
)
from corpuslint.parse._dates_relative import scan_relative
from corpuslint.parse._dates_resolve import Resolved, Resolver
from corpuslint.period import Granularity, Period

__all__ = ["PeriodMention", "document_date", "find_periods", "parse_date_option"]

_CONNECTORS = frozenset("至到-–—―~～－")
_SPACES = " \t\u3000\u00a0"
_OPTION_DATE = regex.compile(
    r"(?P<year>\d{4})(?P<sep>[-/])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})"
)


@dataclass(frozen=True)
class PeriodMention:
    start: int  # character offsets into the text given, end exclusive
    end: int
    period: Period
    baseline: bool = False  # named to compare with (较上年, 去年同期), not what the text is about
    contextual: bool = False  # its year was taken from the surrounding text (6月30日, 三季度)


def find_periods(
    text: str, doc_date: date | None = None, *, doc_date_inferred: bool = False
) -> list[PeriodMention]:
    """Every date or period mentioned in ``text``, in order, resolved against ``doc_date``."""
    resolver = Resolver(doc_date, doc_date_inferred)
    resolved = [
        found for candidate in _candidates(text) if (found := resolver.resolve(candidate, text))
    ]
    mentions: list[PeriodMention] = []
    in_force: Period | None = None  # what 上年同期 is the same period as
    for mention, reading in _join_ranges(text, resolved):
        if isinstance(reading, EventReference):
            if in_force is None or in_force.event is None:
                continue  # 假期 with no event in force says nothing about when
            period = in_force.model_copy(update={"text": mention.period.text})
            mention = replace(mention, period=period, baseline=False)
        elif isinstance(reading, SamePeriodReading):
            period = resolver.same_period(reading, in_force, mention.period.text)
            mention = replace(mention, period=period)
        elif mention.baseline and isinstance(reading, CalendarReading):
            mention = replace(mention, period=resolver.compared(reading, in_force, mention.period))
        elif not mention.baseline:
            in_force = mention.period
        mentions.append(mention)
    return mentions


@lru_cache(maxsize=4)
def _candidates(text: str) -> tuple[Candidate, ...]:
    """The scan does not depend on the document date, and document_date() scans the same text
    just before find_periods() does: remember the last few texts' candidates."""
    return tuple(_longest_first(chain(scan_calendar(text), scan_relative(text))))


def document_date(metadata: Mapping[str, str], text: str) -> tuple[date | None, bool]:
    """When the document was written, and whether that is a guess.

    Metadata (date, published, article:published_time, …) comes first, then a dateline or
    发布时间 header near the top. Failing both, the latest day or month the text mentions is
    the best guess (``inferred=True``; a month counts as its last day).
    """
    stated = metadata_date(metadata) or dateline_date(text)
    if stated is not None:
        return stated, False
    mentioned = [
        mention.period.end
        for mention in find_periods(text)
        if mention.period.end is not None
        and not (mention.period.relative or mention.contextual or mention.period.fiscal)
        and mention.period.granularity in (Granularity.DAY, Granularity.MONTH)
        and not _forecast(text, mention)
    ]
    return (max(mentioned), True) if mentioned else (None, False)


_CLAUSE_BREAKS = "，,。；;！？!?\n"
_FORECAST = regex.compile("|".join(FORECAST_CUES))


def _forecast(text: str, mention: PeriodMention) -> bool:
    """Whether the clause holding the mention states a plan or forecast (预计9月上市, 目标是在
    2026年): such a date may lie after the document was written."""
    start = max((text.rfind(c, 0, mention.start) for c in _CLAUSE_BREAKS), default=-1) + 1
    ends = [i for c in _CLAUSE_BREAKS if (i := text.find(c, mention.end)) >= 0]
    return bool(_FORECAST.search(text, start, min(ends, default=len(text))))


def parse_date_option(value: str) -> date:
    """Read a command-line date (``--as-of``): YYYY-MM-DD or YYYY/MM/DD."""
    match = _OPTION_DATE.fullmatch(value.strip())
    if match is None:
        raise ValueError(f"invalid date {value!r}: expected YYYY-MM-DD (or YYYY/MM/DD)")
    try:
        return date(int(match.group("year")), int(match.group("month")), int(match.group("day")))
    except ValueError as error:
        raise ValueError(f"invalid date {value!r}: {error}") from None


def _longest_first(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates in text order, taking longer spans (then earlier) first."""
    taken: list[Candidate] = []
    starts: list[int] = []
    for candidate in sorted(candidates, key=lambda c: (c.start - c.end, c.start)):
        index = bisect_left(starts, candidate.start)
        overlaps_before = index > 0 and taken[index - 1].end > candidate.start
        overlaps_after = index < len(taken) and taken[index].start < candidate.end
        if not (overlaps_before or overlaps_after):
            taken.insert(index, candidate)
            starts.insert(index, candidate.start)
    return taken


def _join_ranges(
    text: str, resolved: list[Resolved]
) -> Iterable[tuple[PeriodMention, Reading]]:
    """Join "A 至 B" (2016年至2018年, 2019年1月到6月, 2016年至今) into one span; with each
    mention, the reading of its first part."""
    index = 0
    while index < len(resolved):
        left = resolved[index]
        right = resolved[index + 1] if index + 1 < len(resolved) else None
        if right is not None and _is_range(text, left, right):
            yield _range_mention(text, left, right), left.candidate.reading
            index += 2
        else:
            mention = PeriodMention(
                left.start, left.candidate.end, left.period, left.baseline, left.contextual
            )
            yield mention, left.candidate.reading
            index += 1


def _is_range(text: str, left: Resolved, right: Resolved) -> bool:
    if left.flow is None or right.flow is None or left.period.as_of:
        return False
    # 双11至双12 is two events, not the span between them; a fiscal year joins only fiscal years.
    if left.period.event or right.period.event or left.period.fiscal != right.period.fiscal:
        return False
    if right.candidate.cue is Cue.AS_OF or left.flow[0] > right.flow[1]:
        return False
    gap = text[left.candidate.end : right.candidate.start].strip(_SPACES)
    if right.candidate.cue is Cue.TO:
        return gap == ""
    return gap in _CONNECTORS or (gap == "" and text[right.candidate.start] in "至迄")


def _range_mention(text: str, left: Resolved, right: Resolved) -> PeriodMention:
    start, end = left.start, right.candidate.end
    period = Period(
        start=left.flow[0],  # type: ignore[index]
        end=right.flow[1],  # type: ignore[index]
        granularity=Granularity.SPAN,
        relative=left.period.relative or right.period.relative,
        inferred=left.period.inferred or right.period.inferred,
        fiscal=left.period.fiscal,
        text=text[start:end],
    )
    return PeriodMention(
        start, end, period, left.baseline or right.baseline, left.contextual or right.contextual
    )

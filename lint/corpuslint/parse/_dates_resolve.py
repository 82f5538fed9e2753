"""Resolving grammar candidates to Periods against the text's years and the document date.

Candidates must be resolved in text order: a yearless expression (6月30日, 三季度, 年底) takes
the year most recently stated before it (2019年…, 去年…), else the document date's year.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from corpuslint.parse._dates_calendar import month_interval, quarter_interval
from corpuslint.parse._dates_model import (
    Anchor,
    CalendarReading,
    Candidate,
    Cue,
    DocumentReading,
    SpanReading,
    Tail,
    TailKind,
)
from corpuslint.period import Granularity, Period

_GRANULARITY = {
    TailKind.YEAR: Granularity.YEAR,
    TailKind.FISCAL_YEAR: Granularity.FISCAL_YEAR,
    TailKind.HALF: Granularity.HALF,
    TailKind.QUARTER: Granularity.QUARTER,
    TailKind.FIRST_QUARTERS: Granularity.SPAN,
    TailKind.MONTH: Granularity.MONTH,
    TailKind.DAY: Granularity.DAY,
}

Interval = tuple[date, date]


@dataclass(frozen=True)
class _YearSource:
    year: int
    relative: bool  # taken from the document date rather than written in the text
    inferred: bool  # ... and that document date was a guess


@dataclass(frozen=True)
class Resolved:
    candidate: Candidate
    start: int  # a 到/至 that did not make an as-of reading is left out of the span
    period: Period
    flow: Interval | None  # the whole interval, before an as-of reading collapses it to its end


class Resolver:
    def __init__(self, doc_date: date | None, doc_date_inferred: bool) -> None:
        self._doc_date = doc_date
        self._doc_inferred = doc_date_inferred
        self._last_year: _YearSource | None = None

    def resolve(self, candidate: Candidate, text: str) -> Resolved | None:
        """The period ``candidate`` (found in ``text``) denotes, or None if it names an
        impossible date (2月30日)."""
        reading = candidate.reading
        try:
            if isinstance(reading, DocumentReading):
                return self._document(candidate, reading, text)
            if isinstance(reading, SpanReading):
                first, last = self._calendar(reading.first), self._calendar(reading.last)
                tail, granularity = reading.last.tail, Granularity.SPAN
            else:
                first = last = self._calendar(reading)
                tail, granularity = reading.tail, _GRANULARITY[reading.tail.kind]
        except ValueError:
            return None
        as_of = candidate.cue is Cue.AS_OF or (candidate.cue is Cue.TO and tail.closing)
        if first is None or last is None:
            return _resolved(candidate, text, granularity, as_of)
        flow = (first[0][0], last[0][1])
        if flow[0] > flow[1]:
            return None
        return _resolved(candidate, text, granularity, as_of, flow, (first[1], last[1]))

    def _calendar(self, reading: CalendarReading) -> tuple[Interval, _YearSource] | None:
        source = self._year_source(reading)
        if source is None:
            return None
        return _tail_interval(reading.tail, source.year), source

    def _year_source(self, reading: CalendarReading) -> _YearSource | None:
        if reading.anchor is Anchor.CONTEXT:
            return self._last_year or self._document_year(0)
        if reading.anchor is Anchor.EXPLICIT:
            self._last_year = _YearSource(reading.year, relative=False, inferred=False)
        else:
            # An unresolvable 去年 still moves the text away from the last year it stated.
            self._last_year = self._document_year(reading.year)
        return self._last_year

    def _document_year(self, offset: int) -> _YearSource | None:
        if self._doc_date is None:
            return None
        return _YearSource(self._doc_date.year + offset, relative=True, inferred=self._doc_inferred)

    def _document(self, candidate: Candidate, reading: DocumentReading, text: str) -> Resolved:
        as_of = reading.instant or candidate.cue is Cue.AS_OF
        if self._doc_date is None:
            # A day that cannot be placed (目前, 近日) says nothing about its size either.
            unplaced = reading.granularity
            if unplaced is Granularity.DAY:
                unplaced = Granularity.UNKNOWN
            return _resolved(candidate, text, unplaced, as_of)
        source = _YearSource(self._doc_date.year, relative=True, inferred=self._doc_inferred)
        flow = reading.interval(self._doc_date)
        return _resolved(candidate, text, reading.granularity, as_of, flow, (source, source))


def _resolved(
    candidate: Candidate,
    text: str,
    granularity: Granularity,
    as_of: bool,
    flow: Interval | None = None,
    sources: tuple[_YearSource, _YearSource] | None = None,
) -> Resolved:
    # A 到/至 that did not make an as-of reading is a connector, not part of the period.
    start = candidate.start if as_of or candidate.cue is not Cue.TO else candidate.body_start
    span = text[start : candidate.end]
    if flow is None or sources is None:
        period = Period(
            granularity=granularity, as_of=as_of, anchored=False, relative=True, text=span
        )
        return Resolved(candidate, start, period, None)
    first, last = flow
    period = Period(
        # An as-of reading is the state at the end of what was written: 截至2019年6月 is
        # June 30. ``granularity`` still says how precisely the moment was written.
        start=last if as_of else first,
        end=last,
        granularity=granularity,
        as_of=as_of,
        relative=any(source.relative for source in sources),
        inferred=any(source.inferred for source in sources),
        text=span,
    )
    return Resolved(candidate, start, period, flow)


def _tail_interval(tail: Tail, year: int) -> Interval:
    """The dates ``tail`` covers in ``year``; ValueError for an impossible day (2月30日)."""
    if tail.kind in (TailKind.YEAR, TailKind.FISCAL_YEAR):
        # Fiscal years are approximated by the calendar year: the fiscal calendar of each
        # company (April-March for Alibaba) is not known here.
        return date(year, 1, 1), date(year, 12, 31)
    if tail.kind is TailKind.HALF:
        if tail.first == 1:
            return date(year, 1, 1), date(year, 6, 30)
        return date(year, 7, 1), date(year, 12, 31)
    if tail.kind is TailKind.QUARTER:
        return quarter_interval(year, tail.first)
    if tail.kind is TailKind.FIRST_QUARTERS:
        return date(year, 1, 1), quarter_interval(year, tail.first)[1]
    if tail.kind is TailKind.MONTH:
        return month_interval(year, tail.first)
    day = date(year, tail.first, tail.last)
    return day, day

"""Resolving grammar candidates to Periods against the text's years and the document date.

Candidates must be resolved in text order: a yearless expression (6月30日, 三季度, 年底) takes
the year most recently stated before it (2019年…, 去年…), else the document date's year. A year
named only as a comparison baseline (较上年, 比2022年, 上年同期) does not count: the text has not
moved to that year.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

import regex

from corpuslint.parse._dates_calendar import (
    month_interval,
    quarter_interval,
    shift_months,
    shift_years,
)
from corpuslint.parse._dates_lexicon import (
    BASELINE_BEFORE,
    BASELINE_PAIRED,
    BASELINE_PAIRED_AFTER,
    EVENTS_BY_NAME,
)
from corpuslint.parse._dates_model import (
    Anchor,
    CalendarReading,
    Candidate,
    Cue,
    DocumentReading,
    EndingReading,
    EventReference,
    SamePeriodReading,
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
    TailKind.EVENT: Granularity.SPAN,
}
_SPACES = " \t\u3000\u00a0"
_PAIRED_AFTER = regex.compile(BASELINE_PAIRED_AFTER)

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
    baseline: bool = False  # named to compare with (较上年, 上年同期), not what the text is about
    contextual: bool = False  # the year came from the surrounding text (6月30日, 三季度)


class Resolver:
    def __init__(self, doc_date: date | None, doc_date_inferred: bool) -> None:
        self._doc_date = doc_date
        self._doc_inferred = doc_date_inferred
        self._last_year: _YearSource | None = None

    def resolve(self, candidate: Candidate, text: str) -> Resolved | None:
        """The period ``candidate`` (found in ``text``) denotes, or None if it names an
        impossible date (2月30日)."""
        reading = candidate.reading
        if isinstance(reading, SamePeriodReading | EventReference):
            # Resolved once the period in force is known (after ranges join): same_period(),
            # or the event in force.
            placeholder = _resolved(candidate, text, Granularity.UNKNOWN, False)
            return replace(placeholder, baseline=True)
        baseline = _compared_with(text, candidate)
        try:
            if isinstance(reading, DocumentReading):
                return replace(self._document(candidate, reading, text), baseline=baseline)
            if isinstance(reading, EndingReading):
                return replace(self._ending(candidate, reading, text, baseline), baseline=baseline)
            if isinstance(reading, SpanReading):
                first = self._calendar(reading.first, baseline)
                last = self._calendar(reading.last, baseline)
                tail, granularity = reading.last.tail, Granularity.SPAN
                contextual = Anchor.CONTEXT in (reading.first.anchor, reading.last.anchor)
            else:
                first = last = self._calendar(reading, baseline)
                tail, granularity = reading.tail, _GRANULARITY[reading.tail.kind]
                contextual = reading.anchor is Anchor.CONTEXT
        except ValueError:
            return None
        as_of = candidate.cue is Cue.AS_OF or (candidate.cue is Cue.TO and tail.closing)
        if first is None or last is None:
            found = _resolved(candidate, text, granularity, as_of, tail=tail)
        else:
            flow = (first[0][0], last[0][1])
            if flow[0] > flow[1]:
                return None
            sources = (first[1], last[1])
            found = _resolved(candidate, text, granularity, as_of, flow, sources, tail)
        return replace(found, baseline=baseline, contextual=contextual)

    def same_period(self, reading: SamePeriodReading, in_force: Period | None, span: str) -> Period:
        """上年同期 (and 2022年同期): ``in_force``, the period the text is about, moved to the
        year named. With nothing in force it is the document's date a year earlier, as a day
        (the figure beside it is dated by the document too)."""
        if in_force is None:
            if reading.anchor is Anchor.EXPLICIT:
                start, end = _tail_interval(Tail(TailKind.YEAR), reading.year)
                return Period(start=start, end=end, granularity=Granularity.YEAR, text=span)
            if self._doc_date is None:
                return Period(anchored=False, relative=True, text=span)
            day = shift_years(self._doc_date, reading.year)
            return Period(
                start=day, end=day, granularity=Granularity.DAY, relative=True,
                inferred=self._doc_inferred, text=span,
            )  # fmt: skip
        if not in_force.known:
            return in_force.model_copy(update={"text": span})
        assert in_force.start is not None and in_force.end is not None
        years = reading.year
        if reading.anchor is Anchor.EXPLICIT:
            years -= in_force.end.year
        return in_force.model_copy(
            update={
                "start": shift_years(in_force.start, years),
                "end": shift_years(in_force.end, years),
                "implicit": False,
                "text": span,
            }
        )

    def compared(self, reading: CalendarReading, in_force: Period | None, found: Period) -> Period:
        """A relative year named to compare with (较上年, 比去年底) counts from the year in
        force: after 2023年营收… it is 2022, whenever the document was written. ``found`` is
        the reading against the document date, kept when nothing is in force."""
        if reading.anchor is not Anchor.RELATIVE or in_force is None or in_force.end is None:
            return found
        try:
            start, end = _tail_interval(reading.tail, in_force.end.year + reading.year)
        except ValueError:
            return found
        fiscal = in_force.fiscal and reading.tail.kind is TailKind.YEAR
        return found.model_copy(
            update={
                "start": end if found.as_of else start,
                "end": end,
                "granularity": Granularity.FISCAL_YEAR if fiscal else found.granularity,
                "fiscal": fiscal,
                "anchored": True,
                "relative": in_force.relative,
                "inferred": in_force.inferred,
            }
        )

    def _ending(
        self, candidate: Candidate, reading: EndingReading, text: str, baseline: bool
    ) -> Resolved:
        found = self._calendar(reading.end, baseline)
        if found is None:
            return _resolved(candidate, text, Granularity.UNKNOWN, False)
        (_, last), source = found
        first = shift_months(last + timedelta(days=1), -reading.months)
        granularity = _calendar_granularity(first, last, reading.months)
        return _resolved(candidate, text, granularity, False, (first, last), (source, source))

    def _calendar(
        self, reading: CalendarReading, baseline: bool
    ) -> tuple[Interval, _YearSource] | None:
        source = self._year_source(reading, baseline)
        if source is None:
            return None
        interval = _tail_interval(reading.tail, source.year)
        if self._still_to_come(reading, source, interval):
            # 第四季度 in a report dated February is the quarter just ended, not one to come.
            source = replace(source, year=source.year - 1)
            interval = _tail_interval(reading.tail, source.year)
        return interval, source

    def _still_to_come(
        self, reading: CalendarReading, source: _YearSource, found: Interval
    ) -> bool:
        """Whether a yearless date given the document's year would start after the document."""
        doc_date = self._doc_date
        return (
            reading.anchor is Anchor.CONTEXT and doc_date is not None
            and source.year == doc_date.year and found[0] > doc_date
        )

    def _year_source(self, reading: CalendarReading, baseline: bool) -> _YearSource | None:
        if reading.anchor is Anchor.CONTEXT:
            return self._last_year or self._document_year(0)
        if reading.anchor is Anchor.EXPLICIT:
            source = _YearSource(reading.year, relative=False, inferred=False)
        else:
            source = self._document_year(reading.year)
        if not baseline:
            # An unresolvable 去年 still moves the text away from the last year it stated.
            self._last_year = source
        return source

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
    tail: Tail | None = None,
) -> Resolved:
    # A 到/至 that did not make an as-of reading is a connector, not part of the period.
    start = candidate.start if as_of or candidate.cue is not Cue.TO else candidate.body_start
    span = text[start : candidate.end]
    fiscal = tail is not None and tail.fiscal
    event = tail.event if tail is not None else None
    if flow is None or sources is None:
        period = Period(
            granularity=granularity, as_of=as_of, anchored=False, relative=True,
            fiscal=fiscal, event=event, text=span,
        )  # fmt: skip
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
        fiscal=fiscal,
        event=event,
        text=span,
    )
    return Resolved(candidate, start, period, flow)


def _calendar_granularity(first: date, last: date, months: int) -> Granularity:
    """A reporting period that is a calendar year, half or quarter is one: 截至12月31日止年度
    is the year. Any other (a year to March 31) is a span of its own."""
    calendar_start = first.day == 1 and (first.month - 1) % months == 0
    if last.year != first.year or not calendar_start:
        return Granularity.SPAN
    return _BY_MONTHS.get(months, Granularity.SPAN)


_BY_MONTHS = {12: Granularity.YEAR, 6: Granularity.HALF, 3: Granularity.QUARTER}


def _compared_with(text: str, candidate: Candidate) -> bool:
    """Whether the date is a comparison baseline: 较上年, 比2022年, 与2022年相比."""
    for opening in {candidate.body_start, candidate.start}:  # 较2022年, 与截至2019年底的…相比
        before = text[max(0, opening - 3) : opening].rstrip(_SPACES)
        if before.endswith(BASELINE_BEFORE):
            return True
        if before.endswith(BASELINE_PAIRED) and _PAIRED_AFTER.match(text, candidate.end):
            return True
    return False


def _tail_interval(tail: Tail, year: int) -> Interval:
    """The dates ``tail`` covers in ``year``; ValueError for an impossible day (2月30日)."""
    if tail.kind in (TailKind.YEAR, TailKind.FISCAL_YEAR):
        # Fiscal years (and their quarters, below) are approximated by the calendar year: the
        # fiscal calendar of each company (April-March for Alibaba) is not known here. The
        # period's ``fiscal`` flag keeps them apart from calendar periods.
        return date(year, 1, 1), date(year, 12, 31)
    if tail.kind is TailKind.EVENT:
        event = EVENTS_BY_NAME[tail.event or ""]
        return date(year, *event.first), date(year, *event.last)
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

"""What the date grammar reads out of a match, before it is resolved to calendar dates."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import Enum

from corpuslint.period import Granularity


class Anchor(Enum):
    EXPLICIT = "explicit"  # 2019年: the year is written out
    RELATIVE = "relative"  # 去年: an offset from the document's year
    CONTEXT = "context"  # 6月30日: the year is left to the surrounding text


class TailKind(Enum):
    YEAR = "year"
    FISCAL_YEAR = "fiscal_year"
    HALF = "half"
    QUARTER = "quarter"
    FIRST_QUARTERS = "first_quarters"  # 前三季度
    MONTH = "month"
    DAY = "day"
    EVENT = "event"  # 双11, 国庆假期: a named stretch of the year (see _dates_lexicon.EVENTS)


@dataclass(frozen=True)
class Tail:
    """The part of a year an expression names: ``first``/``last`` are the half, quarter,
    month or day numbers the kind needs. ``closing`` marks 底/末 (the end of the period),
    which turns 到2019年底 into an instant reading. ``fiscal`` marks a part of a fiscal year
    (2024财年第三季度); ``event`` is the canonical name of an EVENT tail."""

    kind: TailKind
    first: int = 0
    last: int = 0
    closing: bool = False
    fiscal: bool = False
    event: str | None = None


@dataclass(frozen=True)
class CalendarReading:
    anchor: Anchor
    year: int  # the year (EXPLICIT) or the offset from the document's year (RELATIVE)
    tail: Tail


@dataclass(frozen=True)
class SpanReading:
    """An explicit range whose two ends are read separately: 2016-2018年, 2019年1-6月."""

    first: CalendarReading
    last: CalendarReading


@dataclass(frozen=True)
class EndingReading:
    """The months up to a day: 截至2023年12月31日止年度 (a year), 截至6月30日止六个月 (a half),
    the reporting periods of Hong Kong and Taiwan filings. A flow, not an instant."""

    end: CalendarReading
    months: int


@dataclass(frozen=True)
class DocumentReading:
    """An expression measured from the document date itself: 本月, 上周, 目前."""

    interval: Callable[[date], tuple[date, date]]
    granularity: Granularity
    instant: bool = False  # 目前, 如今: the state at the document date


@dataclass(frozen=True)
class SamePeriodReading:
    """上年同期, 去年同期, 2022年同期: the period in force, moved to another year. ``anchor`` is
    EXPLICIT (``year`` is that year) or RELATIVE (``year`` is the offset in years)."""

    anchor: Anchor
    year: int


@dataclass(frozen=True)
class EventReference:
    """假期, 节日期间, 长假期间: the event the text is about (2023年国庆假期 … 假期共接待游客),
    if the period in force is one."""


Reading = (
    CalendarReading | SpanReading | EndingReading | DocumentReading | SamePeriodReading
    | EventReference
)


class Cue(Enum):
    NONE = "none"
    AS_OF = "as_of"  # 截至, 截止: always an instant reading
    TO = "to"  # 到, 至: an instant only before 底/末 (到2017年底); otherwise a range connector


@dataclass(frozen=True)
class Candidate:
    """One grammar match. ``start`` includes a leading cue (截至); ``body_start`` does not."""

    start: int
    end: int
    body_start: int
    reading: Reading
    cue: Cue = Cue.NONE

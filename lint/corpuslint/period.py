"""The Period model: when a figure holds."""

from __future__ import annotations

from datetime import date
from enum import Enum

from pydantic import BaseModel, ConfigDict


class Granularity(str, Enum):
    DAY = "day"
    MONTH = "month"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    FISCAL_YEAR = "fiscal_year"
    SPAN = "span"  # an explicit range: 2016年至2018年, 前三季度
    UNKNOWN = "unknown"  # 目前, 近日 in an undated document


class Period(BaseModel):
    """A calendar interval (inclusive dates) that a figure refers to.

    ``as_of`` marks an instant reading (截至2019年6月30日: the state at ``end``) rather than a
    flow over the whole span (2019年上半年的交易额). ``anchored`` is False when the period came
    from a relative expression (今年, 去年底) that could not be resolved against a known document
    date; ``inferred`` is True when it was resolved against a guessed document date.

    Some periods are not plain calendar spans, and their dates alone do not identify them:

    * ``fiscal``: reckoned in a company's or government's fiscal year (2024财年, FY2024,
      2023/24财政年度). Its fiscal calendar is not known here, so the dates approximate it by the
      calendar year of the same number (granularity ``fiscal_year``).
    * ``event``: a named stretch inside a year (双11, 618, 国庆, 春节, 五一, 暑期 …), by its
      canonical name. The dates are the span the event usually falls in (lunar holidays: the
      span they can fall in); they place the event in time, the name identifies it.

    Two periods describe the same time only if they agree on both (:meth:`same_reckoning`):
    2024财年 is never 2024年, 2023年双11 is never 2023年 nor 2023年国庆.
    """

    model_config = ConfigDict(frozen=True)

    start: date | None = None
    end: date | None = None
    granularity: Granularity = Granularity.UNKNOWN
    as_of: bool = False
    anchored: bool = True
    inferred: bool = False
    relative: bool = False  # written relatively (今年, 目前), whether or not it could be resolved
    implicit: bool = False  # no date stated with the figure: the document's date stands in
    fiscal: bool = False  # a fiscal year (or part of one), approximated by calendar dates
    event: str | None = None  # a named event inside a year: 双11, 618, 国庆, 春节 …
    text: str = ""

    def overlaps(self, other: Period) -> bool:
        if None in (self.start, self.end, other.start, other.end):
            return False
        return self.start <= other.end and other.start <= self.end  # type: ignore[operator]

    def same_reckoning(self, other: Period) -> bool:
        """Whether equal dates would mean the same time: both calendar periods, or both fiscal,
        and the same event (or none)."""
        return self.fiscal == other.fiscal and self.event == other.event

    @property
    def known(self) -> bool:
        return self.start is not None and self.end is not None

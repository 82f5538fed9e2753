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
    text: str = ""

    def overlaps(self, other: Period) -> bool:
        if None in (self.start, self.end, other.start, other.end):
            return False
        return self.start <= other.end and other.start <= self.end  # type: ignore[operator]

    @property
    def known(self) -> bool:
        return self.start is not None and self.end is not None

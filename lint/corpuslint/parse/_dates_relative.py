"""Expressions measured from the document date itself: 目前, 近日, 今天, 本月, 上周, 上季度.

Relative *years* (今年, 去年底, 今年1月) belong to the calendar grammar, because they take the
same tails (底, 上半年, 1月) as written years.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import regex

from corpuslint.parse._dates_calendar import (
    month_interval,
    quarter_interval,
    quarter_of,
    shift_months,
    week_interval,
)
from corpuslint.parse._dates_grammar import candidate
from corpuslint.parse._dates_lexicon import CUE
from corpuslint.parse._dates_model import Candidate, DocumentReading
from corpuslint.period import Granularity


def _on_day(days_later: int) -> DocumentReading:
    def interval(d: date) -> tuple[date, date]:
        day = d + timedelta(days=days_later)
        return day, day

    return DocumentReading(interval, Granularity.DAY)


def _in_month(months_later: int) -> DocumentReading:
    def interval(d: date) -> tuple[date, date]:
        shifted = shift_months(d, months_later)
        return month_interval(shifted.year, shifted.month)

    return DocumentReading(interval, Granularity.MONTH)


def _in_quarter(quarters_later: int) -> DocumentReading:
    def interval(d: date) -> tuple[date, date]:
        shifted = shift_months(d, 3 * quarters_later)
        return quarter_interval(shifted.year, quarter_of(shifted))

    return DocumentReading(interval, Granularity.QUARTER)


def _in_week(weeks_later: int) -> DocumentReading:
    # A week has no Granularity of its own; an explicit Monday-Sunday span is the honest reading.
    return DocumentReading(lambda d: week_interval(d, weeks_later), Granularity.SPAN)


_NOW = DocumentReading(lambda d: (d, d), Granularity.DAY, instant=True)
# 近日/日前 ("the other day") happened shortly before the document: the document date is the
# closest reading available, as a day, but not as an instant.
_RECENTLY = _on_day(0)

# Pattern (with the lookarounds that keep it out of longer words) -> reading.
_WORDS: dict[str, DocumentReading] = {
    r"目前(?:[为為]止)?": _NOW,
    # 表现在, 出现在, 体现在: 现在 inside a verb + 在.
    r"(?<![表体體出发發实實展呈再涌湧显顯])[现現]在": _NOW,
    r"[当當]前": _NOW,
    r"如今": _NOW,
    r"[当當]下(?![载載])": _NOW,
    r"眼下": _NOW,
    r"(?:迄今|至今)(?:[为為]止)?": _NOW,
    r"(?<!最)近日(?![活均])": _RECENTLY,
    r"(?<![节節生假\d])日前": _RECENTLY,
    r"今天": _on_day(0),
    r"昨天": _on_day(-1),
    r"(?<!年)前天": _on_day(-2),
    r"明天": _on_day(1),
    r"本月|[这這][个個]月": _in_month(0),
    r"上[个個]?月(?!球)": _in_month(-1),
    r"下[个個]?月": _in_month(1),
    r"本[周週]|[这這]一?[周週]|本星期": _in_week(0),
    r"上一?[周週]|上[个個]?星期": _in_week(-1),
    r"下一?[周週]|下[个個]?星期": _in_week(1),
    r"本季度?": _in_quarter(0),
    r"上一?[个個]?季度": _in_quarter(-1),
    r"下一?[个個]?季度": _in_quarter(1),
}
_KEYS = tuple(_WORDS)
_PATTERN = regex.compile(
    CUE + "(?P<body>" + "|".join(f"(?P<w{i}>{word})" for i, word in enumerate(_KEYS)) + ")"
)
_FIRST_WORD = _PATTERN.groupindex["w0"] - 1  # index of group w0 in match.groups()


def scan_relative(text: str) -> Iterator[Candidate]:
    """Every document-relative expression in ``text``, overlapping ones included."""
    for match in _PATTERN.finditer(text, overlapped=True):
        words = match.groups()[_FIRST_WORD:]
        word = next(key for key, found in zip(_KEYS, words) if found is not None)
        yield candidate(match, _WORDS[word], match["cue"])

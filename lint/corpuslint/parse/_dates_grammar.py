"""The calendar grammar: years, halves, quarters, months and days, with or without a year.

Each pattern turns a match into a :class:`Candidate`; overlapping candidates are settled by
the caller (the longest span wins). Expressions measured from the document date itself
(本月, 上周, 目前) live in ``_dates_relative``. Fiscal periods (2024财年, FY2024Q3) and named
events (2023年双11期间, 国庆假期) are read here too, as calendar readings of their own kinds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

import regex

from corpuslint.parse._dates_lexicon import (
    CONNECTOR,
    CUE,
    DAY,
    DURATION_AFTER,
    DURATION_AFTER_TWO_DIGIT,
    DURATION_BEFORE,
    DURATION_BEFORE_TWO_DIGIT,
    ENDING_MONTHS,
    ENDING_PERIOD,
    EVENT_DAY,
    EVENT_NOT_AFTER,
    EVENT_REFERENCE,
    EVENT_SUFFIX,
    EVENTS,
    MONTH,
    QUARTER_NUMBER,
    SP,
    YEAR2,
    YEAR4,
    YEAR_HAN,
    YEAR_TWO_DIGIT_CUES,
    full_year,
    read_number,
)
from corpuslint.parse._dates_model import (
    Anchor,
    CalendarReading,
    Candidate,
    Cue,
    EndingReading,
    EventReference,
    Reading,
    SamePeriodReading,
    SpanReading,
    Tail,
    TailKind,
)

# What follows a year (or stands alone): the alternatives are tried in order, longest forms first.
_MONTH_RANGE = rf"(?P<m1>{MONTH}){SP}{CONNECTOR}{SP}(?P<m2>{MONTH}){SP}月份?"
_MONTH = (
    rf"(?P<month>{MONTH}){SP}月份?(?![一两兩]?次)"  # 一月一次: once a month
    rf"(?:{SP}(?P<day>{DAY}){SP}[日号號]|{SP}(?P<mpos>[底末]|初(?!步)|[上中下]旬))?"
)
_HALF = r"(?P<half>[上下])半年"
_FIRST_QUARTERS = rf"前{SP}(?P<firstq>{QUARTER_NUMBER}){SP}[个個]?季度?"
_QUARTER = (
    rf"第{SP}(?P<quarter>{QUARTER_NUMBER}){SP}季度?"
    rf"|(?<![\d〇一二三四五六七八九十上下本这這每])(?P<quarter>{QUARTER_NUMBER}){SP}季度"
)
_QUARTER_LATIN = r"(?<![A-Za-z\d])Q(?P<quarter>[1-4])(?![\dA-Za-z])"
_YEAR_POSITION = r"(?P<ypos>[底末]|初(?!步)|中(?=[的时時期]|[^\p{Han}]|$))"

_TAIL = "|".join((
    _MONTH_RANGE, _MONTH, _HALF, r"H(?P<hnum>[12])(?![\dA-Za-z])", _FIRST_QUARTERS,
    _QUARTER, _QUARTER_LATIN, rf"年?{_YEAR_POSITION}", r"(?P<whole>全年|度)",
))
_TAIL_GROUPS = ("m1", "month", "half", "hnum", "firstq", "quarter", "ypos", "whole")
_RELATIVE_YEAR = (
    r"(?P<rel>今年|(?<![日基资資成根])本年(?=度)|(?<![过過])去年|上一?年(?![纪紀级級])"
    r"|(?<![年之以提此])前年|(?<![说說表证證声聲发發标標注阐闡查指])明年"
    r"|(?<![前之以此然今])[后後]年(?!均))(?![轻輕龄齡纪紀])"
)
_YEAR_HEAD = (
    rf"(?:(?P<y4>{YEAR4}){SP}年|(?P<y2>{YEAR2}){SP}年|(?P<yhan>{YEAR_HAN})年|{_RELATIVE_YEAR})"
)
_RELATIVE_OFFSETS = {"今": 0, "本": 0, "去": -1, "上": -1, "前": -2, "明": 1, "后": 2, "後": 2}

_WITH_YEAR = regex.compile(rf"{CUE}(?P<body>{_YEAR_HEAD}(?:{SP}(?:{_TAIL}))?)")
_YEARLESS = regex.compile(
    rf"{CUE}(?P<body>{_MONTH_RANGE}|{_MONTH}|{_HALF}|{_FIRST_QUARTERS}|{_QUARTER}|{_QUARTER_LATIN}"
    rf"|(?<![\d〇零○一二三四五六七八九十两兩几幾多每今去前明本上下来來后後半同次翌近历歷年])年{_YEAR_POSITION})"
)
_COMPACT = regex.compile(  # 2019Q3, 2019 H1, 18Q1
    rf"{CUE}(?P<body>(?<![A-Za-z])(?:(?P<y4>{YEAR4}){SP}|(?P<y2>{YEAR2}))"
    r"(?:Q(?P<quarter>[1-4])|H(?P<hnum>[12]))(?![\dA-Za-z]))"
)
# 2020财年, 2020年财年, 2020财政年度, 2020会计年度, 2023/24财年 (named by the year it ends in),
# FY2020; then perhaps a part of it: 2024财年第三季度, 2024财年第三财季, FY2024 Q3, FY24H1.
_FISCAL_PART = (
    rf"第{SP}(?P<quarter>{QUARTER_NUMBER}){SP}[财財]?季度?|(?P<half>[上下])半[财財]?年"
    rf"|前{SP}(?P<firstq>{QUARTER_NUMBER}){SP}[个個]?[财財]?季度?"
    r"|Q(?P<quarter>[1-4])(?![\dA-Za-z])|H(?P<hnum>[12])(?![\dA-Za-z])"
)
_FISCAL = regex.compile(
    rf"{CUE}(?P<body>(?:(?:(?P<y4>{YEAR4})(?:{SP}[/／-]{SP}(?P<ysplit>\d\d)(?!\d))?|(?P<y2>{YEAR2}))"
    rf"{SP}年?{SP}(?:[财財]政?|[会會][计計])年度?"
    rf"|(?<![A-Za-z])FY{SP}(?:(?P<y4>{YEAR4})|(?P<y2>{YEAR2})))(?:{SP}(?:{_FISCAL_PART}))?)"
)
_FISCAL_QUARTER = regex.compile(  # 第三财季: a quarter of the fiscal year in the text
    rf"{CUE}(?P<body>第{SP}(?P<quarter>{QUARTER_NUMBER}){SP}[财財]季度?)"
)
# 上年同期, 去年同期, 2022年同期: the period in force, a year (or more) earlier.
_SAME_PERIOD = regex.compile(
    rf"(?P<body>(?:(?P<y4>{YEAR4}){SP}年度?"
    r"|(?P<rel>(?<![过過])去年度?|上一?年度?|(?<![年之以提此])前年度?))"
    rf"{SP}(?:的{SP})?同期)"
)
# 2023年双11期间, 今年国庆假期, 2023双十一, 春节档, 双11当天: found by the event's name, then the
# year (and cue) written before it, which is cheaper than trying a year head at every digit.
_EVENT_NAMES = "|".join(
    rf"(?P<ev{i}>{event.pattern})"
    + ("" if event.bare else rf"(?={SP}(?:{EVENT_SUFFIX}|{EVENT_DAY}))")
    for i, event in enumerate(EVENTS)
)
_EVENT = regex.compile(
    rf"(?:{_EVENT_NAMES})(?:{SP}(?P<evday>{EVENT_DAY})|{SP}(?:{EVENT_SUFFIX}))?"
    rf"(?!{SP}{EVENT_NOT_AFTER})"
)
_EVENT_HEAD = regex.compile(rf"{CUE}(?P<body>(?:{_YEAR_HEAD}|(?P<y4>{YEAR4})){SP}(?:的{SP})?)$")
_LONGEST_EVENT_HEAD = 16
_EVENT_REFERENCE = regex.compile(rf"(?P<body>{EVENT_REFERENCE})")
_EVENT_GROUPS = [f"ev{i}" for i in range(len(EVENTS))]
_NUMERIC = regex.compile(  # 2019-06-30, 2019/6/30, 2019.6.30
    rf"{CUE}(?P<body>(?P<y4>{YEAR4})(?P<sep>[-/.])(?P<month>\d{{1,2}})(?P=sep)(?P<day>\d{{1,2}})"
    r"(?!\d|\.\d))"
)
_YEAR_RANGE = regex.compile(  # 2016-2018年, 2018 到 2020 年
    rf"(?P<body>(?P<ya>{YEAR4}){SP}{CONNECTOR}{SP}(?P<yb>{YEAR4}){SP}年)"
)

_DURATION_AFTER = regex.compile(DURATION_AFTER)
_DURATION_AFTER_TWO_DIGIT = regex.compile(DURATION_AFTER_TWO_DIGIT)


# Every calendar pattern starts with one of these (a cue, a digit or numeral, a relative-year
# word, 第/前/上/下, Q, FY, or the 年 of 年底). Checking that one character first spares the
# overlapped scan from trying every alternative at every position.
_FIRST = "截到至0123456789〇零○一二三四五六七八九十两兩今本去上前明后後下第QHF年"


def _fast(pattern: regex.Pattern[str], first: str = _FIRST) -> regex.Pattern[str]:
    return regex.compile(f"(?=[{first}])(?:{pattern.pattern})", pattern.flags)


_EVENT_FIRST = _fast(_EVENT, "双雙6国國十五5劳勞“「元春清端中暑寒黄黃")


def scan_calendar(text: str) -> Iterator[Candidate]:
    """Every calendar expression in ``text``, overlapping ones included."""
    for pattern, read in _READERS:
        for match in pattern.finditer(text, overlapped=True):
            groups = match.groupdict()  # once per match: the readers below look up many groups
            reading = read(match, groups, text)
            if reading is not None:
                found = candidate(match, reading, groups.get("cue"))
                yield _ending_period(found, text) or found
    yield from scan_events(text)


_ENDING = regex.compile(ENDING_PERIOD)
_ENDS_A_PERIOD = (TailKind.DAY, TailKind.MONTH)


def _ending_period(found: Candidate, text: str) -> Candidate | None:
    """截至2023年12月31日止年度: the year ending on that day, not the day itself."""
    reading = found.reading
    if not isinstance(reading, CalendarReading) or reading.tail.kind not in _ENDS_A_PERIOD:
        return None
    if found.cue is Cue.TO or text[found.end:found.end + 1] not in "止的之 \u3000":
        return None
    ending = _ENDING.match(text, found.end)
    if ending is None:
        return None
    name = ending["ending"]
    months = ENDING_MONTHS[name.removesuffix("月").rstrip("个個") if name.endswith("月") else name]
    return Candidate(found.start, ending.end(), found.body_start, EndingReading(reading, months))


def candidate(match: regex.Match[str], reading: Reading, cue: str | None = None) -> Candidate:
    kind = Cue.NONE if not cue else Cue.TO if cue in ("到", "至") else Cue.AS_OF
    return Candidate(match.start(), match.end(), match.start("body"), reading, kind)


Groups = dict[str, str | None]


def _read_with_year(match: regex.Match[str], groups: Groups, text: str) -> Reading | None:
    anchor, year = _year(groups)
    if anchor is None or _reads_as_duration(match, groups, text):
        return None
    return _reading(groups, anchor, year)


def _read_yearless(match: regex.Match[str], groups: Groups, text: str) -> Reading | None:
    return _reading(groups, Anchor.CONTEXT, 0)


def _read_compact(match: regex.Match[str], groups: Groups, text: str) -> Reading | None:
    anchor, year = _year(groups)
    return _reading(groups, anchor, year) if anchor else None


def _read_fiscal(match: regex.Match[str], groups: Groups, text: str) -> Reading | None:
    anchor, year = _year(groups)
    if anchor is None:
        return None
    if groups.get("ysplit"):  # 2023/24财年 is the fiscal year ending in 2024
        if int(groups["ysplit"]) != (year + 1) % 100:
            return None
        year += 1
    return _reading(groups, anchor, year, fiscal=True)


def _read_fiscal_quarter(match: regex.Match[str], groups: Groups, text: str) -> Reading | None:
    return _reading(groups, Anchor.CONTEXT, 0, fiscal=True)


def _read_same_period(match: regex.Match[str], groups: Groups, text: str) -> Reading | None:
    anchor, year = _year(groups)
    return SamePeriodReading(anchor, year) if anchor else None


def _read_event_reference(match: regex.Match[str], groups: Groups, text: str) -> Reading:
    return EventReference()


def scan_events(text: str) -> Iterator[Candidate]:
    """Every named event in ``text`` (2023年双11期间, 国庆假期), with the year before it."""
    for match in _EVENT_FIRST.finditer(text):
        groups = match.groupdict()
        event = next(EVENTS[i] for i, name in enumerate(_EVENT_GROUPS) if groups.get(name))
        if groups.get("evday") and event.day is not None:
            tail = Tail(TailKind.DAY, *event.day)
        else:
            tail = Tail(TailKind.EVENT, event=event.name)
        head = _EVENT_HEAD.search(text, max(0, match.start() - _LONGEST_EVENT_HEAD), match.start())
        if head is None:
            reading = CalendarReading(Anchor.CONTEXT, 0, tail)
            yield Candidate(match.start(), match.end(), match.start(), reading)
            continue
        head_groups = head.groupdict()
        anchor, year = _year(head_groups)
        reading = CalendarReading(anchor or Anchor.CONTEXT, year, tail)
        found = candidate(head, reading, head_groups.get("cue"))
        yield replace(found, end=match.end())


def _read_year_range(match: regex.Match[str], groups: Groups, text: str) -> Reading | None:
    first, last = int(match.group("ya")), int(match.group("yb"))
    if first >= last:
        return None
    whole_year = Tail(TailKind.YEAR)
    return SpanReading(
        CalendarReading(Anchor.EXPLICIT, first, whole_year),
        CalendarReading(Anchor.EXPLICIT, last, whole_year),
    )


def _year(groups: Groups) -> tuple[Anchor | None, int]:
    if groups.get("y4"):
        return Anchor.EXPLICIT, int(groups["y4"])
    if groups.get("y2"):
        return Anchor.EXPLICIT, full_year(int(groups["y2"]))
    if groups.get("yhan"):
        return Anchor.EXPLICIT, read_number(groups["yhan"])
    if groups.get("rel"):
        return Anchor.RELATIVE, _RELATIVE_OFFSETS[groups["rel"][0]]
    return None, 0


def _reading(groups: Groups, anchor: Anchor, year: int, *, fiscal: bool = False) -> Reading | None:
    """The reading of the tail groups (month, quarter, ...) in the year ``anchor``/``year``
    (a fiscal year if ``fiscal``)."""

    def at(tail: Tail) -> CalendarReading:
        return CalendarReading(anchor, year, replace(tail, fiscal=True) if fiscal else tail)

    if groups.get("m1"):
        first, last = read_number(groups["m1"]), read_number(groups["m2"])
        if not 1 <= first < last <= 12:
            return None
        return SpanReading(at(Tail(TailKind.MONTH, first)), at(Tail(TailKind.MONTH, last)))
    if groups.get("month"):
        month = read_number(groups["month"])
        if not 1 <= month <= 12:
            return None
        if groups.get("day"):
            day = read_number(groups["day"])
            return at(Tail(TailKind.DAY, month, day)) if 1 <= day <= 31 else None
        return at(Tail(TailKind.MONTH, month, closing=groups.get("mpos") in ("底", "末")))
    if groups.get("half"):
        return at(Tail(TailKind.HALF, 1 if groups["half"] == "上" else 2))
    if groups.get("hnum"):
        return at(Tail(TailKind.HALF, int(groups["hnum"])))
    if groups.get("firstq"):
        count = read_number(groups["firstq"])
        return at(Tail(TailKind.FIRST_QUARTERS, count)) if count > 1 else None
    if groups.get("quarter"):
        return at(Tail(TailKind.QUARTER, read_number(groups["quarter"])))
    if groups.get("ypos"):
        # 年底/年末 -> December, 年初 -> January, 年中 -> June: month-sized readings.
        position = groups["ypos"]
        month = {"初": 1, "中": 6}.get(position, 12)
        return at(Tail(TailKind.MONTH, month, closing=position in ("底", "末")))
    if anchor is Anchor.CONTEXT:
        return None
    return at(Tail(TailKind.FISCAL_YEAR if fiscal else TailKind.YEAR))


def _reads_as_duration(match: regex.Match[str], groups: Groups, text: str) -> bool:
    """过去18年, 长达20年, 18年来: a length of time written like a year."""
    year_group = "y4" if groups.get("y4") else "y2" if groups.get("y2") else None
    if year_group is None:
        return False
    body = match.start("body")
    before = text[max(0, body - 4) : body].rstrip()
    after = text[match.end("body") :]
    has_tail = any(groups.get(name) for name in _TAIL_GROUPS)
    if year_group == "y4":
        return not has_tail and (
            before.endswith(DURATION_BEFORE) or bool(_DURATION_AFTER.match(after))
        )
    if before.endswith(DURATION_BEFORE_TWO_DIGIT) and not before.endswith("到了"):
        return True
    if has_tail:
        return False
    cued = groups.get("cue") or before.endswith(YEAR_TWO_DIGIT_CUES)
    return not cued or bool(_DURATION_AFTER_TWO_DIGIT.match(after))


_READERS: tuple[tuple[regex.Pattern[str], Callable[..., Reading | None]], ...] = (
    (_fast(_WITH_YEAR), _read_with_year),
    (_fast(_YEARLESS), _read_yearless),
    (_fast(_COMPACT), _read_compact),
    (_fast(_FISCAL), _read_fiscal),
    (_fast(_FISCAL_QUARTER, "截到至第"), _read_fiscal_quarter),
    (_fast(_SAME_PERIOD), _read_same_period),
    (_fast(_EVENT_REFERENCE, "假长長节節双雙"), _read_event_reference),
    (_fast(_NUMERIC), _read_with_year),
    (_fast(_YEAR_RANGE), _read_year_range),
)

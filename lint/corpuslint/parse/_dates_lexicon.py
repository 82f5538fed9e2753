"""Regex fragments and numeral readings shared by the date grammar.

Fragments are plain strings meant to be embedded in larger patterns compiled with ``regex``.
Simplified and Traditional forms sit side by side in character classes ([个個], [财財]).
"""

from __future__ import annotations

#: Optional spacing between parts: typeset Chinese often reads "2019 年 3 月".
SP = r"[\x20\t\u3000\u00a0]*"

#: A leading 截至/截止 (always an instant reading) or 到/至 (an instant only before 底/末).
CUE = rf"(?:(?P<cue>截[至止][到至于於]?|[到至]){SP})?"

#: Range connectors: 2016年至2018年, 2016-2018年, 1到6月.
CONNECTOR = r"(?:至|到|[-–—―~～－])"

YEAR4 = r"(?<![\d.])(?:19|20)\d\d(?!\d)"
YEAR2 = r"(?<![\d.])\d\d(?!\d)"
YEAR_HAN = r"(?<![〇零○一二三四五六七八九十])[〇零○一二三四五六七八九]{4}"
MONTH = (
    r"(?:(?<![\d.])\d{1,2}"
    r"|(?<![〇零一二三四五六七八九十两兩第几幾每])(?:十[一二]?|[一二三四五六七八九]))"
)
DAY = r"(?:\d{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
QUARTER_NUMBER = r"(?:[1-4]|[一二三四两兩])"

#: Before a year, these make "N年" a length of time: 过去18年, 长达20年, 近2000年.
DURATION_BEFORE = (
    "过去", "過去", "最近", "近", "将近", "將近", "长达", "長達", "历时", "歷時", "不到", "不足",
    "超过", "超過", "整整", "足足", "多达", "多達", "逾", "用了", "花了",
)
#: Two-digit years are read as durations after these too: 这18年, 用了18年, 约18年, 第18年.
DURATION_BEFORE_TWO_DIGIT = (
    *DURATION_BEFORE, "这", "這", "了", "约", "約", "共", "满", "滿", "已", "第",
)
#: After "N年", a length of time: 18年来, 20年间, 18年的历史.
DURATION_AFTER = (
    r"(?:来(?![看说])|來(?![看說])|[间間]|的?[时時][间間]|之久|的?[历歷]史)"
)
DURATION_AFTER_TWO_DIGIT = rf"(?:{DURATION_AFTER}|[后後前内內里裡多]|左右|以上)"
#: A bare two-digit year (no month, half or quarter after it) counts only after these: 在18年.
YEAR_TWO_DIGIT_CUES = ("在", "于", "於", "自", "从", "從", "到了")

_HAN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {
    "零": 0, "○": 0, "两": 2, "兩": 2,
}


def read_number(written: str) -> int:
    """Read 12, １２, 十二, 二十三, 三 or a digit-by-digit year (二〇一九)."""
    written = written.strip()
    if written.isdecimal():
        return int(written)
    if "十" in written:
        tens, _, units = written.partition("十")
        return (_HAN_DIGITS[tens] if tens else 1) * 10 + (_HAN_DIGITS[units] if units else 0)
    return int("".join(str(_HAN_DIGITS[c]) for c in written))


def full_year(two_digits: int) -> int:
    """18 -> 2018, 98 -> 1998. A fixed pivot: the machine clock must never change a reading."""
    return 2000 + two_digits if two_digits < 70 else 1900 + two_digits

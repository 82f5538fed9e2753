"""Regex fragments and numeral readings shared by the date grammar.

Fragments are plain strings meant to be embedded in larger patterns compiled with ``regex``.
Simplified and Traditional forms sit side by side in character classes ([个個], [财財]).
"""

from __future__ import annotations

from dataclasses import dataclass

#: Optional spacing between parts: typeset Chinese often reads "2019 年 3 月".
SP = r"[\x20\t\u3000\u00a0]*"

#: A leading 截至/截止 (always an instant reading) or 到/至 (an instant only before 底/末).
CUE = rf"(?:(?P<cue>截[至止][到至于於]?|[到至]){SP})?"

#: After a day, the length of the reporting period ending on it: 截至2023年12月31日止年度,
#: 截至6月30日止六個月, 截至9月30日的九个月. Months by name; 止, 的 or 之 must come first.
ENDING_PERIOD = (
    rf"{SP}(?:止{SP}(?:[的之]{SP})?|[的之]{SP})"
    r"(?P<ending>年度|全年|[财財]年|十二[个個]月|12[个個]月|半年|中期|六[个個]月|6[个個]月"
    r"|九[个個]月|9[个個]月|三[个個]月|3[个個]月|季度)"
)
ENDING_MONTHS = {
    "年度": 12, "全年": 12, "财年": 12, "財年": 12, "十二": 12, "12": 12, "半年": 6, "中期": 6,
    "六": 6, "6": 6, "九": 9, "9": 9, "三": 3, "3": 3, "季度": 3,
}

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


# --- named events inside a year ----------------------------------------------------------------


@dataclass(frozen=True)
class Event:
    """A named stretch of the year: 双11, 国庆假期, 春节.

    ``first``/``last`` (month, day) bound the span it falls in every year, lunar holidays
    included (春节 is always between January 20 and the end of February); ``day`` is the one day
    it names with 当天 (双11当天 is November 11). ``bare`` is False for words that are dates only
    with a word such as 假期 or 期间 after them (五一, 十一, 618).
    """

    name: str
    pattern: str
    first: tuple[int, int]
    last: tuple[int, int]
    day: tuple[int, int] | None = None
    bare: bool = True


_NATIONAL_DAY = "(?:国庆|國慶)[节節]?"
_MID_AUTUMN = "中秋[节節]?"
EVENTS = (
    Event("双11", rf"[双雙]{SP}(?:11|十一)(?![\d月])", (10, 1), (11, 15), day=(11, 11)),
    Event("双12", rf"[双雙]{SP}(?:12|十二)(?![\d月])", (12, 1), (12, 15), day=(12, 12)),
    Event("618", r"(?<![\d.,])618(?![\d.,])", (5, 20), (6, 20), day=(6, 18), bare=False),
    Event("618", r"(?<=年)618(?=[，,；;])", (5, 20), (6, 20), day=(6, 18)),  # 2023年618，…
    Event(
        "中秋国庆",
        rf"{_MID_AUTUMN}[、和与與及暨]?{_NATIONAL_DAY}|{_NATIONAL_DAY}[、和与與及暨]?{_MID_AUTUMN}",
        (9, 7), (10, 8),
    ),
    Event("国庆", _NATIONAL_DAY, (9, 28), (10, 8), day=(10, 1)),
    Event("国庆", r"(?<![\d〇一二三四五六七八九十])十一(?!月)", (9, 28), (10, 8), bare=False),
    Event("五一", r"(?:五一|5·1)?(?:劳动|勞動)[节節]", (4, 28), (5, 6), day=(5, 1)),
    Event("五一", r"(?<![\d〇一二三四五六七八九十])[“「]?五一[”」]?(?!月)", (4, 28), (5, 6), bare=False),
    Event("元旦", r"元旦", (1, 1), (1, 3), day=(1, 1)),
    Event("春节", r"春[节節]", (1, 20), (2, 28)),
    Event("春运", r"春[运運]", (1, 1), (3, 20)),
    Event("清明", r"清明[节節]", (4, 3), (4, 6)),
    Event("清明", r"清明", (4, 3), (4, 6), bare=False),
    Event("端午", r"端午[节節]?", (5, 28), (6, 25)),
    Event("中秋", r"中秋[节節]", (9, 7), (10, 8)),
    Event("中秋", r"中秋", (9, 7), (10, 8), bare=False),
    Event("暑期", r"暑[期假]", (7, 1), (8, 31)),
    Event("寒假", r"寒假", (1, 10), (2, 28)),
    Event("黄金周", r"[黄黃]金[周週]", (4, 28), (10, 8)),
)
EVENTS_BY_NAME = {event.name: event for event in EVENTS}

#: What may follow an event's name and still be the event: 双11期间, 国庆黄金周, 春节档.
EVENT_SUFFIX = (
    r"期[间間]|假期|小?[长長]假|[黄黃]金[周週]|大促|[购購]物[节節]|狂[欢歡][节節]|[档檔]期?"
    r"|全周期|活[动動]期?[间間]?"
)
#: Words that refer back to the event in force: 假期, 长假期间, 节假日期间 (not 产假, 带薪假期).
EVENT_REFERENCE = (
    r"(?<![产產婚病薪年休暑寒请請事丧喪亲親公])(?:假期|[长長]假)(?:期[间間])?"
    r"|(?:[节節]假日|[节節]日|[双雙][节節]|假日)期[间間]"
)
#: 当天 makes a fixed-date event one day: 双11当天.
EVENT_DAY = r"[当當][天日]"
#: After an event's name, these make it a point before or after it, not the event itself.
EVENT_NOT_AFTER = (
    r"(?:之?[前后後]|以[前后後来來]|[过過][后後]|前夕|来临|來臨|[\d〇一二三四五六七八九十]+[周週]年)"
)


# --- cues around a date -----------------------------------------------------------------------

#: Before a date, these make it a comparison baseline (较上年, 比2022年, 同比去年, 恢复至2019年):
#: later yearless dates do not take their year from it.
BASELINE_BEFORE = (
    "较", "較", "比", "比起", "恢复至", "恢复到", "恢復至", "恢復到", "相当于", "相當於", "高于",
    "高於", "低于", "低於", "好于", "好於",
)
#: ... and so do 与/和 before it when 相比 follows (与2022年相比).
BASELINE_PAIRED = ("与", "與", "和", "跟", "同")
BASELINE_PAIRED_AFTER = r"[^，,。；;！？!?\n]{0,16}?(?:相比|相[较較]|比[较較])"

#: Words that make a date a plan or forecast (预计9月上市, 目标是在2026年): it says nothing
#: about when the document was written.
FORECAST_CUES = (
    "预计", "預計", "预期", "預期", "预测", "預測", "计划", "計劃", "规划", "規劃", "目标", "目標",
    "将于", "將於", "将在", "將在", "将会", "將會", "将达", "將達", "有望", "力争", "力爭", "争取",
    "爭取", "拟于", "擬於", "拟在", "擬在", "打算", "即将", "即將", "准备", "準備", "届时", "屆時",
)

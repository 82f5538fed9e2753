"""Comparison baselines (上年同期, 较上年, 比2019年) and which date a figure takes.

上年同期 is the period in force a year earlier, not the whole previous year; a year named only
to compare with does not become the year of later yearless dates; and a date after a figure
dates it only when it is about that figure, not when it introduces the next one.
"""

from __future__ import annotations

from datetime import date

import pytest

from corpuslint.documents import document_from_string
from corpuslint.engine import analyse
from corpuslint.parse.dates import find_periods
from corpuslint.period import Granularity as G

D = date


def periods(text: str, doc: date | None = None) -> dict[str, object]:
    return {m.period.text: m.period for m in find_periods(text, doc)}


# --- 上年同期 ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "same", "start", "end", "granularity"),
    [
        ("2022年第二季度，该行净利润为30亿元，上年同期为25亿元。", "上年同期", "2021-04-01",
         "2021-06-30", G.QUARTER),
        ("2022年第二季度，該行淨利潤為30億元，去年同期為25億元。", "去年同期", "2021-04-01",
         "2021-06-30", G.QUARTER),
        ("2022年上半年，出口额为1.2万亿元，上一年同期为1.1万亿元。", "上一年同期", "2021-01-01",
         "2021-06-30", G.HALF),
        ("2022年1月至8月，销量为120万辆，去年同期为90万辆。", "去年同期", "2021-01-01",
         "2021-08-31", G.SPAN),
        ("2024年1-2月，销量为20万辆，上年同期为18万辆。", "上年同期", "2023-01-01", "2023-02-28",
         G.SPAN),
        ("2022年第二季度，该行净利润为30亿元，较2020年同期增长一倍。", "2020年同期", "2020-04-01",
         "2020-06-30", G.QUARTER),
        ("2022年第二季度，该行净利润为30亿元，前年同期为20亿元。", "前年同期", "2020-04-01",
         "2020-06-30", G.QUARTER),
    ],
)
def test_same_period_is_the_period_in_force_moved_back(text, same, start, end, granularity):
    p = periods(text, D(2023, 3, 1))[same]
    assert (p.start, p.end, p.granularity) == (D.fromisoformat(start), D.fromisoformat(end),
                                               granularity)
    assert not p.relative and p.anchored


def test_same_period_of_an_as_of_reading_is_an_as_of_reading():
    p = periods("截至2022年6月30日，存款余额为5000亿元，去年同期为4500亿元。")["去年同期"]
    assert (p.start, p.end, p.as_of) == (D(2021, 6, 30), D(2021, 6, 30), True)


def test_same_period_of_an_event_keeps_the_event():
    p = periods("2022年国庆假期，出游4.2亿人次，去年同期为5.2亿人次。")["去年同期"]
    assert (p.event, p.start) == ("国庆", D(2021, 9, 28))


def test_same_period_of_a_relative_period_is_relative():
    p = periods("今年一季度，营收为80亿元，去年同期为70亿元。", D(2022, 5, 10))["去年同期"]
    assert (p.start, p.end, p.relative) == (D(2021, 1, 1), D(2021, 3, 31), True)


def test_same_period_with_nothing_in_force_is_the_document_date_a_year_earlier():
    p = periods("该行净利润为30亿元，上年同期为25亿元。", D(2022, 8, 20))["上年同期"]
    assert (p.start, p.end, p.granularity, p.as_of) == (D(2021, 8, 20), D(2021, 8, 20), G.DAY,
                                                        False)
    assert p.relative


def test_same_period_in_an_undated_text_is_unanchored():
    p = periods("该行净利润为30亿元，上年同期为25亿元。")["上年同期"]
    assert p.relative and not p.anchored and p.start is None


def test_a_second_same_period_refers_to_the_same_period_in_force():
    text = "2022年第二季度，营收为80亿元，上年同期为70亿元；净利润为9亿元，上年同期为8亿元。"
    same = [m.period for m in find_periods(text) if m.period.text == "上年同期"]
    assert [(p.start, p.end) for p in same] == [(D(2021, 4, 1), D(2021, 6, 30))] * 2


# --- baselines do not set the year ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "yearless", "expected"),
    [
        ("营收为80亿元，上年同期为70亿元。截至9月30日，门店共500家。", "截至9月30日",
         D(2022, 9, 30)),
        ("營收為80億元，去年同期為70億元。截至9月30日，門店共500家。", "截至9月30日",
         D(2022, 9, 30)),
        ("2021年营收为80亿元，比2019年增长一倍。截至12月31日，门店共500家。", "截至12月31日",
         D(2021, 12, 31)),
        ("2021年营收为80亿元，与2018年相比增长两倍。6月，公司上市。", "6月", D(2021, 6, 30)),
        ("2021年营收为80亿元，较上年增长20%。截至12月31日，门店共500家。", "截至12月31日",
         D(2021, 12, 31)),
    ],
)
def test_a_baseline_year_is_not_the_year_of_later_dates(text, yearless, expected):
    assert periods(text, D(2022, 11, 10))[yearless].end == expected


def test_a_relative_year_that_is_the_subject_still_sets_the_year():
    text = "去年，公司营收为80亿元。截至12月31日，门店共500家。"
    assert periods(text, D(2022, 3, 1))["截至12月31日"].end == D(2021, 12, 31)


@pytest.mark.parametrize(
    ("text", "baseline", "start", "end"),
    [
        ("2021年，该行营收为80亿元，较上年增长20%。", "上年", "2020-01-01", "2020-12-31"),
        ("2021年，該行營收為80億元，比去年增長20%。", "去年", "2020-01-01", "2020-12-31"),
        ("2021年末，存款余额为5000亿元，比上年末增加500亿元。", "上年末", "2020-12-01",
         "2020-12-31"),
    ],
)
def test_a_relative_baseline_counts_from_the_year_in_force(text, baseline, start, end):
    p = periods(text, D(2023, 4, 1))[baseline]  # written in 2023 about 2021
    assert (p.start, p.end) == (D.fromisoformat(start), D.fromisoformat(end))
    assert not p.relative


# --- which date a figure takes ----------------------------------------------------------------


def claim_periods(text: str) -> dict[str, str]:
    claims = analyse(document_from_string(text, "a.txt")).claims
    return {c.quantity.text: c.period.text for c in claims}


@pytest.mark.parametrize(
    "text",
    [
        "发布时间：2022年8月20日\n\n"
        "2022年第二季度，腾讯营收为1340亿元；腾讯净利润为186亿元，上年同期为426亿元。",
        "發佈時間：2022年8月20日\n\n"
        "2022年第二季度，騰訊營收為1340億元；騰訊淨利潤為186億元，上年同期為426億元。",
    ],
)
def test_a_date_introducing_the_next_figure_is_not_this_figures(text):
    found = claim_periods(text)
    profit = next(p for figure, p in found.items() if figure.startswith("186"))
    assert profit == "2022年第二季度"  # carried across ；, not 上年同期


def test_a_date_in_brackets_after_a_figure_is_its_date():
    found = claim_periods("发布时间：2024年5月6日\n\n美团营收为2767亿元（2023年），同比增长26%。")
    assert found["2767亿元"] == "2023年"


def test_a_later_clause_with_its_own_figure_keeps_its_date_to_itself():
    text = "发布时间：2024年5月6日\n\n美团营收为2767亿元，2022年美团营收为2200亿元。"
    found = claim_periods(text)
    assert found["2767亿元"] == ""  # the document's date, implicitly
    assert found["2200亿元"] == "2022年"


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # The figure right after a baseline is the baseline's; the next one is not.
        ("2023年，京东营收为10847亿元，较2022年的10462亿元增长3.7%。", "10462亿元", "2022年"),
        ("2023年，京东营收为10847亿元，较2022年的10462亿元增长3.7%，净利润为241.7亿元。",
         "241.7亿元", "2023年"),
        # A baseline is not carried across ；.
        ("2023年，騰訊營收為6090億元，較2022年的5546億元增長10%；淨利潤為1152億元。",
         "1152亿元", "2023年"),
    ],
)
def test_a_baseline_dates_only_its_own_figure(text, figure, expected):
    assert claim_periods(text)[figure] == expected


@pytest.mark.parametrize(
    ("text", "yearless", "expected_end"),
    [
        ("第四季度，该公司营收为120亿元。", "第四季度", D(2023, 12, 31)),
        ("下半年，该公司营收为120亿元。", "下半年", D(2023, 12, 31)),
        ("一季度，该公司营收为120亿元。", "一季度", D(2024, 3, 31)),  # under way: this year's
    ],
)
def test_a_yearless_period_still_to_come_is_last_years(text, yearless, expected_end):
    assert periods(text, D(2024, 2, 22))[yearless].end == expected_end


@pytest.mark.parametrize(
    "text",
    [
        "2023年，美团营收较上年增长25.8%。",
        "2023年，美團營收為2767億元，較去年同期增長25.8%。",
    ],
)
def test_a_rate_measured_from_a_baseline_is_this_periods_actual_growth(text):
    [growth] = [c for c in analyse(document_from_string(text, "a.txt")).claims
                if c.metric == "revenue.growth"]
    assert (growth.period.text, growth.modality.value) == ("2023年", "actual")

"""Periods that are not plain calendar spans: named events (双11, 国庆假期) and fiscal years.

Their dates only place them in time; what identifies them is ``Period.event`` / ``fiscal``, so
they never equal the calendar year they fall in, and two mentions of the same one still compare.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from corpuslint.cli import main
from corpuslint.parse.dates import find_periods
from corpuslint.period import Granularity as G
from corpuslint.period import Period

D = date
DOC = D(2022, 12, 1)


def only(text: str, doc: date | None = DOC):
    mentions = find_periods(text, doc)
    assert len(mentions) == 1, [m.period.text for m in mentions]
    mention = mentions[0]
    assert text[mention.start : mention.end] == mention.period.text
    return mention


# --- events -----------------------------------------------------------------------------------

EVENTS = [
    # text, span, event, start, end
    ("2021年双11期间，唯品会的订单量增长三成。", "2021年双11期间", "双11", "2021-10-01", "2021-11-15"),
    ("2021雙十一，唯品會的訂單量增長三成。", "2021雙十一", "双11", "2021-10-01", "2021-11-15"),
    ("去年双12大促，苏宁的销售额下滑。", "去年双12大促", "双12", "2021-12-01", "2021-12-15"),
    ("2021年618期间，苏宁的销售额增长。", "2021年618期间", "618", "2021-05-20", "2021-06-20"),
    ("2021年618，苏宁的销售额增长。", "2021年618", "618", "2021-05-20", "2021-06-20"),
    ("2021年国庆黄金周，杭州接待游客2000万人次。", "2021年国庆黄金周", "国庆", "2021-09-28",
     "2021-10-08"),
    ("2021年國慶假期，台北的客流增長。", "2021年國慶假期", "国庆", "2021-09-28", "2021-10-08"),
    ("今年十一长假，杭州接待游客2000万人次。", "今年十一长假", "国庆", "2022-09-28", "2022-10-08"),
    ("2021年春节假期，全国铁路发送旅客3000万人次。", "2021年春节假期", "春节", "2021-01-20",
     "2021-02-28"),
    ("2021年春節期間，澳門旅客量回升。", "2021年春節期間", "春节", "2021-01-20", "2021-02-28"),
    ("2021年“五一”小长假，景区门票收入增长。", "2021年“五一”小长假", "五一", "2021-04-28",
     "2021-05-06"),
    ("2021年中秋节，月饼销量下滑。", "2021年中秋节", "中秋", "2021-09-07", "2021-10-08"),
    ("2021年元旦假期，电影票房为10亿元。", "2021年元旦假期", "元旦", "2021-01-01", "2021-01-03"),
    ("2021年暑期档，电影票房为70亿元。", "2021年暑期档", "暑期", "2021-07-01", "2021-08-31"),
    ("2021年端午假期，出游人次增长。", "2021年端午假期", "端午", "2021-05-28", "2021-06-25"),
    ("2021年黄金周期间，酒店入住率上升。", "2021年黄金周期间", "黄金周", "2021-04-28", "2021-10-08"),
    ("2020年中秋国庆假期，出游6亿人次。", "2020年中秋国庆假期", "中秋国庆", "2020-09-07",
     "2020-10-08"),
]


@pytest.mark.parametrize(("text", "span", "event", "start", "end"), EVENTS)
def test_events_are_spans_of_their_own(text, span, event, start, end):
    mention = only(text)
    p = mention.period
    assert p.text == span
    assert (p.event, p.start, p.end, p.granularity) == (event, D.fromisoformat(start),
                                                         D.fromisoformat(end), G.SPAN)
    assert not p.fiscal and not p.as_of


def test_a_yearless_event_takes_the_year_in_force():
    text = "2021年，苏宁营收下滑；国庆假期期间，门店客流回升。"
    _, holiday = find_periods(text, DOC)
    assert (holiday.period.event, holiday.period.start) == ("国庆", D(2021, 9, 28))
    assert not holiday.period.relative


def test_the_day_of_a_fixed_date_event_is_that_day():
    mention = only("2021年双十一当天，唯品会的订单量创新高。")
    p = mention.period
    assert (p.start, p.end, p.granularity, p.event) == (D(2021, 11, 11), D(2021, 11, 11), G.DAY,
                                                        None)


@pytest.mark.parametrize(
    "text",
    [
        "春节前，工厂陆续停工。",  # before the holiday, not the holiday
        "国庆以后，气温明显下降。",
        "五一路的商铺租金上涨。",
        "中秋月饼的礼盒越来越贵。",
        "政治清明，社会安定。",
        "该厂员工618人。",
        "国庆70周年的纪念币发行。",
    ],
)
def test_words_that_are_not_events(text):
    assert [m.period.event for m in find_periods(text, DOC)] == []


def test_a_year_followed_by_a_figure_is_not_618():
    [mention] = find_periods("2021年618万辆新车下线。", DOC)
    assert (mention.period.text, mention.period.event) == ("2021年", None)


def test_events_are_not_joined_into_a_range():
    mentions = find_periods("2021年双11至双12期间，订单量增长。", DOC)
    assert [m.period.event for m in mentions] == ["双11", "双12"]


# --- fiscal years -----------------------------------------------------------------------------

FISCAL = [
    # text, span, start, end, granularity
    ("网易2021财年的净利润增长。", "2021财年", "2021-01-01", "2021-12-31", G.FISCAL_YEAR),
    ("網易2021財政年度的淨利潤增長。", "2021財政年度", "2021-01-01", "2021-12-31", G.FISCAL_YEAR),
    ("索尼2021会计年度的营业利润创新高。", "2021会计年度", "2021-01-01", "2021-12-31",
     G.FISCAL_YEAR),
    ("特区政府2021/22财政年度录得赤字。", "2021/22财政年度", "2022-01-01", "2022-12-31",
     G.FISCAL_YEAR),
    ("甲骨文FY2021 Q3的云收入增长。", "FY2021 Q3", "2021-07-01", "2021-09-30", G.QUARTER),
    ("网易2021财年第二季度的营收增长。", "2021财年第二季度", "2021-04-01", "2021-06-30", G.QUARTER),
    ("網易2021財年上半年的營收增長。", "2021財年上半年", "2021-01-01", "2021-06-30", G.HALF),
]


@pytest.mark.parametrize(("text", "span", "start", "end", "granularity"), FISCAL)
def test_fiscal_periods_are_marked_fiscal(text, span, start, end, granularity):
    p = only(text).period
    assert (p.text, p.start, p.end, p.granularity) == (span, D.fromisoformat(start),
                                                       D.fromisoformat(end), granularity)
    assert p.fiscal and p.event is None


def test_a_fiscal_quarter_without_a_year_takes_the_year_in_force():
    text = "网易公布2021财年业绩，第四财季营收增长。"
    _, quarter = find_periods(text, DOC)
    p = quarter.period
    assert (p.text, p.start, p.granularity, p.fiscal) == ("第四财季", D(2021, 10, 1), G.QUARTER,
                                                          True)


def test_a_split_fiscal_year_must_name_consecutive_years():
    mentions = find_periods("2021/23财年的赤字扩大。", DOC)
    assert all(m.period.text != "2021/23财年" for m in mentions)


def test_a_range_of_fiscal_years_stays_fiscal():
    p = only("2019财年至2021财年，网易营收持续增长。").period
    assert (p.start, p.end, p.granularity, p.fiscal) == (D(2019, 1, 1), D(2021, 12, 31), G.SPAN,
                                                         True)


# --- comparing them ---------------------------------------------------------------------------


def test_same_reckoning():
    year = Period(start=D(2021, 1, 1), end=D(2021, 12, 31), granularity=G.YEAR)
    fiscal = year.model_copy(update={"granularity": G.FISCAL_YEAR, "fiscal": True})
    holiday = year.model_copy(update={"event": "国庆"})
    assert year.same_reckoning(year) and fiscal.same_reckoning(fiscal)
    assert not year.same_reckoning(fiscal) and not year.same_reckoning(holiday)
    assert not holiday.same_reckoning(holiday.model_copy(update={"event": "春节"}))


def check(tmp_path, capsys, **documents: str) -> list[dict]:
    for name, text in documents.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    main(["check", str(tmp_path), "--format", "json", "--as-of", "2025-01-01", "--no-cache",
          "--select", "CL101"])
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize(
    ("part", "whole"),
    [
        ("2021年国庆假期，美团的交易额为800亿元。", "2021年，美团的交易额为3.1万亿元。"),
        ("2021年國慶假期，美團的交易額為800億元。", "2021年，美團的交易額為3.1萬億元。"),
        ("2021年双十一期间，美团的交易额为800亿元。", "2021年春节期间，美团的交易额为600亿元。"),
        ("美团2021财年的营收为1791亿元。", "2021年，美团的营收为1800亿元。"),
        ("美團2021財年的營收為1791億元。", "2021年，美團的營收為1800億元。"),
    ],
)
def test_an_event_or_fiscal_year_never_conflicts_with_another_period(
    tmp_path, capsys, part, whole
):
    assert check(tmp_path, capsys, a=part, b=whole) == []


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("2021年国庆假期，美团的交易额为800亿元。", "2021年国庆黄金周，美团的交易额为500亿元。"),
        ("美团2021财年的营收为1791亿元。", "美团FY2021的营收为1500亿元。"),
    ],
)
def test_the_same_event_or_fiscal_year_still_compares(tmp_path, capsys, one, other):
    [finding] = check(tmp_path, capsys, a=one, b=other)
    assert finding["rule"] == "CL101"


def test_holiday_words_refer_back_to_the_event_in_force():
    text = "2021年國慶假期，全國出遊5億人次。\n\n分地區看，杭州假期共接待遊客2000萬人次。"
    _, later = find_periods(text, DOC)
    assert (later.period.text, later.period.event, later.period.start) == ("假期", "国庆",
                                                                           D(2021, 9, 28))


@pytest.mark.parametrize(
    "text",
    [
        "2021年，公司营收增长。假期期间，门店客流增长。",  # no event in force
        "2021年国庆假期，出游5亿人次。员工的带薪假期和产假期间工资照发。",
    ],
)
def test_holiday_words_without_an_event_are_not_dates(text):
    assert [m.period.text for m in find_periods(text, DOC) if m.period.event] in ([], [
        "2021年国庆假期"])


# --- reporting periods ending on a day ---------------------------------------------------------

ENDING = [
    # text, span, start, end, granularity
    ("截至2023年12月31日止年度，该行股东应占溢利为188亿港元。", "截至2023年12月31日止年度",
     "2023-01-01", "2023-12-31", G.YEAR),
    ("長江基建截至2024年6月30日止六個月的收益為30億港元。", "截至2024年6月30日止六個月",
     "2024-01-01", "2024-06-30", G.HALF),
    ("截至2024年3月31日止年度，集团收入为9411亿元。", "截至2024年3月31日止年度",
     "2023-04-01", "2024-03-31", G.SPAN),  # a year to March is not a calendar year
    ("截至2023年9月30日的九个月，营收为200亿元。", "截至2023年9月30日的九个月",
     "2023-01-01", "2023-09-30", G.SPAN),
    ("截至2023年9月30日止三个月，毛利率为21%。", "截至2023年9月30日止三个月",
     "2023-07-01", "2023-09-30", G.QUARTER),
]


@pytest.mark.parametrize(("text", "span", "start", "end", "granularity"), ENDING)
def test_a_reporting_period_ending_on_a_day_is_a_flow(text, span, start, end, granularity):
    period = only(text).period
    assert (period.text, period.as_of, period.granularity) == (span, False, granularity)
    assert (period.start.isoformat(), period.end.isoformat()) == (start, end)


def test_a_day_with_zhi_before_a_figure_is_still_an_instant():
    period = only("截至2019年12月31日止，该平台累计注册用户已达3亿。").period
    assert period.as_of and period.end == D(2019, 12, 31)


def test_an_as_of_date_after_a_comparison_word_is_a_baseline():
    mention = only("与截至2019年底的4.2亿人次相比，客流已恢复九成。")
    assert mention.baseline and mention.period.as_of

"""Dates, periods and the document date in running Chinese text."""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpuslint.parse.dates import (
    PeriodMention,
    document_date,
    find_periods,
    parse_date_option,
)
from corpuslint.period import Granularity as G

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
D = date


def only(text: str, doc: date | None = None, *, inferred: bool = False) -> PeriodMention:
    mentions = find_periods(text, doc, doc_date_inferred=inferred)
    assert len(mentions) == 1, [m.period.text for m in mentions]
    return mentions[0]


def spans(text: str, doc: date | None = None) -> list[str]:
    return [text[m.start : m.end] for m in find_periods(text, doc)]


def day(value: str | date | None) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else value


def check(mention: PeriodMention, text: str, span: str, start, end, granularity, as_of=False):
    """Assert the span and the period; ``start``/``end`` may be ISO strings."""
    assert text[mention.start : mention.end] == span
    assert mention.period.text == span
    p = mention.period
    assert (p.start, p.end, p.granularity, p.as_of) == (day(start), day(end), granularity, as_of)


# --- absolute dates ---------------------------------------------------------------------------

ABSOLUTE = [
    ("宁德时代2021年3月15日公告称新基地投产。", "2021年3月15日", "2021-03-15", "2021-03-15", G.DAY),
    ("公告发布于2022-07-08，距离交割仅剩一周。", "2022-07-08", "2022-07-08", "2022-07-08", G.DAY),
    ("该批疫苗于2021/5/20获批上市。", "2021/5/20", "2021-05-20", "2021-05-20", G.DAY),
    ("新车型计划在2023.9.1前交付首批用户。", "2023.9.1", "2023-09-01", "2023-09-01", G.DAY),
    ("比亚迪自2022年4月起停产燃油车整车。", "2022年4月", "2022-04-01", "2022-04-30", G.MONTH),
    ("小鹏 2020 年 8 月 在纽交所上市。", "2020 年 8 月", "2020-08-01", "2020-08-31", G.MONTH),
    ("乐高中国2021年2月份的门店数量翻了一番。", "2021年2月份", "2021-02-01", "2021-02-28", G.MONTH),
    ("2015年，蔚来在上海成立。", "2015年", "2015-01-01", "2015-12-31", G.YEAR),
    ("二〇二〇年十月，港口吞吐量创新高。", "二〇二〇年十月", "2020-10-01", "2020-10-31", G.MONTH),
    ("美团2021年上半年营收同比增长96%。", "2021年上半年", "2021-01-01", "2021-06-30", G.HALF),
    ("快手2020年下半年的广告收入超过预期。", "2020年下半年", "2020-07-01", "2020-12-31", G.HALF),
    ("京东2022年H1净利润有所回升。", "2022年H1", "2022-01-01", "2022-06-30", G.HALF),
    ("拼多多2021H2的活跃买家数增速放缓。", "2021H2", "2021-07-01", "2021-12-31", G.HALF),
    ("该指标在2020Q3首次转正。", "2020Q3", "2020-07-01", "2020-09-30", G.QUARTER),
    ("蔚来21Q4交付量创历史新高。", "21Q4", "2021-10-01", "2021-12-31", G.QUARTER),
    ("海底捞2022年第三季度翻台率回升。", "2022年第三季度", "2022-07-01", "2022-09-30", G.QUARTER),
    ("中芯国际2022年第3季度营收创新高。", "2022年第3季度", "2022-07-01", "2022-09-30", G.QUARTER),
    ("茅台2023年一季度净利润增长两成。", "2023年一季度", "2023-01-01", "2023-03-31", G.QUARTER),
    ("2021年前三季度，快递量破700亿件。", "2021年前三季度", "2021-01-01", "2021-09-30", G.SPAN),
    ("2020年底，全国5G基站数超过70万个。", "2020年底", "2020-12-01", "2020-12-31", G.MONTH),
    ("该行2019年年末的不良率为1.4%。", "2019年年末", "2019-12-01", "2019-12-31", G.MONTH),
    ("工厂于2018年初开始试产。", "2018年初", "2018-01-01", "2018-01-31", G.MONTH),
    ("到了2019年中，订单开始回暖。", "2019年中", "2019-06-01", "2019-06-30", G.MONTH),
    ("阿里巴巴2021财年的GMV超过8万亿元。", "2021财年", "2021-01-01", "2021-12-31", G.FISCAL_YEAR),
    ("拼多多2020年财年的交易额增长。", "2020年财年", "2020-01-01", "2020-12-31", G.FISCAL_YEAR),
    ("微软FY2023的云业务收入继续增长。", "FY2023", "2023-01-01", "2023-12-31", G.FISCAL_YEAR),
    ("该基金18年底的规模不足十亿元。", "18年底", "2018-12-01", "2018-12-31", G.MONTH),
    ("19年上半年，二手车交易量回暖。", "19年上半年", "2019-01-01", "2019-06-30", G.HALF),
    ("公司在18年完成了B轮融资。", "18年", "2018-01-01", "2018-12-31", G.YEAR),
    ("《2019年度报告》显示净利润下降。", "2019年度", "2019-01-01", "2019-12-31", G.YEAR),
    # Traditional script.
    ("騰訊2020年第四季度遊戲收入增長。", "2020年第四季度", "2020-10-01", "2020-12-31", G.QUARTER),
    ("阿里巴巴2021財年的活躍消費者增加。", "2021財年", "2021-01-01", "2021-12-31", G.FISCAL_YEAR),
]


@pytest.mark.parametrize(("text", "span", "start", "end", "granularity"), ABSOLUTE)
def test_absolute_periods(text, span, start, end, granularity):
    mention = only(text, "2024-01-01")
    check(mention, text, span, start, end, granularity)
    assert mention.period.anchored and not mention.period.relative and not mention.period.inferred


# --- as-of readings ---------------------------------------------------------------------------

AS_OF = [
    ("截至2022年6月30日，该基金规模达312亿元。", "截至2022年6月30日", "2022-06-30", G.DAY),
    ("截止2021年底，全国累计装机容量超过3亿千瓦。", "截止2021年底", "2021-12-31", G.MONTH),
    ("截至2020年上半年，平台入驻商家超过500万家。", "截至2020年上半年", "2020-06-30", G.HALF),
    ("截止 2019 年 3 月,该应用日活突破 1.2 亿。", "截止 2019 年 3 月", "2019-03-31", G.MONTH),
    ("截至到2021年9月，累计发放贷款超过千亿元。", "截至到2021年9月", "2021-09-30", G.MONTH),
    ("截至21Q1，付费会员数达到800万。", "截至21Q1", "2021-03-31", G.QUARTER),
    ("到2023年底，农村地区覆盖率将达到90%。", "到2023年底", "2023-12-31", G.MONTH),
    ("至2022年6月底，存款余额为5.2万亿元。", "至2022年6月底", "2022-06-30", G.MONTH),
    ("截至2020年前三季度，保费收入累计增长一成。", "截至2020年前三季度", "2020-09-30", G.SPAN),
    ("截至2019年上半年，該平台的註冊用戶超過2億。", "截至2019年上半年", "2019-06-30", G.HALF),
]


@pytest.mark.parametrize(("text", "span", "day", "granularity"), AS_OF)
def test_as_of_readings_are_instants_at_the_end(text, span, day, granularity):
    mention = only(text)
    check(mention, text, span, day, day, granularity, as_of=True)
    assert mention.period.anchored and not mention.period.relative


def test_to_before_a_plain_year_is_not_an_instant():
    text = "公司计划到2025年实现盈利。"
    mention = only(text)
    check(mention, text, "2025年", "2025-01-01", "2025-12-31", G.YEAR)


# --- ranges -----------------------------------------------------------------------------------

RANGES = [
    ("2016年至2018年，该公司营收连续三年增长。", "2016年至2018年", "2016-01-01", "2018-12-31"),
    ("2017-2019年，光伏组件价格下降了四成。", "2017-2019年", "2017-01-01", "2019-12-31"),
    ("2018年到2020年，用户规模扩大了两倍。", "2018年到2020年", "2018-01-01", "2020-12-31"),
    ("2019 到 2021 年,数据量每年翻番。", "2019 到 2021 年", "2019-01-01", "2021-12-31"),
    ("2022年1月至6月，新能源车销量同比翻倍。", "2022年1月至6月", "2022-01-01", "2022-06-30"),
    ("2022年1-9月，规模以上工业增加值增长3.9%。", "2022年1-9月", "2022-01-01", "2022-09-30"),
    ("2020年3月至2021年2月，客运量持续低迷。", "2020年3月至2021年2月", "2020-03-01", "2021-02-28"),
]


@pytest.mark.parametrize(("text", "span", "start", "end"), RANGES)
def test_ranges_join_into_one_span(text, span, start, end):
    mention = only(text)
    check(mention, text, span, start, end, G.SPAN)
    assert not mention.period.relative


def test_range_up_to_now_ends_at_the_document_date():
    text = "2015年至今，该品牌已开出3000家门店。"
    mention = only(text, D(2021, 5, 10))
    check(mention, text, "2015年至今", "2015-01-01", "2021-05-10", G.SPAN)
    assert mention.period.relative


# --- yearless expressions ---------------------------------------------------------------------


def test_yearless_dates_take_the_last_year_stated_in_the_text():
    text = "2021年，公司在4月7日发布新品，又在11月推出升级版，年底前完成交付。"
    mentions = find_periods(text, D(2023, 2, 1))
    assert [text[m.start : m.end] for m in mentions] == ["2021年", "4月7日", "11月", "年底"]
    _, april, november, year_end = (m.period for m in mentions)
    assert (april.start, april.granularity, april.relative) == (D(2021, 4, 7), G.DAY, False)
    assert (november.start, november.end) == (D(2021, 11, 1), D(2021, 11, 30))
    assert not november.relative
    assert (year_end.start, year_end.end) == (D(2021, 12, 1), D(2021, 12, 31))


@pytest.mark.parametrize("inferred", [False, True])
def test_yearless_dates_fall_back_to_the_document_year(inferred):
    text = "6月30日，该行宣布下调存款利率。"
    mention = only(text, D(2022, 8, 1), inferred=inferred)
    check(mention, text, "6月30日", "2022-06-30", "2022-06-30", G.DAY)
    assert mention.period.relative and mention.period.anchored
    assert mention.period.inferred is inferred


@pytest.mark.parametrize(
    ("text", "span", "granularity"),
    [
        ("6月30日，该行宣布下调存款利率。", "6月30日", G.DAY),
        ("三季度，手机出货量继续下滑。", "三季度", G.QUARTER),
    ],
)
def test_yearless_dates_without_any_year_are_unanchored(text, span, granularity):
    mention = only(text)
    assert text[mention.start : mention.end] == span
    p = mention.period
    assert (p.start, p.end, p.granularity) == (None, None, granularity)
    assert p.relative and not p.anchored


def test_a_relative_year_sets_the_context_for_later_months():
    text = "去年11月，公司上线新版应用；3月又推出会员体系。"
    _, march = find_periods(text, D(2019, 6, 1))
    assert (march.period.start, march.period.relative) == (D(2018, 3, 1), True)


# --- relative expressions ---------------------------------------------------------------------

DOC = D(2021, 5, 12)  # a Wednesday

RELATIVE = [
    ("今年，公司计划新开200家门店。", "今年", "2021-01-01", "2021-12-31", G.YEAR, False),
    ("去年，该市GDP增长了6%。", "去年", "2020-01-01", "2020-12-31", G.YEAR, False),
    ("前年，行业经历了一轮洗牌。", "前年", "2019-01-01", "2019-12-31", G.YEAR, False),
    ("明年，新工厂将全面投产。", "明年", "2022-01-01", "2022-12-31", G.YEAR, False),
    ("今年1月，支付宝用户数突破10亿。", "今年1月", "2021-01-01", "2021-01-31", G.MONTH, False),
    ("今年 3 月，出口额大幅反弹。", "今年 3 月", "2021-03-01", "2021-03-31", G.MONTH, False),
    ("去年底，行业库存降至低位。", "去年底", "2020-12-01", "2020-12-31", G.MONTH, False),
    ("去年年底，银行间利率上行。", "去年年底", "2020-12-01", "2020-12-31", G.MONTH, False),
    ("前年底，该项目已经停工。", "前年底", "2019-12-01", "2019-12-31", G.MONTH, False),
    ("今年上半年，新签合同额增长两成。", "今年上半年", "2021-01-01", "2021-06-30", G.HALF, False),
    ("本月，多地出台购房补贴。", "本月", "2021-05-01", "2021-05-31", G.MONTH, False),
    ("上个月，原油价格大幅下跌。", "上个月", "2021-04-01", "2021-04-30", G.MONTH, False),
    ("上月，全国乘用车销量回落。", "上月", "2021-04-01", "2021-04-30", G.MONTH, False),
    ("上周，央行开展了逆回购操作。", "上周", "2021-05-03", "2021-05-09", G.SPAN, False),
    ("本週，多家券商上調了目標價。", "本週", "2021-05-10", "2021-05-16", G.SPAN, False),
    ("上季度，公司毛利率有所改善。", "上季度", "2021-01-01", "2021-03-31", G.QUARTER, False),
    ("本季度，产能利用率回升至八成。", "本季度", "2021-04-01", "2021-06-30", G.QUARTER, False),
    ("近日，该公司宣布完成新一轮融资。", "近日", DOC, DOC, G.DAY, False),
    ("日前，监管部门发布了征求意见稿。", "日前", DOC, DOC, G.DAY, False),
    ("目前，平台已接入3000家医院。", "目前", DOC, DOC, G.DAY, True),
    ("现在，每三个上海人中就有一个在用这款应用。", "现在", DOC, DOC, G.DAY, True),
    ("当前，行业仍处于去库存阶段。", "当前", DOC, DOC, G.DAY, True),
    ("如今，这家工厂已实现全自动化生产。", "如今", DOC, DOC, G.DAY, True),
    ("截至目前，累计捐款超过1亿元。", "截至目前", DOC, DOC, G.DAY, True),
    ("截至今年3月底，在营门店1200家。", "截至今年3月底", "2021-03-31", "2021-03-31", G.MONTH, True),
    ("去年的營收為8.2億元。", "去年", "2020-01-01", "2020-12-31", G.YEAR, False),
    ("上個月，該行的存款餘額下降。", "上個月", "2021-04-01", "2021-04-30", G.MONTH, False),
    ("現在，這款應用的日活超過5000萬。", "現在", DOC, DOC, G.DAY, True),
]


@pytest.mark.parametrize(("text", "span", "start", "end", "granularity", "as_of"), RELATIVE)
@pytest.mark.parametrize("inferred", [False, True])
def test_relative_expressions_resolve_against_the_document_date(
    text, span, start, end, granularity, as_of, inferred
):
    mention = only(text, DOC, inferred=inferred)
    check(mention, text, span, start, end, granularity, as_of)
    p = mention.period
    assert p.relative and p.anchored and p.inferred is inferred


@pytest.mark.parametrize(("text", "span", "start", "end", "granularity", "as_of"), RELATIVE)
def test_relative_expressions_without_a_document_date_are_unanchored(
    text, span, start, end, granularity, as_of
):
    mention = only(text)
    p = mention.period
    assert text[mention.start : mention.end] == span
    assert (p.start, p.end, p.as_of) == (None, None, as_of)
    assert p.relative and not p.anchored and not p.inferred
    expected = G.UNKNOWN if granularity is G.DAY else granularity
    assert p.granularity is expected


# --- things that are not dates ----------------------------------------------------------------

NOT_DATES = [
    "公司成立已经过去18年，员工超过2000人。",
    "这18年里，他带领团队完成了三次转型。",
    "双方长达20年的合作关系就此结束。",
    "这款芯片历时15年研发才得以量产。",
    "拼多多用了不到三年时间，用户数突破3亿。",
    "三年时间里，市场规模增长了2000亿元。",
    "5G用户超过3亿，该品牌排名第3。",
    "这位42岁的创始人持有30%的股份。",
    "日本年轻人的消费习惯正在改变。",
    "审计意见说明年报存在重大缺陷。",
    "最近日活跃用户数有所下滑。",
    "这一优势体现在用户留存上，也表现在复购率上。",
    "新店平均3个月内即可回本，50个月工资的传闻并不属实。",
    "该文明已有近2000年的历史。",
    "18年来，公司从未亏损。",
    "每年年底，公司都会盘点库存。",
    "版本号为1.2.3，市场份额为2019.6亿元。",
    "该地区平均每月一次停电，一月一次的例会照常举行。",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_durations_quantities_and_ordinals_are_not_periods(text):
    assert find_periods(text, D(2021, 1, 1)) == []


# --- invariants -------------------------------------------------------------------------------

_FRAGMENTS = [
    "截至2019年6月30日", "2018 年 11 月", "今年1月", "去年底", "目前", "上周", "2016年至2018年",
    "6月30日", "三季度", "过去18年", "2000亿元", "，", "。", "公司营收", "18Q1", "至今", "年底",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=12), st.sampled_from([None, D(2020, 7, 1)]))
def test_mentions_are_sorted_non_overlapping_and_point_into_the_text(parts, doc):
    text = "".join(parts)
    mentions = find_periods(text, doc)
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.period.text
        assert not mention.period.anchored or mention.period.known
        assert mention.period.anchored or mention.period.relative
    for left, right in pairwise(mentions):
        assert left.end <= right.start


def test_offsets_are_unicode_characters():
    text = "😀📈 截至2020年底，用户达1亿。"
    mention = only(text)
    assert (mention.start, text[mention.start : mention.end]) == (3, "截至2020年底")


# --- the document date ------------------------------------------------------------------------

METADATA = [
    ({"date": "2021-04-12"}, D(2021, 4, 12)),
    ({"date": "2021-04-12T07:50:50Z"}, D(2021, 4, 12)),
    ({"Date": "Mon, 12 Apr 2021 07:50:50 GMT"}, D(2021, 4, 12)),
    ({"published": "2021年4月12日"}, D(2021, 4, 12)),
    ({"pubdate": "2021/4/12"}, D(2021, 4, 12)),
    ({"datetime": "2021-04-12 23:10:00"}, D(2021, 4, 12)),
    ({"article:published_time": "2021-04-12T23:50:50+08:00"}, D(2021, 4, 12)),
    ({"og:published_time": "2021-04-12"}, D(2021, 4, 12)),
    ({"time": "2021.4.12"}, D(2021, 4, 12)),
    ({"title": "2020年报解读", "time": "2021-04-12", "date": "2021-04-13"}, D(2021, 4, 13)),
    ({"date": "unknown", "published": "2021-04-12"}, D(2021, 4, 12)),
]


@pytest.mark.parametrize(("metadata", "expected"), METADATA)
def test_document_date_from_metadata(metadata, expected):
    assert document_date(metadata, "2019年3月，公司成立。") == (expected, False)


DATELINES = [
    ("分享\n\n芯片的下一个十年\n\n Tomsp360lib 2018-11-28\n\n正文。", D(2018, 11, 28)),
    ("新能源车下乡\n2018年11月28日 10:30 来源：新浪科技\n\n2017年，销量……", D(2018, 11, 28)),
    ("发布时间：2019-03-05\n工信部公布了新一批目录。", D(2019, 3, 5)),
    ("發佈時間：2019年3月5日 09:00\n工信部公佈了新一批目錄。", D(2019, 3, 5)),
    ("2019/3/5\n一季度出口形势分析", D(2019, 3, 5)),
    ("date: Tue, 05 Mar 2019 08:00:00 +0800\n\n正文", D(2019, 3, 5)),
    # Wire datelines open the first paragraph, however long it is.
    ("光伏装机再创新高\n\n新华社西宁2023年8月9日电（记者王某）" + "青海省清洁能源装机规模持续扩大。" * 8,
     D(2023, 8, 9)),
    ("（中央社高雄2022年12月1日電）高雄港今年貨櫃裝卸量下滑。", D(2022, 12, 1)),
    ("本报成都2024年6月18日讯 今年以来，成都外贸进出口稳步增长。", D(2024, 6, 18)),
    ("2021年10月5日电 国庆假期前四天，全国铁路发送旅客超过5000万人次。", D(2021, 10, 5)),
]


def test_a_date_at_the_start_of_a_sentence_is_not_a_wire_dateline():
    text = "2019年6月30日电商平台迎来年中大促，今年的成交额再创新高。"
    assert document_date({}, text)[1] is True  # a guess, not a dateline


@pytest.mark.parametrize(("text", "expected"), DATELINES)
def test_document_date_from_a_dateline(text, expected):
    assert document_date({}, text) == (expected, False)


def test_a_headline_with_a_date_is_not_a_dateline_but_still_a_guess():
    text = "2019年6月30日腾讯发布半年报\n\n报告显示，今年上半年营收增长。"
    assert document_date({}, text) == (D(2019, 6, 30), True)


def test_document_date_guesses_the_latest_day_or_month_mentioned():
    text = "公司2020年3月发布新品，2021年1月15日又推出升级版，2022年计划进军海外，今年将扩产。"
    assert document_date({}, text) == (D(2021, 1, 15), True)


def test_a_month_guess_counts_as_its_last_day():
    assert document_date({}, "截至2020年9月，该平台用户达到2亿。") == (D(2020, 9, 30), True)


@pytest.mark.parametrize("text", ["去年营收增长了两成，目前仍在扩张。", "没有任何日期的段落。", ""])
def test_no_document_date(text):
    assert document_date({"title": "无日期"}, text) == (None, False)


# --- --as-of ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2021-04-12", D(2021, 4, 12)), ("2021/4/2", D(2021, 4, 2)), (" 2020-02-29 ", D(2020, 2, 29))],
)
def test_parse_date_option(value, expected):
    assert parse_date_option(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2021-02-30", "day is out of range"),
        ("2021-13-01", "month must be in 1..12"),
        ("12/04/2021", "expected YYYY-MM-DD"),
        ("2021年4月12日", "expected YYYY-MM-DD"),
        ("2021-04", "expected YYYY-MM-DD"),
        ("2021-04/12", "expected YYYY-MM-DD"),
        ("today", "expected YYYY-MM-DD"),
    ],
)
def test_parse_date_option_rejects_other_forms(value, message):
    with pytest.raises(ValueError, match=message) as error:
        parse_date_option(value)
    assert repr(value) in str(error.value)


# --- the seed articles, read as plain text ----------------------------------------------------


def seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8", errors="replace")


def by_text(text: str, doc: date | None = None) -> dict[str, list]:
    found: dict[str, list] = {}
    for mention in find_periods(text, doc):
        found.setdefault(mention.period.text, []).append(mention.period)
    return found


def test_seed_as_of_readings():
    found = by_text(seed("000"))
    (june_30,) = found["截至2019年6月30日"]
    assert (june_30.start, june_30.end, june_30.as_of) == (D(2019, 6, 30), D(2019, 6, 30), True)
    (first_half,) = found["截至2019年上半年"]
    assert (first_half.start, first_half.end) == (D(2019, 6, 30), D(2019, 6, 30))
    assert first_half.as_of and first_half.granularity is G.HALF


def test_seed_spaced_dates_and_relative_months():
    found = by_text(seed("003"), D(2019, 4, 1))
    (march,) = found["截止 2019 年 3 月"]
    assert (march.end, march.as_of) == (D(2019, 3, 31), True)
    (november,) = found["2018 年 11 月"]
    assert (november.start, november.end) == (D(2018, 11, 1), D(2018, 11, 30))
    assert november.granularity is G.MONTH
    (january,) = found["今年 1 月"]
    assert (january.start, january.end, january.relative) == (D(2019, 1, 1), D(2019, 1, 31), True)


def test_seed_byline_gives_the_document_date():
    assert document_date({}, seed("004")) == (D(2018, 11, 28), False)

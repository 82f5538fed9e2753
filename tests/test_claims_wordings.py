"""Wordings of banks, insurers, airlines, carriers and manufacturers, on sentences written for
these tests (both scripts).

Covers: a comparison word that opens a name (比…为), an amount after 比上年增加 (a change, not
last year's level), 归母净利润 apart from 净利润, digits in a segment (5G, G6), place words that
begin a name (上海银行), a verb between an owner and its metric (实现营业收入), share bars, a
product named after another company's sentence, and the subject of a clause after ；.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from _claim_helpers import COMPARED, check, claims_of
from corpuslint.claim import Modality

# --- a comparison word opening a name -------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2023年，长城汽车净利润70.2亿元，比亚迪则为300.4亿元。",
    "2023年，長城汽車淨利潤70.2億元，比亞迪則為300.4億元。",
    "2023年，美团营收2767亿元，比心为3亿元。",
])
def test_a_name_opening_with_a_comparison_word_is_no_baseline(text):
    owners = {(c.entity, c.quantity.text) for c in claims_of(text)}
    assert all(entity != "长城汽车" or "300" not in figure for entity, figure in owners)
    assert all(entity != "美团" or figure.startswith("2767") for entity, figure in owners)


def test_a_baseline_after_bi_is_historical():
    claims = claims_of("2023年，腾讯营收6090亿元，比2022年的5546亿元多。")
    baseline = next(c for c in claims if c.quantity.text.startswith("5546"))
    assert (baseline.metric, baseline.modality) == ("revenue", Modality.HISTORICAL)


def test_other_companies_figure_does_not_conflict(tmp_path, capsys):
    found = check(tmp_path, capsys, {
        "a.txt": "2023年，长城汽车净利润70.2亿元，比亚迪则为300.4亿元。",
        "b.txt": "2023年，长城汽车净利润为70.2亿元。",
    })
    assert found == []


# --- an amount after 比上年增加 is a change -----------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("2023年，小米营收2710亿元，较上年减少90亿元。", Decimal("-9000000000")),
    ("2023年，聯想營業額569億美元，較上年減少47億美元。", Decimal("-4700000000")),
    ("2023年，中国联通净利润187亿元，比上年增加14亿元。", Decimal("1400000000")),
])
def test_an_amount_after_a_comparison_and_a_verb_is_a_change(text, value):
    change = claims_of(text)[-1]
    assert change.metric.endswith(".change")
    assert change.quantity.value == value
    assert change.modality is Modality.ACTUAL
    assert change.period.start.year == 2023  # the level's year, not the baseline's


def test_a_rate_after_a_comparison_is_a_growth():
    rate = claims_of("2023年，中国联通营收3726亿元，比上年增长5%。")[-1]
    assert (rate.metric, rate.period.start.year) == ("revenue.growth", 2023)


def test_a_change_does_not_conflict_with_last_years_level(tmp_path, capsys):
    found = check(tmp_path, capsys, {
        "a.txt": "2023年，中国联通净利润187亿元，比上年增加14亿元。",
        "b.txt": "2022年，中国联通净利润为173亿元。",
    })
    assert [rule for rule, _ in found if rule == "CL101"] == []  # CL102 reports 173 -> 187


# --- the parent's share of profit is not net profit -------------------------------------------


@pytest.mark.parametrize(("text", "metric"), [
    ("2023年，中国移动归母净利润为1317.7亿元。", "attributable_profit"),
    ("2023年，中国人寿归属于母公司股东的净利润为461.8亿元。", "attributable_profit"),
    ("2023年，長和股東應佔溢利為236億港元。", "attributable_profit"),
    ("2023年，中国移动净利润为1318亿元。", "net_profit"),
    ("2023年，中国移动扣非归母净利润为1200亿元。", "attributable_profit:扣非"),
])
def test_attributable_profit_is_its_own_metric(text, metric):
    (claim,) = claims_of(text)
    assert claim.metric == metric


def test_net_and_attributable_profit_in_one_sentence_do_not_conflict(tmp_path, capsys):
    found = check(tmp_path, capsys, {
        "a.txt": "2023年，长和净利润为310亿港元，股东应占溢利为236亿港元。",
    })
    assert found == []


# --- digits in a segment ----------------------------------------------------------------


@pytest.mark.parametrize(("text", "metric"), [
    ("截至2023年底，中国联通5G用户数为2.6亿。", "users:5G"),
    ("截至2023年底，中國聯通4G用戶數為1.9億。", "users:4G"),
    ("2023年，小鹏G6销量为5万辆。", "shipments:G6"),
    ("2023年，小鹏G9销量为3万辆。", "shipments:G9"),
])
def test_a_segment_keeps_its_digits(text, metric):
    (claim,) = claims_of(text)
    assert claim.metric == metric


def test_a_year_is_still_no_part_of_a_segment():
    (claim,) = claims_of("小鹏汽车2023年销量为14万辆。")
    assert (claim.entity, claim.metric) == ("小鹏汽车", "shipments")


# --- place words that begin a name ---------------------------------------------------------


@pytest.mark.parametrize(("text", "entity"), [
    ("2023年，上海银行营业收入为505亿元。", "上海银行"),
    ("2023年，北京銀行營業收入為665億元。", "北京银行"),
    ("2023年，中国中免营业收入为676亿元。", "中国中免"),
])
def test_a_place_word_opening_a_name_stays_in_it(text, entity):
    (claim,) = claims_of(text)
    assert (claim.entity, claim.scope) == (entity, None)
    assert claim.confidence >= COMPARED


@pytest.mark.parametrize("text", [
    "2023年，中国电动车销量为950万辆。",
    "2023年，全国快递业务量为1320亿件。",
])
def test_a_place_word_before_a_category_is_a_scope(text):
    (claim,) = claims_of(text)
    assert claim.scope == "中国"
    assert claim.confidence < COMPARED


# --- a verb between an owner and its metric ------------------------------------------------


@pytest.mark.parametrize(("text", "entity"), [
    ("2023年，浙商银行实现营业收入637亿元。", "浙商银行"),
    ("2023年，富邦金控錄得營業收入1500億元新台幣。", "富邦金控"),
    ("2023年，中国中免取得营业收入676亿元。", "中国中免"),
])
def test_a_verb_after_an_unknown_owner_is_not_its_name(text, entity):
    (claim,) = claims_of(text)
    assert (claim.entity, claim.metric) == (entity, "revenue")
    assert claim.confidence >= COMPARED


# --- new wordings and names of the gazetteer ---------------------------------------------------


@pytest.mark.parametrize(("text", "entity", "metric"), [
    ("2023年第四季度，快手月均活跃用户为7亿。", "快手", "mau"),
    ("2023年，首都机场旅客吞吐量为5287万人次。", "首都机场", "passenger_throughput"),
    ("2023年，上海浦東國際機場旅客吞吐量為5447萬人次。", "浦东机场", "passenger_throughput"),
    ("2023年，东方航空旅客运输量为1.1亿人次。", "东方航空", "passengers_carried"),
    ("2023年，南航旅客运输量为1.4亿人次。", "南方航空", "passengers_carried"),
    ("截至2023年底，中國電信5G基站數量為119萬個。", "中国电信", "base_stations:5G"),
    ("截至2023年底，中国电信5G套餐客户为3.2亿户。", "中国电信", "subscribers:5G套餐"),
    ("2023年，工行营业收入为8430亿元。", "工商银行", "revenue"),
    ("2023年，恒瑞医药营业收入为228亿元。", "恒瑞医药", "revenue"),
])
def test_gazetteer_wordings_and_names(text, entity, metric):
    (claim,) = claims_of(text)
    assert (claim.entity, claim.metric) == (entity, metric)


def test_bank_industry_is_not_the_bank_of_china():
    assert all(c.entity != "中国银行" for c in claims_of("2023年，中国银行业总资产为417万亿元。"))


def test_package_and_network_customers_stay_apart(tmp_path, capsys):
    found = check(tmp_path, capsys, {
        "a.txt": "截至2023年底，中国电信5G套餐客户为3.2亿户。",
        "b.txt": "截至2023年底，中国电信5G网络客户为1.8亿户。",
    })
    assert found == []


# --- share bars and products named after another company -------------------------------------


@pytest.mark.parametrize("text", [
    "分享到：微博 QQ空间\n浙商银行公布2023年业绩，营业收入为637亿元。",
    "分享：微信 微博 浙商银行公布2023年业绩，营业收入为637亿元。",
    "分享：微信 微博\n富邦金控公佈2023年業績，營業收入為1500億元新台幣。",
])
def test_a_share_bar_names_no_subject(text):
    assert all(c.entity not in ("微博", "微信", "QQ") for c in claims_of(text))


def test_a_company_right_after_a_share_bar_is_still_the_subject():
    (claim,) = claims_of("分享：微信 微博 恒瑞医药公布2023年业绩，营业收入为228亿元。")
    assert claim.entity == "恒瑞医药"


def test_an_unknown_product_is_not_a_segment_of_the_previous_company():
    claims = claims_of("中国电信发布公告。截至2023年12月31日，天翼视频注册用户达2亿。")
    assert [c.entity for c in claims] == ["天翼视频"]


# --- the subject of a clause after ； --------------------------------------------------------


def test_a_clause_after_a_semicolon_keeps_the_subject():
    claims = claims_of("2023年，中国联通营收3726亿元；归母净利润187亿元。")
    profit = claims[-1]
    assert (profit.entity, profit.metric) == ("中国联通", "attributable_profit")
    assert profit.confidence >= COMPARED


def test_a_full_stop_still_lowers_the_confidence():
    claims = claims_of("2023年，中国联通营收3726亿元。归母净利润187亿元。")
    assert claims[-1].confidence < COMPARED

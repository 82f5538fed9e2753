"""Claims extracted from documents written for these tests (other subjects, formats, scripts)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from corpuslint.documents import document_from_string, load_document
from corpuslint.engine import analyse

DATA = Path(__file__).parent / "data" / "claims"


def claims_in(name: str):
    return analyse(load_document(DATA / name, display_path=name)).claims


def claims_of_text(text: str, path: str = "doc.txt"):
    return analyse(document_from_string(text, path)).claims


def only(claims, entity: str, metric: str):
    found = [c for c in claims if c.entity == entity and c.metric == metric]
    assert len(found) == 1, (entity, metric, [(c.entity, c.metric, c.quantity.text) for c in claims])
    return found[0]


def test_markdown_with_front_matter_ignores_code_and_links():
    claims = claims_in("byd_results.md")
    revenue = only(claims, "比亚迪", "revenue")
    assert revenue.quantity.value == Decimal("602320000000")
    assert revenue.quantity.currency == "CNY"
    assert (revenue.period.start, revenue.period.end) == (date(2023, 1, 1), date(2023, 12, 31))
    profit = only(claims, "比亚迪", "net_profit")
    assert profit.quantity.value == Decimal("30040000000")
    overseas = [c for c in claims if c.metric == "shipments" and c.scope == "海外"]
    assert [c.entity for c in overseas] == ["比亚迪"]
    assert overseas[0].period.as_of and overseas[0].period.end == date(2023, 12, 31)
    forecast = [c for c in claims if c.metric == "shipments" and c.modality.value == "forecast"]
    assert [c.quantity.value for c in forecast] == [Decimal("3600000")]
    # The code block's 9999亿元 and the growth rate are not revenue claims.
    assert all(c.quantity.value != Decimal("999900000000") for c in claims)
    assert len([c for c in claims if c.metric == "revenue"]) == 1


def test_markdown_claim_points_at_the_raw_line():
    revenue = only(claims_in("byd_results.md"), "比亚迪", "revenue")
    raw = (DATA / "byd_results.md").read_text(encoding="utf-8").splitlines()
    line = raw[revenue.span.line - 1]
    assert line[revenue.span.column - 1: revenue.span.end_column - 1] == "6023.2亿元"


def test_html_document_uses_its_meta_date_for_undated_figures():
    claims = claims_in("meituan.html")
    revenue = only(claims, "美团", "revenue")
    assert revenue.quantity.value == Decimal("76500000000")
    assert revenue.period.granularity.value == "quarter"
    assert revenue.period.end == date(2023, 9, 30)
    buyers = only(claims, "美团", "annual_active_buyers")
    assert buyers.quantity.qualifier.value == "more_than"
    assert buyers.period.implicit and buyers.period.end == date(2023, 11, 28)
    assert all("99" not in c.quantity.text for c in claims)  # <script> is not prose


def test_traditional_script_and_semicolon_carried_dates():
    claims = claims_in("taobao_traditional.txt")
    mau = only(claims, "淘宝", "mau")
    assert mau.quantity.value == Decimal("880000000")
    assert mau.quantity.text == "8.8亿"
    assert mau.period.as_of and mau.period.end == date(2022, 12, 31)
    assert "淘寶" in mau.sentence  # the sentence is shown as written
    buyers = only(claims, "天猫", "annual_active_buyers")
    assert buyers.period.end == date(2022, 12, 31)
    share = only(claims, "阿里云", "market_share")
    assert share.scope == "中国" and share.quantity.value == Decimal("36.7")


def test_gb18030_file():
    claims = claims_in("jd_gb18030.txt")
    assert only(claims, "京东", "revenue").quantity.value == Decimal("951600000000")
    buyers = only(claims, "京东", "annual_active_buyers")
    assert buyers.quantity.value == Decimal("570000000")
    assert buyers.period.start == date(2021, 1, 1)


def test_relative_dates_in_an_undated_document_are_unanchored():
    claims = claims_in("undated_relative.txt")
    dau = only(claims, "快手", "dau")
    assert not dau.period.anchored and dau.period.relative
    mau = only(claims, "小红书", "mau")
    assert mau.quantity.qualifier.value == "more_than" and not mau.period.anchored


def test_penetration_of_a_named_population():
    claims = claims_in("penetration.txt")
    ratio = [c for c in claims if c.metric == "penetration" and c.population == "上海人"]
    assert len(ratio) == 1
    assert ratio[0].entity == "随申办" and ratio[0].confidence < 1
    assert ratio[0].quantity.value == Decimal(1) / Decimal(5)


def test_subsets_employees_and_comparison_baselines_are_not_entity_claims():
    claims = claims_in("subsets_and_forecasts.txt")
    dau = [c for c in claims if c.entity == "微信小程序" and c.metric == "dau"]
    assert [c.quantity.value for c in dau] == [Decimal("230000000")]
    assert not any(c.quantity.value == Decimal("3000") for c in claims)
    assert not any(c.quantity.value == Decimal("20000") for c in claims)
    assert not any(c.quantity.value == Decimal("310000000") and c.modality.value == "actual"
                   and c.metric == "revenue" for c in claims)
    li = only(claims, "理想汽车", "shipments")
    assert li.modality.value == "forecast"


def test_pronouns_and_generic_names_refer_back():
    claims = claims_in("anaphora.txt")
    users = [c for c in claims if c.entity == "支付宝" and c.metric == "users"]
    assert [(c.quantity.value, c.scope) for c in users] == [
        (Decimal("900000000"), "全球"), (Decimal("1000000000"), "全球")]
    dau = only(claims, "微信小程序", "dau")
    assert dau.confidence == pytest.approx(0.8)
    assert only(claims, "拼多多", "mau").quantity.value == Decimal("720000000")


def test_english_aliases():
    claims = claims_in("english_aliases.md")
    mau = only(claims, "支付宝", "mau")
    assert mau.quantity.qualifier.value == "about"
    assert only(claims, "微信支付", "market_share").quantity.value == Decimal("38.5")


@pytest.mark.parametrize("sentence", [
    "公司成立于2015年，总部位于深圳。",
    "该项目占地3000平方米，预计明年完工。",
    "他在采访中提到了114次“用户”这个词。",
    "腾讯在第三次架构调整中设立了云与智慧产业事业群。",
    "一举拿下了市场，十分难得。",
    "拼多多的月活用户数较去年同期有所增长。",
])
def test_sentences_without_claims(sentence):
    assert claims_of_text(sentence) == []


def test_distinct_entities_are_kept_apart():
    claims = claims_of_text(
        "2019年，微信小程序的日活为2亿，支付宝小程序的日活为1亿。阿里云的营收为400亿元，阿里巴巴的营收为5000亿元。"
    )
    keys = {(c.entity, c.metric, c.quantity.value) for c in claims}
    assert keys == {
        ("微信小程序", "dau", Decimal("200000000")),
        ("支付宝小程序", "dau", Decimal("100000000")),
        ("阿里云", "revenue", Decimal("40000000000")),
        ("阿里巴巴", "revenue", Decimal("500000000000")),
    }


def test_traditional_html_with_foreign_currencies_and_forecasts():
    claims = claims_in("hk_ipo_traditional.html")
    revenue = only(claims, "小米", "revenue")
    assert revenue.quantity.value == Decimal("271000000000")
    assert (revenue.period.start, revenue.period.end) == (date(2023, 1, 1), date(2023, 12, 31))
    cap = only(claims, "小米", "market_cap")
    assert (cap.quantity.currency, cap.quantity.qualifier.value) == ("HKD", "about")
    buyers = only(claims, "美团", "annual_active_buyers")
    assert buyers.period.as_of and buyers.period.end == date(2024, 3, 31)
    raised = [c for c in claims if c.metric == "financing"]
    assert [c.modality.value for c in raised] == ["forecast"]
    assert raised[0].quantity.currency == "USD"


def test_growth_rates_are_claims_of_a_derived_metric():
    claims = claims_in("growth_statements.md")
    growth = only(claims, "拼多多", "revenue.growth")
    assert growth.quantity.value == Decimal("39")
    gmv = only(claims, "拼多多", "gmv.growth")
    assert (gmv.quantity.kind.value, gmv.quantity.growth_verb) == ("multiple", "增长了")
    # The level figures stay level claims, and the baseline is a historical comparison.
    levels = [c for c in claims if c.entity == "美团" and c.metric == "revenue"]
    assert [(c.quantity.value, c.modality.value) for c in levels] == [
        (Decimal("220000000000"), "actual"), (Decimal("179100000000"), "historical")]
    assert levels[1].period.start == date(2021, 1, 1)

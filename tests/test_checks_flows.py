"""CL102 and CL103 on figures over periods, end to end: flows compare only over periods of the
same length, increments are not readings of a running total, and a falling total is reported
once (CL103), not also as drift (CL102)."""

from __future__ import annotations

from datetime import date

import pytest

from _check_helpers import claim, claims_corpus, period, run
from _check_helpers import corpus as make_corpus
from corpuslint.documents import document_from_string
from corpuslint.engine import analyse
from corpuslint.quantity import Kind

AS_OF = date(2026, 11, 23)


def corpus(*texts: str):
    analyses = [analyse(document_from_string(t, f"{i}.txt")) for i, t in enumerate(texts)]
    return make_corpus(*analyses, as_of=AS_OF)


def codes(*texts: str) -> list[str]:
    found = corpus(*texts)
    return [f.rule for code in ("CL101", "CL102", "CL103") for f in run(code, found)]


# --- C19: nested periods of a flow are not older values ----------------------------------


@pytest.mark.parametrize(
    "texts",
    [
        ("2023年第三季度，美团营收为765亿元。", "2023年，美团营收为2767亿元。"),
        ("2023年第三季，美團營收為765億元。", "2023年，美團營收為2,767億元。"),
        ("2024年3月，理想汽车的销量为2.9万辆。", "2024年第一季度，理想汽车的销量为8.1万辆。"),
        ("2024年3月，理想汽車的銷量為2.9萬輛。", "2024年，理想汽車的銷量為50萬輛。"),
        ("2023年上半年，京东的净利润为170亿元。", "2023年，京东的净利润为242亿元。"),
    ],
)
def test_flows_over_periods_of_different_length_are_not_drift(texts: tuple[str, str]) -> None:
    assert codes(*texts) == []


@pytest.mark.parametrize(
    "texts",
    [
        # Flows over periods of the same length.
        ("2022年，美团营收为2200亿元。", "2023年，美团营收为2767亿元。"),
        ("2023年第三季度，美團營收為765億元。", "2024年第三季度，美團營收為936億元。"),
        # Levels compare whatever the periods: a quarter's monthly actives, a later reading.
        ("2023年第三季度，哔哩哔哩的月活跃用户数为3.41亿。",
         "截至2024年6月30日，嗶哩嗶哩的月活躍用戶數為3.36億。"),
    ],
)  # fmt: skip
def test_comparable_periods_still_drift(texts: tuple[str, str]) -> None:
    assert codes(*texts) == ["CL102"]


def test_drift_names_the_newest_comparable_value() -> None:
    found = corpus(
        "2023年第三季度，美团营收为765亿元。",
        "2024年第三季度，美团营收为936亿元。2024年，美团营收为3376亿元。",
    )
    [finding] = run("CL102", found)
    assert finding.path == "0.txt"
    assert "has 936亿元 (2024Q3)" in finding.message


def test_period_lengths_in_months_ignore_the_number_of_days() -> None:
    # Q1 has 90 days and Q3 92: still two quarters.
    revenue = {"entity": "美团", "metric": "revenue", "kind": Kind.MONEY, "currency": "CNY"}
    q1 = claim("765亿元", "76500000000", path="a.txt", when=period("2024-01-01", "2024-03-31",
               "quarter"), **revenue)  # fmt: skip
    q3 = claim("936亿元", "93600000000", path="b.txt", when=period("2024-07-01", "2024-09-30",
               "quarter"), **revenue)  # fmt: skip
    assert [f.rule for f in run("CL102", claims_corpus(q1, q3))] == ["CL102"]


# --- C18: increments are not readings of a running total ---------------------------------


@pytest.mark.parametrize(
    "increment",
    [
        "2024年上半年，钉钉新增注册用户3000万。",
        "2024年上半年，钉钉注册用户净增了3000万。",
        "2024年上半年，釘釘註冊用戶新增3,000萬。",
        "2024年上半年，钉钉新增加的注册用户达到3000万。",
        "2024年上半年，钉钉注册用户较去年底增加3000万。",
    ],
)
def test_increment_after_a_total_is_not_a_decrease(increment: str) -> None:
    assert codes("截至2023年12月31日，钉钉的累计注册用户达6.2亿。", increment) == []


@pytest.mark.parametrize(
    "increment",
    ["2024年第一季度，理想汽车累计交付量增加8万辆。", "2024年第一季度，理想汽車累計交付量增加8萬輛。"],
)
def test_increment_of_deliveries_is_not_a_decrease(increment: str) -> None:
    assert codes("截至2023年12月31日，理想汽车累计交付量达63.3万辆。", increment) == []


@pytest.mark.parametrize(
    "later",
    [
        "截至2024年6月30日，钉钉的累计注册用户为5.5亿。",
        "截至2024年6月30日，釘釘的累計註冊用戶增至5.5億。",  # 增至 gives the new total
    ],
)
def test_falling_total_is_reported_once_by_cl103(later: str) -> None:
    assert codes("截至2023年12月31日，钉钉的累计注册用户达6.2亿。", later) == ["CL103"]


def test_rising_total_is_drift() -> None:
    texts = ("截至2023年12月31日，钉钉的累计注册用户达6.2亿。", "截至2024年6月30日，钉钉的累计注册用户为7亿。")
    assert codes(*texts) == ["CL102"]


def test_increments_are_compared_with_each_other() -> None:
    texts = ("2024年上半年，钉钉新增注册用户3000万。", "2024年上半年，釘釘新增註冊用戶5,000萬。")
    assert codes(*texts) == ["CL101"]


def test_events_and_fiscal_years_compare_among_themselves_and_say_so(tmp_path) -> None:
    from corpuslint.cli import main

    (tmp_path / "a.txt").write_text(
        "2023年618期间，苏宁的成交额为300亿元。阿里巴巴2024财年营收为3800亿元。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "2023年618期间，苏宁的成交额为360亿元。阿里巴巴2024财年营收为3100亿元。"
        "2023年，苏宁的成交额为2900亿元。2024年，阿里巴巴营收为4000亿元。\n", encoding="utf-8")
    import contextlib
    import io
    import json

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main(["check", str(tmp_path), "--as-of", "2026-11-23", "--no-cache", "--format", "json",
              "--select", "CL101"])
    messages = [finding["message"] for finding in json.loads(out.getvalue())]
    assert len(messages) == 2, messages  # 618 vs 618, FY2024 vs FY2024; never vs the year
    assert any("(2023年618)" in m for m in messages)
    assert any("(FY2024)" in m for m in messages)

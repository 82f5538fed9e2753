"""A document date guessed from the text, and CL302 on what was resolved against the guess."""

from __future__ import annotations

from datetime import date

import pytest

from _check_helpers import corpus, run
from corpuslint.documents import document_from_string
from corpuslint.engine import analyse
from corpuslint.parse.dates import document_date

D = date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # plans and forecasts may lie after the writing: 预计, 计划, 目标, 将于, 有望, 力争
        ("截至2023年3月31日，门店共800家。公司计划于2024年10月开设新店。", D(2023, 3, 31)),
        ("截至2023年3月31日，門店共800家。新店預計2024年10月開業。", D(2023, 3, 31)),
        ("2023年5月，公司发布新品。目标是在2025年6月前实现盈利。", D(2023, 5, 31)),
        ("2023年5月，公司发布新品。新工厂有望于2024年9月投产。", D(2023, 5, 31)),
        ("2023年5月，公司发布新品。公司力争2024年12月完成交付。", D(2023, 5, 31)),
        ("2023年5月，公司发布新品。新店将于2024年1月开业。", D(2023, 5, 31)),
        # a yearless date takes its year from the text: no evidence of when it was written
        ("2023年5月，公司发布新品。2030年实现碳中和。第二代产品12月上市。", D(2023, 5, 31)),
    ],
)
def test_the_guess_ignores_plans_and_yearless_dates(text, expected):
    assert document_date({}, text) == (expected, True)


def test_with_only_plans_there_is_no_guess():
    assert document_date({}, "今年营收增长。公司预计2026年3月实现盈利。") == (None, False)


def analysed(text: str):
    return analyse(document_from_string(text, "a.txt"))


GUESSED = (
    "今年上半年，该市新增城镇就业5.2万人。截至2023年6月30日，该市常住人口为310万人。"
)


def test_relative_dates_read_against_a_guess_are_reported():
    analysis = analysed(GUESSED)
    assert (analysis.date, analysis.date_inferred) == (D(2023, 6, 30), True)
    [finding] = run("CL302", corpus(analysis))
    assert finding.message == (
        "'今年上半年' cannot be resolved: the document has no date "
        "(read against 2023-06-30, a date inferred from the latest date in the text)"
    )
    [zh] = run("CL302", corpus(analysis), lang="zh")
    assert zh.message == "“今年上半年”无法确定具体时间：文档没有日期（暂按文中最新日期推测的2023-06-30解读）"


def test_traditional_relative_dates_read_against_a_guess_are_reported():
    text = "去年底，該市常住人口為310萬人。截至2023年6月30日，該市門店共800家。目前，該市人均GDP為9萬元。"
    findings = run("CL302", corpus(analysed(text)))
    assert [f.message.split("'")[1] for f in findings] == ["去年底", "目前"]


def test_a_date_resolved_from_the_texts_own_year_is_not_reported():
    text = "2023年，该市常住人口为310万人。截至6月30日，该市门店共800家。"
    assert run("CL302", corpus(analysed(text))) == []


def test_a_stated_date_silences_the_rule():
    assert run("CL302", corpus(analysed("发布时间：2023年7月2日\n\n" + GUESSED))) == []

"""CL301 stale-figure and CL302 unanchored-relative-date, with periods from the date parser."""

from __future__ import annotations

from datetime import date

import pytest

from _check_helpers import analysis, at, corpus, run
from corpuslint.checks.stale import months_between
from corpuslint.parse.dates import find_periods
from corpuslint.parse.durations import months_before
from corpuslint.quantity import Kind

AS_OF = date(2025, 1, 1)


def dated_analysis(text: str, figure: str | None, doc_date: date | None = None):
    quantities = [at(text, figure, Kind.COUNT, 1)] if figure else []
    return analysis(text, quantities, periods=find_periods(text, doc_date), doc_date=doc_date)


# --- CL301 --------------------------------------------------------------------------------


def test_figure_presented_as_current_long_ago() -> None:
    text = "报道称，截至2019年6月30日，该平台的注册用户数已经达到4.5亿。"
    [finding] = run("CL301", corpus(dated_analysis(text, "4.5亿"), as_of=AS_OF))
    assert (finding.line, finding.column, finding.end_column) == (1, 5, 17)
    assert finding.message == (
        "截至2019年6月30日 (2019-06-30) is presented as current "
        "but is 5.5 years old (limit: 36 months)"
    )


def test_now_resolved_against_an_old_document_date_is_stale() -> None:
    text = "目前，该平台的注册用户数为4.5亿。"
    [finding] = run("CL301", corpus(dated_analysis(text, "4.5亿", date(2018, 11, 28)), as_of=AS_OF))
    assert "目前 (2018-11-28)" in finding.message


@pytest.mark.parametrize(
    ("text", "figure", "doc_date"),
    [
        ("截至2023年6月30日，该平台的注册用户数已经达到4.5亿。", "4.5亿", None),  # recent enough
        ("2018年，该平台的注册用户数为4.5亿。", "4.5亿", None),  # a flow, not presented as current
        ("截至2019年6月30日，该平台仍在内测。", None, None),  # no figure
        ("该平台的注册用户数为4.5亿。", "4.5亿", date(2018, 11, 28)),  # no present-tense cue
    ],
)
def test_not_stale(text: str, figure: str | None, doc_date: date | None) -> None:
    assert run("CL301", corpus(dated_analysis(text, figure, doc_date), as_of=AS_OF)) == []


def test_one_finding_per_sentence() -> None:
    text = "截至2019年6月30日，A平台用户已达4.5亿，截至2019年3月31日，B平台用户为2亿。"
    quantities = [at(text, "4.5亿", Kind.COUNT, 1), at(text, "2亿", Kind.COUNT, 1)]
    doc = analysis(text, quantities, periods=find_periods(text, None))
    assert len(run("CL301", corpus(doc, as_of=AS_OF))) == 1


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [(date(2025, 1, 1), 36, date(2022, 1, 1)), (date(2025, 3, 31), 1, date(2025, 2, 28))],
)
def test_months_before(day: date, months: int, expected: date) -> None:
    assert months_before(day, months) == expected


def test_months_between() -> None:
    assert months_between(date(2019, 6, 30), date(2025, 1, 1)) == 66
    assert months_between(date(2024, 1, 15), date(2024, 2, 14)) == 0


# --- CL302 --------------------------------------------------------------------------------


def test_relative_dates_in_an_undated_document() -> None:
    text = "今年前三季度，该省外贸进出口总额为3.2万亿元。去年底，该省常住人口为1.27亿。"
    findings = run("CL302", corpus(dated_analysis(text, "3.2万亿元")))
    assert [f.message for f in findings] == [
        "'今年前三季度' cannot be resolved: the document has no date",
        "'去年底' cannot be resolved: the document has no date",
    ]
    assert findings[1].column == text.index("去年底") + 1


def test_now_is_reported_only_next_to_a_figure() -> None:
    text = "目前，该项目仍在推进之中。目前，该平台用户数为4.5亿。"
    [finding] = run("CL302", corpus(dated_analysis(text, "4.5亿")))
    assert finding.column == text.rindex("目前") + 1


def test_relative_dates_in_a_dated_document() -> None:
    text = "今年前三季度，该省外贸进出口总额为3.2万亿元。"
    assert run("CL302", corpus(dated_analysis(text, "3.2万亿元", date(2023, 10, 20)))) == []


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        ("目前，该公司已在全国开设3000家门店。", True),
        ("目前，该公司推出了一款面向老年人的新产品。", False),  # 一款 is "a", not an amount
        ("如今，这样一支团队开始对外输出能力。", False),
    ],
)
def test_stale_needs_a_real_figure(tmp_path, capsys, sentence, reported):
    import json

    from corpuslint.cli import main

    (tmp_path / "a.md").write_text(f"---\ndate: 2018-11-28\n---\n{sentence}\n", encoding="utf-8")
    main(["check", str(tmp_path / "a.md"), "--select", "CL301", "--format", "json",
          "--as-of", "2026-11-23", "--no-cache"])
    assert bool(json.loads(capsys.readouterr().out)) is reported

"""CL201 parts-vs-total, CL202 percent-of, CL203 growth-rate, CL204 multiple-vs-percent.

Quantities are built by hand (with their offsets in the text) so these tests pin the kinds'
own logic, independently of the quantity parser.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from _check_helpers import analysis, at, corpus, run
from corpuslint.finding import Severity
from corpuslint.quantity import Kind, Qualifier

YI = Decimal(100_000_000)
WAN = Decimal(10_000)


def pct(text: str, figure: str, **extra: object):
    return at(text, figure, Kind.PERCENT, figure.rstrip("%").lstrip("超过约"), **extra)


def yuan(text: str, figure: str, value: Decimal, **extra: object):
    return at(text, figure, Kind.MONEY, value, currency="CNY", **extra)


# --- CL201 --------------------------------------------------------------------------------

SHARES = "阿里占{a}，京东占{b}，两者合计{total}的市场份额。"


def shares(a: str, b: str, total: str):
    text = SHARES.format(a=a, b=b, total=total)
    return analysis(
        text, [pct(text, a), pct(text, b), pct(text, total, occurrence=int(total in (a, b)))]
    )


def test_parts_that_do_not_add_up() -> None:
    [finding] = run("CL201", corpus(shares("49.9%", "40.7%", "90.8%")))
    assert finding.severity is Severity.ERROR
    assert finding.message == "49.9% + 40.7% = 90.6%, not 90.8%"
    assert (finding.line, finding.column) == (1, 23)


@pytest.mark.parametrize(
    ("a", "b", "total"),
    [
        ("49.9%", "40.7%", "90.6%"),
        ("49.9%", "40.7%", "90.7%"),  # within the precision of the parts
        ("49.9%", "40.7%", "超过90%"),
        ("50%", "40%", "90.4%"),
    ],
)
def test_parts_that_add_up(a: str, b: str, total: str) -> None:
    more = {"qualifier": Qualifier.MORE_THAN} if total.startswith("超过") else {}
    text = SHARES.format(a=a, b=b, total=total)
    quantities = [pct(text, a), pct(text, b), pct(text, total, **more)]
    assert run("CL201", corpus(analysis(text, quantities))) == []


def test_amounts_summed_with_a_generic_cue() -> None:
    text = "该县小麦45.3万亩，玉米38.1万亩，合计93.4万亩。"
    quantities = [
        at(text, f, Kind.COUNT, Decimal(f[:-2]) * WAN, unit="亩")
        for f in ("45.3万亩", "38.1万亩", "93.4万亩")
    ]
    [finding] = run("CL201", corpus(analysis(text, quantities)))
    assert finding.message == "45.3万亩 + 38.1万亩 = 83.4万亩, not 93.4万亩"


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # A leading total that is not a part: a trailing run of parts adds up.
        (
            "全年营收100亿元，其中国内60亿元，海外30亿元，合计90亿元。",
            ["100亿元", "60亿元", "30亿元", "90亿元"],
        ),
        # 两者 but three candidate parts: ambiguous, not reported.
        (
            "A收入10亿元，B收入20亿元，C收入5亿元，两者合计40亿元。",
            ["10亿元", "20亿元", "5亿元", "40亿元"],
        ),
        # A sentence about changes.
        ("A收入同比增长10亿元，B收入增长20亿元，合计40亿元。", ["10亿元", "20亿元", "40亿元"]),
        # The total comes before its parts.
        ("两者合计90亿元，其中A为60亿元，B为20亿元。", ["90亿元", "60亿元", "20亿元"]),
        # 综合计算 is not a sum cue.
        ("A为60亿元，B为20亿元，综合计算后为95亿元。", ["60亿元", "20亿元", "95亿元"]),
        # A different family before the cue is not a part.
        ("A为60亿元，员工3000人，合计60亿元。", ["60亿元", "60亿元"]),
    ],
)
def test_no_parts_total_finding(text: str, figures: list[str]) -> None:
    seen: dict[str, int] = {}
    quantities = []
    for figure in figures:
        quantities.append(
            yuan(text, figure, Decimal(figure[:-2]) * YI, occurrence=seen.get(figure, 0))
        )
        seen[figure] = seen.get(figure, 0) + 1
    assert run("CL201", corpus(analysis(text, quantities))) == []


# --- CL202 --------------------------------------------------------------------------------

FINE = "监管部门对其处以2019年销售额4557.12亿元4%的罚款，即{result}。"


def fine(result: str, value: str):
    text = FINE.format(result=result)
    return analysis(text, [
        yuan(text, "4557.12亿元", Decimal("4557.12") * YI),
        pct(text, "4%"),
        yuan(text, result, Decimal(value) * YI),
    ])  # fmt: skip


@pytest.mark.parametrize(("result", "value"), [("182.28亿元", "182.28"), ("182.3亿元", "182.3")])
def test_percent_of_within_precision(result: str, value: str) -> None:
    assert run("CL202", corpus(fine(result, value))) == []


def test_percent_of_mismatch() -> None:
    [finding] = run("CL202", corpus(fine("190亿元", "190")))
    assert finding.message == "4% of 4557.12亿元 is 182.28亿元, not 190亿元"
    assert finding.severity is Severity.ERROR


def test_percent_of_needs_the_rate_next_to_its_base() -> None:
    text = "该公司营收4557.12亿元，同比增长4%，即190亿元。"
    quantities = [
        yuan(text, "4557.12亿元", Decimal("4557.12") * YI),
        pct(text, "4%"),
        yuan(text, "190亿元", 190 * YI),
    ]
    assert run("CL202", corpus(analysis(text, quantities))) == []


def test_percent_of_needs_the_same_family() -> None:
    text = "该县1000名受访者中的30%，即300元。"
    quantities = [
        at(text, "1000名", Kind.COUNT, 1000, unit="名"),
        pct(text, "30%"),
        yuan(text, "300元", Decimal(300)),
    ]
    assert run("CL202", corpus(analysis(text, quantities))) == []


def test_percent_of_counts() -> None:
    text = "在1000名受访者中的30%，即320人表示愿意尝试。"
    quantities = [
        at(text, "1000名", Kind.COUNT, 1000),
        pct(text, "30%"),
        at(text, "320人", Kind.COUNT, 320),
    ]
    [finding] = run("CL202", corpus(analysis(text, quantities)))
    assert "is 300人, not 320人" in finding.message


# --- CL203 --------------------------------------------------------------------------------


def change(text: str, before: str, after: str, rate: str, unit=YI, kind=Kind.NUMBER):
    return analysis(text, [
        at(text, before, kind, Decimal(before.rstrip("亿元万台")) * unit),
        at(text, after, kind, Decimal(after.rstrip("亿元万台")) * unit),
        pct(text, rate),
    ])  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "小程序日活从4.01亿增长至14.48亿，增幅261.1%。",
        "小程序日活从2018年的4.01亿增长至2019年的14.48亿，同比增长261.1%。",
        "小程序日活由4.01亿增至14.48亿（增长261%）。",
    ],
)
def test_growth_rate_that_matches(text: str) -> None:
    rate = "261.1%" if "261.1%" in text else "261%"
    assert run("CL203", corpus(change(text, "4.01亿", "14.48亿", rate))) == []


def test_growth_rate_that_does_not_match() -> None:
    text = "小程序日活从4.01亿增长至14.48亿，增幅161.1%。"
    [finding] = run("CL203", corpus(change(text, "4.01亿", "14.48亿", "161.1%")))
    assert finding.message == "4.01亿 → 14.48亿 is 261.1%, not 161.1%"


def test_decline() -> None:
    good = "该厂出货量由120万台降至96万台，下降了20%。"
    bad = "该厂出货量由120万台降至96万台，下降了25%。"
    assert run("CL203", corpus(change(good, "120万台", "96万台", "20%", WAN, Kind.COUNT))) == []
    [finding] = run("CL203", corpus(change(bad, "120万台", "96万台", "25%", WAN, Kind.COUNT)))
    assert "is 20%, not 25%" in finding.message


def test_rate_of_another_subject_is_not_paired() -> None:
    text = "营收从4.01亿增长至14.48亿，净利润增长20%。"
    assert run("CL203", corpus(change(text, "4.01亿", "14.48亿", "20%"))) == []


def test_change_needs_a_from_marker() -> None:
    text = "其中4.01亿至14.48亿的区间，增长20%。"
    assert run("CL203", corpus(change(text, "4.01亿", "14.48亿", "20%"))) == []


# --- CL204 --------------------------------------------------------------------------------


def visitors(text: str, before: str, after: str, times: str, verb: str | None = "增长了"):
    return analysis(text, [
        at(text, before, Kind.COUNT, Decimal(before.rstrip("万人次")) * WAN, unit="人次"),
        at(text, after, Kind.COUNT, Decimal(after.rstrip("万人次")) * WAN, unit="人次"),
        at(text, times, Kind.MULTIPLE, times.rstrip("倍"), growth_verb=verb),
    ])  # fmt: skip


def test_multiple_that_fits_neither_reading_is_an_error() -> None:
    text = "游客从5万人次增长到40万人次，增长了3倍。"
    [finding] = run("CL204", corpus(visitors(text, "5万人次", "40万人次", "3倍")))
    assert finding.severity is Severity.ERROR
    assert finding.message == "3倍 can mean ×4/×3; 5万人次→40万人次 fits neither reading (it is ×8)"


@pytest.mark.parametrize(
    ("text", "before", "after"),
    [
        ("游客从10万人次增长到40万人次，增长了3倍。", "10万人次", "40万人次"),  # ×4, normative
        ("游客从10万人次增长到30万人次，增长了3倍。", "10万人次", "30万人次"),  # ×3, colloquial
    ],
)
def test_multiple_that_fits_a_reading(text: str, before: str, after: str) -> None:
    assert run("CL204", corpus(visitors(text, before, after, "3倍"))) == []


def test_multiple_without_growth_verb_has_one_reading() -> None:
    text = "游客从10万人次增长到40万人次，是原来的3倍。"
    [finding] = run("CL204", corpus(visitors(text, "10万人次", "40万人次", "3倍", verb=None)))
    assert "×3;" in finding.message


def test_multiple_beside_a_percent_that_fits_one_reading() -> None:
    text = "两年来小程序用户增长了6倍。交易额则增长超过600%。"
    quantities = [
        at(text, "6倍", Kind.MULTIPLE, 6, growth_verb="增长了"),
        pct(text, "超过600%", qualifier=Qualifier.MORE_THAN),
    ]
    [finding] = run("CL204", corpus(analysis(text, quantities)))
    assert finding.severity is Severity.WARNING
    assert finding.message == "6倍 can mean ×7/×6; 超过600% fits only the ×7 reading"


@pytest.mark.parametrize(
    "text",
    [
        "两年来小程序用户增长了6倍。交易额则增长了35%。",  # fits neither: another subject
        "两年来小程序用户增长了6倍。第二段。第三段。交易额则增长超过600%。",  # too far away
        "两年来小程序用户增长了6倍，用户占比超过600%。",  # not a growth percentage
    ],
)
def test_multiple_beside_an_unrelated_percent(text: str) -> None:
    figure = "超过600%" if "超过600%" in text else "35%"
    more = {"qualifier": Qualifier.MORE_THAN} if figure.startswith("超过") else {}
    quantities = [
        at(text, "6倍", Kind.MULTIPLE, 6, growth_verb="增长了"),
        pct(text, figure, **more),
    ]
    assert run("CL204", corpus(analysis(text, quantities))) == []


def test_change_written_against_a_baseline() -> None:
    good = "净利润为14.48亿元，较2016年的4.01亿元上涨261.1%。"
    bad = "净利润为14.48亿元，较2016年的4.01亿元上涨216.1%。"
    for text in (good, bad):
        quantities = [
            yuan(text, "14.48亿元", Decimal("14.48") * YI),
            yuan(text, "4.01亿元", Decimal("4.01") * YI),
            pct(text, "261.1%" if text == good else "216.1%"),
        ]
        findings = run("CL203", corpus(analysis(text, quantities)))
        assert [f.message for f in findings] == (
            [] if text == good else ["4.01亿元 → 14.48亿元 is 261.1%, not 216.1%"]
        )

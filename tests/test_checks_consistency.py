"""CL101 value-conflict, CL102 value-drift, CL103 cumulative-decrease on hand-built claims."""

from __future__ import annotations

from decimal import Decimal

import pytest

from _check_helpers import UNDATED, claim, claims_corpus, period, run
from corpuslint.claim import Modality
from corpuslint.finding import Severity
from corpuslint.quantity import Kind, Qualifier

YI = Decimal(100_000_000)
WAN = Decimal(10_000)
Q2_END = period("2019-06-30", as_of=True)
Q2 = period("2019-04-01", "2019-06-30", "quarter")
YEAR_2018 = period("2018-01-01", "2018-12-31", "year")
YEAR_2019 = period("2019-01-01", "2019-12-31", "year")


def mau(text: str, yi: str, **extra: object):
    return claim(text, Decimal(yi) * YI, **extra)


# --- CL101 --------------------------------------------------------------------------------


def test_conflict_is_one_finding_per_group_at_the_first_claim() -> None:
    claims = [
        mau("11.33亿", "11.33", path="a.txt", line=3, when=Q2_END),
        mau("13.3亿", "13.3", path="b.txt", line=7, when=Q2),
        mau("11.3亿", "11.3", path="c.txt", line=2, when=Q2_END),
    ]
    [finding] = run("CL101", claims_corpus(*claims))
    assert (finding.path, finding.line, finding.severity) == ("a.txt", 3, Severity.ERROR)
    assert (
        finding.message
        == "招商银行 monthly active users: 11.33亿 here (2019-06-30), but 13.3亿 in b.txt (2019Q2)"
    )
    assert [(r.path, r.line, r.message) for r in finding.related] == [
        ("b.txt", 7, "13.3亿 (2019Q2)"),
        ("c.txt", 2, "11.3亿 (2019-06-30)"),
    ]
    assert finding.fingerprint == "CL101:招商银行|mau|||11.33亿,11.3亿,13.3亿"


def test_conflicting_fractions_of_a_population() -> None:
    one_in = {
        n: claim(f"1/{n}", Decimal(1) / n, kind=Kind.FRACTION, path=f"{n}.txt",
                 entity="粤省事", metric="penetration", population="广东人")
        for n in (12, 23)
    }  # fmt: skip
    [finding] = run("CL101", claims_corpus(*one_in.values()), lang="zh")
    assert finding.path == "12.txt"
    assert (
        finding.message
        == "粤省事 渗透率 (广东人)：此处为1/12（未注明日期），但23.txt中为1/23（未注明日期）"
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # Compatible readings of the same figure.
        (mau("11.3亿", "11.3"), mau("11.33亿", "11.33", path="b.txt")),
        (
            mau("超过10亿", "10", qualifier=Qualifier.MORE_THAN),
            mau("11.33亿", "11.33", path="b.txt"),
        ),
        (claim("2000万", 2000 * WAN), claim("0.2亿", Decimal("0.2") * YI, path="b.txt")),
        (mau("约11亿", "11", qualifier=Qualifier.ABOUT), mau("11.9亿", "11.9", path="b.txt")),
        (
            claim("25%", 25, kind=Kind.PERCENT),
            claim("四分之一", "0.25", kind=Kind.FRACTION, path="b.txt"),
        ),
        # Not the same fact.
        (mau("11.33亿", "11.33"), mau("7.07亿", "7.07", entity="QQ", path="b.txt")),
        (mau("11.33亿", "11.33"), mau("7.07亿", "7.07", metric="dau", path="b.txt")),
        (mau("11.33亿", "11.33", scope="全球"), mau("7.07亿", "7.07", scope="国内", path="b.txt")),
        (mau("11.33亿", "11.33"), mau("13亿", "13", modality=Modality.FORECAST, path="b.txt")),
        (mau("11.33亿", "11.33"), mau("9亿", "9", modality=Modality.HISTORICAL, path="b.txt")),
        (
            claim("10亿元", 10 * YI, kind=Kind.MONEY, currency="CNY"),
            claim("10亿美元", 10 * YI, kind=Kind.MONEY, currency="USD", path="b.txt"),
        ),
        (claim("49.9%", "49.9", kind=Kind.PERCENT), claim("3亿", 3 * YI, path="b.txt")),
        (mau("11.33亿", "11.33"), mau("3亿", "3", confidence=0.5, path="b.txt")),
        # Not the same time.
        (
            mau("11.33亿", "11.33", when=YEAR_2019),
            mau("10.8亿", "10.8", when=YEAR_2018, path="b.txt"),
        ),
        (mau("11.33亿", "11.33", when=YEAR_2019), mau("10.8亿", "10.8", path="b.txt")),
        (mau("11.33亿", "11.33", when=YEAR_2019), mau("10.8亿", "10.8", when=Q2, path="b.txt")),
    ],
)
def test_no_conflict(first, second) -> None:
    assert run("CL101", claims_corpus(first, second)) == []


def test_conflict_within_one_document() -> None:
    claims = [mau("11.33亿", "11.33", line=1), mau("13.3亿", "13.3", line=9)]
    [finding] = run("CL101", claims_corpus(*claims))
    assert (finding.line, len(finding.related)) == (1, 1)


# --- CL102 --------------------------------------------------------------------------------


def test_drift_between_dated_sources_names_the_newest_value() -> None:
    claims = [
        mau("10.8亿", "10.8", path="old.txt", when=YEAR_2018),
        mau("11.5亿", "11.5", path="new.txt", when=YEAR_2019),
    ]
    [finding] = run("CL102", claims_corpus(*claims))
    assert (finding.path, finding.severity) == ("old.txt", Severity.INFO)
    assert (
        finding.message
        == "招商银行 monthly active users: 10.8亿 here (2018); new.txt has 11.5亿 (2019)"
    )


def test_undated_value_that_differs_from_a_dated_one_is_a_warning() -> None:
    claims = [
        mau("10.8亿", "10.8", path="dated.txt", when=YEAR_2018),
        mau("12亿", "12", path="undated.txt", when=UNDATED),
    ]
    [finding] = run("CL102", claims_corpus(*claims))
    assert (finding.path, finding.severity) == ("undated.txt", Severity.WARNING)
    assert finding.related[0].path == "dated.txt"


@pytest.mark.parametrize(
    "claims",
    [
        # Same time: CL101's business, never reported twice.
        [
            mau("11.33亿", "11.33", path="a.txt", when=Q2_END),
            mau("13.3亿", "13.3", path="b.txt", when=Q2_END),
        ],
        [mau("11.33亿", "11.33", path="a.txt"), mau("13.3亿", "13.3", path="b.txt")],
        # Compatible values.
        [
            mau("11.3亿", "11.3", path="a.txt", when=YEAR_2018),
            mau("11.33亿", "11.33", path="b.txt", when=YEAR_2019),
        ],
        # One article tracing a figure over time.
        [mau("10.8亿", "10.8", when=YEAR_2018), mau("11.5亿", "11.5", line=2, when=YEAR_2019)],
        # A forecast is not a value.
        [
            mau("10.8亿", "10.8", path="a.txt", when=YEAR_2018),
            mau("15亿", "15", path="b.txt", modality=Modality.FORECAST, when=YEAR_2019),
        ],
    ],
)
def test_no_drift(claims) -> None:
    assert run("CL102", claims_corpus(*claims)) == []


def test_drift_reports_each_superseded_value_against_the_newest() -> None:
    claims = [
        mau("9亿", "9", path="a.txt", when=period("2017-01-01", "2017-12-31", "year")),
        mau("10.8亿", "10.8", path="b.txt", when=YEAR_2018),
        mau("11.5亿", "11.5", path="c.txt", when=YEAR_2019),
    ]
    findings = run("CL102", claims_corpus(*claims))
    assert [(f.path, f.related[0].path) for f in findings] == [
        ("a.txt", "c.txt"),
        ("b.txt", "c.txt"),
    ]


# --- CL103 --------------------------------------------------------------------------------


def users(text: str, yi: str, when, **extra: object):
    return claim(
        text, Decimal(yi) * YI, metric="registered_users", cumulative=True, when=when, **extra
    )


def test_cumulative_figure_that_falls_is_reported_at_the_later_claim() -> None:
    claims = [
        users("3.2亿", "3.2", period("2020-12-31", as_of=True), path="a.txt"),
        users("2.8亿", "2.8", period("2022-12-31", as_of=True), path="b.txt"),
    ]
    [finding] = run("CL103", claims_corpus(*claims))
    assert (finding.path, finding.severity) == ("b.txt", Severity.WARNING)
    assert finding.message == (
        "招商银行 registered_users is cumulative but falls to 2.8亿 (2022-12-31) "
        "from 3.2亿 (2020-12-31) in a.txt"
    )


@pytest.mark.parametrize(
    "claims",
    [
        [users("3.2亿", "3.2", YEAR_2018), users("4亿", "4", YEAR_2019, line=2)],  # growing
        [
            users("3.2亿", "3.2", YEAR_2018),
            users("约3亿", "3", YEAR_2019, line=2, qualifier=Qualifier.ABOUT),
        ],
        [
            users("3.2亿", "3.2", YEAR_2019),
            users("2.8亿", "2.8", YEAR_2018, line=2),
        ],  # earlier is lower
        [users("3.2亿", "3.2", YEAR_2018), users("2.8亿", "2.8", UNDATED, line=2)],  # undated
        [
            users("3.2亿", "3.2", YEAR_2018),
            claim("2.8亿", Decimal("2.8") * YI, metric="registered_users", when=YEAR_2019, line=2),
        ],  # not cumulative
    ],
)
def test_no_cumulative_decrease(claims) -> None:
    assert run("CL103", claims_corpus(*claims)) == []

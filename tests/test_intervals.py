"""Exact interval arithmetic and the intervals that stated figures commit the writer to."""

from decimal import Decimal
from fractions import Fraction

import pytest

from corpuslint.intervals import (
    Interval,
    Margins,
    add,
    closed,
    comparable_interval,
    div,
    hull,
    intersects,
    interval_of,
    mul,
    point,
    scale,
    sub,
)
from corpuslint.quantity import Kind, Qualifier, Quantity

YI = Decimal(100_000_000)
WAN = Decimal(10_000)


def quantity(
    text: str,
    value: Decimal | str | None,
    kind: Kind = Kind.NUMBER,
    qualifier: Qualifier = Qualifier.EXACT,
    **extra: object,
) -> Quantity:
    value = None if value is None else Decimal(value)
    return Quantity(
        start=0, end=len(text), text=text, kind=kind, value=value,
        low=extra.pop("low", None), high=extra.pop("high", None), qualifier=qualifier, **extra,
    )  # fmt: skip


def F(text: str) -> Fraction:
    return Fraction(Decimal(text))


def yi(text: str) -> Fraction:
    return F(text) * 100_000_000


def wan(text: str) -> Fraction:
    return F(text) * 10_000


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (closed(1, 2), closed(2, 3), True),  # closed ends touch
        (Interval(F("1"), F("2"), high_open=True), closed(2, 3), False),
        (Interval(F("10"), None, low_open=True), closed(5, 10), False),  # 超过10 vs at most 10
        (Interval(F("10"), None, low_open=True), closed(5, 11), True),
        (Interval(None, None), point(7), True),
        (closed(1, 2), closed(3, 4), False),
        (point(3), point(3), True),
    ],
)
def test_intersects(a: Interval, b: Interval, expected: bool) -> None:
    assert intersects(a, b) is expected
    assert intersects(b, a) is expected


@pytest.mark.parametrize(
    ("stated", "expected"),
    [
        (quantity("11.33亿", Decimal("11.33") * YI), closed(yi("11.325"), yi("11.335"))),
        (quantity("49.9%", "49.9", Kind.PERCENT), closed(F("49.85"), F("49.95"))),
        (quantity("2000万", 2000 * WAN), closed(wan("1999.5"), wan("2000.5"))),
        (
            quantity("4,557.12亿元", Decimal("4557.12") * YI, Kind.MONEY),
            closed(yi("4557.115"), yi("4557.125")),
        ),
        (quantity("约3亿", 3 * YI, qualifier=Qualifier.ABOUT), closed(yi("2.2"), yi("3.8"))),
        (quantity("近3亿", 3 * YI, qualifier=Qualifier.NEARLY), closed(yi("2.7"), 3 * YI)),
        # A decline of nearly 3% (stored as -3) falls short of -3 towards zero.
        (quantity("近3%", -3, qualifier=Qualifier.NEARLY), closed(-3, F("-2.7"))),
        (
            quantity("超过10亿", 10 * YI, qualifier=Qualifier.MORE_THAN),
            Interval(yi("10"), None, low_open=True),
        ),
        (quantity("至少10亿", 10 * YI, qualifier=Qualifier.AT_LEAST), Interval(yi("10"), None)),
        (
            quantity("不到5%", "5", Kind.PERCENT, Qualifier.LESS_THAN),
            Interval(None, F("5"), high_open=True),
        ),
        (
            quantity("3-5万", None, qualifier=Qualifier.RANGE, low=3 * WAN, high=5 * WAN),
            closed(3 * WAN, 5 * WAN),
        ),
        (quantity("200多", "200", qualifier=Qualifier.RANGE), closed(200, 400)),
        (quantity("三千", "3000"), point(3000)),  # no numeral to read a precision from
        (quantity("x", "7", precision=Decimal("0.5")), closed(F("6.75"), F("7.25"))),
        (quantity("多少", None), Interval(None, None)),
    ],
)
def test_interval_of(stated: Quantity, expected: Interval) -> None:
    assert interval_of(stated) == expected


def test_about_widens_by_the_configured_margin() -> None:
    about = quantity("约100", "100", qualifier=Qualifier.ABOUT)
    assert interval_of(about, Margins(about=Decimal("0.05"))) == closed(F("94.5"), F("105.5"))


@pytest.mark.parametrize(
    ("left", "right", "compatible"),
    [
        (
            quantity("11.3亿", Decimal("11.3") * YI),
            quantity("11.33亿", Decimal("11.33") * YI),
            True,
        ),
        (
            quantity("超过10亿", 10 * YI, qualifier=Qualifier.MORE_THAN),
            quantity("11.33亿", Decimal("11.33") * YI),
            True,
        ),
        (quantity("2000万", 2000 * WAN), quantity("0.2亿", Decimal("0.2") * YI), True),
        (
            quantity("11.33亿", Decimal("11.33") * YI),
            quantity("11.35亿", Decimal("11.35") * YI),
            False,
        ),
        (
            quantity("超过10亿", 10 * YI, qualifier=Qualifier.MORE_THAN),
            quantity("9.8亿", Decimal("9.8") * YI),
            False,
        ),
        (
            quantity("约3亿", 3 * YI, qualifier=Qualifier.ABOUT),
            quantity("3.2亿", Decimal("3.2") * YI),
            True,
        ),
        (
            quantity("近3亿", 3 * YI, qualifier=Qualifier.NEARLY),
            quantity("3.2亿", Decimal("3.2") * YI),
            False,
        ),
        (quantity("1/4", "0.25", Kind.FRACTION), quantity("25%", "25", Kind.PERCENT), True),
        (
            quantity("1/12", Decimal(1) / 12, Kind.FRACTION),
            quantity("1/23", Decimal(1) / 23, Kind.FRACTION),
            False,
        ),
    ],
)
def test_compatibility_of_stated_figures(left: Quantity, right: Quantity, compatible: bool) -> None:
    assert intersects(comparable_interval(left), comparable_interval(right)) is compatible


def test_arithmetic_is_exact() -> None:
    tenth = point(Fraction(1, 10))
    assert add(tenth, point(Fraction(2, 10))) == point(Fraction(3, 10))
    assert sub(closed(5, 6), closed(1, 2)) == closed(3, 5)
    assert scale(closed(1, 2), -2) == closed(-4, -2)
    assert mul(closed(2, 3), closed(4, 5)) == closed(8, 15)
    assert div(closed(14, 15), closed(4, 5)) == closed(Fraction(14, 5), Fraction(15, 4))
    assert hull(closed(1, 2), Interval(F("3"), None, low_open=True)) == Interval(F("1"), None)


def test_open_ends_propagate() -> None:
    more_than = Interval(F("10"), None, low_open=True)
    assert add(more_than, point(1)) == Interval(F("11"), None, low_open=True)
    assert mul(more_than, closed(2, 3)) == Interval(F("20"), None, low_open=True)
    assert mul(closed(0, 1), Interval(F("2"), F("3"), low_open=True)).low_open is False
    assert div(closed(1, 2), Interval(F("1"), None)) == Interval(F("0"), F("2"), low_open=True)


def test_growth_rate_from_rounded_figures() -> None:
    before = interval_of(quantity("4.01亿", Decimal("4.01") * YI))
    after = interval_of(quantity("14.48亿", Decimal("14.48") * YI))
    rate = scale(sub(div(after, before), point(1)), 100)
    assert intersects(rate, interval_of(quantity("261.1%", "261.1", Kind.PERCENT)))
    assert not intersects(rate, interval_of(quantity("263%", "263", Kind.PERCENT)))


def test_unsupported_products_fail_loudly() -> None:
    with pytest.raises(ValueError):
        mul(closed(-1, 1), closed(1, 2))
    with pytest.raises(ValueError):
        div(closed(1, 2), closed(0, 1))


@pytest.mark.parametrize(
    ("written", "half_width"),
    [
        ("19家", Fraction(0)),  # things come in ones: a count to the unit is exact
        ("160038辆", Fraction(0)),
        ("1,024名", Fraction(0)),
        ("1.6万辆", Fraction(500)),  # rounded to the thousand
        ("19公里", Fraction(1, 2)),  # measured, so rounded to the unit
        ("19元", Fraction(1, 2)),
    ],
)
def test_whole_counts_of_things_are_exact(written: str, half_width: Fraction) -> None:
    from corpuslint.parse.quantities import find_quantities

    [found] = find_quantities(written)
    interval = interval_of(found)
    assert interval.low is not None and interval.high is not None
    assert (interval.high - interval.low) / 2 == half_width


def test_parts_of_whole_counts_that_miss_by_one_are_reported(tmp_path, capsys) -> None:
    from corpuslint.cli import main

    article = tmp_path / "a.txt"
    article.write_text("该区有托育机构19家、普惠幼儿园20家，合计40家。", encoding="utf-8")
    assert main(["check", str(article), "--as-of", "2026-11-23", "--select", "CL201"]) == 1
    assert "19家 + 20家 = 39家, not 40家" in capsys.readouterr().out

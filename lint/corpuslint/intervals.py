"""Exact interval arithmetic over stated figures, in the spirit of XBRL Calculations 1.1.

A figure in running text is not a number but a commitment to an interval: 11.33亿 means
[11.325亿, 11.335亿] (half a unit of the last stated digit either side), 超过10亿 means
(10亿, ∞), 约3亿 means 3亿 give or take a configurable margin. Two figures contradict each
other only when their intervals do not intersect, and a computed figure (a sum, a share, a
growth rate) is wrong only when the interval computed from the inputs misses the interval of
the stated result. All arithmetic is exact (``Fraction``): a float would turn 0.1 + 0.2 into a
false finding.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from functools import cache
from typing import TYPE_CHECKING

import regex
from pydantic import BaseModel, ConfigDict

from corpuslint.quantity import Kind, Qualifier
from corpuslint.units import COUNT, surface_forms

if TYPE_CHECKING:
    from corpuslint.quantity import Quantity


class Margins(BaseModel):
    """How far hedged figures may stray from the number written, as fractions of it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    about: Decimal = Decimal("0.1")  # 约3亿: [2.7亿, 3.3亿]
    nearly: Decimal = Decimal("0.1")  # 近3亿: [2.7亿, 3亿]
    many: Decimal = Decimal("1")  # 200多 with no stated upper bound: [200, 400]


DEFAULT_MARGINS = Margins()


@dataclass(frozen=True, slots=True)
class Interval:
    """A real interval; a bound of None is infinite (and always open)."""

    low: Fraction | None
    high: Fraction | None
    low_open: bool = False
    high_open: bool = False

    def __str__(self) -> str:
        low = "-∞" if self.low is None else _show(self.low)
        high = "∞" if self.high is None else _show(self.high)
        return f"{'(' if self.low_open or self.low is None else '['}{low}, {high}" + (
            ")" if self.high_open or self.high is None else "]"
        )

    @property
    def bounded(self) -> bool:
        return self.low is not None and self.high is not None

    def contains(self, value: Fraction | int) -> bool:
        return intersects(self, point(value))


UNBOUNDED = Interval(None, None)


def point(value: Fraction | Decimal | int) -> Interval:
    exact = Fraction(value)
    return Interval(exact, exact)


def closed(low: Fraction | Decimal | int, high: Fraction | Decimal | int) -> Interval:
    return Interval(Fraction(low), Fraction(high))


def intersects(a: Interval, b: Interval) -> bool:
    """True when some number lies in both intervals (so both statements can be true)."""
    low, low_open = _max_low(a, b)
    high, high_open = _min_high(a, b)
    if low is None or high is None:
        return True
    return low < high or (low == high and not low_open and not high_open)


def hull(a: Interval, b: Interval) -> Interval:
    """The smallest interval containing both."""
    if a.low is None or b.low is None:
        low, low_open = None, False
    elif a.low != b.low:
        low, low_open = (a.low, a.low_open) if a.low < b.low else (b.low, b.low_open)
    else:
        low, low_open = a.low, a.low_open and b.low_open
    if a.high is None or b.high is None:
        high, high_open = None, False
    elif a.high != b.high:
        high, high_open = (a.high, a.high_open) if a.high > b.high else (b.high, b.high_open)
    else:
        high, high_open = a.high, a.high_open and b.high_open
    return Interval(low, high, low_open, high_open)


def add(a: Interval, b: Interval) -> Interval:
    return Interval(
        None if a.low is None or b.low is None else a.low + b.low,
        None if a.high is None or b.high is None else a.high + b.high,
        a.low_open or b.low_open,
        a.high_open or b.high_open,
    )


def negate(a: Interval) -> Interval:
    return Interval(
        None if a.high is None else -a.high,
        None if a.low is None else -a.low,
        a.high_open,
        a.low_open,
    )


def sub(a: Interval, b: Interval) -> Interval:
    return add(a, negate(b))


def scale(a: Interval, factor: Fraction | int) -> Interval:
    """``a`` times a known number."""
    factor = Fraction(factor)
    if factor == 0:
        return point(0)
    low = None if a.low is None else a.low * factor
    high = None if a.high is None else a.high * factor
    if factor > 0:
        return Interval(low, high, a.low_open, a.high_open)
    return Interval(high, low, a.high_open, a.low_open)


def mul(a: Interval, b: Interval) -> Interval:
    """The product of two non-negative intervals (amounts, shares, ratios)."""
    _require_non_negative(a, b)
    low = a.low * b.low  # type: ignore[operator]
    high = None if a.high is None or b.high is None else a.high * b.high
    # The low end is reached when both factors reach theirs, or when one of them is a closed 0.
    low_open = not (
        (not a.low_open and not b.low_open)
        or (a.low == 0 and not a.low_open)
        or (b.low == 0 and not b.low_open)
    )
    return Interval(low, high, low_open, a.high_open or b.high_open)


def div(a: Interval, b: Interval) -> Interval:
    """``a / b`` for a non-negative ``a`` and a strictly positive ``b``."""
    _require_non_negative(a, b)
    if b.low == 0:
        raise ValueError(f"division by an interval that contains zero: {b}")
    low = Fraction(0) if b.high is None else a.low / b.high  # type: ignore[operator]
    high = None if a.high is None else a.high / b.low  # type: ignore[operator]
    reaches_low = not a.low_open and (a.low == 0 or (b.high is not None and not b.high_open))
    low_open = not reaches_low
    return Interval(low, high, low_open, a.high_open or b.low_open)


def interval_of(quantity: Quantity, margins: Margins = DEFAULT_MARGINS) -> Interval:
    """The interval a stated figure commits the writer to, in canonical units.

    Fractions are left as written (0.25 for 1/4); use :func:`comparable_interval` to compare
    them with percentages.
    """
    value = None if quantity.value is None else Fraction(quantity.value)
    q = quantity.qualifier
    if q in (Qualifier.RANGE, Qualifier.APPROXIMATE_MANY) or value is None:
        return _stated_bounds(quantity, value, margins)
    half = _precision(quantity) / 2
    if q is Qualifier.EXACT:
        exact = Interval(value - half, value + half)
        if quantity.low is not None and quantity.high is not None:
            return hull(exact, closed(quantity.low, quantity.high))
        return exact
    if q is Qualifier.ABOUT:
        margin = Fraction(margins.about) * abs(value)
        return Interval(value - margin - half, value + margin + half)
    if q is Qualifier.NEARLY:  # slightly short of the figure, towards zero: 近-3% is -3..-2.7
        shortfall = Fraction(margins.nearly) * value
        if value < 0:
            return Interval(value, value - shortfall)
        return Interval(value - shortfall, value)
    if q is Qualifier.MORE_THAN:
        return Interval(value, None, low_open=True)
    if q is Qualifier.AT_LEAST:
        return Interval(value, None)
    floor = None if quantity.low is None else Fraction(quantity.low)
    if q is Qualifier.LESS_THAN:
        return Interval(floor, value, high_open=True)
    return Interval(floor, value)  # AT_MOST


def stated_interval(quantity: Quantity) -> Interval | None:
    """The written figure alone, to its precision, ignoring 超过/约/近: what a reader takes away
    as "the number" (超过2.5亿 states 2.5亿). None when no single figure is stated."""
    if quantity.value is None:
        return None
    value = Fraction(quantity.value)
    half = _precision(quantity) / 2
    return Interval(value - half, value + half)


RATIO_KINDS = frozenset({Kind.PERCENT, Kind.FRACTION})


def comparable_interval(quantity: Quantity, margins: Margins = DEFAULT_MARGINS) -> Interval:
    """Like :func:`interval_of`, with fractions in percent so that 1/4 meets 25%."""
    interval = interval_of(quantity, margins)
    return scale(interval, 100) if quantity.kind is Kind.FRACTION else interval


def _stated_bounds(quantity: Quantity, value: Fraction | None, margins: Margins) -> Interval:
    """200多, 3-5万, 数十: the parser's bounds, widened by the precision of the figures."""
    low = None if quantity.low is None else Fraction(quantity.low)
    high = None if quantity.high is None else Fraction(quantity.high)
    if low is None and high is None:
        if value is None:
            return UNBOUNDED
        return Interval(value, value * (1 + Fraction(margins.many)))
    half = _precision(quantity) / 2
    return Interval(
        None if low is None else low - half,
        None if high is None else high + half,
    )


# The numeral of a figure as written: 11.33 in 11.33亿, 4,557.12 in 4,557.12亿元.
_NUMERAL = regex.compile(r"\d[\d,]*(?:\.(\d+))?")


@cache
def _discrete_units() -> frozenset[str]:
    """Units of things counted one by one (人, 家, 辆), not measured (公里, 小时)."""
    return frozenset(form.unit for form in surface_forms().values() if form.group == COUNT)


def _precision(quantity: Quantity) -> Fraction:
    """One unit of the last stated digit, in canonical units.

    The parser's precision wins; otherwise it is recovered from the numeral as written, so
    that 11.3亿 is read as [11.25亿, 11.35亿] rather than a single point that contradicts
    11.33亿. A figure we cannot read (三千, 1/12) is taken as exact, and so is a whole number of
    things (19项, 160038辆): things come in ones, so a count to the unit is not rounded.
    """
    if quantity.precision is not None:
        if quantity.precision == 1 and quantity.unit in _discrete_units():
            return Fraction(0)
        return Fraction(quantity.precision)
    if quantity.value is None or quantity.kind is Kind.FRACTION:
        return Fraction(0)
    numerals = _NUMERAL.findall(quantity.text)
    match = _NUMERAL.search(quantity.text)
    if match is None or len(numerals) != 1:
        return Fraction(0)
    numeral = Fraction(Decimal(match.group(0).replace(",", "")))
    if numeral == 0:
        return Fraction(0)
    unit_scale = Fraction(quantity.value) / numeral
    return unit_scale / 10 ** len(match.group(1) or "")


def _max_low(a: Interval, b: Interval) -> tuple[Fraction | None, bool]:
    if a.low is None:
        return b.low, b.low_open
    if b.low is None or a.low > b.low:
        return a.low, a.low_open
    if b.low > a.low:
        return b.low, b.low_open
    return a.low, a.low_open or b.low_open


def _min_high(a: Interval, b: Interval) -> tuple[Fraction | None, bool]:
    if a.high is None:
        return b.high, b.high_open
    if b.high is None or a.high < b.high:
        return a.high, a.high_open
    if b.high < a.high:
        return b.high, b.high_open
    return a.high, a.high_open or b.high_open


def _require_non_negative(*intervals: Interval) -> None:
    for interval in intervals:
        if interval.low is None or interval.low < 0:
            raise ValueError(f"only non-negative intervals are supported here: {interval}")


def _show(value: Fraction) -> str:
    if value.denominator == 1:
        return str(value.numerator)
    return f"{float(value):.6g}"  # display only; never used in a comparison

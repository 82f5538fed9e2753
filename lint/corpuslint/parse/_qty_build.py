"""Turning one match of the master pattern into a figure: the core of each alternative.

A :class:`Figure` is the mutable working state of one candidate; quantities.py adds the
context (qualifier words, currency prefix, growth verb) and freezes it into a Quantity.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import regex

from corpuslint.parse import _qty_lexicon as lex
from corpuslint.parse._qty_script import fold
from corpuslint.parse.numerals import DIGITS, MAGNITUDES, Numeral, parse_numeral, scale_of, tidy
from corpuslint.quantity import Kind, Qualifier
from corpuslint.units import MONEY, PERCENT, UnitForm, surface_forms

_NOT_AMOUNT = frozenset(lex.NOT_AMOUNT_WORDS)
_LONE_PLACES = {"百": 100, "千": 1000, "万": 10**4, "亿": 10**8}
_TOO_LARGE = Decimal(10) ** 20
_ARABIC_SCALES = "十百千万亿兆"
# When a range A至B is a change from A to B (two figures) instead: after 从/由 (从3万到5万);
# also after a rise or fall verb (增加3000万至6.3亿: A and B of different magnitudes); or
# always, where it cannot be one range (5万到3万 falls; 8.1%至1.2万亿元 mixes a percent and
# a level). quantities._is_change decides.
SPLIT_AFTER_OPENER, SPLIT_AFTER_VERB, SPLIT_ALWAYS = 1, 2, 3
# 上升0.2%至5.3%: a range of percentages rarely spans more than this factor; a change of a
# rate (by 0.2 to 5.3) usually does.
_PERCENT_CHANGE_RATIO = 10


@dataclass(slots=True)
class Figure:
    start: int
    end: int
    kind: Kind
    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    qualifier: Qualifier = Qualifier.EXACT
    precision: Decimal | None = None
    unit: str | None = None
    currency: str | None = None
    population: str | None = None
    growth_verb: str | None = None
    measure_word: str | None = None
    chinese_only: bool = False  # written in Chinese numerals without 万/亿: needs a unit
    scaled: bool = False  # has a magnitude (万, 亿) or a place (千) after Arabic digits
    bare: bool = False  # a plain figure: must not touch Latin letters (iOS 13, 5G)
    # A range A至B that may be a change from A to B instead (从3万到5万): where B starts, and
    # when it is one (SPLIT_AFTER_OPENER …). 0 for a figure that is not such a range.
    split_at: int = 0
    split_when: int = 0
    lone_place: bool = False  # 千人: a figure only after a qualifier (逾千人), not in 千人计划

    def moved(self, offset: int) -> Figure:
        return Figure(
            self.start + offset, self.end + offset, self.kind, self.value, self.low, self.high,
            self.qualifier, self.precision, self.unit, self.currency, self.population,
            self.growth_verb, self.measure_word, self.chinese_only, self.scaled, self.bare,
            self.split_at, self.split_when, self.lone_place,
        )

    def scale(self, factor: Decimal) -> None:
        self.value, self.low, self.high, self.precision = (
            None if x is None else x * factor for x in (self.value, self.low, self.high, self.precision)
        )


def exact(start: int, end: int, kind: Kind, value: Decimal, precision: Decimal | None) -> Figure:
    return Figure(start, end, kind, value, value, value, precision=precision)


def fan(match: regex.Match[str]) -> Figure:
    """翻番 = x2, 翻两番 = x4: the count of doublings; 翻倍, 翻了一倍 = x2. A multiple like N倍."""
    doublings = DIGITS.get(fold(match["fan_n"] or "一"), None) or int(match["fan_n"])
    figure = exact(*match.span("fan"), Kind.MULTIPLE, Decimal(2**doublings), None)
    figure.growth_verb = "翻倍" if match["fan"].endswith("倍") else "翻番"
    figure.unit = "multiple"
    if match["fan_q"]:  # 翻了近一番: nearly doubled
        figure.qualifier = lex.PRE_QUALIFIERS[fold(match["fan_q"])]
    return figure


def every(match: regex.Match[str]) -> Figure | None:
    """每12个广东人中就有一个: one in twelve, of the population 广东人."""
    population = match["every_pop"]
    # 每千名儿童中有3名: a place alone is one of it.
    whole = parse_numeral(match["every_den"]) or _lone_place(match["every_den"])
    part = parse_numeral(match["every_num"])
    if not (match["every_in"] or match["every_then"]) or fold(population) in lex.TIME_WORDS:
        return None
    if whole is None or part is None or not 0 < part.value <= whole.value:
        return None
    figure = exact(*match.span("every"), Kind.FRACTION, part.value / whole.value, None)
    figure.population = population
    return figure


def percent_of(match: regex.Match[str]) -> Figure | None:
    """百分之三十 = 30%, 千分之五 = 0.5%."""
    numeral = parse_numeral(match["pct_num"])
    if numeral is None:
        return None
    figure = exact(*match.span("pct"), Kind.PERCENT, numeral.value, numeral.precision)
    figure.scale(lex.PERCENT_PER_PART[fold(match["pct_den"])])
    figure.unit = "percent"
    return figure


def fraction(match: regex.Match[str]) -> Figure | None:
    whole, part = parse_numeral(match["frac_den"]), parse_numeral(match["frac_num"])
    if whole is None or part is None or whole.value == 0:
        return None
    return exact(*match.span("frac"), Kind.FRACTION, part.value / whole.value, None)


def slash(match: regex.Match[str]) -> Figure | None:
    """1/4 is a fraction; 6/30 is a date. Only small denominators are taken as fractions."""
    part, whole = int(fold(match["slash_a"])), int(fold(match["slash_b"]))
    if not 0 < part < whole <= 10:
        return None
    return exact(*match.span("slash"), Kind.FRACTION, Decimal(part) / Decimal(whole), None)


def vague(match: regex.Match[str]) -> Figure:
    """几十, 数百万, 上千: an unknown digit 1-9 in the stated place."""
    place = Decimal(scale_of(fold(match["vague_place"])))
    start = match.start("vague")
    end = match.end("vague_ji") if match["vague_ji"] else match.end("vague_place")  # 数以万计
    return Figure(start, end, Kind.NUMBER, None, place, 9 * place,
                  Qualifier.APPROXIMATE_MANY, place, scaled=True)


def pair(match: regex.Match[str]) -> Figure | None:
    """三五万, 三四十, 两三百: two neighbouring digits give a range."""
    low, high = (DIGITS[ch] for ch in fold(match["pair"]))
    if not low < high <= low + 2:
        return None
    suffix = fold(match["pair_scale"])
    step = Decimal(scale_of(suffix))
    return Figure(match.start("pair"), match.end("pair_scale"), Kind.NUMBER, None, low * step,
                  high * step, Qualifier.RANGE, step, scaled=bool(suffix))


def general(match: regex.Match[str]) -> Figure | list[Figure] | None:
    """A number, a range of two numbers, or an approximate number (200多万, 十几)."""
    first = _numeral(match["n1"])
    lone = first is None
    if lone:
        first = _lone_place(match["n1"])
        if first is None:
            return None
    start = match.start("sign") if match["sign"] else match.start("n1")
    end = max(match.end("n1"), match.end("approx"), match.end("scale2"))
    if match["n2"] is not None:
        return _range(match, first, start)
    sign = -1 if match["sign"] and fold(match["sign"]) in "-−负" else 1
    figure = exact(start, end, Kind.NUMBER, sign * first.value, first.precision)
    figure.chinese_only = _chinese_only(match["n1"])
    figure.scaled = bool(_scale_suffix(match["n1"])) or bool(match["scale2"])
    figure.lone_place = lone and not match["approx"]  # 百余家 needs no qualifier
    if match["approx"]:
        _approximate(figure, fold(match["approx"]))
    if match["scale2"]:
        figure.scale(Decimal(scale_of(fold(match["scale2"]))))
    return figure


def _range(match: regex.Match[str], first: Numeral, start: int) -> Figure | list[Figure] | None:
    second = _numeral(match["n2"])
    if second is None:
        return None
    low, high = first.value, second.value
    suffix, first_suffix = _scale_suffix(match["n2"]), _scale_suffix(match["n1"])
    # 3-5万: the 万 belongs to both ends; not in 8%至5万, where the first end is a percent.
    shared = bool(suffix) and not first_suffix and match["u1"] is None
    if shared:
        low *= scale_of(suffix)
    if _looks_like_years(match["n1"], match["n2"]):
        return None
    end = max(match.end("n2"), match.end("approx"), match.end("scale2"))
    figure = Figure(start, end, Kind.NUMBER, None, min(low, high), max(low, high),
                    Qualifier.RANGE, second.precision)
    figure.split_when = _split_when(match, low, high, shared, first_suffix != suffix)
    if figure.split_when:
        figure.split_at = match.start("n2") - start
    figure.chinese_only = _chinese_only(match["n2"])
    figure.scaled = bool(suffix)
    if match["scale2"]:
        figure.scale(Decimal(scale_of(fold(match["scale2"]))))
    return figure


def _split_when(
    match: regex.Match[str], low: Decimal, high: Decimal, shared: bool, magnitudes_differ: bool
) -> int:
    """When the range of *match* is a change between two figures (see SPLIT_AFTER_OPENER)."""
    percent_first = match["u1"] is not None
    if low > high or (percent_first and fold(match["unit"] or "") != "%"):
        return SPLIT_ALWAYS
    if shared:
        return 0  # 从3到5万: the shared 万 makes it one range
    if percent_first:
        return SPLIT_AFTER_VERB if high > _PERCENT_CHANGE_RATIO * low else SPLIT_AFTER_OPENER
    first_scaled = bool(_scale_suffix(match["n1"]))
    return SPLIT_AFTER_VERB if first_scaled and magnitudes_differ else SPLIT_AFTER_OPENER


def _approximate(figure: Figure, suffix: str) -> None:
    value = figure.value
    assert value is not None
    place = _last_nonzero_place(value)
    if lex.APPROXIMATE_SUFFIXES[suffix] == "more":  # 200多 -> [200, 300)
        figure.low, figure.high, figure.qualifier = value, value + place, Qualifier.RANGE
    elif lex.APPROXIMATE_SUFFIXES[suffix] == "digit":  # 十几 -> 11..19
        step = place / 10 if place >= 10 else Decimal(1)
        figure.value, figure.low, figure.high = None, value + step, value + 9 * step
        figure.qualifier, figure.precision = Qualifier.RANGE, step
    else:  # 20来 -> about 20
        figure.qualifier = Qualifier.ABOUT


def apply_unit(figure: Figure, written: str) -> bool:
    """Attach the unit written after the figure; False if the word makes it a non-amount."""
    folded = fold(written)
    if folded in _NOT_AMOUNT or folded in lex.MODEL_YEAR_WORDS and _a_year(figure):
        return False
    form: UnitForm = surface_forms()[folded]
    kind = lex.KIND_OF_GROUP[form.group]
    figure.kind, figure.measure_word = kind, written
    if figure.qualifier is Qualifier.EXACT and figure.value:
        _add_half_or_more(figure, folded)
    if form.group == PERCENT:
        figure.scale(lex.PERCENT_PER_UNIT[form.unit])
        figure.unit = "percent"
    elif form.group == MONEY:
        figure.unit = figure.currency = form.unit
    else:
        figure.unit = form.unit
    return True


def _a_year(figure: Figure) -> bool:
    """2024 in 2024款: a whole number that reads as a recent or coming year."""
    value = figure.value
    return value is not None and value == value.to_integral() and 1950 <= value <= 2099


def _add_half_or_more(figure: Figure, unit: str) -> None:
    """一成半, 一个半小时, 一倍半: one and a half, stated to the half; 5个多月, 两倍多: the range
    [5, 6), as 5多 (units.txt lists these forms with their unit)."""
    if "半" in unit:
        half = Decimal("0.5")
        figure.value = figure.low = figure.high = figure.value + half  # type: ignore[operator]
        figure.precision = half
    elif "多" in unit:
        _approximate(figure, "多")


def of_reasonable_size(figure: Figure) -> bool:
    """False for a nonsense stack of magnitudes (5亿万亿): no amount in news is near 10^20."""
    return all(x is None or abs(x) < _TOO_LARGE for x in (figure.value, figure.low, figure.high))


def freeze_decimals(figure: Figure) -> None:
    def tidied(number: Decimal | None) -> Decimal | None:
        return None if number is None else tidy(number)

    value = tidied(figure.value)
    # An exact figure's low and high are its value (the same object): tidy it once.
    figure.low = value if figure.low is figure.value else tidied(figure.low)
    figure.high = value if figure.high is figure.value else tidied(figure.high)
    figure.value, figure.precision = value, tidied(figure.precision)


def _lone_place(written: str) -> Numeral | None:
    """百, 千, 万, 亿 standing alone for one of them: 百余家, 千余人, 逾千人, 近万名."""
    place = _LONE_PLACES.get(fold(written))
    return None if place is None else Numeral(Decimal(place), Decimal(place))


def _numeral(written: str) -> Numeral | None:
    return parse_numeral(written.replace(" ", "").replace("\u00a0", "").replace("\u3000", ""))


def _scale_suffix(written: str) -> str:
    """The magnitude words a number ends with: 5万 -> 万, 3千万 -> 千万, 三千五百 -> ''."""
    folded = fold(written).rstrip()
    # After digits, places count too (3千); a compound ends in its last one (1亿2000万 -> 万,
    # 1万2000 -> '').
    trailing = _ARABIC_SCALES if folded[:1].isdigit() else "".join(MAGNITUDES)
    return folded[len(folded.rstrip(trailing)):]


def _chinese_only(written: str) -> bool:
    folded = fold(written)
    return not folded[:1].isdigit() and not any(ch in MAGNITUDES for ch in folded)


def _looks_like_years(first: str, second: str) -> bool:
    """2016-2018, 2019-06: calendar spans, not ranges of amounts."""
    left, right = fold(first), fold(second)
    return left.isdigit() and len(left) == 4 and 1900 <= int(left) <= 2100 and right.isdigit()


def _last_nonzero_place(value: Decimal) -> Decimal:
    return Decimal(1).scaleb(value.normalize().as_tuple().exponent)  # type: ignore[arg-type]

"""Find every quantity in running Chinese text.

One pass of the master pattern (_qty_patterns) proposes candidates; _qty_build reads each
candidate's core; this module adds what is written around it (qualifier words, a currency
prefix, a growth verb) and applies the conventions below.

Conventions (the canonical values serialised by ``corpuslint quantities``):

* Exact figures have ``low == high == value``; widening by ``precision`` is the checks' job.
* 约/左右 (about) keep ``low == high == value``. 超过/以上/逾 (more_than) and 至少 (at_least)
  give ``(value, None)``; 不到/以下 (less_than) and 最多/不超过 (at_most) give ``(None, value)``.
  近/将近/接近 (nearly) mean "slightly below": ``(None, value)``, qualifier ``nearly``.
* 200多 / 200余 is the range ``[200, 300)``: up to the next step of the last non-zero stated
  place (1.5万多 -> 15000..16000). ``value`` is the stated figure (200).
* 十几 is 11..19 and 二十几 21..29. 几十/数十/上百/数万 are ``approximate_many``: an unknown
  digit 1-9 in the stated place (数十亿 -> 1e9..9e9), ``value`` None.
* Two-number ranges (3-5万, 3万至5万, 三五万, 三四十) have ``value`` None.
* A bare Chinese numeral (三, 一) is a quantity only with a unit or measure word after it
  (三家, 一倍) or a magnitude inside it (三千万); 一些, 第三, 十分, 三大 are not quantities.
* Durations with a unit (4小时, 3个月) are counts with a pint time unit; years (3年) are skipped
  along with dates, because N年 is far more often a calendar year than a duration.
* Units: ``unit`` is a pint unit name from rules/units.txt (person, person_time, CNY, percent,
  percentage_point, multiple …). Fractions and bare numbers have no unit.
"""

from __future__ import annotations

import regex

from corpuslint.parse import _qty_build as build
from corpuslint.parse import _qty_lexicon as lex
from corpuslint.parse._qty_build import Figure
from corpuslint.parse._qty_patterns import before_figure, growth_verb, last_chars_before_figure, master
from corpuslint.parse._qty_script import fold
from corpuslint.quantity import Kind, Qualifier, Quantity
from corpuslint.units import prefix_forms

__all__ = ["Quantity", "find_quantities"]

_LOOK_BACK = 12  # characters searched for a qualifier or currency prefix before a figure
_OPEN_BELOW = frozenset({Qualifier.LESS_THAN, Qualifier.AT_MOST, Qualifier.NEARLY})
_OPEN_ABOVE = frozenset({Qualifier.MORE_THAN, Qualifier.AT_LEAST})
_SPACES = " \u00a0\u3000"


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in *text*, sorted by start offset and non-overlapping."""
    found: list[Quantity] = []
    floor = 0  # the left context of a figure may not reach into an earlier candidate
    for match in master().finditer(text):
        offset = match.start()
        for core in _interpretation(match):
            figure = core.moved(offset)
            if _fits_context(text, figure, floor):
                found.append(_freeze(text, figure))
                floor = figure.end
        floor = max(floor, match.end())
    return found


# What a matched string means does not depend on where it occurs, and figures recur (2019年,
# 一个, 10%), so interpretations are memoised by matched text, relative to the match start.
_CACHE_LIMIT = 1 << 16
_interpretations: dict[str, tuple[Figure, ...]] = {}


def _interpretation(match: regex.Match[str]) -> tuple[Figure, ...]:
    key = match.group()
    cached = _interpretations.get(key)
    if cached is None:
        cached = tuple(figure.moved(-match.start()) for figure in _interpret(match))
        if len(_interpretations) >= _CACHE_LIMIT:
            _interpretations.clear()
        _interpretations[key] = cached
    return cached


def _interpret(match: regex.Match[str]) -> list[Figure]:
    if match["skip"] is not None:
        return []
    core = _core(match)
    if core is None:
        return []
    figures = core if isinstance(core, list) else [core]
    return [figure for figure in figures if _complete(match, figure)]


def _core(match: regex.Match[str]) -> Figure | list[Figure] | None:
    if match["fan"] is not None:
        return build.fan(match)
    if match["every"] is not None:
        return build.every(match)
    if match["pct"] is not None:
        return build.percent_of(match)
    if match["frac"] is not None:
        return build.fraction(match)
    if match["slash"] is not None:
        return build.slash(match)
    if match["vague"] is not None:
        return build.vague(match)
    if match["pair"] is not None:
        return build.pair(match)
    return build.general(match)


def _complete(match: regex.Match[str], figure: Figure) -> bool:
    """Attach unit and trailing qualifier; False if the candidate turns out not to be a figure."""
    has_tail = match["vague"] is not None or match["pair"] is not None or match["n1"] is not None
    if has_tail and match["unit"] is not None:
        if not build.apply_unit(figure, match["unit"]):
            return False
        figure.end = match.end("unit")
    if has_tail and not _plausible(match, figure):
        return False
    if has_tail and match["post"] is not None:
        if figure.qualifier is Qualifier.EXACT:
            figure.qualifier = lex.POST_QUALIFIERS[fold(match["post"])]
        figure.end = match.end("post")
    build.freeze_decimals(figure)
    return True


def _plausible(match: regex.Match[str], figure: Figure) -> bool:
    """Reject bare numerals that are words rather than amounts; flag the ones to check in context."""
    if figure.unit is not None or match["post"] is not None and not figure.chinese_only:
        return True
    if match["pair"] is not None:
        return figure.scaled
    if figure.chinese_only and figure.qualifier is not Qualifier.RANGE:
        return False  # 三大, 一二: a lone Chinese numeral needs a unit
    figure.bare = not figure.scaled
    return True


def _fits_context(text: str, figure: Figure, floor: int) -> bool:
    """Check the neighbours of a figure and attach the words written before it."""
    if figure.bare and (
        _near_latin(text, figure.start - 1, -1) or _near_latin(text, figure.end, 1)  # iOS 13, 5G
        or figure.two_numbers and _opens_change(text, figure.start)
    ):
        return False
    _attach_left_context(text, figure, floor)
    if figure.kind is Kind.MULTIPLE and figure.growth_verb is None:
        verb = growth_verb().search(text, max(floor, figure.start - 6), figure.start)
        figure.growth_verb = verb["verb"] if verb else None
    return True


def _near_latin(text: str, index: int, step: int) -> bool:
    if 0 <= index < len(text) and text[index] in _SPACES:
        index += step
    return 0 <= index < len(text) and text[index].isascii() and text[index].isalpha()


def _opens_change(text: str, start: int) -> bool:
    return text[max(0, start - 1):start] in lex.CHANGE_OPENERS


def _attach_left_context(text: str, figure: Figure, floor: int) -> None:
    start = figure.start
    if start <= floor or text[start - 1] not in last_chars_before_figure():
        return
    context = before_figure().search(text, max(floor, start - _LOOK_BACK), start)
    if context is None or context.start() == start:
        return
    qualifier_word = context["qual"] or context["qual2"]
    if qualifier_word and figure.qualifier is Qualifier.EXACT:
        figure.qualifier = lex.PRE_QUALIFIERS[fold(qualifier_word)]
    if context["cur"] and (figure.currency is None or fold(figure.measure_word or "") == "元"):
        # A prefix names the currency that a bare 元 leaves open: 新台币2000亿元 is TWD.
        figure.currency = figure.unit = prefix_forms()[fold(context["cur"])]
        figure.kind = Kind.MONEY
    if qualifier_word or context["cur"]:
        figure.start = context.start()


def _freeze(text: str, figure: Figure) -> Quantity:
    low, high = figure.low, figure.high
    if figure.qualifier in _OPEN_ABOVE:
        high = None
    elif figure.qualifier in _OPEN_BELOW:
        low = None
    # Plain validated construction: with pydantic-core it is about twice as fast as
    # model_construct, which runs its field loop in Python.
    return Quantity(
        start=figure.start, end=figure.end, text=text[figure.start:figure.end], kind=figure.kind,
        value=figure.value, low=low, high=high, qualifier=figure.qualifier,
        precision=figure.precision, unit=figure.unit, currency=figure.currency,
        population=figure.population, growth_verb=figure.growth_verb,
        measure_word=figure.measure_word,
    )

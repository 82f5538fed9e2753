"""Find every quantity in running Chinese text.

One pass of the master pattern (_qty_patterns) proposes candidates; _qty_build reads each
candidate's core; this module adds what is written around it (qualifier words, a currency
prefix, a growth verb) and applies the conventions below.

Speed matters (whole corpora are scanned), so the hot path is short: the scan runs a stdlib
``re`` copy of the master pattern, readings are memoised by text and by shape (_qty_memo), and
a figure with nothing before it that could qualify it is a copy of its memoised quantity.

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

import re
from collections.abc import Iterator
from decimal import Decimal

import regex

from corpuslint.parse import _qty_build as build
from corpuslint.parse import _qty_lexicon as lex
from corpuslint.parse import _qty_memo as memo
from corpuslint.parse._qty_build import Figure
from corpuslint.parse._qty_memo import Reading, Readings
from corpuslint.parse._qty_patterns import (
    CUE,
    before_figure,
    context_endings,
    growth_verb,
    master,
    scanner,
)
from corpuslint.parse._qty_script import fold
from corpuslint.quantity import Kind, Qualifier, Quantity
from corpuslint.units import prefix_forms

__all__ = ["Quantity", "find_quantities"]

Match = re.Match[str] | regex.Match[str]  # scanner() and master() matches read the same way

_LOOK_BACK = 12  # characters searched for a qualifier or currency prefix before a figure
_OPEN_BELOW = frozenset({Qualifier.LESS_THAN, Qualifier.AT_MOST, Qualifier.NEARLY})
_OPEN_ABOVE = frozenset({Qualifier.MORE_THAN, Qualifier.AT_LEAST})
_SPACES = " \u00a0\u3000"
_LOCAL_DOLLARS = frozenset({"TWD", "HKD", "MOP"})  # currencies written 元 where they are used
_BARE_YUAN = ("元", "块", "块钱")
_NAMED_CNY = ("¥", "￥", "人民币", "RMB")
_CHANGE_VERBS = lex.RISE_VERBS + lex.FALL_VERBS
_HYPHENS = "-－"


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in *text*, sorted by start offset and non-overlapping."""
    found: list[Quantity] = []
    floor = 0  # the left context of a figure may not reach into an earlier candidate
    known = memo.by_text
    for match in _candidates(text):
        readings = known.get(match.group())
        if readings is None:
            readings = _readings(match)
        offset = match.start()
        for fields, bare, lone_place, split_at, split_when in readings:
            start, end = fields["start"] + offset, fields["end"] + offset  # type: ignore[operator]
            if split_at and _is_change(text, start, end, split_when):
                found.extend(_change_ends(text, start, start + split_at, end))
                floor = end
                continue
            if bare and _glued(text, start, end):
                continue
            values = fields.copy()
            values["start"], values["end"] = start, end
            if _may_have_left_context(text, start, floor):
                _attach_left_context(text, values, floor)
            if lone_place and values["qualifier"] is Qualifier.EXACT:
                continue  # 千人计划, 百家号: names, unless 逾, 近, 约 … makes 千人 an amount
            if values["kind"] is Kind.MULTIPLE and values["growth_verb"] is None:
                _attach_growth_verb(text, values, floor)  # 增长了6倍: the verb stands before
            # The matched text is the memoised one, so only a wider span changes the text.
            if values["start"] != start:
                values["text"] = text[values["start"]:end]  # type: ignore[misc]
            found.append(_quantity_of(values))
            floor = end
        floor = match.end()  # figures end inside their match
    return _with_local_dollar(_joined_ranges(text, found))


def _joined_ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    """100元-200元, 3万人至5万人: two figures with the same written unit around a range
    separator are one range (or a change: 从3万人到5万人), and the hyphen between them is never
    a minus sign. The pattern puts units only after the second number (3万至5万人)."""
    joined: list[Quantity] = []
    for quantity in found:
        before = joined[-1] if joined else None
        if before is None or before.measure_word is None or quantity.start - before.end > 3:
            joined.append(quantity)
            continue
        gap = text[before.end:quantity.start].strip(_SPACES)
        if not gap and quantity.text[:1] in _HYPHENS:  # 100元-200元: 200元, not -200
            quantity = _unsigned(quantity)
        elif len(gap) != 1 or gap not in lex.RANGE_SEPARATORS:
            joined.append(quantity)
            continue
        if _same_unit(before, quantity) and not _unit_range_is_change(text, before, quantity):
            joined[-1] = _range_of(text, before, quantity)
        else:
            joined.append(quantity)
    return joined


def _unsigned(quantity: Quantity) -> Quantity:
    """*quantity* without the hyphen it was read with as a minus sign."""
    def negated(x: Decimal | None) -> Decimal | None:
        return None if x is None else -x

    return _quantity_of(dict(quantity) | {
        "start": quantity.start + 1, "text": quantity.text[1:], "value": negated(quantity.value),
        "low": negated(quantity.high), "high": negated(quantity.low),
    })


def _same_unit(first: Quantity, second: Quantity) -> bool:
    return (
        first.qualifier is second.qualifier is Qualifier.EXACT and first.unit is not None
        and (first.kind, first.unit, first.currency) == (second.kind, second.unit, second.currency)
    )


def _unit_range_is_change(text: str, first: Quantity, second: Quantity) -> bool:
    """_is_change for 3万人至5万人: after 从/由, or after a rise or fall verb, where a unit
    written on both ends reads as by-and-to (减少120家至980家) whatever the magnitudes."""
    assert first.value is not None and second.value is not None
    when = build.SPLIT_ALWAYS if first.value > second.value else build.SPLIT_AFTER_VERB
    return _is_change(text, first.start, second.end, when)


def _range_of(text: str, first: Quantity, second: Quantity) -> Quantity:
    return _quantity_of(dict(second) | {
        "start": first.start, "text": text[first.start:second.end], "value": None,
        "low": first.value, "high": second.value, "qualifier": Qualifier.RANGE,
    })


def _with_local_dollar(found: list[Quantity]) -> list[Quantity]:
    """元 alone is the local dollar of an article that names only that one: in a report that
    writes 新台幣 and never 人民币, 每股盈餘32.34元 is TWD, not CNY."""
    named = {q.currency for q in found if q.kind is Kind.MONEY and not _bare_yuan(q)}
    if len(named) != 1 or not named <= _LOCAL_DOLLARS:
        return found
    (local,) = named
    return [
        _quantity_of(dict(q) | {"currency": local, "unit": local}) if _bare_yuan(q) else q
        for q in found
    ]


def _bare_yuan(quantity: Quantity) -> bool:
    """元 (块) with no currency written before or after it: CNY by default."""
    return (
        quantity.currency == "CNY"
        and fold(quantity.measure_word or "").endswith(_BARE_YUAN)
        and not any(named in fold(quantity.text) for named in _NAMED_CNY)  # 约合人民币3亿元
    )


def _candidates(text: str) -> Iterator[Match]:
    """The matches of master() in *text*, as its finditer would give them, found by scanner().

    Where the scanner only cues an alternative (CUE), master() decides at that position: if it
    matches, the scan resumes after its match; if not, the scan goes on from the next character,
    as master().finditer would, since no other alternative can start with the cue.
    """
    position = 0
    while True:
        for match in scanner().finditer(text, position):
            if match.lastgroup != CUE:
                yield match
                continue
            full = master().match(text, match.start())
            if full is not None:
                yield full
                position = full.end()
                break
        else:
            return


def _readings(match: Match) -> Readings:
    """Read *match*, by analogy if its shape is known, and memoise the result (the caller has
    looked for its text in the memo first)."""
    text = match.group()
    shaped = memo.shape_of(match)
    readings = memo.recall_shape(*shaped, text) if shaped else None
    if readings is None:
        start = match.start()
        readings = tuple(_reading(figure.moved(-start), text) for figure in _interpret(match))
        if shaped:
            memo.remember_shape(*shaped, readings)
    memo.remember(text, readings)
    return readings


def _reading(figure: Figure, matched: str) -> Reading:
    return Reading.of(figure, vars(_freeze(matched, figure)))


def _interpret(match: Match) -> list[Figure]:
    if match["skip"] is not None:
        return []
    core = _core(match)
    if core is None:
        return []
    figures = core if isinstance(core, list) else [core]
    return [figure for figure in figures if _complete(match, figure)]


def _core(match: Match) -> Figure | list[Figure] | None:
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


def _complete(match: Match, figure: Figure) -> bool:
    """Attach unit and trailing qualifier; False if the candidate turns out not to be a figure."""
    has_tail = match["vague"] is not None or match["pair"] is not None or match["n1"] is not None
    if has_tail and match["unit"] is not None:
        if not build.apply_unit(figure, match["unit"]):
            return False
        figure.end = match.end("unit")
    if has_tail and not _plausible(match, figure):
        return False
    # 三分之一以上, 百分之三十左右: fractions and the like have their own trailing qualifier.
    post = "post" if has_tail else "post_of" if match["post_of"] is not None else "post_frac"
    if match[post] is not None:
        if figure.qualifier is Qualifier.EXACT:
            figure.qualifier = lex.POST_QUALIFIERS[fold(match[post])]
        figure.end = match.end(post)
    if not build.of_reasonable_size(figure):
        return False
    build.freeze_decimals(figure)
    return True


def _plausible(match: Match, figure: Figure) -> bool:
    """Reject bare numerals that are words rather than amounts; flag the ones to check in context."""
    if figure.unit is not None or match["post"] is not None and not figure.chinese_only:
        return True
    if match["pair"] is not None:
        return figure.scaled
    if figure.chinese_only and figure.qualifier is not Qualifier.RANGE:
        return False  # 三大, 一二: a lone Chinese numeral needs a unit
    figure.bare = not figure.scaled
    return True


def _glued(text: str, start: int, end: int) -> bool:
    """Whether a bare figure is part of a name: iOS 13, 5G."""
    return _near_latin(text, start - 1, -1) or _near_latin(text, end, 1)


def _is_change(text: str, start: int, end: int, when: int) -> bool:
    """Whether the range at *start* is a change between two figures rather than a range: 从3万到5万
    (but 从3元到5元不等 is a range), and, for two figures of different magnitudes,
    增加3000万至6.3亿 (by 3000万, to 6.3亿); always for 5万到3万 and 增长8%至5万 (*when*:
    _qty_build.SPLIT_AFTER_OPENER …)."""
    if when == build.SPLIT_ALWAYS:
        return True
    if text.startswith(lex.RANGE_CLOSERS, end):
        return False
    before = fold(text[max(0, start - 3):start]).rstrip(_SPACES).removesuffix("了")
    if before.endswith(lex.CHANGE_OPENERS):
        return True
    return when == build.SPLIT_AFTER_VERB and before.endswith(_CHANGE_VERBS)


def _change_ends(text: str, start: int, second: int, end: int) -> list[Quantity]:
    """The two figures of a change, read on their own; the first takes the second's unit if it
    has none (从3万到5万人: both are numbers of people)."""
    first = _shifted(find_quantities(text[start:second]), start)
    last = _shifted(find_quantities(text[second:end]), second)
    if len(first) == len(last) == 1 and first[0].unit is None and last[0].unit is not None:
        first = [_quantity_of(dict(first[0]) | _unit_fields(last[0]))]
    return first + last


def _shifted(quantities: list[Quantity], offset: int) -> list[Quantity]:
    return [_quantity_of(dict(q) | {"start": q.start + offset, "end": q.end + offset})
            for q in quantities]


def _unit_fields(quantity: Quantity) -> dict[str, object]:
    return {"kind": quantity.kind, "unit": quantity.unit, "currency": quantity.currency,
            "measure_word": quantity.measure_word}


def _attach_growth_verb(text: str, values: dict[str, object], floor: int) -> None:
    start: int = values["start"]  # type: ignore[assignment]
    verb = growth_verb().search(text, max(floor, start - 6), start)
    values["growth_verb"] = verb["verb"] if verb else None


def _near_latin(text: str, index: int, step: int) -> bool:
    if 0 <= index < len(text) and text[index] in _SPACES:
        index += step
    return 0 <= index < len(text) and text[index].isascii() and text[index].isalpha()


def _may_have_left_context(text: str, start: int, floor: int) -> bool:
    """False if no qualifier or currency prefix ends right before *start* (after at most one
    space): a necessary condition for a before_figure() match, and far cheaper."""
    if start <= floor:
        return False
    end = start - 1 if text[start - 1] in _SPACES else start
    endings, lengths_by_last = context_endings()
    for size in lengths_by_last.get(text[end - 1], ()) if end else ():
        if size <= end and text[end - size:end] in endings:
            return True
    return False


def _attach_left_context(text: str, values: dict[str, object], floor: int) -> None:
    """Attach the qualifier and currency prefix written before a figure: 约人民币300亿元."""
    start: int = values["start"]  # type: ignore[assignment]
    context = before_figure().search(text, max(floor, start - _LOOK_BACK), start)
    if context is None or context.start() == start:
        return
    qualifier_word = context["qual"] or context["qual2"]
    if qualifier_word and values["qualifier"] is Qualifier.EXACT:
        qualifier = values["qualifier"] = lex.PRE_QUALIFIERS[fold(qualifier_word)]
        _open_interval(values, qualifier)
    if context["cur"] and (
        values["currency"] is None or fold(values["measure_word"] or "") == "元"  # type: ignore[arg-type]
    ):
        # A prefix names the currency that a bare 元 leaves open: 新台币2000亿元 is TWD.
        values["currency"] = values["unit"] = prefix_forms()[fold(context["cur"])]
        values["kind"] = Kind.MONEY
    if qualifier_word or context["cur"]:
        values["start"] = context.start()


def _open_interval(values: dict[str, object], qualifier: Qualifier) -> None:
    """Drop the bound a qualifier leaves open: 超过5亿 has no upper bound."""
    if qualifier in _OPEN_ABOVE:
        values["high"] = None
    elif qualifier in _OPEN_BELOW:
        values["low"] = None


def _freeze(text: str, figure: Figure) -> Quantity:
    """The validated Quantity of a figure read in *text* (once per distinct reading)."""
    values = {
        "start": figure.start, "end": figure.end, "text": text[figure.start:figure.end],
        "kind": figure.kind, "value": figure.value, "low": figure.low, "high": figure.high,
        "qualifier": figure.qualifier, "precision": figure.precision, "unit": figure.unit,
        "currency": figure.currency, "population": figure.population,
        "growth_verb": figure.growth_verb, "measure_word": figure.measure_word,
    }
    _open_interval(values, figure.qualifier)
    return Quantity(**values)


_new_instance = object.__new__
_set_slot = object.__setattr__
_ALL_FIELDS = frozenset(Quantity.model_fields)


def _quantity_of(values: dict[str, object]) -> Quantity:
    """The Quantity with these field *values* (all of them, of valid types: taken from a
    validated Quantity and changed only by this module's own code).

    Made the way pydantic's own ``model_construct`` makes an instance but without its generic
    Python-level loop: a quarter of the cost, and this runs once per figure. Every field is
    given, so the set of explicitly set fields is all of them (a new set per instance, as
    pydantic gives). tests/test_quantity_scan.py checks the result against validation.
    """
    quantity = _new_instance(Quantity)
    _set_slot(quantity, "__dict__", values)
    _set_slot(quantity, "__pydantic_fields_set__", set(_ALL_FIELDS))
    _set_slot(quantity, "__pydantic_extra__", None)
    _set_slot(quantity, "__pydantic_private__", None)
    return quantity

"""What the quantity parser remembers between figures: readings by text, and by shape.

Reading a matched string (parsing the numeral, looking up the unit, validating a Quantity)
costs far more than finding it, and most figures repeat: exactly (2019年, 一个, 10%), or up to
their digits (42284个 and 37485个, 6493.3万笔 and 8478.1万笔). So readings are memoised twice.

* By text: a string read once is never read again.
* By shape: for a plain Arabic number (no sign, no range, no 多/余/几/来) the digits change
  nothing but the value. Kind, unit, qualifier, precision and span follow from the shape of
  the text, and the value is the written number times a power of ten (a magnitude such as 万,
  a percent factor such as 成). A new figure of a known shape is one multiplication away from
  the figure it resembles. Shapes whose factor is not a power of ten are not remembered.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

import regex

from corpuslint.parse._qty_build import Figure
from corpuslint.parse.numerals import tidy

_CACHE_LIMIT = 1 << 16
_NUMBER_CHARS = "0123456789.,"
_AFTER_NUMBER = " \u00a0\u3000十百千万亿萬億兆"  # what may follow the digits inside n1: 5 万
_LONGEST_NUMBER = 20  # digits and separators; far below Decimal's 28 significant digits
_BLANK_DIGITS = str.maketrans("123456789", "000000000")


class Reading(NamedTuple):
    """One figure read from a matched string, relative to the start of the match."""

    fields: dict[str, object]  # the figure as a validated Quantity at offset 0, as a dict
    bare: bool  # a plain number: not a figure if glued to Latin letters (iOS 13, 5G)
    lone_place: bool  # 千人: a figure only if a qualifier stands before it (逾千人)
    split_at: int  # 从3万到5万: where the second figure starts if the range is a change
    split_when: int  # 增加3000万至6.3亿 is a change too (_qty_build.SPLIT_AFTER_OPENER …)

    @classmethod
    def of(cls, figure: Figure, fields: dict[str, object]) -> Reading:
        return cls(
            fields, figure.bare, figure.lone_place, figure.split_at, figure.split_when
        )


Readings = tuple[Reading, ...]

by_text: dict[str, Readings] = {}
# A shape's reading and the factor from written number to value; None: no figure in this shape.
_by_shape: dict[str, tuple[Reading, Decimal] | None] = {}


def clear() -> None:
    by_text.clear()
    _by_shape.clear()


def remember(text: str, readings: Readings) -> None:
    if len(by_text) >= _CACHE_LIMIT:
        by_text.clear()
    by_text[text] = readings


def shape_of(match: re.Match[str] | regex.Match[str]) -> tuple[str, str] | None:
    """(shape, written number) of a plain Arabic figure: 6493.3万笔 -> (0000.0万笔, 6493.3).
    None if the match is anything else, and the digits may mean more than a value."""
    written = match["n1"]
    if written is None or match["sign"] or match["n2"] is not None or match["approx"]:
        return None
    text = match.group()
    number = text[: len(text) - len(text.lstrip(_NUMBER_CHARS))]
    if (
        not number
        or len(number) > _LONGEST_NUMBER
        or not written.startswith(number)
        or written[len(number):].strip(_AFTER_NUMBER)  # １．５, 1．5: not plain ASCII
    ):
        return None
    return number.translate(_BLANK_DIGITS) + text[len(number):], number


def recall_shape(shape: str, number: str, text: str) -> Readings | None:
    """The readings of *text* by analogy with an earlier figure of the same *shape*."""
    if shape not in _by_shape:
        return None
    known = _by_shape[shape]
    if known is None:
        return ()
    reading, factor = known
    value = tidy(Decimal(number.replace(",", "")) * factor)
    fields = reading.fields.copy()
    fields["value"] = value
    fields["low"] = None if fields["low"] is None else value  # 以下: open below
    fields["high"] = None if fields["high"] is None else value  # 以上: open above
    fields["text"] = text[fields["start"]:fields["end"]]  # type: ignore[misc]
    return (reading._make((fields, *reading[1:])),)


def remember_shape(shape: str, number: str, readings: Readings) -> None:
    if len(_by_shape) >= _CACHE_LIMIT:
        _by_shape.clear()
    if not readings:
        _by_shape[shape] = None
        return
    fields = readings[0].fields
    value = fields["value"]
    written = Decimal(number.replace(",", ""))
    if len(readings) > 1 or not isinstance(value, Decimal) or not written:
        return
    if fields["low"] not in (None, value) or fields["high"] not in (None, value):
        return
    factor = value / written
    if factor == Decimal(1).scaleb(factor.adjusted()):  # exact, so every value is exact
        _by_shape[shape] = (readings[0], factor)

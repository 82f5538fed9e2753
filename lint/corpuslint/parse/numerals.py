"""Numbers as written in Chinese text: Arabic (1,234.5, １２３), Chinese numerals of any size
(三千五百万, 一亿零五十万, 十一点三三亿, financial 壹贰叁, Traditional 萬 億 兩) and mixtures (1.6万亿).

Besides the value, :func:`parse_numeral` reports the *stated precision*: the place value of the
last digit the writer stated, in the same units as the value. The rules:

* Arabic digits count every written digit, zeros included: 2000 -> 1, 2000万 -> 10000,
  11.33亿 -> 1000000, 49.9 -> 0.1.
* Chinese numerals name their places, so a zero is never "stated": precision is the place of the
  last non-zero digit. 三千五百万 -> 1000000, 二十亿 -> 1000000000, 一亿零五十万 -> 100000.
  The colloquial abbreviation 三万五 (= 35000) states the thousands: precision 1000.

Strings of bare Chinese digits without place words (二〇一九, 一二) are years or labels, not
amounts, and do not parse.
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

import regex

from corpuslint.parse._qty_script import fold

DIGITS = {
    "零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3, "四": 4,
    "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9,
    "玖": 9,
}
PLACES = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
# Largest first: a numeral is split at its largest magnitude word. 兆 is 10^12 as in Taiwan
# usage (1.5兆元); the mainland sense (兆瓦, megawatt) is a unit the quantity parser matches first.
MAGNITUDES = {"兆": 10**12, "亿": 10**8, "万": 10**4}
ZEROS = "零〇"
_ONE = Decimal(1)
_PRECISION = 28  # decimal's default context: quantize() fails beyond this many digits

# Places and magnitudes that may follow a number: 3千, 5000万, 1.6万亿, 3千万.
_SCALE = r"(?:[十百千]?(?:万亿|亿|万|兆)|[十百千])"
_ARABIC = regex.compile(
    rf"(?P<int>[0-9]{{1,3}}(?:,[0-9]{{3}})+|[0-9]+)(?:\.(?P<frac>[0-9]+))?(?P<scale>{_SCALE})?"
)
# What _SCALE matches, as a set (with "" for no suffix), and the characters it is made of.
_ARABIC_SCALES = frozenset(
    [""] + [place + big for place in ("", "十", "百", "千") for big in ("万亿", "亿", "万", "兆")]
    + ["十", "百", "千"]
)
_SCALE_CHARS = "十百千万亿兆"
_COMPOUND_PART = regex.compile(
    rf"零?(?P<int>[0-9]{{1,3}}(?:,[0-9]{{3}})+|[0-9]+)(?:\.(?P<frac>[0-9]+))?(?P<scale>{_SCALE}|)"
)
_WAN = 10**4
_CHINESE_DECIMAL = regex.compile(
    rf"(?P<int>[^点]+)点(?P<frac>[{''.join(DIGITS)}]+)(?P<scale>{_SCALE})?"
)


class Numeral(NamedTuple):
    value: Decimal
    precision: Decimal  # place value of the last stated digit, in the units of value


def parse_number(text: str) -> Decimal | None:
    """The value of a written number, or None if *text* is not exactly one number."""
    numeral = parse_numeral(text)
    return None if numeral is None else numeral.value


def stated_precision(text: str) -> Decimal | None:
    """The place value of the last stated digit of *text* (see the module docstring)."""
    numeral = parse_numeral(text)
    return None if numeral is None else numeral.precision


def parse_numeral(text: str) -> Numeral | None:
    """Value and stated precision of *text*; signs (+, -, −) are allowed in front."""
    plain = _plain_arabic(text)
    return plain if plain is not None else _parse_any(text)


def _parse_any(text: str) -> Numeral | None:
    """The general path: either script, full-width digits, a sign, thousands separators."""
    folded = fold(text).strip().replace("−", "-")
    sign = 1
    if folded[:1] in ("+", "-"):
        sign, folded = (-1 if folded[0] == "-" else 1), folded[1:]
    numeral = _parse_unsigned(folded)
    if numeral is None:
        return None
    return Numeral(tidy(sign * numeral.value), tidy(numeral.precision))


def tidy(number: Decimal) -> Decimal:
    """Canonical form: integers without exponent or trailing zeros (250000000, not 2.5E+8).
    Integers of more digits than the context's precision keep their exponent (no error)."""
    if number == number.to_integral_value() and number.adjusted() < _PRECISION:
        return number.quantize(_ONE)
    return number.normalize()


def scale_of(suffix: str) -> int:
    """The multiplier of a place/magnitude suffix: 千万 -> 10^7, 万亿 -> 10^12, '' -> 1."""
    factor = 1
    for ch in suffix:
        factor *= PLACES.get(ch) or MAGNITUDES[ch]
    return factor


def _plain_arabic(text: str) -> Numeral | None:
    """The commonest form, ASCII digits with an optional fraction and magnitude (42284, 13.6,
    5888万), read without the folding and regexes of the general path, with the same result.
    None means "not this form", and the general path decides."""
    digits = text.rstrip(_SCALE_CHARS)
    scale = text[len(digits):]
    integer, dot, fraction = digits.partition(".")
    if (
        scale not in _ARABIC_SCALES
        or not digits.isascii()
        or not integer.isdigit()
        or (dot and not fraction.isdigit())
    ):
        return None
    numeral = _arabic(integer, fraction, scale)
    return Numeral(tidy(numeral.value), tidy(numeral.precision))


def _parse_unsigned(text: str) -> Numeral | None:
    if not text:
        return None
    if match := _ARABIC.fullmatch(text):
        return _arabic(match["int"], match["frac"] or "", match["scale"] or "")
    if text[:1].isdigit():
        return _compound(text)
    if match := _CHINESE_DECIMAL.fullmatch(text):
        whole = chinese_integer(match["int"])
        if whole is None:
            return None
        digits = "".join(str(DIGITS[ch]) for ch in match["frac"])
        return _arabic(str(whole[0]), digits, match["scale"] or "")
    found = chinese_integer(text)
    return None if found is None else Numeral(Decimal(found[0]), Decimal(found[1]))


def _arabic(integer: str, fraction: str, scale: str) -> Numeral:
    factor = scale_of(scale)
    value = Decimal(f"{integer.replace(',', '')}.{fraction or '0'}") * factor
    return Numeral(value, Decimal(factor).scaleb(-len(fraction)))


def _compound(text: str) -> Numeral | None:
    """1亿2000万, 2万亿1617.4亿, 3万5千, 1万2000: Arabic numbers with falling magnitudes, added
    up. Each part must be below the magnitude before it (1亿2000万, not 1亿20000万); only the
    last may have none, and only after 万 (1万2000 is 12000; 1亿2000 is left unread)."""
    total, precision, position, parts = Decimal(0), _ONE, 0, 0
    above: int | None = None  # the magnitude of the part before
    for match in _COMPOUND_PART.finditer(text):
        part = _arabic(match["int"], match["frac"] or "", match["scale"])
        if match.start() != position or (above is not None and not part.value < above):
            return None
        if not match["scale"] and (above != _WAN or match.end() != len(text)):
            return None
        total, precision, position = total + part.value, part.precision, match.end()
        above, parts = scale_of(match["scale"]), parts + 1
    return Numeral(total, precision) if parts > 1 and position == len(text) else None


def chinese_integer(text: str) -> tuple[int, int] | None:
    """(value, precision) of a Chinese integer numeral such as 一亿零五十万, or None."""
    for word, magnitude in MAGNITUDES.items():
        head, found, tail = text.partition(word)
        if not found:
            continue
        # 百万, 千亿: a bare place before a magnitude implies 一 (alone, 百 is not a number).
        high = (PLACES[head],) * 2 if head in PLACES else chinese_integer(head) if head else None
        if high is None:
            return None  # a magnitude needs a multiplier: 万 alone is not a number
        value, precision = high[0] * magnitude, high[1] * magnitude
        if not tail:
            return value, precision
        if tail[0] in ZEROS:
            low = chinese_integer(tail.lstrip(ZEROS))
        elif tail in DIGITS:  # 三万五 is 35000: the digit fills the next place down
            low = DIGITS[tail] * magnitude // 10, magnitude // 10
        else:
            low = chinese_integer(tail)
        if low is None or low[0] >= magnitude:
            return None
        return value + low[0], low[1]
    return _section(text)


def _section(text: str) -> tuple[int, int] | None:
    """A numeral below 10000 (no 万/亿): 三千五百, 十一, 两百五, 一千零五."""
    value, precision = 0, None
    digit: int | None = None
    last_place: int | None = None
    after_zero = False
    for ch in text:
        if ch in DIGITS:
            if digit is not None:
                return None  # two digits in a row: 一二, 二〇一九
            if DIGITS[ch] == 0:
                after_zero = True
            else:
                digit = DIGITS[ch]
        elif ch in PLACES:
            place = PLACES[ch]
            if last_place is not None and place >= last_place:
                return None
            if digit is None:
                if place != 10:
                    return None  # 百 or 千 needs a digit in front; a bare 十 is ten
                digit = 1
            value += digit * place
            precision, last_place, digit, after_zero = place, place, None, False
        else:
            return None
    if digit is not None:
        # A trailing digit is the units, unless it abbreviates the next place: 两百五 = 250.
        place = 1 if after_zero or last_place in (None, 10) else last_place // 10
        value += digit * place
        precision = place
    if precision is None:
        return (0, 1) if after_zero else None
    return value, precision

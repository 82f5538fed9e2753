from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpuslint.parse.numerals import (
    _parse_any,
    _plain_arabic,
    parse_number,
    parse_numeral,
    stated_precision,
    tidy,
)


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        # Arabic: every written digit is stated, zeros included.
        ("2000", "2000", "1"),
        ("1,234", "1234", "1"),
        ("1,000.5", "1000.5", "0.1"),
        ("49.9", "49.9", "0.1"),
        ("１２３", "123", "1"),
        ("１２．５", "12.5", "0.1"),
        ("-5", "-5", "1"),
        ("+3.2", "3.2", "0.1"),
        ("−7", "-7", "1"),
        # Arabic with Chinese magnitudes.
        ("2.5亿", "250000000", "10000000"),
        ("11.33亿", "1133000000", "1000000"),
        ("1.6万亿", "1600000000000", "100000000000"),
        ("5000万", "50000000", "10000"),
        ("3千万", "30000000", "10000000"),
        ("3千", "3000", "1000"),
        ("１.５萬", "15000", "1000"),
        # Chinese numerals: precision is the last non-zero stated place.
        ("三千五百万", "35000000", "1000000"),
        ("一亿零五十万", "100500000", "100000"),
        ("十一点三三亿", "1133000000", "1000000"),
        ("二十亿", "2000000000", "1000000000"),
        ("十", "10", "10"),
        ("十五", "15", "1"),
        ("一百零五", "105", "1"),
        ("一千零五", "1005", "1"),
        ("两千", "2000", "1000"),
        ("零", "0", "1"),
        ("一万亿", "1000000000000", "1000000000000"),
        ("一千二百三十四万五千六百七十八", "12345678", "1"),
        ("零点五", "0.5", "0.1"),
        # Colloquial abbreviations: the trailing digit fills the next place down.
        ("三万五", "35000", "1000"),
        ("两百五", "250", "10"),
        ("一千二", "1200", "100"),
        # Traditional and financial forms.
        ("兩千億", "200000000000", "100000000000"),
        ("參拾", "30", "10"),
        ("壹佰贰拾叁", "123", "1"),
        ("貳萬", "20000", "10000"),
        ("陸仟", "6000", "1000"),
        ("一兆", "1000000000000", "1000000000000"),
        # Plain digits below 万 after it: one compound figure.
        ("6万4000", "64000", "1"),
        ("3萬2,150", "32150", "1"),
        ("零点七五", "0.75", "0.01"),
        ("零點三", "0.3", "0.1"),
    ],
)
def test_parses_value_and_precision(text: str, value: str, precision: str) -> None:
    numeral = parse_numeral(text)
    assert numeral is not None
    assert numeral.value == Decimal(value)
    assert numeral.precision == Decimal(precision)
    assert parse_number(text) == Decimal(value)
    assert stated_precision(text) == Decimal(precision)


def test_values_are_written_without_exponent() -> None:
    assert str(parse_number("2.5亿")) == "250000000"
    assert str(stated_precision("2.5亿")) == "10000000"


def test_huge_values_do_not_raise() -> None:
    # Beyond decimal's 28 digits quantize() would raise InvalidOperation (五亿兆亿 once did).
    assert tidy(Decimal("5E+30")) == Decimal("5E+30")


@pytest.mark.parametrize(
    "text",
    ["", "万", "亿", "二〇一九", "一二", "十三五", "1,2", "3.", "abc", "百", "千", "一百一百",
     "五十十", "1亿2000", "1万20000", "1万2000万3"],  # bare digits: after 万, last
)
def test_rejects_non_numbers(text: str) -> None:
    assert parse_number(text) is None


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0123456789.,十百千万亿兆 ", max_size=8))
def test_the_plain_arabic_shortcut_agrees_with_the_general_path(text: str) -> None:
    shortcut = _plain_arabic(text)
    if shortcut is not None:
        assert repr(shortcut) == repr(_parse_any(text))  # repr: same digits, same exponent


@pytest.mark.parametrize("text", ["42284", "13.6", "5888万", "378.5亿", "1.6万亿", "0.50", "3千"])
def test_the_plain_arabic_shortcut_covers_the_common_forms(text: str) -> None:
    assert _plain_arabic(text) is not None
    assert repr(_plain_arabic(text)) == repr(_parse_any(text))

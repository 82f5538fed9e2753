"""What the document-reading kinds share: figures by sentence, spans, display of numbers."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from corpuslint.analysis import DocumentAnalysis
    from corpuslint.quantity import Quantity
    from corpuslint.span import Span


def sorted_quantities(analysis: DocumentAnalysis) -> list[Quantity]:
    return sorted(analysis.quantities, key=lambda q: (q.start, q.end))


def sentences(analysis: DocumentAnalysis) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence, as offsets into ``document.text``."""
    for sentence in analysis.document.sentences:
        yield sentence.start, sentence.end


def quantities_between(quantities: list[Quantity], start: int, end: int) -> list[Quantity]:
    """The figures wholly inside [start, end) of ``quantities`` sorted by start (a bisect, since
    the arithmetic kinds ask this once per sentence)."""
    index = bisect_left(quantities, start, key=_start)
    found = []
    while index < len(quantities) and quantities[index].start < end:
        if quantities[index].end <= end:
            found.append(quantities[index])
        index += 1
    return found


def has_figure(quantities: list[Quantity], start: int, end: int) -> bool:
    """Whether [start, end) states an amount: 一个, 一款 ("a/an") do not count."""
    return any(not q.is_article for q in quantities_between(quantities, start, end))


def _start(quantity: Quantity) -> int:
    return quantity.start


def span(analysis: DocumentAnalysis, start: int, end: int) -> Span:
    return analysis.document.span(start, end)


def path(analysis: DocumentAnalysis) -> str:
    return str(analysis.document.path)


_SPACE = regex.compile(r"\s+")


def normalised(text: str) -> str:
    """Text for fingerprints: whitespace removed, so re-wrapping keeps the identity."""
    return _SPACE.sub("", text)


def show_number(value: Fraction, places: int = 2) -> str:
    """A computed figure for a message: rounded, trailing zeros dropped (182.28, 261.1)."""
    rounded = (Decimal(value.numerator) / Decimal(value.denominator)).quantize(
        Decimal(1).scaleb(-places)
    )
    shown = format(rounded.normalize(), "f")
    return "0" if shown in ("-0", "") else shown


_NUMERAL = regex.compile(r"\d[\d,]*(?:\.\d+)?")


def show_like(value: Fraction, written: Quantity) -> str:
    """A computed figure in the units of a written one: 90.6% or 5.2亿元 beside 5.5亿元."""
    match = _NUMERAL.search(written.text)
    if match is None or written.value is None or Fraction(match.group().replace(",", "")) == 0:
        return show_number(value)
    unit = Fraction(written.value) / Fraction(match.group().replace(",", ""))
    return f"{show_number(value / unit)}{written.text[match.end() :]}"

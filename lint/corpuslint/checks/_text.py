"""What the document-reading kinds share: figures by sentence, spans, display of numbers."""

from __future__ import annotations

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
    return [q for q in quantities if q.start >= start and q.end <= end]


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

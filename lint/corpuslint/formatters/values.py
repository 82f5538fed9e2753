"""How numbers and cells are rendered by the tabular formatters."""

from __future__ import annotations

import unicodedata
from decimal import Decimal


def json_number(value: Decimal | None) -> int | float | None:
    """Integral values stay exact integers in JSON; others become the nearest float."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def plain(value: Decimal | None) -> str:
    """A decimal without exponent or trailing zeros: 250000000, 0.3333333333, 49.9."""
    if value is None:
        return ""
    if value == value.to_integral_value():
        return str(int(value))
    text = f"{value.normalize():f}"
    if "." in text and len(text.split(".")[1]) > 10:
        text = f"{value:.10f}"
    return text


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def table(rows: list[list[str]], header: list[str]) -> str:
    """Columns aligned for a terminal, counting wide (CJK) characters as two cells."""
    all_rows = [header, *rows]
    widths = [max(display_width(r[i]) for r in all_rows) for i in range(len(header))]
    lines = []
    for row in all_rows:
        cells = [cell + " " * (widths[i] - display_width(cell)) for i, cell in enumerate(row)]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines) + "\n"

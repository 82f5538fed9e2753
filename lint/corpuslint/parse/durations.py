"""Ages given on the command line (``--max-age 2y6m``), counted in whole months."""

from __future__ import annotations

from datetime import date

import regex

from corpuslint.parse._dates_calendar import shift_months

__all__ = ["months_before", "parse_age"]

_AGE = regex.compile(r"(?:(?P<years>\d+)y)?(?:(?P<months>\d+)m)?", regex.IGNORECASE)


def parse_age(value: str) -> int:
    """Read an age such as ``3y``, ``18m`` or ``2y6m`` as a number of months.

    ``0y``/``0m`` are accepted (everything dated before the reference date counts as older).
    """
    match = _AGE.fullmatch(value.strip())
    if not value.strip() or match is None:
        raise ValueError(
            f"invalid age {value!r}: expected years and/or months such as 3y, 18m or 2y6m"
        )
    return int(match.group("years") or 0) * 12 + int(match.group("months") or 0)


def months_before(d: date, months: int) -> date:
    """The same day ``months`` earlier, clamped to the end of a shorter month (3-31 -> 2-29)."""
    return shift_months(d, -months)

"""Calendar arithmetic for the date parser: month ends, quarters, weeks, month offsets."""

from __future__ import annotations

import calendar
from datetime import date, timedelta


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def month_interval(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), month_end(year, month)


def quarter_interval(year: int, quarter: int) -> tuple[date, date]:
    first_month = 3 * (quarter - 1) + 1
    return date(year, first_month, 1), month_end(year, first_month + 2)


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def shift_months(d: date, months: int) -> date:
    """The same day ``months`` later (earlier if negative), clamped to the month's last day."""
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def week_interval(d: date, weeks_later: int = 0) -> tuple[date, date]:
    """Monday to Sunday of the week containing ``d``, shifted by whole weeks."""
    monday = d - timedelta(days=d.weekday()) + timedelta(weeks=weeks_later)
    return monday, monday + timedelta(days=6)


def shift_years(d: date, years: int) -> date:
    """The same day ``years`` later (earlier if negative); a month's last day stays its last
    day (2023-02-28 -> 2024-02-29), so shifted periods keep whole months."""
    shifted = shift_months(d, 12 * years)
    if d == month_end(d.year, d.month):
        return month_end(shifted.year, shifted.month)
    return shifted

"""Ages on the command line and month arithmetic."""

from __future__ import annotations

from datetime import date

import pytest

from corpuslint.parse.durations import months_before, parse_age


@pytest.mark.parametrize(
    ("value", "months"),
    [
        ("3y", 36), ("18m", 18), ("2y6m", 30), ("1y", 12), ("0y", 0), ("0m", 0), ("1Y", 12),
        (" 6m ", 6), ("10y11m", 131),
    ],
)
def test_parse_age(value, months):
    assert parse_age(value) == months


@pytest.mark.parametrize(
    "value", ["3", "abc", "-1y", "", "y", "m", "2m3y", "1.5y", "3 y", "3d", "3y-2m"]
)
def test_parse_age_rejects_junk(value):
    with pytest.raises(ValueError, match=r"invalid age .*expected years and/or months"):
        parse_age(value)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2021, 4, 12), 0, date(2021, 4, 12)),
        (date(2021, 4, 12), 36, date(2018, 4, 12)),
        (date(2021, 1, 15), 13, date(2019, 12, 15)),
        (date(2020, 3, 31), 1, date(2020, 2, 29)),  # clamped to the shorter month
        (date(2021, 3, 31), 1, date(2021, 2, 28)),
        (date(2020, 2, 29), 12, date(2019, 2, 28)),
        (date(2021, 12, 31), 6, date(2021, 6, 30)),
    ],
)
def test_months_before(day, months, expected):
    assert months_before(day, months) == expected

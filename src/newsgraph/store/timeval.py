"""ISO time values (TIMEX3 style) -> the first and last day they cover, for ordering and filters."""

from __future__ import annotations

import calendar
import re
from datetime import date

_QUARTERS = {1: (1, 3), 2: (4, 6), 3: (7, 9), 4: (10, 12)}
# Northern-hemisphere meteorological seasons; winter runs into the next year.
_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 14)}
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|AU|WI)$")
_YEAR = re.compile(r"^(\d{4})$")


def bounds(value: str | None) -> tuple[str | None, str | None]:
    """("2023-03" -> "2023-03-01", "2023-03-31"); a range "A/B" spans A's start to B's end."""
    if not value:
        return None, None
    if "/" in value:
        first, _, last = value.partition("/")
        return bounds(first)[0], bounds(last)[1]
    try:
        span = _span(value.strip())
    except ValueError:  # a malformed value orders nowhere rather than failing a write
        return None, None
    if span is None:
        return None, None
    return span[0].isoformat(), span[1].isoformat()


def _span(value: str) -> tuple[date, date] | None:
    if m := _DAY.match(value):
        d = date(int(m[1]), int(m[2]), int(m[3]))
        return d, d
    if m := _WEEK.match(value):
        year, week = int(m[1]), int(m[2])
        return date.fromisocalendar(year, week, 1), date.fromisocalendar(year, week, 7)
    if m := _MONTH.match(value):
        return _months(int(m[1]), int(m[2]), int(m[2]))
    if m := _QUARTER.match(value):
        return _months(int(m[1]), *_QUARTERS[int(m[2])])
    if m := _SEASON.match(value):
        return _months(int(m[1]), *_SEASONS[m[2]])
    if m := _YEAR.match(value):
        return date(int(m[1]), 1, 1), date(int(m[1]), 12, 31)
    return None


def _months(year: int, first: int, last: int) -> tuple[date, date]:
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    return date(year, first, 1), date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])

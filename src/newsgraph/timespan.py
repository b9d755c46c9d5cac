"""The days an ISO time value (TIMEX3 style) covers: one reading for events and the store.

"2023-03" is 2023-03-01 to 2023-03-31, "2023-W12" its Monday to Sunday ("2023-W12-WE" the
same week), "2023-Q2" three months, "2023-SU" a northern-hemisphere meteorological season
(winter runs into the next year), "199" the 1990s, "20" the 2000s, and "A/B" from A's first
day to B's last. Events use it to tell whether two times may be one event's and whether a time
is past; the store to order and filter by time. Values naming no days ("PRESENT_REF", "P3D",
"XXXX-WXX-2") and malformed ones ("2023-02-30") cover nothing: None.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class TimeSpan:
    """The days an ISO time value covers, both ends included."""

    start: date
    end: date


_QUARTERS = {1: (1, 3), 2: (4, 6), 3: (7, 9), 4: (10, 12)}
_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 14)}
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")  # (a clock time after it changes no day)
_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})(?:-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|AU|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")


def time_span(value: str | None) -> TimeSpan | None:
    """The first and last day ``value`` covers, or None."""
    if not value:
        return None
    if "/" in value:
        first, _, last = value.partition("/")
        a, b = time_span(first), time_span(last)
        return TimeSpan(a.start, b.end) if a and b else a or b
    try:
        return _single(value.strip())
    except ValueError:  # "2023-02-30", week 54: not a day, so no span
        return None


def _single(value: str) -> TimeSpan | None:
    if m := _DAY.match(value):
        day = date(int(m[1]), int(m[2]), int(m[3]))
        return TimeSpan(day, day)
    if m := _WEEK.match(value):
        year, week = int(m[1]), int(m[2])
        return TimeSpan(date.fromisocalendar(year, week, 1), date.fromisocalendar(year, week, 7))
    if m := _MONTH.match(value):
        return _months(int(m[1]), int(m[2]), int(m[2]))
    if m := _QUARTER.match(value):
        return _months(int(m[1]), *_QUARTERS[int(m[2])])
    if m := _SEASON.match(value):
        return _months(int(m[1]), *_SEASONS[m[2]])
    if m := _YEAR.match(value):
        return TimeSpan(date(int(m[1]), 1, 1), date(int(m[1]), 12, 31))
    if (m := _DECADE.match(value)) and int(m[1]) > 0:
        return TimeSpan(date(int(m[1]) * 10, 1, 1), date(int(m[1]) * 10 + 9, 12, 31))
    if (m := _CENTURY.match(value)) and int(m[1]) > 0:
        return TimeSpan(date(int(m[1]) * 100, 1, 1), date(int(m[1]) * 100 + 99, 12, 31))
    return None


def _months(year: int, first: int, last: int) -> TimeSpan:
    """Months ``first`` to ``last`` of ``year``; past 12 runs into the next year."""
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    return TimeSpan(date(year, first, 1), date(end_year, end_month, calendar.monthrange(end_year, end_month)[1]))

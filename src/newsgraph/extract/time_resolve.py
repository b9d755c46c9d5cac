"""Resolution: a ``Reading`` plus an anchor and a tense gives an ISO/TIMEX3 value.

``Reading`` (``time_read``) is what the words of a time expression say with no calendar
arithmetic done; ``resolve(reading, anchor, tense)`` pins it to the calendar, using the tense
of the clause the expression sits in (``times.clause_tense``) to choose between the Tuesday
before and the one after. ``Discourse`` resolves a text's readings in order, for the ones
counted from the last time mentioned ("the next day").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from newsgraph.extract.time_patterns import (
    EASTER_OFFSETS,
    FIXED_HOLIDAYS,
    RE_YEAR_EARLIER,
    SEASON_MONTHS,
    WEEKDAY_HOLIDAYS,
)
from newsgraph.extract.time_read import Reading

# ---------------------------------------------------------------------------------------------
# Resolution: a Reading plus an anchor and a tense gives an ISO value


def iso_week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def _shift_month(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def _pick_candidate(
    candidates: list[date], anchor: date, tense: str | None, reach: int | None = None
) -> date:
    """The candidate consistent with the tense, nearest the anchor; news leans to the past.

    With ``reach``, the tense decides within that many days, and beyond it only when the
    candidate against the tense is not close: "payable Nov. 6" in a past-tense sentence of
    Nov. 2 is this Nov. 6, not last year's, but "ended March 31" in November is this March.
    """
    past = [c for c in candidates if c <= anchor]
    future = [c for c in candidates if c >= anchor]
    if tense == "PAST" and past:
        near_future = any((c - anchor).days <= AGAINST_TENSE_DAYS for c in future)
        if reach is None or (anchor - max(past)).days <= reach or not near_future:
            return max(past)
    if tense == "FUTURE" and future:
        near_past = any((anchor - c).days <= AGAINST_TENSE_DAYS for c in past)
        if reach is None or (min(future) - anchor).days <= reach or not near_past:
            return min(future)
    return min(candidates, key=lambda c: (abs((c - anchor).days) - (PAST_BONUS_DAYS if c <= anchor else 0), c))


# Unknown tense: a past date this many days further away still wins over a future one
PAST_BONUS_DAYS = 1
# A day or month with no year follows the tense only this far from the anchor (tuned on TimeBank)
TENSE_REACH_DAYS = 183
# ... and beyond that reach it still decides unless the other candidate is this close
# ("the year ended March 31" in November is this March; "payable Nov. 6" on Nov. 2 is not last year's)
AGAINST_TENSE_DAYS = 60
# A month is named further back than a day: "in March" in a past clause of October is this March
MONTH_TENSE_REACH_DAYS = 275


def _resolve_weekday(weekday: int, anchor: date, tense: str | None, shift: int = 0) -> date:
    back = anchor - timedelta(days=(anchor.weekday() - weekday) % 7)
    if shift < 0:
        return back if back != anchor else back - timedelta(days=7)
    if shift > 0:
        return back + timedelta(days=7)
    return _pick_candidate([back, back + timedelta(days=7)] if back != anchor else [anchor], anchor, tense)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _resolve_month_day(r: Reading, anchor: date, tense: str | None) -> date | None:
    """A day with no year: the year that fits the tense and any stated weekday, nearest first."""
    days = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1)
            if (d := _safe_date(y, r.month or 1, r.day or 1))]
    if r.weekday is not None:
        matching = [d for d in days if d.weekday() == r.weekday]
        days = matching or days
    return _pick_candidate(days, anchor, tense, TENSE_REACH_DAYS) if days else None


def _resolve_date(r: Reading, anchor: date | None, tense: str | None) -> str | None:
    if r.year is not None and r.month and r.day:
        d = _safe_date(r.year, r.month, r.day)
        return _with_part(d.isoformat(), r.part) if d else None
    if r.year is not None and r.month:
        return f"{r.year}-{r.month:02d}"
    if anchor is None:
        return None
    if r.month and r.day and r.unit == "year":  # "March 13 last year": n is the year shift
        d = _safe_date(anchor.year + r.n, r.month, r.day)
        return _with_part(d.isoformat(), r.part) if d else None
    if r.month and r.day:
        d = _resolve_month_day(r, anchor, tense)
        return _with_part(d.isoformat(), r.part) if d else None
    if r.month:
        return _resolve_month(r, anchor, tense)
    if r.weekday is not None:
        return _with_part(_resolve_weekday(r.weekday, anchor, tense, r.n).isoformat(), r.part)
    if r.part:  # a clock time alone: on the anchor day
        return _with_part(anchor.isoformat(), r.part)
    return None


def _resolve_month(r: Reading, anchor: date, tense: str | None) -> str:
    """A month with no year: "last May", "this September", "in December" (tense decides)."""
    assert r.month
    first = date(anchor.year, anchor.month, 1)
    months = [date(anchor.year + k, r.month, 1) for k in (-1, 0, 1)]
    if r.unit == "year":  # "June last year", "January this year": n is the year shift
        return f"{anchor.year + r.n}-{r.month:02d}"
    if r.n < 0:
        pick = max(m for m in months if m < first)
        if _shift_month(pick.year, pick.month, 1) == (first.year, first.month) and pick.year == first.year:
            # "last February" written in March is not the month just gone (that is "last
            # month") but the February of the year before; "last December" written in
            # January is last year's, the month just gone
            pick = pick.replace(year=pick.year - 1)
    elif r.n > 0:
        pick = min(m for m in months if m > first)
    elif r.code == "this":
        pick = months[1]
    elif r.code == "ahead":  # "will vote in December": this month or a later one
        pick = min(m for m in months if m >= first)
    else:
        pick = _pick_candidate(months, first, tense, MONTH_TENSE_REACH_DAYS)
    return pick.strftime("%Y-%m")


def _with_part(day: str, part: str | None) -> str:
    if not part:
        return day
    return f"{day}T{part}"


def _resolve_relative(r: Reading, anchor: date, tense: str | None = None) -> str | None:
    unit, n = r.unit, r.n
    if r.code == "ordinal":  # "the eighth day of ...": the anchor's only if it is "now"
        return anchor.isoformat() if tense == "PRESENT" else None
    if unit == "day":
        return _with_part((anchor + timedelta(days=n)).isoformat(), r.part)
    if unit == "weekend" and n == 0 and r.code == "the":
        # "the weekend" read on Sunday to Tuesday, or in a past sentence, is the one just gone
        n = -1 if anchor.weekday() in (0, 1) or tense == "PAST" else 0
    if unit in ("week", "weekend"):
        week = iso_week(anchor + timedelta(weeks=n))
        return week + "-WE" if unit == "weekend" else week
    if unit == "month":
        year, month = _shift_month(anchor.year, anchor.month, n)
        return f"{year}-{month:02d}"
    if unit == "year":
        return str(anchor.year + n)
    if unit == "quarter":
        index = anchor.year * 4 + (anchor.month - 1) // 3 + n
        return f"{index // 4}-Q{index % 4 + 1}"
    if unit == "decade":
        return str(anchor.year // 10 + n)
    if unit == "century":
        return str(anchor.year // 100 + n)
    return None


def _resolve_ago(r: Reading, anchor: date) -> str | None:
    if r.unit == "day":
        return (anchor - timedelta(days=r.n)).isoformat()
    if r.unit == "week" and r.code == "years":  # 'ten years ago this week': not 520 weeks, which drift
        year = anchor.year - r.n
        return iso_week(_safe_date(year, anchor.month, anchor.day) or date(year, anchor.month, 28))  # (29 Feb)
    if r.unit == "week":
        return iso_week(anchor - timedelta(weeks=r.n))
    if r.unit == "month":
        year, month = _shift_month(anchor.year, anchor.month, -r.n)
        return f"{year}-{month:02d}"
    if r.unit == "quarter":
        return _resolve_relative(Reading("relative", unit="quarter", n=-r.n), anchor)
    if r.unit == "year":
        return str(anchor.year - r.n)
    return None


def _resolve_quarter(r: Reading, anchor: date | None, tense: str | None) -> str | None:
    if r.year is not None and r.code:
        return f"{r.year}-Q{r.code}"
    if r.unit == "period":  # no quarter to follow (Discourse supplies it when there is one)
        return str(r.year) if r.year is not None else None
    if anchor is None:
        return None
    if r.unit == "year" and r.code:
        return f"{anchor.year + r.n}-Q{r.code}"
    current = anchor.year * 4 + (anchor.month - 1) // 3
    if r.code:
        q = int(r.code) - 1
        # news names a quarter once it has started (results come after it ends): the latest
        # quarter with that number that is not in the future, whatever the tense
        pick = max(c for c in ((anchor.year + k) * 4 + q for k in (-1, 0)) if c <= current)
        if tense == "FUTURE" and pick < current - 1 and r.n != -4:
            # "expects a profit in the third quarter" written in March: the coming third
            # quarter (but "will report third-quarter results" in October is the one just ended)
            pick += 4
        pick += r.n if r.n == -4 else 0
        return f"{pick // 4}-Q{pick % 4 + 1}"
    if r.n == -4:  # "the year-ago quarter": the latest reported quarter, a year before
        index = current - 5
        return f"{index // 4}-Q{index % 4 + 1}"
    if r.unit == "latest":  # "the quarter", "the latest quarter": the last one reported
        index = current - 1 if tense != "FUTURE" else current
        return f"{index // 4}-Q{index % 4 + 1}"
    index = current + r.n
    return f"{index // 4}-Q{index % 4 + 1}"


def _resolve_season(r: Reading, anchor: date | None, tense: str | None) -> str | None:
    assert r.code
    if r.year is not None:
        return f"{r.year}-{r.code}"
    if anchor is None:
        return None
    if r.unit == "year":  # "the autumn of last year": n is the year shift
        return f"{anchor.year + r.n}-{r.code}"
    start_month = SEASON_MONTHS[r.code][0]
    starts = [date(anchor.year + k, start_month, 1) for k in (-1, 0, 1)]
    if r.unit == "this":
        year = anchor.year - (1 if r.code == "WI" and anchor.month <= 2 else 0)
        return f"{year}-{r.code}"
    if r.n:
        in_season = [s for s in starts if s <= anchor < _add_months(s, 3)]
        past = [s for s in starts if _add_months(s, 3) <= anchor]
        future = [s for s in starts if s > anchor]
        pick = max(past) if r.n < 0 and past else min(future) if future else starts[1]
        if in_season and r.n < 0:
            pick = in_season[0].replace(year=in_season[0].year - 1)
        return f"{pick.year}-{r.code}"
    current = [s for s in starts if s <= anchor < _add_months(s, 3)]
    if tense == "FUTURE" and current:
        return f"{current[0].year}-{r.code}"  # "will close in the spring" written in March: this spring
    return f"{_pick_candidate(starts, anchor, tense).year}-{r.code}"


def _add_months(d: date, n: int) -> date:
    year, month = _shift_month(d.year, d.month, n)
    return date(year, month, 1)


def holiday_date(name: str, year: int) -> date:
    """The day a holiday falls on in ``year``."""
    if name in FIXED_HOLIDAYS:
        return date(year, *FIXED_HOLIDAYS[name])
    if name in EASTER_OFFSETS:
        return _easter(year) + timedelta(days=EASTER_OFFSETS[name])
    month, weekday, nth = WEEKDAY_HOLIDAYS[name]
    first = date(year, month, 1)
    first_match = first + timedelta(days=(weekday - first.weekday()) % 7)
    if nth == 0:  # Election Day: the Tuesday after the first Monday
        first_monday = first + timedelta(days=(0 - first.weekday()) % 7)
        return first_monday + timedelta(days=1)
    if nth < 0:
        last = _add_months(first, 1) - timedelta(days=1)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    return first_match + timedelta(weeks=nth - 1)


def _easter(year: int) -> date:
    """Gregorian Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _resolve_holiday(r: Reading, anchor: date | None, tense: str | None) -> str | None:
    day = _holiday_day(r, anchor, tense)
    if day is None:
        return None
    return iso_week(day) if r.unit == "week" else day.isoformat()


def _holiday_day(r: Reading, anchor: date | None, tense: str | None) -> date | None:
    assert r.code
    if r.year is not None:
        return holiday_date(r.code, r.year)
    if anchor is None:
        return None
    days = [holiday_date(r.code, anchor.year + k) for k in (-1, 0, 1)]
    if r.n < 0:
        return max(d for d in days if d < anchor)
    if r.n > 0:
        return min(d for d in days if d > anchor)
    return _pick_candidate(days, anchor, tense, TENSE_REACH_DAYS)


def _resolve_offset(r: Reading, anchor: date | None, tense: str | None) -> str | None:
    """ "the day before last Tuesday": the inner day, moved a day or a week."""
    assert r.start
    inner = resolve(r.start, anchor, tense)
    m = DAY_VALUE.match(inner or "")
    day = _safe_date(int(m[1]), int(m[2]), int(m[3])) if m else None
    if day is None:
        return None
    if r.unit == "week":
        return iso_week(day + timedelta(weeks=r.n))
    return (day + timedelta(days=r.n)).isoformat()


def resolve(r: Reading, anchor: date | None, tense: str | None = None) -> str | None:
    """The ISO/TIMEX3 value of ``r`` against ``anchor``; None where it cannot be pinned."""
    if r.kind == "fixed":
        return r.value
    if r.kind == "date":
        return _resolve_date(r, anchor, tense)
    if r.kind == "range":
        assert r.start and r.end
        first = _resolve_date(r.start, anchor, tense)
        if first is None:
            return None
        year = int(first[:4])
        end = r.end if r.end.year is not None else replace(r.end, year=year)
        last = _resolve_date(end, anchor, tense)
        if last is not None and last < first:  # "Dec. 30 to Jan. 2"
            last = _resolve_date(replace(end, year=year + 1), anchor, tense)
        return f"{first}/{last}" if last else None
    if r.kind == "week_of":
        assert r.start
        day = _resolve_date(r.start, anchor, tense)
        return iso_week(date.fromisoformat(day)) if day is not None and DAY_VALUE.fullmatch(day) else None
    if r.kind == "offset":
        return _resolve_offset(r, anchor, tense)
    if r.kind == "quarter":
        return _resolve_quarter(r, anchor, tense)
    if r.kind == "season":
        return _resolve_season(r, anchor, tense)
    if r.kind == "holiday":
        return _resolve_holiday(r, anchor, tense)
    if anchor is None:
        return None
    if r.kind == "half":
        return f"{anchor.year + r.n}-H{r.code}"
    if r.kind == "relative":
        return _resolve_relative(r, anchor, tense)
    if r.kind == "ago":
        return _resolve_ago(r, anchor)
    return None


# ---------------------------------------------------------------------------------------------
# Discourse: the reference time moves with the story


DAY_VALUE = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
_QUARTER_VALUE = re.compile(r"(\d{4})-Q([1-4])")
_MONTH_VALUE = re.compile(r"(\d{4})-(\d\d)(?:-\d\d|$)")
# A reporting period longer than a quarter ("the nine months", "the year ended ...")
_REPORT_PERIOD = re.compile(r"P(?:[4-9]|1[0-2])M|P1Y")


class Discourse:
    """Resolves a text's readings in order, keeping the last day, year and quarter it named.

    News anchors most expressions to the publication date, but "the next day", "that year" and
    "the previous Friday" count from the last time mentioned, and in a report about a quarter
    "a year earlier" is that quarter a year before (TimeBank's convention).
    """

    def __init__(self, anchor: date | None) -> None:
        self.anchor = anchor
        self.day: date | None = None
        self.month: date | None = None  # first day of the last month named, or of the last day's
        self.year: int | None = None
        self.quarter: tuple[int, int] | None = None
        # whether the quarter in view opened the story in a past clause (``_opens_the_report``)
        self.reported = False

    def resolve(self, r: Reading, text: str, tense: str | None) -> str | None:
        value = self._in_context(r, text, tense)
        if value is not None:
            return value  # counted from the story's time: it does not move that time
        value = resolve(r, self.anchor, tense)
        opens = self._opens_the_report(value, tense)
        if not self._forecast_quarter(value, tense) and not self._earlier_quarter(value, text):
            before = self.quarter
            self._remember(r, value)
            if self.quarter != before:
                self.reported = opens
        return value

    def _opens_the_report(self, value: str | None, tense: str | None) -> bool:
        """ "Ralston reported a 47% decline in fourth-quarter earnings" (written in November, the
        company's year ending in September): the first quarter a story names, in a past clause,
        is the one it reports, over whatever the calendar says."""
        return self.quarter is None and tense == "PAST" and bool(_QUARTER_VALUE.fullmatch(value or ""))

    def _earlier_quarter(self, value: str | None, text: str) -> bool:
        """ "Third-quarter net rose 20%. After a flat second quarter, ...": an earlier quarter
        of the same year, named after the one the report is about, is a comparison, and "the
        1989 period" or "a year ago" further on is still the reported quarter. A fiscal
        quarter counts its own way ("its fiscal second quarter") and may be a new report's."""
        m = _QUARTER_VALUE.fullmatch(value or "")
        if m is None or self.quarter is None or "fiscal" in text.lower():
            return False
        year, q = self.quarter
        return int(m[1]) == year and int(m[2]) < q

    def _forecast_quarter(self, value: str | None, tense: str | None) -> bool:
        """ "will result in a fourth-quarter charge", "has no estimate of the impact on
        fourth-quarter results": a quarter still to end, named in a clause that is not past, is a
        forecast in a report about an earlier one, so "a year ago" and "the latest period" keep
        that one. (A past clause may name a fiscal quarter that has ended: "reported a decline
        in fourth-quarter earnings" for a year ending in September.)"""
        m = _QUARTER_VALUE.fullmatch(value or "")
        if m is None or tense == "PAST" or self.anchor is None:
            return False
        return _add_months(date(int(m[1]), 3 * int(m[2]) - 2, 1), 3) > self.anchor

    def _in_context(self, r: Reading, text: str, tense: str | None) -> str | None:
        if r.kind == "anaphoric":
            return self._anaphoric(r, tense)
        if (value := self._days_before_the_day_in_view(r, text)) is not None:
            return value
        if self.quarter is not None and (RE_YEAR_EARLIER.fullmatch(text.lower()) or r.code == "compared"):
            year, q = self.quarter
            return f"{year - 1}-Q{q}"
        if r.kind == "quarter" and r.unit == "period" and self.quarter is not None:
            year, q = self.quarter  # "the 1988 period", "the latest period"
            return f"{r.year if r.year is not None else year}-Q{q}"
        if r.kind == "quarter" and r.unit == "latest" and self._quarter_has_ended():
            # "the quarter": the one the text is about, once it is over ("fourth-quarter
            # results" named as a forecast does not make the fourth the latest)
            return "{}-Q{}".format(*self.quarter)
        return None

    def _days_before_the_day_in_view(self, r: Reading, text: str) -> str | None:
        """ "The offensive began on March 5. A day earlier, the minister visited troops": a count
        of days or weeks "earlier", said once a day is in view, counts back from that day (March
        4), not from the publication date as "a day ago" does."""
        if self.day is None or r.kind != "ago" or r.unit not in ("day", "week"):
            return None
        if not text.lower().endswith(" earlier"):
            return None
        return (self.day - timedelta(days=r.n * (7 if r.unit == "week" else 1))).isoformat()

    def _quarter_has_ended(self) -> bool:
        if self.quarter is None:
            return False
        if self.anchor is None or self.reported:
            return True
        year, q = self.quarter
        return _add_months(date(year, 3 * q - 2, 1), 3) <= self.anchor

    def _anaphoric(self, r: Reading, tense: str | None) -> str | None:
        if r.unit == "year":
            base = self.year if self.year is not None else (self.anchor.year if self.anchor else None)
            if base is None:
                return None
            return f"{base + r.n}-{r.month:02d}" if r.month else str(base + r.n)
        if r.unit in ("named month", "season"):
            return self._named_month_after(r)
        day = self.day or self.anchor
        if day is None:
            return None
        if r.unit == "weekday" and r.weekday is not None:
            back = (day.weekday() - r.weekday) % 7 or 7
            ahead = (r.weekday - day.weekday()) % 7 or 7
            return (day - timedelta(days=back) if r.n <= 0 else day + timedelta(days=ahead)).isoformat()
        if r.unit == "day":
            if self.day is None and (r.n > 0 or (r.n == 0 and r.part is None)):
                # ('The following day, prosecutors charged them', 'that day' with no day named:
                # which? 'In the afternoon' alone is the publication day's)
                return None
            return _with_part((day + timedelta(days=r.n)).isoformat(), r.part)
        if r.unit == "month" and self.month is not None:
            day = self.month  # "In March, ... The following month": April
        return _resolve_relative(Reading("relative", unit=r.unit, n=r.n), day, tense)

    def _named_month_after(self, r: Reading) -> str | None:
        """ "Brisca asked for him two years ago this month; the court refused the following June"
        (2023-06); "signed in late 2022 but broken the following spring" (2023-SP): the first such
        month or season after ("previous": before) the time last named, counted from its month
        when that month lies in the year last named, else from that year."""
        month = SEASON_MONTHS[r.code][0] if r.unit == "season" else r.month
        if month is None:
            return None
        if self.month is not None and self.month.year == self.year:
            # (the next such month is in the year named when it comes after the month named)
            if r.n > 0:
                year = self.month.year + (month <= self.month.month)
            else:
                year = self.month.year - (month >= self.month.month)
        elif self.year is not None:
            year = self.year + r.n
        else:
            return None  # (nothing named to follow: 'The appeal failed the following June')
        return f"{year}-{r.code}" if r.unit == "season" else f"{year}-{month:02d}"

    def _remember(self, r: Reading, value: str | None) -> None:
        if value is not None and r.type == "DURATION" and _REPORT_PERIOD.fullmatch(value):
            self.quarter = None  # "for the nine months, ... a year earlier": no longer the quarter
            return
        if value is None or r.type not in ("DATE", "TIME") or "/" in value:
            return
        if m := _QUARTER_VALUE.match(value):
            self.quarter = (int(m[1]), int(m[2]))
        if m := DAY_VALUE.match(value):
            self.day = _safe_date(int(m[1]), int(m[2]), int(m[3])) or self.day
        if (m := _MONTH_VALUE.match(value)) and 1 <= int(m[2]) <= 12:
            self.month = date(int(m[1]), int(m[2]), 1)
        if value[:4].isdigit() and r.kind != "relative":
            self.year = int(value[:4])


"""Publication date inferred from the text, for pages that give none.

Every time expression becomes a clue (its anchor-free ``Reading`` plus the tense of its
clause), and clues become weighted constraints on the publication day P:

* a stated date in a past clause: P is on or after it; in a future clause: on or before it;
* a day with no year ("a March 16 press conference", past): it lies at most
  ``TENSE_REACH_DAYS`` before P, so it fixes the season, and a weekday beside it fixes the year;
* "next week" / "last week" / "this week" with a dated event: that event falls in P's next
  (last, this) ISO week, which fixes the week;
* news is fresh: the latest past day the text names is at most ``STALE_DAYS`` before P;
* a text that writes some dates without a year and some with one (AP style) names the year
  only for other years: P's year is after the years it states in past clauses.

Every day in a window around the stated years is scored by the weight of the constraints it
meets. The range is the earliest run of consecutive best-scoring days (ties go early: stated
years are usually the recent past), and the value is the day after the run's first day, or
the first day itself for a one-day run: most articles mention the latest event they report a
day or so after it. No usable clue: value None, range None.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Doc

from newsgraph.extract.times import (
    TENSE_REACH_DAYS,
    Reading,
    clause_tense,
    find_times,
    iso_week,
    read_time,
    resolve,
)
from newsgraph.model import PublishedDate

# The latest past day an article names is at most this many days before it appeared
STALE_DAYS = 14
# Years searched on either side of the years the text states
YEAR_MARGIN_BEFORE, YEAR_MARGIN_AFTER = 1, 2
# Weights: a stated date outweighs the soft habits of news writing
W_STATED, W_UNSURE, W_HABIT = 1.0, 0.5, 0.5


@dataclass(frozen=True, slots=True)
class Clue:
    text: str
    reading: Reading
    tense: str | None


@dataclass(frozen=True, slots=True)
class Constraint:
    evidence: str
    weight: float
    holds: Callable[[date], bool]


def infer_published(doc: Doc) -> PublishedDate:
    """When the article in ``doc`` most likely appeared, from what its text says of time."""
    clues = collect_clues(doc)
    constraints = build_constraints(clues)
    window = search_window(clues)
    if not constraints or window is None:
        return PublishedDate(None, None)
    best = best_run(constraints, window)
    if best is None:
        return PublishedDate(None, None)
    first, last = best
    value = min(first + timedelta(days=1), last)
    evidence = [c.evidence for c in constraints if c.holds(value)]
    return PublishedDate(value, "inferred", (first, last), evidence)


def collect_clues(doc: Doc) -> list[Clue]:
    """Each readable time expression with the tense of its clause."""
    clues = []
    for t in find_times(doc, anchor=None):
        reading = read_time(t.text)
        if reading is None:
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        tense = clause_tense(span) if span is not None and len(span) else None
        clues.append(Clue(t.text, reading, tense))
    return clues


def build_constraints(clues: list[Clue]) -> list[Constraint]:
    constraints: list[Constraint] = []
    for clue in clues:
        constraints.extend(stated_date_constraints(clue))
        constraints.extend(yearless_day_constraints(clue))
        constraints.extend(week_constraints(clue, clues))
    constraints.extend(freshness_constraints(clues))
    constraints.extend(stated_year_constraints(clues))
    # a headline repeated in the body is one clue, not two
    unique: dict[str, Constraint] = {}
    for c in constraints:
        unique.setdefault(c.evidence.casefold(), c)
    return list(unique.values())


def _bounds(r: Reading) -> tuple[date, date] | None:
    """First and last day of a reading that needs no anchor (a stated date)."""
    if r.kind == "range" and r.start and r.end:
        first, last = _bounds(r.start), _bounds(r.end)
        return (first[0], last[1]) if first and last else None
    if r.kind == "fixed" and r.unit == "year" and r.value and str(r.value).isdigit():
        # a stated year; "P75Y" (a duration read as years) states no date
        year = int(r.value)
        return date(year, 1, 1), date(year, 12, 31)
    if r.kind != "date" or r.year is None or r.month is None:
        return None
    if r.day is not None:
        try:
            d = date(r.year, r.month, r.day)
        except ValueError:
            return None
        return d, d
    start = date(r.year, r.month, 1)
    end = date(r.year + r.month // 12, r.month % 12 + 1, 1) - timedelta(days=1)
    return start, end


def stated_date_constraints(clue: Clue) -> list[Constraint]:
    """ "Feb. 4, 2022" in a past clause: published on or after it; in a future one, before."""
    bounds = _bounds(clue.reading)
    if bounds is None:
        return []
    first, last = bounds
    if clue.tense == "FUTURE":
        return [Constraint(f"{clue.text!r} is ahead: published by {last}", W_STATED,
                           lambda p: p <= last)]
    weight = W_STATED if clue.tense in ("PAST", "PRESENT") else W_UNSURE
    return [Constraint(f"{clue.text!r} has happened: published on or after {first}", weight,
                       lambda p: p >= first)]


def _is_yearless_day(r: Reading) -> bool:
    if r.kind == "range" and r.start:
        return _is_yearless_day(r.start)
    return r.kind == "date" and r.year is None and r.month is not None and r.day is not None


def yearless_day_constraints(clue: Clue) -> list[Constraint]:
    """ "a March 16 press conference" (past): March 16 lies shortly before publication."""
    r = clue.reading
    if not _is_yearless_day(r):
        return []
    found = []
    if clue.tense in ("PAST", "FUTURE"):
        past = clue.tense == "PAST"

        def near(p: date) -> bool:
            d = _day_of(r, p, clue.tense)
            if d is None:
                return False
            gap = (p - d).days if past else (d - p).days
            return 0 <= gap <= TENSE_REACH_DAYS

        side = "before" if past else "after"
        found.append(Constraint(f"{clue.text!r} lies shortly {side} publication", W_STATED, near))
    if r.kind == "date" and r.weekday is not None:
        weekday = r.weekday

        def weekday_fits(p: date) -> bool:
            d = _day_of(r, p, clue.tense)
            return d is not None and d.weekday() == weekday

        found.append(Constraint(f"{clue.text!r}: the weekday fixes the year", W_STATED, weekday_fits))
    return found


def _day_of(r: Reading, anchor: date, tense: str | None) -> date | None:
    """The first day ``r`` names when read against ``anchor``."""
    value = resolve(r, anchor, tense)
    if value is None or len(value) < 10 or value[4] != "-" or value[7] != "-":
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def week_constraints(clue: Clue, clues: list[Clue]) -> list[Constraint]:
    """ "next week" plus "March 20–22" (not past): March 20 is in the week after publication."""
    r = clue.reading
    if r.kind != "relative" or r.unit != "week":
        return []
    dated = [c for c in clues if _is_day(c.reading) and (c.tense == "PAST") == (r.n < 0)]
    if not dated:
        return []
    shift = r.n

    def some_event_in_week(p: date) -> bool:
        target = iso_week(p + timedelta(weeks=shift))
        return any(_days_of(c, p) & {target} for c in dated)

    names = ", ".join(repr(c.text) for c in dated[:3])
    return [Constraint(f"{clue.text!r} holds one of {names}", W_STATED, some_event_in_week)]


def _is_day(r: Reading) -> bool:
    if r.kind == "range":
        return True
    return r.kind == "date" and r.month is not None and r.day is not None


def _days_of(clue: Clue, anchor: date) -> set[str]:
    """ISO weeks of the days a dated clue covers when read against ``anchor``."""
    value = resolve(clue.reading, anchor, clue.tense)
    if value is None:
        return set()
    weeks = set()
    for part in value.split("/"):
        try:
            weeks.add(iso_week(date.fromisoformat(part[:10])))
        except ValueError:
            continue
    return weeks


def freshness_constraints(clues: list[Clue]) -> list[Constraint]:
    """News is fresh: the latest past day named is at most STALE_DAYS before publication."""
    past_days = [c for c in clues if c.tense == "PAST" and _is_day(c.reading)]
    if not past_days:
        return []

    def fresh(p: date) -> bool:
        days = [d for c in past_days if (d := _day_of(c.reading, p, c.tense)) and d <= p]
        return bool(days) and (p - max(days)).days <= STALE_DAYS

    return [Constraint(f"news is fresh: published within {STALE_DAYS} days of the latest past "
                       "day named", W_HABIT, fresh)]


def stated_year_constraints(clues: list[Clue]) -> list[Constraint]:
    """Some dates with no year and some with one: the stated years are not the current one."""
    if not any(_is_yearless_day(c.reading) or _is_yearless_month(c.reading) for c in clues):
        return []
    years = sorted({b[1].year for c in clues if c.tense == "PAST" and (b := _bounds(c.reading))})
    return [Constraint(f"a year is named only when it is not the current one: after {y}", W_HABIT,
                       lambda p, y=y: p.year > y) for y in years]


def _is_yearless_month(r: Reading) -> bool:
    return r.kind == "date" and r.year is None and r.month is not None


def search_window(clues: list[Clue]) -> tuple[date, date] | None:
    """Days worth scoring: around the years the text states; None when it states none."""
    years = [b[0].year for c in clues if (b := _bounds(c.reading))]
    years += [b[1].year for c in clues if (b := _bounds(c.reading))]
    if not years:
        return None
    # A year told in the past ('in 2016 she won') is not after publication: the window starts
    # near the latest such year, not at the earliest year named ('since 1988'), which keeps
    # the search to a few years however far back the article looks.
    told = [b[1].year for c in clues if c.tense == "PAST" and (b := _bounds(c.reading))]
    start = max(told) if told else min(years)
    return (date(start - YEAR_MARGIN_BEFORE, 1, 1),
            date(max(years) + YEAR_MARGIN_AFTER, 12, 31))


def _scores(constraints: list[Constraint], days: list[date]) -> list[float]:
    """Each day's weight of holding constraints, heaviest first; a day that can no longer reach
    the best score seen gets -1 without testing the rest (the answer is unchanged: only days
    at the top score matter), which keeps a window of decades cheap."""
    remaining = [sum(c.weight for c in constraints[i:]) for i in range(len(constraints) + 1)]
    best = 0.0
    scores = []
    for d in days:
        score = 0.0
        for i, c in enumerate(constraints):
            if score + remaining[i] < best:
                score = -1.0
                break
            if c.holds(d):
                score += c.weight
        best = max(best, score)
        scores.append(score)
    return scores


def best_run(constraints: list[Constraint], window: tuple[date, date]) -> tuple[date, date] | None:
    """The earliest run of consecutive days meeting the greatest weight of constraints."""
    first, last = window
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    scores = _scores(sorted(constraints, key=lambda c: -c.weight), days)
    top = max(scores)
    if top <= 0:
        return None
    start = scores.index(top)
    end = start
    while end + 1 < len(scores) and scores[end + 1] == top:
        end += 1
    return days[start], days[end]

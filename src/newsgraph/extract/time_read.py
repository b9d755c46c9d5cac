"""Reading time expressions: the words of one expression -> an anchor-free ``Reading``.

``read_time("last Tuesday")`` says "a Tuesday, one week back" with no calendar arithmetic
done; ``time_resolve.resolve`` later pins it to a date against the anchor and the tense.
Each ``_read_*`` rule takes the cleaned text and returns a Reading or None; ``read_time``
tries them in ``_RULES`` order and the first reading wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from newsgraph.extract import time_patterns as tp
from newsgraph.extract.time_patterns import (
    FULL_MONTH_NAMES,
    LEADING_PREPOSITIONS,
    MONTHS,
    NUMBER_WORDS,
    ORDINALS,
    PARTS_OF_DAY,
    REFERENCE_WORDS,
    RELATIVE_DAYS,
    SEASONS,
    SET_WORDS,
    SHIFTS,
    UNITS,
    WEEKDAYS,
)


@dataclass(frozen=True, slots=True)
class Reading:
    """The meaning of a time expression with no calendar arithmetic done yet.

    ``kind`` is one of: date (year/month/day/weekday fields, any may be missing),
    relative (``unit`` shifted by ``n`` from the anchor's), ago (``n`` units before the anchor),
    quarter, season, half (half ``code`` of the anchor's year shifted by ``n``), range
    (``start`` .. ``end``), fixed (``value`` needs no anchor:
    durations, sets, years, decades, references).
    """

    kind: str
    type: str = "DATE"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    unit: str | None = None
    n: int = 0
    code: str | None = None  # quarter number, season code
    part: str | None = None  # part of day (MO, AF, EV, NI) or clock "HH:MM"
    value: str | None = None
    start: Reading | None = None
    end: Reading | None = None

    @property
    def granularity(self) -> str:
        if self.kind == "date":
            if self.part:
                return "time"
            if self.day is not None or self.weekday is not None:
                return "day"
            return "month" if self.month else "year"
        if self.kind in ("relative", "ago"):
            return self.unit or "day"
        return self.kind if self.kind in ("quarter", "season", "range") else (self.unit or "")


def _number(word: str) -> int | None:
    """A count from digits or words; None for vague ones ("several")."""
    word = word.strip().removesuffix(" 1/2")
    parts = re.split(r"[- ]", word)
    if len(parts) == 2 and parts[1] in ("hundred", "thousand"):  # "a hundred", "two thousand"
        count = _number(parts[0])
        return count * (100 if parts[1] == "hundred" else 1000) if count else None
    if len(parts) == 2 and parts[0] in tp.TENS_WORDS and parts[1] in tp.ONES_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]  # "twenty-four"
    if word in NUMBER_WORDS:
        n = NUMBER_WORDS[word]
        return int(n) if n >= 1 else None
    try:
        value = float(word)
    except ValueError:
        return None
    return int(value) if value.is_integer() else None


# A count with a fraction: '6.6'.
DECIMAL = re.compile(r"\d+\.\d+")


def _unit_name(word: str) -> str:
    word = word.rstrip("s") if word != "centuries" else "century"
    return word


def _duration_value(n: int | None, unit: str, *, half: bool = False, fraction: str | None = None) -> str:
    """TIMEX3's value for ``n`` units; ``fraction``, a count with decimals as written ('6.6'),
    stands for ``n`` in a unit counted one by one."""
    letter, is_time, mult = UNITS[unit]
    prefix = "PT" if is_time else "P"
    if fraction is not None and mult == 1:
        return f"{prefix}{fraction}{letter}"  # '6.6 seconds': PT6.6S
    if n is None:
        return f"{prefix}X{UNCOUNTED_LETTERS.get(unit, letter)}"
    if half and mult == 1 and (letter, is_time) in HALF_OF_UNIT:
        # the half in the next smaller unit, as TimeML writes it: "2 1/2 years" is P2Y6M
        return f"{prefix}{n}{letter}{HALF_OF_UNIT[letter, is_time]}"
    return f"{prefix}{n * mult}{letter}"


# An uncounted unit written with its own TIMEX3 letter: 'for centuries' is PXC (some centuries),
# where PXY would say only 'some years'; counted ones stay in years ('two centuries' is P200Y),
# and so do decades ('for decades' is PXY, as TimeBank and AQUAINT write it).
UNCOUNTED_LETTERS = {"century": "C"}
# Half of a unit (TIMEX3 letter, whether a time unit) in the next smaller one
HALF_OF_UNIT = {("Y", False): "6M", ("M", False): "15D", ("D", False): "T12H",
                ("H", True): "30M", ("M", True): "30S"}


def _clean(text: str) -> str:
    text = " ".join(text.replace("’", "'").replace("\u00a0", " ").split()).lower()
    return text.strip(" ,;:()\"'")


@lru_cache(maxsize=4096)
def read_time(text: str) -> Reading | None:
    """What ``text`` says as a time, with no anchor applied; None if we cannot read it."""
    t = _clean(text)
    for prefix in LEADING_PREPOSITIONS:
        if t.startswith(prefix) and t not in REFERENCE_WORDS and not t[3:].startswith(tp.KEPT_AFTER_AT):
            t = t[len(prefix):]
    t = _spoken_years(t.removesuffix("'s"))
    if "fortnight" in t:  # "the past fortnight" says "the past two weeks"
        t = tp.FORTNIGHT.sub("two weeks", tp.FORTNIGHTLY.sub(r"\1 every fortnight", t))
    if not t:
        return None
    for rule in _RULES:
        reading = rule(t)
        if reading is not None:
            return reading
    return None


def _spoken_years(t: str) -> str:
    """ "the winter of nineteen ninety-four" -> "the winter of 1994"."""
    if "nineteen" not in t and "eighteen" not in t and "twenty" not in t and "thousand" not in t:
        return t
    return tp.RE_SPOKEN_YEAR.sub(_spoken_year_digits, t)


def _spoken_year_digits(m: re.Match[str]) -> str:
    if m["t"]:
        century = NUMBER_WORDS[m["c"]]
        return str(century * 100 + NUMBER_WORDS[m["t"]] + (NUMBER_WORDS[m["o"]] if m["o"] else 0))
    return str(2000 + (NUMBER_WORDS[m["o2"]] if m["o2"] else 0))


def _read_reference(t: str) -> Reading | None:
    if t in REFERENCE_WORDS:
        return Reading("fixed", value=REFERENCE_WORDS[t])
    if re.fullmatch(r"(?:(?:the )?(?:recent|coming|past|next|last) )?(?:few |several )?"
                    r"(?:days|weeks|months|years|decades) ago", t):
        return Reading("fixed", value="PAST_REF")  # "just months ago": some time back, not measured
    m = tp.RE_VAGUE_REFERENCE.fullmatch(t)
    if m:  # "in coming months", "future quarters", "in past years": no stretch is measured
        return Reading("fixed", value="PAST_REF" if m["w"] == "past" else "FUTURE_REF")
    return None


def _read_set(t: str) -> Reading | None:
    if t in SET_WORDS:
        return Reading("fixed", type="SET", value=SET_WORDS[t])
    m = tp.RE_SET.fullmatch(t)
    if m:
        what = m["u"].rstrip(".")
        if what in WEEKDAYS:
            return Reading("fixed", type="SET", value=f"XXXX-WXX-{WEEKDAYS[what] + 1}")
        if what in MONTHS:
            return Reading("fixed", type="SET", value=f"XXXX-{MONTHS[what]:02d}")
        if what in SEASONS:  # "each summer"
            return Reading("fixed", type="SET", value=f"XXXX-{SEASONS[what]}")
        n = 2 if m["n"] == "other" else _number(m["n"]) if m["n"] else 1  # "every other week": P2W
        return Reading("fixed", type="SET", value=_duration_value(n, _unit_name(what)))
    m = tp.RE_SEASONS_COUNTED.fullmatch(t)
    if m:
        return Reading("fixed", type="SET", value=f"XXXX-{SEASONS[m['n']]}")
    m = tp.RE_WEEKDAY_PARTS.fullmatch(t)
    if m:
        return Reading("fixed", type="SET", value=f"XXXX-WXX-{WEEKDAYS[m['w']] + 1}T{PARTS_OF_DAY[m['p']]}")
    m = tp.RE_PLURAL_WEEKDAY.fullmatch(t)
    if m:
        return Reading("fixed", type="SET", value=f"XXXX-WXX-{WEEKDAYS[m['w']] + 1}")
    return None


def _read_relative_day(t: str) -> Reading | None:
    m = tp.RE_RELATIVE_DAY.fullmatch(t)
    if m:
        part = PARTS_OF_DAY[m["p"]] if m["p"] else ("NI" if m["r"] == "tonight" else None)
        return Reading("relative", type="TIME" if part else "DATE", unit="day",
                       n=RELATIVE_DAYS[m["r"]], part=part)
    m = tp.RE_PART_RELATIVE_DAY.fullmatch(t)
    if m:  # "mid-afternoon yesterday"
        return Reading("relative", type="TIME", unit="day", n=RELATIVE_DAYS[m["r"]], part=PARTS_OF_DAY[m["p"]])
    m = tp.RE_THIS_PART.fullmatch(t)
    if m:
        shift = -1 if t.startswith("last") and m["p"] == "night" else 0
        return Reading("relative", type="TIME", unit="day", n=shift, part=PARTS_OF_DAY[m["p"]])
    if t == "tonight":
        return Reading("relative", type="TIME", unit="day", n=0, part="NI")
    if t == "overnight":
        # "shares fell Friday ... after overnight losses in New York": the night before the day
        # being reported (the one last named, else the publication day), TIMEX3's night of the
        # day before
        return Reading("anaphoric", type="TIME", unit="day", n=-1, part="NI")
    if tp.RE_ORDINAL_DAY.fullmatch(t):
        return Reading("relative", unit="day", n=0, code="ordinal")
    m = tp.RE_BARE_PART.fullmatch(t)
    if m:
        # "the morning", "mid-afternoon": of the day being reported, the one last named ('The
        # hearing ended on Tuesday. In the morning, …': Tuesday's), else the anchor's
        return Reading("anaphoric", type="TIME", unit="day", n=0, part=PARTS_OF_DAY[m["p"]])
    return None


def _read_holiday(t: str) -> Reading | None:
    m = tp.RE_HOLIDAY.fullmatch(t)
    if m is None:
        return None
    shift = {"last": -1, "next": 1}.get(m["s"] or "", 0)
    # "Easter week", "Thanksgiving week": the (ISO) week the holiday falls in
    return Reading("holiday", code=m["h"], year=int(m["y"]) if m["y"] else None, n=shift,
                   unit="week" if m["w"] else None)


def _read_two_units_away(t: str) -> Reading | None:
    """ "Officials met the week before last", "the day after tomorrow": the unit two back or two
    ahead of the anchor's (read before ``_read_offset``, which wants a day after "before")."""
    m = tp.RE_TWO_UNITS_AWAY.fullmatch(t)
    if m is None:
        return None
    back = (m["s"] or m["d"]).startswith("before")
    return Reading("relative", unit=m["u"] or "day", n=-2 if back else 2)


def _read_offset(t: str) -> Reading | None:
    """ "the day before last Tuesday": a day or week counted from a time that names a day."""
    m = tp.RE_OFFSET.fullmatch(t)
    if m is None:
        return None
    inner = read_time(m["rest"])
    if inner is None or not _names_a_day(inner):
        return None
    return Reading("offset", unit=m["u"], n=-1 if m["s"] == "before" else 1, start=inner)


def _names_a_day(r: Reading) -> bool:
    if r.kind == "holiday":
        return r.unit is None  # not "Easter week"
    return r.kind == "date" and r.granularity == "day"


def _read_anaphoric(t: str) -> Reading | None:
    """ "the next day", "that year", "the previous Friday": counted from the last time mentioned."""
    m = tp.RE_NAMED_MONTH_AFTER.fullmatch(t)
    if m:  # "the following June": ``Discourse._named_month_after``
        shift = 1 if m["s"] == "following" else -1
        if m["season"]:
            return Reading("anaphoric", unit="season", n=shift, code=tp.SEASONS[m["season"]])
        return Reading("anaphoric", unit="named month", n=shift, month=_month(m["m"]))
    m = tp.RE_MONTH_OF_THAT_YEAR.fullmatch(t)
    if m:
        shift = 1 if "following" in t else -1 if "previous" in t else 0
        return Reading("anaphoric", unit="year", n=shift, month=_month(m["m"]))
    m = tp.RE_ANAPHORIC.fullmatch(t)
    if m is None:
        m = tp.RE_ANAPHORIC_AFTER.fullmatch(t)
        if m is None:
            return None
    shift = tp.ANAPHORIC_SHIFTS[m["s"]] if m["s"] else 0
    unit = m["u"]
    if unit in WEEKDAYS:
        return Reading("anaphoric", weekday=WEEKDAYS[unit], n=shift, unit="weekday")
    if unit in PARTS_OF_DAY:
        return Reading("anaphoric", type="TIME", unit="day", n=shift, part=PARTS_OF_DAY[unit])
    return Reading("anaphoric", unit=unit, n=shift)


def _read_unit_of_anchor(t: str) -> Reading | None:
    """ "year-end", "earlier in the year", "the 20th century": a unit named without a shift."""
    m = tp.RE_CENTURY.fullmatch(t)
    if m and 1 <= int(m["n"]) <= 21:
        return Reading("fixed", value=f"{int(m['n']) - 1:02d}", unit="century")
    if tp.RE_YEAR_END.fullmatch(t):
        return Reading("relative", unit="year", n=0)
    m = tp.RE_IN_THE_UNIT.fullmatch(t)
    if m:
        return Reading("relative", unit=m["u"], n=0)
    return None


def _read_shifted_unit(t: str) -> Reading | None:
    if tp.RE_HALF_YEAR.fullmatch(t):
        return None  # "the first half of next year": a half year (``_read_quarter``)
    if tp.RE_SAME_PERIOD_A_YEAR_BEFORE.fullmatch(t):
        # "the same period last year": last year, or in a report about a quarter that quarter a
        # year before (``Discourse``, as for "a year earlier" and "compared with $3 million last year")
        return Reading("relative", unit="year", n=-1, code="compared")
    if tp.RE_LATEST_YEAR.fullmatch(t):  # "the latest fiscal year": the last whole year, not this one
        return Reading("relative", unit="year", n=-1)
    m = tp.RE_THE_YEAR.fullmatch(t)
    if m and (t.endswith(("year", "period")) or m["w"] in ("year-earlier", "year-ago")):
        if m["w"] == "the" and not t.endswith("year"):
            return None
        shift = -1 if m["w"] in ("year-earlier", "year-ago", "prior-year") else 0
        return Reading("relative", unit="year", n=shift)
    if t in ("the weekend", "this weekend", "the weekend's"):
        return Reading("relative", unit="weekend", n=0, code="the" if t.startswith("the") else None)
    m = tp.RE_SHIFTED_UNIT.fullmatch(t)
    if not m:
        return None
    unit, shift = m["u"], SHIFTS[m["s"]]
    if unit == "decade":
        return Reading("relative", unit="decade", n=shift)
    if unit == "century":
        return Reading("relative", unit="century", n=shift)
    if m["s"].startswith("the ") and m["s"] != "the current" and shift:
        # "the past week", "the next month": a stretch of time, not a calendar unit
        return Reading("fixed", type="DURATION", value=_duration_value(1, unit if unit != "weekend" else "day"))
    return Reading("relative", unit=unit, n=shift)


def _read_ago(t: str) -> Reading | None:
    m = tp.RE_AGO.fullmatch(t)
    if not m:
        return None
    n = _number(m["n"])
    unit = _unit_name(m["u"])
    if n is None:
        return Reading("fixed", value="PAST_REF")
    if unit in ("decade", "century"):
        n, unit = n * UNITS[unit][2], "year"
    if UNITS[unit][1]:  # "two hours ago": a time on the anchor day we cannot place
        return Reading("relative", unit="day", n=0)
    if m["this"] and unit == "year" and not m["ahead"]:
        # "signed two years ago this month": the anchor's month (or week) that many years back
        if m["this"] == "month":
            return Reading("ago", unit="month", n=n * 12)
        return Reading("ago", unit="week", n=n, code="years")  # (the same date so many years back)
    return Reading("ago", unit=unit, n=-n if m["ahead"] else n)  # "two weeks from now": ahead


def _read_duration(t: str) -> Reading | None:
    m = tp.RE_DURATION.fullmatch(t)
    if m:
        unit = _unit_name(m["u"])
        half = ("half" in t and "half a" not in m["n"]) or m["n"].endswith("1/2")
        if m["n"] in ("half a", "a half"):
            letter, is_time, _ = UNITS[unit]
            value = {"Y": "P6M", "D": "PT12H", "H": "PT30M", "W": "P3D", "M": "P15D" if not is_time else "PT30S"}
            return Reading("fixed", type="DURATION", value=value.get(letter, "PXD"), unit=unit)
        n = None if m["to"] else _number(m["n"])  # "12 to 18 months": a length not known
        fraction = m["n"] if n is None and not m["to"] and DECIMAL.fullmatch(m["n"]) else None
        value = _duration_value(n, unit, half=half, fraction=fraction)
        return Reading("fixed", type="DURATION", value=value, unit=unit)
    if t in ("a while", "a little while", "a short while"):
        return Reading("fixed", type="DURATION", value="PXX")
    m = tp.RE_UNIT_LONG.fullmatch(t)
    if m:  # "a month-long strike", "the weeklong audit": one unit
        return Reading("fixed", type="DURATION", value=_duration_value(1, m["u"]), unit=m["u"])
    m = tp.RE_BARE_UNITS.fullmatch(t) or tp.RE_UNITS_AHEAD.fullmatch(t) or tp.RE_UNITS_OR_UNITS.fullmatch(t)
    if m and m["u"].endswith("s"):  # "for years", "in recent months", "in the weeks ahead"
        return Reading("fixed", type="DURATION", value=_duration_value(None, _unit_name(m["u"])))
    return None


def _read_quarter(t: str) -> Reading | None:
    m = tp.RE_HALF_YEAR.fullmatch(t)
    if m:
        half = "1" if m["h"] == "first" else "2"
        if m["y"]:
            return Reading("fixed", value=f"{m['y']}-H{half}", unit="half")
        # "the second half of the year": of the anchor's year, or the one named
        return Reading("half", code=half, n={"last": -1, "next": 1}.get(m["s"], 0), unit="half")
    m = tp.RE_YEAR_PERIOD.fullmatch(t)
    if m:  # the quarter number comes from the report (Discourse); alone it is the year
        return Reading("quarter", year=int(m["y"]), unit="period")
    if tp.RE_LATEST_PERIOD.fullmatch(t):  # "the latest period": the latest quarter reported
        return Reading("quarter", unit="latest")
    m = tp.RE_MONTH_QUARTER.fullmatch(t)
    if m:  # "the September quarter": the third
        number = tp.QUARTER_ENDING[m["m"].lower().rstrip(".")]
        return Reading("quarter", year=int(m["y"]) if m["y"] else None, code=str(number))
    m = tp.RE_QUARTER.fullmatch(t)
    if m:
        year = m["y1"] or m["y2"]
        mod = m["s"] or ""
        shift = {"last": -1, "next": 1, "year-earlier": -4, "year-ago": -4, "last year's": -4}.get(mod, 0)
        number = ORDINALS.get(m["o"]) if m["o"] else None
        if number and mod in tp.YEAR_POSSESSIVES:  # "next year's first quarter"
            return Reading("quarter", code=str(number), unit="year", n=tp.YEAR_POSSESSIVES[mod])
        if m["o"] in ("last", "final") and not year:
            return Reading("quarter", n=shift, code="4" if mod else None)
        return Reading("quarter", year=int(year) if year else None, n=shift,
                       code=str(number) if number else None,
                       unit="latest" if mod in ("latest", "") and not number else None)
    m = tp.RE_Q_SHORT.fullmatch(t)
    if m:
        return Reading("quarter", year=int(m["y"]) if m["y"] else None, code=m["o"])
    return None


def _read_part_of_shifted_year(t: str) -> Reading | None:
    """ "the first quarter of last year", "the autumn of last year", "March 13 last year": a quarter,
    season or day read alone, then placed in the year before (after) the anchor's, as "June last
    year" is (``unit="year"``, ``n`` the shift). Parts that already name a year or a shift of
    their own ("last autumn of 2022") are not read."""
    m = tp.RE_PART_OF_SHIFTED_YEAR.fullmatch(t)
    if not m:
        return None
    part = read_time(m["x"])
    if part is None or part.year is not None or part.n or part.unit or part.weekday is not None:
        return None
    if (part.kind == "quarter" and part.code) or part.kind == "season" or (part.kind == "date" and part.month):
        return replace(part, unit="year", n=tp.SHIFTS[m["s"]])
    return None


def _read_bounded_date(t: str) -> Reading | None:
    """ "since at least 2016", "as early as March": a date with a word of bound before it is that
    date (the bound is a modifier, TIMEX3's ``mod``); a duration keeps its own reading."""
    m = tp.RE_BOUNDED_DATE.fullmatch(t)
    if not m:
        return None
    date_ = read_time(m["d"])
    return date_ if date_ is not None and date_.type == "DATE" else None


def _read_season(t: str) -> Reading | None:
    m = tp.RE_SEASON.fullmatch(t)
    if not m:
        return None
    shift = {"last": -1, "this past": -1, "next": 1, "this coming": 1}.get(m["s"] or "", 0)
    return Reading("season", year=int(m["y"]) if m["y"] else None, code=SEASONS[m["n"]],
                   n=shift, unit="this" if m["s"] == "this" else None)


def _month(word: str) -> int:
    return MONTHS[word.rstrip(".")]


def _day(word: str) -> int:
    return int(re.sub(r"\D", "", word))


def _read_calendar_date(t: str) -> Reading | None:
    for pattern in (tp.RE_MONTH_FIRST, tp.RE_DAY_FIRST):
        m = pattern.fullmatch(t)
        if m:
            weekday = WEEKDAYS[m["w"].rstrip(".")] if "w" in m.groupdict() and m["w"] else None
            return Reading("date", year=int(m["y"]) if m["y"] else None, month=_month(m["m"]),
                           day=_day(m["d"]), weekday=weekday)
    m = tp.RE_ISO.fullmatch(t)
    if m and 1 <= int(m["m"]) <= 12:
        return Reading("date", year=int(m["y"]), month=int(m["m"]), day=int(m["d"]))
    m = tp.RE_SLASH.fullmatch(t)
    if m:
        year = int(m["y"]) if len(m["y"]) == 4 else 1900 + int(m["y"]) + (100 if int(m["y"]) < 50 else 0)
        return Reading("date", year=year, month=int(m["m"]), day=int(m["d"]))
    m = tp.RE_MONTH_YEAR.fullmatch(t)
    if m and (m["y"] or m["m"] in FULL_MONTH_NAMES or m["m"].endswith(".")):
        return Reading("date", year=int(m["y"]) if m["y"] else None, month=_month(m["m"]))
    m = tp.RE_WEEK_OF.fullmatch(t)
    if m:
        day = _read_calendar_date(m["d"])
        if day is not None and day.kind == "date" and day.day is not None:
            return Reading("week_of", unit="week", start=day)
    m = tp.RE_SHIFTED_MONTH.fullmatch(t)
    if m:
        shift = {"last": -1, "this past": -1, "next": 1, "this coming": 1}.get(m["s"], 0)
        return Reading("date", month=_month(m["m"]), n=shift, code="this" if m["s"] == "this" else None)
    m = tp.RE_MONTH_OF_YEAR.fullmatch(t)
    if m:
        return Reading("date", month=_month(m["m"]), unit="year", n=SHIFTS[m["s"]])
    m = tp.RE_YEAR.fullmatch(t)
    if m:
        return Reading("fixed", value=m["y"], unit="year")
    m = tp.RE_DECADE.fullmatch(t)
    if m:
        value = f"{m['c']}{m['d']}" if m["c"] else f"19{m['s'] or tp.DECADE_WORDS[m['w']]}"
        return Reading("fixed", value=value, unit="decade")
    return None


def _read_weekday(t: str) -> Reading | None:
    m = tp.RE_WEEKDAY.fullmatch(t)
    if m:
        part = PARTS_OF_DAY[m["p"]] if m["p"] else None
        return Reading("date", type="TIME" if part else "DATE", weekday=WEEKDAYS[m["w"].rstrip(".")],
                       part=part)
    m = tp.RE_PART_WEEKDAY.fullmatch(t)
    if m:
        part = PARTS_OF_DAY.get(m["p"])
        return Reading("date", type="TIME" if part else "DATE", weekday=WEEKDAYS[m["w"].rstrip(".")],
                       part=part)
    m = tp.RE_WEEKDAY_MOD.fullmatch(t)
    if m:
        shift = {"last": -1, "this past": -1, "next": 1, "this coming": 1}.get(m["s"], 0)
        return Reading("date", weekday=WEEKDAYS[m["w"].rstrip(".")], n=shift)
    return None


def _read_clock(t: str) -> Reading | None:
    m = tp.RE_CLOCK.fullmatch(t)
    if not m:
        return None
    clock = _clock_value(m["c"])
    # a clock reading alone is on the day the sentence is about (``code="clock"``), the
    # anchor's unless the sentence names another
    rest = read_time(m["rest"]) if m["rest"] else Reading("relative", unit="day", n=0, code="clock")
    if rest is None or rest.kind not in ("date", "relative") or (rest.kind == "relative" and rest.unit != "day"):
        return None
    return replace(rest, type="TIME", part=clock)


def _clock_value(text: str) -> str:
    if text in ("noon", "midday"):
        return "12:00"
    if text == "midnight":
        return "24:00"
    m = re.match(r"(\d{1,2})(?::(\d\d))?\s?(?:([ap])|in the (m|a|e)|at night|o'clock)", text)
    assert m  # the pattern guarantees it
    # "9 at night" is 21:00, but "2 at night" is 02:00 and "12 at night" midnight
    night = text.endswith("at night") and 6 <= int(m[1]) <= 11
    afternoon = m[3] == "p" or m[4] in ("a", "e") or night
    hour = int(m[1]) % 12 + (12 if afternoon else 0)
    return f"{hour:02d}:{m[2] or '00'}"


def _read_range(t: str) -> Reading | None:
    m = tp.RE_RANGE_SAME_MONTH.fullmatch(t) or tp.RE_RANGE_SAME_MONTH_DAY_FIRST.fullmatch(t)
    if m and _day(m["d1"]) < _day(m["d2"]):  # ('a 2-1 March win' is a score)
        year = int(m["y"]) if m["y"] else None
        month = _month(m["m"])
        return Reading("range", start=Reading("date", year=year, month=month, day=_day(m["d1"])),
                       end=Reading("date", year=year, month=month, day=_day(m["d2"])))
    m = tp.RE_YEAR_RANGE.fullmatch(t)
    if m:
        y2 = m["y2"] if len(m["y2"]) == 4 else m["y1"][:2] + m["y2"]
        if int(y2) > int(m["y1"]):
            return Reading("fixed", value=f"{m['y1']}/{y2}", unit="range")
    parts = re.split(r"\s?(?:-|–|—|\bto\b|\bthrough\b|\buntil\b)\s?", t.removeprefix("from "))
    if len(parts) == 2:
        first, second = _read_calendar_date(parts[0]), _read_calendar_date(parts[1])
        if first and second and first.kind == second.kind == "date" and first.day and second.day:
            if first.year is None and second.year is not None:
                first = replace(first, year=second.year)
            return Reading("range", start=first, end=second)
    return None


_RULES = (_read_reference, _read_set, _read_holiday, _read_two_units_away, _read_offset, _read_anaphoric,
          _read_relative_day, _read_range,
          _read_part_of_shifted_year, _read_calendar_date, _read_weekday, _read_unit_of_anchor, _read_shifted_unit,
          _read_ago, _read_quarter, _read_bounded_date,
          _read_season, _read_duration, _read_clock)

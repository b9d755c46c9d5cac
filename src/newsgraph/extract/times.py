"""Time expressions: find them in a parsed Doc and give each a TIMEX3 type and ISO value.

Two steps, kept apart so the publication-date inference can reuse them:

* ``read_time(text)`` turns the words into an anchor-free ``Reading`` ("a March 16",
  "the Tuesday", "one week after the anchor's", "three years"), with no date arithmetic;
* ``resolve(reading, anchor, tense)`` pins a Reading to the calendar, using the tense of the
  clause it sits in to choose between the Tuesday before and the Tuesday after.

Candidates come from spaCy's DATE/TIME entities and from our own patterns (spaCy misses
"recently", "now", "every week" and mis-bounds some headlines); overlapping candidates are
settled in favour of ones we can read, then of longer ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from spacy.tokens import Doc, Span

from newsgraph.model import TimeExpr

# ---------------------------------------------------------------------------------------------
# Word lists (data, not logic)

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thurs": 3, "thu": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}  # fmt: skip
FULL_MONTH_NAMES = {name for name in MONTHS if len(name) > 3} | {"may"}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                "overnight": "NI", "tonight": "NI", "midday": "MI"}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "couple": 2, "a couple of": 2,
    "half a": 0.5, "a half": 0.5,
}  # fmt: skip
VAGUE_QUANTITIES = ("several", "a few", "few", "some", "many", "recent", "coming", "the coming",
                    "numerous", "the next few", "the past few", "the last few")
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
            "4th": 4, "final": 4, "last": 4}
# Calendar units: TIMEX3 duration letter, whether it is a time (PT...) unit, and a multiplier
UNITS = {
    "second": ("S", True, 1), "minute": ("M", True, 1), "hour": ("H", True, 1),
    "day": ("D", False, 1), "week": ("W", False, 1), "month": ("M", False, 1),
    "quarter": ("Q", False, 1), "year": ("Y", False, 1), "decade": ("Y", False, 10),
    "century": ("Y", False, 100),
}  # fmt: skip
SHIFTS = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1,
          "coming": 1, "following": 1, "the past": -1, "the last": -1, "the previous": -1,
          "the next": 1, "the coming": 1, "the current": 0, "the following": 1}
RELATIVE_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}
SET_WORDS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
             "yearly": "P1Y", "hourly": "PT1H", "quarterly": "P3M", "nightly": "P1D",
             "annual": "P1Y", "biweekly": "P2W"}
REFERENCE_WORDS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "for now": "PRESENT_REF", "at present": "PRESENT_REF", "at the moment": "PRESENT_REF",
    "these days": "PRESENT_REF", "nowadays": "PRESENT_REF", "the present": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "previously": "PAST_REF", "formerly": "PAST_REF", "once": "PAST_REF",
    "the future": "FUTURE_REF", "future": "FUTURE_REF", "soon": "FUTURE_REF",
    "the near future": "FUTURE_REF", "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF", "the long term": "FUTURE_REF", "someday": "FUTURE_REF",
    "shortly": "FUTURE_REF", "eventually": "FUTURE_REF",
}  # fmt: skip
# Words that say "the time is in the past" or "in the future" when they head the expression
PAST_MODIFIERS = ("earlier", "last", "past", "previous", "ago", "since")
FUTURE_AUXILIARIES = {"will", "'ll", "shall", "wo", "wil"}
FUTURE_VERBS = {"plan", "schedule", "expect", "due", "set", "intend", "slate", "aim"}
# Lemmas/words spaCy tags DATE/TIME that are not times we can use
FALSE_TIME_TEXTS = {"0:00", "00:00", "the day", "day", "days", "a day", "time", "times"}
# An unreadable spaCy DATE/TIME entity is kept (value None) only if it holds one of these
TIME_WORDS = ("time", "period", "moment", "era", "ago", "now", "past", "future", "term",
              "while", "holiday", "christmas", "easter", "thanksgiving", "season", "dawn",
              "dusk", "noon", "midnight", "end", "beginning", "start")
LEADING_PREPOSITIONS = ("on ", "in ", "at ", "by ", "since ", "until ", "till ", "from ",
                        "during ", "for ", "of ", "as of ")

REFS = ("PAST_REF", "PRESENT_REF", "FUTURE_REF")

# ---------------------------------------------------------------------------------------------
# Readings: what the words say, before any anchor is applied


@dataclass(frozen=True, slots=True)
class Reading:
    """The meaning of a time expression with no calendar arithmetic done yet.

    ``kind`` is one of: date (year/month/day/weekday fields, any may be missing),
    relative (``unit`` shifted by ``n`` from the anchor's), ago (``n`` units before the anchor),
    quarter, season, range (``start`` .. ``end``), fixed (``value`` needs no anchor:
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


def _alt(words: object) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))  # type: ignore[attr-defined]


_MONTH = rf"(?:{_alt(MONTHS)})\.?"
_WEEKDAY = rf"(?:{_alt(WEEKDAYS)})\.?"
_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_NUMBER = rf"(?:\d+(?:\.\d+)?|{_alt(NUMBER_WORDS)}|{_alt(VAGUE_QUANTITIES)})"
_UNIT = rf"(?:{_alt(UNITS)}|centuries)s?"
_PART = rf"(?:{_alt(k for k in PARTS_OF_DAY if k not in ('tonight', 'overnight'))})"
_CLOCK = r"(?:\d{1,2}(?::\d\d)?\s?(?:a\.m\.?|p\.m\.?|am|pm)|noon|midnight)"
_DASH = r"\s?(?:-|–|—|to|through|until|and)\s?"

_RE_DAY_FIRST = re.compile(rf"(?P<d>{_DAYNUM}) (?:of )?(?P<m>{_MONTH}),? ?(?P<y>{_YEAR})?")
_RE_MONTH_FIRST = re.compile(
    rf"(?:(?P<w>{_WEEKDAY}),? )?(?:the )?(?P<m>{_MONTH}) (?P<d>{_DAYNUM})(?:,? (?P<y>{_YEAR}))?"
)
_RE_MONTH_YEAR = re.compile(rf"(?:(?:early|mid|late|the end of|the beginning of|the middle of|"
                            rf"the start of|the first half of|the second half of)[- ])?"
                            rf"(?P<m>{_MONTH})(?:,? (?:of )?(?P<y>{_YEAR}))?")
_RE_SHIFTED_MONTH = re.compile(rf"(?P<s>last|next|this|this past|this coming) (?P<m>{_MONTH})")
_RE_MONTH_OF_YEAR = re.compile(rf"(?P<m>{_MONTH}),? (?:of )?(?P<s>last|this|next) year")
_RE_ISO = re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)")
_RE_SLASH = re.compile(r"(?P<m>1[0-2]|0?[1-9])/(?P<d>[12]\d|3[01]|0?[1-9])/(?P<y>\d{4}|\d\d)")
_RE_YEAR = re.compile(rf"(?:(?:fiscal|calendar|the year|early|mid|late|the end of)[- ])?"
                      rf"(?P<y>{_YEAR})")
_RE_DECADE = re.compile(r"(?:the )?(?:early |mid-|late )?(?:(?P<c>1[6-9]|20)(?P<d>\d)0|'?(?P<s>[2-9])0)'?s")
_RE_WEEKDAY = re.compile(rf"(?P<w>{_WEEKDAY})(?: (?P<p>{_PART}))?")
_RE_WEEKDAY_MOD = re.compile(rf"(?P<s>last|next|this|this past|this coming) (?P<w>{_WEEKDAY})")
_RE_PART_WEEKDAY = re.compile(rf"(?P<p>{_PART}|early|late) (?:on )?(?P<w>{_WEEKDAY})")
_RE_CLOCK = re.compile(rf"(?:(?:at|about|around|approximately) )?(?P<c>{_CLOCK})(?: [a-z]{{2,3}}t)?"
                       rf"(?:,? (?:on )?(?P<rest>.+))?")
_RE_RELATIVE_DAY = re.compile(
    rf"(?:(?:early|late|earlier|later) )?(?P<r>{_alt(RELATIVE_DAYS)})(?:'s)?(?: (?P<p>{_PART}))?"
)
_RE_THIS_PART = re.compile(rf"(?:(?:early|late|earlier|later) )?(?:this|last) (?P<p>{_PART})")
_RE_BARE_PART = re.compile(rf"(?:the |mid[- ]|late |early )(?P<p>{_PART})")
# "the year", "the current fiscal year", "year-earlier": the anchor's year, or the one before
_RE_THE_YEAR = re.compile(r"(?:the )?(?P<w>the|current|full|fiscal|calendar|year-earlier|"
                          r"year-ago|prior-year|the end of the|end of the)(?: fiscal| calendar)?"
                          r"(?: year| period)?")
_RE_SHIFTED_UNIT = re.compile(
    rf"(?:(?:earlier|later|early|late|the end of|the beginning of|the start of|the rest of|"
    rf"the middle of|the first half of|the second half of) )?"
    rf"(?:the )?(?P<s>{_alt(SHIFTS)}) (?P<u>week|weekend|month|year|quarter|decade|century)"
)
_RE_AGO = re.compile(rf"(?:(?:about|almost|nearly|some|more than|less than|just|only) )?"
                     rf"(?P<n>{_NUMBER}) (?P<u>{_UNIT}) (?:ago|earlier|before)")
_RE_DURATION = re.compile(
    rf"(?:(?:about|almost|nearly|some|more than|less than|at least|up to|over|around|"
    rf"roughly|just|only|barely|no more than|another|each of|the first|the past|the last|"
    rf"the next|the previous|the coming|the final|the remaining|an? additional|the) )*"
    rf"(?P<n>{_NUMBER})(?: to {_NUMBER})?(?:[- ]|-and-a-half )"
    rf"(?:(?:trading|business|working|calendar|school)[- ])?(?P<u>{_UNIT})"
    rf"(?:[- ]old| long| and a half| or so| later| earlier| of (?:the year|{_YEAR}))?"
)
_RE_BARE_UNITS = re.compile(rf"(?:(?:the )?(?:past|last|next|coming|recent) )?(?P<u>{_UNIT})")
_RE_SET = re.compile(rf"(?:every|each|a|per) (?:(?P<n>{_NUMBER}) )?(?P<u>{_UNIT}|{_WEEKDAY}|{_MONTH})")
_RE_PLURAL_WEEKDAY = re.compile(rf"(?P<w>{_alt(k for k in WEEKDAYS if len(k) > 3)})s")
_RE_QUARTER = re.compile(
    rf"(?:(?P<y1>{_YEAR})(?:'s)? )?(?:the )?(?:(?P<s>this|last|next|latest|current|"
    rf"year-earlier|year-ago|fiscal|this year's|last year's) )?(?:fiscal )?"
    rf"(?:(?P<o>{_alt(ORDINALS)})[- ])?quarter(?: of (?:fiscal )?(?P<y2>{_YEAR}))?"
)
_RE_Q_SHORT = re.compile(rf"q(?P<o>[1-4])(?: (?P<y>{_YEAR}))?")
_RE_SEASON = re.compile(rf"(?:(?P<s>this|last|next|this past|this coming|early|late) )?"
                        rf"(?P<n>{_alt(SEASONS)})(?: (?:of )?(?P<y>{_YEAR}))?")
_RE_RANGE_SAME_MONTH = re.compile(
    rf"(?:from |between )?(?P<m>{_MONTH}) (?P<d1>{_DAYNUM}){_DASH}(?P<d2>{_DAYNUM})(?:,? (?P<y>{_YEAR}))?"
)
_RE_YEAR_RANGE = re.compile(rf"(?:from |between )?(?P<y1>{_YEAR}){_DASH}(?P<y2>{_YEAR}|\d\d)")


def _number(word: str) -> int | None:
    """A count from digits or words; None for vague ones ("several")."""
    word = word.strip()
    if word in NUMBER_WORDS:
        n = NUMBER_WORDS[word]
        return int(n) if n >= 1 else None
    try:
        value = float(word)
    except ValueError:
        return None
    return int(value) if value.is_integer() else None


def _unit_name(word: str) -> str:
    word = word.rstrip("s") if word != "centuries" else "century"
    return word


def _duration_value(n: int | None, unit: str, *, half: bool = False) -> str:
    letter, is_time, mult = UNITS[unit]
    prefix = "PT" if is_time else "P"
    if n is None:
        return f"{prefix}X{letter}"
    if half and letter in ("Y", "D") and not is_time:
        return f"{prefix}{n * 12 + 6}M" if letter == "Y" else f"PT{n * 24 + 12}H"
    return f"{prefix}{n * mult}{letter}"


def _clean(text: str) -> str:
    text = " ".join(text.replace("’", "'").replace("\u00a0", " ").split()).lower()
    return text.strip(" ,;:()\"'")


@lru_cache(maxsize=4096)
def read_time(text: str) -> Reading | None:
    """What ``text`` says as a time, with no anchor applied; None if we cannot read it."""
    t = _clean(text)
    for prefix in LEADING_PREPOSITIONS:
        if t.startswith(prefix) and t not in REFERENCE_WORDS:
            t = t[len(prefix):]
    t = t.removesuffix("'s")
    if not t:
        return None
    for rule in _RULES:
        reading = rule(t)
        if reading is not None:
            return reading
    return None


def _read_reference(t: str) -> Reading | None:
    if t in REFERENCE_WORDS:
        return Reading("fixed", value=REFERENCE_WORDS[t])
    if re.fullmatch(r"(?:the )?(?:recent|coming|past|next|last) (?:few |several )?"
                    r"(?:days|weeks|months|years|decades)(?: ago)?", t) and t.endswith("ago"):
        return Reading("fixed", value="PAST_REF")
    return None


def _read_set(t: str) -> Reading | None:
    if t in SET_WORDS:
        return Reading("fixed", type="SET", value=SET_WORDS[t])
    m = _RE_SET.fullmatch(t)
    if m:
        what = m["u"].rstrip(".")
        if what in WEEKDAYS:
            return Reading("fixed", type="SET", value=f"XXXX-WXX-{WEEKDAYS[what] + 1}")
        if what in MONTHS:
            return Reading("fixed", type="SET", value=f"XXXX-{MONTHS[what]:02d}")
        n = _number(m["n"]) if m["n"] else 1
        return Reading("fixed", type="SET", value=_duration_value(n, _unit_name(what)))
    m = _RE_PLURAL_WEEKDAY.fullmatch(t)
    if m:
        return Reading("fixed", type="SET", value=f"XXXX-WXX-{WEEKDAYS[m['w']] + 1}")
    return None


def _read_relative_day(t: str) -> Reading | None:
    m = _RE_RELATIVE_DAY.fullmatch(t)
    if m:
        part = PARTS_OF_DAY[m["p"]] if m["p"] else ("NI" if m["r"] == "tonight" else None)
        return Reading("relative", type="TIME" if part else "DATE", unit="day",
                       n=RELATIVE_DAYS[m["r"]], part=part)
    m = _RE_THIS_PART.fullmatch(t)
    if m:
        shift = -1 if t.startswith("last") and m["p"] == "night" else 0
        return Reading("relative", type="TIME", unit="day", n=shift, part=PARTS_OF_DAY[m["p"]])
    if t in ("overnight", "tonight"):
        return Reading("relative", type="TIME", unit="day", n=0, part="NI")
    m = _RE_BARE_PART.fullmatch(t)
    if m:  # "the morning", "mid-afternoon": of the day being reported, the anchor's
        return Reading("relative", type="TIME", unit="day", n=0, part=PARTS_OF_DAY[m["p"]])
    return None


def _read_shifted_unit(t: str) -> Reading | None:
    m = _RE_THE_YEAR.fullmatch(t)
    if m and (t.endswith(("year", "period")) or m["w"] in ("year-earlier", "year-ago")):
        if m["w"] == "the" and not t.endswith("year"):
            return None
        shift = -1 if m["w"] in ("year-earlier", "year-ago", "prior-year") else 0
        return Reading("relative", unit="year", n=shift)
    if t in ("the weekend", "this weekend", "the weekend's"):
        return Reading("relative", unit="weekend", n=0, code="the" if t.startswith("the") else None)
    m = _RE_SHIFTED_UNIT.fullmatch(t)
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
    m = _RE_AGO.fullmatch(t)
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
    return Reading("ago", unit=unit, n=n)


def _read_duration(t: str) -> Reading | None:
    m = _RE_DURATION.fullmatch(t)
    if m:
        unit = _unit_name(m["u"])
        half = "half" in t and "half a" not in m["n"]
        if m["n"] in ("half a", "a half"):
            letter, is_time, _ = UNITS[unit]
            value = {"Y": "P6M", "D": "PT12H", "H": "PT30M", "W": "P3D", "M": "P15D" if not is_time else "PT30S"}
            return Reading("fixed", type="DURATION", value=value.get(letter, "PXD"), unit=unit)
        return Reading("fixed", type="DURATION", value=_duration_value(_number(m["n"]), unit, half=half),
                       unit=unit)
    m = _RE_BARE_UNITS.fullmatch(t)
    if m and m["u"].endswith("s"):  # "for years", "in recent months"
        return Reading("fixed", type="DURATION", value=_duration_value(None, _unit_name(m["u"])))
    return None


def _read_quarter(t: str) -> Reading | None:
    m = _RE_QUARTER.fullmatch(t)
    if m:
        year = m["y1"] or m["y2"]
        mod = m["s"] or ""
        shift = {"last": -1, "next": 1, "year-earlier": -4, "year-ago": -4, "last year's": -4}.get(mod, 0)
        number = ORDINALS.get(m["o"]) if m["o"] else None
        if m["o"] in ("last", "final") and not year:
            return Reading("quarter", n=shift, code="4" if mod else None)
        return Reading("quarter", year=int(year) if year else None, n=shift,
                       code=str(number) if number else None,
                       unit="latest" if mod in ("latest", "") and not number else None)
    m = _RE_Q_SHORT.fullmatch(t)
    if m:
        return Reading("quarter", year=int(m["y"]) if m["y"] else None, code=m["o"])
    return None


def _read_season(t: str) -> Reading | None:
    m = _RE_SEASON.fullmatch(t)
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
    for pattern in (_RE_MONTH_FIRST, _RE_DAY_FIRST):
        m = pattern.fullmatch(t)
        if m:
            weekday = WEEKDAYS[m["w"].rstrip(".")] if "w" in m.groupdict() and m["w"] else None
            return Reading("date", year=int(m["y"]) if m["y"] else None, month=_month(m["m"]),
                           day=_day(m["d"]), weekday=weekday)
    m = _RE_ISO.fullmatch(t)
    if m and 1 <= int(m["m"]) <= 12:
        return Reading("date", year=int(m["y"]), month=int(m["m"]), day=int(m["d"]))
    m = _RE_SLASH.fullmatch(t)
    if m:
        year = int(m["y"]) if len(m["y"]) == 4 else 1900 + int(m["y"]) + (100 if int(m["y"]) < 50 else 0)
        return Reading("date", year=year, month=int(m["m"]), day=int(m["d"]))
    m = _RE_MONTH_YEAR.fullmatch(t)
    if m and (m["y"] or m["m"] in FULL_MONTH_NAMES or m["m"].endswith(".")):
        return Reading("date", year=int(m["y"]) if m["y"] else None, month=_month(m["m"]))
    m = _RE_SHIFTED_MONTH.fullmatch(t)
    if m:
        shift = {"last": -1, "this past": -1, "next": 1, "this coming": 1}.get(m["s"], 0)
        return Reading("date", month=_month(m["m"]), n=shift, code="this" if m["s"] == "this" else None)
    m = _RE_MONTH_OF_YEAR.fullmatch(t)
    if m:
        return Reading("date", month=_month(m["m"]), unit="year", n=SHIFTS[m["s"]])
    m = _RE_YEAR.fullmatch(t)
    if m:
        return Reading("fixed", value=m["y"], unit="year")
    m = _RE_DECADE.fullmatch(t)
    if m:
        value = f"{m['c']}{m['d']}" if m["c"] else f"19{m['s']}"
        return Reading("fixed", value=value, unit="decade")
    return None


def _read_weekday(t: str) -> Reading | None:
    m = _RE_WEEKDAY.fullmatch(t)
    if m:
        part = PARTS_OF_DAY[m["p"]] if m["p"] else None
        return Reading("date", type="TIME" if part else "DATE", weekday=WEEKDAYS[m["w"].rstrip(".")],
                       part=part)
    m = _RE_PART_WEEKDAY.fullmatch(t)
    if m:
        part = PARTS_OF_DAY.get(m["p"])
        return Reading("date", type="TIME" if part else "DATE", weekday=WEEKDAYS[m["w"].rstrip(".")],
                       part=part)
    m = _RE_WEEKDAY_MOD.fullmatch(t)
    if m:
        shift = {"last": -1, "this past": -1, "next": 1, "this coming": 1}.get(m["s"], 0)
        return Reading("date", weekday=WEEKDAYS[m["w"].rstrip(".")], n=shift)
    return None


def _read_clock(t: str) -> Reading | None:
    m = _RE_CLOCK.fullmatch(t)
    if not m:
        return None
    clock = _clock_value(m["c"])
    rest = read_time(m["rest"]) if m["rest"] else Reading("relative", unit="day", n=0)
    if rest is None or rest.kind not in ("date", "relative") or (rest.kind == "relative" and rest.unit != "day"):
        return None
    return replace(rest, type="TIME", part=clock)


def _clock_value(text: str) -> str:
    if text == "noon":
        return "12:00"
    if text == "midnight":
        return "24:00"
    m = re.match(r"(\d{1,2})(?::(\d\d))?\s?([ap])", text)
    assert m  # the pattern guarantees it
    hour = int(m[1]) % 12 + (12 if m[3] == "p" else 0)
    return f"{hour:02d}:{m[2] or '00'}"


def _read_range(t: str) -> Reading | None:
    m = _RE_RANGE_SAME_MONTH.fullmatch(t)
    if m:
        year = int(m["y"]) if m["y"] else None
        month = _month(m["m"])
        return Reading("range", start=Reading("date", year=year, month=month, day=_day(m["d1"])),
                       end=Reading("date", year=year, month=month, day=_day(m["d2"])))
    m = _RE_YEAR_RANGE.fullmatch(t)
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


_RULES = (_read_reference, _read_set, _read_relative_day, _read_range, _read_calendar_date,
          _read_weekday, _read_shifted_unit, _read_ago, _read_quarter, _read_season,
          _read_duration, _read_clock)

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

    With ``reach``, the tense only decides within that many days: "payable Nov. 6" in a
    past-tense sentence of Nov. 2 is this Nov. 6, not last year's.
    """
    if tense == "PAST":
        past = [c for c in candidates if c <= anchor and (reach is None or (anchor - c).days <= reach)]
        if past:
            return max(past)
    if tense == "FUTURE":
        future = [c for c in candidates if c >= anchor and (reach is None or (c - anchor).days <= reach)]
        if future:
            return min(future)
    return min(candidates, key=lambda c: (abs((c - anchor).days) - (PAST_BONUS_DAYS if c <= anchor else 0), c))


# Unknown tense: a past date this many days further away still wins over a future one
PAST_BONUS_DAYS = 1
# A day or month with no year follows the tense only this far from the anchor (tuned on TimeBank)
TENSE_REACH_DAYS = 183


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
    elif r.n > 0:
        pick = min(m for m in months if m > first)
    elif r.code == "this":
        pick = months[1]
    else:
        pick = _pick_candidate(months, first, tense, TENSE_REACH_DAYS)
    return pick.strftime("%Y-%m")


def _with_part(day: str, part: str | None) -> str:
    if not part:
        return day
    return f"{day}T{part}"


def _resolve_relative(r: Reading, anchor: date, tense: str | None = None) -> str | None:
    unit, n = r.unit, r.n
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
    if anchor is None:
        return None
    current = anchor.year * 4 + (anchor.month - 1) // 3
    if r.code:
        q = int(r.code) - 1
        # news names a quarter once it has started (results come after it ends): the latest
        # quarter with that number that is not in the future, whatever the tense
        pick = max(c for c in ((anchor.year + k) * 4 + q for k in (-1, 0)) if c <= current)
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
    return f"{_pick_candidate(starts, anchor, tense).year}-{r.code}"


def _add_months(d: date, n: int) -> date:
    year, month = _shift_month(d.year, d.month, n)
    return date(year, month, 1)


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
    if r.kind == "quarter":
        return _resolve_quarter(r, anchor, tense)
    if r.kind == "season":
        return _resolve_season(r, anchor, tense)
    if anchor is None:
        return None
    if r.kind == "relative":
        return _resolve_relative(r, anchor, tense)
    if r.kind == "ago":
        return _resolve_ago(r, anchor)
    return None


# ---------------------------------------------------------------------------------------------
# Tense from the parse


def clause_tense(span: Span) -> str | None:
    """PAST, FUTURE or PRESENT for the clause a time expression modifies; None if unknown."""
    token = span.root
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") and token.dep_ != "aux" and token.dep_ != "auxpass":
            tense = _verb_tense(token)
            if tense:
                return tense
        if token.head is token:
            break
        token = token.head
    return None


def _verb_tense(verb: object) -> str | None:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]  # type: ignore[attr-defined]
    words = {a.lower_ for a in auxes}
    if words & FUTURE_AUXILIARIES or ("going" in words and "to" in words):
        return "FUTURE"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):  # type: ignore[attr-defined]
        return "PAST"
    if verb.tag_ == "VBN" and words & {"has", "have", "'s", "'ve"}:  # type: ignore[attr-defined]
        return "PAST"
    if verb.lemma_ in FUTURE_VERBS and verb.tag_ in ("VBN", "VBZ", "VBP", "JJ"):  # type: ignore[attr-defined]
        return "FUTURE"
    if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):  # type: ignore[attr-defined]
        if verb.tag_ == "VBG" or any(a.lower_ == "to" for a in auxes):  # type: ignore[attr-defined]
            return "FUTURE"  # "is meeting on Tuesday", "is to meet"
        return "PRESENT"
    if "to" in words:  # an infinitive: its time follows the governing verb's
        return None
    return None


# ---------------------------------------------------------------------------------------------
# Finding candidate spans

# Month and weekday names must be capitalised in running text: "may", "march", "sun" and
# "wed" are ordinary words too. The other patterns ignore case ("Next Week" in a headline).
_CAP_MONTH = _MONTH.title()
# full weekday names, or abbreviations with their period: "Sun" alone is a newspaper
_CAP_WEEKDAY = "(?:" + _alt(w.title() for w in WEEKDAYS if len(w) > 5) + "|" + _alt(
    w.title() + "." for w in WEEKDAYS if len(w) <= 5) + ")"
_CLOCK_CASELESS = r"(?:\d{1,2}(?::\d\d)?\s?(?:a\.m\.|p\.m\.)|noon|midnight)"
_CASED_SPAN_PATTERNS = [
    re.compile(p)
    for p in (
        rf"\b{_CAP_MONTH}\s{_DAYNUM}\s?(?:-|–|—|to|through)\s?(?:{_CAP_MONTH}\s)?{_DAYNUM}"
        rf"(?:,?\s{_YEAR})?\b",
        rf"\b(?:{_CAP_WEEKDAY},?\s)?{_CAP_MONTH}\s{_DAYNUM}(?:,?\s{_YEAR})?\b",
        rf"\b{_DAYNUM}\s{_CAP_MONTH}(?:,?\s{_YEAR})?\b",
        rf"\b{_CAP_MONTH},?\s{_YEAR}\b",
        rf"\b(?:{_CLOCK_CASELESS}\s(?:on\s)?)?{_CAP_WEEKDAY}(?:\s{_PART})?\b",
    )
]
_CASELESS_SPAN_PATTERNS = [
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"\b(?:today|tonight|yesterday|tomorrow|overnight)(?:\s{_PART})?\b",
        r"\b(?:(?:earlier|later)\s)?(?:this|last|next|the\spast|the\scoming)\s"
        r"(?:week(?:end)?|month|year|quarter|morning|afternoon|evening|night|spring|summer|fall|"
        r"autumn|winter)\b",
        rf"\b{_NUMBER}\s{_UNIT}\sago\b",
        rf"\b(?:every|each)\s(?:{_NUMBER}\s)?(?:{_UNIT}|{_WEEKDAY})\b",
        r"\b(?:daily|weekly|monthly|annually|yearly|hourly|quarterly)\b",
        r"\b(?:now|currently|recently|lately|soon|for\snow|the\s(?:near\s)?future)\b",
        r"\b\d{1,2}(?::\d\d)?\s?(?:a\.m\.|p\.m\.)",
        r"\b(?:the\s)?(?:first|second|third|fourth)[\s-]quarter\b",
    )
]
_SPAN_PATTERNS = _CASED_SPAN_PATTERNS + _CASELESS_SPAN_PATTERNS


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    reading: Reading | None
    from_rules: bool


def _pattern_candidates(text: str) -> list[_Candidate]:
    found = []
    for pattern in _SPAN_PATTERNS:
        for m in pattern.finditer(text):
            found.append(_Candidate(m.start(), m.end(), read_time(m.group()), True))
    return found


def _entity_candidates(doc: Doc) -> list[_Candidate]:
    found = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        start, end = _trim(doc.text, ent.start_char, ent.end_char)
        if end <= start or _is_false_time(doc.text, start, end):
            continue
        reading = read_time(doc.text[start:end])
        if reading is None and not _has_time_word(doc.text[start:end]):
            continue  # "49" (an age), "Olympic": spaCy's DATE without anything we can read
        found.append(_Candidate(start, end, reading, False))
    return found


_TIME_WORD = re.compile(
    rf"\b(?:{_alt(TIME_WORDS)}|{_alt(MONTHS)}|{_alt(WEEKDAYS)}|{_alt(SEASONS)}|{_alt(PARTS_OF_DAY)}|"
    rf"(?:{_alt(UNITS)})s?|centuries|\d{{4}}s?)\b",
    re.IGNORECASE,
)


def _has_time_word(text: str) -> bool:
    return bool(_TIME_WORD.search(text))


def _is_set_adjective(doc: Doc, cand: _Candidate) -> bool:
    """ "quarterly dividend", "the daily Izvestia": a frequency word modifying a noun."""
    if cand.reading is None or cand.reading.type != "SET":
        return False
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    token = span[0]
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return token.dep_ == "amod" or (following is not None and following.pos_ == "PROPN")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop prepositions and possessives spaCy sometimes folds into an entity."""
    piece = text[start:end]
    lowered = piece.lower()
    for prefix in LEADING_PREPOSITIONS:
        if lowered.startswith(prefix) and lowered not in REFERENCE_WORDS:
            start += len(prefix)
            break
    piece = text[start:end]
    for suffix in ("'s", "’s"):
        if piece.endswith(suffix):
            end -= len(suffix)
    while end > start and text[end - 1] in " ,;:-–(":
        end -= 1
    return start, end


def _is_false_time(text: str, start: int, end: int) -> bool:
    piece = text[start:end].strip().lower()
    if piece in FALSE_TIME_TEXTS:
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
    # a bare clock reading on its own line is a media player's counter or a timestamp widget
    return bool(re.fullmatch(r"\d{1,2}:\d\d(?::\d\d)?", line))


def _choose(candidates: list[_Candidate]) -> list[_Candidate]:
    """Non-overlapping candidates, preferring readable, then longer, then our own."""
    ranked = sorted(candidates, key=lambda c: (c.reading is None, -(c.end - c.start), not c.from_rules))
    chosen: list[_Candidate] = []
    for cand in ranked:
        if all(cand.end <= c.start or cand.start >= c.end for c in chosen):
            chosen.append(cand)
    return sorted(chosen, key=lambda c: c.start)


def _type_of(reading: Reading | None, text: str) -> str:
    if reading is not None:
        return reading.type
    lowered = text.lower()
    if re.search(rf"\b{_UNIT}\b", lowered) and not re.search(r"\b(ago|this|last|next)\b", lowered):
        return "DURATION"
    return "DATE"


def find_times(doc: Doc, *, anchor: date | None) -> list[TimeExpr]:
    """Every time expression in ``doc`` with its TIMEX3 type and value against ``anchor``.

    ``anchor`` is the publication date; relative expressions ("next week", "Tuesday") get
    value None without one. Offsets are character offsets into ``doc.text``.
    """
    times = []
    for cand in _choose(_entity_candidates(doc) + _pattern_candidates(doc.text)):
        if _is_set_adjective(doc, cand):
            continue
        text = doc.text[cand.start:cand.end]
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        tense = clause_tense(span) if span is not None and len(span) else None
        value = resolve(cand.reading, anchor, tense) if cand.reading else None
        times.append(
            TimeExpr(
                text=text,
                start=cand.start,
                end=cand.end,
                value=value,
                type=_type_of(cand.reading, text),
                granularity=cand.reading.granularity if cand.reading else None,
                anchor=anchor.isoformat() if anchor else None,
            )
        )
    return times


def as_datetime(d: date) -> datetime:
    """dateparser wants a datetime for RELATIVE_BASE."""
    return datetime(d.year, d.month, d.day)

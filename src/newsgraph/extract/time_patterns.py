"""Word lists and regular expressions for time expressions (data, not logic).

``times`` reads and finds time expressions with these; ``time_resolve`` pins readings to the
calendar. Month and weekday names, numbers, units, TIMEX3 reference words, and the span
patterns used to find expressions spaCy misses all live here.
"""

from __future__ import annotations

import re

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
# Nouns after a season that keep it a time: 'the summer months', 'the fall semester'.
TIME_NOUNS_AFTER_SEASON = frozenset(
    {"months", "month", "semester", "term", "session", "season", "break", "holidays", "recess", "quarter"}
)
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                "overnight": "NI", "tonight": "NI", "midday": "MI"}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "couple": 2, "a couple of": 2,
    "half a": 0.5, "a half": 0.5, "couple of": 2,
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
# Frequency adjectives tagged as SETs even before a noun ("weekly radio address"); "annual" and
# "quarterly" before a noun ("quarterly dividend") are left untagged
KEPT_SET_ADJECTIVES = {"daily", "weekly", "hourly", "nightly", "monthly"}
REFERENCE_WORDS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "current": "PRESENT_REF", "then current": "PAST_REF", "then-current": "PAST_REF",
    "at present": "PRESENT_REF", "at the moment": "PRESENT_REF",
    "these days": "PRESENT_REF", "nowadays": "PRESENT_REF", "the present": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "previously": "PAST_REF", "formerly": "PAST_REF", "once": "PAST_REF",
    "the future": "FUTURE_REF", "future": "FUTURE_REF", "soon": "FUTURE_REF",
    "the near future": "FUTURE_REF", "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF", "the long term": "FUTURE_REF", "someday": "FUTURE_REF",
    "shortly": "FUTURE_REF", "eventually": "FUTURE_REF",
    "a later date": "FUTURE_REF", "at the time": "PAST_REF",
}  # fmt: skip
# Words that say "the time is in the past" or "in the future" when they head the expression
PAST_MODIFIERS = ("earlier", "last", "past", "previous", "ago", "since")
# Before a time, these make it a deadline, which a past-tense clause does not put in the past
DEADLINE_WORDS = {"until", "till", "by", "through"}
# Verbs whose "for" names the time a thing is planned or predicted for: in 'were forecast for
# Thursday', 'was scheduled for Friday' the past tense is the forecast's, not the day's
# ('expected for Friday', 'set for Friday' are as often said of a day gone by: 'The concert was
# expected for Friday but the singer fell ill')
FORECAST_FOR_VERBS = frozenset({"forecast", "predict", "schedule", "slate"})
# Before a time, these point forward whatever the clause's tense
FORWARD_CUE_WORDS = {"effective"}
# ... and these point back
BACKWARD_CUE_WORDS = {"since"}
# A level a time names as when it was reached lies behind: 'down from the March high', 'above the
# January low' (a present clause, yet no March to come has had its high).
REACHED_LEVEL_NOUNS = frozenset({"high", "low", "peak", "trough", "record", "highs", "lows", "peaks"})
# An unreadable candidate ending in a preposition lost its date to another candidate
DANGLING_END = re.compile(r"\s(?:of|on|in|at|by)$")
# Before a possessive day ("ahead of Tuesday's vote"), these put the event still to come
FORWARD_POSSESSIVE_CUE = re.compile(r"\b(?:ahead of|advance of|upcoming|coming|await(?:s|ing|ed)?)$")
# Dependencies of a bare past participle that modifies a noun or the clause: its own time is
# past ("the decision, announced Wednesday", "rules adopted Friday")
PARTICIPLE_CLAUSES = ("acl", "relcl", "advcl")
FUTURE_AUXILIARIES = {"will", "'ll", "shall", "wo", "wil"}
# "would" in reported speech and verbs of planning, whatever their tense, point forward
REPORTED_FUTURE_AUXILIARIES = {"would"}
PLANNING_VERBS = {"plan", "schedule", "intend", "postpone", "slate"}
FUTURE_VERBS = {"plan", "schedule", "expect", "due", "set", "intend", "slate", "aim"}
# Words whose infinitive says what is to happen after them: "agreed to buy the line in
# February", "an agreement to acquire the bank in January", "hoped to visit in the summer". The
# time is after the agreement or the hope, which says nothing of whether it is before or after
# the publication date.
FORWARD_COMPLEMENT_HEADS = frozenset({"agree", "agreement", "promise", "pledge", "vow", "offer", "decide",
                            "decision", "vote", "commit", "undertake", "propose", "proposal",
                            "deal", "contract", "pact", "accord", "hope", "want", "wish", "aim", "seek"})
# ... of which these look forward only with "for"/"to" ("set for Friday", not "a record set on Aug. 6")
FUTURE_ONLY_WITH_TARGET = {"set"}
# Verbs whose past tense is spelled as the present: a VBP tag on them may be a past
SAME_FORM_PAST = {"hurt", "cut", "put", "set", "hit", "let", "cost", "shut", "spread", "quit",
                  "split", "bid", "cast", "burst", "beat", "read", "upset", "bet", "broadcast",
                  "forecast", "offset", "shed", "slit", "thrust", "rid"}
# Lemmas/words spaCy tags DATE/TIME that are not times we can use
FALSE_TIME_TEXTS = {"0:00", "00:00", "the day", "day", "days", "a day", "time", "times"}
# An unreadable spaCy DATE/TIME entity is kept (value None) only if it holds one of these
TIME_WORDS = ("time", "period", "moment", "era", "ago", "now", "past", "future", "term",
              "while", "holiday", "christmas", "easter", "thanksgiving", "season", "dawn",
              "dusk", "noon", "midnight", "end", "beginning", "start")
LEADING_PREPOSITIONS = ("on ", "in ", "at ", "by ", "since ", "until ", "till ", "from ",
                        "during ", "for ", "of ", "as of ")
# "at least" is part of a duration (TimeML keeps it), "at" alone is a preposition
KEPT_AFTER_AT = ("least ", "most ")
# Hedges TimeBank/AQUAINT leave outside the TIMEX3 ("about five hours", "just a decade ago");
# "nearly", "almost", "around", "more than", "at least" stay inside
DROPPED_HEDGES = ("about ", "just ", "only ", "barely ", "as long as ", "approximately ", "both ")
# "later today": TimeML tags "today". ("earlier this week", "late last week" keep their
# modifier, as TimeML's extent does with a MOD; TimeBank does so 13 times in 20)
DROPPED_BEFORE_DEICTIC = re.compile(r"(?:earlier|later) (?=today|tonight)", re.IGNORECASE)
# "the" is left out before a calendar date used as a modifier ("the Aug. 7, 1998 bombing")
# and before bare plural units ("over the years")
DROPPED_ARTICLE = re.compile(
    r"[Tt]he (?=(?:[A-Z][a-z]{2,8}\.? \d{1,2}\b|(?:days|weeks|months|years|decades|hours)$))"
)
# A word typed twice ("at the the end of November"): the first copy is a slip, outside the time
# (letters only, the second copy a whole word: '1 1/2 years' keeps its 1)
DROPPED_DOUBLED_WORD = re.compile(r"([a-z]+) (?=\1(?![\w/.-]))", re.IGNORECASE)
# "a month-long strike": the article belongs to the noun; TimeML tags "month-long" (P1M)
DROPPED_ARTICLE_BEFORE_LONG = re.compile(r"[Aa]n? (?=(?:hour|day|week|month|year|decade)[- ]?long\b)")
RE_UNIT_LONG = re.compile(r"(?P<u>hour|day|week|month|year|decade)[- ]?long")
# "three days later" is a duration "three days" followed by a signal
DROPPED_TRAILING_SIGNAL = re.compile(r"(?<=s) later$|(?<=half) later$")
# What separates the times of a list spaCy marks as one entity ("1994, 1995 and 1997")
LIST_SEPARATOR = re.compile(r",\s*(?:and\s|or\s)?|\s(?:and|or)(?:\s|$)")
# "a quarter", "three quarters" followed by "of": a fraction
FRACTION = re.compile(r"\b(?:a|one|three) quarters?$", re.IGNORECASE)
# Ages are not time expressions in TimeML: "a 6-year-old", "52 years old", "six-month-old"
AGE = re.compile(r"(?:\w+[- ])+(?:years?|months?|weeks?|days?)[- ]old", re.IGNORECASE)

# Decades in words: "the nineties", "the early sixties" (of the 1900s, as "the '60s" is)
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}
# "when Kopp was in his 30s", "her early forties": an age, not a decade
TWO_DIGIT_DECADE = re.compile(r"(?<!\d)'?[1-9]0s\b|\b(?:" + "|".join(DECADE_WORDS) + r")\b", re.IGNORECASE)
AGE_BEFORE_DECADE = re.compile(r"\b(?:his|her|their|my|your|our)\s+(?:(?:early|mid|late)[- ]?)?$", re.IGNORECASE)

REFS = ("PAST_REF", "PRESENT_REF", "FUTURE_REF")

def alt(words: object) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))  # type: ignore[attr-defined]


MONTH = rf"(?:{alt(MONTHS)})\.?"
WEEKDAY = rf"(?:{alt(WEEKDAYS)})\.?"
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[6-9]\d\d|20\d\d)"
TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
ONES_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
# "twenty-four", "twenty four", "a hundred", "two thousand", "2 1/2"
COMPOUND_NUMBER = (rf"(?:{alt(TENS_WORDS)})[- ](?:{alt(ONES_WORDS)})|"
                   rf"(?:a|one|two|three|four|five|several|a few) (?:hundred|thousand)|\d+ 1/2")
NUMBER = rf"(?:{COMPOUND_NUMBER}|\d+(?:\.\d+)?|{alt(NUMBER_WORDS)}|{alt(VAGUE_QUANTITIES)})"
UNIT = rf"(?:{alt(UNITS)}|centuries)s?"
# 'will start on March 22 and last five days', 'could last a few weeks': the verb "last" before a
# stretch, after a conjunction, "to" or a modal; an adjective "last" follows an article or
# preposition ('the last five days', 'over the last two years')
# ('to' only after a verb: 'expected to last six days', not 'compared to last 12 months')
VERB_LAST_BEFORE = re.compile(
    r"(?i)(?:\b(?:and|or|will|would|could|can|may|might|should|must|not|also)|\b(?:expected|set|going|due|likely|"
    r"continue[sd]?|designed|meant|built|made|intended|planned)\s+to)\s+$"
)
VERB_LAST_STRETCH = re.compile(rf"(?i)last\s+(?=(?:about |around |some |up to )?{NUMBER}\s+{UNIT}\b)")
PART = rf"(?:{alt(k for k in PARTS_OF_DAY if k not in ('tonight', 'overnight'))})"
CLOCK = (r"(?:\d{1,2}(?::\d\d)?\s?(?:a\.m\.?|p\.m\.?|am|pm)|noon|midday|midnight|"
         # "4 in the morning", "9 at night", "10 o'clock": the hour with words that place it
         r"\d{1,2}(?::\d\d)? (?:in the (?:morning|afternoon|evening)|at night)|\d{1,2} o'clock)")
DASH = r"\s?(?:-|–|—|to|through|until|and)\s?"

RE_DAY_FIRST = re.compile(rf"(?P<d>{DAYNUM}) (?:of )?(?P<m>{MONTH}),? ?(?P<y>{YEAR})?")
RE_MONTH_FIRST = re.compile(
    rf"(?:(?P<w>{WEEKDAY}),? )?(?:the )?(?P<m>{MONTH}) (?P<d>{DAYNUM})(?:,? (?P<y>{YEAR}))?"
)
RE_MONTH_YEAR = re.compile(rf"(?:(?:early|mid|late|the end of|the beginning of|the middle of|"
                            rf"the start of|the first half of|the second half of)[- ])?"
                            # "in April month" (not "may month")
                            rf"(?P<m>{MONTH})(?:(?<!may) month)?(?:,? (?:of )?(?P<y>{YEAR}))?")
# "the week of March 6": the week holding that day
RE_WEEK_OF = re.compile(r"(?:the )?week of (?P<d>.+)")
RE_SHIFTED_MONTH = re.compile(rf"(?P<s>last|next|this|this past|this coming) (?P<m>{MONTH})")
RE_MONTH_OF_YEAR = re.compile(rf"(?P<m>{MONTH}),? (?:of )?(?P<s>last|this|next) year")
RE_ISO = re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)")
RE_SLASH = re.compile(r"(?P<m>1[0-2]|0?[1-9])/(?P<d>[12]\d|3[01]|0?[1-9])/(?P<y>\d{4}|\d\d)")
RE_YEAR = re.compile(rf"(?:(?:fiscal|calendar|fiscal year|calendar year|the year|early|mid|late|the end of)[- ])?"
                      rf"(?P<y>{YEAR})")
RE_DECADE = re.compile(r"(?:the )?(?:early |mid-|late )?(?:(?:(?P<c>1[6-9]|20)(?P<d>\d)0|'?(?P<s>[2-9])0)'?s|"
                       rf"(?P<w>{'|'.join(DECADE_WORDS)}))")
RE_WEEKDAY = re.compile(rf"(?P<w>{WEEKDAY})(?: (?P<p>{PART}))?")
RE_WEEKDAY_MOD = re.compile(rf"(?P<s>last|next|this|this past|this coming) (?P<w>{WEEKDAY})")
RE_PART_WEEKDAY = re.compile(rf"(?P<p>{PART}|overnight|early|late) (?:on )?(?P<w>{WEEKDAY})")
RE_CLOCK = re.compile(rf"(?:(?:at|about|around|approximately) )?(?P<c>{CLOCK})(?: (?:[a-z]{{1,2}}t|utc))?"
                       rf"(?:,? (?:on )?(?P<rest>.+))?")
RE_RELATIVE_DAY = re.compile(
    rf"(?:(?:early|late|earlier|later) )?(?P<r>{alt(RELATIVE_DAYS)})(?:'s)?(?: (?P<p>{PART}))?"
)
RE_THIS_PART = re.compile(rf"(?:(?:early|late|earlier|later) )?(?:this|last) (?P<p>{PART})")
RE_PART_RELATIVE_DAY = re.compile(
    rf"(?:early |late |mid[- ]?)?(?P<p>{PART}) (?P<r>yesterday|today|tomorrow)"
)
RE_BARE_PART = re.compile(rf"(?:the |mid[- ]|late |early )(?P<p>{PART})")
# "the year", "the current fiscal year", "year-earlier": the anchor's year, or the one before
RE_THE_YEAR = re.compile(r"(?:the )?(?P<w>the|current|full|fiscal|calendar|year-earlier|"
                          r"year-ago|prior-year|the end of the|end of the)(?: fiscal| calendar)?"
                          r"(?: year| period)?")
# Years read aloud in broadcast transcripts: "nineteen ninety-six", "two thousand"
RE_SPOKEN_YEAR = re.compile(
    rf"\b(?P<c>nineteen|eighteen|twenty) (?P<t>{alt(TENS_WORDS)})(?:[- ](?P<o>{alt(ONES_WORDS)}))?\b"
    rf"|\btwo thousand(?: and)?(?: (?P<o2>{alt(ONES_WORDS)}))?\b"
)
# Holidays: (month, day) for fixed ones; (month, weekday, nth) for "the 4th Thursday of November"
# (nth -1: the last one); "easter" is computed
FIXED_HOLIDAYS = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4),
    "halloween": (10, 31), "valentine's day": (2, 14), "veterans day": (11, 11),
    "bastille day": (7, 14), "boxing day": (12, 26),
}  # fmt: skip
WEEKDAY_HOLIDAYS = {
    "thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4), "labor day": (9, 0, 1),
    "memorial day": (5, 0, -1), "mother's day": (5, 6, 2), "father's day": (6, 6, 3),
    "martin luther king day": (1, 0, 3), "presidents day": (2, 0, 3), "columbus day": (10, 0, 2),
    "election day": (11, 1, 0),  # the Tuesday after the first Monday: nth 0 marks it
}  # fmt: skip
# Days counted from Easter Sunday
EASTER_OFFSETS = {"easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2}
HOLIDAYS = [*FIXED_HOLIDAYS, *WEEKDAY_HOLIDAYS, *EASTER_OFFSETS]
RE_HOLIDAY = re.compile(
    rf"(?:(?P<s>last|next|this) )?(?P<h>{alt(HOLIDAYS)})(?P<w> week)?"
    rf"(?: (?P<y>{YEAR}))?"
)
# "the eighth day (of the strike)": a day counted within an event, which is the anchor's
# only when the clause says it is now ("today is the eighth day of ...")
RE_ORDINAL_DAY = re.compile(
    r"the (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th)) day"
)
# Expressions anchored to the last time the text mentioned, not to the publication date
RE_ANAPHORIC = re.compile(
    rf"(?:(?P<e>earlier|later|early|late) (?:in |on )?)?(?:(?P<that>that)|the (?P<s>next|following|previous|"
    rf"preceding|same)) (?P<u>day|week|month|year|morning|afternoon|evening|night|{alt(WEEKDAYS)})"
)
# "rejected the request the following June", "broke it the following spring": the first such
# month or season after (or before) the time the text last named
RE_NAMED_MONTH_AFTER = re.compile(rf"the (?P<s>following|previous|preceding) (?:(?P<m>{alt(FULL_MONTH_NAMES)})|"
                                  rf"(?P<season>{alt(SEASONS)}))")
# "April of that year", "in June the same year": a month of the year the text last named
RE_MONTH_OF_THAT_YEAR = re.compile(rf"(?P<m>{MONTH}),? (?:of )?(?:that|the same|the following|the previous) year")
RE_ANAPHORIC_AFTER = re.compile(r"the (?P<u>day|week|month|year) (?P<s>before|after|earlier|later)")
# "the week before last", "the day after tomorrow": two units back or ahead of the anchor's
RE_TWO_UNITS_AWAY = re.compile(r"the (?:(?P<u>week|month|year) (?P<s>before last|after next)|"
                               r"day (?P<d>before yesterday|after tomorrow))")
# "the day before last Tuesday", "the week after Christmas": one time counted from another
RE_OFFSET = re.compile(r"the (?P<u>day|week) (?P<s>before|after) (?P<rest>.+)")
RE_OFFSET_BEFORE = re.compile(r"\b[Tt]he (?:day|week) (?:before|after) $")
ANAPHORIC_SHIFTS = {"next": 1, "following": 1, "after": 1, "later": 1, "previous": -1, "preceding": -1,
                    "before": -1, "earlier": -1, "same": 0}
# "a year earlier", "the year-ago period": in a text about a quarter, that quarter a year before
RE_YEAR_EARLIER = re.compile(r"(?:the )?(?:a year (?:ago|earlier|before)|(?:comparable )?year-(?:earlier|ago)"
                             r"(?: quarter| period)?)")
# "compared with a loss of $3 million last year", "up from 24 cents a share last year": an amount
# set against the same figure "last year", right before it ...
COMPARED_AMOUNT_BEFORE = re.compile(
    r"(?i)\b(?:compared (?:with|to)|from|against)\s[^.;]{0,40}?"
    r"(?:[$#]\s?[\d.,]+|\b[\d.,]+ (?:cents|francs|guilders|pence|marks|yen|pounds))"
    r"(?: (?:million|billion))?(?:,? or [^.;]{0,40}?a share)?,?\s$")
# ... or "from last year's $1.55 billion": a linking word before, the amount after
COMPARED_AMOUNT_AFTER = re.compile(r"(?i)'s\s(?:[$#]|[A-Z]{1,2}\$)\s?\d")
FROM_BEFORE = re.compile(r"(?i)\b(?:from|with|to|against)\s$")
RE_SHIFTED_UNIT = re.compile(
    rf"(?:(?:earlier|later|early|late|the end of|the beginning of|the start of|the rest of|"
    rf"the middle of|the first half of|the second half of) )?"
    rf"(?:the )?(?P<s>{alt(SHIFTS)}) (?P<u>week|weekend|month|year|quarter|decade|century)"
)
RE_AGO = re.compile(rf"(?:(?:about|almost|nearly|some|more than|less than|just|only) )?"
                     rf"(?P<n>{NUMBER}) (?P<u>{UNIT}) (?:or so )?"
                     rf"(?:ago|earlier|before|(?P<ahead>from now|from today|hence))"
                     rf"(?: this (?P<this>month|week))?")
RE_DURATION = re.compile(
    rf"(?:(?:about|almost|nearly|some|more than|less than|at least|up to|over|around|"
    rf"roughly|just|only|barely|no more than|under|another|each of|the first|the past|the last|"
    rf"the next|the previous|the coming|the final|the remaining|an? additional|the latest|"
    rf"the year-earlier|the year-ago|the comparable|the same|the) )*"
    rf"(?P<n>{NUMBER})(?P<to>(?: to |[-–]){NUMBER})?(?: (?:more|additional|further|extra|straight|consecutive|full))?"
    rf"(?:[- ]|-and-a-half )"
    rf"(?:(?:trading|business|working|calendar|school)[- ])?(?P<u>{UNIT})"
    rf"(?:[- ]old|[- ]long| and a half| or so| later| earlier| of (?:the year|{YEAR}))?"
)
# "within weeks or months", "in recent weeks and months": one vague stretch, TimeML's one TIMEX3,
# measured in the first (the smaller) unit
RE_UNITS_OR_UNITS = re.compile(r"(?:(?:the )?(?:past|last|next|coming|recent) )?(?P<u>days|weeks|months|years) "
                               r"(?:or|and) (?:weeks|months|years|decades)")
# "this year as last", "this week than last": "last" with its unit left out
ELIDED_LAST_UNIT = re.compile(r"(?i)\bthis (?P<u>year|month|week|quarter) (?:as|than|and|or) (?P<l>last)\b(?! \w)")
# "the first nine months of 1997": a stretch and the year it lies in (two TIMEX3s)
STRETCH_OF_YEAR = re.compile(rf"(?i)(?P<d>.+?(?:days|weeks|months)) of (?P<y>(?:the|this|last) year|{YEAR})")
RE_BARE_UNITS = re.compile(rf"(?:(?:the )?(?:past|last|next|coming|recent|first|early|final) )?(?P<u>{UNIT})")
# "the weeks ahead", "the months ahead": "the coming weeks" put the other way round
RE_UNITS_AHEAD = re.compile(rf"the (?P<u>{UNIT}) ahead")
# "the 20th century", "the early 19th century": TIMEX3 writes the first two digits, "19", "18"
RE_CENTURY = re.compile(r"(?:the |a )?(?:early |late |mid-|mid )?(?P<n>\d{1,2})(?:st|nd|rd|th)[- ]century")
# "year-end", "around year end", "the end of the year": the anchor's year
RE_YEAR_END = re.compile(r"(?:around |by )?(?:the )?(?:year[- ]end|year's end|end of the year)")
# "earlier in the year", "later in the day", "the end of the month": the anchor's unit
RE_IN_THE_UNIT = re.compile(r"(?:(?:earlier|later|early|late) in|the (?:end|beginning|start|middle|rest) of) "
                            r"the (?P<u>day|week|month|year)")
# "coming months", "future quarters", "past years" (no article, no number): a vague reference
# to the future or past, not a duration ("the coming weeks" and "recent years" stay durations)
RE_VAGUE_REFERENCE = re.compile(r"(?P<w>coming|future|past) (?:days|weeks|months|quarters|years|decades)")
# "the year ended March 31", "the six months ending June 30" ("the quarter ended" is a date)
RE_PERIOD_ENDED = re.compile(
    r"\b(?P<p>the\s(?:(?:fiscal|calendar)\s)?year|the\s(?P<n>[\w-]+)\s(?:months|weeks))\s(?:ended|ending)\b",
    re.IGNORECASE,
)
RE_SET = re.compile(
    rf"(?:(?:once|twice|{NUMBER} times) )?(?:every(?: single)?|each|a|an|per) (?:(?P<n>{NUMBER}|other) )?"
    rf"(?P<u>{UNIT}|{WEEKDAY}|{MONTH}|{alt(SEASONS)})"
)
RE_PLURAL_WEEKDAY = re.compile(rf"(?P<w>{alt(k for k in WEEKDAYS if len(k) > 3)})s")
# "the past three summers": several of a season, which has no duration unit; TIMEX3 writes
# the set of that season
RE_SEASONS_COUNTED = re.compile(rf"(?:the )?(?:past|last|next|coming|previous) (?:{NUMBER}) (?P<n>{alt(SEASONS)})s")
# "Tuesday nights", "Sunday mornings": that part of every such day
RE_WEEKDAY_PARTS = re.compile(rf"(?P<w>{alt(k for k in WEEKDAYS if len(k) > 3)}) (?P<p>{PART})s")
# "on Monday and Tuesday nights": the first day shares the plural part of the day (a set of both)
WEEKDAY_AND_WEEKDAY_PARTS = re.compile(
    rf"(?i)\b(?P<w>{alt(k for k in WEEKDAYS if len(k) > 3)}) (?:and|or) "
    rf"(?:{alt(k for k in WEEKDAYS if len(k) > 3)}) (?P<p>{PART})s\b")
# "in the second and fourth quarters": two quarters, the first named by its ordinal alone
COORDINATED_QUARTERS = re.compile(
    r"(?i)\b(?P<a>first|second|third|fourth) (?:and|or) (?P<b>(?P<o>first|second|third|fourth) quarters)\b")
RE_QUARTER = re.compile(
    rf"(?:the )?(?:(?P<y1>{YEAR})(?:'s)? )?(?:the )?(?:comparable )?(?:(?P<s>this|last|next|latest|current|"
    rf"year-earlier|year-ago|fiscal|this year's|last year's|next year's) )?(?:fiscal )?"
    rf"(?:(?P<o>{alt(ORDINALS)})[- ])?quarter(?: of (?:fiscal )?(?P<y2>{YEAR}))?"
)
# "the September quarter", "the June-ending quarter": the quarter that ends with that month
RE_MONTH_QUARTER = re.compile(
    rf"(?:the )?(?:(?P<y>{YEAR}) )?(?P<m>march|june|september|december|mar\.|sept?\.|dec\.)"
    rf"(?:[- ]end(?:ing|ed))? quarter",
    re.IGNORECASE,
)
QUARTER_ENDING = {"mar": 1, "march": 1, "june": 2, "sep": 3, "sept": 3, "september": 3, "dec": 4, "december": 4}
# "the 1988 period", "the 1988 quarter": in a quarterly report, that year's quarter the report is about
RE_YEAR_PERIOD = re.compile(rf"(?:the )?(?P<y>{YEAR})(?:'s)? (?:period|quarter)")
# "the latest period": the quarter a report is about
YEAR_POSSESSIVES = {"last year's": -1, "this year's": 0, "next year's": 1}
# "the same period last year", "the corresponding quarter a year earlier": the period a report is
# about, a year before
RE_SAME_PERIOD_A_YEAR_BEFORE = re.compile(
    r"(?:the )?(?:same|corresponding|comparable) (?:period|quarter) (?:of )?(?:last year|a year (?:ago|earlier))")
# "the latest fiscal year", "the most recent year": the last whole year with figures, the one before
RE_LATEST_YEAR = re.compile(r"(?:the )?(?:latest|most recent|last full|last complete) (?:fiscal |calendar )?year")
RE_LATEST_PERIOD = re.compile(r"(?:the )?(?:latest|current|most recent) period")
# "the first half of 1990", "the first two quarters of 1990": TIMEX3's H1/H2
RE_HALF_YEAR = re.compile(rf"(?:at least )?(?:the )?(?P<h>first|second|last) (?:half|two quarters) of "
                          rf"(?:(?P<y>{YEAR})|(?P<s>the|this|last|next|the current) year)")
RE_Q_SHORT = re.compile(rf"q(?P<o>[1-4])(?: (?P<y>{YEAR}))?")
# "the first quarter of last year", "the autumn of this year", "March 13 last year": a part of a
# year placed in the year before, this or the next one
RE_PART_OF_SHIFTED_YEAR = re.compile(r"(?P<x>.+?),? (?:of )?(?P<s>last|this|next) year")
# "a fortnight", "the past fortnight": British English for two weeks; read as "two weeks"
FORTNIGHT = re.compile(r"\b(?:an? |one )?fortnight\b")
# "once a fortnight", "twice a fortnight": a set, read as "once every two weeks"
FORTNIGHTLY = re.compile(r"\b(once|twice|times) an? fortnight\b")
# "at least 2016", "as early as March": a bound before a date
RE_BOUNDED_DATE = re.compile(r"(?:at least|as early as|as late as|no later than|no earlier than) (?P<d>.+)")
RE_SEASON = re.compile(rf"(?:the )?(?:(?P<s>this|last|next|this past|this coming|early|late) )?"
                        rf"(?P<n>{alt(SEASONS)})(?: (?:of )?(?P<y>{YEAR}))?"
                        rf"(?: (?:{alt(TIME_NOUNS_AFTER_SEASON)}))?")  # 'the winter season', 'the summer months'
RE_RANGE_SAME_MONTH = re.compile(
    rf"(?:from |between )?(?P<m>{MONTH}) (?P<d1>{DAYNUM}){DASH}(?P<d2>{DAYNUM})(?:,? (?P<y>{YEAR}))?"
)
RE_RANGE_SAME_MONTH_DAY_FIRST = re.compile(
    rf"(?:from |between )?(?P<d1>{DAYNUM}){DASH}(?P<d2>{DAYNUM}) (?P<m>{MONTH})(?:,? (?P<y>{YEAR}))?"
)
RE_YEAR_RANGE = re.compile(rf"(?:from |between )?(?P<y1>{YEAR}){DASH}(?P<y2>{YEAR}|\d\d)")


# ---------------------------------------------------------------------------------------------
# Finding candidate spans

# Month and weekday names must be capitalised in running text: "may", "march", "sun" and
# "wed" are ordinary words too. The other patterns ignore case ("Next Week" in a headline).
CAP_MONTH = MONTH.title()
# full weekday names, or abbreviations with their period: "Sun" alone is a newspaper
CAP_WEEKDAY = "(?:" + alt(w.title() for w in WEEKDAYS if len(w) > 5) + "|" + alt(
    w.title() + "." for w in WEEKDAYS if len(w) <= 5) + ")"
# A bare month name after an article and before these starts a name: "the March for Life",
# "the March on Washington" (but "in March on Long Island", "in March on Tuesday" are months)
NAME_AFTER_MONTH = re.compile(rf"\s(?:for|of|on|against)\s(?!{CAP_WEEKDAY}|{CAP_MONTH})[A-Z]")
ARTICLE_BEFORE_NAME = re.compile(r"\b(?:the|a|an|annual)\s$", re.I)
# A quotation that is nothing but a time ending in a capitalised unit is a title: ABC's "This
# Week", CBS's "60 Minutes" (a quotation opening with "Today, I'm here..." goes on)
QUOTED_TITLE = re.compile(r"(?:\"|“|``|'')\s?$")
TITLE_UNIT = re.compile(r"\b(?:Week|Weeks|Minutes|Hours|Days|Years|Months)$")
QUOTE_CLOSED = re.compile(r"[,.]?(?:\"|”|'')")
HOLIDAY_NAMES = alt(
    n.title().replace("'S", "'s") for n in HOLIDAYS
)
CLOCK_CASELESS = r"(?:\d{1,2}(?::\d\d)?\s?(?:a\.m\.|p\.m\.)|noon|midday|midnight)"
TIME_ZONE = r"(?:[ECMP][SD]T|GMT|UTC|ET)"
CASED_SPAN_PATTERNS = [
    re.compile(p)
    for p in (
        rf"\b{CAP_MONTH}\s{DAYNUM}\s?(?:-|–|—|to|through)\s?(?:{CAP_MONTH}\s)?{DAYNUM}"
        rf"(?:,?\s{YEAR})?\b",
        rf"\b(?:{CAP_WEEKDAY},?\s)?{CAP_MONTH}\s{DAYNUM}(?:,?\s{YEAR})?\b",
        rf"\b{DAYNUM}\s{CAP_MONTH}(?:,?\s{YEAR})?\b",
        # day first, as British and European papers write a range: "24-28 March", "4–6 May 2025"
        rf"\b{DAYNUM}\s?(?:-|–|—)\s?{DAYNUM}\s{CAP_MONTH}(?:,?\s{YEAR})?\b",
        rf"\b{CAP_MONTH},?\s{YEAR}\b",
        rf"\b[Tt]he\sweek\sof\s{CAP_MONTH}\s{DAYNUM}(?:,?\s{YEAR})?\b",
        rf"\b(?:{CLOCK_CASELESS}\s(?:on\s)?)?{CAP_WEEKDAY}(?:\s{PART}s?)?\b",
        # 'overnight on Monday': the night of that day, one time (not 'overnight' of today)
        rf"\b[Oo]vernight\s(?:on\s)?{CAP_WEEKDAY}\b",
        rf"\b(?:(?:[Ll]ast|[Nn]ext|[Tt]his)\s)?(?:{HOLIDAY_NAMES})(?:\s[Ww]eek)?\b",
        # a clock time with its zone and day: "5 p.m. EST Nov. 9", "4 a.m. EDT Thursday"
        rf"\b{CLOCK_CASELESS}(?:\s{TIME_ZONE})?,?\s(?:on\s)?(?:{CAP_WEEKDAY}|{CAP_MONTH}\s{DAYNUM}\b)",
    )
]
# (pattern, cues): a pattern with cues is only run on a text holding one of them (lower case);
# scanning every word boundary with a long alternation is what costs time here
_CASELESS_SPANS: list[tuple[str, tuple[str, ...]]] = [
    (rf"\b(?:today|tonight|yesterday|tomorrow|overnight)(?:\s{PART})?\b", ()),
    (rf"\b(?:(?:early|late|mid-?)\s?)?{PART}\s(?:yesterday|today|tomorrow)\b", ("yesterday", "today", "tomorrow")),
    (r"\b(?:(?:earlier|later)\s)?(?:this|last|next|the\spast|the\scoming)\s"
     r"(?:week(?:end)?|month|year|quarter|morning|afternoon|evening|night|spring|summer|fall|"
     r"autumn|winter)\b", ()),
    # "a week or so ago", "two years ago this month" (that month two years back)
    (rf"\b{NUMBER}\s{UNIT}\s(?:or\sso\s)?ago(?:\sthis\s(?:month|week))?\b", (" ago",)),
    (rf"\b{NUMBER}\s{UNIT}\sfrom\s(?:now|today)\b", (" from now", " from today")),
    (rf"\b(?:every(?:\ssingle)?|each)\s(?:{NUMBER}\s|other\s)?(?:{UNIT}|fortnight|{WEEKDAY}|{alt(FULL_MONTH_NAMES)}|{alt(SEASONS)})\b",
     ("every ", "each ")),
    (r"\b(?:daily|weekly|monthly|annually|yearly|hourly|quarterly)\b", ("ly",)),
    # 'the past fortnight', 'a fortnight ago': two weeks (read as such, ``FORTNIGHT``)
    # (not a name, 'the Fortnight Festival'; 'every fortnight', 'once a fortnight' are sets, above and below)
    (r"\b(?<!every\s)(?<!once\s)(?<!once\sa\s)(?:(?:the\s)?(?:past|last|next|coming|previous)\s|an?\s|one\s)?"
     r"(?-i:fortnight)(?:\sago)?\b", ("fortnight",)),
    # 'the first quarter of last year', 'the autumn of 2022': spaCy tags the part and the year apart
    (rf"\b(?:the\s)?(?:(?:{alt(ORDINALS)})\squarter|{alt(SEASONS)})\sof\s(?:{YEAR}|(?:last|this|next)\syear)\b",
     (" of ",)),
    (rf"\b{MONTH}\s{DAYNUM}\s(?:last|this|next)\syear\b", (" year",)),
    # 'twice a month', 'three times a week': a set, however often
    (rf"\b(?:once|twice|{NUMBER}\stimes)\s(?:a|an|per)\s(?:{UNIT}|fortnight)\b", ("once ", "twice ", " times ")),
    # "soon" is left out: TimeBank tags it half the time, AQUAINT never
    (r"\b(?:now|(?:then[\s-])?current|currently|recently|lately|the\s(?:near\s)?future)\b", ()),
    # "saying at the time he was willing": then, some time back (not "at the time of the vote")
    (r"\bat\sthe\stime\b(?!\s(?:of|when)\b)", ("at the time",)),
    # "financing at a later date": some time ahead ("as soon as possible" is left out, as "soon" is)
    (r"\ba\slater\sdate\b", ("later date",)),
    # "the challenges of the near term", "in the short term" (the noun; not "short-term debt")
    (r"\bthe\s(?:near|short|long)\sterm\b(?![\s-]+(?:debt|bonds?|notes?|loans?|rates?|interest))",
     (" term",)),
    # decades spaCy leaves untagged: "through the nineties", "the last half of the '80s"
    (rf"(?<![\w'])(?:the\s)?(?:(?:early|late)\s|mid-)?(?:'[2-9]0s|(?:{'|'.join(DECADE_WORDS)}))(?!\w)",
     ("0s", "ties")),
    # "in the past" alone (not "in the past two years") is TimeML's PAST_REF
    (r"\bin\sthe\spast\b(?![\s-]+(?:(?:few|several|couple|\w+)\s)?(?:(?:\w+\s)?(?:years?|months?|weeks?|days?|"
     r"decades?|quarters?|centur|hours?|sessions?|summers?|winters?)\b))", ("in the past",)),
    (rf"\b\d{{1,2}}(?::\d\d)?\s?(?:a\.m\.|p\.m\.)(?:\s(?-i:{TIME_ZONE})\b)?", (".m.",)),  # "9:30 a.m. ET"
    # "for the rest of the year": the anchor's year, as "the end of the year" is
    (r"\bthe\srest\sof\sthe\s(?:day|week|month|year)\b", ("rest of the",)),
    (r"\b(?:(?:last|this|next)\syear's\s)?(?:the\s)?(?:fiscal\s)?(?:first|second|third|fourth)[\s-]quarter\b",
     ("quarter",)),
    (rf"\bthe\s{YEAR}\s(?:period|quarter)\b", ("period", "quarter")),
    # "between 2005 and 2020": one range, though spaCy may tag "between 2005" and "2020" apart
    (rf"\bbetween\s{YEAR}\sand\s{YEAR}\b", ("between ",)),
    # "at least 20 more years", "two more weeks": spaCy reads the number as a quantity
    # (any word stands for the number here, for speed: reading the span checks it)
    (rf"\b(?:at\sleast\s)?(?:an?\s)?[\w.-]+\s(?:more|additional|further)\s(?:{UNIT})\b",
     (" more ", " additional ", " further ")),
    (r"\bthe\s(?:latest|most\srecent)\speriod\b", ("period",)),
    (r"\b" + RE_UNITS_OR_UNITS.pattern.replace(" ", r"\s") + r"\b",
     tuple(f"{u} {c} " for u in ("days", "weeks", "months", "years") for c in ("or", "and"))),
    # (as RE_SAME_PERIOD_A_YEAR_BEFORE, but with 'the' required to find the span)
    (r"\bthe\s(?:same|corresponding|comparable)\s(?:period|quarter)\s(?:of\s)?(?:last\syear|a\syear\s(?:ago|earlier))\b",
     ("same period", "same quarter", "corresponding", "comparable")),
    (r"\b(?:hour|day|week|month|year|decade)[- ]?long\b", ("long",)),
    (RE_NAMED_MONTH_AFTER.pattern.replace(" ", r"\s"), ("following ", "previous ", "preceding ")),
    # "prosecutors charged them the following day", "released the next morning": a day counted
    # from the last one named (``Discourse``), which the model often leaves untagged
    # ("that night work", "that morning sickness": only "that day" is safe with "that")
    (r"\b(?:the\s(?:next|following|previous|preceding|same)\s(?:day|morning|afternoon|evening|night)|that\sday)\b",
     ("next ", "following ", "previous ", "preceding ", "same ", "that ")),
    (rf"\b(?:the\s)?(?:past|last|next|coming|previous)\s{NUMBER}\s(?:{alt(SEASONS)})s\b",
     ("summers", "winters", "springs", "autumns", "falls")),
    # "will open the bridge in the autumn.": a season with its article the model may leave
    # untagged, ending a clause ('the fall of Rome', 'the summer recess' are no season here)
    (r"\bthe\s(?:(?:early|late)\s)?(?:spring|summer|autumn|winter|fall)"
     r"(?=\s*[.,;:!?)]|\s+(?:and|or|but|when|after|before|as|if|until|while|because)\b)",
     ("spring", "summer", "autumn", "winter", "fall")),
    # "live without it for a while": a stretch of time of no stated length (TIMEX3 PXX)
    (r"\b(?:for|in)\sa\s(?:little\s|short\s)?while\b", (" while",)),
    # "after several quarters of losses": a vague count of units spaCy reads as a quantity
    (r"\b(?:several|a\sfew|a\scouple\sof)\s(?:days|weeks|months|quarters|years|decades)\b",
     ("several ", "a few ", "couple ")),
    # "just ten days before the first race": a count of units before "before"/"after" that the
    # model reads as a quantity or leaves untagged ('ten days' is a stretch the event lies from)
    (rf"\b{NUMBER}\s(?:days|weeks|months|years)(?=\s(?:before|after)\s)", (" before ", " after ")),
    # "the year-ago period", "the comparable year-earlier quarter" (spaCy stops at "year-ago")
    (r"\bthe\s(?:comparable\s)?year-(?:earlier|ago)\s(?:period|quarter)\b", ("year-",)),
    (rf"\b(?:the\s)?(?:first|second|last)\s(?:half|two\squarters)\sof\s"
     rf"(?:{YEAR}|(?:the|this|last|next|the\scurrent)\syear)\b", ("half", "quarters")),
]
CASELESS_SPAN_PATTERNS = [re.compile(p, re.IGNORECASE) for p, _ in _CASELESS_SPANS]
SPAN_PATTERNS = CASED_SPAN_PATTERNS + CASELESS_SPAN_PATTERNS
SPAN_PATTERN_CUES = {pattern: cues for pattern, (_, cues) in zip(CASELESS_SPAN_PATTERNS, _CASELESS_SPANS, strict=True)}


TIME_WORD = re.compile(
    rf"\b(?:{alt(TIME_WORDS)}|{alt(MONTHS)}|{alt(WEEKDAYS)}|{alt(SEASONS)}|{alt(PARTS_OF_DAY)}|"
    rf"(?:{alt(UNITS)})s?|centuries|\d{{4}}s?)\b",
    re.IGNORECASE,
)

"""Time expressions: find them in a parsed Doc and give each a TIMEX3 type and ISO value.

Two steps, kept apart so the publication-date inference can reuse them (both are
re-exported here):

* ``read_time(text)`` (in ``time_read``) turns the words into an anchor-free ``Reading``
  ("a March 16", "the Tuesday", "one week after the anchor's", "three years"), with no date
  arithmetic;
* ``resolve(reading, anchor, tense)`` (in ``time_resolve``) pins a Reading to the calendar,
  using the tense of the clause it sits in (``clause_tense``, here) to choose between the
  Tuesday before and the Tuesday after.

Candidates come from spaCy's DATE/TIME entities and from our own patterns (spaCy misses
"recently", "now", "every week" and mis-bounds some headlines); overlapping candidates are
settled in favour of ones we can read, then of longer ones.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date, datetime
from itertools import islice

from spacy.tokens import Doc, Span, Token

from newsgraph.extract import time_patterns as tp
from newsgraph.extract.inflection import lemma_in
from newsgraph.extract.posts import find_posts
from newsgraph.extract.syntax import TIME_ENTITY_LABELS, first_child, has_child, has_to_aux
from newsgraph.extract.time_patterns import (
    FALSE_TIME_TEXTS,
    FUTURE_AUXILIARIES,
    FUTURE_VERBS,
    LEADING_PREPOSITIONS,
    PARTICIPLE_CLAUSES,
    PLANNING_VERBS,
    REFERENCE_WORDS,
    REPORTED_FUTURE_AUXILIARIES,
)
from newsgraph.extract.time_read import Reading, read_time
from newsgraph.extract.time_resolve import DAY_VALUE, TENSE_REACH_DAYS, Discourse, iso_week, resolve
from newsgraph.model import TimeExpr
from newsgraph.nlp import doc_text

# published.py and the tests take the whole reading/resolving API from here
__all__ = ["TENSE_REACH_DAYS", "Reading", "as_datetime", "clause_tense", "find_times", "iso_week",
           "read_time", "resolve"]

# ---------------------------------------------------------------------------------------------
# Finding candidate spans


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    reading: Reading | None
    from_rules: bool


def _pattern_candidates(text: str) -> list[_Candidate]:
    found = []
    lowered = text.lower()
    for pattern in tp.SPAN_PATTERNS:
        cues = tp.SPAN_PATTERN_CUES.get(pattern)
        if cues and not any(cue in lowered for cue in cues):
            continue
        for m in pattern.finditer(text):
            start, end = _trim(text, m.start(), m.end())
            if end > start:
                found.append(_Candidate(start, end, read_time(text[start:end]), True))
    return found


def _period_ended_candidates(text: str) -> list[_Candidate]:
    """ "the year ended March 31", "the six months ending June 30": a stretch of time (TimeML
    tags "the year" as a duration P1Y and the closing date on its own)."""
    found = []
    for m in tp.RE_PERIOD_ENDED.finditer(text):
        reading = read_time(m["p"]) if m["n"] else Reading("fixed", type="DURATION", value="P1Y", unit="year")
        if reading is None or reading.type != "DURATION":
            continue
        found.append(_Candidate(m.start("p"), m.end("p"), reading, True))
    return found


def _offset_candidates(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """ "the day before last Tuesday('s hearing)": a day named by its distance from another,
    tagged whole as TimeML does; the plain day is still a candidate if this cannot be read."""
    found = []
    for cand in candidates:
        m = tp.RE_OFFSET_BEFORE.search(text, max(cand.start - 20, 0), cand.start)
        if m is None or cand.reading is None:
            continue
        reading = read_time(text[m.start():cand.end])
        if reading is not None:
            found.append(_Candidate(m.start(), cand.end, reading, True))
    return found


def _elided_unit_candidates(text: str) -> list[_Candidate]:
    """ "twice as high a dividend this year as last", "more this week than last": a bare "last"
    set against "this year" is last year, the unit left unsaid."""
    return [_Candidate(m.start("l"), m.end("l"), Reading("relative", unit=m["u"].lower(), n=-1), True)
            for m in tp.ELIDED_LAST_UNIT.finditer(text)]


def _shared_part_candidates(text: str) -> list[_Candidate]:
    """ "flights leave on Monday and Tuesday nights": the first weekday shares the plural part
    of the day, so it is a set of Monday nights too (XXXX-WXX-1TNI), not next Monday."""
    found: list[_Candidate] = []
    if not PLURAL_PARTS.search(text):
        return found
    for m in tp.WEEKDAY_AND_WEEKDAY_PARTS.finditer(text):
        value = f"XXXX-WXX-{tp.WEEKDAYS[m['w'].lower()] + 1}T{tp.PARTS_OF_DAY[m['p'].lower()]}"
        found.append(_Candidate(m.start("w"), m.end("w"), Reading("fixed", type="SET", value=value), True))
    return found


PLURAL_PARTS = re.compile(r"(?i)(?:morning|afternoon|evening|night)s\b")


def _coordinated_quarter_candidates(text: str) -> list[_Candidate]:
    """ "in the second and fourth quarters": two quarters, TimeML's "second" and "fourth
    quarters". In a present clause ("business is usually done in the second and fourth
    quarters") they are those quarters of every year (SET XXXX-Q2), else of the year in view."""
    found: list[_Candidate] = []
    if "quarters" not in text.lower():
        return found
    for m in tp.COORDINATED_QUARTERS.finditer(text):
        for group, word in (("a", m["a"]), ("b", m["o"])):
            reading = Reading("quarter", code=str(tp.ORDINALS[word.lower()]), unit="each of two")
            found.append(_Candidate(m.start(group), m.end(group), reading, True))
    return found


def _stretch_and_its_year(text: str, cand: _Candidate) -> list[_Candidate]:
    """ "the first nine months of 1997", "the last six weeks of the year": TimeML tags the
    stretch (P9M) and the year it lies in (1997) as two times; ``cand`` alone otherwise."""
    m = tp.STRETCH_OF_YEAR.fullmatch(text, cand.start, cand.end)
    if m is None or cand.reading is None or cand.reading.type != "DURATION":
        return [cand]
    stretch, year = read_time(m["d"]), read_time(m["y"])
    if stretch is None or year is None:
        return [cand]
    return [_Candidate(cand.start, m.end("d"), stretch, cand.from_rules),
            _Candidate(m.start("y"), cand.end, year, cand.from_rules)]


def _entity_candidates(doc: Doc) -> list[_Candidate]:
    found = []
    for ent in doc.ents:
        if ent.label_ not in TIME_ENTITY_LABELS:
            continue
        start, end = _trim(doc_text(doc), ent.start_char, ent.end_char)
        if ent[0].lower_ in tp.SEASONS and ent[0].pos_ == "VERB":
            # ('letting shipments fall weeks behind': the verb, not the season, opens the entity)
            start = ent[1].idx if len(ent) > 1 else end
        start = _past_verb_last(doc_text(doc), start, end)
        if end <= start or _is_false_time(doc_text(doc), start, end) or tp.AGE.fullmatch(doc_text(doc)[start:end]):
            continue
        if tp.FRACTION.search(doc_text(doc)[start:end]) and doc_text(doc).startswith(" of ", end):
            continue  # "more than a quarter of the market": a share, not three months
        reading = read_time(doc_text(doc)[start:end])
        if reading is None:
            parts = _list_parts(doc_text(doc), start, end) or _readable_tail(doc, start, end)
            if parts:
                found.extend(parts)
                continue
        if reading is None and (not _has_time_word(doc_text(doc)[start:end]) or " " not in doc_text(doc)[start:end]):
            continue  # "49" (an age), "Olympic", "morning" (talk show): nothing we can read
        if (reading is None and _a_time_judged(doc, start, end)) or _a_kind_of_work(doc, start, end):
            continue
        found.append(_Candidate(start, end, reading, False))
    return found


def _past_verb_last(text: str, start: int, end: int) -> int:
    """'The finals will start on March 22 and last five days': the model runs the entity over
    the verb "last"; the stretch starts after it (an adjective 'the last five days' stays)."""
    verb = tp.VERB_LAST_STRETCH.match(text, start, end)
    if verb and tp.VERB_LAST_BEFORE.search(text, max(start - 12, 0), start):
        return verb.end()
    return start


# A bare part of the day before one of these nouns names a kind of work: 'night work', 'the
# day shift' ('That night police arrived' is a time: 'police' is no kind of work).
KIND_WORDS = frozenset({"night", "day", "morning", "evening", "afternoon", "weekend"})
# (not people: 'That night staff were told to leave' is a time)
WORK_NOUNS = frozenset({"work", "shift", "shifts", "job", "jobs", "duty", "duties", "school", "class", "classes",
                        "care"})


# Words before bare "hours" (or "days") that make them a kind of hours, not a stretch of time:
# 'guidance on working hours', 'opening hours', 'work long hours', 'in the small hours'.
KINDS_OF_HOURS = frozenset({"working", "opening", "office", "business", "visiting", "school", "peak", "rush",
                            "waking", "long", "late", "small", "unsocial", "unsociable", "trading"})


def _hours_of_a_kind(doc: Doc, start: int, end: int) -> bool:
    """'The ministry will review its guidance on working hours': a bare plural unit after a word
    of its kind names those hours, no length of time ('The talks lasted hours' is one)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].lower_ not in ("hours", "days") or span.start == 0:
        return False
    before = doc[span.start - 1]
    return before.lower_ in KINDS_OF_HOURS and before.dep_ in ("amod", "compound") and before.head.i == span.start


def _a_kind_of_work(doc: Doc, start: int, end: int) -> bool:
    """'that night work causes', 'the day shift': a bare part of the day modifying the noun
    after it names a kind of work, not a time."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    last = span[-1]
    return (
        last.lower_ in KIND_WORDS and last.dep_ == "compound" and last.head.i == last.i + 1
        and last.head.lower_ in WORK_NOUNS and all(t.pos_ == "DET" for t in span[:-1])
    )


def _a_time_judged(doc: Doc, start: int, end: int) -> bool:
    """'Today is a good day for us', 'It has been a long week': what a day was like, said of
    it after "be", is no time of its own (the model tags 'a good day' a date)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 3 or span[0].lower_ not in ("a", "an") or span[1].pos_ != "ADJ":
        return False
    return span.root.dep_ == "attr" and span.root.head.lemma_ in ("be", "become", "seem")


def _list_parts(text: str, start: int, end: int) -> list[_Candidate]:
    """ "1994, 1995 and": one spaCy entity for a list; TimeML tags each time in it."""
    parts = []
    pos = start
    for m in [*tp.LIST_SEPARATOR.finditer(text, start, end), None]:
        piece_end = m.start() if m else end
        s, e = _trim(text, pos, piece_end)
        reading = read_time(text[s:e]) if e > s else None
        if reading is not None:
            parts.append(_Candidate(s, e, reading, False))
        pos = m.end() if m else end
    return parts if len(parts) > 1 or (parts and tp.LIST_SEPARATOR.search(text, start, end)) else []


def _readable_tail(doc: Doc, start: int, end: int) -> list[_Candidate]:
    """ "an interview several months (before ...)": spaCy ran the entity over a noun before the
    time; the longest tail we can read after a word that is not the time's own modifier is the
    time expression ("several months"), as is the time a part is taken of ("the last half of the
    '80s"). Tails after modifiers only ("the latest fiscal year", "that quarter") or after a
    count ("hundreds of years") are not the whole time and stay out. When what comes before the
    tail is a time too ("three days last week", "this week after a month-long"), TimeML tags
    both."""
    text = doc_text(doc)
    for m in re.finditer(r"\s(?=\S)", text[start:end]):
        s, e = _trim(text, start + m.end(), end)
        reading = read_time(text[s:e]) if e > s else None
        if reading is None:
            continue
        dropped = doc.char_span(start, s, alignment_mode="expand")
        if dropped is None or not any(t.pos_ in ("NOUN", "PROPN", "VERB") for t in dropped):
            return []
        if dropped[-1].lower_ == "of" and (len(dropped) < 2 or dropped[-2].lower_ not in TIME_PART_NOUNS):
            return []  # "hundreds of years" (but "the last half of the '80s" is in the '80s)
        # ("the quarter a year ago" is one time: the tail places the head)
        head = [] if PLACING_TAIL.search(text, s, e) else _readable_head(dropped)
        return [*head, _Candidate(s, e, reading, False)]
    return []


PLACING_TAIL = re.compile(r"\b(?:ago|earlier|before|later)$", re.IGNORECASE)


def _readable_head(dropped: Span) -> list[_Candidate]:
    """The words before a readable tail, less the linking words at their end, if they are a time."""
    while len(dropped) and dropped[-1].pos_ in ("ADP", "CCONJ", "SCONJ", "PUNCT"):
        dropped = dropped[:-1]
    if not len(dropped):
        return []
    s, e = _trim(doc_text(dropped.doc), dropped.start_char, dropped.end_char)
    reading = read_time(doc_text(dropped.doc)[s:e]) if e > s else None
    return [_Candidate(s, e, reading, False)] if reading is not None else []


def _has_time_word(text: str) -> bool:
    return bool(tp.TIME_WORD.search(text))


def _is_set_adjective(doc: Doc, cand: _Candidate) -> bool:
    """ "quarterly dividend", "annual meeting": a calendar-period adjective TimeML leaves out.

    "daily", "weekly" and "hourly" stay: "his weekly radio address", "on a daily basis" say
    how often something happens, and the TimeBank/AQUAINT annotators tag them as SETs.
    """
    if cand.reading is None or cand.reading.type != "SET":
        return False
    token, following = _one_word_and_next(doc, cand)
    if token is None:
        return False
    if following is not None and following.pos_ == "PROPN":
        return True  # "the Communist Party daily Granma": a newspaper
    return token.dep_ == "amod" and token.lower_ not in tp.KEPT_SET_ADJECTIVES


# Entity labels of an amount a frequency adverb can follow: 'rise 8.5% annually', 'C$17.9 million
# annually', '10,000 units annually'
AMOUNT_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
# Counts of acts done again and again: 'makes 10 trips daily', 'runs 5 miles daily', 'takes two
# pills daily' say how often, a SET.
REPEATED_ACT_NOUNS = frozenset(
    {"trips", "flights", "visits", "runs", "laps", "miles", "kilometers", "kilometres", "pills", "doses",
     "meals", "hours", "minutes", "calls", "posts", "sessions", "shifts", "times"}
)


def _rate_of_an_amount(doc: Doc, cand: _Candidate) -> bool:
    """'sales should rise 8.5% annually', 'dividends of C$17.9 million annually', 'to make 10,000
    units annually': a frequency adverb right after an amount makes the amount a rate, as '$2 a
    month' does, which the TimeBank annotators leave untagged ('rallies are held here
    annually', 'his weekly radio address' stay SETs)."""
    if cand.reading is None or cand.reading.type != "SET":
        return False
    token, _ = _one_word_and_next(doc, cand)
    if token is None or not token.i or token.pos_ != "ADV":
        return False
    before = doc[token.i - 1]
    if before.lower_ in REPEATED_ACT_NOUNS:
        return False  # ('meets three times annually', 'makes 10 trips daily': how often, a SET)
    return before.ent_type_ in AMOUNT_LABELS or (
        before.pos_ == "NOUN" and has_child(before, "nummod"))


def _one_word_and_next(doc: Doc, cand: _Candidate) -> tuple[Token | None, Token | None]:
    """The candidate's token when it is one word, and the word after it."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return None, None
    token = span[0]
    return token, doc[token.i + 1] if token.i + 1 < len(doc) else None


def _season_as_a_kind(doc: Doc, cand: _Candidate) -> bool:
    """'winter wheat', 'summer camp': a bare season naming a kind of thing, not a time."""
    if cand.reading is None or cand.reading.kind != "season" or cand.reading.year is not None:
        return False
    token, following = _one_word_and_next(doc, cand)
    return (
        token is not None
        and following is not None
        and following.pos_ == "NOUN"
        and following.lower_ not in tp.TIME_NOUNS_AFTER_SEASON
        and token.dep_ in ("compound", "amod", "nmod")
    )


# Nouns of a whole population or age that "today's" makes generic: 'in today's world',
# 'for today's youth' mean nowadays, not the day of the story ('today's vote' is that day).
ERA_NOUNS = frozenset({"world", "society", "youth", "generation", "generations", "era", "age", "culture"})


def _present_or_future_as_an_era(doc: Doc, cand: _Candidate) -> bool:
    """'in today's world', 'for today's youth', 'the people of tomorrow': "today" or "tomorrow"
    naming the present or coming age in general, which the TimeBank/AQUAINT annotators leave
    untagged, unlike 'today's vote' or 'the end of today'."""
    token, following = _one_word_and_next(doc, cand)
    if token is None or token.lower_ not in ("today", "tomorrow"):
        return False
    if following is not None and following.tag_ == "POS":
        return token.dep_ == "poss" and token.head.lower_ in ERA_NOUNS
    owner = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    # ('the people of tomorrow', 'the world of today'; 'the events of today' are that day's)
    return (owner is not None and owner.pos_ == "NOUN" and owner.lower_ not in TIME_PART_NOUNS
            and (token.lower_ == "tomorrow" or owner.lower_ in ERA_NOUNS)
            and not (owner.i and doc[owner.i - 1].lower_ == "as"))


def _future_as_prospects(doc: Doc, cand: _Candidate) -> bool:
    """'very important to the future of our peoples', 'the future looks bleak': "the future"
    owning an "of" phrase or standing as a clause's subject speaks of prospects, what will
    become of something, not of a time when; TimeBank leaves it untagged, while 'in the
    future', 'worried about the future' stay FUTURE_REF."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or span.text.lower() != "the future":
        return False
    root = span.root
    return root.dep_ in ("nsubj", "nsubjpass") or any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children)


def _current_not_of_time(doc: Doc, cand: _Candidate) -> bool:
    """'the current system', 'its current difficulties' are TimeBank's PRESENT_REF, as
    "currently" is; but 'a strong current' (the noun) and 'the current account' (a balance of
    payments) say nothing of time."""
    token, following = _one_word_and_next(doc, cand)
    if token is None or token.lower_ != "current":
        return False
    return token.pos_ != "ADJ" or (following is not None and following.lower_ in CURRENT_NOT_OF_TIME)


# Nouns 'current' qualifies with no time meant: accounts' terms ('current assets') and 'current
# affairs'.
CURRENT_NOT_OF_TIME = frozenset({"account", "accounts", "assets", "liabilities", "ratio", "affairs"})


def _is_not_a_time(text: str, cand: _Candidate) -> bool:
    """ "the night of" cut off from its date (the date is its own candidate), a bare month
    that starts a name ("the March for Life"), a quoted title ("This Week", "60 Minutes")."""
    if (tp.QUOTED_TITLE.search(text, max(cand.start - 3, 0), cand.start)
            and tp.TITLE_UNIT.search(text, cand.start, cand.end) and tp.QUOTE_CLOSED.match(text, cand.end)):
        return True
    if cand.reading is None:
        return bool(tp.DANGLING_END.search(text, cand.start, cand.end))
    if _capitalised_unit_inside_a_sentence(text, cand):
        return True
    if _award_title(text, cand) or _idiom_of_time(text, cand) or _opening_present_adverb(text, cand):
        return True
    r = cand.reading
    if (r.unit == "decade" and tp.TWO_DIGIT_DECADE.search(text, cand.start, cand.end)
            and tp.AGE_BEFORE_DECADE.search(text, max(cand.start - 16, 0), cand.start)):
        return True  # ('their 1980s hits' is a decade)
    bare_month = r.kind == "date" and r.month and r.day is None and r.year is None and r.unit is None
    if bare_month and text[cand.start : cand.end].islower():
        return True  # 'protesters will march': the verb, which the model may tag a date
    return bool(bare_month and tp.NAME_AFTER_MONTH.match(text, cand.end)
                and tp.ARTICLE_BEFORE_NAME.search(text, max(cand.start - 12, 0), cand.start))


# Sayings built of time words that name no time: 'At the end of the day, …' (in the end; set off
# by its comma, unlike 'halted at the end of the day'), 'day in, day out'.
TIME_IDIOMS = re.compile(r"(?i)\bat the end of the day,|\bday in,? day out\b")


def _idiom_of_time(text: str, cand: _Candidate) -> bool:
    """'At the end of the day, we play for each other': a saying, not the evening of a day."""
    start = max(0, cand.start - 20)
    idioms = TIME_IDIOMS.finditer(text, start, cand.end + 12)
    return any(m.start() <= cand.start and cand.end <= m.end() for m in idioms)


def _opening_present_adverb(text: str, cand: _Candidate) -> bool:
    """'Now, the mayor said, the bridge will matter more', 'Currently, the ferry runs twice a
    day': "Now" or "Currently" opening a sentence and set off by its comma frames the sentence
    (turning to a new point, or setting the scene) and the TimeBank/AQUAINT annotators leave it
    untagged, 5 times of 5 ('Now the bridge is open', with no comma, stays PRESENT_REF)."""
    if text[cand.start : cand.end] not in OPENING_PRESENT_ADVERBS or not text.startswith(",", cand.end):
        return False
    before = text[: cand.start].rstrip(" \t\"“'`")
    return not before or before[-1] in ".!?\n"


OPENING_PRESENT_ADVERBS = frozenset({"Now", "Currently"})


# 'album of the year', 'player of the decade' name an award; 'the end of the year' is a time.
AWARD_PERIOD = re.compile(r"(?i)the (?:year|decade|century)")
AWARD_BEFORE = re.compile(r"(?i)\b([a-z]+) of $")
TIME_PART_NOUNS = frozenset(
    """
    end beginning start rest middle half part remainder course time first second third fourth
    last quarter most all much some lot each day week month months days weeks season portion
    balance spring summer fall autumn winter turn close height peak
    """.split()
)


def _capitalised_unit_inside_a_sentence(text: str, cand: _Candidate) -> bool:
    """'Australian Timothy Weeks', 'King and Weeks were abducted', 'Weeks’ family': a bare unit
    word capitalised inside a sentence is a surname, not a stretch of weeks ('Weeks later, …'
    opening a sentence stays a time)."""
    word = text[cand.start : cand.end]
    if not re.fullmatch(r"(?:Seconds|Minutes|Hours|Days|Weeks|Months|Years|Decades)", word):
        return False
    before = text[: cand.start].rstrip()
    return bool(before) and before[-1] not in ".!?:;\n\"“”'‘’—–-"


def _award_title(text: str, cand: _Candidate) -> bool:
    if not AWARD_PERIOD.fullmatch(text[cand.start : cand.end]):
        return False
    before = AWARD_BEFORE.search(text, max(cand.start - 24, 0), cand.start)
    return before is not None and before.group(1).lower() not in TIME_PART_NOUNS


def _inside_an_organisation(doc: Doc, start: int, end: int) -> bool:
    """'told USA TODAY': a time word inside an organisation's name; 'This is VOA Today': a
    capitalised "Today" after a name, mid-sentence, ends a programme's title."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    if all(t.ent_type_ == "ORG" for t in span):
        return True
    before = doc[span.start - 1] if span.start else None
    if span.text not in NAME_ENDING_TIME_WORDS or before is None or before.pos_ != "PROPN" or before.is_sent_start:
        return False
    after = doc[span.end] if span.end < len(doc) else None
    # ('Sony Now service', not a headline's 'Sony Now Offers …': title case, where 'Now' is a time)
    return span.text == "Today" or after is None or not after.text[:1].isupper()


# Capitalised time words that end a name after a proper noun, mid-sentence: 'VOA Today',
# 'PlayStation Now', 'Lakeside Tonight' (a programme or a service, no time).
NAME_ENDING_TIME_WORDS = frozenset({"Today", "Now", "Tonight"})


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Bring an entity's edges to TimeML's: no prepositions, hedges, possessives or signals."""
    start = _trim_leading(text, start, end)
    piece = text[start:end]
    for suffix in ("'s", "’s"):
        if piece.endswith(suffix):
            end -= len(suffix)
    trailing = tp.DROPPED_TRAILING_SIGNAL.search(text[start:end])
    if trailing:
        end = start + trailing.start()
    while end > start and text[end - 1] in " ,;:-–(\n":
        end -= 1
    return start, end


def _trim_leading(text: str, start: int, end: int) -> int:
    """Drop leading words TimeML leaves outside the TIMEX3, one after another."""
    while True:
        lowered = text[start:end].lower()
        cut = next((len(p) for p in LEADING_PREPOSITIONS
                    if lowered.startswith(p) and lowered not in REFERENCE_WORDS
                    and not (p == "at " and lowered[3:].startswith(tp.KEPT_AFTER_AT))), 0)
        cut = cut or next((len(h) for h in tp.DROPPED_HEDGES if lowered.startswith(h)), 0)
        for pattern in (tp.DROPPED_BEFORE_DEICTIC, tp.DROPPED_ARTICLE, tp.DROPPED_ARTICLE_BEFORE_LONG,
                        tp.DROPPED_DOUBLED_WORD):
            m = pattern.match(text, start, end)
            cut = cut or (m.end() - start if m else 0)
        if not cut or cut >= end - start:
            return start
        start += cut


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
    # The chosen never overlap, so sorted by start each new one need only be checked against
    # its two neighbours (a long article has thousands of candidates).
    chosen: list[_Candidate] = []
    starts: list[int] = []
    for cand in ranked:
        k = bisect_right(starts, cand.start)
        if k > 0 and chosen[k - 1].end > cand.start:
            continue
        if k < len(chosen) and chosen[k].start < cand.end:
            continue
        chosen.insert(k, cand)
        starts.insert(k, cand.start)
    return chosen


def _a_stretch_not_a_rate(doc: Doc, cand: _Candidate) -> bool:
    """'within a month', 'after a year': one stretch of time, not 'twice a month' or '$2 a
    month' (a rate)."""
    text = doc_text(doc)[cand.start : cand.end].lower()
    if not text.startswith(("a ", "an ")):
        return False
    before = doc_text(doc)[max(0, cand.start - 20) : cand.start].split()
    return (bool(before) and before[-1].lower() in STRETCH_PREPOSITIONS) or _unit_is_an_argument(doc, cand)


# Words before 'a month' that make it a length of time: 'within a month', 'for a year'.
STRETCH_PREPOSITIONS = frozenset({"within", "after", "for", "in", "over", "about", "than", "under", "nearly", "almost"})
# How the parser hangs a stretch's unit on its verb: 'have barely a month to clear' (dobj), 'A year
# has passed' (nsubj); a rate's unit is an adverbial ('$2 a month', 'twice a month': npadvmod).
STRETCH_UNIT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr"})


def _unit_is_an_argument(doc: Doc, cand: _Candidate) -> bool:
    """'Farmers have barely a month to clear their fields', 'It took a year to build': 'a month'
    is the verb's object or subject, a length of time it has or takes, not how often."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.dep_ in STRETCH_UNIT_DEPS


def _type_of(reading: Reading | None, text: str) -> str:
    if reading is not None:
        return reading.type
    lowered = text.lower()
    if re.search(rf"\b{tp.UNIT}\b", lowered) and not re.search(r"\b(ago|this|last|next)\b", lowered):
        return "DURATION"
    return "DATE"


def _candidates(doc: Doc, text: str) -> list[_Candidate]:
    """Every candidate span, overlapping ones included (``_choose`` settles them; of two equal
    ones the earlier wins, so the weekdays sharing a part of the day come first)."""
    candidates = _shared_part_candidates(text)
    candidates += _period_ended_candidates(text) + _entity_candidates(doc) + _pattern_candidates(text)
    candidates += _offset_candidates(text, candidates) + _elided_unit_candidates(text)
    candidates += _coordinated_quarter_candidates(text)
    return [part for cand in candidates for part in _stretch_and_its_year(text, cand)]


def find_times(doc: Doc, *, anchor: date | None) -> list[TimeExpr]:
    """Every time expression in ``doc`` with its TIMEX3 type and value against ``anchor``.

    ``anchor`` is the publication date; relative expressions ("next week", "Tuesday") get
    value None without one. Offsets are character offsets into ``doc.text``.
    """
    times = []
    context = Discourse(anchor)
    full_text = doc_text(doc)
    posts = _PostDays(full_text, anchor)
    chosen_readings = []
    for cand in _choose(_candidates(doc, full_text)):
        if _is_set_adjective(doc, cand) or _is_not_a_time(full_text, cand) or _season_as_a_kind(doc, cand):
            continue
        if _present_or_future_as_an_era(doc, cand) or _current_not_of_time(doc, cand):
            continue
        if _rate_of_an_amount(doc, cand) or _future_as_prospects(doc, cand):
            continue
        if _inside_an_organisation(doc, cand.start, cand.end) or _a_period_of_play(doc, full_text, cand):
            continue
        if _hours_of_a_kind(doc, cand.start, cand.end):
            continue
        if cand.reading is not None and cand.reading.type == "SET" and _a_stretch_not_a_rate(doc, cand):
            cand.reading = replace(cand.reading, type="DURATION")
        chosen_readings.append(cand.reading)
        text = doc_text(doc)[cand.start:cand.end]
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        tense = clause_tense(span) if span is not None and len(span) else None
        tense = _tense_after_cue(doc, span, tense)
        if tense in ("PRESENT", None) and _is_bare_weekday(cand.reading) and _is_scheduled_present(span):
            tense = "FUTURE"
        if span is not None and _is_some_future_day(span, tense):
            cand.reading = Reading("fixed", value="FUTURE_REF")
        if tense == "FUTURE" and _is_bare_month(cand.reading) and _is_an_adjunct_ahead(span):
            cand.reading = replace(cand.reading, code="ahead")
        if tense == "PRESENT" and cand.reading is not None and cand.reading.unit == "each of two":
            cand.reading = Reading("fixed", type="SET", value=f"XXXX-Q{cand.reading.code}")
        if tense == "PRESENT" and _is_generic_season(text, cand.reading):
            cand.reading = Reading("fixed", value=f"XXXX-{cand.reading.code}")
        year = _year_a_when_clause_hangs_on(span) if _is_bare_month(cand.reading) else None
        if year is not None:
            cand.reading = replace(cand.reading, year=year)
        if tense != "FUTURE" and _this_quarters_results(full_text, cand):
            cand.reading = Reading("quarter", unit="latest")
        if _last_years_figure(full_text, cand):
            cand.reading = replace(cand.reading, code="compared")
        day, speaking = posts.at(cand.start) or (anchor, context)
        value = speaking.resolve(cand.reading, text, tense) if cand.reading else None
        times.append(
            TimeExpr(
                text=text,
                start=cand.start,
                end=cand.end,
                value=value,
                type=_type_of(cand.reading, text),
                granularity=cand.reading.granularity if cand.reading else None,
                anchor=day.isoformat() if day else None,
            )
        )
    return _clocks_on_the_sentence_day(doc, times, chosen_readings)


def _year_a_when_clause_hangs_on(span: Span | None) -> int | None:
    """'its worst fire season in 2022, when 80,000 hectares burned in June': a month inside a
    "when" clause on a year is that year's month (whatever the clause's tense says)."""
    if span is None or not len(span):
        return None
    for clause in span.root.ancestors:
        if clause.dep_ == "relcl" and any(c.lower_ == "when" and c.dep_ == "advmod" for c in clause.children):
            head = clause.head
            return int(head.text) if re.fullmatch(tp.YEAR, head.text) else None
    return None


class _PostDays:
    """The signed posts a page embeds, each with its own day: '… distributing masks today I urge
    all residents … — Ann Cole (@anncole) November 1, 2019' says 'today' on November 1, whatever
    day the article came out. Times inside a post's words count from its day (a Discourse of
    its own); elsewhere, and in a post whose day is not whole, from the article's."""

    def __init__(self, text: str, anchor: date | None) -> None:
        self._posts: list[tuple[int, int, date, Discourse]] = []
        for post in find_posts(text):
            reading = read_time(text[post.date[0] : post.date[1]])
            value = resolve(reading, anchor) if reading is not None else None
            if value is not None and DAY_VALUE.fullmatch(value):
                day = date.fromisoformat(value)
                self._posts.append((post.start, post.end, day, Discourse(day)))

    def at(self, offset: int) -> tuple[date, Discourse] | None:
        return next(((day, said) for start, end, day, said in self._posts if start <= offset < end), None)


def _this_quarters_results(text: str, cand: _Candidate) -> bool:
    """ "This quarter's loss includes pretax charges": results already out (the clause is not in
    the future) belong to the quarter just reported (the latest, as for "the latest quarter"),
    not to the one under way."""
    if text[cand.start : cand.end].lower() != "this quarter":
        return False
    return _owns_results(text, cand.end)


def _owns_results(text: str, end: int) -> bool:
    """The time ending at ``end`` owns a company's results: "this quarter's (net) loss"."""
    m = POSSESSED_NOUN.match(text, end)  # ("this quarter's net loss": the noun may come second)
    return m is not None and bool({(m[1] or "").lower(), (m[2] or "").lower()} & RESULT_NOUNS)


POSSESSED_NOUN = re.compile(r"['’]s\s+(\w+)(?:\s+(\w+))?")
RESULT_NOUNS = frozenset({"loss", "losses", "profit", "profits", "earnings", "results", "sales", "revenue",
                          "revenues", "income", "net", "figures"})


def _last_years_figure(text: str, cand: _Candidate) -> bool:
    """ "earnings of $24 million, compared with a loss of $3 million last year", "a 13% increase
    from last year's $1.55 billion", "last year's results": "last year" set against an amount,
    or owning results, names when that figure was earned, in a report about a quarter the same
    quarter a year before (``Discourse``)."""
    r = cand.reading
    if r is None or r.kind != "relative" or r.unit != "year" or r.n != -1:
        return False
    if text[cand.start : cand.end].lower() not in ("last year", "last year's"):
        return False
    before = text[max(cand.start - 90, 0) : cand.start]
    if tp.COMPARED_AMOUNT_BEFORE.search(before) or _owns_results(text, cand.end):
        return True
    return bool(tp.FROM_BEFORE.search(before) and tp.COMPARED_AMOUNT_AFTER.match(text, cand.end))


def _is_bare_weekday(r: Reading | None) -> bool:
    return r is not None and r.kind == "date" and r.weekday is not None and r.month is None and not r.n


def _is_scheduled_present(span: Span | None) -> bool:
    """ "Tickets go on sale Monday", "He and Arafat meet Monday": a simple present verb with a
    day is a timetable, so the day is the coming one. Not "be"/"have" ("Following are
    statements made Friday"), nor a verb whose past looks the same ("stocks hurt the index on
    Friday")."""
    if span is None:
        return False
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    # the parser tags some plural presents as bare forms ("Tickets go on sale Monday")
    finite = verb.tag_ in ("VBZ", "VBP") or (
        verb.tag_ == "VB" and verb.dep_ == "ROOT" and has_child(verb, "nsubj"))
    return (finite and verb.lemma_ not in ("be", "have")
            and verb.lower_ not in tp.SAME_FORM_PAST
            and not has_child(verb, "aux", "auxpass"))


def _is_bare_month(r: Reading | None) -> bool:
    return (r is not None and r.kind == "date" and r.month is not None and r.day is None
            and r.year is None and not r.n and r.code is None and r.unit is None)


def _is_an_adjunct_ahead(span: Span | None) -> bool:
    """ "The council will vote in December", "The team plans to start a study in January": a
    month after "in"/"by" on a verb with "will", or under a present "plans"/"expects", is when
    that act happens, so it lies ahead however far ("in December" written in January). ("said
    the bridge would open in January" may be a January gone by: said before it.)"""
    if span is None or span.root.dep_ != "pobj" or span.root.head.lower_ not in ("in", "by"):
        return False
    verb = span.root.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in verb.children):
        return True
    return any(a.lemma_ in FUTURE_VERBS and a.tag_ in ("VBZ", "VBP") for a in [verb, *islice(verb.ancestors, 3)])


def _is_generic_season(text: str, r: Reading | None) -> bool:
    """ "The ferry runs twice a day in winter": a season with no article, year or shift in a
    present clause is every winter (TIMEX3 "XXXX-WI"), not this one."""
    return (r is not None and r.kind == "season" and r.year is None and not r.n and r.unit is None
            and text.lower() in tp.SEASONS)


def _is_some_future_day(span: Span, tense: str | None) -> bool:
    """ "the bridge will one day link the islands": "one day" as an adverb of a future verb is
    TIMEX3's FUTURE_REF, some unnamed day to come, not a stretch of 24 hours ("for one day")."""
    if tense != "FUTURE" or span.text.lower() != "one day" or span.root.dep_ in ("pobj", "dobj", "attr"):
        return False
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    after = doc[span.end] if span.end < len(doc) else None
    return ((before is None or before.pos_ != "ADP")
            and (after is None or after.lower_ not in ("of", "later", "earlier", "after", "before")))


def _clocks_on_the_sentence_day(doc: Doc, times: list[TimeExpr], readings: list[Reading | None]) -> list[TimeExpr]:
    """ "at about 10:35 a.m. (0735 GMT) Friday": a clock reading with no day of its own takes
    the day another time in its sentence names."""
    for i, (t, r) in enumerate(zip(times, readings, strict=True)):
        if r is None or r.code != "clock" or r.kind != "relative" or not t.value:
            continue
        sentence = doc.char_span(t.start, t.end, alignment_mode="expand")
        if sentence is None:
            continue
        sent = sentence.sent
        days = [o for o in times if o is not t and o.value and sent.start_char <= o.start < sent.end_char
                and DAY_VALUE.fullmatch(o.value)]
        if days:
            nearest = min(days, key=lambda o: abs(o.start - t.start))
            times[i] = replace(t, value=nearest.value + t.value[10:])
    return times


def _tense_after_cue(doc: Doc, span: Span | None, tense: str | None) -> str | None:
    """The word before a time can overrule the clause's tense."""
    if span is None or span.start == 0:
        return tense
    before = doc[span.start - 1].lower_
    if before in tp.FORWARD_CUE_WORDS:
        return "FUTURE"  # "a new office, effective Feb. 1": changes are announced before they start
    if before in tp.BACKWARD_CUE_WORDS:
        return "PAST"  # "since March 20": whatever the clause, the start lies behind
    if _names_when_a_level_was_reached(span):
        return "PAST"
    if tense == "PAST" and before in tp.DEADLINE_WORDS:
        return None  # "gave them until Tuesday": a deadline set in the past may lie ahead
    if tense in (None, "PRESENT") and before in tp.DEADLINE_WORDS:
        return "FUTURE"  # "has until Friday", "must reply by Friday": a deadline now is ahead
    if tense == "PAST" and _forecast_for(doc[span.start - 1]):
        return None  # "winds were forecast for Thursday": a day foretold in the past may lie ahead
    return tense


def _forecast_for(prep: Token) -> bool:
    """'strong winds were forecast for Thursday', 'the vote was scheduled for Friday': "for"
    after a verb of forecast or schedule names the day the thing is foretold for."""
    return prep.lower_ == "for" and prep.head.lemma_.lower() in tp.FORECAST_FOR_VERBS


def _names_when_a_level_was_reached(span: Span) -> bool:
    """'still down from the March high', 'above its January low': a time modifying a high, low
    or peak says when that level was reached, which lies behind whatever the clause's tense."""
    root = span.root
    return root.dep_ in ("compound", "nmod") and root.head.lower_ in tp.REACHED_LEVEL_NOUNS and root.head.i > root.i


def as_datetime(d: date) -> datetime:
    """dateparser wants a datetime for RELATIVE_BASE."""
    return datetime(d.year, d.month, d.day)


# ---------------------------------------------------------------------------------------------
# Tense from the parse


def clause_tense(span: Span) -> str | None:
    """PAST, FUTURE or PRESENT for the clause a time expression modifies; None if unknown."""
    token = span.root
    if _is_possessive_day(span):
        return "PAST"
    if _names_a_things_period(span):
        return None
    infinitive = False
    below = token
    scheduled: str | None = None
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") and token.dep_ != "aux" and token.dep_ != "auxpass":
            if _between_verb_and_its_clause(span, token):
                token = token.head  # ('said on Tuesday she would …': when she said it)
            if infinitive and token.lemma_ == "be" and below.dep_ in ("xcomp", "ccomp", "attr", "acomp"):
                # "is to resume trading Tuesday", "were likely to buy Monday" (not "the countries
                # to accede on Friday were ...", where the infinitive is the subject)
                return "PAST" if any(c.lower_ == "had" for c in token.children) else "FUTURE"
            tense = _verb_tense(token, via_infinitive=infinitive, fronted=span.end <= token.i)
            if tense == "PRESENT" and scheduled is None and _states_a_schedule(token):
                scheduled = tense  # ('will tour during the trek, which kicks off June 9th')
            elif scheduled and tense:
                return "FUTURE" if tense == "FUTURE" else scheduled
            elif tense:
                return tense
            infinitive = has_to_aux(token)
            if infinitive and lemma_in(token.head, tp.FORWARD_COMPLEMENT_HEADS) and token.head.i != token.i:
                # "agreed to buy the line in February": after the agreement, before or after
                # now; "will decide whether to strike on Wednesday": after a decision to come
                above = clause_tense(span.doc[token.head.i : token.head.i + 1])
                return "FUTURE" if above == "FUTURE" else None
        if token.head.i == token.i:
            break
        below, token = token, token.head
    return scheduled or _sentence_tense(span)


# Words of a game's play: 'scored 12 points in the third quarter' is no calendar quarter.
# ('points', 'lead' and 'game' are not among them: 'the Dow lost 20 points in the quarter')
PLAY_WORDS = frozenset(
    {"scored", "scoring", "touchdown", "touchdowns", "basket", "baskets", "rebounds", "assists",
     "quarterback", "timeout", "buzzer", "three-pointer", "inning", "overtime", "halftime", "layup", "dunk"}
)
# ... and of a quarter of a company's or an economy's year.
BOOK_WORDS = frozenset(
    {"fiscal", "earnings", "profit", "profits", "revenue", "revenues", "sales", "growth", "economy", "gdp",
     "loss", "losses", "results", "quarterly", "income", "shares", "dividend", "forecast", "output"}
)


def _a_period_of_play(doc: Doc, text: str, cand: _Candidate) -> bool:
    """'Davis scored 12 points in the third quarter', 'scored twice in the second half': a period
    of a game, no quarter or half of a year, when its sentence speaks of play and not of
    accounts, and names no year; 'the lead in the 12th minute' is the game's clock, no stretch."""
    words = text[cand.start : cand.end].lower()
    if MATCH_MINUTE.fullmatch(words):
        # ('In the 90th minute of the debate, the senator scored a point': no match's clock)
        of_what = OF_WHAT.match(text, cand.end)
        return _speaks_of_play(doc, cand) and (of_what is None or of_what[1].lower() in GAME_NOUNS)
    if not ("quarter" in words or "half" in words) or any(ch.isdigit() for ch in words) or "year" in words:
        return False
    return _speaks_of_play(doc, cand)


# 'the 12th minute', 'the 90th minute': a match's clock, read only where the sentence speaks of play
MATCH_MINUTE = re.compile(r"(?:the )?\d{1,3}(?:st|nd|rd|th) minute")
# What a minute is 'of': 'the 90th minute of the match' is the game's; 'of the debate' is not.
OF_WHAT = re.compile(r" of (?:the |a |this |that )?(\w+)")
GAME_NOUNS = frozenset({"match", "game", "final", "semi-final", "tie", "derby", "half", "play", "contest"})


def _speaks_of_play(doc: Doc, cand: _Candidate) -> bool:
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    sentence = {t.lower_ for t in span.sent}
    return bool(sentence & PLAY_WORDS) and not sentence & BOOK_WORDS


def _between_verb_and_its_clause(span: Span, clause: Token) -> bool:
    """'Delgado said on Tuesday she would …', 'announced on Monday it would close': a time set
    right after a verb, before the subject of the clause that verb takes, belongs to the verb,
    though the parser hangs it on the clause."""
    if clause.dep_ != "ccomp" or clause.head.i > span.start or clause.i < span.end:
        return False
    subject = first_child(clause, "nsubj", "nsubjpass")
    if subject is None or subject.left_edge.i < span.end:
        return False
    between = span.doc[clause.head.i + 1 : span.start]
    return all(t.dep_ in ("prep", "advmod") or t.is_punct for t in between)


def _states_a_schedule(verb: Token) -> bool:
    """A present tense in a relative clause or a conjunct ('the trek, which kicks off June 9th
    and concludes October 10th') states a schedule; a future in the clause above ('will tour …
    during the trek') says the date is ahead, as a schedule in a past story would not."""
    return verb.dep_ in ("relcl", "conj")


def _sentence_tense(span: Span) -> str | None:
    """When the parse gives the time no verb above it ('Over the weekend, Trump assailed
    Williams', with 'assailed' read as an adjective), the tense of the sentence's first verb
    form that shows one."""
    for token in span.sent:
        if token.tag_ == "MD":
            return "FUTURE" if token.lower_ in FUTURE_AUXILIARIES else None
        if token.tag_ in ("VBD", "VBN") and not span.start <= token.i < span.end:
            return "PAST"
        if token.tag_ in ("VBZ", "VBP"):
            return None  # present forms say too little ('is meeting on Tuesday')
    return None


def _names_a_things_period(span: Span) -> bool:
    """ "will release its December figures", "under a June agreement": a month that classifies a
    noun names the period of a thing, not when the clause's verb happens, so the verb's tense
    does not place it."""
    root = span.root
    return (len(span) == 1 and root.lower_.rstrip(".") in tp.MONTHS and root.dep_ in ("compound", "nmod")
            and root.head.pos_ == "NOUN" and root.head.i >= span.end)


def _is_possessive_day(span: Span) -> bool:
    """ "Wednesday's ruling", "Friday's close": news names an event by its day once it has
    happened, whatever the clause says ("ways to get around Wednesday's ruling")."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].tag_ != "POS" or len(span) != 1:
        return False
    before = " ".join(t.lower_ for t in doc[max(span.start - 2, 0):span.start])
    return span[0].lower_.rstrip(".") in tp.WEEKDAYS and not tp.FORWARD_POSSESSIVE_CUE.search(before)


def _is_future_verb(verb: object) -> bool:
    """ "scheduled", "due", "expected"; "set" only when it says for what ("set for Friday", "set
    to expire"): "a record set on Aug. 6" is past."""
    lemma = verb.lemma_  # type: ignore[attr-defined]
    if lemma in tp.FUTURE_ONLY_WITH_TARGET:
        return any(c.lower_ in ("for", "to") or (c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children))
                   for c in verb.children)  # type: ignore[attr-defined]
    return lemma in FUTURE_VERBS


def _is_bare_participle(verb: object, auxes: list) -> bool:  # type: ignore[type-arg]
    """A past participle with no auxiliary and no subject of its own, modifying a noun or a
    clause; a VBN with a subject ("as soon as trading opened Monday") is a mis-tagged VBD."""
    return (verb.tag_ == "VBN" and not auxes and verb.dep_ in PARTICIPLE_CLAUSES  # type: ignore[attr-defined]
            and not _is_future_verb(verb)
            and not has_child(verb, "nsubj"))  # type: ignore[attr-defined]


def _verb_tense(verb: object, *, via_infinitive: bool = False, fronted: bool = False) -> str | None:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]  # type: ignore[attr-defined]
    words = {a.lower_ for a in auxes}
    if words & FUTURE_AUXILIARIES or ("going" in words and "to" in words):
        return "FUTURE"
    if "had" in words:
        return "PAST"  # "had been scheduled to expire Friday"
    if "been" in words and words & {"has", "have", "'s", "'ve"}:
        return "PAST"  # "have been searching since the March 20 shooting"
    if words & REPORTED_FUTURE_AUXILIARIES:
        return "FUTURE"  # "said he would leave Thursday"
    if verb.lemma_ in PLANNING_VERBS and (via_infinitive or not fronted or verb.tag_ != "VBD"):  # type: ignore[attr-defined]
        # "planned to leave on Thursday", "planned a rally on Saturday" look forward; "on
        # Friday, it planned to pay" is the day the plan was made
        return "FUTURE"
    if _is_bare_participle(verb, auxes):
        return "PAST"  # "new terms, announced Friday", "the decision, announced Wednesday by ..."
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):  # type: ignore[attr-defined]
        return "PAST"
    if verb.tag_ == "VBN" and words & {"has", "have", "'s", "'ve"}:  # type: ignore[attr-defined]
        return "PAST"
    if _is_future_verb(verb) and verb.tag_ in ("VBN", "VBZ", "VBP", "JJ"):  # type: ignore[attr-defined]
        return "FUTURE"
    if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):  # type: ignore[attr-defined]
        if verb.tag_ == "VBG" or any(a.lower_ == "to" for a in auxes):  # type: ignore[attr-defined]
            return "FUTURE"  # "is meeting on Tuesday", "is to meet"
        return "PRESENT"
    if "to" in words:  # an infinitive: its time follows the governing verb's
        return None
    return None

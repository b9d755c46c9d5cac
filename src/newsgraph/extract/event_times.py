"""Event times: what days a TIMEX3 value covers, and which time belongs to a trigger.

``times_compatible`` and ``more_precise`` read values as the days they cover
(``newsgraph.timespan``), so that merging can tell whether two times may be one event's.
``TimeAttacher`` finds the time in a trigger's own clause, climbing to the verb it depends on
("and met", "to meet").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsgraph.extract import event_patterns as P
from newsgraph.extract.event_parse import climbs
from newsgraph.extract.event_triggers import Trigger
from newsgraph.extract.inflection import lemma_in
from newsgraph.extract.syntax import has_child
from newsgraph.model import TimeExpr
from newsgraph.timespan import TimeSpan, time_span


def times_compatible(a: TimeExpr | None, b: TimeExpr | None) -> bool:
    """Two times can be one event's: either is missing or their intervals overlap."""
    if a is None or b is None or a.value == b.value:
        return True
    span_a, span_b = time_span(a.value), time_span(b.value)
    if span_a is None or span_b is None:
        return True
    return span_a.start <= span_b.end and span_b.start <= span_a.end


def more_precise(a: TimeExpr | None, b: TimeExpr | None) -> TimeExpr | None:
    """The narrower of two compatible times ("March 20–22" over "next week")."""
    if a is None or b is None:
        return a or b
    span_a, span_b = time_span(a.value), time_span(b.value)
    if span_b is not None and (span_a is None or _width(span_b) < _width(span_a)):
        return b
    return a


def _width(span: TimeSpan) -> int:
    return (span.end - span.start).days


class TimeAttacher:
    """Finds the time expression that belongs to a trigger, among the article's times."""

    def __init__(self, doc: Doc, times: list[TimeExpr]) -> None:
        self._times: list[tuple[TimeExpr, Token]] = []
        for t in times:
            if not _dates_an_event(t):
                continue
            span = doc.char_span(t.start, t.end, alignment_mode="expand")
            if span is not None and len(span):
                self._times.append((t, span.root))

    def own_time(self, tok: Token, triggers: dict[int, Trigger], *, verbal: bool) -> TimeExpr | None:
        """The nearest time in the trigger's own clause; else its head's ("and met", "to meet")."""
        current: Token | None = tok
        for _ in range(4):
            if current is None:
                break
            found = self._times_under(current, triggers, verbal=verbal)
            if found is None and verbal:
                found = self._anchored_time(current) or self._time_a_when_clause_follows(current)
            if found is not None:
                return found
            if not verbal or not (current.dep_ == "conj" or climbs(current)):
                break
            current = current.head
            verbal = current.pos_ in ("VERB", "AUX")
        return None

    def _times_under(self, anchor: Token, triggers: dict[int, Trigger], *, verbal: bool) -> TimeExpr | None:
        best: tuple[int, TimeExpr] | None = None
        for time, root in self._times:
            if root.sent.start != anchor.sent.start:
                continue
            path = [root] if root.i == anchor.i else None
            if path is None:
                path = []
                for a in root.ancestors:
                    if a.i == anchor.i:
                        break
                    path.append(a)
                else:
                    continue
            if any(a.i in triggers and a.i != root.i for a in path if a.i != anchor.i):
                continue
            if verbal and any(_opens_clause(a) for a in path):
                continue
            if not verbal and any(a.dep_ == "prep" and a.lower_ in RELATING_PREPOSITIONS for a in path):
                continue  # ('their first meeting since the border clashes in May': the clashes' time)
            if not verbal and any(_opened_by_a_relating_word(a) for a in path):
                continue  # ('their first meeting since Emberg took office in January': his taking office)
            if not verbal and any(_a_relative_clause_of_its_own(a) for a in path):
                continue  # ('signed an agreement on Monday that will cut tariffs by 2030': the cutting)
            if best is None or len(path) < best[0]:
                best = (len(path), time)
        return best[1] if best else None

    def _anchored_time(self, verb: Token) -> TimeExpr | None:
        """A verb dated by another event: "Two weeks before Valdoria's invasion of Morenia in
        March 2021, Teskel visited Lumbria" takes the invasion's time, as "ahead of X in
        February 2022" does, instead of none (and then merging into a visit of today)."""
        for prep in verb.children:
            anchor = prep
            if prep.dep_ == "advmod" and prep.lower_ == "ahead":  # "ahead of X"
                anchor = next((c for c in prep.children if c.dep_ == "prep"), prep)
            if anchor.dep_ != "prep" or prep.lemma_.lower() not in P.TEMPORAL_HEADS:
                continue
            found = self._times_under(anchor, {}, verbal=True)
            if found is not None:
                return found
        return None

    def _time_a_when_clause_follows(self, verb: Token) -> TimeExpr | None:
        """"The two countries last met in 2019, when they signed a fisheries agreement": a
        'when' clause right after a time expression is set at that time. The parser hangs the
        clause on the time noun or on the verb before it; either way the time ends right
        before the comma and 'when'."""
        when = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "when"), None)
        if when is None or when.i < 2 or when.i > verb.i:
            return None
        before = verb.doc[when.i - 1]
        if before.text == ",":
            before = verb.doc[before.i - 1]
        end = before.idx + len(before)
        for time, _root in self._times:
            if time.end == end:
                return time
        return None

    def attached_directly(self, time: TimeExpr, tok: Token) -> bool:
        """"visit Moscow next week", "met on Monday": the time hangs off the trigger."""
        root = next((r for t, r in self._times if t is time), None)
        return root is not None and tok in (root.head, root.head.head)

    def nominal_time(
        self, tok: Token, governor: Token | None, triggers: dict[int, Trigger], evidence: list[Token]
    ) -> TimeExpr | None:
        """Time inside the noun phrase; of "ahead of X in February 2022"; of the carrying verb."""
        found = self._times_under(tok, triggers, verbal=False)
        head = tok.head
        if found is None and head.dep_ == "prep" and head.head.lemma_.lower() in P.TEMPORAL_HEADS:
            found = self._times_under(head.head, {}, verbal=True)
            if found is not None:
                evidence.extend(t for t in tok.doc if found.start <= t.idx < found.end)
        if found is None and governor is not None:
            found = self.own_time(governor, triggers, verbal=True)
        return found


# Prepositions relating an event noun to another time or event: what they hold is not its time.
RELATING_PREPOSITIONS = frozenset({"since", "after", "before", "until", "till"})

# A duration's value ('P6Y', 'PT2H', 'PXY'); 'PRESENT_REF' and 'PAST_REF' are points.
DURATION_VALUE = re.compile(r"P(?:T?[\dX].*)")


def _dates_an_event(time: TimeExpr) -> bool:
    """Only a point or stretch of the calendar dates an event. A duration ("jailed for six
    years", "a ten-year agreement") says how long, a set ("protested every week") how often;
    neither is when."""
    return time.type not in ("DURATION", "SET") and not DURATION_VALUE.fullmatch(time.value or "")


def _opened_by_a_relating_word(tok: Token) -> bool:
    """A clause opened by "since", "after", "before", "until": it dates another event."""
    return _opens_clause(tok) and any(c.dep_ == "mark" and c.lower_ in RELATING_PREPOSITIONS for c in tok.children)


def _a_relative_clause_of_its_own(tok: Token) -> bool:
    """ "an agreement that will remove tariffs by 2030": a relative clause on an event noun
    whose verb looks elsewhere in time (a modal: 'will', 'would', 'could') dates what that verb
    says, not the event. A clause in the event's own past dates it ("talks that ended on
    Tuesday", "an attack that killed 12 people on Monday"), and so does one that only says the
    event took place or was planned ("talks which were held on Friday")."""
    if tok.dep_ != "relcl" or tok.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.tag_ == "MD" for c in tok.children) and not _says_it_took_place(tok)


def _says_it_took_place(verb: Token) -> bool:
    """ "talks that took place in May", "a summit which was held on Friday", "the meeting, which
    had been planned for Friday": the clause tells when the event was (to be)."""
    if verb.lemma_ in ("happen", "occur") or lemma_in(verb, P.PLAN_VERBS):
        return True
    if verb.lemma_ == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children):
        return True
    return verb.lemma_ == "hold" and has_child(verb, "auxpass")


def _opens_clause(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.dep_ in (
        "ccomp", "advcl", "relcl", "acl", "xcomp", "csubj", "parataxis", "conj"
    )


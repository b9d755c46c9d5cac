"""Event triggers: the verbs and nouns that name an event of the ontology.

A trigger is a verb ("met", "destroyed an American drone", "spoke to X") or an event noun with
an argument ("Russia's invasion of Ukraine", "a meeting between X and Y"). Word lists are in
``event_patterns``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsgraph.extract import event_patterns as P
from newsgraph.extract.event_names import NameReader
from newsgraph.extract.event_parse import (
    OPENING_QUOTES,
    direct_object,
    measured_noun,
    prep_objects,
    split_coordinate_subjects,
)
from newsgraph.extract.syntax import first_child, has_child, has_to_aux, in_a_time


@dataclass(frozen=True, slots=True)
class Trigger:
    type: str
    verbal: bool
    object_i: int | None = None  # the object noun that made it one: "supply *weapons*"


def _is_verb_like(tok: Token) -> bool:
    """A verb, or a noun the tagger got wrong that still has a subject (caption "X and Y meet")."""
    if tok.pos_ == "VERB":
        return not _participle_after_to(tok)
    return tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "ROOT" and first_child(tok, "nsubj") is not None


def _participle_after_to(tok: Token) -> bool:
    """"transferring money to sanctioned firms": the parser may read "to" + participle as an
    infinitive, but a bare past participle after "to" (no "be" or "have": "to be sanctioned",
    "to have attacked") is an adjective in a "to" phrase, describing, not telling an event."""
    if tok.tag_ not in ("VBN", "VBD") or not has_to_aux(tok):
        return False
    return not any(c.dep_ in ("aux", "auxpass") and c.lemma_ in ("be", "have") for c in tok.children)


def _is_military_noun(tok: Token) -> bool:
    """A military noun, also when a capitalised plural opening the sentence was taken for a name:
    "Drones struck a refinery" (tagged PROPN, lemma "Drones") is "drone"."""
    lemma = tok.lemma_.lower()
    if lemma in P.MILITARY_NOUNS:
        return True
    if lemma in ("defence", "defense", "defences", "defenses"):
        return any(c.lower_ in P.ARMED_DEFENCE_MODIFIERS for c in tok.children if c.dep_ in ("compound", "amod"))
    return tok.pos_ == "PROPN" and lemma.endswith("s") and lemma[:-1] in P.MILITARY_NOUNS


def _on_strike(tok: Token) -> Trigger | None:
    """"Teachers went on strike", "dockers are on strike": a labour strike, told by the verb
    (its subject strikes); "strike" is the object that made it one."""
    strike = next((o for _, o in prep_objects(tok, "on") if o.lemma_.lower() == P.STRIKE_NOUN), None)
    return Trigger("protest", True, strike.i) if strike is not None else None


def _off_the_job(tok: Token) -> Trigger | None:
    """"Dockworkers walked off the job": a labour strike, as "went on strike" is ('walked out of
    the talks' leaves a meeting and is none)."""
    job = next((o for _, o in prep_objects(tok, "off") if o.lemma_.lower() == "job"), None)
    if job is not None:
        return Trigger("protest", True, job.i)
    return Trigger("protest", True) if _group_walks_out(tok) else None


def _working_people_strike(verb: Token) -> bool:
    """"Nurses would strike again in April", "members will strike on Monday": working people
    striking with nothing struck are on strike; 'Rebels struck a depot' and 'storms struck again'
    are none of it."""
    return _strikers(first_child(verb, "nsubj")) and (
        first_child(verb, "dobj") is None and not prep_objects(verb, "at", "against")
        # ('The teacher struck back', 'struck first', 'struck twice': blows, not a strike)
        and not any(c.dep_ == "advmod" and c.lower_ in P.BLOW_ADVERBS for c in verb.children)
    )


def _strikers(subject: Token | None) -> bool:
    """Working people in the plural, or their union: 'nurses', 'the drivers' union'; not one
    person ('The driver struck twice') nor 'gang members'."""
    if subject is None:
        return False
    lemma = subject.lemma_.lower()
    if lemma == "union":
        return True
    modifiers = {c.lower_ for c in subject.children if c.dep_ in ("compound", "amod")}
    return lemma in P.STRIKER_NOUNS and subject.tag_ in ("NNS", "NNPS") and not modifiers & P.NOT_WORKERS


# Where "walked out" goes somewhere or leaves someone ('walked out of the talks', 'onto the
# stage', 'on her family'); "on" with a date only dates the walkout.
WALK_OUT_PLACES = frozenset({"of", "onto", "into", "to", "through", "across", "with", "on"})


def _group_walks_out(verb: Token) -> bool:
    """"Workers at the plant walked out for two hours", "The Drivers' Union walked out on
    February 20": a group or an organisation that walks out, going nowhere, strikes; a person
    ('Kemp walked out') or a walk somewhere ('walked out of the meeting', 'walked out the door')
    is none."""
    if not any(c.lower_ == "out" and c.dep_ in ("prt", "advmod") for c in verb.children):
        return False
    if first_child(verb, "dobj") is not None:
        return False
    for prep, obj in prep_objects(verb):
        if prep in WALK_OUT_PLACES and not (prep == "on" and in_a_time(obj)):
            return False
    subject = first_child(verb, "nsubj")
    return _strikers(subject)  # working people or their union ('The Drivers' Union'), not 'Fans


def _the_text_of_an_agreement(noun: Token) -> bool:
    """"consultations under Article 4 of the alliance's treaty", "under the accord": the
    agreement as a text in force, which no one makes here ("under a deal with X" tells of one
    made)."""
    head = noun.head
    if noun.dep_ != "pobj" or first_child(noun, "acl", "relcl") is not None:
        return False  # ('the terms of the deal signed on Monday': the signing is told)
    if head.lower_ == "under":
        # ('released 12 hostages under a deal with Orvan': an indefinite deal is one made here)
        return not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    return head.lower_ == "of" and head.head.lemma_.lower() in P.PARTS_OF_A_TEXT


def _no_protest_march(march: Token) -> bool:
    """'March 29' (the month), 'Troops began a march to the border', 'the army's march into
    Velm': no protest. A march is one in lower case, of no troops, into nowhere taken."""
    if not march.text.islower():
        return True
    owner = first_child(march, "poss")
    subject = first_child(march.head, "nsubj") if march.dep_ in ("dobj", "attr") else None
    return any(x is not None and _is_military_noun(x) for x in (owner, subject))


def _a_strike_of_arms(strike: Token) -> bool:
    """'a 24-hour strike on the depot', 'a day strike by drones': what is struck, or a weapon
    striking, makes it an attack, whatever says how long it lasted."""
    if any(not in_a_time(o) for _, o in prep_objects(strike, "on", "against")):
        return True  # ('a one-day strike on Monday' is the day it was on)
    return any(_is_military_noun(o) for _, o in prep_objects(strike, "by"))


def _run_for_an_office(race: Token) -> bool:
    """"the race for mayor": an electoral race, told by the office after it."""
    return any(o.lemma_.lower() in P.OFFICES_RUN_FOR for _, o in prep_objects(race, "for"))


def _compounds(noun: Token) -> set[str]:
    """The lemmas of the nouns before ``noun`` that make one with it ('air defence systems')."""
    return {c.lemma_.lower() for c in noun.children if c.dep_ == "compound"}


def _stopped_by_a_cause(tok: Token) -> bool:
    """"The strike has halted exports": an event or mishap stopping trade is no embargo."""
    subject = first_child(tok, "nsubj")
    return subject is not None and subject.lemma_.lower() in P.TRADE_BAN_CAUSES


def _civilians_march(verb: Token) -> bool:
    """"Families of the victims marched to the ministry", "Thousands marched through Velm": people
    (a plural common noun or a count of them) marching is a protest march; troops marching
    ('Soldiers marched into the town') and one person walking are none."""
    subject = first_child(verb, "nsubj")
    if subject is None or has_child(verb, "dobj"):
        return False  # ('Police marched the suspects to the courthouse': they led them)
    marchers = measured_noun(subject)  # ('Hundreds of fighters': the fighters)
    if any(_is_military_noun(x) for x in (subject, marchers)) or subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return False
    if any(_is_military_noun(c) for c in subject.children if c.dep_ == "compound"):
        return False
    if marchers.lemma_.lower() in P.PARADE_MARCHERS or _in_a_parade(verb):
        return False
    if not has_child(verb, "prep") or any(c.tag_ in ("RBR", "JJR") for c in verb.children):
        return False  # (a march goes somewhere: 'Prices marched higher' goes up)
    plural = subject.tag_ == "NNS" or (subject.tag_ == "NNPS" and not subject.ent_type_)
    return plural or subject.ent_type_ == "CARDINAL"


def _in_a_parade(verb: Token) -> bool:
    return any(o.lemma_.lower() in P.PARADE_NOUNS for _, o in prep_objects(verb))


def _protesters_as_subject(verb: Token) -> bool:
    subject = first_child(verb, "nsubj")
    return subject is not None and subject.lemma_.lower() in P.PROTESTER_NOUNS


def _holds_a_date(prep: Token) -> bool:
    """"in a phone call on Sunday": a preposition whose object is a date or clock time."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(in_a_time(o) for o in objects)


class TriggerFinder:
    """Finds the triggers of one sentence; reads names through ``namer``."""

    def __init__(self, doc: Doc, namer: NameReader) -> None:
        self.doc = doc
        self.namer = namer

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
        if lemma in P.ON_STRIKE_VERBS and (strike := _on_strike(tok)) is not None:
            return strike  # (no early None: 'go', 'come' may trigger otherwise too)
        if lemma == "walk":
            return _off_the_job(tok)
        if lemma == "strike" and _working_people_strike(tok):
            return Trigger("protest", True)
        if lemma in P.FORCE_VERBS and self._involves_force(tok):
            return Trigger("attack", True)
        if lemma == "agree" and self._parties_agree(tok):
            return Trigger("agreement", True)
        if lemma in P.GATHERING_VERBS and _protesters_as_subject(tok):
            return Trigger("protest", True)  # 'Protesters gathered outside the embassy'
        if lemma == "march" and _civilians_march(tok):
            return Trigger("protest", True)  # 'Families of the victims marched to the ministry'
        if lemma in P.VERB_TRIGGERS and self._verb_object_fits(tok, lemma):
            return Trigger(P.VERB_TRIGGERS[lemma], True)
        for prep in preps:
            if (lemma, prep) in P.VERB_PREP_TRIGGERS and not _only_a_time_after(tok, prep):
                return Trigger(P.VERB_PREP_TRIGGERS[(lemma, prep)], True)
        return self._object_trigger(tok, lemma)

    def _object_trigger(self, tok: Token, lemma: str) -> Trigger | None:
        """"issued a statement", "supply weapons", "provide X with aid", "unveiled a plan"."""
        # the object and what it measures: 'blocked a shipment of grain' blocks a flow of trade,
        # 'sent a shipment of missiles' sends missiles
        objects = [x for c in tok.children if c.dep_ == "dobj" for x in dict.fromkeys((c, measured_noun(c)))]
        objects += [obj for _, obj in prep_objects(tok, "with")]
        for obj in objects:
            noun = obj.lemma_.lower()
            if lemma in P.STATEMENT_VERBS and noun in P.STATEMENT_NOUNS:
                return Trigger("statement", True, obj.i)
            if lemma in P.VERB_OBJECT_TRIGGERS:
                type_, nouns = P.VERB_OBJECT_TRIGGERS[lemma]
                if type_ == "aid" and _compounds(obj) & P.AID_GOODS_COMPOUNDS:
                    return Trigger(type_, True, obj.i)  # "send air defence systems"
                if noun in nouns and not (lemma in P.TRADE_BAN_VERBS and _stopped_by_a_cause(tok)):
                    return Trigger(type_, True, obj.i)
        return None

    def _parties_agree(self, verb: Token) -> bool:
        """"Norway and Chile agreed to restore flights", "the two sides agreed on a truce",
        "Ostmark agreed with Lumbria to …": parties agreeing among themselves make an agreement;
        one subject agreeing to do a thing ("He agreed to step down") or with a view ("agreed
        with the assessment"), or parties sharing a view ("Smith and Jones agreed that the plan
        was flawed"), makes none."""
        if first_child(verb, "ccomp") is not None:
            return False
        partners = [o for _, o in prep_objects(verb, "with")]
        if any(not self.namer.is_actorish(o) for o in partners):
            return False  # ('The two sides agreed with the court's ruling': a view)
        subject = first_child(verb, "nsubj")
        if subject is not None and self.namer.is_actorish(subject) and (
            has_child(subject, "conj") or self.namer.is_pair_phrase(subject)
        ):
            return True
        return bool(partners)

    def _verb_object_fits(self, tok: Token, lemma: str) -> bool:
        dobj = direct_object(tok)
        if lemma == "meet":  # "met the deadline" is no meeting
            # ('meet the polling and fundraising thresholds': the parser heads the list with a
            # modifier, the standard is its last conjunct)
            objects = [dobj, *(c for c in dobj.children if c.dep_ == "conj")] if dobj is not None else []
            return not any(o.lemma_.lower() in P.MEET_NON_OBJECTS for o in objects)
        if lemma == "arm":
            return dobj is not None and self.namer.is_actorish(dobj)
        if lemma == "trade":  # "traded oil", "trades with China"; not "traded insults with"
            with_gpe = any(self.namer.country_word(o) for _, o in prep_objects(tok, "with"))
            return (dobj is not None and dobj.lemma_.lower() in P.TRADE_GOODS) or (
                dobj is None and with_gpe
            )
        if lemma == "rally":
            return self._rally_is_protest(tok, dobj)
        if lemma == "demonstrate":  # "demonstrated that it works", "demonstrated its missiles"
            return dobj is None and first_child(tok, "ccomp", "xcomp", "advcl") is None
        if lemma == "attack":  # a politician "attacked" a rival: criticism, not force
            subject = first_child(tok, "nsubj")
            return not any(x is not None and self.namer.is_person(x) for x in (subject, dobj))
        return True

    def _rally_is_protest(self, tok: Token, dobj: Token | None) -> bool:
        """"Protesters rallied outside parliament" is a protest; "Stocks rallied", "the team
        rallied from behind", "rallied behind the president" and "rallied support" are not."""
        subject = first_child(tok, "nsubj")
        if dobj is not None or (subject is not None and subject.lemma_.lower() in P.RALLY_NON_SUBJECTS):
            return False
        return not any(c.dep_ == "prep" and c.lower_ in P.RALLY_NON_PREPS for c in tok.children)

    def _is_phone_call(self, tok: Token) -> bool:
        """"Biden called Xi" is a call, and so is "called Xi to congratulate him" (a purpose a
        call serves); "called for", "called X a Y", "called them to testify", "is called" are not."""
        if has_child(tok, "oprd", "ccomp", "attr", "nsubjpass", "prt"):
            return False
        if any(c.dep_ == "xcomp" and c.lemma_.lower() not in P.PURPOSES_OF_A_CALL for c in tok.children):
            return False
        if any(not in_a_time(obj) for _, obj in prep_objects(tok, "for", "on", "off", "in", "out")):
            return False
        dobj = first_child(tok, "dobj")
        if dobj is None or first_child(dobj, "appos", "oprd") is not None:
            return False
        after = self.doc[dobj.right_edge.i + 1] if dobj.right_edge.i + 1 < len(self.doc) else None
        if after is not None and after.text in OPENING_QUOTES:  # calling Christie "a loser"
            return False
        return self.namer.is_person(dobj)

    def _talk_trigger(self, tok: Token, preps: list[str]) -> Trigger | None:
        """"spoke to X" / "the two talked": a call when the passage mentions one, else a meeting."""
        partners = [obj for _, obj in prep_objects(tok, "to", "with")]
        subject = first_child(tok, "nsubj")
        paired = subject is not None and (
            self.namer.is_pair_phrase(subject) or subject.conjuncts or split_coordinate_subjects(tok)
        )
        if not (any(self.namer.is_person(p) for p in partners) or paired):
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
        """"Russian forces destroyed", "shot down a drone": force, not "destroyed trust"; "shot
        down 27 of the 31 drones": the thing counted is what was hit."""
        subject = first_child(tok, "nsubj", "agent")
        dobj = first_child(tok, "dobj", "nsubjpass")
        if dobj is not None and dobj.like_num:
            dobj = next((o for _, o in prep_objects(dobj, "of")), dobj)
        return any(x is not None and _is_military_noun(x) for x in (subject, dobj))

    def _nominal_type(self, tok: Token) -> str | None:
        if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in ("ORG", "WORK_OF_ART"):
            return None
        lemma = tok.lemma_.lower()
        if lemma not in P.NOUN_TRIGGERS or ((veto := NOUN_VETOES.get(lemma)) is not None and veto(tok)):
            return None
        if lemma in P.PLURAL_ONLY_NOUNS and tok.tag_ not in ("NNS", "NNPS"):
            return None
        mods = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
        if lemma == P.STRIKE_NOUN:  # ('the teachers' strike': whose strike says it is a labour one)
            mods |= {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "poss")}
        needed = P.NOUN_NEEDS_MODIFIER.get(lemma)
        said_otherwise = MODIFIER_SAID_OTHERWISE.get(lemma)
        if needed and not mods & needed and not (said_otherwise is not None and said_otherwise(tok)):
            return None
        if mods & P.NOUN_BLOCKING_MODIFIERS.get(lemma, frozenset()):
            return None
        blocking = P.NOUN_BLOCKING_PREPS.get(lemma)
        if blocking and any(c.dep_ == "prep" and c.lower_ in blocking and not _holds_a_date(c) for c in tok.children):
            return None  # ('a call on Sunday' is the day it was on; 'a call on members to strike' is none)
        if lemma == "call" and first_child(tok, "acl", "relcl") is not None:  # "his call to ban X"
            return None
        if P.NOUN_TRIGGERS[lemma] == "agreement" and _the_text_of_an_agreement(tok):
            return None
        return P.NOUN_TRIGGERS[lemma]


# Nouns of the trigger table that a reading of their phrase can still rule out: a month or
# troops' march, a strike with what it struck or a weapon.
NOUN_VETOES: dict[str, Callable[[Token], bool]] = {"march": _no_protest_march, "strike": _a_strike_of_arms}
# Nouns that need a modifier (NOUN_NEEDS_MODIFIER) whose phrase may say the same otherwise:
# 'the race for mayor' is as electoral as 'the mayoral race'.
MODIFIER_SAID_OTHERWISE: dict[str, Callable[[Token], bool]] = {"race": _run_for_an_office}


def _only_a_time_after(verb: Token, prep: str) -> bool:
    """ "the first aid to arrive in more than a month", "arrived in time for the vote": the
    preposition holds a stretch of time, not a place or a person, so there is no journey or call."""
    objects = [obj for p, obj in prep_objects(verb, prep) if p == prep]
    return bool(objects) and all(obj.lemma_.lower() in P.TIME_NOUNS for obj in objects)

"""Event status: whether an event happened, is going on, is planned, hypothetical, negated or
denied, read from the words that govern its trigger ("will", "plans to", "if", "did not",
"denied") and, failing those, from tense and the article's date.
"""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise

from spacy.tokens import Token

from newsgraph.extract import event_patterns as P
from newsgraph.extract.event_parse import prep_objects, verb_chain
from newsgraph.extract.inflection import lemma_in
from newsgraph.extract.syntax import NOBODY, first_child, has_child, has_to_aux
from newsgraph.extract.time_patterns import DEADLINE_WORDS
from newsgraph.model import TimeExpr
from newsgraph.nlp import doc_text
from newsgraph.timespan import time_span


def verbal_status(
    tok: Token, region: str, time: TimeExpr | None, *, published: date | None, done_to: bool = False
) -> str | None:
    """The status of a verb trigger: its own words and those it climbs to, then its tense.
    ``done_to``: the event is done to someone (an arrest, an attack), so a negated motive is no
    negated event (see ``_negation_on_the_motive``)."""
    if _conditional(tok):
        return "hypothetical"
    chain = verb_chain(tok)
    governors = chain[1:] + [a for a in list(tok.ancestors)[:3] if a not in chain]
    if any(lemma_in(g, P.DENY_VERBS) for g in governors):
        return "denied"
    if _under_without(tok) or _completes_a_noun_with_no(tok) or _done_by_or_to_no_one(tok):
        return "negated"
    if any(_negated(x) and not (done_to and _negation_on_the_motive(x)) for x in chain) or any(
        lemma_in(g, P.NEGATING_VERBS) for g in chain[1:]
    ):
        return "negated"
    auxes = {c.lower_ for x in chain for c in x.children if c.dep_ in ("aux", "auxpass")}
    if auxes & P.HYPOTHETICAL_AUX:
        return "planned" if _future_in_the_past(chain) else "hypothetical"
    for governor in _mood_governors(chain):
        if lemma_in(governor, P.HYPOTHETICAL_VERBS):
            return "hypothetical"
        if lemma_in(governor, P.PLAN_VERBS) and governor.lower_ != "went":
            return "planned"
    if auxes & P.FUTURE_AUX and _on_a_condition(chain):
        return "hypothetical"
    if auxes & P.FUTURE_AUX or (len(chain) == 1 and has_to_aux(tok)):
        return "planned"
    return _tense_status(chain[-1], region, time, published=published)


def _on_a_condition(chain: list[Token]) -> bool:
    """ "If they block our ships, we will sanction their banks": a "will" that an if/unless
    clause of its own conditions is no plan but a hypothesis, as "would" with one is."""
    return any(c.dep_ == "advcl" and _opened_by_a_condition(c) for x in chain for c in x.children)


def _opened_by_a_condition(clause: Token) -> bool:
    """'if' or 'unless' marks the clause, not 'even if' (the plan holds either way: 'will visit
    even if the talks fail') nor 'whether or not'."""
    for mark in clause.children:
        if mark.dep_ == "mark" and mark.lower_ in P.CONDITION_MARKS:
            return not (mark.i > 0 and mark.doc[mark.i - 1].lower_ == "even")
    return False


def _mood_governors(chain: list[Token]) -> list[Token]:
    """The verbs above a trigger whose meaning sets its mood ("hopes to meet", "plans to
    visit"). A verb it is conjoined to is its sibling, not its governor: in "Lawmakers called for
    an inquiry and threatened to hold a vote" the threat is made, not merely called for; that
    sibling's own governors still count ("hopes to visit Kestra and meet Feln")."""
    return [above for below, above in pairwise(chain) if below.dep_ != "conj"]


def _tense_status(
    verb: Token, region: str, time: TimeExpr | None, *, published: date | None
) -> str:
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux) or _past_read_as_participle(verb, aux):
        return "happened"
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in aux):
        return "ongoing" if _continues_since(verb, aux) else "happened"
    # News captions and headlines tell the past in the present: "X and Y meet in Z on <date>".
    if region == "caption" or (time is not None and _is_past(time, published)):
        return "happened"
    if time is not None and _is_future(time, published) and not _an_end_bound(verb, time):
        return "planned"  # a present for a schedule: "The two clubs meet on Sunday", "are meeting"
    return "ongoing"


def _past_read_as_participle(verb: Token, aux: list[Token]) -> bool:
    """"Several hundred people protested outside the studio": the tagger sometimes reads a
    simple past as a participle; a participle heading a clause with its own active subject and
    no auxiliary can only be that past ('people arrested on Monday' has no subject of its own)."""
    return (verb.tag_ == "VBN" and not aux and verb.dep_ in ("ROOT", "conj", "ccomp")
            and first_child(verb, "nsubj") is not None)


def _continues_since(verb: Token, aux: list[Token]) -> bool:
    """A present perfect with "since" tells what still goes on: "The nurses have protested every
    week since January" (a past perfect, "had protested since", does not reach now)."""
    present = any(a.lemma_ == "have" and a.tag_ in ("VBP", "VBZ") for a in aux)
    return present and any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children)


def _an_end_bound(verb: Token, time: TimeExpr) -> bool:
    """ "are protesting until Friday", "is visiting Chile through March 20": a day the event goes
    on to, not the day it is set for."""
    return bool(END_BOUND_BEFORE.search(doc_text(verb.doc), max(0, time.start - 10), time.start))


# Words before a time that make it where an event ends: 'until Friday', 'through next Tuesday'.
END_BOUND_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(DEADLINE_WORDS | {'to'}))})\s+$", re.IGNORECASE)


def _is_future(time: TimeExpr, published: date | None) -> bool:
    """Whether the time lies wholly after the publication day."""
    span = time_span(time.value)
    return span is not None and published is not None and span.start > published


def _is_past(time: TimeExpr, published: date | None) -> bool:
    span = time_span(time.value)
    if span is None:
        return False
    if published is not None:
        return span.end < published
    return bool(re.search(r"\b\d{4}\b", time.text))  # an explicit year in a present clause


def nominal_status(
    tok: Token, governor: Token | None, region: str, time: TimeExpr | None, *, published: date | None
) -> str | None:
    """The status of a noun trigger: its modifiers ("no", "planned"), else its carrying verb's."""
    mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "det")}
    acl = {c.lemma_.lower() for c in tok.children if c.dep_ == "acl"}
    if _conditional(tok):
        return "hypothetical"
    if governor is not None and lemma_in(governor, P.NEGATING_VERBS):
        return "negated"  # "cancelled a planned visit": the cancelling outranks the plan
    if _called_off_after(tok):
        return "negated"
    if "no" in mods or _under_without(tok):
        return "negated"
    if mods & P.HYPOTHETICAL_MODIFIERS:
        return "hypothetical"
    if mods & P.PLANNED_MODIFIERS or acl & P.PLAN_VERBS:
        return "planned"
    if governor is not None:
        status = _carried_status(governor, region, time, published=published)
        if status in ("negated", "denied") and _frames_its_governor(tok, governor):
            return _tense_status(verb_chain(governor)[-1], region, time, published=published)
        return status
    status = _status_from_clause(tok)
    if status is None and time is not None and _is_past(time, published):
        return "happened"  # "Doruvia's invasion of Kessel in April 2014 still shapes politics"
    return status


def _frames_its_governor(tok: Token, governor: Token) -> bool:
    """"denied meeting the rebels during the trip", "did not meet Xi at the summit": an event
    that is the setting of a negated or denied verb (in an "at/during/after ..." phrase on it)
    is taken for granted; only the verb is negated, so the setting takes the verb's tense."""
    head = tok.head
    return tok.dep_ == "pobj" and head.head == governor and head.lower_ in P.ADJUNCT_PREPS


def _carried_status(
    governor: Token, region: str, time: TimeExpr | None, *, published: date | None
) -> str | None:
    """A noun event takes its carrying verb's status, but a verb of planning that took place
    makes the event planned: "Organizers plan another demonstration", "they arranged a call"."""
    status = verbal_status(governor, region, time, published=published)
    if status in ("happened", "ongoing") and lemma_in(governor, P.NOMINAL_PLAN_GOVERNORS):
        return "planned"
    return status


def _future_in_the_past(chain: list[Token]) -> bool:
    """Reported speech backshifts "will" to "would": "She said the government would publish a
    report in October" tells a plan. A condition keeps it hypothetical ("warned that it would
    attack if troops crossed"), as does any modal but "would"."""
    top = chain[-1]
    if not any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in top.children):
        return False
    reporter = top.head
    if top.dep_ != "ccomp" or reporter.tag_ != "VBD" or not lemma_in(reporter, P.REPORTING_VERBS):
        return False
    return not _on_a_condition(chain)


def _negation_on_the_motive(verb: Token) -> bool:
    """"Hollis was not arrested for political reasons": with a motive given ("for <adjective>
    reasons"), an event done to someone is denied its motive, not its happening; the arrest took
    place ("Hollis was not arrested" alone is no arrest). Only a reason noun with a modifier
    saying what kind counts; "not arrested for lack of evidence" says why there was none."""
    for _prep, obj in prep_objects(verb, "for"):
        if obj.lemma_.lower() in P.MOTIVE_NOUNS and has_child(obj, "amod"):
            return True
    return False


def _called_off_after(noun: Token) -> bool:
    """"The meeting was due to take place on Thursday but was cancelled": a conjunct verb
    sharing the event as its subject calls it off, whatever the first verb said."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return any(
        c.dep_ == "conj" and lemma_in(c, P.NEGATING_VERBS) and first_child(c, "nsubj", "nsubjpass") is None
        for c in noun.head.children
    )


def _under_without(tok: Token) -> bool:
    """"Dresk left Teluk without meeting President Vass", "returned home without a deal with
    Lumbria": what 'without' governs did not happen."""
    return tok.dep_ in ("pcomp", "pobj") and tok.head.lower_ == "without"


def _completes_a_noun_with_no(tok: Token) -> bool:
    """"Ostmark has no plans to invade Kessia", "no intention to meet him": an infinitive
    completing a noun that "no" denies tells what is not going to happen."""
    if tok.dep_ != "acl" or not has_to_aux(tok):
        return False
    return any(c.dep_ == "det" and c.lower_ == "no" for c in tok.head.children)


def _done_by_or_to_no_one(tok: Token) -> bool:
    """"No one was arrested", "no protesters were arrested", "Police arrested no one": a doer or
    a person acted upon that "no" denies says the event did not happen ("No fewer than 20 people
    were arrested" did: there "no" is on "fewer", not on the people)."""
    return any(
        (arg.lower_ in NOBODY and not _none_other(arg))
        or any(c.dep_ == "det" and c.lower_ == "no" for c in arg.children)
        for arg in tok.children if arg.dep_ in ("nsubj", "nsubjpass", "dobj")
    )


def _none_other(pronoun: Token) -> bool:
    """'None other than the mayor was arrested': someone, named with emphasis."""
    return any(c.lower_ in ("other", "than") for c in pronoun.subtree if c.i != pronoun.i)


def _negated(tok: Token) -> bool:
    return has_child(tok, "neg")


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
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        below, verb = verb, verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    on_object_side = below.dep_ not in ("nsubj", "nsubjpass", "csubj")
    # the verbs the clause depends on count too: "threatened to retaliate with an embargo"
    if on_object_side and any(lemma_in(v, P.HYPOTHETICAL_VERBS) for v in verb_chain(verb)):
        return "hypothetical"
    if on_object_side and lemma_in(verb, P.NOMINAL_PLAN_GOVERNORS):
        return "planned"
    if on_object_side and lemma_in(verb, P.DENY_VERBS):
        return "denied"
    finite = verb
    while finite.tag_ in ("VBG", "VBN", "VB") and not any(
        c.dep_ == "aux" for c in finite.children
    ) and finite.head.i != finite.i:
        finite = finite.head
    aux = [c for c in finite.children if c.dep_ == "aux"]
    if finite.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lemma_ == "have" for a in aux):
        return "happened"
    return None


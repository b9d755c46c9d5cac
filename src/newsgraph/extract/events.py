"""Typed events: who did what to whom, where, when, and whether it took place.

Rules over the dependency parse. A trigger is a verb ("met", "destroyed an American drone",
"spoke to X") or an event noun with an argument ("Russia's invasion of Ukraine", "a meeting
between X and Y", "at a March 16 press conference"). Each trigger gets actors, target,
object, place and time from its own clause, and a status from the words that govern it
("will", "plans to", "if", "did not", "denied"). Duplicates within the article are merged.
The ontology and every word list live in ``event_patterns``; ``docs/events.md`` documents them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span

from newsgraph.extract import event_patterns as P
from newsgraph.extract.entities import EntityIndex
from newsgraph.extract.event_args import ArgumentReader
from newsgraph.extract.event_times import more_precise, times_compatible
from newsgraph.model import Article, Event, RegionIndex, TimeExpr
from newsgraph.nlp import doc_text

__all__ = ["Candidate", "find_events", "merge_candidates", "times_compatible"]

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
    doc: Doc,
    *,
    article: Article,
    entities: EntityIndex,
    times: list[TimeExpr],
    published: date | None = None,
    first_names: bool = True,
) -> list[Event]:
    """Events of the ontology in the body and captions of ``article`` (whole text if no regions).

    ``published`` is the day the article's times were read from (the page's date, one given by
    the caller or one inferred); it tells a dated event in the present tense, or one the tagger
    gave no past tense ("Thousands of workers protested on Sunday" with "protested" read as a
    participle), that took place. Without it the article's own date is used. ``first_names``:
    whether a person the article says nothing of the sex of may take it from their first name,
    to tell whom 'he' or 'she' means (``gender.person_genders``).
    """
    published = published or article.published
    reader = ArgumentReader(
        doc, article=article, entities=entities, times=times, published=published, first_names=first_names
    )
    candidates: list[Candidate] = []
    regions = RegionIndex(article.regions)
    for sent in doc.sents:
        region = _region_kind(article, regions, sent)
        if region is None:
            continue
        candidates.extend(_sentence_candidates(sent, reader, region))
    merged = merge_candidates(candidates)
    _share_with_parents(merged, candidates)
    return [_to_event(c, doc) for c in merged]


def _region_kind(article: Article, regions: RegionIndex, sent: Span) -> str | None:
    if not article.regions:
        return "body"
    region = regions.at(sent.start_char)
    return region.kind if region is not None and region.kind in EVENT_REGIONS else None


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
    same_actors = {x.casefold() for x in a.actors} == {x.casefold() for x in b.actors}
    if not same_actors and not _agentless_retelling(a, b):
        return False
    if not _compatible_text(a.place, b.place) or not _compatible_text(a.target, b.target):
        return False
    if a.status and b.status and STATUS_GROUPS[a.status] != STATUS_GROUPS[b.status]:
        return False
    return times_compatible(a.time, b.time)


def _agentless_retelling(a: Candidate, b: Candidate) -> bool:
    """"Police arrested Galt on Thursday. ... Galt was detained at his home": a passive with no
    agent and no time of its own retells the event done to the same target, whoever did it; with
    a time of its own ("He was first arrested in 2017") it may be another."""
    if a.target is None or b.target is None:
        return False
    return any(not x.actors and x.time is None for x in (a, b))


def _compatible_text(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.casefold() == b.casefold()


def _absorb(event: Candidate, other: Candidate) -> None:
    event.time = more_precise(event.time, other.time)
    if not event.actors:
        event.actors = list(other.actors)
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
            child.time = more_precise(child.time, parent.time)
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
        evidence=doc_text(doc)[start:end],
        evidence_span=(start, end),
        codes=P.EVENT_TYPES[cand.type].codes(),
    )

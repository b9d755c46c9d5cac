"""Interview transcripts: turns labelled 'Q:', 'A:' or 'OKAFOR:' are their speakers' words.

'Here is the edited transcript of the interview.' then 'Q: Why close the pier now?' and 'A:
Because it is falling apart.': each turn is a direct quotation with no quotation marks and no
speech verb, so without this an interview gives no quotes at all. A name label speaks for
itself ('OKAFOR:', 'SEN. WARREN:', or 'Okafor:' when the article names a person so); 'A' is the
person interviewed, whom the title names ('Q&A with Vice President Joe Biden') or else the
introduction names most; 'Q' is the interviewer, the article's writer when it has one author.
In a Q-and-A interview a paragraph with no label between two turns goes on with the turn
before it.

A transcript needs two turns at least (a question and an answer, or two name labels), so that
one 'NOTE: …' or 'UPDATE: …' line is not taken for one.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from newsgraph.extract.entities import EntityIndex

# 'Q: …', 'A: …', 'QUESTION: …' at a paragraph's start.
QA_LABEL = re.compile(r"\s*(?P<label>Q|A|QUESTION|ANSWER)\s*:\s+(?=\S)", re.IGNORECASE)
# 'OKAFOR: …', 'SEN. ELIZABETH WARREN: …', 'Okafor: …' (a Title Case one must name a person).
NAME_LABEL = re.compile(
    r"\s*(?P<label>(?:[A-Z][A-Za-z'’.-]*\.?\s){0,3}[A-Z][A-Za-z'’-]*[A-Za-z])\s*:\s+(?=\S)"
)
# Labels that open a line of the page, not a turn of talk.
NOT_SPEAKERS = frozenset(
    {
        "update", "updated", "note", "editor's note", "editor’s note", "correction", "clarification",
        "watch", "read more", "related", "photos", "photo", "video", "source", "sources", "credit",
        "disclosure", "warning", "breaking", "exclusive", "opinion", "analysis", "contact", "email",
        "twitter", "follow", "subscribe", "advertisement", "transcript", "caption", "location",
        "when", "where", "what", "who", "why", "how", "time", "date", "price", "tickets", "cost",
    }
)
QUESTION_LABELS = frozenset({"q", "question"})
ANSWER_LABELS = frozenset({"a", "answer"})
# A transcript has at least this many labelled turns.
MIN_TURNS = 2


@dataclass(frozen=True, slots=True)
class Turn:
    """A paragraph of talk: its words (character offsets), the label naming its speaker (None
    for a paragraph going on with the turn before) and the speaker's canonical name."""

    start: int
    end: int
    label: tuple[int, int] | None
    speaker: str | None


def find_turns(
    text: str,
    paragraphs: list[tuple[int, int]],
    entities: EntityIndex,
    *,
    title: tuple[int, int] | None = None,
    writer: str | None = None,
) -> list[Turn]:
    labelled = [(k, _label(text, start, end, entities)) for k, (start, end) in enumerate(paragraphs)]
    labelled = [(k, found) for k, found in labelled if found is not None]
    if not _is_transcript([text[a:b] for _, (a, b, _) in labelled]):
        return []
    first = paragraphs[labelled[0][0]][0]
    interviewee = _interviewee(text, entities, title, first)
    interview = _is_interview([text[a:b] for _, (a, b, _) in labelled])
    turns: list[Turn] = []
    for (k, (label_start, label_end, words_start)), nxt in zip(labelled, [*labelled[1:], None], strict=True):
        word = text[label_start:label_end]
        after = [(a, b) for a, b in paragraphs[k + 1 : nxt[0] if nxt else k + 2] if _talk(text[a:b])]
        if any(_about_the_labelled(word, text[a:b]) for a, b in after):
            continue  # ('SANDERS: Win in a walk.' over a paragraph on Sanders: a section's heading)
        speaker = _speaker_of(word, entities, interviewee=interviewee, writer=writer)
        turns.append(Turn(words_start, paragraphs[k][1], (label_start, label_end), speaker))
        if interview and nxt is not None:
            # An interview's answer runs over paragraphs; in an excerpt of named turns the
            # writer's own remarks come between them ('The ads are too tough huh?')
            turns += [Turn(a, b, None, speaker) for a, b in after]
    return turns


def _label(text: str, start: int, end: int, entities: EntityIndex) -> tuple[int, int, int] | None:
    """(label start, label end, words start) of a paragraph opening with a speaker label."""
    found = QA_LABEL.match(text, start, end)
    if found is None:
        found = NAME_LABEL.match(text, start, end)
        if found is None or not _names_a_speaker(found.group("label"), entities):
            return None
    words = text[found.end() : end]
    if not _talk(words):
        return None  # ('Clinton: 2,316.': a tally, not a turn)
    if _about_the_labelled(found.group("label"), words):
        return None  # ('Bernie Sanders: Credit scores … Senator Bernie Sanders calls for …': a section)
    return found.start("label"), found.end("label"), found.end()


def _about_the_labelled(label: str, words: str) -> bool:
    """A name label whose paragraph names that person again is a section about them: a speaker
    does not call himself by his surname."""
    if label.casefold() in QUESTION_LABELS | ANSWER_LABELS:
        return False
    surname = label.split()[-1]
    return re.search(rf"\b{re.escape(surname)}\b", words, re.IGNORECASE) is not None


def _talk(words: str) -> bool:
    """Words someone says: some in lower case, not all in brackets ('(BEGIN VIDEO CLIP.)'), not
    a rule ('___.') or a heading in capitals ('THE TOTAL.')."""
    stripped = words.strip()
    if stripped[:1] in "([" and stripped.rstrip(".")[-1:] in ")]":
        return False
    return any(c.islower() for c in stripped)


def _names_a_speaker(label: str, entities: EntityIndex) -> bool:
    if label.casefold() in NOT_SPEAKERS:
        return False
    if label.isupper():
        return True
    return _person_named(label, entities) is not None  # ('Okafor: …' only when she is named)


def _is_interview(labels: list[str]) -> bool:
    return any(label.casefold() in QUESTION_LABELS for label in labels)


def _is_transcript(labels: list[str]) -> bool:
    kinds = {label.casefold() for label in labels}
    if kinds & QUESTION_LABELS and kinds & ANSWER_LABELS:
        return True
    names = [k for k in kinds if k not in QUESTION_LABELS | ANSWER_LABELS]
    return len(labels) >= MIN_TURNS and len(names) >= MIN_TURNS


def _speaker_of(label: str, entities: EntityIndex, *, interviewee: str | None, writer: str | None) -> str | None:
    word = label.casefold()
    if word in ANSWER_LABELS:
        return interviewee
    if word in QUESTION_LABELS:
        return writer
    person = _person_named(label, entities)
    return person if person is not None else _plain_name(label)


def _person_named(label: str, entities: EntityIndex) -> str | None:
    """The one person whose name is the label or ends with its last word, in any case:
    'OKAFOR', 'ANN OKAFOR', 'MS. OKAFOR' -> 'Ann Okafor'."""
    last = label.split()[-1].casefold()
    people = {
        e.name for e in entities.entities
        if e.type == "PERSON" and (e.name.casefold() == label.casefold() or e.name.split()[-1].casefold() == last)
    }
    return people.pop() if len(people) == 1 else None


def _plain_name(label: str) -> str:
    """'SEN. WARREN' with no entity to match: the name as written, in ordinary case."""
    return " ".join(w.capitalize() if w.isupper() else w for w in label.split())


def _interviewee(text: str, entities: EntityIndex, title: tuple[int, int] | None, first_turn: int) -> str | None:
    """The person the title names, else the one the introduction (before the first turn) names
    most often."""
    people = [e for e in entities.entities if e.type == "PERSON"]
    if title is not None:
        in_title = [e for e in people if any(title[0] <= m.start < title[1] for m in e.mentions)]
        if len(in_title) == 1:
            return in_title[0].name
    counts = Counter({e.name: sum(m.start < first_turn for m in e.mentions) for e in people})
    ranked = [(name, n) for name, n in counts.most_common(2) if n]
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]

"""Lists of answers: a line naming a person labels the quotation paragraph next to it.

Roundups of readers', voters' or celebrities' words print each answer with a line of its own
naming who gave it ('2. Ingrid Sorensen, 38, Oslo'). Some lists put that line before each
answer, some after; a list keeps to one layout, so its first label tells which: a label that
follows a quotation closes it, one that follows anything else heads the next. A label heading
its answers heads every quotation paragraph down to the next label ('Voices from the rally':
a name, a sentence about the person, then two paragraphs of their words).

A label may say what the person is as well as their age and town: 'Denise Marrow, 34, nurse,
Pellston:' or 'Wendell Priestly, owner of Priestly Hardware'. The name opens such a line and a
comma follows it; what comes after describes the person and is never a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.attribution import Frame
from newsgraph.extract.credits import is_agency
from newsgraph.extract.list_items import NAME_MAX_TOKENS, NOT_PEOPLE, PERSON_NOUNS
from newsgraph.extract.quote_patterns import CLOSE_MARKS, OPEN_MARKS, STRAIGHT_MARK
from newsgraph.nlp import doc_text

# The most tokens in a line naming whose answer it is: '12. Maria de la Cruz, 24, San Antonio, Texas'.
LABEL_MAX_TOKENS = 16
# The most characters in a paragraph that may be a label (more is a paragraph of prose).
LABEL_MAX_CHARS = 160
# The most words in a title before a label's name ('WESTLAKE HEAD COACH').
TITLE_MAX_TOKENS = 3
# How many paragraphs after its label an answer may run: the quotation and a sentence or two
# of the writer's about the person.
MAX_HEADED_PARAGRAPHS = 5
# A list of answers labels two at least.
MIN_LABELS = 2
# Entity types a label gives beside the name: an age, a place.
LABEL_DETAIL_TYPES = frozenset({"GPE", "LOC", "DATE", "CARDINAL"})
# What may follow a quotation's closing mark at the end of its paragraph.
AFTER_CLOSE = ".,;:!? \t"
# Entity types a label's capitalised words may not have: a place or a thing. (An organisation
# may be a person's name the tagger misread: 'Claire Donnelly' comes out as ORG.)
NOT_NAMES = NOT_PEOPLE - {"ORG"}
# The topic an answer is given on, before its quotation: 'On the comeback: “…”', 'About Pike: “…”'.
TOPIC_LEAD_IN = re.compile(r"\s*(?:On|About)\s[^:\n\"“”]{1,60}:\s*(?=[\"“])")
# What ends a sentence, which a description in a label never is.
SENTENCE_ENDS = frozenset({".", "!", "?"})


class NameLabels:
    """The label lines of one document and the layout of its list."""

    def __init__(self, doc: Doc, paragraphs: list[tuple[int, int]]) -> None:
        text = doc_text(doc)
        self._quoted = {i for i, (s, e) in enumerate(paragraphs) if _an_answer(text[s:e])}
        self._names: dict[int, Span] = {}
        self._headed: dict[int, int] = {}  # quotation paragraph -> the label heading it
        self._trailing = False
        if not self._quoted:
            return  # no answers, no list: spare the parse lookups
        lines = _label_lines(doc, paragraphs)
        headed = {i: _answers_below(doc, paragraphs, i, self._quoted, lines) for i in lines}
        self._names = {
            i: name for i, name in lines.items() if i - 1 in self._quoted or i + 1 in self._quoted or headed[i]
        }
        if len(self._names) < MIN_LABELS:
            self._names = {}  # one name line before a quote is a byline or a dateline, not a list
        first = min(self._names, default=None)
        self._trailing = first is not None and first - 1 in self._quoted
        self._headed = {para: i for i in self._names for para in headed[i]}

    def heading(self, para: int) -> Frame | None:
        """The label above quotation paragraph ``para``, in a list that heads its answers."""
        label = self._headed.get(para)
        return _frame(self._names[label]) if label is not None and not self._trailing else None

    def heading_people(self) -> list[Span]:
        """The names of labels that head their answers: 'she added' in an answer is hers."""
        return [] if self._trailing else list(self._names.values())

    def trailing(self, para: int) -> Frame | None:
        """The label below quotation paragraph ``para``, in a list that signs its answers."""
        name = self._names.get(para + 1)
        return _frame(name) if name is not None and self._trailing and para in self._quoted else None


def _answers_below(
    doc: Doc, paragraphs: list[tuple[int, int]], label: int, quoted: set[int], labels: dict[int, Span]
) -> list[int]:
    """The quotation paragraphs a label heads: all down to the next label, over the writer's
    sentences about the person between them ('Carla Benedetti' / 'Benedetti drove four hours
    with her sons.' / "“The nearest emergency room …”" / "“We are not asking …”"). Anything
    else ends the answer: a line that is no sentence (a photo credit), one ending in a colon,
    which introduces words of its own, or a sentence about someone else ('Council member Dwight
    Keller led the critics.'), who may be the one quoted next."""
    text = doc_text(doc)
    below: list[int] = []
    for para in range(label + 1, min(label + 1 + MAX_HEADED_PARAGRAPHS, len(paragraphs))):
        if para in labels:
            break
        if para in quoted:
            below.append(para)
            continue
        span = doc.char_span(*paragraphs[para], alignment_mode="contract")
        if not _ends_as_a_sentence(text[slice(*paragraphs[para])]) or span is None:
            break
        if _someone_else_does(span, labels[label]):
            break
    return below


def _ends_as_a_sentence(line: str) -> bool:
    """The line ends with a stop, a question or an exclamation mark, before any closing
    quotation marks: 'Benedetti called the drive “exhausting.”' is a sentence as 'Benedetti
    drove four hours.' is."""
    return line.rstrip().rstrip(CLOSE_MARKS + STRAIGHT_MARK + "'’").rstrip()[-1:] in SENTENCE_ENDS


def _someone_else_does(sentences: Span, name: Span) -> bool:
    """A person other than the one labelled is the subject of something here ('Council member
    Dwight Keller led them.', or named beside the subject's role: 'Her neighbour Tom Reyes
    disagrees.'); the label's own ('Oyelaran said …', 'The businessman went …') is not."""
    words = name.text.lower().split()
    return any(
        t.dep_ in ("nsubj", "nsubjpass") and any(n.pos_ == "PROPN" and n.lower_ not in words for n in _named_as(t))
        for t in sentences
    )


def _named_as(subject: Token) -> list[Token]:
    """The subject and the name set beside it ('Her neighbour Tom Reyes', 'The mayor, Lina Cruz,')."""
    return [subject, *(c for c in subject.children if c.dep_ == "appos")]


def _frame(name: Span) -> Frame:
    return Frame(cue=None, speaker=name, cue_text=None)


def _an_answer(paragraph: str) -> bool:
    """A paragraph of someone's words in a list of answers: all quotation, or quotation after
    the topic it answers on ('On the comeback: “I told them to stop feeling sorry for
    themselves.”'), as a list of a coach's or a candidate's remarks sorts them."""
    topic = TOPIC_LEAD_IN.match(paragraph)
    return all_quotation(paragraph[topic.end() :] if topic else paragraph)


def all_quotation(paragraph: str) -> bool:
    stripped = paragraph.strip()
    opens = stripped[:1] in OPEN_MARKS or stripped[:1] == STRAIGHT_MARK
    body = stripped.rstrip(AFTER_CLOSE)
    closes = body[-1:] in CLOSE_MARKS or body[-1:] == STRAIGHT_MARK
    return len(stripped) > 2 and opens and closes


@dataclass(frozen=True)
class _Line:
    """A paragraph that may label answers: the name in it, how the line is laid out, and
    whether the name is surely a person's."""

    name: Span
    layout: tuple[bool, bool, tuple[bool, ...], bool]  # see _layout
    named: bool  # the tagger took the name for a person's, or an age follows it


def _label_lines(doc: Doc, paragraphs: list[tuple[int, int]]) -> dict[int, Span]:
    """The lines that may label answers. A list keeps to one layout: a line laid out as a label
    naming a person is ('MARISOL DUARTE, 18') is a label too though the tagger took its name for
    an organisation or a common noun ('TAMIKA FORDHAM, 18', 'Claire Donnelly')."""
    lines: dict[int, _Line] = {}
    for i, (start, end) in enumerate(paragraphs):
        label = doc.char_span(start, end, alignment_mode="contract") if end - start <= LABEL_MAX_CHARS else None
        line = _label_line(label) if label is not None and 0 < len(label) <= LABEL_MAX_TOKENS else None
        if line is not None:
            lines[i] = line
    people = {line.layout for line in lines.values() if line.named}
    return {i: line.name for i, line in lines.items() if line.named or line.layout in people}


def _label_line(label: Span) -> _Line | None:
    """The line as a label: a person's name the tagger found ('Ingrid Sorensen, 38, Oslo'), or
    capitalised words laid out as one ('TAMIKA FORDHAM, 18'); None for a credit, a place, a
    sentence."""
    name = _label_name(label)
    if name is not None:
        return _Line(name, _layout(label, name), True)
    name = _capitalised_name(label)
    if name is None or not _only_details_before(label, name):
        return None
    if any(t.ent_type_ in NOT_NAMES for t in name) or is_agency(name.text):
        return None  # ('Getty Images', 'Kettle Falls': a credit or a place)
    if label.text.rstrip()[-1:] in SENTENCE_ENDS:
        return None  # ('Marta Koenig Wins Again.': a heading in Title Case is a sentence)
    if all(_label_detail(t) for t in label if t.i >= _rest(label, name)) or _described_after(label, name):
        return _Line(name, _layout(label, name), False)
    return None


def _layout(label: Span, name: Span) -> tuple[bool, bool, tuple[bool, ...], bool]:
    """How a label is laid out: numbered or not, the name in capitals or not, for each part
    after a comma whether it is a number (an age), and whether a colon ends it."""
    parts = label.doc[name.end : label.end].text.split(",")[1:]
    return (
        name.start > label.start,
        name.text.isupper(),
        tuple(part.strip().isdigit() for part in parts),
        label.text.rstrip().endswith(":"),
    )


def _capitalised_name(label: Span) -> Span | None:
    """Two to six capitalised words opening a label, whatever the tagger took them for; a
    hyphen joins the parts of one ('Hyun-woo Park')."""
    doc = label.doc
    start = next((t.i for t in label if not _label_detail(t)), None)
    if start is None:
        return None
    title = _title_end(doc[start : label.end])
    if sum(t.text[:1].isupper() and t.is_alpha for t in doc[title : label.end]) >= 2:
        start = title  # ('GUARD DESHAWN PIKE': the name after the title)
    end, words = start, 0
    while end < label.end and end - start < NAME_MAX_TOKENS:
        token = doc[end]
        joined = end > start and doc[end - 1].text == "-"
        if token.text == "-" and end > start:
            end += 1
        elif (token.text[:1].isupper() and token.is_alpha) or (joined and token.is_alpha):
            words += not joined
            end += 1
        else:
            break
    if words < 2 or doc[end - 1].text == "-":
        return None
    return doc[start:end]


def _label_name(label: Span) -> Span | None:
    """The person the tagger names at the label's start (after their title, if any), when all
    else in the line is what a label gives beside a name (a number, an age, a place, a
    description after a comma)."""
    name = _first_name(label)
    if name is None:
        return None
    if not _only_details_before(label, name):
        return None
    # only the name and what a label gives beside it: a number, an age, a place
    if all(_label_detail(t) for t in label if t.i >= _rest(label, name)):
        return name
    return name if _described_after(label, name) else None


def _only_details_before(label: Span, name: Span) -> bool:
    """Nothing comes before the label's name but its title and what a label gives (a number)."""
    title = _title_end(label)
    after_title = title if title <= name.start else label.start
    return all(_label_detail(t) for t in label if after_title <= t.i < name.start)


def _title_end(label: Span) -> int:
    """Where a title opening the label ends: 'COACH RITA MOLNAR', 'WESTLAKE COACH BRIAN
    ACHTERBERG', 'Sen. Ana Ruiz' (capitalised words, the last of them a word for a person's
    part). A postgame or hearing roundup heads each person's remarks so. The label's start when
    no title opens it."""
    end = label.start
    for token in label[:TITLE_MAX_TOKENS]:
        if not token.text[:1].isupper():
            break
        if token.lower_ in PERSON_NOUNS:
            end = token.i + 1
    return end


def _rest(label: Span, name: Span) -> int:
    """Where the label goes on after the name and a bracket right after it, which gives an age
    or a party ('Lorenzo Baptiste (52), Eastfield', 'Sen. Ann Ruiz (D-Ore.)')."""
    doc = label.doc
    if name.end < label.end and doc[name.end].text == "(":
        close = next((t.i for t in doc[name.end : label.end] if t.text == ")"), None)
        if close is not None:
            return close + 1
    return name.end


def _described_after(label: Span, name: Span) -> bool:
    """'Gerald Ostby, 61, retired machinist, Kettle Falls:': after a comma the label says what
    the person is. A line going on from the name without a comma ('Ostby drew laughs'), or
    ending as a sentence ends, or quoting anyone, is no label."""
    after = label.doc[_rest(label, name) : label.end]
    if len(after) == 0 or after[0].text != ",":
        return False
    last = next((t for t in reversed(after) if not t.is_space), after[0])
    return last.text not in SENTENCE_ENDS and not any(t.is_quote for t in after)


def _first_name(label: Span) -> Span | None:
    """The first person's name in a label; a run of proper nouns the tagger did not see as one
    counts when an age follows it ('Ana Ruiz, 45')."""
    doc = label.doc
    first = next((t for t in label if t.ent_type_ == "PERSON" or t.pos_ == "PROPN"), None)
    if first is None:
        return None
    tagged = first.ent_type_ == "PERSON"
    end = first.i + 1
    while end < label.end and (doc[end].ent_type_ == "PERSON" if tagged else doc[end].pos_ == "PROPN"):
        end += 1
    if tagged:
        return doc[first.i : end]
    age_follows = end + 1 < label.end and doc[end].text == "," and doc[end + 1].like_num
    return doc[first.i : end] if end - first.i >= 2 and not first.ent_type_ and age_follows else None


def _label_detail(token: Token) -> bool:
    return token.is_punct or token.is_space or token.like_num or token.ent_type_ in LABEL_DETAIL_TYPES


def signature_below(doc: Doc, paragraphs: list[tuple[int, int]], para: int) -> Frame | None:
    """A pull quote signed inside its own marks: a paragraph opens a quotation it leaves open and
    the next, a short line naming a person, closes it ('"We waited too long.' then 'Ana Ruiz,
    Harbour Trust."'). The name is the speaker; the line is no part of the words."""
    if not 0 <= para < len(paragraphs) - 1:
        return None
    text = doc_text(doc)
    start, end = paragraphs[para + 1]
    line = text[start:end].strip()
    if line[:1] in OPEN_MARKS or line[:1] == STRAIGHT_MARK or not _ends_with_close(line):
        return None
    label = doc.char_span(start, end, alignment_mode="contract")
    if label is None or not 0 < len(label) <= LABEL_MAX_TOKENS:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in label):
        return None  # ('Then Tom Reed said no."': a sentence of the quotation, not a signature)
    # the name opens the line, or follows a title ('Former NAACP president Ben Jealous."')
    person = next((t for t in label if t.ent_type_ == "PERSON" and t.ent_iob_ == "B"), None)
    first = person or next((t for t in label if not t.is_space), None)
    name = _name_at(first) if first is not None else None
    return _frame(name) if name is not None else None


def _name_at(first: Token) -> Span | None:
    """A person's name starting at ``first``: a PERSON entity, or two or more proper nouns the
    tagger left untyped ('Ana Ruiz, Harbour Trust')."""
    doc = first.doc
    if first.ent_type_ == "PERSON" and first.ent_iob_ == "B":
        end = first.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return doc[first.i : end]
    end = first.i
    while end < len(doc) and doc[end].pos_ == "PROPN" and not doc[end].ent_type_:
        end += 1
    return doc[first.i : end] if end - first.i >= 2 else None


def _ends_with_close(line: str) -> bool:
    last = line.rstrip(AFTER_CLOSE)[-1:]
    return last in CLOSE_MARKS or last == STRAIGHT_MARK

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

A magazine interview often has no labels at all: 'Why did you run?' stands alone as a
paragraph and the answer follows. Three such questions put to 'you', under a title or an
introduction that says whom the interview is with, make one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from newsgraph.extract.entities import EntityIndex
from newsgraph.extract.entity_patterns import HONORIFICS, ROLE_MODIFIERS, TITLE_WORDS
from newsgraph.extract.list_items import NOT_PEOPLE
from newsgraph.extract.posts import Post, paragraphs_taken
from newsgraph.extract.syntax import TIME_ENTITY_LABELS

# 'Q: …', 'A: …', 'QUESTION: …' at a paragraph's start; also 'Q. …', 'A. …', and in bold as
# text written from markup keeps it ('**Q:** …').
QA_LABEL = re.compile(
    r"\s*(?P<bold>\*\*|__)?(?P<label>Q|A|QUESTION|ANSWER)(?:\s*:|(?<=\b[QqAa])\.)(?P=bold)?\s+(?=\S)",
    re.IGNORECASE,
)
# 'OKAFOR: …', 'SEN. ELIZABETH WARREN: …', 'Okafor: …' (a Title Case one must name a person).
# A broadcast transcript gives a speaker's part when first heard ('DANA MERCER, HOST:', 'ANN
# OKAFOR, MAYOR OF WESTMERE:') and how they are heard ('OKAFOR (on camera):', 'BRACE
# (voice-over):'): the name before them is the label. A page written from markup keeps a name
# set in bold, with its colon inside the bold or after it ('**Reyes:** …', '**Reyes**: …'), as
# it keeps 'Q:' so.
NAME_LABEL = re.compile(
    r"\s*(?P<bold>\*\*|__)?(?P<label>(?:[A-Z][A-Za-z'’.-]*\.?\s){0,3}[A-Z][A-Za-z'’-]*[A-Za-z])"
    r"(?P<part>,\s+[A-Z][A-Z0-9 .,'’()&/-]{0,60}?)?(?:\s*\([^()\n]{1,30}\))?(?P=bold)?\s*:(?P=bold)?\s+(?=\S)"
)
# A transcriber's note opening a turn, '(LAUGHTER) Yes, three.': not the speaker's words.
STAGE_DIRECTION = re.compile(r"\s*[(\[][A-Z][A-Z ,.'’-]*[)\]]\s+(?=\S)")
# A label's name followed by the speaker's part or how they are heard: someone speaks.
WITH_PART = re.compile(r"\s*[,(]")
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
# Words before a name in a label that say who speaks: 'SEN. WARREN', 'ANCHOR TOM BRACE'.
LABEL_TITLES = HONORIFICS | TITLE_WORDS | ROLE_MODIFIERS
# Labels in capitals that name a part, not a person, and speak: 'MODERATOR:', 'CROWD:'.
SPEAKING_PARTS = frozenset(
    {
        "moderator", "host", "co-host", "anchor", "announcer", "narrator", "interviewer", "reporter",
        "correspondent", "panelist", "caller", "questioner", "crowd", "audience", "audience member",
        "audience members", "protesters", "protester", "crowd members",
    }
)
# A voice the transcript does not name: 'UNIDENTIFIED MALE:', 'UNKNOWN SPEAKER:'.
UNNAMED_VOICE = re.compile(r"(?i)^(?:unidentified|unknown|unnamed)\b")
QUESTION_LABELS = frozenset({"q", "question"})
ANSWER_LABELS = frozenset({"a", "answer"})
# What an introduction says of an interview ('spoke with the Gazette', 'the edited transcript',
# 'Questions and answers have been edited', 'We asked her'); an explainer's 'Q: Can I still fish? A: No.' has
# none of it, and its answers are the paper's own, nobody's quotation.
INTERVIEW_WORDS = re.compile(
    r"(?i)\b(?:interview\w*|transcript\w*|spoke|speaks|speaking|talked|talks|talking|sat down|sits down|"
    r"conversation|chatted|edited|asked (?:him|her|them)|Q\s?&\s?A with|questions for)\b"
)
# Entity types of a label that names no one who speaks: a place, a thing, a time (not an
# organisation or a people, which the model makes of a surname: 'Reyes' tagged ORG).
NOT_PEOPLE_TYPES = (NOT_PEOPLE - {"ORG", "NORP"}) | TIME_ENTITY_LABELS
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
    posts: Iterable[Post] = (),
) -> list[Turn]:
    """``posts``: the signed posts of the text (``posts.find_posts``), which no answer runs over."""
    labelled = [(k, _label(text, start, end, entities)) for k, (start, end) in enumerate(paragraphs)]
    labelled = [(k, found) for k, found in labelled if found is not None]
    labelled = _with_labels_answering_named_ones(text, paragraphs, entities, labelled)
    with_part = {text[a:b] for _, (a, b, words) in labelled if WITH_PART.match(text, b, words)}
    named = _capitals_speakers([text[a:b] for _, (a, b, _) in labelled], entities, with_part=with_part)
    labelled = [(k, found) for k, found in labelled if text[found[0] : found[1]] in named]
    if not _is_transcript([text[a:b] for _, (a, b, _) in labelled]) and not _answers_under_questions(
        text, paragraphs, labelled
    ):
        # (an answer goes on past a post it quotes, but its line before the post is the
        # interviewee's own: 'One wrote this last week:')
        posted = {paragraphs[k][0] for k in paragraphs_taken(posts, paragraphs)}
        return _unlabelled_interview(text, paragraphs, entities, title=title, writer=writer, posted=posted)
    first = paragraphs[labelled[0][0]][0]
    labels = {text[a:b].casefold() for _, (a, b, _) in labelled}
    introduction = _introduction(text, title, paragraphs, first)
    if labels <= QUESTION_LABELS | ANSWER_LABELS and not INTERVIEW_WORDS.search(introduction):
        return []  # (an explainer's questions and its own answers: no one is quoted)
    interviewee = _interviewee(text, entities, title, first)
    interview = _is_interview([text[a:b] for _, (a, b, _) in labelled])
    posted = {paragraphs[k][0] for k in paragraphs_taken(posts, paragraphs, lead_ins=True)}
    turns: list[Turn] = []
    for (k, (label_start, label_end, words_start)), nxt in zip(labelled, [*labelled[1:], None], strict=True):
        word = text[label_start:label_end]
        after = [(a, b) for a, b in paragraphs[k + 1 : nxt[0] if nxt else k + 2] if _talk(text[a:b])]
        if any(_about_the_labelled(word, text[a:b]) for a, b in after):
            continue  # ('SANDERS: Win in a walk.' over a paragraph on Sanders: a section's heading)
        speaker = _speaker_of(word, entities, interviewee=interviewee, writer=writer, named=named)
        turns.append(Turn(words_start, paragraphs[k][1], (label_start, label_end), speaker))
        if interview and nxt is not None:
            # An interview's answer runs over paragraphs; in an excerpt of named turns the
            # writer's own remarks come between them ('The ads are too tough huh?')
            turns += [Turn(a, b, None, speaker) for a, b in _goes_on(text, after, speaker, posted)]
    return turns


def _goes_on(
    text: str, paragraphs: list[tuple[int, int]], speaker: str | None, posted: set[int]
) -> list[tuple[int, int]]:
    """The paragraphs after a turn that go on with it, up to one naming its speaker by surname
    (a speaker does not call himself so, and 'Okafor paused and looked out at the water.' is
    the writer's, as is what follows it until the next label) or one of an embedded post or
    leading into it ('Reyes responded on Twitter.' over the post and its signature)."""
    for k, (a, b) in enumerate(paragraphs):
        if a in posted or (speaker and _names_by_surname(speaker, text[a:b])):
            return paragraphs[:k]
    return paragraphs


def _with_labels_answering_named_ones(
    text: str,
    paragraphs: list[tuple[int, int]],
    entities: EntityIndex,
    labelled: list[tuple[int, tuple[int, int, int]]],
) -> list[tuple[int, tuple[int, int, int]]]:
    """'Tanaka: …' and 'Reyes: …' taking turns, where the model took Reyes (named 'Ana Reyes'
    in the introduction) for an organisation: a Title Case label that opens two paragraphs at
    least, one of them right before or after a turn of a person the article names, speaks too
    (as a label in capitals answering a named one does). Returns the turns with those added."""
    named = {text[a:b] for _, (a, b, _) in labelled if not text[a:b].isupper()} - {"Q", "A"}
    if not named:
        return labelled
    taken = {k for k, _ in labelled}
    candidates: dict[str, list[tuple[int, tuple[int, int, int]]]] = {}
    for k, (start, end) in enumerate(paragraphs):
        found = NAME_LABEL.match(text, start, end) if k not in taken else None
        label = found.group("label") if found is not None else ""
        if found is None or label.isupper() or label.casefold() in NOT_SPEAKERS | QUESTION_LABELS | ANSWER_LABELS:
            continue
        if any(e.type in NOT_PEOPLE_TYPES for e in entities.entities if e.name == label):
            continue  # ('Boston: …' is a place)
        if not re.search(rf"\b[A-Z][a-z]+ {re.escape(label)}\b", text):
            continue  # (a surname the article gives with a first name: 'Ana Reyes'; not 'Elm Street:')
        turn = _turn_after(text, found, end)
        if turn is not None:
            candidates.setdefault(label, []).append((k, turn))
    for turns in candidates.values():
        beside = any(k - 1 in taken or k + 1 in taken for k, _ in turns)
        if len(turns) >= MIN_TURNS and beside:
            labelled = [*labelled, *turns]
    return sorted(labelled)


def _label(text: str, start: int, end: int, entities: EntityIndex) -> tuple[int, int, int] | None:
    """(label start, label end, words start) of a paragraph opening with a speaker label."""
    found = QA_LABEL.match(text, start, end)
    if found is None:
        found = NAME_LABEL.match(text, start, end)
        if found is None or not _names_a_speaker(found.group("label"), entities):
            return None
    return _turn_after(text, found, end)


def _turn_after(text: str, found: re.Match[str], end: int) -> tuple[int, int, int] | None:
    """(label start, label end, words start) for a label match whose words are talk by someone
    other than a section's subject; else None."""
    words = text[found.end() : end]
    if not _talk(words):
        return None  # ('Clinton: 2,316.': a tally, not a turn)
    if _about_the_labelled(found.group("label"), words):
        return None  # ('Bernie Sanders: Credit scores … Senator Bernie Sanders calls for …': a section)
    if _describes_the_named(found.group("label"), words):
        return None
    direction = STAGE_DIRECTION.match(text, found.end(), end)
    return found.start("label"), found.end("label"), direction.end() if direction else found.end()


def _describes_the_named(label: str, words: str) -> bool:
    """A name in ordinary case followed by words in lower case is a line of a list about the
    person, not their talk, which opens a sentence: 'Ann Okafor: mayor since 2014, lawyer.',
    'Lena Haas: reporting and photos'."""
    return not label.isupper() and label.casefold() not in QUESTION_LABELS | ANSWER_LABELS and words[:1].islower()


def _about_the_labelled(label: str, words: str) -> bool:
    """A name label whose paragraph names that person again is a section about them: a speaker
    does not call himself by his surname."""
    if label.casefold() in QUESTION_LABELS | ANSWER_LABELS:
        return False
    return _names_by_surname(label, words)


def _names_by_surname(name: str, words: str) -> bool:
    """Do ``words`` name the person by the last word of ``name``, written as a name is
    ('SANDERS' is found as 'Sanders'; 'Price' is not 'price')?"""
    surname = name.split()[-1]
    if surname.isupper():
        surname = surname.capitalize()
    return re.search(rf"\b{re.escape(surname)}\b", words) is not None


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
        return True  # (weighed with the other labels in _capitals_speakers)
    return _person_named(label, entities) is not None  # ('Okafor: …' only when she is named)


def _capitals_speakers(labels: list[str], entities: EntityIndex, *, with_part: set[str]) -> dict[str, str | None]:
    """Each label that names a speaker, with the speaker's name. 'Q'/'A' and Title Case names
    (already checked) stand; a label in capitals must name a person the article names
    ('OKAFOR', 'SEN. ANN OKAFOR'), a person after a title ('ANCHOR TOM BRACE') or before
    their part ('DANA MERCER, HOST', 'BRACE (voice-over)'), a part that
    speaks ('MODERATOR'; 'UNIDENTIFIED MALE' is no one), or a full name whose surname is another
    label ('JAKE TAPPER:' then 'TAPPER:'); among such labels one word may be the surname of
    another ('BRACE' after 'ANCHOR TOM BRACE') or a name the article does not give.
    A page's headings in capitals ('WHY IT MATTERS:', 'PROS:', 'MONDAY:', 'PHOTO BY ANN
    OKAFOR:') are no one speaking."""
    named: dict[str, str | None] = {}
    for label in labels:
        if not label.isupper() or label.casefold() in QUESTION_LABELS | ANSWER_LABELS:
            named[label] = label
            continue
        found = _capitals_speaker(label, entities)
        if found is None and label in with_part:
            found = (_person_named(label, entities) or _plain_name(label),)
        if found is not None:
            named[label] = found[0]
        elif label.split()[-1] in labels and len(label.split()) > 1:
            named[label] = _plain_name(label)  # ('JAKE TAPPER:' and then 'TAPPER:')
    answers = QUESTION_LABELS | ANSWER_LABELS
    speaking = {label: who for label, who in named.items() if label.isupper() and label.casefold() not in answers}
    surnames = {who.split()[-1].casefold(): who for who in speaking.values() if who}
    for label in labels:
        if label in named or len(label.split()) > 1:
            continue
        if label.casefold() in surnames:
            named[label] = surnames[label.casefold()]  # ('BRACE' after 'ANCHOR TOM BRACE')
        elif speaking:
            named[label] = _plain_name(label)  # ('OKAFOR' answering the 'CROWD': a name, unknown)
    return named


def _capitals_speaker(label: str, entities: EntityIndex) -> tuple[str | None] | None:
    """(speaker,) for a label in capitals that names one, else None."""
    if UNNAMED_VOICE.match(label):
        return (None,)
    if label.casefold() in SPEAKING_PARTS:
        return (_plain_name(label),)
    words = label.split()
    titles = 0
    while titles < len(words) - 1 and words[titles].casefold() in LABEL_TITLES:
        titles += 1
    name = " ".join(words[titles:])
    people = _people_named(name, entities)
    if people:
        return (people.pop() if len(people) == 1 else _plain_name(name),)
    return (_plain_name(name),) if titles else None


def _is_interview(labels: list[str]) -> bool:
    return any(label.casefold() in QUESTION_LABELS for label in labels)


def _is_transcript(labels: list[str]) -> bool:
    """Questions and answers, questions answered by a name (a press conference: 'Q: Will you
    resign?' 'OKAFOR: No.'), or two names."""
    kinds = {label.casefold() for label in labels}
    names = [k for k in kinds if k not in QUESTION_LABELS | ANSWER_LABELS]
    if kinds & QUESTION_LABELS and (kinds & ANSWER_LABELS or names):
        return len(labels) >= MIN_TURNS
    return len(labels) >= MIN_TURNS and len(names) >= MIN_TURNS


def _answers_under_questions(
    text: str, paragraphs: list[tuple[int, int]], labelled: list[tuple[int, tuple[int, int, int]]]
) -> bool:
    """A magazine interview that prints its questions bare and labels each answer with the
    person's name: 'Is it profitable?' then 'Ruiz-Tolbert: In a good year it breaks even.' One
    name, at least two answers, each right after a question paragraph, is a transcript as much
    as two names are (a name over one paragraph, or over paragraphs no question comes before,
    is a heading's)."""
    names = {text[a:b].casefold() for _, (a, b, _) in labelled}
    if len(labelled) < MIN_TURNS or len(names) != 1 or names & (QUESTION_LABELS | ANSWER_LABELS):
        return False
    return all(k > 0 and _asks(text[slice(*paragraphs[k - 1])]) for k, _ in labelled)


def _speaker_of(
    label: str, entities: EntityIndex, *, interviewee: str | None, writer: str | None, named: dict[str, str | None]
) -> str | None:
    word = label.casefold()
    if word in ANSWER_LABELS:
        return interviewee
    if word in QUESTION_LABELS:
        return writer
    if label.isupper():
        return named[label]
    person = _person_named(label, entities)
    return person if person is not None else _plain_name(label)


def _person_named(label: str, entities: EntityIndex) -> str | None:
    """The one person whose name is the label or ends with its last word, in any case:
    'OKAFOR', 'ANN OKAFOR', 'MS. OKAFOR' -> 'Ann Okafor'."""
    people = _people_named(label, entities, last_word_only=True)
    return people.pop() if len(people) == 1 else None


def _people_named(label: str, entities: EntityIndex, *, last_word_only: bool = False) -> set[str]:
    """The people whose name is the label or ends with it (or, ``last_word_only``, with its last
    word), in any case: 'OKAFOR', 'ANN OKAFOR' -> 'Ann Okafor'; 'PHOTO BY ANN OKAFOR' no one."""
    words = label.casefold().split()[-1:] if last_word_only else label.casefold().split()
    names = {
        e.name for e in entities.entities
        if e.type == "PERSON"
        and (e.name.casefold() == label.casefold() or e.name.casefold().split()[-len(words) :] == words)
    }
    return _one_spelling_each(names)


def _one_spelling_each(names: set[str]) -> set[str]:
    """A transcript's labels write names in capitals, and the model may take 'ANN OKAFOR' for a
    person apart from 'Ann Okafor': one person, in ordinary case."""
    spelled: dict[str, str] = {}
    for name in sorted(names, key=str.isupper):  # (the ordinary spelling first)
        spelled.setdefault(name.casefold(), _plain_name(name) if name.isupper() else name)
    return set(spelled.values())


def _plain_name(label: str) -> str:
    """'SEN. WARREN' with no entity to match: the name as written, in ordinary case."""
    return " ".join(w.capitalize() if w.isupper() else w for w in label.split())


def _interviewee(text: str, entities: EntityIndex, title: tuple[int, int] | None, first_turn: int) -> str | None:
    """The person the title names, else the one the introduction (before the first turn) names
    most often; of two named as often, the one named first, as an introduction presents the
    person interviewed before the paper ('Ann Okafor, the mayor, spoke with the Gazette', where
    the model may take the Gazette for a person)."""
    in_title = _one_person_in(title, entities)
    if in_title is not None:
        return in_title
    people = [e for e in entities.entities if e.type == "PERSON"]
    counts = Counter({e.name: sum(m.start < first_turn for m in e.mentions) for e in people})
    first = {e.name: min((m.start for m in e.mentions), default=first_turn) for e in people}
    ranked = sorted((name for name, n in counts.items() if n), key=lambda name: (-counts[name], first[name]))
    return ranked[0] if ranked else None


# An interviewer's question standing as its own paragraph: short, ending with a question mark.
QUESTION_PARAGRAPH_WORDS = 40
# A magazine interview asks at least this many such questions.
MIN_QUESTIONS = 3
# The interviewer speaks to the person: 'Why did you run?', 'What has surprised you most?'.
SECOND_PERSON = re.compile(r"(?i)\b(?:you|your|yours|yourself)\b")
# The person interviewed speaks of themselves somewhere: 'I was tired of …', 'my mother'. An
# explainer answering its own questions to the reader ('Will you pay more?') speaks to 'you'.
FIRST_PERSON = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)\b")
# A closing note on the transcript, nobody's answer: 'This interview has been edited for length.'
EDITING_NOTE = re.compile(r"(?i)\b(?:edited|condensed)\b.{0,40}\b(?:length|clarity|brevity)\b")


def _introduction(text: str, title: tuple[int, int] | None, paragraphs: list[tuple[int, int]], first: int) -> str:
    """The title and the paragraphs before the interview's first turn (at ``first``)."""
    return (text[title[0] : title[1]] if title else "") + "\n" + text[paragraphs[0][0] : first]


def _unlabelled_interview(
    text: str,
    paragraphs: list[tuple[int, int]],
    entities: EntityIndex,
    *,
    title: tuple[int, int] | None,
    writer: str | None,
    posted: set[int],
) -> list[Turn]:
    """A magazine interview without labels: 'Why did you run?' alone in a paragraph, then the
    answer in the paragraphs after it. The introduction says it is an interview ('We spoke in
    her office'), its questions speak to the person ('you'), and there are three at least, so a
    explainer's headings ('What happens next?') are no interview; and somewhere the answers say
    'I', where an explainer answering its questions to the reader does not. Questions are the writer's,
    answers the person's the title names ('a conversation with Mayor Ines Falk')."""
    questions = [k for k, (a, b) in enumerate(paragraphs) if _asks(text[a:b])]
    if len(questions) < MIN_QUESTIONS or 2 * sum(
        bool(SECOND_PERSON.search(text[slice(*paragraphs[k])])) for k in questions
    ) < len(questions):
        return []
    introduction = _introduction(text, title, paragraphs, paragraphs[questions[0]][0])
    if not INTERVIEW_WORDS.search(introduction):
        return []
    # (the title names whom: an explainer's 'We spoke to three doctors' over 'Should you worry?'
    # is no one's interview)
    interviewee = _name_after_with(introduction) or _one_person_in(title, entities)
    if interviewee is None:
        return []
    turns: list[Turn] = []
    for k, nxt in zip(questions, [*questions[1:], len(paragraphs)], strict=True):
        turns.append(Turn(*paragraphs[k], None, writer))
        answer = [(a, b) for a, b in paragraphs[k + 1 : nxt] if _talk(text[a:b]) and not EDITING_NOTE.search(text[a:b])]
        turns += [Turn(a, b, None, interviewee) for a, b in _goes_on(text, answer, interviewee, posted)]
    if not any(FIRST_PERSON.search(text[t.start : t.end]) for t in turns if t.speaker == interviewee):
        return []  # (answers that never say 'I' are the writer's own: 'Only if you earn under …')
    return turns


def _one_person_in(span: tuple[int, int] | None, entities: EntityIndex) -> str | None:
    people = {
        e.name for e in entities.entities
        if e.type == "PERSON" and span is not None and any(span[0] <= m.start < span[1] for m in e.mentions)
    }
    return people.pop() if len(people) == 1 else None


def _asks(paragraph: str) -> bool:
    words = paragraph.split()
    return 0 < len(words) <= QUESTION_PARAGRAPH_WORDS and paragraph.rstrip().endswith("?") and not any(
        mark in paragraph for mark in "“”\""
    )


# 'a conversation with Mayor Ines Falk', 'Q&A with Sen. Ann Okafor', 'An interview with Ann Okafor'.
INTERVIEW_WITH = re.compile(
    r"(?i:interview|conversation|q ?& ?a|talk|chat|sit-down) +with +"
    r"(?P<name>(?:[A-Z][\w.'’-]* +){0,4}[A-Z][\w'’-]+)"
)


def _name_after_with(introduction: str) -> str | None:
    """The person an interview is 'with', named in its title or introduction, titles left out
    (for names the model does not tag as a person)."""
    found = INTERVIEW_WITH.search(introduction)
    if found is None:
        return None
    words = found.group("name").split()
    while len(words) > 1 and words[0].casefold() in LABEL_TITLES:
        words = words[1:]
    return " ".join(words) if len(words) >= 2 else None

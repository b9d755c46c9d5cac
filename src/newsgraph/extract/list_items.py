"""Numbered lists: each item's heading names the person the item is about.

Roundups ('17 Of The Most Powerful Things Latinos Said In 2015') print each item as a number,
a heading naming its person ('Salma Hayek Described Her Experience …'), perhaps a photo
credit, then the item's text. Inside an item a quotation standing alone, 'she said' or 'the
actress said' points to that heading's person, and never across the number to the item before.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.entity_patterns import ORGANISATION_NOUNS, TITLE_WORDS
from newsgraph.extract.inflection import verb_stems
from newsgraph.extract.quote_patterns import CLOSE_MARKS, MEDIUM_NOUNS, OPEN_MARKS, SPEECH_VERBS, STRAIGHT_MARK
from newsgraph.extract.syntax import first_child, has_child
from newsgraph.nlp import doc_text

# A paragraph that is only an item's number ('12', '12.'), or a number opening its heading:
# '12. Ana Ruiz …', or with no stop before a capital, as a page set in boxes leaves it when
# its text is taken out ('13 Zoe Saldana Asked Men To …').
BARE_NUMBER = re.compile(r"\s*(\d{1,3})[.)]?\s*")
NUMBERED_HEADING = re.compile(r"\s*(\d{1,3})(?:[.)]\s+(?=\S)|[ \t]+(?=[A-Z]))")
# A list numbers two items at least, one after another.
MIN_ITEMS = 2
# The most tokens in an item's heading.
HEADING_MAX_TOKENS = 25
# The most tokens in a name opening a heading ('Former Gov. Mary Jo Ellis').
NAME_MAX_TOKENS = 6
# Entity types a heading's opening words may have without naming a person.
NOT_PEOPLE = frozenset({"ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"})
# What a verb the tagger took for a name governs: 'Zoe Questioned Why …'.
VERB_DEPENDENTS = frozenset({"dobj", "ccomp", "xcomp", "advcl", "attr", "prt", "dative", "acomp", "oprd"})
# Past tenses a Title Case heading may run into a name, which the tagger takes for a name
# ('America Ferrera Sent Donald Trump A Message'); regular ones end in -ed.
IRREGULAR_PAST = frozenset({
    "sent", "took", "got", "made", "said", "told", "gave", "went", "came", "spoke", "wrote", "met",
    "won", "lost", "hit", "shot", "led", "ran", "sat", "stood", "knew", "thought", "brought",
    "bought", "fought", "taught", "felt", "left", "kept", "held", "broke", "chose", "fell", "grew",
    "threw", "wore", "swore", "tore", "sang", "began", "drove", "rode", "woke", "did", "had", "was",
})  # fmt: skip
# Names ending in -ed, which are no past tense.
NAMES_IN_ED = frozenset(
    {"ahmed", "mohammed", "mohamed", "muhammed", "mohammad", "alfred", "reed", "mildred", "winifred"}
)
# Nouns for a person that, in an item, stand for the heading's person ('the actress said').
PERSON_NOUNS = TITLE_WORDS | {
    "star", "rapper", "musician", "athlete", "player", "celebrity", "mogul", "politician",
    "entertainer", "icon", "designer", "chef", "model", "comic", "talk-show",
    "guard",  # (a position on a team, as 'striker' and 'goalkeeper' are titles; or a watchman)
}  # fmt: skip
# Suffixes of nouns for whoever does something ('restaurateur', 'novelist', 'comedian').
AGENT_SUFFIXES = ("er", "or", "ist", "ian", "eur", "ess")
# Nouns so ending that name things.
THING_NOUNS = frozenset({
    "order", "poster", "flyer", "monitor", "counter", "center", "centre", "computer", "trailer",
    "banner", "tracker", "number", "chapter", "matter", "letter", "paper", "folder", "error",
    "sector", "factor", "mirror", "process", "address", "business", "progress", "congress",
})  # fmt: skip
# People an item speaks of beside its own: the item's person's lawyer, mother or spokesman.
OTHER_PEOPLE_NOUNS = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney", "counsel", "aide", "adviser",
    "advisor", "agent", "manager", "publicist", "representative", "rep", "landlord", "neighbour",
    "neighbor", "mother", "father", "brother", "sister", "daughter", "son", "wife", "husband",
    "partner", "widow", "widower", "teacher", "officer", "reporter", "interviewer",
})  # fmt: skip
# Words in the name of an organisation or a storm ('Hurricane Helene Hits The Gulf Coast').
NOT_NAME_WORDS = ORGANISATION_NOUNS | {"hurricane", "typhoon", "cyclone", "storm", "tropical"}
# Verbs of talk a heading may report with that are no reporting verbs in running text.
HEADING_TALK_VERBS = frozenset({"question", "discuss"})
# Talk in two words: 'Opened Up About', 'Spoke Out', 'Got Real About', 'Weighed In'.
HEADING_TALK_PHRASES = {"opened": "up", "opens": "up", "spoke": "out", "speaks": "out", "got": "real", "gets": "real",
                        "weighed": "in", "weighs": "in", "took": "on", "takes": "on", "called": "out", "calls": "out"}
# Verbs of talk that in a heading as often do something else ('Posts Photos Of Her Puppy',
# 'Sings The Anthem', 'Orders A Recount'): they report only words in quotation marks.
HEADING_CUES_NEEDING_MARKS = frozenset({
    "post", "text", "email", "message", "sing", "chant", "cry", "order", "charge", "grant", "allow",
    "credit", "reference", "command", "express", "detail", "label", "signal", "thank", "welcome",
    "hail", "request", "instruct", "brief", "inform", "notify", "counsel", "advise", "recommend",
    "propose", "forecast", "estimate", "report", "repeat", "beg",
})  # fmt: skip
# Words opening what someone said on a question: 'On Why Runways Still Look The Same'.
WH_WORDS = frozenset({"how", "why", "what", "when", "where", "whether", "who"})
# Words between a heading's verb of talk and what it reports.
HEADING_PARTICLES = frozenset({"up", "out", "real", "in", "on", "about", "to", "back"})
# Marks that show a paragraph quotes someone.
QUOTATION_MARKS = OPEN_MARKS + CLOSE_MARKS + STRAIGHT_MARK
# A line of at most this many tokens between a heading and a quotation is a photo credit.
CREDIT_MAX_TOKENS = 6


@dataclass(frozen=True)
class ListItem:
    start: int  # where the item's number (or numbered heading) starts
    end: int  # where the next item starts, or the text ends
    heading: Span
    person: Span | None  # the name opening the heading, when it names someone
    # Items of a list about people, one each, are stories of their own; a list of points in a
    # story ('1. Turnout fell.') is not, and 'he' may point back past its numbers.
    of_people: bool = False


class ListItems:
    """The numbered items of one document, found once."""

    def __init__(self, doc: Doc, paragraphs: list[tuple[int, int]]) -> None:
        self.items = _numbered_items(doc, paragraphs)
        self._starts = [item.start for item in self.items]
        # The people heading items of a list about people: a list of points whose one heading the
        # model took for a name ('1. Turnout fell.') names no one.
        self.people = [item.person for item in self.items if item.person is not None and item.of_people]
        self._people_at = {(person.start, person.end) for person in self.people}

    def item_at(self, offset: int) -> ListItem | None:
        i = bisect_right(self._starts, offset) - 1
        return self.items[i] if i >= 0 and offset < self.items[i].end else None

    def start_before(self, offset: int) -> int:
        """Where the item holding ``offset`` starts (0 outside any list): nothing before it
        can be what the item's words point back to."""
        item = self.item_at(offset)
        return item.start if item is not None and item.of_people else 0

    def same_item(self, a: int, b: int) -> bool:
        return self.item_at(a) == self.item_at(b)

    def heads_an_item(self, span: Span) -> bool:
        """These words are the name an item's heading opens with."""
        return (span.start, span.end) in self._people_at

    def heading_person(self, offset: int, *, role: Token | None = None) -> Span | None:
        """The person heading the item at ``offset``; with ``role``, only when that word names a
        person ('the actress')."""
        if role is not None and not names_a_person(role):
            return None
        item = self.item_at(offset)
        return item.person if item is not None and item.of_people else None

    def opens_with(self, offset: int, paragraphs: list[tuple[int, int]], para: int, text: str) -> bool:
        """Paragraph ``para`` is the item's first after its heading, but for photo credits."""
        item = self.item_at(offset)
        if item is None:
            return False
        # (only the paragraphs between the heading and this one: a long list stays linear)
        first = bisect_left(paragraphs, (item.heading.end_char, -1))
        for start, end in paragraphs[first:para]:
            if len(text[start:end].split()) > CREDIT_MAX_TOKENS:
                return False
        return item.heading.end_char <= paragraphs[para][0]


    def told_of_its_person(self, doc: Doc, offset: int, paragraphs: list[tuple[int, int]], para: int) -> bool:
        """Paragraph ``para`` follows, in its item, only photo credits and the writer's
        sentences about the item's person: 'Serena Valdés Spoke About Motherhood.' / 'Getty.' /
        'The tennis star opened up in a magazine interview.' / '“Being a mother …”'. Each such
        sentence has the person for its subject ('she', 'the tennis star', 'Valdés') and
        quotes no one; the quotation after them is the person's, as it would be right under
        the heading."""
        item = self.item_at(offset)
        if item is None or not item.of_people or item.person is None:
            return False
        text = doc_text(doc)
        first = bisect_left(paragraphs, (item.heading.end_char, -1))
        told = False
        for start, end in paragraphs[first:para]:
            words = text[start:end]
            if len(words.split()) <= CREDIT_MAX_TOKENS:
                continue
            span = doc.char_span(start, end, alignment_mode="contract")
            if span is None or any(mark in words for mark in QUOTATION_MARKS):
                return False
            if not all(_of_the_person(sentence, item.person) for sentence in span.sents):
                return False
            told = True
        return told


def _of_the_person(sentence: Span, person: Span) -> bool:
    """The sentence's subject is the item's person: 'she', a word of the name, or a definite
    description of a person ('the tennis star')."""
    subject = first_child(sentence.root, "nsubj", "nsubjpass")
    if subject is None:
        return False
    if subject.lower_ in ("he", "she"):
        return True
    if subject.pos_ == "PROPN":
        return subject.text in person.text.split()
    described = any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
    return described and names_a_person(subject)


def heading_report(item: ListItem) -> tuple[Token, int, int] | None:
    """An item's heading that says what its person said: 'Zoe Saldana Asked Men Everywhere To
    “Redefine Masculinity.”', 'Gina Rodriguez Questioned What It Means To Be “Latino Enough.”',
    'John Leguizamo On How History Makes Latinos Feel “Invisible.”' (the roundup's 'Name on
    topic'). Returns the cue (the word after the name) and the reported words (after the cue and
    its particles, to the heading's end without its stop); None when the word after the name
    is no verb of talk ('Marta Koenig Wins Again.')."""
    if item.person is None or not item.of_people:
        return None
    doc, heading = item.heading.doc, item.heading
    cue_at = item.person.end
    if cue_at >= heading.end - 1 or not _talks(doc[cue_at]):
        return None
    start = cue_at + 1
    while start < heading.end - 1 and doc[start].lower_ in HEADING_PARTICLES:
        start += 1  # 'Opened Up About …', 'Responds To …'
    end = heading.end_char
    text = doc_text(doc)
    while end > doc[start].idx and text[end - 1] in ". \t":
        end -= 1
    if _needs_marks(doc[cue_at]) and not any(mark in text[doc[start].idx : end] for mark in QUOTATION_MARKS):
        return None  # ('Ann Lee Posts Photos Of Her Puppy': a post, no words)
    return doc[cue_at], doc[start].idx, end


def _needs_marks(cue: Token) -> bool:
    return any(stem in HEADING_CUES_NEEDING_MARKS for stem in [cue.lower_, *verb_stems(cue.lower_)])


def _talks(word: Token) -> bool:
    """A heading's word after its person's name saying they spoke: 'On' before a question or
    quoted words, or a verb of talk in the past or present ('Asked', 'Questioned', 'Responds',
    'Opened Up')."""
    low = word.lower_
    if low == "on":
        # 'On How History Makes Latinos Feel “Invisible.”' gives what they said on it; 'on
        # taxes' only the topic of an item
        following = word.nbor(1) if word.i + 1 < len(word.doc) else None
        return following is not None and (following.lower_ in WH_WORDS or following.is_quote)
    if low in HEADING_TALK_PHRASES:
        following = word.nbor(1).lower_ if word.i + 1 < len(word.doc) else ""
        return following == HEADING_TALK_PHRASES[low]
    return any(stem in SPEECH_VERBS or stem in HEADING_TALK_VERBS for stem in [low, *verb_stems(low)])


def names_a_person(noun: Token) -> bool:
    """'the actress', 'the restaurateur', 'the novelist': a role, or a noun for whoever does
    something, but not a document ('the letter', 'the paper')."""
    word = noun.lemma_.lower()
    if word in OTHER_PEOPLE_NOUNS or has_child(noun, "poss"):
        return False  # 'the lawyer', 'the restaurateur's manager': someone else in the item
    if word in PERSON_NOUNS:
        return True
    return word.endswith(AGENT_SUFFIXES) and word not in MEDIUM_NOUNS and word not in THING_NOUNS


def _numbered_items(doc: Doc, paragraphs: list[tuple[int, int]]) -> list[ListItem]:
    text = doc_text(doc)
    found: list[tuple[int, int, Span]] = []  # (number, start, heading)
    for i, (start, end) in enumerate(paragraphs):
        para = text[start:end]
        bare = BARE_NUMBER.fullmatch(para)
        if bare is not None and i + 1 < len(paragraphs):
            heading = _span(doc, *paragraphs[i + 1])
            number = int(bare.group(1))
        elif (numbered := NUMBERED_HEADING.match(para)) is not None:
            heading = _span(doc, start + numbered.end(), end)
            number = int(numbered.group(1))
        else:
            continue
        if heading is not None and 0 < len(heading) <= HEADING_MAX_TOKENS:
            found.append((number, start, heading))
    items: list[ListItem] = []
    for run in _counted_runs(found):
        ends = [start for _, start, _ in run[1:]] + [_last_end(run, text)]
        people = [_heading_person(heading) for _, _, heading in run]
        of_people = 2 * sum(person is not None for person in people) >= len(run)
        items += [
            ListItem(start, end, heading, person, of_people)
            for (_, start, heading), end, person in zip(run, ends, people, strict=True)
        ]
    return items


def _last_end(run: list[tuple[int, int, Span]], text: str) -> int:
    """Where the last item ends: the text's end, but a list of points, each item no more than
    its heading ('1. Turnout fell.' / '2. …'), ends with its last heading, and the story
    goes on after it."""
    if all(text[heading.end_char : nxt].strip() == "" for (_, _, heading), (_, nxt, _) in pairwise(run)):
        return run[-1][2].end_char
    return len(text)


def _counted_runs(found: list[tuple[int, int, Span]]) -> list[list[tuple[int, int, Span]]]:
    """Runs of numbers counting up or down by one: a lone '2' is not a list."""
    runs: list[list[tuple[int, int, Span]]] = []
    for entry in found:
        run = runs[-1] if runs else None
        step = entry[0] - run[-1][0] if run else 0
        if run and step in (1, -1) and (len(run) == 1 or run[-1][0] - run[-2][0] == step):
            run.append(entry)
        else:
            runs.append([entry])
    return [run for run in runs if len(run) >= MIN_ITEMS]


def _span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="contract")


def _heading_person(heading: Span) -> Span | None:
    """The name opening a heading ('Tom Varner Doubles Down On The Wall.' -> Tom Varner)."""
    end = heading.start
    while end < heading.end and end - heading.start < NAME_MAX_TOKENS and _name_word(heading.doc[end], heading):
        end += 1
    if end == heading.start:
        return None
    name = heading.doc[heading.start : end]
    # (the model's entities in Title Case run on over the whole heading: only one inside the
    # name says what it is)
    inside = _entity_labels_within(name)
    if any(label in NOT_PEOPLE for label in inside) or any(t.lower_ in NOT_NAME_WORDS for t in name):
        return None
    people = inside.count("PERSON")
    names = sum(t.lower_ not in TITLE_WORDS for t in name)
    return name if people or names >= 2 else None


def _entity_labels_within(span: Span) -> list[str]:
    """The labels of the model's entities lying wholly inside ``span``, read from its tokens:
    ``doc.ents`` builds every entity of the document anew on each call, which made a list of
    thousands of headings quadratic."""
    labels = [t.ent_type_ for t in span if t.ent_iob_ == "B"]
    if labels and span.end < len(span.doc) and span.doc[span.end].ent_iob_ == "I":
        labels.pop()  # (only the last entity begun inside may run on past the span)
    return labels


def _name_word(token: Token, heading: Span) -> bool:
    if token.pos_ != "PROPN" or not token.text[:1].isupper():
        return False
    if token.i == heading.start:
        return True
    names = sum(t.lower_ not in TITLE_WORDS for t in heading.doc[heading.start : token.i])
    return not _reads_as_verb(token) and not _present_tense(token, names)


def _present_tense(token: Token, names: int) -> bool:
    """A Title Case verb in the present ('Apple Unveils A …', 'Greg Hollis Speaks.'): the tagger
    takes it for a plural name, which a surname is not, but for one before a verb ('Harry
    Styles Opens Up'); after a whole name, a word in -s with more of the heading after it
    ('Jensen Huang Predicts A Boom')."""
    low = token.lower_
    if not low.endswith("s") or low.endswith("ss"):
        return False
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if token.tag_ == "NNPS":
        return after is None or after.pos_ not in ("VERB", "AUX")
    # (a surname in -s before the verb, 'Mary Beth Hughes Wins Again', stays)
    return names >= 2 and after is not None and after.is_alpha and not after.lower_.endswith("s")


def _reads_as_verb(token: Token) -> bool:
    """A Title Case verb the tagger took for a name: it governs the heading's words, or has a
    past tense's form ('Gina Rodriguez Questioned What …')."""
    low = token.lower_
    if any(c.dep_ in VERB_DEPENDENTS and c.i > token.i for c in token.children):
        return True
    return low in IRREGULAR_PAST or (low.endswith("ed") and len(low) > 4 and low not in NAMES_IN_ED)

"""The grammatical gender an article gives the people it names: the article's word first.

Pronoun resolution needs it: in "Sandy Phillips said that Sanders had treated her family
disrespectfully. … “…,” she said", "she" is Phillips, though Sanders was the subject since. The
article says it three ways, as coreference systems have long read it:

- an honorific before a mention: "Mr. Trump", "Ms. Ripert";
- a gendered title the article gives: "spokeswoman", "congressman";
- pronouns in a sentence that names only that person: "Sandy Phillips, who lost her daughter".

A person gets a gender only when the evidence is clear (one side at least twice the other).

Only for a person the article says nothing about is a name list asked (``first_names``, the US
Census lists), and only for the first word of a full name ('Marcus Bell', not 'Mr. Bell' nor a
lone 'Bell'): "Marcus Bell drives the night bus. Renee Galvan runs the transit board. “Nobody
asked the drivers,” he said" is Bell, not Galvan named last. Before, no list was consulted, and
such a 'he' went to whoever was named last. ("Says nothing" allows one subject pronoun after a
sentence naming the person: it may be the very 'he' being resolved; see ``_says_nothing``.)

It is a fallback only: names do not fix a person's sex, and a list carries one country's usage
and bias ('Michele' is a US woman's name and an Italian man's). So it speaks only for plainly
one-sided names ('Jordan', 'Andrea' stay unknown), never against the article ('Ms. Glenn Ashby'
is a woman whatever the list says of 'Glenn'), and callers may switch it off
(``first_names=False``).
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.entities import EntityIndex
from newsgraph.extract.entity_names import name_parts
from newsgraph.extract.entity_patterns import is_title_or_honorific
from newsgraph.extract.first_names import first_name_sex
from newsgraph.extract.people import FEMININE_TITLES, MASCULINE_TITLES
from newsgraph.extract.quote_marks import RangeTest, find_marked_spans, inside_quotes
from newsgraph.extract.report_content import answers, asks, is_reporting_verb
from newsgraph.nlp import doc_text

MASCULINE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMININE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
# Titles of office only: kinship words are relations ('Sanders’ son' is not Sanders).
MASCULINE_ROLE_WORDS = frozenset(
    "spokesman congressman chairman businessman councilman assemblyman alderman king prince".split()
)
FEMININE_ROLE_WORDS = frozenset(
    "spokeswoman congresswoman chairwoman businesswoman councilwoman assemblywoman queen princess actress".split()
)
# How many characters before a mention an honorific may stand: "Mrs. " / "Ms. ".
TITLE_WINDOW = 5


def pronoun_gender(word: str) -> str | None:
    lowered = word.lower()
    if lowered in MASCULINE_PRONOUNS:
        return "m"
    if lowered in FEMININE_PRONOUNS:
        return "f"
    return None


def person_genders(
    doc: Doc, entities: EntityIndex, inside_quotes: RangeTest | None = None, *, first_names: bool = True
) -> dict[str, str]:
    """Canonical person name -> "m" or "f", for the people the article makes clear. Words inside
    quotation marks (``inside_quotes``, found here when not given) are the speakers', not the
    article's. With ``first_names``, a person the article says nothing about gets the sex of a
    plainly one-sided first name (``sex_by_first_name``)."""
    votes: dict[str, Counter[str]] = {}
    text = doc_text(doc)
    for entity in entities.of_type("PERSON"):
        tally = votes.setdefault(entity.name, Counter())
        for mention in entity.mentions:
            if mention.start < 0:
                continue
            _vote_title(tally, text[max(0, mention.start - TITLE_WINDOW) : mention.start] + mention.text)
        for role in entity.roles:
            _vote_role(tally, role)
    following: dict[str, Counter[str]] = {}
    _vote_pronouns(doc, entities, votes, following, inside_quotes or inside_quotes_of(doc))
    _vote_kinship(doc, entities, votes)
    genders: dict[str, str] = {}
    for name in votes.keys() | following.keys():
        stated, guessed = votes.get(name, Counter()), following.get(name, Counter())
        listed = sex_by_first_name(name) if first_names and _says_nothing(stated, guessed) else None
        side = listed or _clear_side(stated + guessed)
        if side is not None:
            genders[name] = side
    return genders


def _says_nothing(stated: Counter[str], following: Counter[str]) -> bool:
    """No honorific, title, kinship word or own-clause pronoun for the person (nor a pronoun
    acting in the sentence after theirs), and at most one speaking subject pronoun of a sentence
    after one naming only them. That one may be the very pronoun
    being resolved: in "Marcus Bell drives the night bus. Renee Galvan runs the transit board.
    “Nobody asked the drivers,” he said", that 'he' alone would make Galvan a man, and so the
    speaker. Two such pronouns agreeing are the article's word."""
    return not stated and following.total() <= 1


def sex_by_first_name(name: str) -> str | None:
    """The sex the Census lists give the first word of a full name ('Marcus Bell' -> 'm'); None
    for a single word ('Bell': a surname as often as not), a title the name kept ('King
    Abdullah') or a first name the lists leave open ('Jordan Pike')."""
    words = name_parts(name)
    if len(words) < 2 or not words[0].isalpha() or not words[0][0].isupper() or is_title_or_honorific(words[0]):
        return None
    return first_name_sex(words[0].casefold())


# Kinship nouns by the sex they give the one they name.
KINSHIP_SIDES = {
    **dict.fromkeys("son father brother husband grandson grandfather nephew uncle widower".split(), "m"),
    **dict.fromkeys("daughter mother sister wife granddaughter grandmother niece aunt widow".split(), "f"),
}


# Nouns that tell the sex of someone the story brings in without a name ('A woman in the
# crowd said'): kinship words count here, as the noun is the person itself.
MASCULINE_NOUNS = MASCULINE_ROLE_WORDS | {w for w, side in KINSHIP_SIDES.items() if side == "m"} | frozenset(
    "man boy dad actor gentleman".split()
)
FEMININE_NOUNS = FEMININE_ROLE_WORDS | {w for w, side in KINSHIP_SIDES.items() if side == "f"} | frozenset(
    "woman girl mum mom lady".split()
)


def noun_gender(word: str) -> str | None:
    """'m' or 'f' for a noun that tells a person's sex ('woman', 'father'), else None."""
    lowered = word.lower()
    return "m" if lowered in MASCULINE_NOUNS else "f" if lowered in FEMININE_NOUNS else None


def _vote_kinship(doc: Doc, entities: EntityIndex, votes: dict[str, Counter[str]]) -> None:
    """'her son, Daniel Calder', 'Daniel Calder, her son,': a kinship noun set beside the name
    is the person's own ('Sanders’ son' alone names someone else, so only the apposition counts)."""
    for token in doc:
        if token.dep_ != "appos":
            continue
        for name, noun in ((token, token.head), (token.head, token)):
            side = KINSHIP_SIDES.get(noun.lower_) if noun.pos_ == "NOUN" else None
            entity = entities.at(name.idx, name.idx + len(name)) if side else None
            if entity is not None and entity.type == "PERSON":
                votes.setdefault(entity.name, Counter())[side] += 2


def _vote_title(tally: Counter[str], words: str) -> None:
    if any(t in words for t in FEMININE_TITLES):
        tally["f"] += 2
    elif any(t in words for t in MASCULINE_TITLES):
        tally["m"] += 2


def _vote_role(tally: Counter[str], role: str) -> None:
    words = set(role.lower().replace("’s", " ").replace("'s", " ").split())
    if words & FEMININE_ROLE_WORDS:
        tally["f"] += 2
    elif words & MASCULINE_ROLE_WORDS:
        tally["m"] += 2


def _vote_pronouns(
    doc: Doc, entities: EntityIndex, votes: dict[str, Counter[str]], following: dict[str, Counter[str]],
    quoted: RangeTest,
) -> None:
    """Possessive and reflexive pronouns in a person's own clause ('Sanders, shaking his head';
    'Phillips, who lost her daughter') in ``votes``, and the subject pronoun of a sentence that
    follows one naming only that person in ``following`` (a weaker reading: see ``_says_nothing``)."""
    previous_only: str | None = None
    previous_asked = False
    for sent in doc.sents:
        people = {}
        named = _named_people(sent, entities, quoted)
        for token in sent:
            entity = _person_at(token, entities, quoted)
            if entity is not None:
                people.setdefault(entity, token)
                for pronoun in _own_clause_pronouns(token, quoted):
                    side = pronoun_gender(pronoun.text)
                    if side is not None and not _another_named_between(token, pronoun, entity, named):
                        votes.setdefault(entity, Counter())[side] += 1
        if previous_only is not None and not people:
            first = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and not quoted(t.idx)), None)
            side = pronoun_gender(first.text) if first is not None and first.pos_ == "PRON" else None
            if side is not None and not (previous_asked and answers(first)):
                # ('Tsai asked whether she was sure. “…,” she replied': who replies is not the asker)
                # A pronoun that speaks ('“…,” he said') may be the very one being resolved, so
                # it is only a weak reading; one that acts ('He won the final') is the article's.
                weight = following if is_reporting_verb(first.head) else votes
                weight.setdefault(previous_only, Counter())[side] += 1
        previous_only = next(iter(people)) if len(people) == 1 else None
        previous_asked = previous_only is not None and asks(people[previous_only])


def _person_at(token: Token, entities: EntityIndex, quoted: RangeTest) -> str | None:
    """The person a subject or apposed name names, outside quotation marks."""
    if token.pos_ not in ("PROPN", "NOUN") or token.dep_ not in ("nsubj", "nsubjpass") or quoted(token.idx):
        return None
    entity = entities.at(token.idx, token.idx + len(token))
    return entity.name if entity is not None and entity.type == "PERSON" else None


def _named_people(sent: Span, entities: EntityIndex, quoted: RangeTest) -> list[tuple[int, str]]:
    """(offset, canonical name) of every person the sentence names outside quotation marks."""
    found: list[tuple[int, str]] = []
    for token in sent:
        entity = entities.at(token.idx, token.idx + len(token)) if not quoted(token.idx) else None
        if entity is not None and entity.type == "PERSON":
            found.append((token.idx, entity.name))
    return found


def _another_named_between(subject: Token, pronoun: Token, owner: str, named: list[tuple[int, str]]) -> bool:
    """Another person named between the subject and the pronoun may own it: in 'Ada Moss
    didn’t know Tom Birk was coming but saw his visit', 'his' may be Birk's, though it stands
    in Moss's own clause (one named before the subject, 'After meeting Tom Birk, Ada Moss said
    her …', is not in the way)."""
    return any(name != owner and subject.idx < offset < pronoun.idx for offset, name in named)


def _own_clause_pronouns(subject: Token, quoted: RangeTest) -> list[Token]:
    """The gendered possessive and reflexive pronouns in the subject's own clause."""
    found: list[Token] = []
    verb = subject.head
    if not (verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")):
        return found  # an embedded clause's pronouns may be the reporter's: 'said that X hurt her'
    clauses = [c for c in subject.children if c.dep_ == "relcl"] + [verb]
    for clause in clauses:
        stack = [clause]
        while stack:
            node = stack.pop()
            if node.i != clause.i and _may_speak_of_others(node):
                continue  # 'said that Sanders had treated her family': someone else's clause
            owning = node.dep_ == "poss" or node.lower_.endswith("self")
            if node.pos_ == "PRON" and owning and pronoun_gender(node.text) is not None and not quoted(node.idx):
                found.append(node)
            stack.extend(node.children)
    return found


# Clauses that may speak of other people than the subject.
OTHER_SPEAKER_CLAUSES = frozenset({"ccomp", "advcl", "parataxis", "relcl", "acl", "xcomp", "pcomp"})


def _may_speak_of_others(node: Token) -> bool:
    """A reported clause, or a clause with a subject of its own; 'shaking his head' is the
    subject's own doing."""
    if node.dep_ not in OTHER_SPEAKER_CLAUSES:
        return False
    return node.dep_ in ("ccomp", "parataxis", "relcl") or any(
        c.dep_ in ("nsubj", "nsubjpass") for c in node.children
    )


def inside_quotes_of(doc: Doc) -> RangeTest:
    return inside_quotes(find_marked_spans(doc_text(doc)))


def _clear_side(tally: Counter[str]) -> str | None:
    m, f = tally["m"], tally["f"]
    if m >= 1 and m >= 2 * f:
        return "m"
    if f >= 1 and f >= 2 * m:
        return "f"
    return None

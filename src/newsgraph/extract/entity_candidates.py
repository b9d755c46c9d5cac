"""Entity candidates: the model's entities cleaned and retyped, plus the ones it misses.

Step 1 of ``find_entities``: spaCy's spans lose possessives, honorifics and byline junk and get
their type fixed with rules and the gazetteer; photo credits, "<Country>'s foreign ministry",
authors and untagged major places are added.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newsgraph.extract import entity_patterns as P
from newsgraph.extract.credits import credit_candidates, is_agency
from newsgraph.extract.entity_names import NUMERIC_TYPES, Candidate, fold, strip_possessive
from newsgraph.extract.first_names import is_common_first_name
from newsgraph.extract.gazetteer import Gazetteer
from newsgraph.extract.list_items import names_a_person
from newsgraph.extract.report_content import is_reporting_verb
from newsgraph.extract.syntax import an_age, word_before_its_age
from newsgraph.model import Article
from newsgraph.names import SURNAME_PARTICLES
from newsgraph.nlp import doc_text as text_of


def _given_names_before(doc: Doc, start: int) -> int:
    """'Volodymyr Zelensky' tagged as just 'Zelensky': take the capitalised names before it."""
    while start > 0:
        prev = doc[start - 1]
        if prev.pos_ != "PROPN" or not prev.text[:1].isupper():
            break
        if _is_title_token(prev) or prev.lower_ in P.HONORIFICS or prev.ent_type_ not in ("", "PERSON"):
            break
        if "\n" in prev.whitespace_:
            break
        start -= 1
    return start


def _second_surname_after(doc: Doc, start: int, end: int) -> int:
    """'María José Ferrer Olmedo' tagged as 'María José Ferrer' and a place 'Olmedo': a Spanish
    or Portuguese second surname the model cut off. The parser still reads the name as one
    phrase (the last tagged word a compound of the capitalised word after it); that word, not
    an organisation's or a facility's ('Trump Tower', 'the Clinton Foundation') nor a title,
    ends the name."""
    if end >= len(doc) or end - start < 2:
        return end
    last, after = doc[end - 1], doc[end]
    if last.dep_ != "compound" or last.head.i != after.i or "\n" in last.whitespace_ or not last.whitespace_:
        return end
    if after.pos_ != "PROPN" or not after.is_alpha or not after.text[:1].isupper():
        return end
    if after.ent_type_ not in ("", "GPE", "LOC", "NORP") or _is_title_token(after):
        return end
    return end + 1


def _without_headline_only(found: list[Candidate], text: str, article: Article) -> list[Candidate]:
    """A name seen only in the headline ('Golfer Wins Playoff') is the model misreading title
    case; a name the body repeats ('Xi Jinping') stays."""
    titles = [(r.start, r.end) for r in article.regions_of("title", "title_repeat")]
    if not titles:
        return found
    outside = text
    for start, end in sorted(titles, reverse=True):
        outside = outside[:start] + " " * (end - start) + outside[end:]
    return [c for c in found if not _inside(c.start, titles) or c.text in outside]


class CandidateFinder:
    """Collects the cleaned candidate mentions of one article."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def __call__(self, doc: Doc, article: Article) -> list[Candidate]:
        text = doc.text  # Doc.text joins every token: read it once
        found = credit_candidates(text, article)
        found += government_bodies(doc, self.gazetteer)
        found += companies_by_their_legal_form(doc, found)
        taken = [(c.start, c.end) for c in found]
        furniture = [(r.start, r.end) for r in article.regions_of(*P.FURNITURE_REGIONS)]
        for ent in doc.ents:
            if ent.label_ not in P.KEPT_TYPES or _inside(ent.start_char, furniture):
                continue
            for part in _split_lines(ent):
                if _inside_any(part.start_char, part.end_char, taken, strict_nested=part.label_):
                    continue
                cand = self.clean(doc, part, text)
                if cand is not None:
                    found.append(cand)
        found += byline_candidates(text, article, found)
        found += missed_places(doc, self.gazetteer)
        found += missed_people_after_a_role(doc, found)
        found += missed_people_before_a_role(doc, found)
        found += missed_people_apposed_to_a_role(doc, found)
        found += missed_people_before_an_age(doc, found, self.gazetteer)
        found += missed_people_by_their_first_name(doc, found, self.gazetteer)
        return _without_headline_only(found, text, article)

    def clean(self, doc: Doc, span: Span, doc_text: str) -> Candidate | None:
        """Trim a model span to the name and fix its type; None when it is junk."""
        label = span.label_
        start, end = span.start, span.end
        possessive = False
        while end > start and _is_trailing_junk(doc[end - 1]) and not _ends_a_name_after_of(doc, start, end):
            possessive |= doc[end - 1].text in P.POSSESSIVE_SUFFIXES
            end -= 1
        scoreless = _without_score(doc, start, end)
        if scoreless < end and (label in SCORED_TYPES or self._a_place(doc[start:scoreless].text)):
            end = scoreless  # ('Chile 3-0' tagged a facility is still Chile)
        if doc[start].text in P.POSSESSIVE_SUFFIXES:
            return None  # "’s Note" of "Editor’s Note": a broken span
        while start < end and (doc[start].is_punct or doc[start].lower_ == "by"):
            start += 1
        if label == "PERSON" and _ends_with_a_full_stop(doc, start, end):
            end -= 1
        if label == "PERSON":
            while start < end - 1 and _is_title_token(doc[start]):
                start += 1
            end = _cut_at_dash(doc, start, end)
            end = _cut_at_of(doc, start, end)
            end = _hyphened_syllable_after(doc, start, end)
            start = _given_names_before(doc, start)
            end = _second_surname_after(doc, start, end)
            end = _cut_at_verb(doc, start, end)
        if label in ("ORG", "FAC", "NORP") and _rank_before_a_name(doc, start, end):
            label, start = "PERSON", start + 1  # 'Sergeant Colin Marwick said': the model says an organisation
        if label in ("ORG", "FAC", "GPE", "NORP"):
            named = _name_after_an_honorific(doc, start, end)
            if named is not None and not self._a_place(doc[named:end].text):
                label, start = "PERSON", named  # 'Dr Imogen Salter said': the model says an organisation
        if start >= end:
            return None
        core = doc[start:end]
        text = strip_possessive(core.text)
        possessive |= text != core.text
        if is_junk(text, doc_text, core):
            return None
        label = self.retype(text, label, possessive and end < len(doc) and doc[end].lower_)
        if _opens_a_dateline(doc, start, end):
            label = "GPE"  # 'SIOUX FALLS, S.D. –': the model reads a shouted place as a person
        if (
            label != "PERSON"
            and _after_a_role_noun(doc, start, label)
            and _reads_as_a_name(core, text)
            and not self._a_place(text)
        ):
            label = "PERSON"  # 'housing organizer Bea Lund': the small model says a facility
        if (
            label in ("ORG", "FAC", "GPE", "NORP")
            and _apposed_to_a_role_noun(doc, start, end)
            and _reads_as_a_name(core, text)
            and not self._a_place(text)
        ):
            label = "PERSON"  # 'Pruitt’s lawyer, Nadia Sheraz,': the small model says an organisation
        if label != "PERSON" and _role_apposed_after(doc, start, end, label) and _reads_as_a_name(core, text):
            label = "PERSON"  # 'Marit de Vries, head of the dockers’ union,': the model says a work of art
        if (
            label in ("ORG", "FAC", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT")
            and _age_set_off_after(doc, end)
            and _opens_a_sentence(doc, start)
            and _reads_as_a_name(core, text)
            and not _not_a_persons_name(text, self.gazetteer)
        ):
            label = "PERSON"  # 'Gareth Pilbeam, 56, of Northfold, had pleaded': the model says an organisation
        if label != "PERSON" and _apposed_someone_who(doc, start, end) and _reads_as_a_name(core, text):
            label = "PERSON"  # 'Marcus Bell, a bus driver who lives on the east side,': the model says an organisation
        if label in FIRST_NAME_RETYPED_TYPES and _a_first_name_and_surname(core, text, label, self.gazetteer):
            label = "PERSON"  # 'Marcus Bell drives the night bus': the model says an organisation
        if label == "PERSON" and _named_after_an_organisation_noun(doc, start, text):
            label = "ORG"  # 'the video-sharing app Brightloop', 'campaign group Safer Screens'
        if label in ("GPE", "LOC", "PERSON") and _apposed_organisation(doc, end):
            label = "ORG"  # 'Elering, the Estonian grid operator
        start_char = core.start_char
        honorific = label == "PERSON" and start > 0 and doc[start - 1].lower_ in P.HONORIFICS
        determiner = span.label_ in P.DETERMINED_TYPES and _determiner_of(doc, start, end)
        if honorific or determiner:  # "Mr. Putin", "the Kremlin": the word joins the mention
            start_char = doc[start - 1].idx
        end_char = core.start_char + len(text)
        return Candidate(start_char, end_char, doc_text[start_char:end_char], label)

    def _a_place(self, text: str) -> bool:
        return bool(self.gazetteer.country(text) or self.gazetteer.is_major_place(text))

    def retype(self, text: str, label: str, next_word: str | bool | None) -> str:
        """Fix the model's type with the gazetteer and the word lists."""
        g = self.gazetteer
        if P.CASE_NAME.search(text):
            return "LAW"  # 'Trump v. Trump', 'Roe v. Wade': a court case, not the people in it
        if g.seat_of(text):
            return "ORG"
        if label in ("GPE", "ORG", "NORP", "LOC", "PERSON") and g.country(text):
            return "GPE"
        if label == "NORP" and g.country_of_demonym(text):
            return "GPE"
        if is_agency(text) or text.lower() in P.PLATFORMS:
            return "ORG"
        if label == "PERSON" and len(text.split()) > 1 and text.split()[-1].lower() in P.COMPANY_NAME_ENDINGS:
            return "ORG"  # 'Northline Rail said': a company's name, however the model tags it
        words = text.split()
        if label in ("PERSON", "GPE", "LOC") and len(words) > 1 and words[-1].lower() in P.CLUB_NAME_ENDINGS:
            return "ORG"  # 'Kestrel Rovers', 'Dunmore United': a club, however the model tags it
        if label == "PERSON" and len(text.split()) == 1 and g.is_major_place(text):
            return "GPE"  # "stands with Kyiv": the small model calls some capitals people
        if label in ("ORG", "PERSON", "NORP") and g.is_region(text):
            return "GPE"
        if label == "ORG" and isinstance(next_word, str) and next_word in P.PLACE_HEAD_NOUNS:
            return "GPE"  # "Crimea's coast": an owner of a coast is a place
        return label


# Punctuation that ends an apposition.
APPOSITION_ENDS = frozenset({",", ";", ":", "(", ")", ".", "—", "–"})


# Nouns that name what kind of body the name after them is: 'the app Brightloop', 'campaign group
# Safer Screens', 'regulator Ofcom' (with ORGANISATION_NOUNS).
BODY_KIND_NOUNS = P.ORGANISATION_NOUNS | frozenset({"app", "platform", "website", "site", "brand", "chain", "lender"})


def _named_after_an_organisation_noun(doc: Doc, start: int, text: str) -> bool:
    """A name right after a noun saying what kind of body it is, the noun before it in the same
    phrase: 'the video-sharing app Brightloop'. Not a name opening with a first name: 'the firm
    Tom Reed founded' names its founder."""
    if start == 0 or is_common_first_name(text.split()[0]):
        return False
    kind = doc[start - 1]
    return kind.pos_ == "NOUN" and kind.lemma_.lower() in BODY_KIND_NOUNS


def _apposed_organisation(doc: Doc, end: int) -> bool:
    """', the Estonian grid operator' / ', a Boston-based company' right after a name: its head
    noun says what the name is. The head ends the first noun phrase: in ', a Democrat from Ohio
    who chairs the committee' it is 'Democrat', not the committee."""
    if end >= len(doc) - 2 or doc[end].text != "," or doc[end + 1].lower_ not in ("the", "a", "an"):
        return False
    head = None
    for token in doc[end + 1 : min(len(doc), end + 9)]:
        if token.text in APPOSITION_ENDS or _ends_the_first_noun_phrase(token):
            break  # ('Boston-based': a hyphen inside the phrase is no end)
        if token.pos_ == "NOUN":
            head = token
    return head is not None and head.lemma_.lower() in P.ORGANISATION_NOUNS


def _apposed_someone_who(doc: Doc, start: int, end: int) -> bool:
    """', a bus driver who lives on the east side' right after a name: a noun for whoever does
    something, described by a 'who' clause, says the name is a person's."""
    return any(
        names_a_person(t)
        and any(c.dep_ == "relcl" and any(w.lower_ == "who" and w.dep_ == "nsubj" for w in c.children)
                for c in t.children)
        for t in _apposed_after(doc, start, end, within=5)
    )


def _apposed_after(doc: Doc, start: int, end: int, *, within: int) -> list[Token]:
    """The nouns the parser apposed to the name at tokens start..end, set off by a comma right
    after it, among the ``within`` words after that comma."""
    if end >= len(doc) or doc[end].text != ",":
        return []
    return [t for t in doc[end + 1 : min(end + 1 + within, len(doc))] if t.dep_ == "appos" and start <= t.head.i < end]


def _ends_the_first_noun_phrase(token: Token) -> bool:
    """A preposition, a relative pronoun or a verb of its own ('from', 'who', 'chairs'), not a
    participle modifying the noun ('Boston-based')."""
    own_verb = token.pos_ in ("VERB", "AUX") and token.dep_ not in ("amod", "compound")
    return token.pos_ == "ADP" or token.tag_ in ("WDT", "WP") or own_verb


def _split_lines(ent: Span) -> list[Span]:
    """A model span across a line break is two spans ("Tom Ozimek\\nUpdated")."""
    if "\n" not in ent.text:
        return [ent]
    parts: list[Span] = []
    start = ent.start
    for tok in ent:
        if "\n" in tok.text or tok.is_space:
            if tok.i > start:
                parts.append(Span(ent.doc, start, tok.i, label=ent.label_))
            start = tok.i + 1
    if start < ent.end:
        parts.append(Span(ent.doc, start, ent.end, label=ent.label_))
    return parts


def _inside_any(start: int, end: int, taken: list[tuple[int, int]], *, strict_nested: str) -> bool:
    """Overlaps a rule-made span; a country inside "Russia's Defense Ministry" stays."""
    for t_start, t_end in taken:
        if start < t_end and t_start < end:
            nested = t_start <= start and end <= t_end and (start, end) != (t_start, t_end)
            return not (nested and strict_nested == "GPE")
    return False


def _determiner_of(doc: Doc, start: int, end: int) -> bool:
    """ "the Kremlin" yes; "the Russia-Ukraine conflict" no: "the" must belong to the name."""
    if start == 0 or doc[start - 1].lower_ != "the":
        return False
    return start <= doc[start - 1].head.i < end


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


# Names a match score may follow ('Uchiyama 6-2', 'Chile 3-0'); not 'Public Law 117-58'.
SCORED_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC"})


def _without_score(doc: Doc, start: int, end: int) -> int:
    """'Uchiyama 6-2', 'Chile 3-0': the model ran a match score into the name."""
    while (
        end - start >= 4
        and doc[end - 1].like_num
        and doc[end - 2].text in ("-", "–")
        and doc[end - 3].like_num
        and not doc[end - 3].whitespace_
    ):
        end -= 3
    return end


def _ends_a_name_after_of(doc: Doc, start: int, end: int) -> bool:
    """'the Joint Chiefs of Staff', 'Ministry of News': a capitalised word after 'of' ends the
    name; it is no byline's trailing 'Staff' or 'News'."""
    last = doc[end - 1]
    return end - start >= 3 and last.text[:1].isupper() and last.is_alpha and doc[end - 2].lower_ == "of"


def _ends_with_a_full_stop(doc: Doc, start: int, end: int) -> bool:
    """'… said its founder, Ben Asante.' at the end of the text: the model may take the full stop
    into the name. A '.' token of its own after a whole word (not an initial: 'John F.') ends
    the sentence; a person's name never ends so."""
    if end - start < 2 or doc[end - 1].text != ".":
        return False
    before = doc[end - 2]
    return before.is_alpha and len(before.text) > 1 and not before.whitespace_


def _is_trailing_junk(tok: Token) -> bool:
    return (
        tok.text in P.POSSESSIVE_SUFFIXES
        or (tok.is_punct and tok.text not in (".",))
        or tok.lower_ in P.BYLINE_JUNK
        or tok.is_space
    )


def _is_title_token(tok: Token) -> bool:
    """ "President", "former", and plurals ("Presidents Obama and Bush")."""
    low = tok.lower_
    return low in P.TITLE_WORDS or low in P.ROLE_MODIFIERS or low.removesuffix("s") in P.TITLE_WORDS


# Types the model gives a name it does not know that a title before it shows to be a person's.
THING_TYPES = frozenset({"PRODUCT", "WORK_OF_ART", "FAC", "LAW", "EVENT", "LANGUAGE", "LOC"})


def _after_a_role_noun(doc: Doc, start: int, label: str) -> bool:
    """A role written in lower case right before the name: 'organizer Bea Lund', 'spokeswoman …'
    ('General Motors' and 'Chief Justice' are capitalised: part of a name, not a role). A
    capitalised title only a person holds counts before a name the model typed as a thing, never
    as an organisation: 'Treasurer Ines Kalder' tagged a product."""
    if start == 0:
        return False
    prev = doc[start - 1]
    if "\n" in prev.whitespace_ or prev.lower_ not in P.TITLE_WORDS:
        return False
    if prev.text.islower():
        return True
    return label in THING_TYPES and prev.text.istitle() and P.only_a_person_holds(prev.text)


def _apposed_to_a_role_noun(doc: Doc, start: int, end: int) -> bool:
    """A name set off by commas right after a role only a person holds ('Pruitt’s lawyer, Nadia
    Sheraz, argued', 'the council’s transport chief, Geoff Anders, has'): the apposition names
    the role's holder, a person. Roles a company may hold ('its adviser, Lazard,', 'the owner,
    Halden Group,') are left to the model."""
    if start < 2 or end >= len(doc) or doc[start - 1].text != "," or doc[end].text not in (",", "."):
        return False
    role = doc[start - 2]
    return role.text.islower() and role.pos_ == "NOUN" and P.only_a_person_holds(role.text)


def _role_apposed_after(doc: Doc, start: int, end: int, label: str) -> bool:
    """A name set off by a comma before a role apposed to it: 'Marit de Vries, head of the FNV
    Havens union, told reporters', 'Ana Ruiz, a spokeswoman for …'. A role a company may hold
    too overrules the model's organisation only bare, as news styles a person's post ('…, head
    of the union,'; not '…, the owner of the hotel,')."""
    return any(
        t.text.islower() and t.lower_ in P.TITLE_WORDS
        and (label != "ORG" or P.only_a_person_holds(t.text) or t.i == end + 1)
        for t in _apposed_after(doc, start, end, within=4)
    )


def _rank_before_a_name(doc: Doc, start: int, end: int) -> bool:
    """A span the model typed an organisation that is a capitalised rank or role only a person
    holds, then a first name and surname, then what closes a name: 'Sergeant Colin Marwick
    said', 'Inspector Rhona Galt,'. The rank is no part of the name; the rest is a person
    ('General Dynamics said' has no two-word name after the rank)."""
    rank = doc[start]
    if end - start != 3 or not rank.text.istitle() or not P.only_a_person_holds(rank.text):
        return False
    core = doc[start + 1 : end]
    return (
        all(t.pos_ == "PROPN" and t.text.istitle() for t in core)
        and end < len(doc) and _closes_a_name(doc[end])
        and _reads_as_a_name(core, core.text)
    )


def _name_after_an_honorific(doc: Doc, start: int, end: int) -> int | None:
    """Where a person's name starts when a span the model typed an organisation or a place
    follows an honorific or a capitalised rank only a person holds, with any given names the
    model left out between: 'Dr Imogen Salter said', 'Governor Isabel Marroquín told' (tagged
    'Marroquín' alone). Two or three words that read as a name, after 'Dr' or 'Governor', are a
    person's ('Dr Pepper', one word with the honorific inside the span, is no such name)."""
    first = _given_names_before(doc, start)
    if first == 0 or not 2 <= end - first <= 3:
        return None
    title = doc[first - 1]
    if "\n" in title.whitespace_ or not title.text[:1].isupper():
        return None
    rank = (title.text.istitle() or title.text.isupper()) and P.only_a_person_holds(title.text)
    if title.lower_ not in P.HONORIFICS and not rank:
        return None  # ('said CEO Helena Voss', 'Governor Isabel Marroquín told': a rank in capitals too)
    core = doc[first:end]
    return first if _reads_as_a_name(core, core.text) else None


def _reads_as_a_name(core: Span, text: str) -> bool:
    """Two to four capitalised words, none an organisation's or a title, not modifying a noun
    after them ('activist Chicago Teachers Union members', 'billionaire Dallas Mavericks owner')."""
    root, doc = core.root, core.doc
    # 'the coach Real Madrid hired', 'The lawyer Goldman Sachs hired quit': after 'the' + role,
    # a name followed by a verb is the subject of a clause about that role, however parsed
    following = doc[core.end] if core.end < len(doc) else None
    relative = (
        core.start >= 2
        and doc[core.start - 2].lower_ in ("the", "a", "an")
        and following is not None
        and following.pos_ in ("VERB", "AUX")
    )
    return (
        _PERSON_NAME.fullmatch(text) is not None
        and root.dep_ != "compound"
        and not relative
        and not any(t.lower_ in P.ORGANISATION_NOUNS or _is_title_token(t) for t in core)
    )


def _cut_at_verb(doc: Doc, start: int, end: int) -> int:
    """A Title Case headline runs its verb into the name ('Tom Varner Doubles Down On …'):
    a person's name holds no verb after its first word."""
    for i in range(start + 1, end):
        owned = i + 1 < len(doc) and doc[i + 1].text in P.POSSESSIVE_SUFFIXES  # 'Edward Said's students'
        if doc[i].pos_ in ("VERB", "AUX") and doc[i].tag_ in ("VBZ", "VBD", "VBP") and not owned:
            return i
    return end


def _opens_a_dateline(doc: Doc, start: int, end: int) -> bool:
    """'SANTA FE, N.M. (AP) —', 'SIOUX FALLS, S.D. –': capitals opening a paragraph, then a
    comma, are the dateline's place."""
    opens = start == 0 or "\n" in doc[start - 1].text or "\n" in doc[start - 1].whitespace_
    words = [t for t in doc[start:end] if t.is_alpha]
    shouted = bool(words) and all(t.is_upper and len(t) > 1 for t in words)
    return opens and shouted and end < len(doc) and doc[end].text == ","


def _hyphened_syllable_after(doc: Doc, start: int, end: int) -> int:
    """'Moon Jae-in', 'Kim Yo-jong': the tokenizer splits a Korean given name at its hyphen
    and the model stops before it; the lower-case syllable glued on by the hyphen is the name's."""
    if end + 1 >= len(doc) or end - start < 2 or doc[end - 1].whitespace_:
        return end
    hyphen, syllable = doc[end], doc[end + 1]
    glued = hyphen.text == "-" and not hyphen.whitespace_ and syllable.is_alpha and syllable.is_lower
    compound = syllable.lower_ in HYPHENED_COMPOUND_WORDS  # ('a Nancy Pelosi-led House')
    return end + 2 if glued and len(syllable) <= 4 and not compound else end


# Words a name forms a compound with ('Pelosi-led', 'Trump-era', 'Obama-like'): not a syllable.
HYPHENED_COMPOUND_WORDS = frozenset({"led", "run", "era", "like", "type", "born", "made", "held", "owned", "ish"})


def _cut_at_dash(doc: Doc, start: int, end: int) -> int:
    """A person span ends at a dash glued to its last word ("Ted Cruz—35" keeps "Ted"), or at a
    hyphen standing for a dash, spaced on both sides ("Deborah Jordan Reynolds - Santilli's
    girlfriend - told": a double-barrelled "Smith-Jones" has no spaces)."""
    for i in range(start, end):
        if any(d in doc[i].text for d in "—–") and i > start:
            return i
        if doc[i].text in ("-", "--") and i > start and doc[i - 1].whitespace_ and doc[i].whitespace_:
            return i
    return end



def _cut_at_of(doc: Doc, start: int, end: int) -> int:
    """'co-author Mei-Ling Cheung of Harlow University': the model may run a person on into
    where they work. A full name (two words or more) ends before 'of'; a one-word name with
    'of' is a title ('Catherine of Aragon', 'Duke of Edinburgh') and stays whole."""
    words = 0
    for i in range(start, end):
        if doc[i].lower_ == "of" and words >= 2:
            return i
        words += doc[i].is_alpha
    return end


def is_junk(text: str, doc_text: str, span: Span) -> bool:
    """Page furniture, lone department words, numbers: not entities."""
    folded = fold(text)
    if len(folded) < 2 or not any(ch.isalpha() for ch in folded):
        return True
    if folded in P.BOILERPLATE_PHRASES or folded in P.GENERIC_ENTITY_WORDS or folded in P.TIME_ZONES:
        return True
    if not any(ch.isupper() for ch in text):
        return True
    if any(tok.ent_type_ in NUMERIC_TYPES for tok in span) and len(span) == 1:
        return True
    if _a_common_noun_opening_a_sentence(span):
        return True
    return folded in P.LINE_ONLY_JUNK and _line_of(doc_text, span.start_char).strip() == text


def _a_common_noun_opening_a_sentence(span: Span) -> bool:
    """'Turnout was 41 percent', 'Floodwaters forced …', 'Embassies will reopen': one word
    capitalised only because it opens the sentence, which the tagger reads as a common noun (a
    name is a proper noun to it: 'Trump said')."""
    if len(span) != 1:
        return False
    tok = span[0]
    if tok.ent_type_ == "ORG" and tok.tag_ == "NN":
        return False  # ('Target reported higher sales': a company may be named by a common noun)
    return tok.is_sent_start and tok.tag_ in ("NN", "NNS") and tok.is_title and tok.is_alpha


def _line_of(text: str, offset: int) -> str:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start : end if end != -1 else len(text)]



def government_bodies(doc: Doc, gazetteer: Gazetteer) -> list[Candidate]:
    """ "China's foreign ministry", "Russia's Defense Ministry": ORGs the model misses."""
    found: list[Candidate] = []
    for tok in doc:
        if tok.text not in ("’s", "'s") or tok.i == 0 or doc[tok.i - 1].ent_type_ != "GPE":
            continue
        first = tok.i - 1
        while first > 0 and doc[first].ent_iob_ == "I":
            first -= 1
        if not gazetteer.country(doc[first : tok.i].text):
            continue
        j = tok.i + 1
        while j < len(doc) and doc[j].lower_ in P.GOVERNMENT_BODY_MODIFIERS:
            j += 1
        if j < len(doc) and doc[j].lower_ in P.GOVERNMENT_BODY_HEADS:
            span = doc[first : j + 1]
            found.append(Candidate(span.start_char, span.end_char, span.text, "ORG"))
    return found


def companies_by_their_legal_form(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """'Harwick Foods Inc. lowered its forecast': capitalised words closed by a company's legal
    form are a company, though the model tagged none of it or only its first word."""
    companies: list[Candidate] = []
    for tok in doc:
        # (a legal form the model tagged with its name, 'Bank of America Corp.', is its already)
        if tok.text not in P.LEGAL_FORMS or tok.i == 0 or tok.ent_iob_ != "O":
            continue
        first = tok.i
        while first > 0 and tok.i - first < 5 and _capitalised_name_word(doc[first - 1]):
            first -= 1
        if first == tok.i or (first > 0 and _joins_a_name(doc[first - 1])):
            continue  # ('Procter & Gamble Co.', 'U.S. Steel Corp.': the name runs on before)
        taken = found + companies
        if any(c.start < tok.idx + len(tok) and doc[first].idx < c.end for c in taken):
            continue
        span = doc[first : tok.i + 1]
        companies.append(Candidate(span.start_char, span.end_char, span.text, "ORG"))
    return companies


def _capitalised_name_word(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.is_alpha and tok.text not in P.LEGAL_FORMS


def _joins_a_name(tok: Token) -> bool:
    """A word or mark that carries a name on before it: '&', 'of', a possessive, a hyphen written
    against the next word ('Hewlett-Packard'), an initialism ('U.S.')."""
    if tok.is_space:
        return False
    if tok.lower_ in ("&", "of", "and") or tok.tag_ == "POS":
        return True
    if tok.is_punct:
        return tok.text in ("-", "‐") and not tok.whitespace_
    return "." in tok.text


def missed_people_after_a_role(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """A name the model left untagged right after a role word: 'Striker Joel Amankwah, who
    scored, said', 'Retired farmer Walt Duchesne, 81, is a regular'. A capitalised trade opening
    the sentence (tabloid and sports style) throws the small model off the name after it; a
    role word (lower case, or capitalised as the sentence's first word) then two or three
    capitalised words that read as a name, followed by a comma or a verb, name a person."""
    taken = [(c.start, c.end) for c in found]
    people: list[Candidate] = []
    for role in doc:
        if not _opens_a_name_as_role(role):
            continue
        end = role.i + 1
        while end < len(doc) and end - role.i <= 3 and _untagged_name_word(doc[end]):
            end += 1
        if end - role.i < 3 or end >= len(doc) or not _closes_a_name(doc[end]):
            continue
        person = _untagged_person(doc[role.i + 1 : end], taken)
        if person is not None:
            people.append(person)
    return people


def missed_people_before_a_role(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """A name the model left untagged with a role only a person holds set after it: 'Eswin
    Pradel, a trade professor at Dunmore, said …'. Two or three capitalised words, a comma,
    then a noun phrase in apposition to the last of them whose head is such a role ('lawyer',
    'professor'; not 'owner' or 'adviser', which a company may be) name a person."""
    taken = [(c.start, c.end) for c in found]
    people: list[Candidate] = []
    for role in doc:
        if role.dep_ != "appos" or role.pos_ != "NOUN" or not role.text.islower():
            continue
        if not P.only_a_person_holds(role.text):
            continue
        last = role.head
        if last.i + 1 >= len(doc) or doc[last.i + 1].text != "," or not _untagged_name_word(last):
            continue
        start = last.i
        while start > 0 and last.i - start < 2 and _untagged_name_word(doc[start - 1]):
            start -= 1
        if start == last.i or (start > 0 and _untagged_name_word(doc[start - 1])):
            continue  # one word, or more than three: not read as a name
        person = _untagged_person(doc[start : last.i + 1], taken)
        if person is not None:
            people.append(person)
    return people


def missed_people_apposed_to_a_role(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """A name the model left untagged, set off by a comma after a role only a person holds:
    '“…,” said the mayor, Ana Ruiz.', 'The club's captain, Dario Fenwick, agreed'. Two or three
    capitalised words in apposition to the role, closed by a comma or the sentence's end, name
    the role's holder ('its adviser, Lazard,' may be a company: such roles are left out)."""
    taken = [(c.start, c.end) for c in found]
    people: list[Candidate] = []
    for last in doc:
        if last.dep_ != "appos" or not _untagged_name_word(last):
            continue
        role = last.head
        if role.i >= last.i or role.pos_ != "NOUN" or not role.text.islower() or not P.only_a_person_holds(role.text):
            continue
        start = last.i
        while start > role.i + 2 and last.i - start < 2 and _untagged_name_word(doc[start - 1]):
            start -= 1
        if start == last.i or doc[start - 1].text != "," or doc[start - 2].i != role.i:
            continue  # (one word, or words between the role and the comma)
        if last.i + 1 < len(doc) and doc[last.i + 1].text not in (",", ".", ";"):
            continue
        person = _untagged_person(doc[start : last.i + 1], taken)
        if person is not None:
            people.append(person)
    return people


# The oldest age a story gives a person ('Ada Moss, 104,').
MAX_AGE = 120


def missed_people_before_an_age(doc: Doc, found: list[Candidate], gazetteer: Gazetteer) -> list[Candidate]:
    """A name the model left untagged with an age set off after it: 'Agnes Whitlow, 71, retired
    last month'. Two or three capitalised words opening a sentence, then a number no greater than
    a lifetime between commas, are a person and their age, as news style writes them ('Callum
    Dewar, 34, and Ross Imrie, 29,' two of them); a known place with a number between commas
    ('Dayton, 12,') is a count."""
    taken = [(c.start, c.end) for c in found]
    people: list[Candidate] = []
    for age in doc:
        if not _an_age_set_off(age):
            continue
        last = doc[age.i - 2]
        start = last.i
        while start > 0 and last.i - start < 2 and _untagged_name_word(doc[start - 1]):
            start -= 1
        if start == last.i or not _opens_a_sentence(doc, start) or not _untagged_name_word(last):
            continue  # (one word, or words before the name: not a sentence opening with a person)
        person = _untagged_person(doc[start : last.i + 1], taken)
        if person is not None and not _not_a_persons_name(person.text, gazetteer):
            people.append(person)  # ('Dayton, 12, …' is a place and a count)
    return people


def _not_a_persons_name(text: str, gazetteer: Gazetteer) -> bool:
    """Words an age rule must not take for a person: a known place, a name with a known place in
    it ('Manchester United'), one ending as places, companies, teams and institutions do ('Oak
    Street', 'Kessler Holdings', 'Lisk Athletic': ``NOT_A_SURNAME``), or one with a number word
    ('Route Nine, 45,'). A person with a place for a name ('Lindsay Hale') is left to the model."""
    words = text.split()
    return (
        gazetteer.is_place(text)
        or any(gazetteer.is_place(word) for word in words)
        or words[-1].lower() in NOT_A_SURNAME
        or any(word.lower() in NUMBER_WORDS for word in words)
    )


NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred".split()
)


# Types the model gives a person's name it does not know, which a common first name overrules
# (not NORP: 'Christian Democrats').
FIRST_NAME_RETYPED_TYPES = frozenset({"ORG", "GPE", "LOC", "FAC"})

# Last words of the names of places, buildings, institutions, companies, papers and prizes, seldom
# anyone's surname, that may follow a first name: 'Jordan Valley', 'Virginia Beach', 'Grace Church',
# 'Victoria Station', 'Austin Energy', 'Mark Twain Prize', 'Christian Science Monitor'. Some are
# surnames too ('Hall', 'Power', 'Post'): such a name stays as the model typed it.
NOT_A_SURNAME = (
    frozenset(
        """
        street road avenue lane drive boulevard way square bridge station terminal airport port harbor
        harbour stadium arena field park garden gardens hall center centre plaza mall market tower
        building house palace castle valley beach river lake island islands bay creek falls hill hills
        mountain mountains canyon springs county city town village heights church cathedral chapel
        temple mosque synagogue school academy college university institute hospital clinic museum
        library gallery theatre theater cinema hotel memorial monument prize award awards trophy cup
        medal fund trust energy power gas water electric utilities post times news herald journal
        tribune gazette monitor observer chronicle review magazine press media records studios
        pictures films show festival day act bill law report project program programme services
        solutions partners capital brands stores bowl mansion initiative ministries file hour
        """.split()
    )
    | P.COMPANY_NAME_ENDINGS
    | P.CLUB_NAME_ENDINGS
    | P.ORGANISATION_NOUNS
    | P.PLACE_HEAD_NOUNS
)

# Words in the census lists of first names that open other names: the Arabic article ('Al
# Qaeda', 'Al Jazeera', 'El Paso') and an adjective ('Young Conservatives').
NOT_FIRST_NAMES = frozenset({"al", "el", "young"})

# Words before a place's or a firm's name, seldom before a person's: 'the Grace Church', 'works at
# Morgan Stanley', 'in Jackson Hole', 'a spokesman for Kelly Services'.
# (an article too: 'An Amber Alert was issued': a person's name seldom follows 'a' or 'an')
PLACE_OR_FIRM_BEFORE = frozenset({"the", "a", "an", "at", "in", "into", "inside", "from", "for"})

# A city this big is known by its name ('Austin', 'Charlotte', 'Florence'): a first name that is
# also such a city may open a place's or a company's name ('Austin Energy').
LARGE_CITY_POPULATION = 250_000


def _a_first_name_and_surname(core: Span, text: str, label: str, gazetteer: Gazetteer) -> bool:
    """Two or three capitalised words opening with a common first name (US Census lists, see
    ``first_names``) and ending with no word that ends a place's, building's or company's name
    read as a person: 'Marcus Bell drives the night bus' (the small model says an organisation),
    'Karen Holt said'. Not after 'the' or 'at' ('the Grace Church', 'at Morgan Stanley'), when the whole is a known
    place ('Virginia Beach'), or the first word is a country, a region or a large city ('Jordan
    Valley', 'Georgia Power', 'Austin Energy'); for a name the model calls a place, any known
    place ('Jackson Hole')."""
    words = text.split()
    if not 2 <= len(words) <= 3 or not is_common_first_name(words[0]) or words[0].lower() in NOT_FIRST_NAMES:
        return False
    if _listed_with_organisations(core):
        return False  # ('Goldman Sachs, Morgan Stanley and Citigroup')
    doc = core.doc
    if core.start > 0 and doc[core.start - 1].lower_ in PLACE_OR_FIRM_BEFORE:
        return False
    if any(w.lower() in NOT_A_SURNAME for w in words[1:]) or not _reads_as_a_name(core, text):
        return False
    if gazetteer.is_place(text) or gazetteer.country_of_demonym(words[-1]):
        return False
    if label in ("GPE", "LOC"):
        return not gazetteer.is_place(words[0])
    if label == "ORG" and not _said_or_described_as_a_person(core):
        return False  # ('Mercedes Benz sold more cars', 'Sterling Jewelers cut prices': brands)
    return not _a_large_place(words[0], gazetteer)


def _said_or_described_as_a_person(core: Span) -> bool:
    """What only a person is, for a name the model called an organisation: the speaker of a
    reporting verb ('Marcus Bell said'), or given an age or a person noun beside it ('Marcus
    Bell, 52,', 'Marcus Bell, a bus driver,')."""
    root = core.root
    if root.dep_ == "nsubj" and is_reporting_verb(root.head):
        return True
    return any(c.dep_ == "appos" and (c.like_num or names_a_person(c)) for c in root.children)


def _listed_with_organisations(core: Span) -> bool:
    """Listed only with names the model tags organisations: 'Goldman Sachs, Morgan Stanley and
    Citigroup' are banks, however like a person's name one of them reads. A list with a person
    in it ('Tyler Jones, Walter Whetsell, Warren Tompkins') is of people, whatever the model
    tagged some of them."""
    types = {t.ent_type_ for t in core.root.conjuncts if not core.start <= t.i < core.end}
    return "ORG" in types and "PERSON" not in types


def _a_large_place(word: str, gazetteer: Gazetteer) -> bool:
    city = gazetteer.city(word)
    large_city = city is not None and city["population"] >= LARGE_CITY_POPULATION
    return bool(gazetteer.country(word) or gazetteer.is_region(word)) or large_city


def missed_people_by_their_first_name(doc: Doc, found: list[Candidate], gazetteer: Gazetteer) -> list[Candidate]:
    """A name the model left untagged that opens with a common first name: 'Bus strike / Karen
    Holt said the drivers had waited', '“…,” said Karen Holt', 'Follow Pam Ruddock on Twitter'.
    Two or three capitalised words, not part of a longer run of them, read as a person by
    ``_a_first_name_and_surname``; in a line in a headline's title case only as the subject of a
    verb, as any capitalised words there read like a name."""
    taken = [(c.start, c.end) for c in found]
    people: list[Candidate] = []
    for first in doc:
        if not _untagged_name_word(first) or not is_common_first_name(first.text):
            continue
        if first.i > 0 and doc[first.i - 1].pos_ == "PROPN" and doc[first.i - 1].text[:1].isupper():
            continue  # (inside a longer name: 'Lake Karen Holt')
        end = first.i + 1
        while end < len(doc) and end - first.i < 3 and _untagged_name_word(doc[end]):
            end += 1
        if end - first.i < 2 or (end < len(doc) and _untagged_name_word(doc[end])):
            continue
        end = _double_barrel_after(doc, end)
        core = doc[first.i : end]
        if any(t.is_stop for t in core) or not _a_first_name_and_surname(core, core.text, "", gazetteer):
            continue  # ('Jane The Virgin')
        if not _subject_of_a_verb(core) and _in_a_title_case_line(core):
            continue  # ('Gina Rodriguez Questioned What It Means': the headline's case, no name's)
        person = _untagged_person(core, taken)
        if person is not None:
            people.append(person)
    return people


def _in_a_title_case_line(core: Span) -> bool:
    """The line around the name capitalises three words in four or more, as headlines do: any run
    of capitalised words there may be a name or not ('Probe Helped Reveal Clinton Email Scandal');
    'Follow Pam Ruddock on Twitter' is no headline."""
    text = text_of(core.doc)  # (not doc.text: it is rebuilt on every call)
    start = text.rfind("\n", 0, core.start_char) + 1
    end = text.find("\n", core.end_char)
    line = text[start : end if end != -1 else len(text)]
    outside = (line[: core.start_char - start] + " " + line[core.end_char - start :]).split()
    words = [w for w in outside if w.isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) * 4 >= len(words) * 3


def _double_barrel_after(doc: Doc, end: int) -> int:
    """'Ida Moss-Keller': the tokenizer splits a double-barrelled surname at its hyphen; the
    capitalised word glued on by the hyphen is the name's."""
    while (
        end + 1 < len(doc)
        and doc[end].text in ("-", "‐")
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and _untagged_name_word(doc[end + 1])
    ):
        end += 2
    return end


def _subject_of_a_verb(core: Span) -> bool:
    """'Karen Holt said', 'said Karen Holt', 'Karen Holt drives': the name's last word is a verb's
    subject (not its root: the parser may break a sentence after an untagged first name)."""
    last = core[-1]
    return last.dep_ in ("nsubj", "nsubjpass") and last.head.pos_ in ("VERB", "AUX")


def _opens_a_sentence(doc: Doc, start: int) -> bool:
    """The token at ``start`` opens a paragraph or follows a full stop (the parser's own sentence
    breaks are not trusted: it may split an untagged name in two)."""
    if start == 0:
        return True
    before = doc[start - 1]
    return before.is_space or "\n" in before.whitespace_ or before.text in (".", "!", "?")


def _age_set_off_after(doc: Doc, end: int) -> bool:
    """', 56,' right after the words ending at ``end``."""
    return end + 1 < len(doc) and doc[end].text == "," and _an_age_set_off(doc[end + 1])


def _an_age_set_off(age: Token) -> bool:
    """', 71,' after a word, not followed by a number: an age, not a count in a list ('Dayton,
    12, 14 and 9'). 'and' may follow ('Callum Dewar, 34, and Ross Imrie, 29,'): a pair of
    people with their ages is common, teams with their scores so written are not."""
    doc = age.doc
    years = an_age(age)
    if years is None or not 0 < years <= MAX_AGE or word_before_its_age(age) is None or age.i + 2 >= len(doc):
        return False
    return not doc[age.i + 2].like_num


def _untagged_person(core: Span, taken: list[tuple[int, int]]) -> Candidate | None:
    """The words beside a role as a person's name, when they read as a name and no candidate
    found already covers them."""
    if _inside_any(core.start_char, core.end_char, taken, strict_nested="PERSON"):
        return None
    if not _reads_as_a_name(core, core.text):
        return None
    return Candidate(core.start_char, core.end_char, core.text, "PERSON")


def _opens_a_name_as_role(tok: Token) -> bool:
    """A role word before a name: 'farmer' in lower case, or 'Striker' opening its sentence."""
    if tok.ent_type_:
        return False
    if tok.lower_ in P.HONORIFICS and tok.text.istitle():
        return True  # ('Dame Beatrix Holloway spent', the name untagged): an honorific anywhere
    if tok.lower_ not in P.TITLE_WORDS:
        return False
    return tok.text.islower() or (tok.i == tok.sent.start and tok.text.istitle())


def _untagged_name_word(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.text.istitle() and not tok.ent_type_ and "\n" not in tok.whitespace_


def _closes_a_name(tok: Token) -> bool:
    """What may follow a name: a comma ('Walt Duchesne, 81,') or the verb it is subject of."""
    return tok.text == "," or (tok.pos_ in ("VERB", "AUX") and tok.tag_ in ("VBD", "VBZ", "VBP"))


def missed_places(doc: Doc, gazetteer: Gazetteer) -> list[Candidate]:
    """Countries, regions and major capitals the model left untagged ("in Kyiv people")."""
    found: list[Candidate] = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        if tok.ent_type_ or tok.pos_ != "PROPN" or not tok.text[:1].isupper():
            i += 1
            continue
        for n in (3, 2, 1):  # longest first: "South Korea" before "Korea"
            span = doc[i : i + n]
            untagged = len(span) == n and not any(t.ent_type_ for t in span)
            if untagged and gazetteer.is_major_place(span.text):
                found.append(Candidate(span.start_char, span.end_char, span.text, "GPE"))
                i += n - 1
                break
        i += 1
    return found


def byline_candidates(text: str, article: Article, found: list[Candidate]) -> list[Candidate]:
    """Authors named by the page or a byline region are people even if the model missed them."""
    names = list(article.authors)
    for region in article.regions_of("byline"):
        line = text[region.start : region.end]
        names += [n for n in _byline_names(line) if n not in names]
    have = {fold(c.text) for c in found if c.label == "PERSON"}
    extra: list[Candidate] = []
    for name in names:
        if fold(name) in have:
            continue
        match = re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)
        if match:
            extra.append(Candidate(match.start(), match.end(), name, "PERSON"))
            have.add(fold(name))
    return extra


# Two to four capitalised words; a surname's lower-case particle may stand between them
# ('Marit de Vries', 'Ludwig van Dijk').
_PERSON_NAME = re.compile(
    rf"[A-Z][\w.'’-]+(?: (?:(?:{'|'.join(sorted(SURNAME_PARTICLES))}) )?[A-Z][\w.'’-]+){{1,3}}"
)


def _byline_names(line: str) -> list[str]:
    """Names in a byline: "By Tom Ozimek and Jane Doe" -> both; junk words dropped."""
    words = [w for w in re.split(r"\s+", line.strip()) if w]
    kept = " ".join(w for w in words if w.casefold().rstrip(":") not in P.BYLINE_JUNK)
    parts = re.split(r",| and ", kept)
    return [p.strip() for p in parts if _PERSON_NAME.fullmatch(p.strip())]

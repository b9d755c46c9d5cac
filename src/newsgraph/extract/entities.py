"""Entities: every mention of an actor grouped under one canonical name, with roles.

``find_entities(doc, article)`` runs in five steps:

1. candidates: spaCy's entities, cleaned (possessives, honorifics, byline junk) and retyped
   with rules and the gazetteer, plus photo credits and "<Country>'s foreign ministry";
2. clustering: countries with their aliases and demonyms, people with their short names;
3. propagation: a name seen once is found again where the model missed it ("Zelenskyy");
4. metonymy: capitals used as actors ("Beijing published") refer to their country;
5. roles and affiliations from premodifiers, appositions, copular bios and credits.

``EntityIndex`` is how quotes and events resolve speakers and actors.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from newsgraph.extract import entity_patterns as P
from newsgraph.extract.gazetteer import Gazetteer, default_gazetteer
from newsgraph.model import Article, Entity, Mention

# Part-of-speech tags that cannot start a propagated name ("Will" as an auxiliary).
_NON_NAME_POS = frozenset({"AUX", "VERB", "DET", "PRON", "ADP", "CCONJ", "SCONJ", "ADV", "PART"})
_NUMERIC_TYPES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


@dataclass(slots=True)
class Candidate:
    """One cleaned mention before clustering."""

    start: int
    end: int
    text: str
    label: str
    roles: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Cluster:
    type: str
    mentions: dict[tuple[int, int], str] = field(default_factory=dict)
    roles: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    refers_to: str | None = None
    name: str | None = None  # fixed name (countries); otherwise chosen from mentions

    def add(self, start: int, end: int, text: str) -> None:
        self.mentions.setdefault((start, end), text)

    def add_role(self, role: str) -> None:
        if role and role not in self.roles:
            self.roles.append(role)


def find_entities(doc: Doc, article: Article) -> list[Entity]:
    """The entities of one article, each with all its mentions, roles and affiliations."""
    return EntityFinder(default_gazetteer())(doc, article)


class EntityFinder:
    """Turns a parsed article into entities; holds the gazetteer between articles."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

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
        text = doc.text  # Doc.text joins every token: read it once
        found = credit_candidates(text, article)
        found += government_bodies(doc, self.gazetteer)
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
        return found

    def clean(self, doc: Doc, span: Span, doc_text: str) -> Candidate | None:
        """Trim a model span to the name and fix its type; None when it is junk."""
        label = span.label_
        start, end = span.start, span.end
        possessive = False
        while end > start and _is_trailing_junk(doc[end - 1]):
            possessive |= doc[end - 1].text in P.POSSESSIVE_SUFFIXES
            end -= 1
        if doc[start].text in P.POSSESSIVE_SUFFIXES:
            return None  # "’s Note" of "Editor’s Note": a broken span
        while start < end and (doc[start].is_punct or doc[start].lower_ == "by"):
            start += 1
        if label == "PERSON":
            while start < end - 1 and _is_title_token(doc[start]):
                start += 1
            end = _cut_at_dash(doc, start, end)
        if start >= end:
            return None
        core = doc[start:end]
        text = _strip_possessive(core.text)
        possessive |= text != core.text
        if is_junk(text, doc_text, core):
            return None
        label = self.retype(text, label, possessive and end < len(doc) and doc[end].lower_)
        start_char = core.start_char
        honorific = label == "PERSON" and start > 0 and doc[start - 1].lower_ in P.HONORIFICS
        determiner = span.label_ in P.DETERMINED_TYPES and _determiner_of(doc, start, end)
        if honorific or determiner:  # "Mr. Putin", "the Kremlin": the word joins the mention
            start_char = doc[start - 1].idx
        end_char = core.start_char + len(text)
        return Candidate(start_char, end_char, doc_text[start_char:end_char], label)

    def retype(self, text: str, label: str, next_word: str | bool | None) -> str:
        """Fix the model's type with the gazetteer and the word lists."""
        g = self.gazetteer
        if g.seat_of(text):
            return "ORG"
        if label in ("GPE", "ORG", "NORP", "LOC", "PERSON") and g.country(text):
            return "GPE"
        if label == "NORP" and g.country_of_demonym(text):
            return "GPE"
        if _is_agency(text):
            return "ORG"
        if label == "PERSON" and len(text.split()) == 1 and g.is_major_place(text):
            return "GPE"  # "stands with Kyiv": the small model calls some capitals people
        if label in ("ORG", "PERSON", "NORP") and g.is_region(text):
            return "GPE"
        if label == "ORG" and isinstance(next_word, str) and next_word in P.PLACE_HEAD_NOUNS:
            return "GPE"  # "Crimea's coast": an owner of a coast is a place
        return label

    # 2. clustering -------------------------------------------------------------------

    def cluster(self, doc: Doc, candidates: list[Candidate]) -> dict[str, Cluster]:
        clusters: dict[str, Cluster] = {}
        people = PeopleResolver(candidates)
        for cand in sorted(candidates, key=lambda c: c.start):
            cluster = self._cluster_for(doc, cand, people, clusters)
            cluster.add(cand.start, cand.end, cand.text)
            for role in cand.roles:
                cluster.add_role(role)
        return clusters

    def _cluster_for(
        self, doc: Doc, cand: Candidate, people: PeopleResolver, clusters: dict[str, Cluster]
    ) -> Cluster:
        text = _bare(cand.text)
        label = cand.label
        if label != "PERSON" and people.is_person_name(text) and not (
            _is_locative(doc, cand) or self.gazetteer.is_major_place(text)
        ):
            label = "PERSON"  # "Austin" next to "Lloyd Austin" is the man, not the city
        if label == "PERSON":
            key = "PERSON:" + people.resolve(text, cand.start)
            return clusters.setdefault(key, Cluster("PERSON"))
        country = self.gazetteer.country(text) or (
            self.gazetteer.country_of_demonym(text) if label == "GPE" else None
        )
        if label == "GPE" and country:
            key = "GPE:" + country.name
            return clusters.setdefault(key, Cluster("GPE", name=country.name))
        key = f"{label}:{_fold(text)}"
        return clusters.setdefault(key, Cluster(label))

    # 4. metonymy ---------------------------------------------------------------------

    def link_metonyms(self, doc: Doc, clusters: dict[str, Cluster]) -> None:
        """Seats of government refer to their country; capitals do when they act."""
        for cluster in list(clusters.values()):
            any_text = next(iter(cluster.mentions.values()))
            seat = self.gazetteer.seat_of(_bare(any_text)) if cluster.type == "ORG" else None
            if seat:
                cluster.refers_to = seat.name
                continue
            capital = self.gazetteer.capital_of(_bare(any_text)) if cluster.type == "GPE" else None
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
                country.add(start, end, _bare(text))

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


# --- candidates: helpers ---------------------------------------------------------------


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


def _cut_at_dash(doc: Doc, start: int, end: int) -> int:
    """A person span ends at a dash glued to its last word ("Ted Cruz—35" keeps "Ted")."""
    for i in range(start, end):
        if any(d in doc[i].text for d in "—–") and i > start:
            return i
    return end


def _strip_possessive(text: str) -> str:
    for suffix in ("’s", "'s"):
        if text.endswith(suffix) and len(text) > len(suffix) + 1:
            return text[: -len(suffix)]
    return text


def is_junk(text: str, doc_text: str, span: Span) -> bool:
    """Page furniture, lone department words, numbers: not entities."""
    folded = _fold(text)
    if len(folded) < 2 or not any(ch.isalpha() for ch in folded):
        return True
    if folded in P.BOILERPLATE_PHRASES or folded in P.GENERIC_ENTITY_WORDS:
        return True
    if not any(ch.isupper() for ch in text):
        return True
    if any(tok.ent_type_ in _NUMERIC_TYPES for tok in span) and len(span) == 1:
        return True
    return folded in P.LINE_ONLY_JUNK and _line_of(doc_text, span.start_char).strip() == text


def _line_of(text: str, offset: int) -> str:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start : end if end != -1 else len(text)]


def _is_agency(text: str) -> bool:
    folded = _fold(text)
    words = folded.split()
    return folded in P.PHOTO_AGENCIES or (len(words) > 1 and words[-1] in P.AGENCY_SUFFIXES)


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
    have = {_fold(c.text) for c in found if c.label == "PERSON"}
    extra: list[Candidate] = []
    for name in names:
        if _fold(name) in have:
            continue
        match = re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)
        if match:
            extra.append(Candidate(match.start(), match.end(), name, "PERSON"))
            have.add(_fold(name))
    return extra


_PERSON_NAME = re.compile(r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}")


def _byline_names(line: str) -> list[str]:
    """Names in a byline: "By Tom Ozimek and Jane Doe" -> both; junk words dropped."""
    words = [w for w in re.split(r"\s+", line.strip()) if w]
    kept = " ".join(w for w in words if w.casefold().rstrip(":") not in P.BYLINE_JUNK)
    parts = re.split(r",| and ", kept)
    return [p.strip() for p in parts if _PERSON_NAME.fullmatch(p.strip())]


# --- photo credits ---------------------------------------------------------------------

_CREDIT_WORDS = r"[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}"
# "Alexei Druzhinin/Sputnik/AFP via Getty Images", "AP Photo/Evan Vucci", at a line's end.
CREDIT_LINE = re.compile(
    r"(?:^|(?<=[.!?)] )|(?<=\())(?:(?:Photo(?:graph)?(?: by)?|Credit|Image)[:]?\s+)?"
    rf"(?P<credit>{_CREDIT_WORDS}(?:\s?/\s?{_CREDIT_WORDS})+(?: via {_CREDIT_WORDS})?"
    rf"|{_CREDIT_WORDS} via {_CREDIT_WORDS})\)?[ \t]*$",
    re.MULTILINE,
)
# Inside a region already known to be a credit, any "A/B via C" run will do.
CREDIT_REGION = re.compile(
    rf"(?P<credit>{_CREDIT_WORDS}(?:\s?/\s?{_CREDIT_WORDS})*(?: via {_CREDIT_WORDS})?)"
)


def credit_candidates(text: str, article: Article) -> list[Candidate]:
    """People and agencies named in photo credits, from "credit" regions or credit lines."""
    regions = article.regions_of("credit")
    chunks = [(r.start, text[r.start : r.end]) for r in regions] if regions else [(0, text)]
    pattern = CREDIT_REGION if regions else CREDIT_LINE
    found: list[Candidate] = []
    for offset, chunk in chunks:
        for match in pattern.finditer(chunk):
            found += _credit_parts(match.group("credit"), offset + match.start("credit"))
    return found


def _credit_parts(credit: str, offset: int) -> list[Candidate]:
    """Split a credit on "/" and "via": agencies are ORGs, other names photographers."""
    found: list[Candidate] = []
    for part in re.finditer(r"[^/]+", credit):
        for piece in re.split(r" via ", part.group()):
            name = piece.strip()
            if not name:
                continue
            start = offset + part.start() + part.group().find(name)
            words = name.split()
            if words[-1].casefold() in ("photo", "photos") and len(words) > 1:
                name = " ".join(words[:-1])  # "AP Photo" is AP
            if _is_agency(name) or name.isupper() or len(words) == 1:
                found.append(Candidate(start, start + len(name), name, "ORG"))
            else:
                found.append(Candidate(start, start + len(name), name, "PERSON",
                                       roles=[P.PHOTOGRAPHER_ROLE]))
    return found


# --- clustering: people ----------------------------------------------------------------


class PeopleResolver:
    """Maps the short names of people ("Xi", "Putin") to the full names seen in the text."""

    def __init__(self, candidates: list[Candidate]) -> None:
        full = [c for c in candidates if c.label == "PERSON" and len(_name_parts(c.text)) > 1]
        full.sort(key=lambda c: -len(_name_parts(c.text)))
        self.full_names: list[str] = []  # canonical full names
        self.first_seen: dict[str, int] = {}
        for cand in full:
            name = self._merge(" ".join(_name_parts(cand.text)))
            self.first_seen[name] = min(self.first_seen.get(name, cand.start), cand.start)
        self.by_last: dict[str, list[str]] = {}
        self.by_first: dict[str, list[str]] = {}
        for name in self.full_names:
            parts = name.split()
            self.by_last.setdefault(parts[-1].casefold(), []).append(name)
            self.by_first.setdefault(parts[0].casefold(), []).append(name)
        # Names the model tagged PERSON at least once: "Obama" as GPE elsewhere is still him.
        self.known = {_fold(" ".join(_name_parts(c.text))) for c in candidates
                      if c.label == "PERSON"}

    def _merge(self, name: str) -> str:
        """A full name joins a longer one with the same surname and first name."""
        parts = name.split()
        for known in self.full_names:
            kp = known.split()
            if kp[-1] == parts[-1] and (kp[0] == parts[0] or set(parts) <= set(kp)):
                return known
        self.full_names.append(name)
        return name

    def is_person_name(self, text: str) -> bool:
        """A name seen as a person, a surname, or the first word of "Wang Yi"."""
        parts = text.split()
        if _fold(text) in self.known:
            return True
        if len(parts) != 1:
            return False
        word = parts[0].casefold()
        return word in self.by_last or (word in self.by_first and parts[0][:1].isupper())

    def resolve(self, text: str, offset: int) -> str:
        """The full name a person mention stands for; itself when none fits."""
        parts = _name_parts(text)
        if not parts:
            return text
        if len(parts) > 1:
            return self._merge_lookup(" ".join(parts))
        word = parts[0].casefold()
        options = self.by_last.get(word) or self.by_first.get(word) or []
        if not options:
            return parts[0]
        # Two people sharing a surname: the one named most recently before this mention.
        before = [n for n in options if self.first_seen.get(n, 0) <= offset]
        return max(before or options, key=lambda n: self.first_seen.get(n, 0))

    def _merge_lookup(self, name: str) -> str:
        parts = name.split()
        for known in self.full_names:
            kp = known.split()
            if kp[-1] == parts[-1] and (kp[0] == parts[0] or set(parts) <= set(kp)):
                return known
        return name


def _name_parts(text: str) -> list[str]:
    """Name words without honorifics and suffixes: "Mr. Putin" -> ["Putin"]."""
    words = _bare(text).split()
    while words and words[0].casefold() in P.HONORIFICS:
        words = words[1:]
    while words and words[-1].casefold().strip(",") in P.NAME_SUFFIXES:
        words = words[:-1]
    return words


def _is_locative(doc: Doc, cand: Candidate) -> bool:
    """A place after "in", "to", "from": keep it a place even if a person shares the name."""
    if cand.label not in ("GPE", "LOC", "FAC"):
        return False
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    head = span.root.head if span is not None else None
    return bool(head is not None and span.root.dep_ == "pobj" and head.lower_ in P.LOCATIVE_PREPS)


# --- propagation -----------------------------------------------------------------------


def propagate_names(doc: Doc, clusters: dict[str, Cluster]) -> None:
    """Find again, where the model missed them, the names and short names already seen."""
    forms = _propagation_forms(clusters)
    if not forms:
        return
    pattern = re.compile(
        r"(?<![\w.])(" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        + r")(?![\w])"
    )
    taken = sorted(span for c in clusters.values() for span in c.mentions)
    text = doc.text
    for match in pattern.finditer(text):
        start, end = match.span()
        if _overlaps_sorted(start, end, taken) or not _looks_like_name(doc, start, end):
            continue
        cluster = clusters[forms[match.group(1)]]
        if cluster.type == "PERSON":
            start = _extend_honorific(doc, start)
        cluster.add(start, end, text[start:end])


def _propagation_forms(clusters: dict[str, Cluster]) -> dict[str, str]:
    """Surface form -> cluster key, for forms that name one cluster only."""
    owners: dict[str, set[str]] = {}
    for key, cluster in clusters.items():
        if cluster.type not in ("PERSON", "GPE", "ORG"):
            continue
        forms = {_bare(t) for t in cluster.mentions.values()}
        if cluster.type == "PERSON":
            forms = {" ".join(_name_parts(f)) for f in forms}
            forms |= {f.split()[-1] for f in forms if len(f.split()) > 1}
        for form in forms:
            if form and form[0].isupper() and (len(form) > 2 or cluster.type == "PERSON"):
                owners.setdefault(form, set()).add(key)
    return {form: keys.pop() for form, keys in owners.items() if len(keys) == 1}


def _overlaps_sorted(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    i = bisect_right(spans, (start, float("inf")))  # type: ignore[arg-type]
    return any(s < end and start < e for s, e in spans[max(0, i - 8) : i + 1])


def _looks_like_name(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end)
    if span is None:  # inside a token: only parts of hyphenated compounds ("U.S.-Russia")
        tok = doc.char_span(start, end, alignment_mode="expand")
        return tok is not None and any(ch in tok.text for ch in "-/–")
    first = span[0]
    if first.ent_type_ in _NUMERIC_TYPES:
        return False
    return not (first.is_sent_start and first.pos_ in _NON_NAME_POS)


def _extend_honorific(doc: Doc, start: int) -> int:
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is not None and span.start > 0 and doc[span.start - 1].lower_ in P.HONORIFICS:
        return doc[span.start - 1].idx
    return start


# --- metonymy --------------------------------------------------------------------------


def is_acting_place(span: Span | None) -> bool:
    """A place used as an actor: subject of a verb, owner of a proposal, object of "urge"."""
    if span is None:
        return False
    tok = span.root
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    dep, head = tok.dep_, tok.head
    if dep in ("nsubj", "nsubjpass"):
        return head.lemma_ != "be"
    if dep == "poss":
        return head.lower_ not in P.PLACE_HEAD_NOUNS
    if dep == "pobj":
        return head.dep_ == "agent" or head.lower_ in ("with", "against", "between")
    if dep == "dobj":
        return head.lemma_ in P.RELATIONAL_VERBS
    return False


# --- roles -----------------------------------------------------------------------------


def add_roles(
    doc: Doc, article: Article, clusters: dict[str, Cluster], gazetteer: Gazetteer
) -> None:
    """Roles from the text around each person mention; affiliations from entities in them."""
    owner = _owner_lookup(clusters, gazetteer)
    bio_spans = [(r.start, r.end) for r in article.regions_of("bio")]
    for cluster in clusters.values():
        if cluster.type != "PERSON":
            continue
        for start, end in list(cluster.mentions):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            in_bio = any(s <= start < e for s, e in bio_spans)
            for role_span in roles_for_mention(span, in_bio=in_bio):
                cluster.add_role(" ".join(role_span.text.split()))
                for name in owner(role_span.start_char, role_span.end_char):
                    if name not in cluster.affiliations:
                        cluster.affiliations.append(name)


def _owner_lookup(clusters: dict[str, Cluster], gazetteer: Gazetteer):
    """Names of the organisations and countries with a mention inside [start, end)."""
    spans = sorted(
        (s, e, key)
        for key, c in clusters.items()
        if c.type in ("ORG", "GPE", "NORP")
        for (s, e) in c.mentions
    )
    names: dict[str, str] = {}

    def owners(start: int, end: int) -> list[str]:
        found: list[str] = []
        for s, e, key in spans:
            if start <= s and e <= end:
                cluster = clusters[key]
                if key not in names:
                    mentions = [Mention(t, a, b) for (a, b), t in cluster.mentions.items()]
                    names[key] = cluster.name or canonical_name(cluster.type, mentions, gazetteer)
                name = names[key]
                if name not in found:
                    found.append(name)
        return found

    return owners


def roles_for_mention(span: Span, *, in_bio: bool = False) -> list[Span]:
    """Role spans for one person mention: premodifier, apposition, copular bio."""
    found = [premodifier_role(span), apposition_role(span), copular_role(span, in_bio=in_bio)]
    return [r for r in found if r is not None and len(r.text) > 1]


def premodifier_role(span: Span) -> Span | None:
    """ "U.S. Defense Secretary Lloyd Austin" -> "U.S. Defense Secretary"."""
    doc = span.doc
    first = span.start
    while first > 0 and doc[first - 1].lower_ in P.HONORIFICS:
        first -= 1
    while first > 0 and _is_inline_space(doc[first - 1]):
        first -= 1
    j = first - 1
    while j >= 0 and (_fits_premodifier(doc[j]) or _is_inline_space(doc[j])):
        j -= 1
    start = j + 1
    while start < first and (doc[start].lower_ in P.ROLE_CONNECTORS or doc[start].is_space):
        start += 1
    if start >= first or not _ends_in_title(doc[start:first]):
        return None
    return doc[start:first]


def _ends_in_title(role: Span) -> bool:
    """ "Defense Secretary" or "Secretary of State": a title word, then only "of"/"for" X."""
    words = [t.lower_ for t in role]
    if words[-1] in P.TITLE_WORDS:
        return True
    titles = [i for i, w in enumerate(words) if w in P.TITLE_WORDS]
    return bool(titles) and titles[-1] + 1 < len(words) and words[titles[-1] + 1] in ("of", "for")


def _is_inline_space(tok: Token) -> bool:
    """A non-breaking space between title and name is not a boundary; a line break is."""
    return tok.is_space and "\n" not in tok.text


def _fits_premodifier(tok: Token) -> bool:
    if tok.is_space or "\n" in tok.text or tok.ent_type_ in _NUMERIC_TYPES:
        return False
    if tok.ent_type_ == "PERSON":
        return False
    low = tok.lower_
    if low in P.TITLE_WORDS or low in P.ROLE_MODIFIERS or low in P.ROLE_CONNECTORS:
        return True
    if tok.ent_type_ in ("ORG", "GPE", "NORP"):
        return True
    return tok.text[:1].isupper() and tok.pos_ in ("PROPN", "NOUN", "ADJ")


def apposition_role(span: Span) -> Span | None:
    """ "X, the former governor of Y," -> "former governor of Y"; also "Y's leader, X"."""
    root = span.root
    for child in root.children:
        appos = child.dep_ == "appos" and child.i >= span.end and child.ent_type_ != "PERSON"
        if appos and (child.pos_ == "NOUN" or child.lower_ in P.TITLE_WORDS):
            return _trim_np(span.doc, child.left_edge.i, child.right_edge.i + 1)
    head, doc = root.head, span.doc
    comma_before = span.start > 0 and doc[span.start - 1].text == ","
    titled_head = head.i < span.start and head.lower_ in P.TITLE_WORDS
    if root.dep_ == "appos" and comma_before and titled_head:  # "Ukraine's president, X"
        return _trim_np(doc, head.left_edge.i, span.start - 1)
    return None


def copular_role(span: Span, *, in_bio: bool) -> Span | None:
    """ "Tom Ozimek is a senior reporter for The Epoch Times" -> the role after "is a"."""
    root = span.root
    if root.dep_ != "nsubj" or root.head.lemma_ != "be":
        return None
    for child in root.head.children:
        attr = child.dep_ == "attr" and child.i > root.i
        if attr and (in_bio or child.lemma_.lower() in P.TITLE_WORDS):
            return _trim_np(span.doc, child.left_edge.i, child.right_edge.i + 1)
    return None


def _trim_np(doc: Doc, start: int, end: int) -> Span | None:
    """A noun phrase without its leading article and trailing punctuation; None if long."""
    while start < end and (doc[start].pos_ == "DET" or doc[start].is_punct):
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    if start >= end or end - start > 15:
        return None
    return doc[start:end]


# --- names -----------------------------------------------------------------------------


def canonical_name(type_: str, mentions: list[Mention], gazetteer: Gazetteer) -> str:
    """The longest full form seen; "the" dropped unless it belongs to the name."""
    if type_ == "PERSON":
        forms = [" ".join(_name_parts(m.text)) for m in mentions]
        return max(forms, key=lambda f: (len(f.split()), len(f)))
    forms = [m.text for m in mentions]
    bare = [_bare(f) for f in forms]
    best = max(bare, key=len)
    seat = gazetteer.seat_of(best)
    if seat is None and _the_is_part_of_name(forms):
        return "The " + best
    return best


def _the_is_part_of_name(forms: list[str]) -> bool:
    """ "The Epoch Times": every mention carries a capital "The"."""
    return all(f.startswith("The ") for f in forms) and len(forms) >= 1 and any(
        f.split()[-1] in ("Times", "Post", "Guardian", "Journal", "Economist", "Telegraph")
        or len(forms) > 1
        for f in forms
    )


def _bare(text: str) -> str:
    """A name without a leading "the" or a trailing possessive."""
    text = " ".join(text.split())
    if text[:4].casefold() == "the ":
        text = text[4:]
    return _strip_possessive(text)


def _fold(text: str) -> str:
    return _bare(text.replace("’", "'")).casefold()


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
        self._by_form: dict[str, Entity] = {}
        self._by_name = {_fold(e.name): e for e in entities}
        for entity in entities:
            for m in entity.mentions:
                self._by_form.setdefault(_fold(m.text), entity)
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
        for s, e, i in self._spans:
            if s >= end:
                break
            overlap = min(end, e) - max(start, s)
            if overlap <= 0:
                continue
            entity = self.entities[i]
            own = int(_fold(self._text(entity, s, e)) == _fold(entity.name))
            score = (overlap, -(e - s - overlap), own, entity)
            if best is None or score[:3] > best[:3]:
                best = score
        return best[3] if best else None

    @staticmethod
    def _text(entity: Entity, start: int, end: int) -> str:
        return next((m.text for m in entity.mentions if (m.start, m.end) == (start, end)), "")

    def by_name(self, text: str) -> Entity | None:
        """The entity named or mentioned as ``text`` ("Mr. Putin's", "the Kremlin", "Kirby")."""
        folded = _fold(text)
        found = self._by_form.get(folded)
        if found:
            return found
        parts = _name_parts(_bare(text))
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
            return self._by_name.get(_fold(entity.refers_to), entity)
        return entity

    def of_type(self, *types: str) -> list[Entity]:
        return [e for e in self.entities if e.type in types]


@lru_cache(maxsize=1)
def default_finder() -> EntityFinder:
    return EntityFinder(default_gazetteer())

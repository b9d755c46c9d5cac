"""Roles and affiliations of people: premodifiers, appositions, copular bios.

"U.S. Defense Secretary Lloyd Austin", "Stoltenberg, the former prime minister of Norway",
"Jane Doe is a staff writer for The Daily Ledger": each gives its person a role, and the
organisations and countries named inside a role become the person's affiliations.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from newsgraph.extract import entity_patterns as P
from newsgraph.extract.entity_names import NUMERIC_TYPES, Cluster, canonical_name
from newsgraph.extract.gazetteer import Gazetteer
from newsgraph.model import Article, Mention


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


def _owner_lookup(
    clusters: dict[str, Cluster], gazetteer: Gazetteer
) -> Callable[[int, int], list[str]]:
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
    # (with words after 'of'/'for': 'A spokeswoman for Neumann' gives Neumann no role)
    return bool(titles) and titles[-1] + 2 < len(words) and words[titles[-1] + 1] in ("of", "for")


def _is_inline_space(tok: Token) -> bool:
    """A non-breaking space between title and name is not a boundary; a line break is."""
    return tok.is_space and "\n" not in tok.text


def _fits_premodifier(tok: Token) -> bool:
    if tok.is_space or "\n" in tok.text or tok.ent_type_ in NUMERIC_TYPES:
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
        if appos and (child.pos_ == "NOUN" or child.lower_ in P.TITLE_WORDS) and _beside(span, child):
            return _trim_np(span.doc, child.left_edge.i, _before_a_clause_on(child))
    head, doc = root.head, span.doc
    comma_before = span.start > 0 and doc[span.start - 1].text == ","
    titled_head = head.i < span.start and head.lower_ in P.TITLE_WORDS
    if root.dep_ == "appos" and comma_before and titled_head:  # "Ukraine's president, X"
        return _trim_np(doc, head.left_edge.i, span.start - 1)
    title = _title_owning_the_object(head)
    if root.dep_ == "appos" and comma_before and title is not None and title.i < span.start:
        # 'The former mayor of Eastbrook, Daniel Mercer,': the parser hangs the name on Eastbrook
        return _trim_np(doc, title.left_edge.i, span.start - 1)
    return None


def _before_a_clause_on(noun: Token) -> int:
    """Where an indefinite role ends before a relative clause that tells what the person did: 'a
    nurse who travelled from Lisk' is a nurse. A clause saying whom or what the role serves ('a
    lawyer who represents the family', 'a doctor who works at Lisk General'), a definite one
    ('the only minister who voted against') and a generic noun ('the man who founded it') stay."""
    end = noun.right_edge.i + 1
    if noun.left_edge.lower_ not in ("a", "an") or noun.lower_ in GENERIC_PERSON_NOUNS:
        return end
    clauses = [c for c in noun.children if c.dep_ == "relcl" and c.i > noun.i]
    if not clauses or clauses[0].lemma_.lower() in ROLE_DEFINING_VERBS:
        return end
    return clauses[0].left_edge.i


# Nouns that say nothing of a role without their clause: 'the man who founded Velm Ltd'.
GENERIC_PERSON_NOUNS = frozenset({"man", "woman", "person", "one", "people", "boy", "girl"})
# Verbs of a relative clause that say whom a role serves: 'a lawyer who represents the family'.
ROLE_DEFINING_VERBS = frozenset({"represent", "work", "lead", "run", "head", "manage", "own", "found",
                                 "oversee", "advise", "teach", "coach", "chair", "serve", "direct"})


def _title_owning_the_object(noun: Token) -> Token | None:
    """The title whose 'of' or 'for' phrase ends with ``noun`` ('mayor' of 'the mayor of
    Eastbrook', 'spokesman' of 'a spokesman for the agency'), else None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("of", "for") or prep.head.lower_ not in P.TITLE_WORDS:
        return None
    return prep.head


def _beside(span: Span, appos: Token) -> bool:
    """An apposition stands right after the name, a comma at most between: in 'McDonald came out
    for a version of their single “Streets,” the title track of their album', the parser hangs
    'track' on McDonald, but it describes the song."""
    between = span.doc[span.end : appos.left_edge.i]
    return all(t.is_punct or t.is_space for t in between)


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
    """A noun phrase without its leading article (or possessive pronoun: 'its chief executive'
    is a chief executive) and trailing punctuation; None if long."""
    while start < end and (doc[start].pos_ == "DET" or doc[start].tag_ == "PRP$" or doc[start].is_punct):
        start += 1
    # ('division vice president, Sales at' where the parser left the place off: no role ends
    # on a preposition or a conjunction)
    while end > start and (doc[end - 1].is_punct or doc[end - 1].pos_ in ("ADP", "CCONJ")):
        end -= 1
    if start >= end or end - start > 15:
        return None
    return doc[start:end]

"""Walking the dependency parse for events: children, prepositional objects, verb chains, and
the text of a phrase.

Shared by trigger finding, argument reading, time attachment and status.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.syntax import first_child, has_child, has_to_aux

OPENING_QUOTES = {"“": "”", '"': '"', "‘": "’"}
CLAUSE_DEPS = frozenset({"relcl", "appos", "acl", "advcl", "ccomp"})


def prep_objects(tok: Token, *preps: str) -> list[tuple[str, Token]]:
    """(preposition, object) pairs hanging off ``tok``, coordinated objects included."""
    out = []
    for prep in tok.children:
        if prep.dep_ not in ("prep", "dative", "agent") or (preps and prep.lower_ not in preps):
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj":
                out.extend((prep.lower_, x) for x in (obj, *obj.conjuncts))
    return out


# Entity types and words that count or measure what follows them: "thousands of farmers".
QUANTITY_ENTS = frozenset({"CARDINAL", "QUANTITY", "MONEY"})
MEASURE_WORDS = frozenset({"dozen", "hundred", "thousand", "million", "billion", "score",
                           "tonne", "ton", "barrel",
                           # a load of goods: "sent its first shipment of anti-tank missiles"
                           "shipment", "consignment", "batch", "cargo", "convoy", "load", "package",
                           # a part of a whole: "buys most of its natural gas from Talvia"
                           "most", "much", "half", "bulk", "majority", "part", "many", "some", "all"})


def measured_noun(tok: Token) -> Token:
    """Quantity phrases are seen through: the noun a number or measure heads is what is meant.

    "Thousands of farmers protested" -> farmers act; "struck dozens of cities" -> cities are hit;
    "bought 200,000 tonnes of wheat" -> wheat is traded; "pledged $50 million in aid" -> aid
    (only money takes "in": "thousands in the capital" is a place).
    """
    money = tok.ent_type_ == "MONEY" or _counted_money(tok)
    if tok.ent_type_ not in QUANTITY_ENTS and tok.lemma_.lower() not in MEASURE_WORDS and not money:
        return tok
    preps = ("of", "in") if money else ("of",)
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            obj = first_child(prep, "pobj")
            if obj is not None:
                return obj
    return tok


# Currencies named by word, which the recogniser leaves out of MONEY when the sum is unfamiliar
# ("5 million euros", "480 million crowns").
CURRENCY_WORDS = frozenset({"euro", "dollar", "pound", "crown", "krona", "krone", "franc", "mark", "yen", "yuan",
                            "rupee", "peso", "rouble", "ruble", "lira", "zloty", "dinar", "shilling", "rand"})


def _counted_money(tok: Token) -> bool:
    """"pledged 5 million euros in emergency aid": a currency noun with a number is a sum of money
    (and "in" names what the money is), even where the recogniser tagged only the number."""
    return tok.lemma_.lower() in CURRENCY_WORDS and has_child(tok, "nummod")


# Place prepositions the tagger sometimes reads as an adjective on a noun it then makes the verb's
# object: "rallied outside parliament" parsed as rallied -> dobj parliament (amod "outside").
PLACE_PREPOSITIONS_READ_AS_ADJECTIVES = frozenset({"outside", "inside", "near", "opposite"})


def direct_object(verb: Token) -> Token | None:
    """The verb's direct object, unless it is a place the parser took for one: in "Drivers
    rallied outside parliament" "outside" is a preposition, so "parliament" is where they
    rallied, not what; the verb has no object."""
    dobj = first_child(verb, "dobj")
    if dobj is None:
        return None
    if any(c.dep_ == "amod" and c.i < dobj.i and c.lower_ in PLACE_PREPOSITIONS_READ_AS_ADJECTIVES
           and c.i == dobj.left_edge.i for c in dobj.children):
        return None
    return dobj


def split_coordinate_subjects(tok: Token) -> list[Token]:
    """Subjects of ``tok`` after the first, where the parser split a coordination: in "Kessian
    President Lars Emberg and Talvian President Marta Sollen spoke by phone" it may hang both
    names on the verb as subjects (the "and" on the first) instead of making the second a
    conjunct of the first. Two subjects of one verb are never two readings, so they are one
    coordinated subject."""
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if len(subjects) < 2 or first_child(subjects[0], "cc") is None:
        return []
    return subjects[1:]


def climbs(tok: Token) -> bool:
    """Does ``tok`` take its subject and mood from its head ("hopes to meet", "and met")?"""
    if tok.dep_ == "conj":
        return first_child(tok, "nsubj", "nsubjpass") is None and tok.head.pos_ in ("VERB", "AUX")
    if tok.dep_ in ("xcomp", "pcomp"):
        return True
    if tok.dep_ == "advcl":
        return has_to_aux(tok)
    if tok.dep_ == "acomp" and first_child(tok, "xcomp") is not None:
        return True  # "Talov is due to visit", "is ready to sign": the subject of "is"
    if tok.dep_ == "prep" and first_child(tok, "pcomp") is not None and tok.head.pos_ in ("VERB", "AUX"):
        return True  # "arrived in Drev after visiting Veyra": the one who arrived visited
    return tok.tag_ == "VBG" and tok.dep_ in ("dobj", "acl") and tok.head.pos_ == "VERB"


def verb_chain(tok: Token) -> list[Token]:
    chain = [tok]
    while climbs(chain[-1]) and len(chain) < 5:
        chain.append(chain[-1].head)
    return chain


def inside_clause(tok: Token, top: Token) -> bool:
    """Is ``tok`` in a relative clause or apposition somewhere below ``top``?"""
    current = tok
    while current.i != top.i:
        if current.dep_ in CLAUSE_DEPS:
            return True
        current = current.head
    return False


def clean_phrase(text: str) -> str:
    """Trim spaces and stray end punctuation; keep quotation marks that pair up."""
    text = " ".join(text.split()).strip(" .,;:!?")
    for opening, closing in (("“", "”"), ('"', '"'), ("‘", "’")):
        if text.startswith(opening) and closing not in text[1:]:
            text = text[1:]
        if text.endswith(closing) and opening not in text[:-1]:
            text = text[:-1]
    return text.strip(" .,;:!?")


def unique(names: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for name in names:
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            out.append(name)
    return out

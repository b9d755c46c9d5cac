"""Small questions every stage asks of a token: its first child in some relations, whether it
has one, whether the model tagged it a date or time, whether it names no one. Named once so
that rules read as what they test."""

from __future__ import annotations

from spacy.tokens import Token


def first_child(tok: Token, *deps: str) -> Token | None:
    """The leftmost child of ``tok`` whose relation is one of ``deps``, or None."""
    return next((c for c in tok.children if c.dep_ in deps), None)


def has_child(tok: Token, *deps: str) -> bool:
    """Whether ``tok`` has a child whose relation is one of ``deps``."""
    return any(c.dep_ in deps for c in tok.children)


def has_to_aux(tok: Token) -> bool:
    """Whether the verb is an infinitive with its 'to' ('threatened to veto')."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


# The named-entity labels the model gives words of a date or a time of day.
TIME_ENTITY_LABELS = frozenset({"DATE", "TIME"})


def in_a_time(tok: Token) -> bool:
    """Whether the model tagged ``tok`` part of a date or time ('Tuesday', 'last week')."""
    return tok.ent_type_ in TIME_ENTITY_LABELS


# Pronouns that name no one: 'nobody was hurt' reports nothing done, 'noone' is a common
# spelling, and 'no one' is two words the callers read as 'no' + 'one'.
NOBODY = frozenset({"nobody", "none", "noone"})


def an_age(tok: Token) -> int | None:
    """The number an age is written with ('56'); None for any other token (also '²', which is a
    digit to Python but no number to int())."""
    return int(tok.text) if tok.text.isascii() and tok.text.isdigit() else None


def word_before_its_age(age: Token) -> Token | None:
    """'Farrelly, 63,', 'A local woman, 56,': the word an age set off by commas is given to."""
    doc = age.doc
    if an_age(age) is None or age.i < 2:
        return None
    if doc[age.i - 1].text != "," or age.i + 1 >= len(doc) or doc[age.i + 1].text != ",":
        return None
    return doc[age.i - 2]

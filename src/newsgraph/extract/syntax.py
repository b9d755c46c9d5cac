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

"""Name forms, and the two shapes a name takes on its way to an entity.

A ``Candidate`` is one cleaned mention before clustering; a ``Cluster`` gathers the mentions of
one entity. ``bare``, ``fold`` and ``name_parts`` are how names are compared everywhere in
entity finding; ``canonical_name`` picks the name an entity is known by.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsgraph.extract import entity_patterns as P
from newsgraph.extract.gazetteer import Gazetteer
from newsgraph.model import Mention

# Model labels for numbers and dates: never a name, nor part of a title before one.
NUMERIC_TYPES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


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


# --- name forms -------------------------------------------------------------------------


def strip_possessive(text: str) -> str:
    for suffix in ("’s", "'s"):
        if text.endswith(suffix) and len(text) > len(suffix) + 1:
            return text[: -len(suffix)]
    return text


def bare(text: str) -> str:
    """A name without a leading "the" or a trailing possessive."""
    text = " ".join(text.split())
    if text[:4].casefold() == "the ":
        text = text[4:]
    return strip_possessive(text)


def fold(text: str) -> str:
    return bare(text.replace("’", "'")).casefold()


def name_parts(text: str) -> list[str]:
    """Name words without honorifics and suffixes: "Mr. Putin" -> ["Putin"]."""
    words = bare(text).split()
    while words and words[0].casefold() in P.HONORIFICS:
        words = words[1:]
    while words and words[-1].casefold().strip(",") in P.NAME_SUFFIXES:
        words = words[:-1]
    return words


def canonical_name(type_: str, mentions: list[Mention], gazetteer: Gazetteer) -> str:
    """The longest full form seen; "the" dropped unless it belongs to the name."""
    if type_ == "PERSON":
        forms = [" ".join(name_parts(m.text)) for m in mentions]
        return max(forms, key=lambda f: (len(f.split()), len(f)))
    forms = [m.text for m in mentions]
    stripped = [bare(f) for f in forms]
    # ('SANTA FE' of a dateline and 'Santa Fe' in the text: the name as the text writes it)
    best = max(stripped, key=lambda f: (len(f), not (f.isupper() and " " in f)))
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

"""Datelines: where a story was filed, opening its first paragraph ("BRASÍLIA — Japan and
Brazil signed …", "PORTLAND, Ore. — About 3,800 nurses …", "Kyiv — Russian forces …").

A dateline names no one who acts and no place where anything happened: events read past it.
Two shapes count: a wire dateline (capitals, or a name with an agency or a day, see
``report_content.wire_dateline_at``) opening any paragraph; and, in one of the first paragraphs
of the body, a capitalised place with an optional state (", Ore.", ", Oregon") and a dash
before a new sentence, when the place is one (typed a place, or given its state). Not a place
set off by dashes inside a sentence ("in Portland — where …"), nor an aside closed by a
second dash ("Portland — not Seattle — was chosen").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsgraph.extract.report_content import wire_dateline_at

# How many paragraphs of the body may open with a dateline in ordinary capitals (a caption
# or a standfirst may come first).
LEAD_PARAGRAPHS = 3
_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+"
LEAD_DATELINE = re.compile(
    rf"(?P<place>{_WORD}(?: {_WORD}){{0,2}})"
    r"(?P<state>, [A-Z][A-Za-z]{0,4}\.(?: ?[A-Z][a-z]?\.)?|, [A-Z][a-z]+(?: [A-Z][a-z]+)?)?"
    r" ?(?:—|–|--) +(?=[A-Z0-9“\"‘])"
)
_DASHES = ("—", "–", "--")


def dateline_spans(
    text: str, paragraphs: list[tuple[int, int]], is_place: Callable[[int, int], bool], *, lead: int = LEAD_PARAGRAPHS
) -> list[tuple[int, int]]:
    """(start, end) of each dateline, its dash included. ``paragraphs`` are the body's, in order;
    ``is_place(start, end)`` tells whether the words there name a place."""
    out: list[tuple[int, int]] = []
    for n, (start, end) in enumerate(paragraphs):
        story = wire_dateline_at(text, start)
        if story is not None and story <= end:
            out.append((start, story))
            continue
        if n >= lead:
            continue
        found = LEAD_DATELINE.match(text, start)
        if found is None or found.end() > end or _closes_an_aside(text, found.end(), end):
            continue
        if found["state"] or is_place(found.start("place"), found.end("place")):
            out.append((start, found.end()))
    return out


def _closes_an_aside(text: str, after: int, end: int) -> bool:
    """A second dash in the sentence after the first closes an aside the first opened."""
    stop = text.find(". ", after, end)
    sentence = text[after : stop if stop >= 0 else end]
    return any(dash in sentence for dash in _DASHES)

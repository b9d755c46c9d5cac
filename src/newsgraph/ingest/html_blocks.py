"""Paragraphs of an extracted body, and the text of an element as they are compared.

Shared by ``html`` (trafilatura's body -> blocks, cleaning, layout) and ``html_split`` (blocks
put back from a body split over several containers).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from lxml import etree

from newsgraph.ingest.html_captions import WHITESPACE


@dataclass(slots=True)
class Block:
    """One paragraph of the extracted body: "body" or "heading"."""

    kind: str
    text: str


def inline_text(element: etree._Element) -> str:
    """An element's text, runs of white space as one space; a line break (trafilatura's
    ``<lb/>``, the page's ``<br>``) stays one: 'Tour dates:<br>June 9 …<br>June 10 …' are
    lines, not 'Tour dates:June 9 … FLJune 10'."""
    parts: list[str] = []
    _collect_text(element, parts)
    lines = [WHITESPACE.sub(" ", line).strip() for line in "".join(parts).split(LINE_BREAK)]
    lines = [line for line in lines if line]
    if not lines:
        return ""
    text = lines[0]
    for before, line in pairwise(lines):
        text += ("\n" if _a_line_ends(before, line) else " ") + line
    return text


def _a_line_ends(before: str, after: str) -> bool:
    """A break between lines of a list or after a finished sentence, not one a page put inside a
    sentence ('Mayor Ann<br>Okafor said', 'This is our<br>livelihood')."""
    if before[-1:] in LINE_END_MARKS:
        return True
    short = len(before.split()) <= LIST_LINE_WORDS and len(after.split()) <= LIST_LINE_WORDS
    return short and (after[:1].isupper() or after[:1].isdigit())


# Marks that end a line of their own: a sentence's end, a colon before a list.
LINE_END_MARKS = frozenset(".:;!?”\"")
# Lines this short on both sides of a break are a list's ('June 9 -- Arena One, Tampa, FL').
LIST_LINE_WORDS = 8


# Stands for a line break while white space is collapsed (the private-use area: never in text).
LINE_BREAK = "\ue000"


def _collect_text(element: etree._Element, parts: list[str]) -> None:
    if element.text:
        parts.append(element.text)
    for child in element:
        if child.tag in ("lb", "br"):
            parts.append(LINE_BREAK)
        elif isinstance(child.tag, str):
            _collect_text(child, parts)
        if child.tail:
            parts.append(child.tail)


def fold(text: str) -> str:
    """Text as compared: white space collapsed, case folded."""
    return WHITESPACE.sub(" ", text).strip().casefold()


def word_count(blocks: list[Block]) -> int:
    return sum(len(b.text.split()) for b in blocks)

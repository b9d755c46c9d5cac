"""Paragraphs of an extracted body, and the text of an element as they are compared.

Shared by ``html`` (trafilatura's body -> blocks, cleaning, layout) and ``html_split`` (blocks
put back from a body split over several containers).
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from newsgraph.ingest.html_captions import WHITESPACE


@dataclass(slots=True)
class Block:
    """One paragraph of the extracted body: "body" or "heading"."""

    kind: str
    text: str


def inline_text(element: etree._Element) -> str:
    """An element's text on one line, runs of white space as one space."""
    return WHITESPACE.sub(" ", "".join(element.itertext())).strip()


def fold(text: str) -> str:
    """Text as compared: white space collapsed, case folded."""
    return WHITESPACE.sub(" ", text).strip().casefold()


def word_count(blocks: list[Block]) -> int:
    return sum(len(b.text.split()) for b in blocks)

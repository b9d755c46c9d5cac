"""Social posts quoted whole: a tweet's text signed '— Name (@handle) Month D, YYYY'.

A news page that embeds a tweet shows its text, then its signature: on the same line in much
scraped text ('… pic.twitter.com/x — Ann Cole (@anncole) May 2, 2024'), on the next line where
the page was read as HTML (``ingest.html_embeds`` lays it out so). The text is the author's
words, published on Twitter on the signature's date, with no quotation marks and no speech verb:
without this, the words are nobody's, or a quotation inside them lends them a stranger's name.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from newsgraph.extract import time_patterns as tp
from newsgraph.extract.quote_marks import paragraph_bounds

# A month's name or abbreviation, with its dot: the time reader's own pattern.
MONTH = rf"(?i:{tp.MONTH})"
# The clock time some copies put before the day ('9:12 AM - 9 May 2022'): not part of the date.
CLOCK = r"(?:\d{1,2}:\d{2}\s*[AaPp]\.?[Mm]\.?\s*[-–·]\s*)"
# The post's day: 'May 2, 2024', '9 May 2022', or cut short by some scrapers ('July ').
DAY = rf"(?:\d{{1,2}}\s+)?{MONTH}(?:\s+\d{{4}}|\s+\d{{1,2}}(?:,\s*\d{{4}})?)?"
# '— Ann Cole (@anncole) May 2, 2024': a dash, the display name, the handle in brackets, and the
# date (maybe followed by the scraper's closing tag). A name holds no spaced hyphen: in 'Polls
# close at 8 - get out and vote! -- Ann Cole (@anncole) …' the post's own dash is not the
# signature's, which is the last before the name. The date is required: a dash, a name and a
# handle alone also close a column signed by its writer ('— Lena Haas (@lenahaas)') or a photo
# credit ('Photo — Lena Haas (@lenahaas)'), which are nobody's post.
SIGNER = (
    r"(?:^|(?<=\s))(?:—|–|--?)\s*"
    r"(?P<name>[^\s()@—–<>-](?:(?!\s-)[^()@\n—–<>]){0,79}?)\s*"
    r"\(@(?P<handle>\w{1,15})\)"
)
SIGNATURE = re.compile(SIGNER + rf"\s*{CLOCK}?(?P<date>{DAY})[\s\d,]*+" + r"(?:</\w+>)?[.\s]*$")
# A signature inside a paragraph, its date whole ('April 7, 2022', '7 April 2022'), with more
# words after it: a scraper ran posts together ('… — Westmere Power (@westmerepower) April 7,
# 2022 Sandbags are free …'), and each signature closes the post before it.
INNER_SIGNATURE = re.compile(
    SIGNER + rf"\s*{CLOCK}?(?P<date>(?:\d{{1,2}}\s+)?{MONTH}\s+(?:\d{{1,2}},\s*)?\d{{4}})(?=\s+\S)"
)
# Links a post ends with: they are the post's attachments, not its words.
TRAILING_LINKS = re.compile(r"(?:\s*(?:pic\.twitter\.com/\S+|https?://\S+))+\s*$")
# Marks that led into a link the post ends with.
LEAD_IN_MARKS = frozenset(":—–-")
# A scraper's opening tag before the post's text ('<tweet author="…">').
OPENING_TAG = re.compile(r"\s*<\w+(?:\s[^<>]*)?>\s*")
# The display name's own words: an emoji or a badge before or after them is not part of the
# name ('— 🌻 Rosa Teller 🌊 (@rosateller)' is Rosa Teller's).
NAME_WORDS = re.compile(r"^[^\w]*(?P<words>[^\W\d_](?:.*[\w.)])?)", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Post:
    """Character offsets in the text: the post's words, its author's name, its date."""

    start: int
    end: int
    author: tuple[int, int]
    handle: str
    date: tuple[int, int]


def find_posts(text: str, paragraphs: list[tuple[int, int]] | None = None) -> list[Post]:
    """Every signed post: the words before a paragraph's closing signature (and before each
    signature inside it), or, when the signature is a paragraph of its own, the paragraph right
    before it."""
    paragraphs = paragraph_bounds(text) if paragraphs is None else paragraphs
    posts: list[Post] = []
    for k, (p_start, p_end) in enumerate(paragraphs):
        signature = SIGNATURE.search(text, p_start, p_end)
        if signature is None:
            continue
        for inner in INNER_SIGNATURE.finditer(text, p_start, signature.start()):
            post = _post(text, p_start, inner)
            if post is not None:
                posts.append(post)
            p_start = inner.end()
        author = _author(text, signature)
        if author is None:
            continue
        before = text[p_start : signature.start()]
        if before.strip():
            words = _post_words(text, p_start, signature.start())
        elif k > 0:
            words = _post_words(text, *paragraphs[k - 1])
        else:
            words = None
        if words is None:
            continue
        posts.append(Post(words[0], words[1], author, signature.group("handle"), signature.span("date")))
    return posts


def _post(text: str, start: int, signature: re.Match[str]) -> Post | None:
    """The post signed by ``signature``, its words from ``start`` on."""
    author, words = _author(text, signature), _post_words(text, start, signature.start())
    if author is None or words is None:
        return None
    return Post(words[0], words[1], author, signature.group("handle"), signature.span("date"))


def _author(text: str, signature: re.Match[str]) -> tuple[int, int] | None:
    start = signature.start("name")
    name = NAME_WORDS.match(text[start : signature.end("name")])
    return (start + name.start("words"), start + name.end("words")) if name else None


def _post_words(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The post's words within text[start:end]: no opening tag, no links at the end."""
    opening = OPENING_TAG.match(text, start, end)
    if opening is not None:
        start = opening.end()
    links = TRAILING_LINKS.search(text, start, end)
    if links is not None:
        end = links.start()
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or (links is not None and text[end - 1] in LEAD_IN_MARKS)):
        end -= 1  # ('… spent half a million dollars on it: https://t.co/x': the colon led to the link)
    return (start, end) if end > start else None


def paragraphs_taken(posts: Iterable[Post], paragraphs: list[tuple[int, int]], *, lead_ins: bool = False) -> set[int]:
    """Indices of the paragraphs signed posts take (their words and signatures), and with
    ``lead_ins`` the writer's line just before each post ('Reyes responded on Twitter:')."""
    starts = [a for a, _ in paragraphs]
    taken: set[int] = set()
    for post in posts:
        words, signature = bisect_right(starts, post.start) - 1, bisect_right(starts, post.author[0]) - 1
        taken |= {k for k in (words - 1 if lead_ins else words, words, signature) if k >= 0}
    return taken

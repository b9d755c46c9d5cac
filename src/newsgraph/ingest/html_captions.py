"""Captions and photo credits of an HTML page, kept out of the article body.

Caption, credit and byline elements are found by their markup (``html_xpaths`` holds the
markers); a credit inside a caption ("Crowds in Kyiv. Photo: Jane Roe/AP") is split off it.
Credits go to the Article's ``image_credits``, captions to "caption" regions after the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from newsgraph.ingest.html_xpaths import (
    BYLINE_ITEMPROPS,
    BYLINE_PATTERN,
    CAPTION_ITEMPROPS,
    CAPTION_PATTERN,
    CREDIT_ITEMPROPS,
    CREDIT_NEVER_TAGS,
    CREDIT_PATTERN,
    IMAGE_CLASS,
    IMAGE_NEIGHBOURHOOD,
    IMAGE_TAGS,
    MARKED_XPATH,
    UNMARKED_TAGS,
)
from newsgraph.ingest.patterns import BOILERPLATE_LINE

WHITESPACE = re.compile(r"\s+")
CREDIT_MAX_WORDS = 15
# A credit inside a caption: "Photo: Jane Roe/Agency", "(Photo by Jane Roe/Getty Images)",
# "Credit: Agency", or a trailing "REUTERS/Jane Roe" / "Jane Roe/AP".
# A capitalised word or initials ("K.", "H.W."); a word's final full stop ends a sentence.
CREDIT_WORD = r"(?:[A-Z]\.(?:[A-Z]\.)*|[A-Z][\w&'’-]*)"
_W = CREDIT_WORD
CAPTION_CREDIT = re.compile(
    rf"""(?:^|[\s(\[|])
        (?P<credit>
          (?i:(?:photo(?:graph)?s?|image|picture|pic|credit|foto|illustration|video)
              (?:\s+(?:by|courtesy(?:\s+of)?|credit))?\s*[:©]\s*[^()\[\]]+)
        | (?i:(?:photo(?:graph)?s?|image|picture)\s+(?:by|courtesy(?:\s+of)?)\s+[^()\[\]]+)
        | ©\s*[^()\[\]]+
        | {_W}(?:\ {_W}){{0,3}}(?:\s?[/|]\s?{_W}(?:\ {_W}){{0,3}})+(?:\ via\ [A-Z][\w ]+)?
        )
        [)\]]?\s*$""",
    re.VERBOSE,
)
# A site's own copyright notice, not a photo credit.
# ('Copyright Gannett 2018' names the owner before the year; '© 2019 Penske Media Corporation'
# is left with the year first once the © is cleaned off: no photographer's credit opens so.)
SITE_COPYRIGHT = re.compile(
    r"all rights reserved|copyright\s*(?:©|\(c\))?\s*(?:19|20)\d\d"
    r"|\b(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\b"
    r"|copyright\b.*\b(?:19|20)\d\d\b|^\W*(?:19|20)\d\d\s+(?-i:[A-Z])",
    re.IGNORECASE,
)
# A trailing "(AP)" or "(Jane Roe/Reuters)" ends many captions.
TRAILING_PAREN_CREDIT = re.compile(r"\((?P<credit>[A-Z][\w.&'’ /|-]{1,60})\)\s*$")
# A credit names someone: most of its words are capitalised.
CREDIT_MIN_CAPITALISED = 0.5
# Gallery furniture before a caption: "Image 1 of 9".
CAPTION_COUNTER = re.compile(r"^(?:image|photo|picture|slide)\s+\d+\s+(?:of|/)\s+\d+\s*", re.I)

@dataclass(slots=True)
class MarkedElements:
    """Caption, credit and byline elements of a page, in document order."""

    captions: list[etree._Element] = field(default_factory=list)
    credits: list[etree._Element] = field(default_factory=list)
    bylines: list[etree._Element] = field(default_factory=list)


@dataclass(slots=True)
class PageCaptions:
    """Caption texts (credits split off), the caption elements' own texts, and photo credits."""

    captions: list[str] = field(default_factory=list)
    caption_sources: list[str] = field(default_factory=list)  # caption element text as given
    credits: list[str] = field(default_factory=list)


def marked_elements(tree: etree._Element) -> MarkedElements:
    found = MarkedElements()
    for element in MARKED_XPATH(tree):
        if element.tag in UNMARKED_TAGS:
            continue
        names = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
        itemprop = element.get("itemprop")
        if element.tag == "figcaption" or itemprop in CAPTION_ITEMPROPS:
            found.captions.append(element)
        elif CAPTION_PATTERN.search(names):
            if near_image(element):
                found.captions.append(element)
        elif itemprop in CREDIT_ITEMPROPS or CREDIT_PATTERN.search(names):
            if element.tag not in CREDIT_NEVER_TAGS and near_image(element):
                found.credits.append(element)
        elif (element.get("rel") == "author" or itemprop in BYLINE_ITEMPROPS
              or BYLINE_PATTERN.search(names)) and not in_other_stories(element):
            found.bylines.append(element)
    return found


def in_other_stories(element: etree._Element) -> bool:
    """In (or itself) a navigation, a page footer or a list of other stories: a teaser's author
    ('Why drummers are underrated — Judy Smith') is not this article's."""
    for ancestor in (element, *element.iterancestors()):
        if not isinstance(ancestor.tag, str) or ancestor.tag in ("body", "html"):
            continue  # (a page's own classes say its layout: 'one-sidebar')
        if ancestor.tag == "nav" or (ancestor.tag == "footer" and not _inside_article(ancestor)):
            return True  # (an article's own footer is where HTML5 puts its byline)
        names = f"{ancestor.get('class') or ''} {ancestor.get('id') or ''}".split()
        if any(OTHER_STORIES_PATTERN.match(name) for name in names):
            return True
    return False


def _inside_article(element: etree._Element) -> bool:
    return any(a.tag == "article" for a in element.iterancestors() if isinstance(a.tag, str))


# How the class or id of a box of other stories begins: 'related', 'recommended', 'promo-…'
# (not 'content__header--no-promo': a name that only ends so describes something else).
OTHER_STORIES_PATTERN = re.compile(
    r"(?i)(?:related|recommend|promo|teaser|trending|popular|most-read|more-stories|"
    r"read-more|list-of-entities|outbrain|taboola)"
)


def read_captions(marked: MarkedElements) -> PageCaptions:
    """Captions and photo credits: figcaption, caption/credit classes, credits in captions."""
    found = PageCaptions()
    caption_elements = outermost(marked.captions)
    for element in caption_elements:
        raw = element_text(element)
        if not raw:
            continue
        found.caption_sources.append(raw)
        caption = raw
        for credit_element in _credits_within(element, marked.credits):
            credit = element_text(credit_element)
            if credit:
                _add_credit(found, clean_credit(credit))
                caption = caption.replace(credit, " ")
        caption, credit = split_caption_credit(WHITESPACE.sub(" ", caption).strip())
        if credit:
            _add_credit(found, credit)
        if caption:
            _add_caption(found, caption)
    inside_captions = set(caption_elements)
    for element in outermost(marked.credits):
        if inside_captions.intersection(element.iterancestors()):
            continue
        text = element_text(element)
        if not text:
            continue
        found.caption_sources.append(text)
        caption, credit = split_caption_credit(text)
        if credit and len(caption.split()) >= 3:  # a caption marked up as a credit
            _add_caption(found, caption)
            _add_credit(found, credit)
        elif len(text.split()) <= CREDIT_MAX_WORDS:
            _add_credit(found, clean_credit(text))
    return found


def _add_credit(found: PageCaptions, credit: str) -> None:
    words = credit.split()
    capitalised = sum(1 for w in words if not w[:1].islower())
    if words and capitalised >= CREDIT_MIN_CAPITALISED * len(words) and not SITE_COPYRIGHT.search(credit):
        _add(found.credits, credit)


def _add_caption(found: PageCaptions, caption: str) -> None:
    caption = _said_once(CAPTION_COUNTER.sub("", caption))
    if caption and not BOILERPLATE_LINE.match(caption) and not _not_a_caption(caption):
        _add(found.captions, caption)


def _said_once(caption: str) -> str:
    """'Boats at dawn. Boats at dawn.': a caption element holding the full and the shortened
    caption, the same words, gives them once."""
    half = len(caption) // 2
    first, second = caption[:half].strip(), caption[half:].strip()
    return first if first and first == second else caption


# A picture's caption is a sentence or a few; more is a page section marked like one.
CAPTION_MAX_WORDS = 150
# Structured data ('"datePublished":"2019-…"') and a teaser's age stamp ('… tiny fish 1 hour ago').
JSON_KEY = re.compile(r'"@?\w+"\s*:\s*["{\[\d]')
TEASER_AGE = re.compile(r"\b\d+\s+(?:minute|hour)s?\s+ago\s*$", re.I)


# ... or its date stamp with no word to join it to the sentence ('… early Sep 08, 2015', not
# '… in Kyiv on March 3, 2023').
TEASER_DATE = re.compile(
    r"(\S+)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\w*\.?\s+\d{1,2},\s+\d{4}\s*$"
)
DATE_JOINERS = frozenset({
    "on", "in", "since", "until", "of", "from", "by", "before", "after", "to", "and",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
})


def _not_a_caption(text: str) -> bool:
    """A menu, a script's data or a related-story teaser that a 'caption' class wrapped."""
    if len(text.split()) > CAPTION_MAX_WORDS or len(JSON_KEY.findall(text)) >= 2 or TEASER_AGE.search(text):
        return True
    dated = TEASER_DATE.search(text)
    return dated is not None and not dated.group(1).endswith(",") and dated.group(1).lower() not in DATE_JOINERS


def near_image(element: etree._Element) -> bool:
    """Inside a figure, or an image within a few levels up: a caption or credit of a picture."""
    node: etree._Element | None = element
    for _ in range(IMAGE_NEIGHBOURHOOD + 1):
        if node is None:
            return False
        names = f"{node.get('class') or ''} {node.get('id') or ''}".lower()
        if node.tag == "figure" or IMAGE_CLASS.search(names) or any(
            True for _ in node.iter(*IMAGE_TAGS)
        ):
            return True
        node = node.getparent()
    return False


def _credits_within(
    caption: etree._Element, credits: list[etree._Element]
) -> list[etree._Element]:
    return outermost([c for c in credits if any(a is caption for a in c.iterancestors())])


def split_caption_credit(caption: str) -> tuple[str, str | None]:
    """"Crowds in Kyiv. Photo: Jane Roe/AP" -> ("Crowds in Kyiv.", "Jane Roe/AP")."""
    match = CAPTION_CREDIT.search(caption) or TRAILING_PAREN_CREDIT.search(caption)
    if not match:
        return caption, None
    credit = clean_credit(match.group("credit"))
    rest = caption[: match.start("credit")].rstrip(" ([|-–—")
    return rest, credit or None


def clean_credit(credit: str) -> str:
    """"(Photo: Jane Roe/AP)" -> "Jane Roe/AP"."""
    credit = WHITESPACE.sub(" ", credit).strip(" ()[]|")
    credit = re.sub(
        r"^(?:(?:photo(?:graph)?s?|image|picture|pic|credit|foto|illustration|video)"
        r"(?:\s+(?:by|courtesy(?:\s+of)?|credit))?\s*[:©]?|©)\s*",
        "",
        credit,
        flags=re.IGNORECASE,
    )
    return credit.strip(" ()[]|.")


def outermost(elements: list[etree._Element]) -> list[etree._Element]:
    """Drop elements nested in one already kept (a caption's inner caption span)."""
    kept: list[etree._Element] = []
    seen: set[etree._Element] = set()
    for element in elements:
        if any(a in seen for a in element.iterancestors()):
            continue
        kept.append(element)
        seen.add(element)
    return kept


def element_text(element: etree._Element) -> str:
    parts = [t for t in element.itertext() if isinstance(t, str)]
    if element.tag in ("script", "style"):
        return ""
    return WHITESPACE.sub(" ", " ".join(parts)).strip()


def _add(items: list[str], value: str | None) -> None:
    if value and value not in items:
        items.append(value)


"""HTML pages -> Article.

The page is decoded (BOM, then its meta charset, then a guess), parsed once with lxml to check
it and to read what the page says of itself (JSON-LD, meta tags, captions, credits, bylines),
and its article body is found by trafilatura. The Article's ``text`` is laid out as plain text:

    Title

    First body paragraph.

    A section heading

    Next body paragraph.

    A photo caption (after the body, outside ``body_span``)

Captions, photo credits and bylines are kept out of the body: they go to the Article's metadata
(captions also to "caption" regions after the body, so their offsets exist).

Decoding and parsing are in ``html_decode``, the markup's own metadata in ``html_meta``,
captions and credits in ``html_captions``, selectors in ``html_xpaths``; this module
extracts and cleans the body and lays the Article out.

Body extraction: trafilatura with ``favor_precision`` keeps less boilerplate than its defaults
but, on a few layouts, loses the article and keeps only furniture. When the precise run kept
only a small share of what the default run found, the default run's text is taken instead.
A body split over several containers of one kind around ad rows is put back together
(``html_split``).
"""

from __future__ import annotations

import re
from itertools import pairwise

from lxml import etree

from newsgraph.errors import DocumentError
from newsgraph.ingest.html_blocks import Block, fold, inline_text, word_count
from newsgraph.ingest.html_captions import WHITESPACE, split_caption_credit
from newsgraph.ingest.html_decode import decode_html, parse_html
from newsgraph.ingest.html_meta import (
    AUTHOR_MAX_WORDS,
    PageMetadata,
    find_published_date,
    merge_extractor_metadata,
    read_page_metadata,
    split_authors,
)
from newsgraph.ingest.html_split import with_split_body, without_popups
from newsgraph.ingest.html_xpaths import MAX_NESTING
from newsgraph.ingest.patterns import BOILERPLATE_LINE, BYLINE_PREFIX, DATELINE_LABEL, is_promo
from newsgraph.model import Article, Region

# split_authors and split_caption_credit stay importable from here, as before html_meta and
# html_captions were split off
__all__ = ["Block", "read_html", "split_authors", "split_caption_credit"]

# When trafilatura's precise run keeps less than this share of the default run's words, it
# has most likely lost the article (kept only a notice or a share bar): take the default run.
PRECISE_MIN_SHARE = 0.15
# A precise run shorter than this many words is not trusted when the default run has more.
PRECISE_MIN_WORDS = 60
# Short leading or trailing lines that carry no article text.
DATE_ONLY_MAX_WORDS = 8


def read_html(
    data: str | bytes,
    *,
    source: str | None = None,
    url: str | None = None,
    language: str | None = None,
    max_depth: int = MAX_NESTING,
) -> Article:
    """Read one HTML page into an Article; any problem with the page is a DocumentError.

    ``max_depth`` refuses pages nested deeper (setting ``max_html_depth``).
    """
    page = decode_html(data, source)
    tree = parse_html(page, source, max_depth=max_depth)
    meta = read_page_metadata(tree)
    blocks, extracted = extract_body(without_popups(tree, page), source=source, url=url or meta.url)
    blocks = with_split_body(tree, blocks)
    if extracted is not None:
        merge_extractor_metadata(meta, extracted, tree)
    title = meta.title
    blocks = clean_blocks(blocks, title=title, meta=meta)
    if not any(b.kind == "body" for b in blocks):
        raise DocumentError(source, "no article text found")
    if meta.published is None:
        meta.published = find_published_date(tree, url or meta.url)
    article = layout_article(title, blocks, meta.captions)
    article.source = source
    article.url = url or meta.url
    article.authors = meta.authors
    article.published = meta.published
    article.published_source = "page" if meta.published else None
    article.image_credits = meta.credits
    article.language = language or meta.language
    article.input_kind = "html"
    return article


# --- body -----------------------------------------------------------------------------------


def extract_body(
    page: str, *, source: str | None, url: str | None
) -> tuple[list[Block], object | None]:
    """Body blocks by trafilatura and its metadata: the precise run, with the default run kept
    as a fallback when the precise one lost the article and as the source of sentences it
    dropped between two kept paragraphs (both runs always run)."""
    import trafilatura

    common = {"url": url, "include_comments": False, "include_tables": True}
    try:
        precise = trafilatura.bare_extraction(
            page, favor_precision=True, with_metadata=True, **common
        )
        blocks = body_blocks(getattr(precise, "body", None))
        words = word_count(blocks)
        default = trafilatura.bare_extraction(page, **common)
        default_blocks = body_blocks(getattr(default, "body", None))
        precise_lost_it = words < PRECISE_MIN_WORDS and word_count(default_blocks) * PRECISE_MIN_SHARE > words
        if precise_lost_it or not blocks:
            blocks = default_blocks
        blocks = with_sentences_dropped_inside(blocks, default_blocks)
    except (RecursionError, MemoryError) as exc:
        raise DocumentError(source, f"page too complex to extract ({type(exc).__name__})") from exc
    except Exception as exc:  # trafilatura raises ValueError and others on pages it rejects
        raise DocumentError(source, f"article extraction failed ({type(exc).__name__}: {exc})") from exc
    return blocks, precise


def with_sentences_dropped_inside(kept: list[Block], fuller: list[Block]) -> list[Block]:
    """The precise run's paragraphs, with the sentences between two of them that only the default
    run kept put back in their place.

    Precision drops a paragraph for its links ('The finding was announced in an article published
    Monday in the <a>journal Starlight</a>.'), though it sits inside the article: a paragraph of
    the default run between two the precise run kept, written as a sentence (a few words, ending
    in a full stop or a closing quotation mark) and no promotion, is the article's."""
    kept_texts = [fold(b.text) for b in kept]
    position = {text: i for i, text in reversed(list(enumerate(kept_texts)))}
    anchors = [(j, position[fold(b.text)]) for j, b in enumerate(fuller) if fold(b.text) in position]
    if len(anchors) < 2:
        return kept
    inserts: dict[int, list[Block]] = {}
    for (j0, i0), (j1, i1) in pairwise(anchors):
        if i1 != i0 + 1:
            continue  # (the runs disagree on the order here: nothing is put back)
        between = [b for b in fuller[j0 + 1 : j1] if _a_dropped_sentence(b)]
        if between and len(between) == j1 - j0 - 1:
            inserts[i0] = between
    if not inserts:
        return kept
    out: list[Block] = []
    for i, block in enumerate(kept):
        out.append(block)
        out += inserts.get(i, [])
    return out


# A paragraph put back from the default run has at least this many words.
DROPPED_SENTENCE_MIN_WORDS = 6


def _a_dropped_sentence(block: Block) -> bool:
    text = block.text.strip()
    opens = text[:1].isupper() or text[:1] in "“\""
    return (
        block.kind == "body"
        and len(text.split()) >= DROPPED_SENTENCE_MIN_WORDS
        and opens
        and text[-1:] in SENTENCE_END_MARKS
        and not is_promo(text)
        and not BOILERPLATE_LINE.match(text)
    )


# How a paragraph that is a sentence ends.
SENTENCE_END_MARKS = frozenset(".!?”\"")


def body_blocks(body: etree._Element | None) -> list[Block]:
    """trafilatura's XML body -> paragraphs: head -> heading; p, item, row, quote -> body."""
    if body is None:
        return []
    blocks: list[Block] = []
    for element in body:
        blocks += _element_blocks(element)
        # Text set loose between a page's paragraphs ('</p>“It is …,” he said.<p>') comes as
        # the tail of the paragraph before it: a paragraph of its own
        blocks += _loose_text(element.tail)
    return [b for b in blocks if b.text]


def _element_blocks(element: etree._Element) -> list[Block]:
    tag = element.tag
    if tag == "head":
        return [Block("heading", inline_text(element))]
    if tag == "list":
        return [Block("body", inline_text(item)) for item in element.iter("item")]
    if tag == "table":
        return [b for row in element.iter("row") for b in _row_blocks(row)]
    if tag in ("quote", "div", "section") and len(element):
        return _nested_blocks(element, with_tails=False)
    return [Block("body", inline_text(element))]


def _nested_blocks(element: etree._Element, *, with_tails: bool) -> list[Block]:
    """An element's own text, then its children's blocks (and the text after each child)."""
    blocks = _loose_text(element.text)
    for child in element:
        blocks += _element_blocks(child)
        if with_tails:
            blocks += _loose_text(child.tail)
    return blocks


def _loose_text(text: str | None) -> list[Block]:
    return [Block("body", WHITESPACE.sub(" ", text).strip())] if text and text.strip() else []


def _row_blocks(row: etree._Element) -> list[Block]:
    """A data row is one line of cells; a layout table's cell holding paragraphs (old sites
    set the whole article in one) gives those paragraphs, not one run-on line."""
    cells = list(row.iter("cell"))
    holding = [cell for cell in cells if any(child.tag in BLOCK_TAGS for child in cell)]
    if holding and sum(len(inline_text(cell).split()) for cell in holding) >= LAYOUT_CELL_WORDS:
        # (the layout's other cells are its menus and rails: 'Home')
        return [b for cell in holding for b in _nested_blocks(cell, with_tails=True)]
    texts = [inline_text(cell) for cell in cells]
    return [Block("body", " | ".join(t for t in texts if t))]


# A cell holding paragraphs of this many words is a layout's column, not a table's datum.
LAYOUT_CELL_WORDS = 40
# trafilatura's elements that are paragraphs of their own.
BLOCK_TAGS = frozenset({"p", "head", "list", "quote", "table", "div", "section"})


def clean_blocks(blocks: list[Block], *, title: str | None, meta: PageMetadata) -> list[Block]:
    """Drop what is not body: the title again, captions, credits, bylines, date lines."""
    captions = {fold(t) for t in (*meta.captions, *meta.caption_sources, *meta.credits)}
    authors = {fold(a) for a in meta.authors}
    kept: list[Block] = []
    for index, block in enumerate(blocks):
        folded = fold(block.text)
        if index < 3 and title and folded == fold(title):
            continue
        if folded in captions or _is_credit_line(block.text):
            continue
        if _is_byline(block.text, authors) or _is_date_line(block.text) or is_promo(block.text):
            continue
        if _is_furniture_word(block.text) or _is_contact_line(block.text):
            continue
        kept.append(block)
    while kept and kept[-1].kind == "heading":  # a heading with nothing under it
        kept.pop()
    return kept


def _is_credit_line(text: str) -> bool:
    """A paragraph that is nothing but a photo credit: "Photo: Jane Roe/AP"."""
    if len(text.split()) > 10:
        return False
    caption, credit = split_caption_credit(text)
    return bool(credit) and not caption.strip()


def _is_furniture_word(text: str) -> bool:
    """A line of a word or three that is page furniture: 'Comments', 'Advertisement', 'Share'.
    (Longer lines opening so can be the article's: 'Sign up for an account for $12 a month'.)"""
    return len(text.split()) <= FURNITURE_MAX_WORDS and BOILERPLATE_LINE.match(text.strip()) is not None


# Furniture lines dropped from a body are this short.
FURNITURE_MAX_WORDS = 3


def _is_contact_line(text: str) -> bool:
    """A line that is only the writer's address: 'jane.roe@gazette.example',
    'twitter.com/janeroe' (signed off below the article; no sentence of it)."""
    return CONTACT_LINE.fullmatch(text.strip()) is not None


# An e-mail address, or a bare web address or social handle, alone on its line.
CONTACT_LINE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/[\w./-]*|@\w+")


def _is_byline(text: str, authors: set[str]) -> bool:
    words = text.split()
    if len(words) > 3 * AUTHOR_MAX_WORDS:
        return False
    if fold(text) in authors:
        return True
    if _is_dated_byline(text, authors):
        return True
    if not BYLINE_PREFIX.match(text):
        return False
    names = {fold(n) for n in split_authors(text)}
    return bool(names) and (not authors or bool(names & authors) or len(words) <= 8)


def _is_dated_byline(text: str, authors: set[str]) -> bool:
    """'5:45 AM PST 11/19/2019 by Jane Roe': a time or date, then 'by' and the page's author."""
    when, by, name = text.rpartition(" by ")
    if not by or not authors or len(when.split()) > DATE_ONLY_MAX_WORDS or not re.search(r"\d", when):
        return False
    return bool({fold(n) for n in split_authors(name)} & authors)


def _is_date_line(text: str) -> bool:
    """"Updated: March 3, 2021 10:03 AM" and like furniture; a bare label too."""
    if BOILERPLATE_LINE.match(text) and len(text.split()) <= 3:
        return DATELINE_LABEL.match(text) is not None
    return (
        DATELINE_LABEL.match(text) is not None
        and len(text.split()) <= DATE_ONLY_MAX_WORDS
        and bool(re.search(r"\d", text))
    )


# --- layout ----------------------------------------------------------------------------------


def layout_article(title: str | None, blocks: list[Block], captions: list[str]) -> Article:
    """Title, blank line, body paragraphs and headings, then captions, with their regions."""
    parts: list[str] = []
    regions: list[Region] = []
    offset = 0

    def put(kind: str, text: str) -> None:
        nonlocal offset
        if parts:
            parts.append("\n\n")
            offset += 2
        parts.append(text)
        regions.append(Region(kind, offset, offset + len(text)))
        offset += len(text)

    if title:
        put("title", WHITESPACE.sub(" ", title).strip())
    for block in blocks:
        put(block.kind, block.text)
    body = [r for r in regions if r.kind in ("body", "heading")]
    for caption in captions:
        put("caption", caption)
    text = "".join(parts)
    article = Article(text=text, body_span=(body[0].start, body[-1].end), regions=regions)
    article.title = WHITESPACE.sub(" ", title).strip() if title else None
    article.captions = list(captions)
    article.section_headings = [b.text for b in blocks if b.kind == "heading"]
    return article

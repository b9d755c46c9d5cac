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

Body extraction: trafilatura with ``favor_precision`` keeps less boilerplate than its defaults
but, on a few layouts, loses the article and keeps only furniture. When the precise run kept
only a small share of what the default run found, the default run's text is taken instead.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from lxml import etree
from lxml import html as lxml_html

from newsgraph.errors import DocumentError
from newsgraph.ingest.decode import bom_encoding, decode_bytes, looks_binary, parse_date
from newsgraph.ingest.patterns import BOILERPLATE_LINE, BYLINE_PREFIX, DATELINE_LABEL
from newsgraph.model import Article, Region

# libxml2 stops nesting at 256 levels and silently flattens the rest; a page this deep is
# either broken or hostile, and what trafilatura would make of it is not the page.
MAX_NESTING = 250
# Where a page declares its charset: the spec says the first 1024 bytes; allow for long heads.
CHARSET_SCAN_BYTES = 8192
META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
# Labels that browsers read as Windows-1252 (WHATWG encoding standard).
CP1252_ALIASES = frozenset({"iso8859-1", "iso-8859-1", "latin-1", "latin1", "l1", "ascii",
                            "us-ascii", "iso_8859-1", "windows-1252", "cp1252", "latin_1"})
# <html lang="en-GB"> and <meta http-equiv="content-language" content="fr">: the language part.
HTML_LANG = re.compile(
    rb"""(?:<html[^>]*?\blang|content-language["'][^>]*?content)\s*=\s*["']?([A-Za-z]{2,3})""",
    re.IGNORECASE,
)
# Languages whose single-byte pages are Windows-1252.
WESTERN_LANGUAGES = frozenset({"en", "fr", "de", "es", "it", "pt", "nl", "da", "sv", "no", "nb",
                               "nn", "fi", "is", "ga", "ca", "eu", "gl", "af", "id", "ms", "sw"})
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
# Control characters lxml will not take in a str (everything below space but tab/newlines).
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
HAS_MARKUP = re.compile(r"<(?:[A-Za-z][A-Za-z0-9-]*|!doctype|!--)", re.IGNORECASE)

# When trafilatura's precise run keeps less than this share of the default run's words, it
# has most likely lost the article (kept only a notice or a share bar): take the default run.
PRECISE_MIN_SHARE = 0.15
# A precise run shorter than this many words is not trusted when the default run has more.
PRECISE_MIN_WORDS = 60

# schema.org types whose JSON-LD describes the article itself.
ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "backgroundnewsarticle", "reviewnewsarticle", "blogposting", "liveblogposting",
    "socialmediaposting", "webpage", "scholarlyarticle", "techarticle", "report",
})
# Meta tags, in order of trust, for each field.
META_AUTHOR = ("author", "article:author", "byl", "dc.creator", "dcterms.creator",
               "sailthru.author", "parsely-author", "cxenseparse:author", "twitter:creator")
META_PUBLISHED = ("article:published_time", "og:article:published_time", "datepublished",
                  "publishdate", "publish-date", "pubdate", "dc.date.issued", "dcterms.issued",
                  "dc.date", "sailthru.date", "parsely-pub-date", "date", "og:published_time")
META_TITLE = ("og:title", "twitter:title", "dc.title", "parsely-title", "sailthru.title")
META_URL = ("og:url", "twitter:url", "parsely-link")
# Class or id fragments that mark a caption, a photo credit or a byline element.
CAPTION_MARKERS = ("caption",)
CREDIT_MARKERS_CSS = ("credit", "copyright", "photographer", "image-source", "imagesource",
                      "photo-source", "media-source")
BYLINE_MARKERS = ("byline", "by-line", "author-name", "authorname", "article-author",
                  "story-author", "contributor")
# Whole-page containers are never a credit even if a class says "copyright".
CREDIT_NEVER_TAGS = frozenset({"html", "body", "article", "main", "footer", "header", "nav"})
CREDIT_MAX_WORDS = 15


# Elements that may be a caption, credit or byline: tested in Python with one regex each,
# after one XPath in C picks the few elements that carry such attributes at all.
MARKED_XPATH = etree.XPath("//*[@class or @id or @itemprop or @rel] | //figcaption")
# Deeper than MAX_NESTING: one fixed path, walked in C.
TOO_DEEP_XPATH = etree.XPath("boolean(/" + "/".join(["*"] * MAX_NESTING) + ")")


def _marker_pattern(markers: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(m) for m in markers))


CAPTION_PATTERN = _marker_pattern(CAPTION_MARKERS)
CREDIT_PATTERN = _marker_pattern(CREDIT_MARKERS_CSS)
BYLINE_PATTERN = _marker_pattern(BYLINE_MARKERS)
CAPTION_ITEMPROPS = frozenset({"caption"})
CREDIT_ITEMPROPS = frozenset({"copyrightHolder", "creditText"})
BYLINE_ITEMPROPS = frozenset({"author"})


@dataclass(slots=True)
class MarkedElements:
    """Caption, credit and byline elements of a page, in document order."""

    captions: list[etree._Element] = field(default_factory=list)
    credits: list[etree._Element] = field(default_factory=list)
    bylines: list[etree._Element] = field(default_factory=list)


def marked_elements(tree: etree._Element) -> MarkedElements:
    found = MarkedElements()
    for element in MARKED_XPATH(tree):
        if element.tag in ("script", "style", "meta", "link", "noscript"):
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
              or BYLINE_PATTERN.search(names)):
            found.bylines.append(element)
    return found


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
SITE_COPYRIGHT = re.compile(
    r"all rights reserved|copyright\s*(?:©|\(c\))?\s*(?:19|20)\d\d"
    r"|\b(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\b",
    re.IGNORECASE,
)
# How far up from a caption or credit element an image may sit for it to belong to it.
IMAGE_NEIGHBOURHOOD = 3
IMAGE_TAGS = ("img", "picture", "figure", "video")
# Class or id fragments of picture containers (lazy-loaded images have no <img> yet).
IMAGE_CLASS = re.compile(r"image|img|photo|picture|figure|media|gallery|slide")
# A trailing "(AP)" or "(Jane Roe/Reuters)" ends many captions.
TRAILING_PAREN_CREDIT = re.compile(r"\((?P<credit>[A-Z][\w.&'’ /|-]{1,60})\)\s*$")
# A credit names someone: most of its words are capitalised.
CREDIT_MIN_CAPITALISED = 0.5
# Byline splitting: "A and B", "A, B & C", "A; B".
AUTHOR_SEPARATORS = re.compile(r"\s*(?:;|,|&|\band\b|\||(?<=[a-z]{2})\.\s)\s*", re.IGNORECASE)
# Words after which a byline stops naming people: "Jane Roe, Reuters" keeps Jane Roe.
NOT_A_NAME = re.compile(
    r"^(?:staff|staff writer|reporter|correspondent|editor|contributor|news|newsroom|the)$"
    r"|@|https?:|www\.|\d",
    re.IGNORECASE,
)
AUTHOR_MAX_WORDS = 5
# A byline's job title rather than a name: "AP Sports Writer", "Staff Reporter".
AUTHOR_ROLE = re.compile(
    r"\b(?:writer|reporter|correspondent|editor|staff|contributor|columnist)s?$", re.IGNORECASE
)
# Gallery furniture before a caption: "Image 1 of 9".
CAPTION_COUNTER = re.compile(r"^(?:image|photo|picture|slide)\s+\d+\s+(?:of|/)\s+\d+\s*", re.I)
# Publication dates outside this range are placeholders ("0001-01-01") or typos.
EARLIEST_YEAR = 1990
WHITESPACE = re.compile(r"\s+")
# Short leading or trailing lines that carry no article text.
DATE_ONLY_MAX_WORDS = 8


@dataclass(slots=True)
class PageMetadata:
    """What the page's markup says about the article, before any body extraction."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    byline_texts: list[str] = field(default_factory=list)
    published: date | None = None
    url: str | None = None
    captions: list[str] = field(default_factory=list)
    caption_sources: list[str] = field(default_factory=list)  # caption element text as given
    credits: list[str] = field(default_factory=list)
    language: str | None = None


@dataclass(slots=True)
class Block:
    """One paragraph of the extracted body: "body" or "heading"."""

    kind: str
    text: str


def read_html(
    data: str | bytes,
    *,
    source: str | None = None,
    url: str | None = None,
    language: str | None = None,
) -> Article:
    """Read one HTML page into an Article; any problem with the page is a DocumentError."""
    page = decode_html(data, source)
    tree = parse_html(page, source)
    meta = read_page_metadata(tree)
    blocks, extracted = extract_body(page, source=source, url=url or meta.url)
    if extracted is not None:
        _merge_extractor_metadata(meta, extracted)
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
    article.language = language or None
    article.input_kind = "html"
    return article


# --- decoding and parsing ------------------------------------------------------------------


def decode_html(data: str | bytes, source: str | None) -> str:
    """The page as text: BOM, else the page's own charset, else UTF-8 or the best guess."""
    if isinstance(data, str):
        text = data
    else:
        if not data.strip():
            raise DocumentError(source, "empty document")
        if looks_binary(data):
            raise DocumentError(source, "binary data, not HTML")
        text = _decode_html_bytes(data, source)
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise DocumentError(source, "empty document")
    controls = len(CONTROL_CHARS.findall(text[:8192]))
    if controls > 0.1 * min(len(text), 8192):
        raise DocumentError(source, "binary data, not HTML")
    if not HAS_MARKUP.search(text[:100_000]):
        raise DocumentError(source, "not HTML: no markup found")
    return CONTROL_CHARS.sub("", text)


def _decode_html_bytes(data: bytes, source: str | None) -> str:
    if bom_encoding(data):
        return decode_bytes(data, source)
    declared = declared_charset(data)
    if declared:
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass  # a page that lies about its charset: guess instead
    if _declares_western_language(data):
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            # Few non-ASCII bytes leave a guesser torn between code pages; a page in a Western
            # language with no charset is Windows-1252, as browsers read it.
            return data.decode("cp1252", errors="replace")
    return decode_bytes(data, source)


def _declares_western_language(data: bytes) -> bool:
    match = HTML_LANG.search(data[:CHARSET_SCAN_BYTES])
    return bool(match) and match.group(1).decode("ascii", "ignore").lower() in WESTERN_LANGUAGES


def declared_charset(data: bytes) -> str | None:
    """The charset a ``<meta>`` tag declares, as a Python codec name, if it is a known one."""
    match = META_CHARSET.search(data[:CHARSET_SCAN_BYTES])
    if not match:
        return None
    label = match.group(1).decode("ascii", "ignore").strip().lower()
    if label in CP1252_ALIASES:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def parse_html(page: str, source: str | None) -> etree._Element:
    """Parse with lxml; refuse pages nested deeper than MAX_NESTING."""
    page = XML_DECLARATION.sub("", page, count=1)
    try:
        tree = lxml_html.document_fromstring(page)
    except (etree.ParserError, ValueError) as exc:
        raise DocumentError(source, f"not parseable as HTML: {exc}") from exc
    if TOO_DEEP_XPATH(tree):
        raise DocumentError(source, f"HTML nested more than {MAX_NESTING} levels deep")
    return tree


# --- page metadata ---------------------------------------------------------------------------


def read_page_metadata(tree: etree._Element) -> PageMetadata:
    meta = PageMetadata()
    tags = meta_tags(tree)
    ld = article_json_ld(tree)
    meta.title = _first_text(ld.get("headline"), *(tags.get(k) for k in META_TITLE))
    meta.authors = _first_nonempty(
        json_ld_authors(ld), *(split_authors(tags.get(k, "")) for k in META_AUTHOR)
    )
    marked = marked_elements(tree)
    meta.byline_texts = byline_texts(marked.bylines)
    if not meta.authors:
        meta.authors = _first_nonempty(*(split_authors(t) for t in meta.byline_texts))
    meta.published = _first_date(
        ld.get("datePublished"), ld.get("dateCreated"), *(tags.get(k) for k in META_PUBLISHED)
    )
    meta.url = _first_url(canonical_url(tree), ld.get("url"), *(tags.get(k) for k in META_URL))
    read_captions(marked, meta)
    return meta


def meta_tags(tree: etree._Element) -> dict[str, str]:
    """``<meta>`` name/property/itemprop -> content, lower-cased keys, first one wins."""
    found: dict[str, str] = {}
    for element in tree.iter("meta"):
        content = element.get("content")
        if not content or not content.strip():
            continue
        for attr in ("property", "name", "itemprop"):
            key = (element.get(attr) or "").strip().lower()
            if key and key not in found:
                found[key] = content.strip()
    return found


def article_json_ld(tree: etree._Element) -> dict:
    """The JSON-LD object that describes the article (merged across scripts, first wins)."""
    merged: dict = {}
    for script in tree.xpath('//script[contains(translate(@type, "LDJSON", "ldjson"), "ld+json")]'):
        for obj in _json_ld_objects(script.text or ""):
            types = obj.get("@type")
            names = {t.lower() for t in (types if isinstance(types, list) else [types]) if isinstance(t, str)}
            if names & ARTICLE_TYPES or "datePublished" in obj or "headline" in obj:
                for key, value in obj.items():
                    merged.setdefault(key, value)
    return merged


def _json_ld_objects(raw: str) -> Iterator[dict]:
    try:
        data = json.loads(raw.strip().rstrip(";"), strict=False)
    except ValueError:
        return
    stack = [data]
    while stack:
        item = stack.pop(0)
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            yield item
            if isinstance(item.get("@graph"), list):
                stack.extend(item["@graph"])


def json_ld_authors(ld: dict) -> list[str]:
    value = ld.get("author") or ld.get("creator")
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str):
            names += [n for n in split_authors(name) if n not in names]
    return names


def split_authors(text: str) -> list[str]:
    """"By Jane Roe and John Doe, Reuters" -> ["Jane Roe", "John Doe", "Reuters"]."""
    text = WHITESPACE.sub(" ", text or "").strip()
    text = BYLINE_PREFIX.sub("", text)
    names: list[str] = []
    for part in AUTHOR_SEPARATORS.split(text):
        part = part.strip(" .:-–—")
        if not part or NOT_A_NAME.search(part) or AUTHOR_ROLE.search(part):
            continue
        if len(part.split()) > AUTHOR_MAX_WORDS:
            continue
        if part[0].isupper() and part not in names:
            names.append(part)
    return names


def byline_texts(elements: list[etree._Element]) -> list[str]:
    """Text of byline elements: rel=author links, itemprop=author, class/id like "byline"."""
    found: list[str] = []
    for element in _outermost(elements):
        text = element_text(element)
        if text and len(text.split()) <= 3 * AUTHOR_MAX_WORDS and text not in found:
            found.append(text)
    return found


def canonical_url(tree: etree._Element) -> str | None:
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            return link.get("href").strip()
    return None


def read_captions(marked: MarkedElements, meta: PageMetadata) -> None:
    """Captions and photo credits: figcaption, caption/credit classes, credits in captions."""
    caption_elements = _outermost(marked.captions)
    for element in caption_elements:
        raw = element_text(element)
        if not raw:
            continue
        meta.caption_sources.append(raw)
        caption = raw
        for credit_element in _credits_within(element, marked.credits):
            credit = element_text(credit_element)
            if credit:
                _add_credit(meta, clean_credit(credit))
                caption = caption.replace(credit, " ")
        caption, credit = split_caption_credit(WHITESPACE.sub(" ", caption).strip())
        if credit:
            _add_credit(meta, credit)
        if caption:
            _add_caption(meta, caption)
    inside_captions = set(caption_elements)
    for element in _outermost(marked.credits):
        if inside_captions.intersection(element.iterancestors()):
            continue
        text = element_text(element)
        if not text:
            continue
        meta.caption_sources.append(text)
        caption, credit = split_caption_credit(text)
        if credit and len(caption.split()) >= 3:  # a caption marked up as a credit
            _add_caption(meta, caption)
            _add_credit(meta, credit)
        elif len(text.split()) <= CREDIT_MAX_WORDS:
            _add_credit(meta, clean_credit(text))


def _add_credit(meta: PageMetadata, credit: str) -> None:
    words = credit.split()
    capitalised = sum(1 for w in words if not w[:1].islower())
    if words and capitalised >= CREDIT_MIN_CAPITALISED * len(words) and not SITE_COPYRIGHT.search(credit):
        _add(meta.credits, credit)


def _add_caption(meta: PageMetadata, caption: str) -> None:
    caption = CAPTION_COUNTER.sub("", caption)
    if caption and not BOILERPLATE_LINE.match(caption):
        _add(meta.captions, caption)


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
    return _outermost([c for c in credits if any(a is caption for a in c.iterancestors())])


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


def _outermost(elements: list[etree._Element]) -> list[etree._Element]:
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


def find_published_date(tree: etree._Element, url: str | None) -> date | None:
    """htmldate's reading of the page, preferring the original publication date."""
    from htmldate import find_date

    try:
        found = find_date(tree, url=url, original_date=True, extensive_search=True,
                          outputformat="%Y-%m-%d", max_date=date.today().isoformat())
    except Exception:  # htmldate on odd markup: a missing date, not a failed document
        return None
    return plausible_date(found) if found else None


def _merge_extractor_metadata(meta: PageMetadata, extracted: object) -> None:
    """Fill what the markup did not say from trafilatura's own metadata reading."""
    title = getattr(extracted, "title", None)
    if not meta.title and isinstance(title, str) and title.strip():
        meta.title = title.strip()
    author = getattr(extracted, "author", None)
    if not meta.authors and isinstance(author, str):
        meta.authors = split_authors(author)
    found = getattr(extracted, "date", None)
    if meta.published is None and found:
        meta.published = plausible_date(found)
    url = getattr(extracted, "url", None)
    if not meta.url and isinstance(url, str) and url.startswith("http"):
        meta.url = url


# --- body -----------------------------------------------------------------------------------


def extract_body(
    page: str, *, source: str | None, url: str | None
) -> tuple[list[Block], object | None]:
    """Body blocks by trafilatura (precise run, default run as a fallback) and its metadata."""
    import trafilatura

    common = {"url": url, "include_comments": False, "include_tables": True}
    try:
        precise = trafilatura.bare_extraction(
            page, favor_precision=True, with_metadata=True, **common
        )
        blocks = body_blocks(getattr(precise, "body", None))
        words = _word_count(blocks)
        if words < PRECISE_MIN_WORDS or not blocks:
            default = trafilatura.bare_extraction(page, **common)
            default_blocks = body_blocks(getattr(default, "body", None))
            if _word_count(default_blocks) * PRECISE_MIN_SHARE > words or not blocks:
                blocks = default_blocks
    except (RecursionError, MemoryError) as exc:
        raise DocumentError(source, f"page too complex to extract ({type(exc).__name__})") from exc
    except Exception as exc:  # trafilatura raises ValueError and others on pages it rejects
        raise DocumentError(source, f"article extraction failed ({type(exc).__name__}: {exc})") from exc
    return blocks, precise


def body_blocks(body: etree._Element | None) -> list[Block]:
    """trafilatura's XML body -> paragraphs: head -> heading; p, item, row, quote -> body."""
    if body is None:
        return []
    blocks: list[Block] = []
    for element in body:
        blocks += _element_blocks(element)
    return [b for b in blocks if b.text]


def _element_blocks(element: etree._Element) -> list[Block]:
    tag = element.tag
    if tag == "head":
        return [Block("heading", _inline_text(element))]
    if tag == "list":
        return [Block("body", _inline_text(item)) for item in element.iter("item")]
    if tag == "table":
        return [_row_block(row) for row in element.iter("row")]
    if tag in ("quote", "div", "section") and len(element):
        nested = [b for child in element for b in _element_blocks(child)]
        if element.text and element.text.strip():
            nested.insert(0, Block("body", WHITESPACE.sub(" ", element.text).strip()))
        return nested
    return [Block("body", _inline_text(element))]


def _row_block(row: etree._Element) -> Block:
    cells = [_inline_text(cell) for cell in row.iter("cell")]
    return Block("body", " | ".join(c for c in cells if c))


def _inline_text(element: etree._Element) -> str:
    return WHITESPACE.sub(" ", "".join(element.itertext())).strip()


def _word_count(blocks: list[Block]) -> int:
    return sum(len(b.text.split()) for b in blocks)


def clean_blocks(blocks: list[Block], *, title: str | None, meta: PageMetadata) -> list[Block]:
    """Drop what is not body: the title again, captions, credits, bylines, date lines."""
    captions = {_fold(t) for t in (*meta.captions, *meta.caption_sources, *meta.credits)}
    authors = {_fold(a) for a in meta.authors}
    kept: list[Block] = []
    for index, block in enumerate(blocks):
        folded = _fold(block.text)
        if index < 3 and title and folded == _fold(title):
            continue
        if folded in captions or _is_credit_line(block.text):
            continue
        if _is_byline(block.text, authors) or _is_date_line(block.text):
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


def _is_byline(text: str, authors: set[str]) -> bool:
    words = text.split()
    if len(words) > 3 * AUTHOR_MAX_WORDS:
        return False
    if _fold(text) in authors:
        return True
    if not BYLINE_PREFIX.match(text):
        return False
    names = {_fold(n) for n in split_authors(text)}
    return bool(names) and (not authors or bool(names & authors) or len(words) <= 8)


def _is_date_line(text: str) -> bool:
    """"Updated: March 3, 2021 10:03 AM" and like furniture; a bare label too."""
    if BOILERPLATE_LINE.match(text) and len(text.split()) <= 3:
        return DATELINE_LABEL.match(text) is not None
    return (
        DATELINE_LABEL.match(text) is not None
        and len(text.split()) <= DATE_ONLY_MAX_WORDS
        and bool(re.search(r"\d", text))
    )


def _fold(text: str) -> str:
    return WHITESPACE.sub(" ", text).strip().casefold()


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


# --- small helpers ---------------------------------------------------------------------------


def _add(items: list[str], value: str | None) -> None:
    if value and value not in items:
        items.append(value)


def _first_text(*values: object) -> str | None:
    for value in values:
        if isinstance(value, str) and value.strip():
            return WHITESPACE.sub(" ", value).strip()
    return None


def _first_nonempty(*lists: list[str]) -> list[str]:
    return next((list(items) for items in lists if items), [])


def _first_date(*values: object) -> date | None:
    for value in values:
        found = plausible_date(value)
        if found:
            return found
    return None


def plausible_date(value: object) -> date | None:
    """A publication date, or None for placeholders like 0001-01-01 and future dates."""
    found = parse_date(value)
    if found is None or found.year < EARLIEST_YEAR or found > date.today():
        return None
    return found


def _first_url(*values: object) -> str | None:
    for value in values:
        if isinstance(value, dict):
            value = value.get("@id") or value.get("url")
        if isinstance(value, str) and value.strip().startswith(("http://", "https://")):
            return value.strip()
    return None

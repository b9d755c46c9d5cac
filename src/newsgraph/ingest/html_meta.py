"""What an HTML page says of its article in markup: title, authors, date, URL, captions.

Field by field, most trusted source first: JSON-LD, then ``<meta>`` tags, then byline
elements; captions and credits come from ``html_captions``. What the markup leaves open is
filled later from trafilatura's metadata (``merge_extractor_metadata``) and, for the date,
from htmldate (``find_published_date``).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from lxml import etree

from newsgraph.ingest.decode import parse_date
from newsgraph.ingest.html_captions import (
    WHITESPACE,
    element_text,
    in_other_stories,
    marked_elements,
    outermost,
    read_captions,
)
from newsgraph.ingest.html_xpaths import (
    ARTICLE_TYPES,
    JSON_LD_XPATH,
    META_AUTHOR,
    META_KEY_ATTRIBUTES,
    META_PUBLISHED,
    META_TITLE,
    META_URL,
)
from newsgraph.ingest.patterns import BYLINE_PREFIX

# Byline splitting: "A and B", "A, B & C", "A; B".
AUTHOR_SEPARATORS = re.compile(r"\s*(?:;|,|&|\band\b|\||(?<=[a-z]{2})\.\s)\s*", re.IGNORECASE)
# Where a byline element goes on to its time stamp: 'Kevin McCoy USA TODAY Published 7:07 PM'.
BYLINE_TIMESTAMP = re.compile(
    r"\s+(?:Published|Updated|Posted|Last updated|"
    # 'by Jeff Foust<br>Monday, November 18, 2019': the date line run into the name (not a
    # co-author named Sunday: a month or a number follows the weekday of a date line)
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day[,;]?\s+(?:[A-Z][a-z]{2,8}\.?\s+)?\d+"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day;\s*[A-Z][a-z]+$"
    # 'by Jane Roe | March 4, 2021 9:30 AM Print this article': the date line and the share
    # buttons' hidden labels in the same byline block (a month then a day, or a clock time;
    # not a writer named June: no number follows her name)
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\d{1,2}:\d{2})\b.*$",
    re.IGNORECASE,
)
# Words after which a byline stops naming people: "Jane Roe, Reuters" keeps Jane Roe.
NOT_A_NAME = re.compile(
    r"^(?:staff|staff writer|reporter|correspondent|editor|contributor|news|newsroom|the)$"
    r"|^(?:special|exclusive) (?:to|for) "  # 'Special to the Pioneer Press': the byline's tag
    r"|@|https?:|www\.|\d",
    re.IGNORECASE,
)
AUTHOR_MAX_WORDS = 5
# A byline's job title rather than a name: "AP Sports Writer", "Staff Reporter".
AUTHOR_ROLE = re.compile(
    r"\b(?:writer|reporter|correspondent|editor|staff|contributor|columnist)s?$", re.IGNORECASE
)
# Publication dates outside this range are placeholders ("0001-01-01") or typos.
EARLIEST_YEAR = 1990


@dataclass(slots=True)
class PageMetadata:
    """What the page's markup says about the article, before any body extraction."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    site_names: set[str] = field(default_factory=set)  # what the page calls its own site
    byline_texts: list[str] = field(default_factory=list)
    published: date | None = None
    url: str | None = None
    captions: list[str] = field(default_factory=list)
    caption_sources: list[str] = field(default_factory=list)  # caption element text as given
    credits: list[str] = field(default_factory=list)
    language: str | None = None


def read_page_metadata(tree: etree._Element) -> PageMetadata:
    """Title, authors, date and URL from JSON-LD, meta tags and bylines; captions and credits."""
    meta = PageMetadata()
    tags = meta_tags(tree)
    ld = article_json_ld(tree)
    meta.title = _first_text(ld.get("headline"), *(tags.get(k) for k in META_TITLE))
    meta.title = _whole_of_a_cut_headline(meta.title, tree)
    meta.authors = _first_nonempty(
        json_ld_authors(ld), *(split_authors(tags.get(k, "")) for k in META_AUTHOR)
    )
    marked = marked_elements(tree)
    meta.byline_texts = byline_texts(marked.bylines)
    from_byline = _first_nonempty(*(split_authors(t) for t in meta.byline_texts))
    if not meta.authors or _names_more(from_byline, meta.authors):
        # ('Kevin Johnson and Kevin McCoy' in the byline, only the first in the markup)
        meta.authors = from_byline or meta.authors
    meta.authors = _as_the_byline_writes_them(meta.authors, from_byline)
    meta.site_names = _site_names(tags, ld)
    meta.title = _without_site_suffix(meta.title, meta.site_names)
    meta.authors = _without_site_names(meta.authors, meta.site_names)
    meta.published = _first_date(
        ld.get("datePublished"), ld.get("dateCreated"), *(tags.get(k) for k in META_PUBLISHED)
    )
    meta.url = _first_url(canonical_url(tree), ld.get("url"), *(tags.get(k) for k in META_URL))
    stamp = _first_text(ld.get("datePublished"), ld.get("dateCreated"), *(tags.get(k) for k in META_PUBLISHED))
    meta.published = _local_day_from_the_url(meta.published, stamp, meta.url)
    meta.language = page_language(tree, tags)
    captions = read_captions(marked)
    meta.captions, meta.caption_sources, meta.credits = (
        captions.captions, captions.caption_sources, captions.credits
    )
    return meta


def meta_tags(tree: etree._Element) -> dict[str, str]:
    """``<meta>`` name/property/itemprop -> content, lower-cased keys, first one wins."""
    found: dict[str, str] = {}
    for element in tree.iter("meta"):
        content = element.get("content")
        if not content or not content.strip():
            continue
        for attr in META_KEY_ATTRIBUTES:
            key = (element.get(attr) or "").strip().lower()
            if key and key not in found:
                found[key] = content.strip()
    return found


def page_language(tree: etree._Element, tags: dict[str, str]) -> str | None:
    """The language the page declares: <html lang="en-GB">, content-language, og:locale -> 'en'."""
    root = tree.getroottree().getroot()
    for value in (root.get("lang"), root.get("xml:lang"), tags.get("content-language"), tags.get("og:locale")):
        m = LANGUAGE_CODE.match((value or "").strip())
        if m:
            return m.group(1).lower()
    return None


# The language part of a tag: 'en' of 'en-GB', 'pt' of 'pt_BR'.
LANGUAGE_CODE = re.compile(r"([A-Za-z]{2,3})(?:$|[-_])")


def article_json_ld(tree: etree._Element) -> dict:
    """The JSON-LD object that describes the article (merged across scripts, first wins)."""
    merged: dict = {}
    for script in JSON_LD_XPATH(tree):
        for obj in _json_ld_objects(script.text or ""):
            types = obj.get("@type")
            names = {t.lower() for t in (types if isinstance(types, list) else [types]) if isinstance(t, str)}
            if names & ARTICLE_TYPES or "datePublished" in obj or "headline" in obj:
                for key, value in obj.items():
                    merged.setdefault(key, _unescaped(value))
    return merged


def _unescaped(value: object) -> object:
    """JSON-LD strings often carry the page's HTML escapes ('doesn&#8217;t', '&#163;71.6m'):
    JSON decoding leaves them, so decode them as the page's text is decoded."""
    if isinstance(value, str):
        return html.unescape(value)
    if isinstance(value, list):
        return [_unescaped(v) for v in value]
    if isinstance(value, dict):
        return {k: _unescaped(v) for k, v in value.items()}
    return value


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


# 'cleveland.com', 'NJ Advance Media for NJ.com': a web address names the site, not a writer.
WEB_ADDRESS = re.compile(r"\.(?:com|org|net|co\.uk|ca|com\.au|in)\b", re.I)


def _site_names(tags: dict[str, str], ld: dict) -> set[str]:
    """The names the page gives its own site: og:site_name, application-name, the publisher."""
    names = {tags.get("og:site_name", ""), tags.get("application-name", "")}
    publisher = ld.get("publisher")
    for item in publisher if isinstance(publisher, list) else [publisher]:
        if isinstance(item, dict) and isinstance(item.get("name"), str):
            names.add(item["name"])
    return {n.strip().lower() for n in names if n and n.strip()}


def _without_site_suffix(title: str | None, site_names: set[str]) -> str | None:
    """'New York man pleads guilty … | TheHill' -> the headline: the site's name after a bar or
    dash is the page's, not the article's."""
    if not title:
        return title
    m = SITE_SUFFIX.match(title)
    if m and m["site"].strip().lower() in site_names:
        return m["title"].strip()
    return title


# A title ending with ' | Site', ' - Site', ' — Site'.
SITE_SUFFIX = re.compile(r"(?P<title>.+?)\s+[|\-–—]\s+(?P<site>[^|\-–—]+)$")


def _whole_of_a_cut_headline(title: str | None, tree: etree._Element) -> str | None:
    """A JSON-LD headline cut short ('… making him third Beijing local to contract': Google asks
    for 110 characters at most): the page's <h1> or <title> that begins with it and goes on past
    a word's end is the whole headline (a site suffix on <title> is taken off later)."""
    if not title:
        return title
    cut = WHITESPACE.sub(" ", title).strip()
    for element in (*tree.iter("h1"), *tree.iter("title")):
        if not isinstance(element.tag, str):
            continue
        text = WHITESPACE.sub(" ", "".join(element.itertext())).strip()
        if _goes_on_with_words(text, cut):
            return text
    return title


def _goes_on_with_words(text: str, cut: str) -> bool:
    """``text`` is ``cut`` and more words of the headline, not the site's name after a bar or a
    dash ('… Pay - WSJ', '… manager | UK News | Sky News'), which every <title> carries."""
    rest = text[len(cut) :]
    return text.startswith(cut) and rest[:1] == " " and rest[1:2].isalnum()


def _names_more(byline: list[str], marked: list[str]) -> bool:
    """The byline names everyone the markup names, and more: more people, whose names run to two
    words or more (or an agency's letters). A single ordinary word more is the place the story
    was filed from ('PTI, Washington'), no writer."""
    folded = {a.lower() for a in byline}
    marked_folded = {a.lower() for a in marked}
    more = [a for a in byline if a.lower() not in marked_folded]
    return (
        len(byline) > len(marked)
        and all(a.lower() in folded for a in marked)
        and all(len(a.split()) > 1 or a.isupper() for a in more)
    )


def _as_the_byline_writes_them(authors: list[str], byline: list[str]) -> list[str]:
    """'MEG KINNARD' in the markup (wire style) is 'Meg Kinnard' where the visible byline writes
    her name in ordinary case: a name in capitals takes the byline's spelling of it."""
    written = {name.lower(): name for name in byline if not name.isupper()}
    return [written.get(a.lower(), a) if a.isupper() else a for a in authors]


def _without_site_names(authors: list[str], site_names: set[str]) -> list[str]:
    """'Troy L. Smith, cleveland.com' -> ['Troy L. Smith']: the site is no co-author (a wire
    agency, 'Reuters', stays: it wrote the story). Nor is the site's own account named after it
    ('Gazette News Desk' on the Gazette's page: the publisher posting, no writer)."""
    return [
        a for a in authors
        if a.lower() not in site_names and not WEB_ADDRESS.search(a) and not _site_account(a, site_names)
    ]


def _site_account(author: str, site_names: set[str]) -> bool:
    """'India Post News Weekly' on a page of 'India Post': the site's name and more words."""
    return any(author.lower().startswith(site + " ") for site in site_names)


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
    text = BYLINE_TIMESTAMP.split(text, maxsplit=1)[0]  # '… USA TODAY Published 7:07 PM EST'
    names: list[str] = []
    for part in (p for chunk in AUTHOR_SEPARATORS.split(text) for p in _split_capitals(chunk)):
        part = part.strip(" .:-–—")
        if not part or NOT_A_NAME.search(part) or AUTHOR_ROLE.search(part):
            continue
        if len(part.split()) > AUTHOR_MAX_WORDS:
            continue
        if part[0].isupper() and part not in names:
            names.append(part)
    return names


def _split_capitals(part: str) -> list[str]:
    """'ERIC TUCKER Associated Press', 'Kevin McCoy USA TODAY': a byline run into the outlet's
    line, one in capitals and one not -> the name and the outlet."""
    words = part.split()
    shouted = [w.isupper() and len(w) > 1 for w in words]
    for i in range(2, len(words) - 1):  # ('By JOHN O. SMITH Jr.': a suffix is no outlet)
        if shouted[i] != shouted[i - 1] and all(x == shouted[0] for x in shouted[:i]) and words[i][:1].isupper():
            return [" ".join(words[:i]), " ".join(words[i:])]
    return [part]


def byline_texts(elements: list[etree._Element]) -> list[str]:
    """Text of byline elements: rel=author links, itemprop=author, class/id like "byline"."""
    found: list[str] = []
    for element in outermost(elements):
        text = element_text(element)
        if text and len(text.split()) <= 3 * AUTHOR_MAX_WORDS and text not in found:
            found.append(text)
    return found


def canonical_url(tree: etree._Element) -> str | None:
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            return link.get("href").strip()
    return None


def find_published_date(tree: etree._Element, url: str | None) -> date | None:
    """htmldate's reading of the page, preferring the original publication date."""
    from htmldate import find_date

    try:
        found = find_date(tree, url=url, original_date=True, extensive_search=True,
                          outputformat="%Y-%m-%d", max_date=date.today().isoformat())
    except Exception:  # htmldate on odd markup: a missing date, not a failed document
        return None
    return plausible_date(found) if found else None


def merge_extractor_metadata(meta: PageMetadata, extracted: object, tree: etree._Element | None = None) -> None:
    """Fill what the markup did not say from trafilatura's own metadata reading."""
    title = getattr(extracted, "title", None)
    if not meta.title and isinstance(title, str) and title.strip():
        meta.title = title.strip()
    author = getattr(extracted, "author", None)
    if not meta.authors and isinstance(author, str):
        names = _without_site_names(split_authors(author), meta.site_names)
        meta.authors = [n for n in names if tree is None or not _only_in_other_stories(tree, n)]
    found = getattr(extracted, "date", None)
    if meta.published is None and found:
        meta.published = plausible_date(found)
    url = getattr(extracted, "url", None)
    if not meta.url and isinstance(url, str) and url.startswith("http"):
        meta.url = url


def _only_in_other_stories(tree: etree._Element, name: str) -> bool:
    """The name is written on the page only inside sidebars and lists of other stories (a
    teaser's author trafilatura took for the byline)."""
    holders = [t.getparent() for t in TEXT_NODES(tree) if name in t]
    holders = [h for h in holders if h is not None]
    return bool(holders) and all(in_other_stories(h) for h in holders)


TEXT_NODES = etree.XPath("//text()[not(ancestor::script) and not(ancestor::style)]")


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


# A UTC timestamp in the small hours ('2019-11-20T01:50:59Z', '…T02:59:46+00:00').
EARLY_UTC_STAMP = re.compile(r"T0[0-7]:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]00:?00)$")
# A day in the page's address: '/2019/11/19/', '/2019-11-19/'.
URL_DAY = re.compile(r"/(20\d\d|19\d\d)[/-](\d\d)[/-](\d\d)(?:/|-|$)")


def _local_day_from_the_url(published: date | None, stamp: str | None, url: str | None) -> date | None:
    """'datePublished: 2019-11-20T01:50Z' on a page at '/2019-11-19/…': an American evening is
    already the next day in UTC; the address keeps the newsroom's own day, which the story's
    'Tuesday', 'tonight' and 'last week' count from. Only the day before, only for a UTC stamp
    in the small hours."""
    if published is None or not stamp or not url or not EARLY_UTC_STAMP.search(stamp.strip()):
        return published
    m = URL_DAY.search(url)
    if m is None:
        return published
    try:
        day = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return published
    return day if (published - day).days == 1 else published


def _first_url(*values: object) -> str | None:
    for value in values:
        if isinstance(value, dict):
            value = value.get("@id") or value.get("url")
        if isinstance(value, str) and value.strip().startswith(("http://", "https://")):
            return value.strip()
    return None

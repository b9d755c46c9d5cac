"""Where an HTML page keeps what ``read_html`` looks for: selectors and markers as data.

XPaths, ``<meta>`` names, schema.org types and the class/id fragments that mark captions,
photo credits and bylines live here, so that a new site layout is a change of data, not code
(trafilatura keeps its selectors the same way, in ``xpaths.py``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree

# libxml2 stops nesting at 256 levels and silently flattens the rest; a page this deep is
# either broken or hostile, and what trafilatura would make of it is not the page.
MAX_NESTING = 250


@lru_cache(maxsize=8)
def too_deep_xpath(depth: int) -> etree.XPath:
    """True for a tree nested deeper than ``depth``: one fixed path, walked in C."""
    return etree.XPath("boolean(/" + "/".join(["*"] * depth) + ")")


# Deeper than MAX_NESTING: the default check.
TOO_DEEP_XPATH = too_deep_xpath(MAX_NESTING)

# Elements that may be a caption, credit or byline: tested in Python with one regex each,
# after one XPath in C picks the few elements that carry such attributes at all.
MARKED_XPATH = etree.XPath("//*[@class or @id or @itemprop or @rel] | //figcaption")
# Marked elements that are never page text.
UNMARKED_TAGS = ("script", "style", "meta", "link", "noscript")
# The page's JSON-LD scripts, whatever the case of their type attribute.
JSON_LD_XPATH = etree.XPath('//script[contains(translate(@type, "LDJSON", "ldjson"), "ld+json")]')

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
# <meta> attributes that name the tag, in the order they are read.
META_KEY_ATTRIBUTES = ("property", "name", "itemprop")

# Class or id fragments that mark a caption, a photo credit or a byline element.
CAPTION_MARKERS = ("caption",)
CREDIT_MARKERS_CSS = ("credit", "copyright", "photographer", "image-source", "imagesource",
                      "photo-source", "media-source")
BYLINE_MARKERS = ("byline", "by-line", "author-name", "authorname", "article-author",
                  "story-author", "contributor")
CAPTION_ITEMPROPS = frozenset({"caption"})
CREDIT_ITEMPROPS = frozenset({"copyrightHolder", "creditText"})
BYLINE_ITEMPROPS = frozenset({"author"})
# Whole-page containers are never a credit even if a class says "copyright".
CREDIT_NEVER_TAGS = frozenset({"html", "body", "article", "main", "footer", "header", "nav"})


def _marker_pattern(markers: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(m) for m in markers))


CAPTION_PATTERN = _marker_pattern(CAPTION_MARKERS)
CREDIT_PATTERN = _marker_pattern(CREDIT_MARKERS_CSS)
BYLINE_PATTERN = _marker_pattern(BYLINE_MARKERS)

# How far up from a caption or credit element an image may sit for it to belong to it.
IMAGE_NEIGHBOURHOOD = 3
IMAGE_TAGS = ("img", "picture", "figure", "video")
# Class or id fragments of picture containers (lazy-loaded images have no <img> yet).
IMAGE_CLASS = re.compile(r"image|img|photo|picture|figure|media|gallery|slide")

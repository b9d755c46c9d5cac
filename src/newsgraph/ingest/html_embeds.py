"""Posts a page embeds from a social network, laid out as the words a reader sees.

Twitter's embed code is a ``<blockquote class="twitter-tweet">`` holding the post's paragraph,
then its signature as loose text and a link: ``<p>…</p>— Ann Cole (@anncole) <a>May 2,
2024</a>``. The extractor keeps the paragraph and drops the loose signature, so the post's words
reach the analysis with no author: a quotation nobody said. Here each embedded post becomes two
plain paragraphs in its place, the post's text and its signature line ("— Ann Cole (@anncole)
May 2, 2024"), which is also how scraped text shows a tweet (``extract.posts`` reads both).
"""

from __future__ import annotations

import re

from lxml import etree

from newsgraph.ingest.html_blocks import LINE_BREAK, inline_text
from newsgraph.ingest.html_captions import WHITESPACE

# The classes Twitter's (and X's) embed code gives a post's blockquote.
POST_CLASS = re.compile(r"(?i)^twitter-(?:tweet|video)$")
# Boxes an embed comes in (the page's body, article or main is never one).
WRAPPER_TAGS = frozenset({"div", "figure", "span", "section", "aside"})
# What opens a signature: an em or en dash, or the entity's text left as a hyphen pair.
SIGNATURE_DASHES = "—–-"


def is_embedded_post(element: etree._Element) -> bool:
    return element.tag == "blockquote" and any(
        POST_CLASS.match(name) for name in (element.get("class") or "").split()
    )


def lay_out_posts(tree: etree._Element) -> None:
    """Replace every embedded post in ``tree`` by its two paragraphs."""
    for post in [e for e in tree.iter("blockquote") if is_embedded_post(e)]:
        _replace_by_paragraphs(post)


def _replace_by_paragraphs(post: etree._Element) -> None:
    text, signature = post_text(post), post_signature(post)
    wrapper = _outermost_wrapper(post)
    parent = wrapper.getparent()
    if parent is None or not text:
        return
    paragraphs = [_paragraph(post, text)]
    if signature:
        paragraphs.append(_paragraph(post, signature))
    paragraphs[-1].tail = wrapper.tail
    at = parent.index(wrapper)
    parent.remove(wrapper)
    for offset, paragraph in enumerate(paragraphs):
        parent.insert(at + offset, paragraph)


def _outermost_wrapper(post: etree._Element) -> etree._Element:
    """The post with the boxes that hold nothing else ('<div class="article-widget
    article-tweet">'): the extractor drops a widget's box whole, the post with it."""
    box = post
    parent = post.getparent()
    while parent is not None and parent.tag in WRAPPER_TAGS and _holds_only(parent, box):
        box, parent = parent, parent.getparent()
    return box


def _holds_only(parent: etree._Element, child: etree._Element) -> bool:
    others = [c for c in parent if c is not child and isinstance(c.tag, str) and c.tag not in ("script", "noscript")]
    loose = (parent.text or "") + "".join((c.tail or "") for c in parent)
    return not others and not loose.strip()


def _paragraph(post: etree._Element, text: str) -> etree._Element:
    paragraph = post.makeelement("p", {})
    paragraph.text = text
    return paragraph


def post_text(post: etree._Element) -> str:
    """The post's words as one paragraph: its lines ('<br><br>') joined by a space, since a
    post is one message, quoted as one."""
    parts = [inline_text(p) for p in post.iter("p")]
    return WHITESPACE.sub(" ", " ".join(parts).replace(LINE_BREAK, " ")).strip()


def post_signature(post: etree._Element) -> str:
    """The loose text after the post's last paragraph: '— Name (@handle) Month D, YYYY'."""
    paragraphs = list(post.iter("p"))
    if not paragraphs:
        return ""
    pieces = [paragraphs[-1].tail or ""]
    for sibling in paragraphs[-1].itersiblings():
        if isinstance(sibling.tag, str):
            pieces.append(inline_text(sibling))
        pieces.append(sibling.tail or "")
    signature = WHITESPACE.sub(" ", " ".join(pieces)).strip()
    if signature and signature[0] not in SIGNATURE_DASHES:
        signature = "— " + signature
    return signature

"""Article bodies split over several containers of one kind, and hover cards inside them.

Some layouts (Condé Nast's Wired, for one) cut the article body into several sibling
``<div class="… article__body …">`` around advertisement rows. trafilatura keeps the container
it judged best and drops the rest, so the article stops at the first ad. When the container of
the extracted paragraphs has the class of a body and other elements of the same tag and class
hold more paragraphs, those paragraphs are put back in page order.

Some sites put a hover card inside the body's text (The Hill's "rollover-people-block" after a
linked name: the full name, a title and headlines), which the extractor keeps as words of the
sentence ('Gov. Kristi NoemKristi Lynn NoemSouth Dakota …'). Such cards are removed first.
"""

from __future__ import annotations

import copy
import re

from lxml import etree
from lxml import html as lxml_html

from newsgraph.ingest.html_blocks import Block, fold, inline_text
from newsgraph.ingest.html_embeds import is_embedded_post, lay_out_posts

# A container's class that names an article body, not a teaser list or a comment thread.
BODY_CLASS = re.compile(r"(?i)\b[\w-]*(?:body|article|story|content|entry|post-text)[\w-]*\b")
# Paragraphs long enough to find their element by their opening words.
ANCHOR_MIN_WORDS = 8
ANCHOR_CHARS = 60
# Elements whose paragraphs are not the article's, inside a body container.
NOT_BODY = {"aside", "figure", "figcaption", "blockquote", "form", "nav", "footer", "script", "style"}
# Fewer words than this put back is noise, not a lost half of the article.
MIN_ADDED_WORDS = 30
# Classes of hover cards and tool tips that sit inside running text.
POPUP_CLASS = re.compile(
    r"(?i)(?:rollover-people-block|rollover-block|hovercard|hover-card|tooltiptext|tooltip_popup|"
    # a pull quote repeats the body's words in large type: kept, it doubles a quotation
    r"(?:pullquote|pull-quote|pull_quote)(?:-embed|--[\w-]+|__[\w-]+)?)"
)


def without_popups(tree: etree._Element, page: str) -> str:
    """The page without the hover cards inside its text and the pull quotes beside it, and with
    its embedded posts laid out as paragraphs (``html_embeds``); the page itself when it has
    none of them."""
    if not any(_is_popup(e) or is_embedded_post(e) for e in tree.iter()):
        return page
    cleaned = copy.deepcopy(tree)
    for card in [e for e in cleaned.iter() if _is_popup(e)]:
        card.drop_tree()  # (lxml.html keeps the text after the card where it was)
    lay_out_posts(cleaned)
    return lxml_html.tostring(cleaned, encoding="unicode")


def _is_popup(element: etree._Element) -> bool:
    if not isinstance(element.tag, str) or element.tag in ("p", "article", "main", "body"):
        return False  # (a paragraph styled like a pull quote, 'has-pullquote' on the article)
    return any(POPUP_CLASS.fullmatch(name) for name in (element.get("class") or "").split())


def with_split_body(tree: etree._Element, blocks: list[Block]) -> list[Block]:
    """``blocks`` with the paragraphs of the body's sibling containers added in page order."""
    anchors = [b.text for b in blocks if b.kind == "body" and len(b.text.split()) >= ANCHOR_MIN_WORDS]
    if not anchors:
        return blocks
    home = _container_of(tree, anchors[-1])
    if home is None:
        return blocks
    siblings = _same_kind(tree, home)
    if len(siblings) < 2:
        return blocks
    have = {fold(b.text) for b in blocks}
    before: list[Block] = []
    after: list[Block] = []
    seen_home = False
    for container in siblings:
        if container is home:
            seen_home = True
            continue
        found = [Block(kind, text) for kind, text in _paragraphs(container) if fold(text) not in have]
        (after if seen_home else before).extend(found)
    added = before + after
    if sum(len(b.text.split()) for b in added if b.kind == "body") < MIN_ADDED_WORDS:
        return blocks
    return before + blocks + after


def _container_of(tree: etree._Element, text: str) -> etree._Element | None:
    """The element holding the paragraph that opens with ``text``'s first words."""
    prefix = fold(text)[:ANCHOR_CHARS]
    for p in tree.iter("p"):
        if fold(inline_text(p)).startswith(prefix):
            return p.getparent()
    return None


def _same_kind(tree: etree._Element, home: etree._Element) -> list[etree._Element]:
    """Elements of the home container's tag and class, none inside another, in page order."""
    cls = home.get("class") or ""
    if not isinstance(home.tag, str) or not BODY_CLASS.search(cls):
        return []
    found = tree.xpath(f"//{home.tag}[@class=$c]", c=cls)
    return [e for e in found if not any(a in found for a in e.iterancestors())]


def _paragraphs(container: etree._Element) -> list[tuple[str, str]]:
    """(kind, text) of the container's paragraphs and headings, outside embeds and figures."""
    out: list[tuple[str, str]] = []
    for element in container.iter("p", "h2", "h3"):
        if any(isinstance(a.tag, str) and a.tag in NOT_BODY for a in element.iterancestors()):
            continue
        text = inline_text(element)
        if text:
            out.append(("heading" if element.tag in ("h2", "h3") else "body", text))
    return out

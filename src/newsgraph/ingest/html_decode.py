"""HTML bytes or str -> checked page text -> lxml tree, for ``read_html``.

The page is decoded by its BOM, then its meta charset, then a guess (``decode.decode_bytes``,
or Windows-1252 for a page in a Western language with no charset, as browsers read it), and
refused when it is empty, binary, not markup, unparseable or nested beyond ``MAX_NESTING``.
"""

from __future__ import annotations

import codecs
import re

from lxml import etree
from lxml import html as lxml_html

from newsgraph.errors import DocumentError
from newsgraph.ingest.decode import bom_encoding, decode_as_is, looks_binary, repair_mojibake
from newsgraph.ingest.html_xpaths import MAX_NESTING, too_deep_xpath

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
    text = repair_mojibake(text.lstrip("\ufeff"))
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
        return decode_as_is(data, source)
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
    return decode_as_is(data, source)


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
        name = codecs.lookup(label).name
    except LookupError:
        return None
    # A UTF-16 page's meta is readable byte-wise only once the page is UTF-8 (wide pages are
    # read before this): as the HTML standard says, such a declaration then means UTF-8.
    return "utf-8" if name.startswith(("utf-16", "utf-32")) else name


def parse_html(page: str, source: str | None, *, max_depth: int = MAX_NESTING) -> etree._Element:
    """Parse with lxml; refuse pages nested deeper than ``max_depth`` (at most MAX_NESTING)."""
    max_depth = min(max_depth, MAX_NESTING)
    page = XML_DECLARATION.sub("", page, count=1)
    try:
        tree = lxml_html.document_fromstring(page)
    except (etree.ParserError, ValueError) as exc:
        raise DocumentError(source, f"not parseable as HTML: {exc}") from exc
    if too_deep_xpath(max_depth)(tree):
        raise DocumentError(source, f"HTML nested more than {max_depth} levels deep (setting max_html_depth)")
    return tree

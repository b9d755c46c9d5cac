"""html_decode: page bytes to text by BOM, declared charset or guess; refused pages."""

from __future__ import annotations

import pytest

from newsgraph.errors import DocumentError
from newsgraph.ingest.html_decode import declared_charset, decode_html, parse_html


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b'<meta charset="utf-8">', "utf-8"),
        (b"<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-1'>", "cp1252"),
        (b'<meta charset="shift_jis">', "shift_jis"),
        (b'<meta charset="no-such-codec">', None),
        (b"<title>none</title>", None),
    ],
)
def test_html_decode_declared_charset(head, expected):
    assert declared_charset(b"<html><head>" + head + b"</head></html>") == expected


def test_html_decode_western_page_without_charset_is_cp1252():
    page = '<html lang="fr"><body><p>Un caf\u00e9 \u2018na\u00eff\u2019</p></body></html>'
    assert "caf\u00e9 \u2018na\u00eff\u2019" in decode_html(page.encode("cp1252"), "p")


def test_html_decode_control_characters_dropped():
    assert decode_html("<p>a\x01b</p>", "p") == "<p>ab</p>"


def test_html_decode_xml_declaration_does_not_stop_parsing():
    tree = parse_html('<?xml version="1.0" encoding="utf-8"?><html><body><p>Hi</p></body></html>', "p")
    assert tree.findtext(".//p") == "Hi"


def test_html_decode_no_markup_refused():
    with pytest.raises(DocumentError, match="no markup"):
        decode_html(b"plain words only", "p")

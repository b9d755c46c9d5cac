"""Property-based tests (hypothesis) of the text, HTML and WARC readers and the quote finder:
only DocumentError escapes, every offset lies inside the text, every quote is its span's text.

The checks are the fuzz harness's (``fuzz/harness.py``), so both find the same faults.
"""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "fuzz"))

import harness

FAST = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

QUOTE_MARKS = "\u201c\u201d\u2018\u2019\"'\u00ab\u00bb\u201e`"
# Text built from what trips readers: quotation marks, line endings, NULs and controls, accents.
odd_text = st.text(
    alphabet=st.one_of(
        st.sampled_from(list(QUOTE_MARKS + "\n\r\t \x00\x0b\x0c\u2028\u00a0\ufeff.,:;-\u2014")),
        st.characters(codec="utf-8", exclude_categories=("Cs",)),
    ),
    max_size=400,
)
WORDS = ["said", "Mayor Ann Lee", "she", "told reporters", "the council", "We will build it", "on Monday",
         "according to", "officials", "added", "in Oslo", "that the plan failed", "Theo Brandt"]
prose = st.lists(
    st.one_of(st.sampled_from(WORDS), st.sampled_from(list(QUOTE_MARKS)),
              st.sampled_from([" ", ", ", ". ", "\n", "\n\n", "\r\n", " \u2014 "])),
    min_size=1, max_size=60,
).map("".join)


@st.composite
def html_pages(draw) -> str:
    """Nested, unclosed and misnested elements around text, with attributes that matter."""
    tags = ["div", "p", "span", "article", "figure", "figcaption", "b", "i", "table", "td", "h1", "script"]
    attrs = ["", " class=byline", " class=caption", " itemprop=author", ' id="credit"', " lang=fr"]
    parts = []
    for _ in range(draw(st.integers(1, 25))):
        kind = draw(st.integers(0, 3))
        if kind == 0:
            parts.append(f"<{draw(st.sampled_from(tags))}{draw(st.sampled_from(attrs))}>")
        elif kind == 1:
            parts.append(f"</{draw(st.sampled_from(tags))}>")
        else:
            parts.append(draw(st.one_of(prose, odd_text)))
    head = draw(st.sampled_from(["", "<html><head><title>T</title></head><body>", "<!doctype html><html>",
                                 '<meta charset="iso-8859-1"><p>']))
    return head + "".join(parts)


@FAST
@given(odd_text)
def test_text_reader_keeps_the_text_and_offsets_inside(text):
    harness.check_read_text(text)


@FAST
@given(st.binary(max_size=600))
def test_any_bytes_read_or_fail_with_a_document_error(data):
    harness.check_read_bytes(data)


@FAST
@given(odd_text, st.sampled_from(["utf-8", "utf-16", "utf-8-sig", "cp1252", "latin-1"]))
def test_encoded_text_reads_or_fails_cleanly(text, encoding):
    harness.check_read_bytes(text.encode(encoding, "replace"))


@SLOW
@given(html_pages(), st.booleans())
def test_html_reader_offsets_inside(page, as_bytes):
    harness.check_read_html(page.encode("utf-8") if as_bytes else page)


@FAST
@given(st.data())
def test_warc_cut_or_damaged_anywhere_keeps_every_record_before(data):
    compressed = data.draw(st.booleans())
    records = RECORDS[compressed]
    total = sum(len(r) for r in records)
    cut = data.draw(st.one_of(st.none(), st.integers(0, total)))
    flips = data.draw(st.lists(st.tuples(st.integers(0, total - 1), st.integers(0, 255)), max_size=3))
    harness.check_warc(records, cut, flips)


RECORDS = {c: [harness.warc_record(i, compressed=c) for i in range(harness.WARC_PAGES)] for c in (True, False)}


@FAST
@given(st.one_of(odd_text, prose))
def test_quotation_mark_spans_inside_the_text(text):
    harness.check_marked_spans(text)


@SLOW
@given(st.one_of(prose, odd_text))
def test_quote_extractor_quotes_are_their_spans(nlp, text):
    if text.strip():
        harness.check_quotes(text, nlp)

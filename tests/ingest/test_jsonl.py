"""JSON lines: one article per line from a text or html field, its metadata, a bad line alone."""

from __future__ import annotations

import json

from newsgraph.errors import DocumentError
from newsgraph.ingest import read_bytes

WORDS = "The harbour board said on Tuesday that the eastern pier in Málaga would reopen next month."


def _lines(*objects: object) -> bytes:
    return "\n".join(o if isinstance(o, str) else json.dumps(o) for o in objects).encode("utf-8")


def test_jsonl_reads_each_line_with_its_metadata_and_a_bad_line_alone():
    data = _lines(
        {"text": WORDS, "title": "Pier to reopen", "url": "https://news.example/pier", "authors": ["Ana Ruiz"]},
        "{not json",
        {"html": f"<html><body><article><p>{WORDS} {WORDS}</p></article></body></html>"},
        {"nothing": "here"},
    )
    found = list(read_bytes(data, "feed.jsonl"))
    first, bad, page, empty = found
    assert first.input_kind == "jsonl" and first.title == "Pier to reopen" and first.authors == ["Ana Ruiz"]
    assert first.url == "https://news.example/pier" and "eastern pier" in first.text
    assert isinstance(bad, DocumentError) and "feed.jsonl:2" in str(bad)
    assert page.input_kind == "html" and "eastern pier" in page.body
    assert isinstance(empty, DocumentError) and "no text field" in str(empty)


def test_jsonl_text_escaped_as_mojibake_is_put_right():
    # a scraper that read UTF-8 as Windows-1252, then wrote JSON with ASCII escapes: 'M\u00c3\u00a1laga'
    garbled = WORDS.encode("utf-8").decode("cp1252")
    title, author = ("Pier in Málaga to reopen".encode().decode("cp1252"),
                     "José Peña".encode().decode("cp1252"))
    (article,) = read_bytes(_lines({"text": garbled, "title": title, "author": author}), "feed.jsonl")
    assert "Málaga" in article.text and article.authors == ["José Peña"]
    assert article.title == "Pier in Málaga to reopen"


def test_jsonl_with_lines_longer_than_the_head_read_for_its_kind():
    long_text = " ".join([WORDS] * 120)  # (about 11 KB on one line)
    found = list(read_bytes(_lines({"text": long_text}, {"text": WORDS}), "feed.jsonl"))
    assert [a.input_kind for a in found] == ["jsonl", "jsonl"]


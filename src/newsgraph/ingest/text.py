"""Plain and scraped text -> Article (placeholder until the scraped-text reader lands)."""

from __future__ import annotations

from newsgraph.model import Article


def read_text(text: str, *, source: str | None = None) -> Article:
    return Article(text=text, source=source, input_kind="text")

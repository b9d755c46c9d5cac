"""HTML pages -> Article (placeholder until the HTML work lands)."""

from __future__ import annotations

from newsgraph.model import Article


def read_html(data: str | bytes, *, source: str | None = None, url: str | None = None) -> Article:
    import trafilatura

    html = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    text = trafilatura.extract(html) or ""
    return Article(text=text, source=source, url=url, input_kind="html")

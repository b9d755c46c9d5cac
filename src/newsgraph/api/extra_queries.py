"""Reads the pages need that ``store/queries.py`` does not offer yet: one article with its links
into the store, the latest articles, and who speaks about whom.

Written like ``store/queries.py`` (a connection, keyword-only options, dataclasses with
``to_dict``, SQL with parameters only) so they can move there unchanged; until then ``run``
executes them on the store's own read connection, under its time limit.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any, TypeVar

from newsgraph.store import NotFound, Store

T = TypeVar("T")


def run(store: Store, query: Callable[..., T], *args: Any, **options: Any) -> T:
    """Run a query on the store's read path: its per-thread connection and its read time limit."""
    with store._read() as conn:  # the Store's one way to read; no public hook for new queries yet
        return query(conn, *args, **options)


class _Dict:
    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]


@dataclass(slots=True)
class ArticleSummary(_Dict):
    id: str
    title: str | None
    url: str | None
    source: str | None
    published: str | None
    quotes: int = 0


@dataclass(slots=True)
class MentionLink(_Dict):
    """A mention in the article and the global entity it was resolved to."""

    start: int
    end: int
    entity_id: str
    name: str
    type: str


@dataclass(slots=True)
class QuoteLink(_Dict):
    """A quotation span in the article and the distinct quotation (and speaker) it belongs to."""

    start: int
    end: int
    quote_id: str
    speaker_id: str | None
    speaker: str | None  # the resolved speaker's canonical name, else the name as the article gave it
    source_count: int


@dataclass(slots=True)
class ArticleView(_Dict):
    """The stored record (``Record.to_dict`` form, text included) and its links into the store."""

    record: dict[str, Any]
    mentions: list[MentionLink] = field(default_factory=list)
    quotes: list[QuoteLink] = field(default_factory=list)


@dataclass(slots=True)
class SpeakerEdge(_Dict):
    """A speaker and an entity their quotations mention, with how many quotations do."""

    speaker_id: str
    speaker: str
    about_id: str
    about: str
    about_type: str
    quotes: int


def article(conn: sqlite3.Connection, article_id: str) -> ArticleView:
    row = conn.execute("SELECT record, text FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        raise NotFound(f"no article with id {article_id!r} in the store")
    record = json.loads(row["record"])
    record["text"] = row["text"]
    mentions = [
        MentionLink(r["start"], r["end"], r["entity_id"], r["name"], r["type"])
        for r in conn.execute(
            "SELECT m.start, m.end, m.entity_id, e.name, e.type FROM mentions m"
            " JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ? ORDER BY m.start, m.end DESC",
            (article_id,),
        )
    ]
    quotes = [
        QuoteLink(r["start"], r["end"], r["quote_id"], r["speaker_id"], r["name"] or r["speaker"],
                  r["source_count"])
        for r in conn.execute(
            "SELECT s.start, s.end, s.quote_id, q.speaker_id, e.name, s.speaker, q.source_count"
            " FROM quote_sources s JOIN quotes q ON q.id = s.quote_id"
            " LEFT JOIN entities e ON e.id = q.speaker_id WHERE s.article_id = ? ORDER BY s.start",
            (article_id,),
        )
    ]
    return ArticleView(record, mentions, quotes)


def articles(conn: sqlite3.Connection, *, limit: int = 20, offset: int = 0) -> list[ArticleSummary]:
    """Stored articles, latest published first (undated ones last, latest stored first)."""
    rows = conn.execute(
        "SELECT a.id, a.title, a.url, a.source, a.published,"
        " (SELECT count(*) FROM quote_sources s WHERE s.article_id = a.id) AS quotes"
        " FROM articles a ORDER BY a.published IS NULL, a.published DESC, a.rowid DESC LIMIT ? OFFSET ?",
        (limit, offset),
    ).fetchall()
    return [ArticleSummary(r["id"], r["title"], r["url"], r["source"], r["published"], r["quotes"])
            for r in rows]


def speaker_graph(conn: sqlite3.Connection, *, limit: int = 60, min_quotes: int = 1) -> list[SpeakerEdge]:
    """Who speaks about whom: resolved speakers -> entities their quotations mention, strongest first.

    Uses ``quote_about``, so a quotation naming Beijing also counts for China.
    """
    rows = conn.execute(
        "SELECT q.speaker_id, s.name AS speaker, a.about_id, e.name AS about, e.type AS about_type,"
        " count(*) AS n FROM quote_about a JOIN quotes q ON q.id = a.quote_id"
        " JOIN entities s ON s.id = q.speaker_id JOIN entities e ON e.id = a.about_id"
        " WHERE a.about_id != q.speaker_id GROUP BY q.speaker_id, a.about_id HAVING n >= ?"
        " ORDER BY n DESC, speaker, about LIMIT ?",
        (min_quotes, limit),
    ).fetchall()
    return [SpeakerEdge(r["speaker_id"], r["speaker"], r["about_id"], r["about"], r["about_type"], r["n"])
            for r in rows]

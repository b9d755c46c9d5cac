"""The embedded store: SQLite (WAL, FTS5) holding articles, entities, quotes, times and events.

``Store`` owns the connections. Every write goes through its one ``Writer``; every read is a
method that runs one named function of ``queries`` on a per-thread connection, under an
optional time limit. The CLI, the HTTP API and the web pages read only through these methods.

    store = Store("newsgraph.db")        # or Store.memory()
    store.write(records)                 # one transaction per call
    store.quotes(speaker="Zelensky", about="China", limit=10)
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from newsgraph.errors import DocumentError
from newsgraph.model import Record
from newsgraph.store import export as _export
from newsgraph.store import migrations, queries
from newsgraph.store.db import (
    NotFound,
    QueryTimeout,
    StoreError,
    Tracer,
    atomic,
    connect,
    time_limit,
)
from newsgraph.store.results import (
    ArticleSummary,
    ArticleView,
    EntityProfile,
    EntitySummary,
    ErrorRow,
    QuoteResult,
    SpeakerEdge,
    Stats,
    TimelineItem,
)
from newsgraph.store.writer import Writer, WriteSummary

__all__ = ["NotFound", "QueryTimeout", "Store", "StoreError", "WriteSummary"]


class Store:
    """A newsgraph store at ``path`` (created and migrated when opened)."""

    def __init__(
        self, path: str | Path | None = None, *, tracer: Tracer | None = None,
        read_timeout: float | None = None,
    ) -> None:
        self.path = None if path in (None, ":memory:") else Path(path)  # type: ignore[arg-type]
        self.tracer = tracer
        self.read_timeout = read_timeout
        self.conn = connect(self.path, tracer=tracer)
        migrations.apply(self.conn)
        self._writer = Writer(self.conn)
        self._lock = threading.RLock()
        self._local = threading.local()
        self._readers: list[sqlite3.Connection] = []

    @classmethod
    def memory(cls, **kwargs: Any) -> Store:
        return cls(None, **kwargs)

    # --- writing ------------------------------------------------------------------------

    def write(self, records: Iterable[Record | DocumentError]) -> WriteSummary:
        """Write a batch in one transaction; DocumentErrors become error rows."""
        with self._lock:
            return self._writer.write(records)

    def write_error(self, source: str | None, reason: str) -> None:
        with self._lock, atomic(self.conn):
            self._writer.write_error(source, reason)

    def has_article(self, article_id: str) -> bool:
        with self._read() as conn:
            return conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    # --- reading ------------------------------------------------------------------------

    def quotes(self, **filters: Any) -> list[QuoteResult]:
        """See ``queries.quotes``: speaker, about, search, since, until, limit, offset."""
        with self._read() as conn:
            return queries.quotes(conn, **filters)

    def entities(self, **filters: Any) -> list[EntitySummary]:
        with self._read() as conn:
            return queries.entities(conn, **filters)

    def entity(self, name: str, **options: Any) -> EntityProfile:
        with self._read() as conn:
            return queries.entity(conn, name, **options)

    def timeline(self, **filters: Any) -> list[TimelineItem]:
        """See ``queries.timeline``: entity, since, until, include_quotes, types, limit, offset."""
        with self._read() as conn:
            return queries.timeline(conn, **filters)

    def article(self, article_id: str) -> ArticleView:
        """One article's record and its links into the store; ``NotFound`` for an unknown id."""
        with self._read() as conn:
            return queries.article(conn, article_id)

    def articles(self, **options: Any) -> list[ArticleSummary]:
        """See ``queries.articles``: latest published first; limit, offset."""
        with self._read() as conn:
            return queries.articles(conn, **options)

    def speaker_graph(self, **options: Any) -> list[SpeakerEdge]:
        """See ``queries.speaker_graph``: who speaks about whom; limit, min_quotes."""
        with self._read() as conn:
            return queries.speaker_graph(conn, **options)

    def stats(self) -> Stats:
        with self._read() as conn:
            return queries.stats(conn)

    def errors(self, **options: Any) -> list[ErrorRow]:
        with self._read() as conn:
            return queries.errors(conn, **options)

    def records(self) -> Iterator[Record]:
        with self._read() as conn:
            rows = list(_export.records(conn))
        return (Record.from_dict(r) for r in rows)

    def export(self, out: str | Path, *, format: str, what: str | None = None) -> int:
        with self._read() as conn:
            return _export.export(conn, out, format=format, what=what)

    def co_mention_graph(self, *, min_articles: int = 1) -> Any:
        with self._read() as conn:
            return _export.co_mention_graph(conn, min_articles=min_articles)

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """A connection for this thread; memory stores share the one connection, under the lock."""
        if self.path is None:
            with self._lock, time_limit(self.conn, self.read_timeout):
                yield self.conn
            return
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = connect(self.path, tracer=self.tracer)
            self._local.conn = conn
            self._readers.append(conn)
        with time_limit(conn, self.read_timeout):
            yield conn

    # --- lifetime -----------------------------------------------------------------------

    def close(self) -> None:
        for conn in self._readers:
            conn.close()
        self._readers.clear()
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({str(self.path) if self.path else ':memory:'!r})"

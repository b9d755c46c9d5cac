"""The one writer: records in, keyed upserts out, one transaction per batch.

Re-ingest is idempotent: an article whose id (content hash) is stored is skipped; an article
with a stored URL but new content replaces the old version (its rows are deleted, then the new
ones written, in the same transaction). Each record is written under a savepoint, so one
record that fails becomes an error row and the rest of the batch is kept.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import UTC, datetime

from newsgraph.errors import DocumentError
from newsgraph.model import Article, Entity, Event, Record
from newsgraph.store import names, quotes_writer, timeval
from newsgraph.store.db import atomic
from newsgraph.store.resolve import EntityResolver


@dataclass(slots=True)
class WriteSummary:
    """What a write did: articles stored new, skipped as duplicates, replaced, failed."""

    stored: int = 0
    skipped: int = 0
    replaced: int = 0
    failed: int = 0

    def __iadd__(self, other: WriteSummary) -> WriteSummary:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))
        return self

    def as_dict(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


class _ArticleEntities:
    """An article's entities mapped to global ids, by local id, name and mention span."""

    def __init__(self) -> None:
        self.by_local: dict[str, str] = {}
        self.by_form: dict[str, str] = {}
        self.spans: list[tuple[int, int, str]] = []

    def add(self, entity: Entity, global_id: str) -> None:
        self.by_local[entity.id] = global_id
        for form in [entity.name] + [m.text for m in entity.mentions]:
            self.by_form.setdefault(names.fold(form), global_id)
        self.spans.extend((m.start, m.end, global_id) for m in entity.mentions if m.start >= 0)

    def find(self, local_id: str | None, name: str | None, span: tuple[int, int] | None) -> str | None:
        if local_id and local_id in self.by_local:
            return self.by_local[local_id]
        if name and (found := self.by_form.get(names.fold(name))):
            return found
        if span:
            for start, end, global_id in self.spans:
                if start < span[1] and span[0] < end:
                    return global_id
        return None


class Writer:
    """Writes records and errors through one connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.entities = EntityResolver(conn)

    def write(self, records: Iterable[Record | DocumentError]) -> WriteSummary:
        """Write one batch in one transaction; DocumentErrors in the stream become error rows."""
        summary = WriteSummary()
        with atomic(self.conn):
            for item in records:
                if isinstance(item, DocumentError):
                    self.write_error(item.source, item.reason)
                    summary.failed += 1
                    continue
                summary += self._write_one(item)
        return summary

    def write_error(self, source: str | None, reason: str) -> None:
        self.conn.execute(
            "INSERT INTO errors (source, reason, at) VALUES (?, ?, ?)", (source, reason, _now())
        )

    def has_article(self, article_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def _write_one(self, record: Record) -> WriteSummary:
        try:
            with atomic(self.conn):
                return self._write_record(record)
        except (sqlite3.IntegrityError, ValueError, KeyError, TypeError) as exc:
            source = record.article.source or record.article.url or record.id
            self.write_error(source, f"could not be stored: {exc}")
            return WriteSummary(failed=1)

    def _write_record(self, record: Record) -> WriteSummary:
        article = record.article
        if self.has_article(article.id):
            return WriteSummary(skipped=1)
        replaced = 0
        for old_id in self._older_versions(article):
            delete_article(self.conn, old_id)
            replaced = 1
        self._insert_article(record)
        local = self._write_entities(record)
        published = record.published.value.isoformat() if record.published.value else None
        for quote in record.quotes:
            span = (quote.speaker_mention.start, quote.speaker_mention.end) if quote.speaker_mention else None
            speaker_id = local.find(quote.speaker_id, quote.speaker, span)
            if speaker_id is None and quote.speaker:
                speaker_id = self.entities.lookup(quote.speaker)
            ctx = quotes_writer.QuoteContext(article.id, published, speaker_id)
            quotes_writer.write_quote(self.conn, quote, ctx)
        self._write_times(record)
        for event in record.events:
            self._write_event(event, article.id, published, local)
        return WriteSummary(stored=1 - replaced, replaced=replaced)

    def _older_versions(self, article: Article) -> list[str]:
        """Stored articles this one is a new version of: the same URL or, failing a URL, the
        same file (an edited file, or one this version of newsgraph reads differently)."""
        if article.url:
            where, keys = "url = ?", [article.url]
        elif article.document:
            # (rows stored before files were recorded know the file only by the name it was given)
            where = "url IS NULL AND (document = ? OR (document IS NULL AND source = ?))"
            keys = [article.document, article.source]
        else:
            return []
        rows = self.conn.execute(f"SELECT id FROM articles WHERE {where} AND id != ?", (*keys, article.id))
        return [old_id for (old_id,) in rows.fetchall()]

    def _insert_article(self, record: Record) -> None:
        a = record.article
        pub = record.published
        self.conn.execute(
            "INSERT INTO articles (id, url, source, document, title, authors, published, published_source,"
            " body, text, record, content_hash, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                a.id, a.url, a.source, a.document, a.title, json.dumps(a.authors),
                pub.value.isoformat() if pub.value else None, pub.source, a.body, a.text,
                json.dumps(record.to_dict(include_text=False), ensure_ascii=False),
                hashlib.sha256(a.text.encode("utf-8")).hexdigest(), _now(),
            ),
        )

    def _write_entities(self, record: Record) -> _ArticleEntities:
        local = _ArticleEntities()
        for entity in record.entities:
            global_id = self.entities.resolve(entity, article_id=record.id)
            local.add(entity, global_id)
            spans = {(m.start, m.end): m.text for m in entity.mentions if m.start >= 0}
            self.conn.executemany(
                "INSERT INTO mentions (article_id, entity_id, text, start, end) VALUES (?,?,?,?,?)",
                [(record.id, global_id, text, s, e) for (s, e), text in spans.items()],
            )
        return local

    def _write_times(self, record: Record) -> None:
        rows = []
        for t in record.times:
            start, end = timeval.bounds(t.value)
            rows.append((record.id, t.text, t.start, t.end, t.value, t.type, t.granularity, start, end))
        self.conn.executemany(
            "INSERT INTO times (article_id, text, start, end, value, type, granularity, time_start,"
            " time_end) VALUES (?,?,?,?,?,?,?,?,?)",
            rows,
        )

    def _write_event(
        self, event: Event, article_id: str, published: str | None, local: _ArticleEntities
    ) -> None:
        actor_ids = [local.find(None, name, None) or self.entities.lookup(name) for name in event.actors]
        actor_keys = sorted(a or f"name:{names.fold(n)}" for a, n in zip(actor_ids, event.actors, strict=True))
        time = event.time or published
        key = f"{names.fold(event.type)}|{','.join(actor_keys)}|{time or ''}"
        event_id = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
        start, end = timeval.bounds(time)
        self.conn.execute(
            "INSERT OR IGNORE INTO events (id, type, time, time_start, time_end, time_from_article,"
            " place, status, first_date) VALUES (?,?,?,?,?,?,?,?,?)",
            (event_id, event.type, time, start, end, int(event.time is None), event.place,
             event.status, published),
        )
        span = event.evidence_span or (-1, -1)
        self.conn.execute(
            "INSERT OR IGNORE INTO event_sources (event_id, article_id, evidence, start, end, actors,"
            " target, object, place, time, status, codes, published) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (event_id, article_id, event.evidence, span[0], span[1], json.dumps(event.actors),
             event.target, event.object, event.place, event.time, event.status,
             json.dumps(event.codes), published),
        )
        roles = [(a, "actor") for a in actor_ids if a]
        if event.target and (target := local.find(None, event.target, None) or self.entities.lookup(event.target)):
            roles.append((target, "target"))
        self.conn.executemany(
            "INSERT OR IGNORE INTO event_actors (event_id, entity_id, role) VALUES (?,?,?)",
            [(event_id, entity_id, role) for entity_id, role in roles],
        )
        refresh_event(self.conn, event_id)


def refresh_event(conn: sqlite3.Connection, event_id: str) -> bool:
    """Recount an event's sources, fill place and status from any; False (and gone) if none left."""
    row = conn.execute(
        "SELECT count(*) AS n, min(published) AS first, max(place) AS place, max(status) AS status"
        " FROM event_sources WHERE event_id = ?",
        (event_id,),
    ).fetchone()
    if not row["n"]:
        conn.execute("DELETE FROM event_actors WHERE event_id = ?", (event_id,))
        conn.execute("DELETE FROM events WHERE id = ?", (event_id,))
        return False
    conn.execute(
        "UPDATE events SET source_count = ?, first_date = ?, place = coalesce(place, ?),"
        " status = coalesce(status, ?) WHERE id = ?",
        (row["n"], row["first"], row["place"], row["status"], event_id),
    )
    return True


def delete_article(conn: sqlite3.Connection, article_id: str) -> None:
    """Remove an article and everything that only it supported; shared quotes and events stay."""
    quote_ids = [r[0] for r in conn.execute(
        "SELECT DISTINCT quote_id FROM quote_sources WHERE article_id = ?", (article_id,))]
    event_ids = [r[0] for r in conn.execute(
        "SELECT DISTINCT event_id FROM event_sources WHERE article_id = ?", (article_id,))]
    for table in ("quote_sources", "event_sources", "mentions", "times"):
        conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
    conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
    for quote_id in quote_ids:
        if quotes_writer.refresh_quote(conn, quote_id):
            quotes_writer.rebuild_about(conn, quote_id)
    for event_id in event_ids:
        refresh_event(conn, event_id)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")

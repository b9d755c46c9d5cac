"""The schema, as named migration steps, each recorded in the ``migrations`` table once applied.

A new step is a new function decorated with ``@migration``; never edit a step that has shipped,
since stores in the field have already recorded it. ``apply`` runs the missing ones in order.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime

from newsgraph.store.db import atomic

Step = Callable[[sqlite3.Connection], None]
MIGRATIONS: list[tuple[str, Step]] = []


def migration(step: Step) -> Step:
    MIGRATIONS.append((step.__name__, step))
    return step


def applied(conn: sqlite3.Connection) -> list[str]:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    return [r[0] for r in conn.execute("SELECT name FROM migrations ORDER BY rowid")]


def apply(conn: sqlite3.Connection) -> list[str]:
    """Apply every step not yet recorded; return the names applied now."""
    done = set(applied(conn))
    now_applied = []
    for name, step in MIGRATIONS:
        if name in done:
            continue
        with atomic(conn):
            step(conn)
            conn.execute(
                "INSERT INTO migrations (name, applied_at) VALUES (?, ?)",
                (name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
        now_applied.append(name)
    return now_applied


def _run(conn: sqlite3.Connection, script: str) -> None:
    # executescript would COMMIT the open transaction; run statements one by one instead,
    # joining lines until SQLite says a statement (a trigger body included) is complete.
    pending = ""
    for line in (script + ";").splitlines():
        pending += line + "\n"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                conn.execute(pending)
            pending = ""


@migration
def m001_articles_and_errors(conn: sqlite3.Connection) -> None:
    _run(conn, """
    CREATE TABLE articles (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,          -- content hash (Article.id)
        url TEXT,
        source TEXT,
        title TEXT,
        authors TEXT NOT NULL DEFAULT '[]',
        published TEXT,
        published_source TEXT,
        body TEXT,
        text TEXT,
        record TEXT NOT NULL,             -- Record.to_dict(include_text=False) as JSON
        content_hash TEXT NOT NULL,
        ingested_at TEXT NOT NULL
    );
    CREATE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
    CREATE INDEX articles_published ON articles(published);
    CREATE TABLE errors (
        rowid INTEGER PRIMARY KEY,
        source TEXT,
        reason TEXT NOT NULL,
        at TEXT NOT NULL
    )
    """)


@migration
def m002_entities(conn: sqlite3.Connection) -> None:
    _run(conn, """
    CREATE TABLE entities (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        family TEXT NOT NULL,
        key TEXT NOT NULL,                -- names.entity_key of the canonical name
        skeleton TEXT NOT NULL,           -- names.skeleton of the folded canonical form
        surname TEXT,                     -- persons: skeleton of the surname
        first_names TEXT,                 -- persons: folded first names, space separated
        refers_to TEXT,
        country TEXT,                     -- alpha-2 code when the entity is a country
        link TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL
    );
    CREATE INDEX entities_key ON entities(key);
    CREATE INDEX entities_skeleton ON entities(family, skeleton);
    CREATE INDEX entities_surname ON entities(surname) WHERE surname IS NOT NULL;
    CREATE INDEX entities_type ON entities(type, name);
    CREATE TABLE entity_aliases (
        entity_id TEXT NOT NULL REFERENCES entities(id),
        alias TEXT NOT NULL,
        key TEXT NOT NULL,
        kind TEXT NOT NULL,               -- 'name' joins entities; 'short' (a surname alone) never does
        reason TEXT NOT NULL,             -- why this spelling belongs to the entity
        article_id TEXT,
        PRIMARY KEY (entity_id, alias)
    );
    CREATE INDEX entity_aliases_key ON entity_aliases(key, kind);
    CREATE TABLE entity_roles (
        entity_id TEXT NOT NULL REFERENCES entities(id),
        role TEXT NOT NULL,
        count INTEGER NOT NULL DEFAULT 1,
        PRIMARY KEY (entity_id, role)
    );
    CREATE TABLE entity_links (               -- Beijing -> China (capital), Chinese -> China
        entity_id TEXT NOT NULL REFERENCES entities(id),
        target_id TEXT NOT NULL REFERENCES entities(id),
        reason TEXT NOT NULL,
        PRIMARY KEY (entity_id, target_id)
    );
    CREATE TABLE mentions (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        entity_id TEXT NOT NULL REFERENCES entities(id),
        text TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL
    );
    CREATE INDEX mentions_article ON mentions(article_id, start);
    CREATE INDEX mentions_entity ON mentions(entity_id, article_id)
    """)


@migration
def m003_quotes(conn: sqlite3.Connection) -> None:
    _run(conn, """
    CREATE TABLE quotes (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        text TEXT NOT NULL,               -- the wording of the earliest source
        norm TEXT NOT NULL,               -- names.quote_norm(text)
        kind TEXT,
        speaker TEXT,
        speaker_id TEXT REFERENCES entities(id),
        speaker_key TEXT NOT NULL,        -- what "same speaker" compares: entity id or folded name
        first_date TEXT,
        first_article TEXT,
        source_count INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX quotes_speaker ON quotes(speaker_id, first_date);
    CREATE INDEX quotes_speaker_key ON quotes(speaker_key, first_date);
    CREATE INDEX quotes_date ON quotes(first_date);
    CREATE TABLE quote_sources (
        quote_id TEXT NOT NULL REFERENCES quotes(id),
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        text_key TEXT NOT NULL,           -- names.quote_text_key(text): exact-wording lookup
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        kind TEXT,
        speaker TEXT,
        speaker_mention TEXT,             -- JSON {"text", "start", "end"} or NULL
        cue TEXT,
        addressee TEXT,
        venue TEXT,
        medium TEXT,
        source TEXT,
        date TEXT,                        -- when it was said, else the article's date
        confidence REAL,
        PRIMARY KEY (quote_id, article_id, start)
    );
    CREATE INDEX quote_sources_article ON quote_sources(article_id);
    CREATE INDEX quote_sources_text_key ON quote_sources(text_key);
    CREATE TABLE quote_sketch (               -- bottom-k token hashes: near-duplicate candidates
        speaker_key TEXT NOT NULL,
        hash INTEGER NOT NULL,
        quote_id TEXT NOT NULL,
        PRIMARY KEY (speaker_key, hash, quote_id)
    ) WITHOUT ROWID;
    CREATE INDEX quote_sketch_quote ON quote_sketch(quote_id);
    CREATE TABLE quote_about (                -- entities a quote mentions, links followed
        about_id TEXT NOT NULL,
        quote_id TEXT NOT NULL,
        date TEXT,
        PRIMARY KEY (about_id, quote_id)
    ) WITHOUT ROWID;
    CREATE INDEX quote_about_date ON quote_about(about_id, date);
    CREATE INDEX quote_about_quote ON quote_about(quote_id)
    """)


@migration
def m004_times_and_events(conn: sqlite3.Connection) -> None:
    _run(conn, """
    CREATE TABLE times (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        value TEXT,
        type TEXT,
        granularity TEXT,
        time_start TEXT,
        time_end TEXT
    );
    CREATE INDEX times_article ON times(article_id);
    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        type TEXT NOT NULL,
        time TEXT,                        -- ISO value as given, or the article's date
        time_start TEXT,
        time_end TEXT,
        time_from_article INTEGER NOT NULL DEFAULT 0,
        place TEXT,
        status TEXT,
        first_date TEXT,
        source_count INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX events_time ON events(time_start);
    CREATE TABLE event_sources (
        event_id TEXT NOT NULL REFERENCES events(id),
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        evidence TEXT,
        start INTEGER NOT NULL DEFAULT -1,
        end INTEGER NOT NULL DEFAULT -1,
        actors TEXT NOT NULL DEFAULT '[]',
        target TEXT,
        object TEXT,
        place TEXT,
        time TEXT,
        status TEXT,
        codes TEXT NOT NULL DEFAULT '{}',
        published TEXT,
        PRIMARY KEY (event_id, article_id, start)
    );
    CREATE INDEX event_sources_article ON event_sources(article_id);
    CREATE TABLE event_actors (
        event_id TEXT NOT NULL REFERENCES events(id),
        entity_id TEXT NOT NULL,
        role TEXT NOT NULL,               -- actor or target
        PRIMARY KEY (event_id, entity_id, role)
    ) WITHOUT ROWID;
    CREATE INDEX event_actors_entity ON event_actors(entity_id)
    """)


@migration
def m005_full_text_search(conn: sqlite3.Connection) -> None:
    _run(conn, """
    CREATE VIRTUAL TABLE quotes_fts USING fts5(
        text, content='quotes', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
        INSERT INTO quotes_fts (rowid, text) VALUES (new.rowid, new.text);
    END;
    CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
    END;
    CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text ON quotes BEGIN
        INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
        INSERT INTO quotes_fts (rowid, text) VALUES (new.rowid, new.text);
    END;
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, body, content='articles', content_rowid='rowid',
        tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (rowid, title, body) VALUES (new.rowid, new.title, new.body);
    END;
    CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, body)
        VALUES ('delete', old.rowid, old.title, old.body);
    END
    """)


@migration
def m006_article_documents(conn: sqlite3.Connection) -> None:
    # The file an article was read from as a whole: its identity when it has no URL.
    _run(conn, """
    ALTER TABLE articles ADD COLUMN document TEXT;
    CREATE INDEX articles_document ON articles(document) WHERE document IS NOT NULL
    """)

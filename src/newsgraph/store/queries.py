"""Named queries over the store: ``Store``'s read methods run these, and the CLI, the HTTP API
and the web pages call those methods.

Each takes a connection and keyword-only filters and returns dataclasses from ``results``.
Names are matched the way the writer joins entities (``find_entity_ids``), so a query for
"Zelensky" finds what was stored as "Volodymyr Zelenskyy".
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Sequence

from rapidfuzz import fuzz

from newsgraph.store import names, timeval
from newsgraph.store.db import NotFound
from newsgraph.store.resolve import OTHER_SPELLING_MIN, PERSON_SPELLING_MIN
from newsgraph.store.results import (
    Alias,
    ArticleSummary,
    ArticleView,
    EntityProfile,
    EntitySummary,
    ErrorRow,
    EventSource,
    MentionLink,
    QuoteLink,
    QuoteResult,
    QuoteSource,
    SpeakerEdge,
    Stats,
    TimelineItem,
)

NAME_TYPES = ("PERSON", "ORG", "GPE", "NORP", "EVENT", "WORK_OF_ART", "LAW")
_FTS_TOKEN = re.compile(r"\w+", re.UNICODE)


# --- names --------------------------------------------------------------------------------

def find_entity_ids(conn: sqlite3.Connection, name: str) -> list[str]:
    """Every entity this name can mean: same key, a stored spelling, or a close transliteration."""
    found: dict[str, None] = {}
    for type_ in NAME_TYPES:
        key = names.entity_key(name, type_)
        for row in conn.execute("SELECT entity_id FROM entity_aliases WHERE key = ?", (key,)):
            found.setdefault(row[0])
    found.update(dict.fromkeys(_person_spellings(conn, name)))
    found.update(dict.fromkeys(_other_spellings(conn, name)))
    return list(found) or _name_written_shorter(conn, name)


def _name_written_shorter(conn: sqlite3.Connection, name: str) -> list[str]:
    """'Freedom Caucus' for 'House Freedom Caucus': when no entity has the name, the one body or
    place whose name ends with all its words (two or more; none when several do)."""
    words = name.split()
    if len(words) < 2:
        return []
    rows = conn.execute(
        "SELECT id FROM entities WHERE family != 'person' AND name LIKE ? ESCAPE '\\'",  # (LIKE ignores case)
        ("% " + " ".join(words).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"),),
    ).fetchall()
    return [rows[0]["id"]] if len(rows) == 1 else []


def _person_spellings(conn: sqlite3.Connection, name: str) -> list[str]:
    person = names.person_name(name)
    if not person.surname:
        return []
    rows = conn.execute(
        "SELECT id, key, first_names FROM entities WHERE family = 'person' AND surname = ?",
        (names.skeleton(person.surname),),
    ).fetchall()
    hits = []
    for row in rows:
        first = tuple((row["first_names"] or "").split())
        if not person.first or (names.first_names_compatible(person.first, first) and (
            not first or fuzz.ratio(person.full, row["key"].split(":", 1)[1]) >= PERSON_SPELLING_MIN
        )):  # a surname alone fits everyone with that surname
            hits.append(row["id"])
    return hits


def _other_spellings(conn: sqlite3.Connection, name: str) -> list[str]:
    form = names.canonical_form(name, "place")
    if len(form) < 4:
        return []
    rows = conn.execute(
        "SELECT id, key FROM entities WHERE family != 'person' AND skeleton = ?", (names.skeleton(form),)
    ).fetchall()
    return [
        r["id"] for r in rows
        if fuzz.ratio(form, r["key"].split(":", 1)[1]) >= OTHER_SPELLING_MIN
    ]


# --- quotes ---------------------------------------------------------------------------------

def quotes(
    conn: sqlite3.Connection,
    *,
    speaker: str | None = None,
    about: str | None = None,
    search: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 20,
    offset: int = 0,
) -> list[QuoteResult]:
    """Quotations, newest first, each with its sources earliest first.

    ``speaker`` matches the speaker whatever the spelling; ``about`` matches quotes whose words
    mention the entity, or a capital, demonym or body that stands for it; ``search`` is
    full-text (words, all required; a trailing ``*`` is a prefix); ``since``/``until`` are ISO
    dates or months, inclusive, on the quote's earliest date. A search without a speaker or
    an entity lists the most recently stored matches first (FTS order), not the newest dates.
    """
    where: list[str] = []
    params: list[object] = []
    speaker_keys = about_ids = None
    if speaker:
        speaker_keys = _speaker_keys(find_entity_ids(conn, speaker), speaker)
        where.append(f"q.speaker_key IN ({_marks(speaker_keys)})")
        params += speaker_keys
    if about:
        about_ids = find_entity_ids(conn, about)
        if about_ids:
            where.append("EXISTS (SELECT 1 FROM quote_about a WHERE a.quote_id = q.id"
                         f" AND a.about_id IN ({_marks(about_ids)}))")
            params += about_ids
        else:  # no such entity: fall back to the words themselves
            search = f"{search or ''} {about}".strip()
    if search:
        where.append("EXISTS (SELECT 1 FROM quotes_fts f WHERE quotes_fts MATCH ? AND f.rowid = q.rowid)")
        params.append(fts_query(search))
    _date_filters(where, params, "q.first_date", since, until)
    page = (limit, offset)
    if speaker_keys:
        rows = _by_key(conn, "q.speaker_key", speaker_keys, where, params, page)
    elif about_ids:
        rows = _by_key(conn, "a0.about_id", about_ids, where, params, page, about=True)
    elif search:
        dates: list[str] = []
        date_params: list[object] = []
        _date_filters(dates, date_params, "q.first_date", since, until)
        rows = conn.execute(
            "SELECT q.* FROM quotes_fts f JOIN quotes q ON q.rowid = f.rowid WHERE quotes_fts MATCH ?"
            + "".join(f" AND {w}" for w in dates) + " ORDER BY f.rowid DESC LIMIT ? OFFSET ?",
            (fts_query(search), *date_params, *page),
        ).fetchall()
    else:
        rows = conn.execute(
            "SELECT q.* FROM quotes q" + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY q.first_date DESC, q.rowid DESC LIMIT ? OFFSET ?", (*params, *page),
        ).fetchall()
    return _with_sources(conn, rows)


def _speaker_keys(entity_ids: list[str], speaker: str) -> list[str]:
    """The keys a speaker's quotes are stored under: their entities, and the bare name for
    quotes whose speaker no entity was found for."""
    return [*entity_ids, f"name:{names.fold(speaker)}"]


def _by_key(
    conn: sqlite3.Connection, column: str, keys: list[str], where: list[str], params: list[object],
    page: tuple[int, int], *, about: bool = False,
) -> list[sqlite3.Row]:
    """Newest first over several keys: one index walk per key (each stops at the page's end),
    then a merge. Sorting every match of a prolific speaker would cost far more."""
    limit, offset = page
    source = "quote_about a0 JOIN quotes q ON q.id = a0.quote_id" if about else "quotes q"
    order = "a0.date" if about else "q.first_date"
    walks, args = _walk_each_key(f"q.rowid AS r, {order} AS d", source, column, keys, where, params,
                                 order=f"{order} DESC, q.rowid DESC", limit=limit + offset)
    merged = conn.execute(
        f"SELECT DISTINCT r, d FROM ({walks}) ORDER BY d DESC, r DESC LIMIT ? OFFSET ?", (*args, limit, offset)
    ).fetchall()
    if not merged:
        return []
    rowids = [m["r"] for m in merged]
    by_rowid = {r["rowid"]: r for r in conn.execute(
        f"SELECT rowid, * FROM quotes WHERE rowid IN ({_marks(rowids)})", rowids)}
    return [by_rowid[r] for r in rowids]


def _walk_each_key(
    select: str, source: str, column: str, keys: list[str], where: list[str], params: list[object],
    *, order: str, limit: int,
) -> tuple[str, list[object]]:
    """One index walk per key, each stopping after ``limit`` rows in ``order``, as one
    UNION ALL with its arguments: the caller merges the walks and cuts its page."""
    walk = (
        f"SELECT * FROM (SELECT {select} FROM {source} WHERE {column} = ?"
        + "".join(f" AND {w}" for w in where)
        + f" ORDER BY {order} LIMIT ?)"
    )
    return " UNION ALL ".join([walk] * len(keys)), [arg for key in keys for arg in (key, *params, limit)]


def fts_query(text: str) -> str:
    """User words -> an FTS5 query: each word quoted (no syntax errors), ``word*`` kept as prefix."""
    parts = []
    for raw in text.split():
        prefix = raw.endswith("*")
        for token in _FTS_TOKEN.findall(raw):
            parts.append(f'"{token}"')
        if prefix and parts:
            parts[-1] += "*"
    return " ".join(parts) or '""'


def _date_filters(where: list[str], params: list, column: str, since: str | None, until: str | None) -> None:
    if since:
        where.append(f"{column} >= ?")
        params.append(timeval.bounds(since)[0] or since)
    if until:
        where.append(f"{column} <= ?")
        params.append(timeval.bounds(until)[1] or until)


def _with_sources(conn: sqlite3.Connection, rows: Sequence[sqlite3.Row]) -> list[QuoteResult]:
    results = {
        r["id"]: QuoteResult(
            id=r["id"], text=r["text"], kind=r["kind"], speaker=r["speaker"],
            speaker_id=r["speaker_id"], first_date=r["first_date"], source_count=r["source_count"],
        )
        for r in rows
    }
    if not results:
        return []
    sources = conn.execute(
        "SELECT s.*, a.url, a.title, a.published, a.source AS article_source"
        " FROM quote_sources s JOIN articles a ON a.id = s.article_id"
        f" WHERE s.quote_id IN ({_marks(results)})"
        " ORDER BY s.date IS NULL, s.date, a.rowid, s.start",
        list(results),
    ).fetchall()
    for s in sources:
        results[s["quote_id"]].sources.append(QuoteSource(
            article_id=s["article_id"], url=s["url"], title=s["title"], published=s["published"],
            text=s["text"], start=s["start"], end=s["end"], kind=s["kind"], speaker=s["speaker"],
            speaker_mention=json.loads(s["speaker_mention"]) if s["speaker_mention"] else None,
            cue=s["cue"], addressee=s["addressee"], venue=s["venue"], medium=s["medium"],
            source=s["source"], date=s["date"], article_source=s["article_source"],
        ))
    return list(results.values())


# --- entities -------------------------------------------------------------------------------

def entities(
    conn: sqlite3.Connection, *, type: str | None = None, limit: int = 100, offset: int = 0
) -> list[EntitySummary]:
    """Entities, most written-about first (articles that mention them)."""
    where, params = ("WHERE e.type = ?", [type.upper()]) if type else ("", [])
    rows = conn.execute(
        "SELECT e.id, e.name, e.type,"
        " (SELECT count(DISTINCT article_id) FROM mentions m WHERE m.entity_id = e.id) AS articles,"
        " (SELECT count(*) FROM quotes q WHERE q.speaker_key = e.id) AS quotes"
        f" FROM entities e {where} ORDER BY articles DESC, quotes DESC, e.name LIMIT ? OFFSET ?",
        (*params, limit, offset),
    ).fetchall()
    return [EntitySummary(r["id"], r["name"], r["type"], r["articles"], r["quotes"]) for r in rows]


def entity(conn: sqlite3.Connection, name: str, *, top: int = 10) -> EntityProfile:
    """One entity by name or id: its spellings (and why), roles, quotes, events, company."""
    ids = [name] if _exists(conn, name) else find_entity_ids(conn, name)
    if not ids:
        raise NotFound(f"no entity named {name!r} in the store")
    summaries = sorted((_summary(conn, i) for i in ids), key=lambda s: (-s.articles, -s.quotes, s.name))
    best = summaries[0]
    row = conn.execute("SELECT * FROM entities WHERE id = ?", (best.id,)).fetchone()
    aliases = [
        Alias(r["alias"], r["kind"], r["reason"], r["article_id"])
        for r in conn.execute("SELECT * FROM entity_aliases WHERE entity_id = ? ORDER BY rowid", (best.id,))
    ]
    roles = [(r[0], r[1]) for r in conn.execute(
        "SELECT role, count FROM entity_roles WHERE entity_id = ? ORDER BY count DESC, role", (best.id,))]
    links = [(r[0], r[1]) for r in conn.execute(
        "SELECT e.name, l.reason FROM entity_links l JOIN entities e ON e.id = l.target_id"
        " WHERE l.entity_id = ? UNION ALL SELECT e.name, l.reason FROM entity_links l"
        " JOIN entities e ON e.id = l.entity_id WHERE l.target_id = ?", (best.id, best.id))]
    top_quotes = conn.execute(
        "SELECT * FROM quotes WHERE speaker_key = ? ORDER BY source_count DESC, first_date DESC LIMIT ?",
        (best.id, top),
    ).fetchall()
    return EntityProfile(
        id=best.id, name=row["name"], type=row["type"], key=row["key"], aliases=aliases, roles=roles,
        links=links, articles=best.articles, quote_count=best.quotes,
        quotes=_with_sources(conn, top_quotes),
        events=_events(conn, [best.id], None, None, top * 5),
        co_mentions=co_mentions(conn, best.id, limit=top),
        others=summaries[1:],
    )


def co_mentions(conn: sqlite3.Connection, entity_id: str, *, limit: int = 10) -> list[EntitySummary]:
    """Entities named in the same articles, by the number of articles they share."""
    rows = conn.execute(
        "SELECT e.id, e.name, e.type, count(DISTINCT o.article_id) AS n"
        " FROM (SELECT DISTINCT article_id FROM mentions WHERE entity_id = ?) a"
        " JOIN mentions o ON o.article_id = a.article_id AND o.entity_id != ?"
        " JOIN entities e ON e.id = o.entity_id GROUP BY e.id ORDER BY n DESC, e.name LIMIT ?",
        (entity_id, entity_id, limit),
    ).fetchall()
    return [EntitySummary(r["id"], r["name"], r["type"], r["n"]) for r in rows]


def _exists(conn: sqlite3.Connection, entity_id: str) -> bool:
    return conn.execute("SELECT 1 FROM entities WHERE id = ?", (entity_id,)).fetchone() is not None


def _summary(conn: sqlite3.Connection, entity_id: str) -> EntitySummary:
    r = conn.execute(
        "SELECT e.id, e.name, e.type,"
        " (SELECT count(DISTINCT article_id) FROM mentions m WHERE m.entity_id = e.id) AS articles,"
        " (SELECT count(*) FROM quotes q WHERE q.speaker_key = e.id) AS quotes"
        " FROM entities e WHERE e.id = ?",
        (entity_id,),
    ).fetchone()
    return EntitySummary(r["id"], r["name"], r["type"], r["articles"], r["quotes"])


# --- timeline -------------------------------------------------------------------------------

# Timeline order, the same in SQL and in Python (``_row_order``), total so that pages never overlap:
# by start, then end (undated last), then id; at equal times events come before quotations.
_EVENT_ORDER = "e.time_start IS NULL, e.time_start, e.time_end IS NULL, e.time_end, e.id"


def timeline(
    conn: sqlite3.Connection,
    *,
    entity: str | None = None,
    since: str | None = None,
    until: str | None = None,
    include_quotes: bool = False,
    types: Sequence[str] = (),
    limit: int = 200,
    offset: int = 0,
) -> list[TimelineItem]:
    """Events in time order (one item per event, every reporting article among its sources).

    ``types`` keeps events of those types only ('meet', 'call': who met whom). With
    ``include_quotes`` and an ``entity``, the entity's quotations are placed among the events by
    their earliest date. ``offset`` skips that many items of the merged order.
    """
    ids = None
    if entity:
        ids = find_entity_ids(conn, entity)
        if not ids:
            raise NotFound(f"no entity named {entity!r} in the store")
    if not (include_quotes and ids):
        return _events(conn, ids, since, until, limit, offset, types)
    # The page lies within the first offset + limit rows of each kind: merge those rows by
    # their times, cut the page, and only then read the sources of the events kept.
    offset = max(offset, 0)  # a negative offset counts as none, as SQL's OFFSET has it elsewhere
    window = offset + limit
    rows = [("event", r) for r in _event_rows(conn, ids, since, until, window, 0, types)]
    rows += [("quote", r) for r in _speaker_quote_rows(conn, _speaker_keys(ids, entity or ""),
                                                       since, until, window)]
    rows.sort(key=lambda kind_row: _row_order(*kind_row))
    page = rows[offset:offset + limit]
    events = iter(_event_items(conn, [r for kind, r in page if kind == "event"]))
    return [next(events) if kind == "event" else _quote_item(r) for kind, r in page]


def _row_order(kind: str, row: sqlite3.Row) -> tuple:
    start, end = (row["time_start"], row["time_end"]) if kind == "event" else (row["first_date"],) * 2
    return (start is None, start or "", end is None, end or "", kind, row["id"])


def _speaker_quote_rows(
    conn: sqlite3.Connection, keys: list[str], since: str | None, until: str | None, limit: int
) -> list[sqlite3.Row]:
    """A speaker's quotations in timeline order (earliest first, undated last; the quote list
    is newest first), by the same per-key walks as ``_by_key``."""
    where, params = ["q.first_date IS NOT NULL"], []
    _date_filters(where, params, "q.first_date", since, until)
    walks, args = _walk_each_key("q.*", "quotes q", "q.speaker_key", keys, where, params,
                                 order="q.first_date, q.id", limit=limit)
    rows = conn.execute(walks + " ORDER BY first_date, id LIMIT ?", [*args, limit]).fetchall()
    if len(rows) < limit and not (since or until):  # a date filter leaves undated quotations out
        rows += conn.execute(
            f"SELECT q.* FROM quotes q WHERE q.speaker_key IN ({_marks(keys)}) AND q.first_date IS NULL"
            " ORDER BY q.id LIMIT ?", (*keys, limit - len(rows)),
        ).fetchall()
    return rows


def _quote_item(r: sqlite3.Row) -> TimelineItem:
    return TimelineItem(
        kind="quote", id=r["id"], time=r["first_date"], time_start=r["first_date"],
        time_end=r["first_date"], type="quote", actors=[r["speaker"] or ""], place=None,
        status=None, text=r["text"],
    )


def _events(
    conn: sqlite3.Connection, ids: list[str] | None, since: str | None, until: str | None,
    limit: int, offset: int = 0, types: Sequence[str] = (),
) -> list[TimelineItem]:
    return _event_items(conn, _event_rows(conn, ids, since, until, limit, offset, types))


def _event_rows(
    conn: sqlite3.Connection, ids: list[str] | None, since: str | None, until: str | None,
    limit: int, offset: int, types: Sequence[str] = (),
) -> list[sqlite3.Row]:
    where, params = [], []
    if types:
        where.append(f"e.type IN ({_marks(types)})")
        params += list(types)
    if ids is not None:
        where.append(f"e.id IN (SELECT event_id FROM event_actors WHERE entity_id IN ({_marks(ids)}))")
        params += ids
    if since:
        where.append("coalesce(e.time_end, e.time_start) >= ?")
        params.append(timeval.bounds(since)[0] or since)
    if until:
        where.append("e.time_start <= ?")
        params.append(timeval.bounds(until)[1] or until)
    return conn.execute(
        "SELECT e.* FROM events e" + (" WHERE " + " AND ".join(where) if where else "")
        + f" ORDER BY {_EVENT_ORDER} LIMIT ? OFFSET ?",
        (*params, limit, offset),
    ).fetchall()


def _event_items(conn: sqlite3.Connection, rows: Sequence[sqlite3.Row]) -> list[TimelineItem]:
    """Events with every reporting article (earliest first) and their resolved actors."""
    items = {r["id"]: _event_item(r) for r in rows}
    if not items:
        return []
    for s in conn.execute(
        "SELECT s.*, a.url, a.title, a.source AS article_source FROM event_sources s"
        " JOIN articles a ON a.id = s.article_id"
        f" WHERE s.event_id IN ({_marks(items)}) ORDER BY s.published IS NULL, s.published, a.rowid",
        list(items),
    ):
        items[s["event_id"]].sources.append(EventSource(
            s["article_id"], s["url"], s["title"], s["published"], s["evidence"],
            json.loads(s["actors"]), s["time"], s["status"], s["article_source"],
        ))
    for item in items.values():
        item.actors = _event_actors(conn, item)
        item.text = item.sources[0].evidence or "" if item.sources else ""
    return list(items.values())


def _event_item(r: sqlite3.Row) -> TimelineItem:
    return TimelineItem(
        kind="event", id=r["id"], time=r["time"], time_start=r["time_start"], time_end=r["time_end"],
        type=r["type"], actors=[], place=r["place"], status=r["status"], text="",
        time_from_article=bool(r["time_from_article"]),
    )


def _event_actors(conn: sqlite3.Connection, item: TimelineItem) -> list[str]:
    """The canonical names of resolved actors, then any name no entity was found for."""
    resolved = [r[0] for r in conn.execute(
        "SELECT e.name FROM event_actors a JOIN entities e ON e.id = a.entity_id"
        " WHERE a.event_id = ? AND a.role = 'actor' ORDER BY e.name", (item.id,))]
    if resolved or not item.sources:
        return resolved
    return list(item.sources[0].actors)


# --- articles -------------------------------------------------------------------------------

def article(conn: sqlite3.Connection, article_id: str) -> ArticleView:
    """One stored article: its record (text included), each mention's global entity, and each
    quotation span's distinct quotation and resolved speaker."""
    row = conn.execute("SELECT record, text FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        raise NotFound(f"no article with id {article_id!r} in the store")
    record = json.loads(row["record"])
    record["text"] = row["text"]  # stored once, in its own column, not inside the record
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


# --- who speaks about whom ------------------------------------------------------------------

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


# --- totals ---------------------------------------------------------------------------------

def stats(conn: sqlite3.Connection) -> Stats:
    def count(sql: str) -> int:
        return conn.execute(sql).fetchone()[0]

    return Stats(
        articles=count("SELECT count(*) FROM articles"),
        quotes=count("SELECT count(*) FROM quotes"),
        quote_sources=count("SELECT count(*) FROM quote_sources"),
        speakers=count("SELECT count(DISTINCT speaker_key) FROM quotes WHERE speaker_key != ''"),
        entities=count("SELECT count(*) FROM entities"),
        events=count("SELECT count(*) FROM events"),
        errors=count("SELECT count(*) FROM errors"),
    )


def errors(conn: sqlite3.Connection, *, limit: int = 100, offset: int = 0) -> list[ErrorRow]:
    """Documents that failed, newest first."""
    rows = conn.execute(
        "SELECT source, reason, at FROM errors ORDER BY rowid DESC LIMIT ? OFFSET ?", (limit, offset)
    )
    return [ErrorRow(r["source"], r["reason"], r["at"]) for r in rows]


def _marks(values: Sequence | dict) -> str:
    return ",".join("?" * len(values))

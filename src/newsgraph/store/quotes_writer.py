"""Writing quotations: one row per distinct quotation, one source row per article that has it.

A quotation joins a stored one when its folded wording is identical (same text key, same or
unknown speaker), or, for the same speaker, when it is near-identical: token Jaccard >= 0.9
or character similarity >= 90. Candidates for the second test come from a bottom-k sketch of
token hashes, so a prolific speaker's thousands of quotes are never all compared.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass

from rapidfuzz import fuzz

from newsgraph.model import Quote
from newsgraph.store import names
from newsgraph.store.patterns import NEGATIONS

NEAR_JACCARD_MIN = 0.9
NEAR_RATIO_MIN = 90.0
# Shorter/longer character share below which two wordings cannot pass either test.
MIN_LENGTH_SHARE = 0.75
# Most near-duplicate candidates checked per quotation: bounds the cost for prolific speakers.
MAX_CANDIDATES = 200


@dataclass(frozen=True, slots=True)
class QuoteContext:
    """What the writer knows of the article a quote comes from."""

    article_id: str
    date: str | None  # the article's publication date, ISO
    speaker_id: str | None  # the speaker's global entity id, if resolved


def speaker_key(speaker_id: str | None, speaker: str | None) -> str:
    """What "the same speaker" compares: the entity id, else the folded name, else ''."""
    if speaker_id:
        return speaker_id
    return f"name:{names.fold(speaker)}" if speaker else ""


def write_quote(conn: sqlite3.Connection, quote: Quote, ctx: QuoteContext) -> str:
    """Store one quotation of an article; return the id of the distinct quote it belongs to."""
    norm = names.quote_norm(quote.text)
    text_key = names.quote_text_key(quote.text)
    who = speaker_key(ctx.speaker_id, quote.speaker)
    said_on = quote.date or ctx.date
    quote_id = find_same_quote(conn, text_key, norm, who) or _create(conn, quote, norm, text_key, who, ctx)
    conn.execute(
        "INSERT OR IGNORE INTO quote_sources (quote_id, article_id, text, text_key, start, end,"
        " kind, speaker, speaker_mention, cue, addressee, venue, medium, source, date, confidence)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            quote_id, ctx.article_id, quote.text, text_key, quote.start, quote.end, quote.kind,
            quote.speaker,
            json.dumps(quote.speaker_mention.to_dict()) if quote.speaker_mention else None,
            quote.cue, quote.addressee, quote.venue, quote.medium, quote.source, said_on,
            quote.confidence,
        ),
    )
    _adopt_speaker(conn, quote_id, quote, ctx, who)
    _add_sketch(conn, quote_id, norm)
    refresh_quote(conn, quote_id)
    add_about(conn, quote_id, ctx.article_id, quote.start, quote.end)
    return quote_id


def find_same_quote(conn: sqlite3.Connection, text_key: str, norm: str, who: str) -> str | None:
    rows = conn.execute(
        "SELECT DISTINCT q.id, q.speaker_key FROM quote_sources s JOIN quotes q ON q.id = s.quote_id"
        " WHERE s.text_key = ?",
        (text_key,),
    ).fetchall()
    for row in rows:
        if row["speaker_key"] == who:
            return row["id"]
    for row in rows:
        if not who or not row["speaker_key"]:
            return row["id"]  # an unattributed copy of the same words is the same quote
    return find_near_quote(conn, norm, who) if who else None


def find_near_quote(conn: sqlite3.Connection, norm: str, who: str) -> str | None:
    sketch = names.quote_sketch(norm)
    if not sketch:
        return None
    marks = ",".join("?" * len(sketch))
    rows = conn.execute(
        f"SELECT DISTINCT q.id, q.norm FROM quote_sketch k JOIN quotes q ON q.id = k.quote_id"
        f" WHERE k.speaker_key = ? AND k.hash IN ({marks}) LIMIT {MAX_CANDIDATES}",
        (who, *sketch),
    ).fetchall()
    best: tuple[float, str] | None = None
    for row in rows:
        score = near_identical(norm, row["norm"])
        if score and (best is None or score > best[0]):
            best = (score, row["id"])
    return best[1] if best else None


def near_identical(a: str, b: str) -> float:
    """A score > 0 when two folded quotations are the same words, give or take a few.

    Wordings that differ in a number or a negation are different statements, however close.
    """
    if min(len(a), len(b)) < MIN_LENGTH_SHARE * max(len(a), len(b)):
        return 0.0  # neither test can pass: skip the work
    jaccard = names.token_jaccard(a, b)
    ratio = fuzz.ratio(a, b)
    if jaccard < NEAR_JACCARD_MIN and ratio < NEAR_RATIO_MIN:
        return 0.0
    if _meaning_marks(a) != _meaning_marks(b):
        return 0.0
    return max(jaccard * 100, ratio)


def _meaning_marks(norm: str) -> set[str]:
    return {t for t in norm.split() if t in NEGATIONS or any(c.isdigit() for c in t)}


def _create(
    conn: sqlite3.Connection, quote: Quote, norm: str, text_key: str, who: str, ctx: QuoteContext
) -> str:
    quote_id = hashlib.sha1(f"{text_key}|{who}".encode()).hexdigest()[:16]
    conn.execute(
        "INSERT OR IGNORE INTO quotes (id, text, norm, kind, speaker, speaker_id, speaker_key,"
        " first_date, first_article) VALUES (?,?,?,?,?,?,?,?,?)",
        (
            quote_id, quote.text, norm, quote.kind, quote.speaker, ctx.speaker_id, who,
            quote.date or ctx.date, ctx.article_id,
        ),
    )
    return quote_id


def _adopt_speaker(
    conn: sqlite3.Connection, quote_id: str, quote: Quote, ctx: QuoteContext, who: str
) -> None:
    """An unattributed quote takes the speaker of the first source that names one."""
    if not who:
        return
    changed = conn.execute(
        "UPDATE quotes SET speaker = ?, speaker_id = ?, speaker_key = ? WHERE id = ? AND speaker_key = ''",
        (quote.speaker, ctx.speaker_id, who, quote_id),
    ).rowcount
    if changed:
        conn.execute("UPDATE quote_sketch SET speaker_key = ? WHERE quote_id = ?", (who, quote_id))


def _add_sketch(conn: sqlite3.Connection, quote_id: str, norm: str) -> None:
    row = conn.execute("SELECT speaker_key FROM quotes WHERE id = ?", (quote_id,)).fetchone()
    conn.executemany(
        "INSERT OR IGNORE INTO quote_sketch (speaker_key, hash, quote_id) VALUES (?,?,?)",
        [(row[0], h, quote_id) for h in names.quote_sketch(norm)],
    )


def refresh_quote(conn: sqlite3.Connection, quote_id: str) -> bool:
    """Recount sources and take the earliest one's wording and date; False if none is left."""
    earliest = conn.execute(
        "SELECT s.text, s.kind, s.date, s.article_id, (SELECT count(*) FROM quote_sources"
        " WHERE quote_id = s.quote_id) AS n FROM quote_sources s JOIN articles a ON a.id = s.article_id"
        " WHERE s.quote_id = ? ORDER BY s.date IS NULL, s.date, a.rowid, s.start LIMIT 1",
        (quote_id,),
    ).fetchone()
    if earliest is None:
        conn.execute("DELETE FROM quote_about WHERE quote_id = ?", (quote_id,))
        conn.execute("DELETE FROM quote_sketch WHERE quote_id = ?", (quote_id,))
        conn.execute("DELETE FROM quotes WHERE id = ?", (quote_id,))
        return False
    # Only a changed wording touches the text column: the FTS trigger re-indexes on that.
    conn.execute(
        "UPDATE quotes SET text = ?, norm = ? WHERE id = ? AND text IS NOT ?",
        (earliest["text"], names.quote_norm(earliest["text"]), quote_id, earliest["text"]),
    )
    conn.execute(
        "UPDATE quotes SET kind = ?, first_date = ?, first_article = ?, source_count = ? WHERE id = ?",
        (earliest["kind"], earliest["date"], earliest["article_id"], earliest["n"], quote_id),
    )
    conn.execute("UPDATE quote_about SET date = ? WHERE quote_id = ?", (earliest["date"], quote_id))
    return True


def add_about(conn: sqlite3.Connection, quote_id: str, article_id: str, start: int, end: int) -> None:
    """Entities mentioned inside the quote span, and the entities they stand for."""
    conn.execute(
        "INSERT OR IGNORE INTO quote_about (about_id, quote_id, date)"
        " SELECT DISTINCT ids.id, ?, (SELECT first_date FROM quotes WHERE id = ?) FROM ("
        "  SELECT m.entity_id AS id FROM mentions m WHERE m.article_id = ? AND m.start >= ? AND m.end <= ?"
        "  UNION SELECT l.target_id FROM mentions m JOIN entity_links l ON l.entity_id = m.entity_id"
        "  WHERE m.article_id = ? AND m.start >= ? AND m.end <= ?) AS ids",
        (quote_id, quote_id, article_id, start, end, article_id, start, end),
    )


def rebuild_about(conn: sqlite3.Connection, quote_id: str) -> None:
    """Recompute a quote's entities from its remaining sources (after one was deleted)."""
    conn.execute("DELETE FROM quote_about WHERE quote_id = ?", (quote_id,))
    sources = conn.execute(
        "SELECT article_id, start, end FROM quote_sources WHERE quote_id = ?", (quote_id,)
    ).fetchall()
    for s in sources:
        add_about(conn, quote_id, s["article_id"], s["start"], s["end"])

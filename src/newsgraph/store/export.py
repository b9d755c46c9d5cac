"""Exports: records as JSON lines (re-ingestible), tables as CSV or Parquet, the network as GraphML."""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsgraph.store.db import StoreError

FORMATS = ("jsonl", "csv", "parquet", "graphml")
# What a table export holds: one row per quote source (quote fields repeated), entity or event.
TABLES: dict[str, str] = {
    "quotes": (
        "SELECT q.id AS quote_id, q.text AS quote_text, q.kind AS quote_kind, q.speaker,"
        " q.speaker_id, q.first_date, q.source_count, s.article_id, a.url, a.title,"
        " a.published, s.text, s.start, s.end, s.kind, s.cue, s.addressee, s.venue, s.medium,"
        " s.source, s.date FROM quotes q JOIN quote_sources s ON s.quote_id = q.id"
        " JOIN articles a ON a.id = s.article_id ORDER BY q.rowid, s.date, a.rowid"
    ),
    "entities": (
        "SELECT e.id, e.name, e.type, e.refers_to, e.country,"
        " (SELECT group_concat(alias, ' | ') FROM entity_aliases WHERE entity_id = e.id) AS aliases,"
        " (SELECT group_concat(role, ' | ') FROM entity_roles WHERE entity_id = e.id) AS roles"
        " FROM entities e ORDER BY e.rowid"
    ),
    "events": (
        "SELECT e.id AS event_id, e.type, e.time, e.time_start, e.time_end, e.place, e.status,"
        " e.source_count, s.article_id, a.url, s.evidence, s.actors, s.target, s.object"
        " FROM events e JOIN event_sources s ON s.event_id = e.id"
        " JOIN articles a ON a.id = s.article_id ORDER BY e.time_start, e.id, s.published"
    ),
}
PARQUET_BATCH = 50_000


def export(conn: sqlite3.Connection, out: str | Path, *, format: str, what: str | None = None) -> int:
    """Write the store to ``out``; return the number of rows (records, for jsonl) written.

    ``jsonl`` writes one analysis record per article (``Record.from_dict`` reads it back);
    ``csv`` and ``parquet`` write the table ``what`` (quotes, entities or events; quotes by
    default); ``graphml`` writes the co-mention network of entities.
    """
    out = Path(out)
    if format not in FORMATS:
        raise StoreError(f"unknown export format {format!r}; choose one of {', '.join(FORMATS)}")
    if format == "graphml":
        return export_graphml(conn, out)
    if format == "jsonl" and what in (None, "records"):
        return _write_jsonl(out, records(conn))
    what = what or "quotes"
    if what not in TABLES:
        raise StoreError(f"unknown table {what!r}; choose one of records, {', '.join(TABLES)}")
    cursor = conn.execute(TABLES[what])
    columns = [c[0] for c in cursor.description]
    if format == "jsonl":
        return _write_jsonl(out, (dict(zip(columns, row, strict=True)) for row in cursor))
    if format == "csv":
        return _write_csv(out, columns, cursor)
    return _write_parquet(out, columns, cursor)


def records(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """Every stored record as a dict, text put back, in ingest order."""
    for row in conn.execute("SELECT record, text FROM articles ORDER BY rowid"):
        record = json.loads(row["record"])
        record["text"] = row["text"]
        yield record


def _write_jsonl(out: Path, rows: Iterator[dict[str, Any]]) -> int:
    n = 0
    with out.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    return n


def _write_csv(out: Path, columns: list[str], cursor: sqlite3.Cursor) -> int:
    n = 0
    with out.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(columns)
        for row in cursor:
            writer.writerow(tuple(row))
            n += 1
    return n


def _write_parquet(out: Path, columns: list[str], cursor: sqlite3.Cursor) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    n = 0
    writer = None
    try:
        while batch := cursor.fetchmany(PARQUET_BATCH):
            table = pa.Table.from_pylist([dict(zip(columns, r, strict=True)) for r in batch])
            if writer is None:
                writer = pq.ParquetWriter(out, table.schema)
            writer.write_table(table.cast(writer.schema))
            n += len(batch)
        if writer is None:  # nothing to write: an empty file with the columns, all strings
            pq.write_table(pa.table({c: pa.array([], pa.string()) for c in columns}), out)
    finally:
        if writer is not None:
            writer.close()
    return n


def co_mention_graph(conn: sqlite3.Connection, *, min_articles: int = 1) -> Any:
    """A networkx Graph: entities as nodes, an edge weighted by the articles two share."""
    import networkx as nx

    graph = nx.Graph()
    for r in conn.execute(
        "SELECT e.id, e.name, e.type, count(DISTINCT m.article_id) AS n FROM entities e"
        " JOIN mentions m ON m.entity_id = e.id GROUP BY e.id"
    ):
        graph.add_node(r["id"], name=r["name"], type=r["type"], articles=r["n"])
    for r in conn.execute(
        "WITH pairs AS (SELECT DISTINCT article_id, entity_id FROM mentions)"
        " SELECT a.entity_id AS x, b.entity_id AS y, count(*) AS n FROM pairs a"
        " JOIN pairs b ON a.article_id = b.article_id AND a.entity_id < b.entity_id"
        " GROUP BY x, y HAVING n >= ?",
        (min_articles,),
    ):
        graph.add_edge(r["x"], r["y"], weight=r["n"])
    return graph


def export_graphml(conn: sqlite3.Connection, out: Path, *, min_articles: int = 1) -> int:
    import networkx as nx

    graph = co_mention_graph(conn, min_articles=min_articles)
    nx.write_graphml(graph, out)
    return graph.number_of_edges()

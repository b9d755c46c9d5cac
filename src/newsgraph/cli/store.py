"""Store commands: ingest, load, quotes, entities, entity, timeline, stats, errors, export.

Each parses its options, calls ``Store`` (whose reads are ``store.queries``), and prints.
``--db`` (from ``cli.options``) and ``--format`` mean the same in every command.
"""

from __future__ import annotations

import csv
import io
import json
import sys
import time
from collections.abc import Iterable, Sequence
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from newsgraph.cli import app
from newsgraph.cli.options import AliasesOption, DbOption, PublishedOption, fail, parse_day, use_aliases
from newsgraph.errors import DocumentError
from newsgraph.extract.event_patterns import event_types_named
from newsgraph.model import Article
from newsgraph.settings import Settings
from newsgraph.store import Store, StoreError
from newsgraph.store.results import EntityProfile, QuoteResult, TimelineItem


class OutputFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    graphml = "graphml"


FormatOption = Annotated[
    OutputFormat,
    typer.Option("--format", "-f", help="table: readable; json: a JSON list; csv: one row per item"),
]
SinceOption = Annotated[str | None, typer.Option(help="from this date (YYYY, YYYY-MM or YYYY-MM-DD)")]
UntilOption = Annotated[str | None, typer.Option(help="up to this date, inclusive")]
LimitOption = Annotated[int, typer.Option(help="at most this many rows")]


def open_store(db: str | None) -> Store:
    try:
        return Store(db or Settings.from_env().db)
    except StoreError as exc:
        fail(str(exc))


# --- ingest ---------------------------------------------------------------------------------

def _iter_articles(paths: Sequence[str], settings: Settings) -> Iterable[Article | DocumentError]:
    from newsgraph.ingest import iter_articles

    return iter_articles(paths, settings=settings)


def _published_on(items: Iterable[Article | DocumentError], day: date | None) -> Iterable[Article | DocumentError]:
    """Every article dated ``day`` (--published) as given, whatever its page says: set on the
    article itself, so that every engine, Ray's workers too, reads it the same way."""
    for item in items:
        if day is not None and isinstance(item, Article):
            item.published, item.published_source = day, "given"
        yield item


def _analyze_many(settings: Settings):  # -> AnalyzeMany; the model loads only when ingest runs
    """In this process for one worker; otherwise a pool whose workers load the model once each."""
    from newsgraph.run.pool import PoolAnalyzer, resolve_workers

    if resolve_workers(settings.workers) == 1:
        from newsgraph.pipeline import Analyzer

        return Analyzer(settings).analyze_many
    return PoolAnalyzer(settings).analyze_many


class Engine(str, Enum):
    local = "local"
    ray = "ray"


QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="no progress bar; only the summary line")]
LogJsonOption = Annotated[bool, typer.Option(
    "--log-json", help="one JSON object per line on stdout: errors, each committed batch, the summary")]


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="files or directories to read (WARC too); - is standard input")],
    db: DbOption = None,
    batch_size: Annotated[int | None, typer.Option(help="records per transaction (setting batch_size)")] = None,
    workers: Annotated[int | None, typer.Option(
        help="local worker processes, each with its own model; 0 = one per core (setting workers)")] = None,
    engine: Annotated[Engine, typer.Option(help="local: this machine; ray: a Ray cluster (pip install .[ray])")]
    = Engine.local,
    address: Annotated[str | None, typer.Option(
        help="Ray cluster address (ray://host:10001 or host:6379); default $RAY_ADDRESS, else a local Ray")] = None,
    shards: Annotated[Path | None, typer.Option(help="Ray: directory for Parquet shards (default DB.shards)")]
    = None,
    load: Annotated[bool, typer.Option(help="Ray: also put the records into the store as they come")] = True,
    quiet: QuietOption = False,
    log_json: LogJsonOption = False,
    aliases: AliasesOption = None,
    published: PublishedOption = None,
) -> None:
    """Analyse articles and store them; already stored articles are skipped, changed ones replaced.

    A run killed at any point and started again finishes the work: every batch is one
    transaction and stored articles are skipped before analysis.
    """
    from newsgraph.ingest.warc import collecting_stats
    from newsgraph.run.progress import RunSummary, estimate_total, make_reporter

    use_aliases(aliases)
    day = parse_day(published)
    settings = Settings.from_env(db=db, batch_size=batch_size, workers=workers)
    reporter = make_reporter(quiet=quiet, log_json=log_json)
    started = time.monotonic()
    try:
        with open_store(settings.db) as store, collecting_stats() as warc:
            estimate_total(paths, reporter)
            items = _published_on(_iter_articles(paths, settings), day)
            if engine == Engine.ray:
                from newsgraph.run.ray_runner import run_ray

                written = run_ray(items, store=store, settings=settings, address=address, load=load,
                                  shards_dir=shards or Path(f"{settings.db}.shards"), reporter=reporter)
            else:
                from newsgraph.run.local import run_local

                written = run_local(items, store=store, analyze_many=_analyze_many(settings),
                                    batch_size=settings.batch_size, reporter=reporter)
    except StoreError as exc:
        reporter.close()
        fail(str(exc))
    except BaseException:
        reporter.close()
        raise
    summary = RunSummary(write=written, warc_skipped=warc.skipped, analysed=reporter.analysed_count,
                         words=reporter.words, seconds=time.monotonic() - started)
    reporter.finish(summary)
    if not log_json:
        typer.echo(summary.line())
    if written.failed and not log_json:
        typer.echo("see `newsgraph errors` for why documents failed", err=True)


@app.command()
def load(
    shards: Annotated[Path, typer.Argument(help="directory of Parquet shards from `ingest --engine ray`")],
    db: DbOption = None,
    batch_size: Annotated[int | None, typer.Option(help="records per transaction (setting batch_size)")] = None,
    quiet: QuietOption = False,
    log_json: LogJsonOption = False,
) -> None:
    """Put Parquet shards written by a Ray run into the store; stored articles are skipped."""
    from newsgraph.run.progress import RunSummary, make_reporter
    from newsgraph.run.ray_runner import load_shards, shard_files

    if not shard_files(shards):
        fail(f"no Parquet shards in {shards}", code=1)
    settings = Settings.from_env(db=db, batch_size=batch_size)
    reporter = make_reporter(quiet=quiet, log_json=log_json)
    started = time.monotonic()
    try:
        with open_store(settings.db) as store:
            written = load_shards(shards, store, batch_size=settings.batch_size, reporter=reporter)
    except StoreError as exc:
        reporter.close()
        fail(str(exc))
    summary = RunSummary(write=written, analysed=0, seconds=time.monotonic() - started)
    reporter.finish(summary)
    if not log_json:
        typer.echo(summary.line())


# --- queries --------------------------------------------------------------------------------

@app.command()
def quotes(
    speaker: Annotated[str | None, typer.Option(help="who said it, in any spelling")] = None,
    about: Annotated[str | None, typer.Option(help="an entity the quote mentions (China: Beijing too)")] = None,
    search: Annotated[str | None, typer.Option(help="words in the quote (full text; word* for a prefix)")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: LimitOption = 20,
    offset: Annotated[int, typer.Option(help="skip this many rows first")] = 0,
    db: DbOption = None,
    format: FormatOption = OutputFormat.table,
) -> None:
    """Quotations, newest first, each with the articles that carry it."""
    rows = _query(db, lambda s: s.quotes(speaker=speaker, about=about, search=search, since=since,
                                         until=until, limit=limit, offset=offset))
    _emit(rows, format, _quote_row, ("date", "speaker", "quote", "sources"))


@app.command()
def entities(
    type: Annotated[str | None, typer.Option("--type", help="PERSON, ORG, GPE, NORP, ...")] = None,
    limit: LimitOption = 100,
    db: DbOption = None,
    format: FormatOption = OutputFormat.table,
) -> None:
    """Entities, most written-about first."""
    rows = _query(db, lambda s: s.entities(type=type, limit=limit))
    _emit(rows, format, lambda e: [e.name, e.type, e.articles, e.quotes, e.id],
          ("name", "type", "articles", "quotes", "id"))


@app.command()
def entity(
    name: Annotated[str, typer.Argument(help="a name in any spelling, or an entity id")],
    why: Annotated[bool, typer.Option("--why", help="explain which spellings joined and why")] = False,
    db: DbOption = None,
    format: FormatOption = OutputFormat.table,
) -> None:
    """One entity: spellings, roles, top quotes, events and who else is named with it."""
    profile = _query(db, lambda s: s.entity(name))
    if format != OutputFormat.table:
        typer.echo(json.dumps(profile.to_dict(), ensure_ascii=False, indent=2))
        return
    typer.echo(_render_profile(profile, why=why))


@app.command()
def timeline(
    entity: Annotated[str | None, typer.Argument(help="only events this entity took part in")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    quotes: Annotated[bool, typer.Option("--quotes", help="also place the entity's quotes in time")] = False,
    type: Annotated[
        str | None, typer.Option("--type", help="only events of these types, comma-separated: meet,call")
    ] = None,
    limit: LimitOption = 200,
    offset: Annotated[int, typer.Option(help="skip this many rows first")] = 0,
    db: DbOption = None,
    format: FormatOption = OutputFormat.table,
) -> None:
    """Events in time order, one line per event with every article that reports it."""
    try:
        types = event_types_named(type or "")
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--type") from None
    rows = _query(db, lambda s: s.timeline(entity=entity, since=since, until=until, include_quotes=quotes,
                                           types=types, limit=limit, offset=offset))
    _emit(rows, format, _timeline_row, ("time", "what", "who", "where", "sources"))


@app.command()
def stats(db: DbOption = None, format: FormatOption = OutputFormat.table) -> None:
    """Counts: articles, quotes, speakers, entities, events, errors."""
    result = _query(db, lambda s: s.stats())
    if format == OutputFormat.table:
        for key, value in result.to_dict().items():
            typer.echo(f"{key:<14} {value:>10,}")
    else:
        _emit([result], format, lambda r: list(r.to_dict().values()), tuple(result.to_dict()))


@app.command()
def errors(
    limit: LimitOption = 100, db: DbOption = None, format: FormatOption = OutputFormat.table
) -> None:
    """Documents that could not be read, analysed or stored, and why."""
    rows = _query(db, lambda s: s.errors(limit=limit))
    _emit(rows, format, lambda e: [e.at, e.source or "", e.reason], ("at", "source", "reason"))


@app.command()
def export(
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="jsonl, csv, parquet or graphml")],
    out: Annotated[Path, typer.Option("--out", "-o", help="file to write")],
    what: Annotated[str | None, typer.Option(help="records (jsonl only), quotes, entities or events")] = None,
    db: DbOption = None,
) -> None:
    """Export records (jsonl), a table (csv, parquet) or the co-mention network (graphml)."""
    n = _query(db, lambda s: s.export(out, format=format.value, what=what))
    typer.echo(f"wrote {n:,} {'edges' if format == ExportFormat.graphml else 'rows'} to {out}")


# --- helpers --------------------------------------------------------------------------------

def _query(db: str | None, call: Any) -> Any:
    path = db or Settings.from_env().db
    if path != ":memory:" and not Path(path).exists():
        fail(f"no store at {path}; run `newsgraph ingest PATH... --db {path}` first", code=1)
    with open_store(path) as store:
        try:
            return call(store)
        except StoreError as exc:
            fail(str(exc), code=1)


def _emit(rows: Sequence[Any], format: OutputFormat, row: Any, header: Sequence[str]) -> None:
    if format == OutputFormat.json:
        typer.echo(json.dumps([r.to_dict() for r in rows], ensure_ascii=False, indent=2))
    elif format == OutputFormat.csv:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(header)
        writer.writerows([[str(c) for c in row(r)] for r in rows])
        typer.echo(buffer.getvalue(), nl=False)
    else:
        table = Table(*header, show_lines=False)
        for r in rows:
            table.add_row(*[str(c) for c in row(r)])
        Console(file=sys.stdout, width=max(100, Console().width), soft_wrap=False).print(table)


def _quote_row(q: QuoteResult) -> list[Any]:
    where = ", ".join(s.url or s.article_source or s.article_id for s in q.sources)
    return [q.first_date or "", q.speaker or "", q.text, f"{q.source_count}: {where}"]


def _timeline_row(t: TimelineItem) -> list[Any]:
    when = t.time or ""
    if t.time_from_article:
        when += " (reported)"
    what = f"{t.type}: {t.text}" if t.kind == "event" else f"said: {t.text}"
    where = ", ".join(s.url or s.article_source or s.article_id for s in t.sources)
    return [when, what, ", ".join(t.actors), t.place or "", f"{len(t.sources)}: {where}" if t.sources else ""]


def _render_profile(p: EntityProfile, *, why: bool) -> str:
    lines = [f"{p.name} ({p.type}, id {p.id}): {p.articles} articles, {p.quote_count} quotes"]
    if p.roles:
        lines.append("roles: " + "; ".join(f"{role} ({n})" for role, n in p.roles))
    lines.append("also written: " + ", ".join(a.alias for a in p.aliases if a.alias != p.name))
    if why:
        lines.append(f"key: {p.key}")
        lines += [f"  {a.alias!r} [{a.kind}]: {a.reason}" for a in p.aliases]
        lines += [f"  linked: {name} ({reason})" for name, reason in p.links]
    if p.quotes:
        lines.append("top quotes:")
        lines += [f"  [{q.source_count}] {q.first_date or '?'} “{q.text}”" for q in p.quotes]
    if p.events:
        lines.append("events:")
        lines += [f"  {e.time or '?'} {e.type}: {e.text} ({len(e.sources)} sources)" for e in p.events]
    if p.co_mentions:
        lines.append("named with: " + ", ".join(f"{c.name} ({c.articles})" for c in p.co_mentions))
    if p.others:
        lines.append("the name also fits: " + ", ".join(f"{o.name} [{o.id}]" for o in p.others))
    return "\n".join(lines)

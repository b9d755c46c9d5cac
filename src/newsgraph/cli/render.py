"""Readable terminal rendering of a record (the demo and --format text)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from newsgraph.model import Record

BODY_PREVIEW_CHARS = 1200


def render_record(record: Record, console: Console | None = None) -> None:
    console = console or Console()
    a = record.article
    pub = record.published
    console.rule(f"[bold]{a.title or '(no title)'}")
    when = pub.value.isoformat() if pub.value else "unknown"
    if pub.source == "inferred" and pub.range:
        when += f" (inferred from the text: {pub.range[0]} to {pub.range[1]})"
    elif pub.source:
        when += f" ({pub.source})"
    console.print(f"[bold]By:[/] {', '.join(a.authors) or 'unknown'}    [bold]Published:[/] {when}")
    for caption, credit in zip(a.captions, a.image_credits + [""] * len(a.captions), strict=False):
        console.print(f"[bold]Caption:[/] {caption}" + (f"  [dim]({credit})[/]" if credit else ""))
    if a.section_headings:
        console.print(f"[bold]Sections:[/] {' | '.join(a.section_headings)}")
    body = a.body
    preview = body if len(body) <= BODY_PREVIEW_CHARS else body[:BODY_PREVIEW_CHARS] + " …"
    console.print("\n[bold]Body[/]")
    for paragraph in (p.strip() for p in preview.split("\n")):
        if paragraph:
            console.print(paragraph, markup=False, highlight=False)
    _quotes(console, record)
    _entities(console, record)
    _times(console, record)
    _events(console, record)


def _quotes(console: Console, record: Record) -> None:
    table = Table("speaker", "kind", "cue", "quote", title=f"Quotes ({len(record.quotes)})", expand=True)
    for q in record.quotes:
        extra = ", ".join(f"{k}: {v}" for k in ("addressee", "venue", "medium", "source") if (v := getattr(q, k)))
        table.add_row(q.speaker or "?", q.kind, q.cue or "", q.text + (f"\n[dim]{extra}[/]" if extra else ""))
    console.print(table)


def _entities(console: Console, record: Record) -> None:
    table = Table("name", "type", "roles", "mentions", title=f"Entities ({len(record.entities)})", expand=True)
    for e in record.entities:
        forms = sorted({m.text for m in e.mentions})
        table.add_row(e.name, e.type, "; ".join(e.roles), ", ".join(forms))
    console.print(table)


def _times(console: Console, record: Record) -> None:
    table = Table("text", "value", "type", title=f"Times ({len(record.times)})")
    for t in record.times:
        table.add_row(t.text, t.value or "unresolved", t.type)
    console.print(table)


def _events(console: Console, record: Record) -> None:
    table = Table(
        "type", "actors", "place", "time", "status", "evidence", title=f"Events ({len(record.events)})", expand=True
    )
    for e in record.events:
        table.add_row(e.type, ", ".join(e.actors), e.place or "", e.time or "", e.status or "", e.evidence)
    console.print(table)

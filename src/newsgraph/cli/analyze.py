"""newsgraph analyze / newsgraph demo: articles in, analysis records out."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import date
from enum import Enum
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer

from newsgraph.cli import app
from newsgraph.cli.options import ModelOption, PublishedOption, fail, parse_day, warn
from newsgraph.cli.render import render_record
from newsgraph.errors import DocumentError
from newsgraph.ingest import iter_articles
from newsgraph.ingest.text import read_text
from newsgraph.model import Article, Record
from newsgraph.settings import Settings


class RecordFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    text = "text"


@app.command()
def analyze(
    paths: Annotated[list[str], typer.Argument(help="files or directories to analyse; - reads standard input")],
    format: Annotated[
        RecordFormat,
        typer.Option(
            "--format", "-f", help="json: one object (a list for several); jsonl: one per line; text: readable"
        ),
    ] = RecordFormat.json,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="write DIR/NAME.json per input NAME.ext instead of printing")
    ] = None,
    published: PublishedOption = None,
    timeml: Annotated[
        bool,
        typer.Option("--timeml", help="also write TimeML (TIMEX3 inline) beside each record in --out, or print it"),
    ] = False,
    model: ModelOption = None,
) -> None:
    """Analyse articles: metadata, body, entities, quotes, times and events, with offsets."""
    settings = Settings.from_env(model=model)
    day = parse_day(published)
    records = list(_analyse(paths, settings, day))
    failed = sum(1 for r in records if isinstance(r, DocumentError))
    good = [r for r in records if isinstance(r, Record)]
    if out is not None:
        _write_records(good, out, timeml=timeml)
    else:
        _print_records(good, format, timeml=timeml)
    if failed:
        raise typer.Exit(1)


def _analyse(paths: list[str], settings: Settings, day: date | None) -> Iterator[Record | DocumentError]:
    from newsgraph.pipeline import Analyzer

    analyzer: Analyzer | None = None
    articles: list[Article] = []
    for item in iter_articles(paths, settings=settings):
        if isinstance(item, DocumentError):
            warn(str(item))
            yield item
        else:
            articles.append(item)
    if not articles:
        return
    try:
        analyzer = Analyzer(settings)
    except RuntimeError as exc:
        fail(str(exc))
    for result in analyzer.analyze_many(articles, published=day):
        if isinstance(result, DocumentError):
            warn(str(result))
        yield result


def _print_records(records: list[Record], format: RecordFormat, *, timeml: bool) -> None:
    if format is RecordFormat.text:
        for record in records:
            render_record(record)
    elif format is RecordFormat.jsonl:
        for record in records:
            sys.stdout.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
    else:
        payload = records[0].to_dict() if len(records) == 1 else [r.to_dict() for r in records]
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    if timeml:
        for record in records:
            sys.stdout.write(_timeml(record) + "\n")


def _write_records(records: list[Record], out: Path, *, timeml: bool) -> None:
    out.mkdir(parents=True, exist_ok=True)
    used: dict[str, int] = {}
    for record in records:
        name = output_name(record.article)
        used[name] = used.get(name, 0) + 1
        if used[name] > 1:  # several articles from one input (JSON lines, WARC)
            name = f"{name}-{used[name]:04d}"
        (out / f"{name}.json").write_text(
            json.dumps(record.to_dict(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        if timeml:
            (out / f"{name}.tml").write_text(_timeml(record), encoding="utf-8")
    typer.echo(f"wrote {len(records)} record(s) to {out}", err=True)


def output_name(article: Article) -> str:
    """NAME for input NAME.ext (NAME.tar.gz too); the article id where there is no file name."""
    source = article.source or ""
    base = source.split("#", 1)[0].rsplit(":", 1)[0] if not source.startswith("http") else ""
    if not base or base == "-":
        return article.id
    name = Path(base).name
    for suffix in (".gz", ".warc", ".jsonl", ".json", ".html", ".htm", ".txt"):
        name = name.removesuffix(suffix)
    return name or article.id


def _timeml(record: Record) -> str:
    from newsgraph.extract.timeml import write_timeml

    return write_timeml(record.article.text, record.times, dct=record.published.value)


DEMO_ARTICLE = "demo_article.txt"


@app.command()
def demo(model: ModelOption = None) -> None:
    """Analyse the article bundled with newsgraph and print what was found."""
    from newsgraph.pipeline import Analyzer

    text = resources.files("newsgraph.data").joinpath(DEMO_ARTICLE).read_text(encoding="utf-8")
    article = read_text(text, source=f"newsgraph/data/{DEMO_ARTICLE}")
    try:
        analyzer = Analyzer(Settings.from_env(model=model))
    except RuntimeError as exc:
        fail(str(exc))
    render_record(analyzer.analyze(article))

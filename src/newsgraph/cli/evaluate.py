"""newsgraph eval: score analysis records against gold files or against PolNeAR.

Parses, gets records (precomputed with ``--records`` or analysed here), calls ``newsgraph.eval``
and prints a table or JSON. A missing file is one line on stderr and exit code 2.
"""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from newsgraph import eval as scoring
from newsgraph.cli import app
from newsgraph.errors import DocumentError
from newsgraph.settings import Settings

EXIT_USAGE = 2


class OutputFormat(StrEnum):
    table = "table"
    json = "json"


class EvalError(Exception):
    """Something the user named is missing or unreadable: reported on one line, exit 2."""


@app.command("eval")
def eval_cli(
    gold: Annotated[
        Path | None, typer.Argument(help="a gold JSON file, or a folder of them")
    ] = None,
    records: Annotated[
        Path | None,
        typer.Option(help="folder of precomputed records: DIR/NAME.json for document NAME.ext"),
    ] = None,
    polnear: Annotated[
        Path | None,
        typer.Option(help="score against a PolNeAR split folder (text/, attributions/)"),
    ] = None,
    limit: Annotated[
        int | None, typer.Option(min=1, help="PolNeAR: score only the first N articles by name")
    ] = None,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", help="table or json")
    ] = OutputFormat.table,
    model: Annotated[str | None, typer.Option(help="spaCy model to analyse with")] = None,
) -> None:
    """Score analysis records against gold answers (see shared/gold/FORMAT.md) or PolNeAR."""
    try:
        if polnear is not None:
            scores = evaluate_polnear(polnear, records=records, limit=limit, model=model)
        elif gold is not None:
            scores = evaluate_gold(gold, records=records, model=model)
        else:
            raise EvalError("give a gold file or folder, or --polnear DIR")
    except (EvalError, DocumentError, OSError, json.JSONDecodeError) as exc:
        typer.echo(f"newsgraph eval: {exc}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    if output_format is OutputFormat.json:
        typer.echo(json.dumps(scores, ensure_ascii=False, indent=2))
    else:
        typer.echo(scoring.format_table(scores), nl=False)


def evaluate_gold(path: Path, *, records: Path | None, model: str | None) -> dict[str, Any]:
    """Score every gold file at ``path`` against precomputed or freshly analysed records."""
    if not path.exists():
        raise EvalError(f"no such gold file or folder: {path}")
    if not scoring.gold_files(path):
        raise EvalError(f"no gold files (*.json) in {path}")
    if records is not None:
        return scoring.score_gold_dir(path, lambda _p, g: load_record(records, g["document"]))
    analyzer = _analyzer(model)
    return scoring.score_gold_dir(path, lambda p, g: analyse_document(
        analyzer, scoring.gold_document_path(p, g)
    ))


def evaluate_polnear(
    directory: Path, *, records: Path | None, limit: int | None, model: str | None
) -> dict[str, Any]:
    """Analyse (or load) each article of a PolNeAR split and score it."""
    if not (directory / "text").is_dir() or not (directory / "attributions").is_dir():
        raise EvalError(f"not a PolNeAR split folder (text/ and attributions/): {directory}")
    names = scoring.polnear_names(directory, limit=limit)
    if records is not None:
        by_name = {name: load_record(records, f"{name}.txt") for name in names}
    else:
        by_name = analyse_polnear(_analyzer(model), directory, names)
    return scoring.score_polnear(by_name, directory)


def load_record(records: Path, document: str) -> dict[str, Any]:
    path = records / f"{Path(document).stem}.json"
    if not path.is_file():
        raise EvalError(f"no record for {document}: {path} is missing")
    return json.loads(path.read_text(encoding="utf-8"))


def _analyzer(model: str | None) -> Any:
    from newsgraph.pipeline import Analyzer  # loads spaCy: only when analysing

    return Analyzer(Settings.from_env(model=model))


def read_document(path: Path) -> Any:
    """An Article from a document on disk. A .txt file is read exactly as it is (UTF-8, nothing
    repaired), as gold offsets point into it; other kinds go through the ingest readers, and the
    first article read is the document's (a WARC's or feed's later records are not scored)."""
    if not path.is_file():
        raise EvalError(f"no such document: {path}")
    if path.suffix.lower() == ".txt":
        from newsgraph.ingest.text import read_text

        return read_text(path.read_text(encoding="utf-8"), source=str(path))
    from newsgraph.ingest import read_bytes

    try:
        article = next((a for a in read_bytes(path.read_bytes(), str(path)) if not isinstance(a, DocumentError)), None)
    except DocumentError as exc:
        raise EvalError(str(exc)) from None
    if article is None:
        raise EvalError(f"no article in {path}")
    return article


def analyse_document(analyzer: Any, path: Path) -> dict[str, Any]:
    return analyzer.analyze(read_document(path)).to_dict()


def analyse_polnear(analyzer: Any, directory: Path, names: list[str]) -> dict[str, dict[str, Any]]:
    """Records by article name; an article that fails to analyse is scored with no quotes."""
    articles = [read_document(directory / "text" / f"{name}.txt") for name in names]
    name_of = {a.source: name for a, name in zip(articles, names, strict=True)}
    by_name: dict[str, dict[str, Any]] = {}
    for result in analyzer.analyze_many(articles):
        if isinstance(result, DocumentError):
            typer.echo(f"newsgraph eval: {result}", err=True)
            by_name[name_of[result.source]] = {"quotes": [], "warnings": [str(result)]}
        else:
            by_name[name_of[result.article.source]] = result.to_dict()
    return by_name

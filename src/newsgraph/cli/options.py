"""Options and error helpers shared by every command: defined once, meaning the same everywhere."""

from __future__ import annotations

from datetime import date
from typing import Annotated, NoReturn

import typer

from newsgraph.model import as_date

ModelOption = Annotated[
    str | None,
    typer.Option("--model", help="spaCy model package to load (default: setting 'model')"),
]
DbOption = Annotated[
    str | None,
    typer.Option("--db", help="store file (default: setting 'db', ./newsgraph.db)"),
]

PublishedOption = Annotated[
    str | None, typer.Option(help="publication date YYYY-MM-DD, overriding the page and the inference "
                                  "(ingest: articles already stored keep theirs)")
]

AliasesOption = Annotated[
    str | None,
    typer.Option("--aliases", help="aliases file (JSON or TOML) applied while storing (setting NEWSGRAPH_ALIASES)"),
]


def parse_day(value: str | None) -> date | None:
    """--published as a date; a clear usage error when it is none."""
    try:
        return as_date(value)
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not a date like 2023-03-17") from exc


def use_aliases(path: str | None) -> None:
    """Read an aliases file now (a wrong one stops the run before any work) and make it the
    file the store's entity resolver reads, as NEWSGRAPH_ALIASES would."""
    if path is None:
        return
    import os

    from newsgraph.store.aliases import ENV_VAR, AliasesError, load_aliases

    try:
        load_aliases(path)
    except AliasesError as exc:
        fail(str(exc))
    os.environ[ENV_VAR] = path


def warn(message: str) -> None:
    """One clear line on stderr for one document that failed; the run goes on."""
    typer.echo(f"newsgraph: error: {message}", err=True)


def fail(message: str, code: int = 2) -> NoReturn:
    typer.echo(f"newsgraph: error: {message}", err=True)
    raise typer.Exit(code)

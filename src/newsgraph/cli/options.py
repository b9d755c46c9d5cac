"""Options and error helpers shared by every command: defined once, meaning the same everywhere."""

from __future__ import annotations

from typing import Annotated, NoReturn

import typer

ModelOption = Annotated[
    str | None,
    typer.Option("--model", help="spaCy model package to load (default: setting 'model')"),
]
DbOption = Annotated[
    str | None,
    typer.Option("--db", help="store file (default: setting 'db', ./newsgraph.db)"),
]


def warn(message: str) -> None:
    """One clear line on stderr for one document that failed; the run goes on."""
    typer.echo(f"newsgraph: error: {message}", err=True)


def fail(message: str, code: int = 2) -> NoReturn:
    typer.echo(f"newsgraph: error: {message}", err=True)
    raise typer.Exit(code)

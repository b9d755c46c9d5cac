"""`newsgraph aliases`: a user's corrections to entity resolution (merges, canonical names, splits).

``apply`` applies an aliases file to a store written before; ``check`` reads one and says what
it holds. New articles follow the file named by the setting NEWSGRAPH_ALIASES on every ingest.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsgraph.cli import app
from newsgraph.cli.options import DbOption, fail
from newsgraph.store.aliases import Aliases, AliasesError, apply_aliases, load_aliases

aliases_app = typer.Typer(
    help="Correct entity resolution with an aliases file: merge these, keep those apart, this is the name.",
    no_args_is_help=True,
)
app.add_typer(aliases_app, name="aliases")

FileArgument = Annotated[Path, typer.Argument(help="aliases file: JSON, or TOML if it ends in .toml")]


def _load(file: Path) -> Aliases:
    try:
        return load_aliases(file)
    except AliasesError as exc:
        fail(str(exc))


@aliases_app.command("apply")
def apply(file: FileArgument, db: DbOption = None) -> None:
    """Apply an aliases file to the store: merge, rename and split entities, moving their mentions."""
    from newsgraph.cli.store import _query  # one place decides how a missing store is reported

    table = _load(file)
    summary = _query(db, lambda store: apply_aliases(store.conn, table))
    typer.echo(summary.line())
    for note in summary.notes:
        typer.echo(f"note: {note}", err=True)


@aliases_app.command("check")
def check(file: FileArgument) -> None:
    """Read an aliases file and list its entries; exit 2 with the reason if it is wrong."""
    table = _load(file)
    for merge in table.merges:
        typer.echo(f"merge: {merge.canonical}{f' ({merge.type})' if merge.type else ''}"
                   f" <- {', '.join(merge.aliases) or '(canonical name only)'}")
    for entry in table.apart:
        typer.echo(f"keep apart: {' | '.join(entry.names)}{f' ({entry.type})' if entry.type else ''}")
    typer.echo(f"{len(table.merges)} merges, {len(table.apart)} keep-apart entries")

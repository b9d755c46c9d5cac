"""The newsgraph command. One module per command group; each parses, calls the library, prints.

Library errors become exit codes and one clear line on stderr, never a traceback.
"""

from __future__ import annotations

import typer

app = typer.Typer(
    name="newsgraph",
    help="Who said what, to whom, who did what, where and when: analyse and query the news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Command modules register themselves on ``app`` when imported.
from newsgraph.cli import aliases as _aliases  # noqa: E402,F401
from newsgraph.cli import analyze as _analyze  # noqa: E402,F401
from newsgraph.cli import evaluate as _evaluate  # noqa: E402,F401
from newsgraph.cli import serve as _serve  # noqa: E402,F401
from newsgraph.cli import store as _store  # noqa: E402,F401
from newsgraph.cli import watch as _watch  # noqa: E402,F401


def main() -> None:
    app()

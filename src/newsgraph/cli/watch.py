"""``newsgraph watch FEED``: follow a feed, storing new items every round.

Each round fetches the feed and its items and hands them to the same runner as ``ingest``;
items already in the store are skipped before analysis, so a round costs little when nothing
is new. The model loads once, before the first round.
"""

from __future__ import annotations

import re
import time
from datetime import datetime
from typing import Annotated

import typer

from newsgraph.cli import app
from newsgraph.cli.options import AliasesOption, DbOption, fail, use_aliases
from newsgraph.cli.store import _analyze_many, open_store
from newsgraph.settings import Settings
from newsgraph.store import StoreError

DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.IGNORECASE)
UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(text: str) -> float:
    """Seconds in '30s', '15m', '1h', '1d' or a bare number of seconds; ValueError otherwise."""
    match = DURATION.match(text)
    if not match:
        raise ValueError(f"not a duration: {text!r} (use e.g. 30s, 15m, 1h)")
    seconds = float(match.group(1)) * UNIT_SECONDS[match.group(2).lower()]
    if seconds <= 0:
        raise ValueError(f"duration must be above zero: {text!r}")
    return seconds


@app.command()
def watch(
    feed: Annotated[str, typer.Argument(help="RSS or Atom feed URL (an article URL works too)")],
    every: Annotated[str, typer.Option(help="time between rounds: 30s, 15m, 1h")] = "15m",
    db: DbOption = None,
    once: Annotated[bool, typer.Option("--once", help="run one round and exit (for cron and tests)")] = False,
    workers: Annotated[int | None, typer.Option(
        help="local worker processes; 0 = one per core (setting workers)")] = None,
    aliases: AliasesOption = None,
) -> None:
    """Follow a feed: store its new items, wait, and again; stored items are skipped."""
    from newsgraph.ingest.url import fetch_articles, make_client
    from newsgraph.run.local import run_local
    from newsgraph.run.progress import Reporter, RunSummary

    try:
        pause = parse_duration(every)
    except ValueError as exc:
        fail(str(exc))
    if not feed.startswith(("http://", "https://")):
        fail(f"not an http(s) URL: {feed}")
    use_aliases(aliases)
    settings = Settings.from_env(db=db, workers=workers)
    analyze_many = _analyze_many(settings)
    try:
        with open_store(settings.db) as store, make_client() as client:
            while True:
                started = time.monotonic()
                reporter = Reporter()
                written = run_local(fetch_articles(feed, settings=settings, client=client), store=store,
                                    analyze_many=analyze_many, batch_size=settings.batch_size,
                                    reporter=reporter)
                summary = RunSummary(write=written, analysed=reporter.analysed_count,
                                     words=reporter.words, seconds=time.monotonic() - started)
                typer.echo(f"{datetime.now().isoformat(timespec='seconds')} {feed}: {summary.line()}")
                if once:
                    break
                time.sleep(pause)
    except StoreError as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        typer.echo("stopped", err=True)

"""``newsgraph serve``: the HTTP API and the web pages over a store, on 127.0.0.1 by default."""

from __future__ import annotations

import ipaddress
from typing import Annotated

import typer

from newsgraph.cli import app
from newsgraph.cli.options import DbOption, fail, warn
from newsgraph.settings import Settings
from newsgraph.store import Store, StoreError

TOKEN_ENV = "NEWSGRAPH_INGEST_TOKEN"


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="address to listen on; 0.0.0.0 opens it to the network")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="port to listen on")] = 8000,
    db: DbOption = None,
    ingest_token: Annotated[str | None, typer.Option(
        envvar=TOKEN_ENV, show_envvar=True,
        help=f"turn on POST /api/ingest for clients sending this bearer token (prefer ${TOKEN_ENV})",
    )] = None,
) -> None:
    """Serve the JSON API (/api, schema at /openapi.json) and the web pages. Read-only without a token."""
    import uvicorn

    from newsgraph.api import create_app

    settings = Settings.from_env(db=db)
    try:
        store = Store(settings.db)
    except StoreError as exc:
        fail(str(exc))
    if not is_loopback(host):
        warn(f"listening on {host}: anyone who can reach this machine can read the store")
    typer.echo(f"newsgraph: serving {settings.db} on http://{host}:{port}/"
               + (" (ingest on)" if ingest_token else " (read-only)"), err=True)
    try:
        uvicorn.run(create_app(store, ingest_token=ingest_token, settings=settings), host=host, port=port,
                    log_level="info", server_header=False)
    finally:
        store.close()

"""The app factory: one FastAPI app serving the JSON API, the web pages and their static files.

    app = create_app("newsgraph.db")                       # read-only
    app = create_app(store, ingest_token="s3cret")         # also POST /api/ingest

Errors keep their face: under ``/api`` they are JSON, elsewhere a small HTML page.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsgraph.api import pages, routes
from newsgraph.api.ingest import Analyze, Ingestor, ingest_router
from newsgraph.api.security import MAX_BODY_BYTES, SecurityHeaders
from newsgraph.settings import Settings
from newsgraph.store import NotFound, QueryTimeout, Store, StoreError
from newsgraph.web import STATIC_DIR, make_templates

READ_TIMEOUT = 5.0  # seconds a request's read may take before the store stops it (503)


def create_app(
    store_or_path: Store | str | Path,
    *,
    ingest_token: str | None = None,
    analyzer: Analyze | None = None,
    read_timeout: float = READ_TIMEOUT,
    max_body: int = MAX_BODY_BYTES,
    settings: Settings | None = None,
) -> FastAPI:
    """The newsgraph app over a ``Store`` or a store file (opened, and created if missing).

    ``ingest_token`` turns on ``POST /api/ingest`` (Bearer auth); without it the app only reads
    and the route does not exist. ``analyzer`` (anything with ``analyze(article, published=)``)
    replaces the spaCy pipeline, which otherwise loads on the first ingest. A store without a
    read time limit is given ``read_timeout``.
    """
    store = store_or_path if isinstance(store_or_path, Store) else Store(store_or_path)
    if store.read_timeout is None:
        store.read_timeout = read_timeout
    app = FastAPI(
        title="newsgraph",
        summary="Who said what, to whom, who did what, where and when.",
        docs_url=None, redoc_url=None,  # their pages load scripts from a CDN; /openapi.json stays
        max_body_size=max_body,  # larger bodies get 413 before any route reads them
    )
    app.state.store = store
    app.state.templates = make_templates()
    app.include_router(routes.router)
    if ingest_token:
        app.include_router(ingest_router(Ingestor(store, analyzer=analyzer, settings=settings), ingest_token))
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    _add_error_handlers(app)
    app.add_middleware(SecurityHeaders)
    return app


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def _error(request: Request, status: int, message: str, **headers: str) -> Response:
    if _wants_json(request):
        return JSONResponse({"detail": message}, status, headers=headers or None)
    return request.app.state.templates.TemplateResponse(
        request, "error.html", {"status": status, "message": message}, status_code=status, headers=headers or None,
    )


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return _error(request, 404, str(exc))

    @app.exception_handler(QueryTimeout)
    async def timeout(request: Request, exc: QueryTimeout) -> Response:
        return _error(request, 503, str(exc), **{"Retry-After": "5"})

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        return _error(request, 400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        if _wants_json(request):
            return await request_validation_exception_handler(request, exc)
        return _error(request, 422, "; ".join(_describe(e) for e in exc.errors()))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if _wants_json(request):
            return await http_exception_handler(request, exc)
        return _error(request, exc.status_code, str(exc.detail))


def _describe(error: dict[str, Any]) -> str:
    where = ".".join(str(p) for p in error.get("loc", ())[1:]) or "request"
    return f"{where}: {error.get('msg', 'invalid')}"

"""``POST /api/ingest``: analyse one article and store it. Registered only when a token is set.

The model loads on the first request, once; analysis runs in the threadpool, one article at a
time (a spaCy pipeline is not shared between threads), so reads keep being answered meanwhile.
"""

from __future__ import annotations

import threading
from datetime import date
from typing import Any, Protocol

from fastapi import APIRouter, Depends, HTTPException, Request, Response
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field, model_validator

from newsgraph.api.security import MAX_BODY_BYTES, check_bearer
from newsgraph.errors import DocumentError
from newsgraph.ingest import read_html, read_text
from newsgraph.model import Article, Record
from newsgraph.settings import Settings
from newsgraph.store import Store, StoreError

URL_MAX = 2_048


class Analyze(Protocol):
    def analyze(self, article: Article, *, published: date | None = None) -> Record: ...


class IngestRequest(BaseModel):
    """One article: ``text`` (plain or scraped text) or ``html`` (a whole page), not both."""

    text: str | None = Field(None, max_length=MAX_BODY_BYTES)
    html: str | None = Field(None, max_length=MAX_BODY_BYTES)
    url: str | None = Field(None, max_length=URL_MAX, pattern=r"^https?://\S+$")
    published: date | None = Field(None, description="publication date; else the page's or an inferred one")

    @model_validator(mode="after")
    def _one_body(self) -> IngestRequest:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of text or html")
        if not (self.text or self.html or "").strip():
            raise ValueError("the article is empty")
        return self


class IngestResult(BaseModel):
    id: str
    stored: int
    skipped: int
    replaced: int
    failed: int
    quotes: int
    entities: int
    events: int


class Ingestor:
    """Reads, analyses and stores one article at a time with a lazily loaded analyzer."""

    def __init__(self, store: Store, *, analyzer: Analyze | None = None, settings: Settings | None = None) -> None:
        self.store = store
        self.settings = settings or Settings.from_env()
        self._analyzer = analyzer
        self._lock = threading.Lock()

    def __call__(self, request: IngestRequest) -> IngestResult:
        article = self._read(request)
        with self._lock:
            if self._analyzer is None:
                from newsgraph.pipeline import Analyzer  # the model loads on first use, not at startup

                self._analyzer = Analyzer(self.settings)
            record = self._analyzer.analyze(article, published=request.published)
        summary = self.store.write([record])
        return IngestResult(
            id=record.id, stored=summary.stored, skipped=summary.skipped, replaced=summary.replaced,
            failed=summary.failed, quotes=len(record.quotes), entities=len(record.entities),
            events=len(record.events),
        )

    def _read(self, request: IngestRequest) -> Article:
        source = request.url or "api"
        if request.html is not None:
            return read_html(request.html, source=source, url=request.url)
        article = read_text(request.text or "", source=source)
        article.url = request.url
        return article


def ingest_router(ingestor: Ingestor, token: str) -> APIRouter:
    def require_token(request: Request) -> None:
        check_bearer(request, token)

    router = APIRouter(prefix="/api", tags=["write"], dependencies=[Depends(require_token)])

    @router.post("/ingest", response_model=IngestResult, status_code=201, responses={
        200: {"description": "already stored: skipped"}, 401: {"description": "no or wrong token"},
        413: {"description": "body too large"}, 422: {"description": "invalid request or unreadable article"},
    })
    async def ingest(body: IngestRequest, response: Response) -> Any:
        """Analyse one article and store it (needs ``Authorization: Bearer <token>``).

        201 when stored (or replacing an older version at the same URL), 200 when already stored."""
        try:
            result = await run_in_threadpool(ingestor, body)
        except DocumentError as exc:
            raise HTTPException(422, exc.reason) from exc
        except StoreError as exc:
            raise HTTPException(503, str(exc)) from exc
        if not (result.stored or result.replaced):
            response.status_code = 200
        return result

    return router


"""The JSON API under ``/api``: the CLI's queries with paging. Each route parses, calls ``data``, returns.

Routes are plain ``def``: FastAPI runs them in its threadpool, where the store gives each thread
its own read connection, under the store's read time limit.
"""

from __future__ import annotations

from typing import Annotated, Any, Generic, TypeVar

from fastapi import APIRouter, Depends, Path, Query, Request
from pydantic import BaseModel

from newsgraph.api import data
from newsgraph.api.params import (
    GRAPH_MAX,
    NAME_MAX,
    EntityType,
    Page,
    QuoteFilters,
    TimelineFilters,
    page,
    quote_filters,
    timeline_filters,
    timeline_page,
)
from newsgraph.store import Store
from newsgraph.store.results import (
    ArticleSummary,
    ArticleView,
    EntityProfile,
    EntitySummary,
    ErrorRow,
    QuoteResult,
    SpeakerEdge,
    Stats,
    TimelineItem,
)

T = TypeVar("T")
ARTICLE_ID = r"^[\w.:-]{1,128}$"

router = APIRouter(prefix="/api", tags=["read"])


class PageOut(BaseModel, Generic[T]):
    """A page of results; ask again with ``offset + limit`` while ``more`` is true."""

    items: list[T]
    limit: int
    offset: int
    more: bool
    filters: dict[str, Any]


def get_store(request: Request) -> Store:
    return request.app.state.store


StoreDep = Annotated[Store, Depends(get_store)]
PageDep = Annotated[Page, Depends(page)]
EntityName = Annotated[str, Path(min_length=1, max_length=NAME_MAX, description="a name in any spelling, or an id")]
Top = Annotated[int, Query(ge=1, le=100, description="how many quotes, events and co-mentioned entities")]


@router.get("/quotes", response_model=PageOut[QuoteResult])
def quotes(store: StoreDep, filters: Annotated[QuoteFilters, Depends(quote_filters)], page: PageDep) -> Any:
    """Quotations, newest first, each with every article that carries it, earliest first."""
    return data.quotes(store, filters, page).to_dict()


@router.get("/entities", response_model=PageOut[EntitySummary])
def entities(store: StoreDep, page: PageDep, type: EntityType = None) -> Any:
    """Entities, most written-about first."""
    return data.entities(store, type, page).to_dict()


@router.get("/entities/{name}", response_model=EntityProfile)
def entity(store: StoreDep, name: EntityName, top: Top = 10) -> Any:
    """One entity: spellings and why they joined, roles, top quotes, events, co-mentioned entities."""
    return data.entity(store, name, top=top)


@router.get("/timeline", response_model=PageOut[TimelineItem])
def timeline(
    store: StoreDep, filters: Annotated[TimelineFilters, Depends(timeline_filters)],
    page: Annotated[Page, Depends(timeline_page)],
) -> Any:
    """Events in time order, one item per event with every article that reports it."""
    return data.timeline(store, filters, page).to_dict()


@router.get("/stats", response_model=Stats)
def stats(store: StoreDep) -> Any:
    """Counts: articles, quotes, speakers, entities, events, errors."""
    return data.stats(store)


@router.get("/errors", response_model=PageOut[ErrorRow])
def errors(store: StoreDep, page: PageDep) -> Any:
    """Documents that could not be read, analysed or stored, and why; newest first."""
    return data.errors(store, page).to_dict()


@router.get("/articles", response_model=PageOut[ArticleSummary])
def articles(store: StoreDep, page: PageDep) -> Any:
    """Stored articles, latest published first."""
    return data.articles(store, page).to_dict()


@router.get("/articles/{article_id}", response_model=ArticleView)
def article(store: StoreDep, article_id: Annotated[str, Path(pattern=ARTICLE_ID)]) -> Any:
    """The analysis record (``record``: text, quotes, entities, times, events) and its store links:
    the global entity of each mention, the distinct quotation and resolved speaker of each quote."""
    return data.article(store, article_id)


@router.get("/graph", response_model=list[SpeakerEdge])
def graph(
    store: StoreDep, limit: Annotated[int, Query(ge=1, le=GRAPH_MAX, description="strongest edges")] = 60
) -> Any:
    """Who speaks about whom: speaker -> entity their quotations mention, with the count."""
    return data.speaker_graph(store, limit=limit)

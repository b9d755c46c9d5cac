"""The web pages. Each route takes the same parameters as its API twin, calls the same ``data``
function, and hands the result to a template; nothing here touches SQL or builds HTML by hand.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import HTMLResponse

from newsgraph.api import data
from newsgraph.api.params import (
    EntityType,
    Page,
    QuoteFilters,
    TimelineFilters,
    quote_filters,
    timeline_filters,
    timeline_page,
)
from newsgraph.api.routes import ARTICLE_ID, EntityName, PageDep, StoreDep, Top
from newsgraph.extract.event_patterns import EVENT_TYPES
from newsgraph.web.graph import speaker_picture
from newsgraph.web.highlight import annotate

GRAPH_EDGES = 60  # a readable picture; /api/graph?limit= gives more
HOME_ROWS = 8

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


def render(request: Request, template: str, **context: Any) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, template, context)


def pager(request: Request, paged: data.Paged) -> dict[str, str | None]:
    """Links to the previous and next pages, keeping every other parameter."""
    def link(offset: int) -> str:
        params = {k: v for k, v in request.query_params.items() if k != "offset" and v}
        return request.url.path + "?" + urlencode({**params, "offset": offset})

    return {
        "prev": link(max(paged.offset - paged.limit, 0)) if paged.offset else None,
        "next": link(paged.offset + paged.limit) if paged.more else None,
    }


@router.get("/")
def home(request: Request, store: StoreDep) -> HTMLResponse:
    return render(
        request, "index.html", stats=data.stats(store),
        articles=data.articles(store, Page(HOME_ROWS)).items,
        speakers=data.entities(store, "PERSON", Page(HOME_ROWS)).items,
    )


@router.get("/articles")
def articles(request: Request, store: StoreDep, page: PageDep) -> HTMLResponse:
    paged = data.articles(store, page)
    return render(request, "articles.html", paged=paged, links=pager(request, paged))


@router.get("/articles/{article_id}")
def article(request: Request, store: StoreDep, article_id: Annotated[str, Path(pattern=ARTICLE_ID)]) -> HTMLResponse:
    view = data.article(store, article_id)
    return render(request, "article.html", record=view.record, marked=annotate(view))


@router.get("/quotes")
def quotes(
    request: Request, store: StoreDep, filters: Annotated[QuoteFilters, Depends(quote_filters)], page: PageDep
) -> HTMLResponse:
    paged = data.quotes(store, filters, page)
    return render(request, "quotes.html", filters=filters, paged=paged, links=pager(request, paged))


@router.get("/entities")
def entities(request: Request, store: StoreDep, page: PageDep, type: EntityType = None) -> HTMLResponse:
    paged = data.entities(store, type, page)
    return render(request, "entities.html", type=type or "", paged=paged, links=pager(request, paged))


@router.get("/entities/{name}")
def entity(request: Request, store: StoreDep, name: EntityName, top: Top = 10) -> HTMLResponse:
    return render(request, "entity.html", profile=data.entity(store, name, top=top))


@router.get("/timeline")
def timeline(
    request: Request, store: StoreDep, filters: Annotated[TimelineFilters, Depends(timeline_filters)],
    page: Annotated[Page, Depends(timeline_page)],
) -> HTMLResponse:
    paged = data.timeline(store, filters, page)
    return render(
        request, "timeline.html", filters=filters, paged=paged, links=pager(request, paged), event_types=EVENT_TYPES
    )


@router.get("/graph")
def graph(request: Request, store: StoreDep) -> HTMLResponse:
    edges = data.speaker_graph(store, limit=GRAPH_EDGES)
    return render(request, "graph.html", picture=speaker_picture(edges), edges=edges)

"""One query, two faces: each function here feeds one API route and one web page.

They call ``Store``'s read methods (its named queries, ``store/queries.py``) and add only paging:
one row more than the page is read, to know if there is a next.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from newsgraph.api.params import Page, QuoteFilters, TimelineFilters
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


@dataclass(slots=True)
class Paged(Generic[T]):
    """One page of results; ``more`` says whether a next page has anything."""

    items: list[T]
    limit: int
    offset: int
    more: bool = False
    filters: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "items": [i.to_dict() for i in self.items],  # type: ignore[attr-defined]
            "limit": self.limit, "offset": self.offset, "more": self.more, "filters": self.filters,
        }


def _paged(rows: list[T], page: Page, filters: dict[str, Any] | None = None) -> Paged[T]:
    return Paged(rows[: page.limit], page.limit, page.offset, len(rows) > page.limit, filters or {})


def quotes(store: Store, filters: QuoteFilters, page: Page) -> Paged[QuoteResult]:
    kwargs = filters.kwargs()
    rows = store.quotes(**kwargs, limit=page.limit + 1, offset=page.offset)
    return _paged(rows, page, kwargs)


def entities(store: Store, type: str | None, page: Page) -> Paged[EntitySummary]:
    rows = store.entities(type=type, limit=page.limit + 1, offset=page.offset)
    return _paged(rows, page, {"type": type} if type else {})


def entity(store: Store, name: str, *, top: int = 10) -> EntityProfile:
    return store.entity(name, top=top)


def timeline(store: Store, filters: TimelineFilters, page: Page) -> Paged[TimelineItem]:
    kwargs = filters.kwargs()
    rows = store.timeline(**kwargs, limit=page.limit + 1, offset=page.offset)
    return _paged(rows, page, kwargs)


def stats(store: Store) -> Stats:
    return store.stats()


def errors(store: Store, page: Page) -> Paged[ErrorRow]:
    return _paged(store.errors(limit=page.limit + 1, offset=page.offset), page)


def article(store: Store, article_id: str) -> ArticleView:
    return store.article(article_id)


def articles(store: Store, page: Page) -> Paged[ArticleSummary]:
    rows = store.articles(limit=page.limit + 1, offset=page.offset)
    return _paged(rows, page)


def speaker_graph(store: Store, *, limit: int) -> list[SpeakerEdge]:
    return store.speaker_graph(limit=limit)

"""Request parameters, validated once: the API routes and the web pages take the same ones.

Every text parameter is bounded, dates are ISO (``2023``, ``2023-03``, ``2023-03-17``) and
real, pages are capped. A blank form field means "no filter", so ``?speaker=&since=`` is valid.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Annotated, Any

from fastapi import Query
from pydantic import AfterValidator

from newsgraph.extract.event_patterns import EVENT_TYPES, event_types_named
from newsgraph.store import timeval

NAME_MAX = 200  # longest name a filter takes (speaker, about, entity)
SEARCH_MAX = 500  # longest full-text search
PAGE_MAX = 200  # largest page a client can ask for
OFFSET_MAX = 100_000  # deepest page; deeper reads are an export, not a page
GRAPH_MAX = 300  # most edges in the speaker graph

_ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_TYPE = re.compile(r"[A-Za-z_]{1,20}")


def _blank_is_none(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def _iso_date(value: str | None) -> str | None:
    value = _blank_is_none(value)
    if value is None:
        return None
    if not _ISO_DATE.fullmatch(value) or timeval.bounds(value) == (None, None):
        raise ValueError("a date is YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def _entity_type(value: str | None) -> str | None:
    value = _blank_is_none(value)
    if value is not None and not _TYPE.fullmatch(value):
        raise ValueError("an entity type is a word such as PERSON, ORG or GPE")
    return value.upper() if value else None


Name = Annotated[
    str | None, Query(max_length=NAME_MAX, description="a name in any spelling"), AfterValidator(_blank_is_none)
]
Search = Annotated[
    str | None,
    Query(max_length=SEARCH_MAX, description="words, all required; word* is a prefix"),
    AfterValidator(_blank_is_none),
]
Since = Annotated[
    str | None, Query(max_length=10, description="from this date: YYYY, YYYY-MM or YYYY-MM-DD"),
    AfterValidator(_iso_date),
]
Until = Annotated[
    str | None, Query(max_length=10, description="up to this date, inclusive"), AfterValidator(_iso_date)
]
EntityType = Annotated[
    str | None, Query(max_length=20, description="PERSON, ORG, GPE, NORP, ..."), AfterValidator(_entity_type)
]
def _event_types(value: str | None) -> str | None:
    """'Meet, call' -> 'meet,call'; an unknown type is a ValueError, so a 422 listing the known."""
    value = _blank_is_none(value)
    return ",".join(event_types_named(value)) if value else None


EventTypes = Annotated[
    str | None,
    Query(max_length=NAME_MAX, description=f"event types, comma-separated: {', '.join(EVENT_TYPES)}"),
    AfterValidator(_event_types),
]
Limit = Annotated[int, Query(ge=1, le=PAGE_MAX, description=f"page size, at most {PAGE_MAX}")]
Offset = Annotated[int, Query(ge=0, le=OFFSET_MAX, description="rows to skip")]


class _Filters:
    def kwargs(self) -> dict[str, Any]:
        """The filters that are set, as keyword arguments for the store's query."""
        return {k: v for k, v in asdict(self).items() if v not in (None, False)}  # type: ignore[call-overload]


@dataclass(slots=True)
class Page:
    limit: int = 20
    offset: int = 0


@dataclass(slots=True)
class QuoteFilters(_Filters):
    speaker: str | None = None
    about: str | None = None
    search: str | None = None
    since: str | None = None
    until: str | None = None


@dataclass(slots=True)
class TimelineFilters(_Filters):
    entity: str | None = None
    since: str | None = None
    until: str | None = None
    include_quotes: bool = False
    types: tuple[str, ...] | None = None


def page(limit: Limit = 20, offset: Offset = 0) -> Page:
    return Page(limit, offset)


def quote_filters(
    speaker: Name = None, about: Name = None, search: Search = None, since: Since = None, until: Until = None
) -> QuoteFilters:
    return QuoteFilters(speaker, about, search, since, until)


def timeline_filters(
    entity: Name = None, since: Since = None, until: Until = None,
    quotes: Annotated[bool, Query(description="also place the entity's quotations in time")] = False,
    type: EventTypes = None,
) -> TimelineFilters:
    return TimelineFilters(entity, since, until, quotes, tuple(type.split(",")) if type else None)


def timeline_page(limit: Limit = 50, offset: Offset = 0) -> Page:
    """A timeline page: longer by default than other lists, since one item is one line."""
    return Page(limit, offset)

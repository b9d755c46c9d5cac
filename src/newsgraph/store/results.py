"""What the store's queries return: small dataclasses with ``to_dict`` for JSON and the API."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


class _Dict:
    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]


@dataclass(slots=True)
class QuoteSource(_Dict):
    """One article's telling of a quotation."""

    article_id: str
    url: str | None
    title: str | None
    published: str | None
    text: str
    start: int
    end: int
    kind: str | None = None
    speaker: str | None = None
    speaker_mention: dict[str, Any] | None = None
    cue: str | None = None
    addressee: str | None = None
    venue: str | None = None
    medium: str | None = None
    source: str | None = None
    date: str | None = None
    article_source: str | None = None  # the file or feed the article came from


@dataclass(slots=True)
class QuoteResult(_Dict):
    """A distinct quotation with every article that carries it, earliest first."""

    id: str
    text: str
    kind: str | None
    speaker: str | None
    speaker_id: str | None
    first_date: str | None
    source_count: int
    sources: list[QuoteSource] = field(default_factory=list)


@dataclass(slots=True)
class EntitySummary(_Dict):
    id: str
    name: str
    type: str
    articles: int = 0
    quotes: int = 0


@dataclass(slots=True)
class Alias(_Dict):
    """A spelling of an entity and why it was joined to it."""

    alias: str
    kind: str  # name (joins) or short (a surname alone)
    reason: str
    article_id: str | None = None


@dataclass(slots=True)
class EventSource(_Dict):
    article_id: str
    url: str | None
    title: str | None
    published: str | None
    evidence: str | None
    actors: list[str]
    time: str | None
    status: str | None
    article_source: str | None = None  # the file or feed the article came from


@dataclass(slots=True)
class TimelineItem(_Dict):
    """An event (merged over the articles that report it) or a quotation, placed in time."""

    kind: str  # event or quote
    id: str
    time: str | None
    time_start: str | None
    time_end: str | None
    type: str | None
    actors: list[str]
    place: str | None
    status: str | None
    text: str
    time_from_article: bool = False  # no time in the text: the article's date stands in
    sources: list[EventSource] = field(default_factory=list)


@dataclass(slots=True)
class EntityProfile(_Dict):
    id: str
    name: str
    type: str
    key: str
    aliases: list[Alias]
    roles: list[tuple[str, int]]
    links: list[tuple[str, str]]  # (other entity's name, reason): Beijing -> China
    articles: int
    quote_count: int
    quotes: list[QuoteResult]
    events: list[TimelineItem]
    co_mentions: list[EntitySummary]
    others: list[EntitySummary] = field(default_factory=list)  # other entities the name fits


@dataclass(slots=True)
class Stats(_Dict):
    articles: int
    quotes: int
    quote_sources: int
    speakers: int
    entities: int
    events: int
    errors: int


@dataclass(slots=True)
class ErrorRow(_Dict):
    source: str | None
    reason: str
    at: str


@dataclass(slots=True)
class ArticleSummary(_Dict):
    """A stored article in a list, with how many quotation spans it holds."""

    id: str
    title: str | None
    url: str | None
    source: str | None
    published: str | None
    quotes: int = 0


@dataclass(slots=True)
class MentionLink(_Dict):
    """A mention in the article and the global entity it was resolved to."""

    start: int
    end: int
    entity_id: str
    name: str
    type: str


@dataclass(slots=True)
class QuoteLink(_Dict):
    """A quotation span in the article and the distinct quotation (and speaker) it belongs to."""

    start: int
    end: int
    quote_id: str
    speaker_id: str | None
    speaker: str | None  # the resolved speaker's canonical name, else the name as the article gave it
    source_count: int


@dataclass(slots=True)
class ArticleView(_Dict):
    """The stored record (``Record.to_dict`` form, text included) and its links into the store."""

    record: dict[str, Any]
    mentions: list[MentionLink] = field(default_factory=list)
    quotes: list[QuoteLink] = field(default_factory=list)


@dataclass(slots=True)
class SpeakerEdge(_Dict):
    """A speaker and an entity their quotations mention, with how many quotations do."""

    speaker_id: str
    speaker: str
    about_id: str
    about: str
    about_type: str
    quotes: int

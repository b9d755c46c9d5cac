"""The one data model: Article in, Record out.

Every extractor returns these dataclasses; only ``pipeline.analyze`` assembles a ``Record``.
``Record.to_dict()`` is the analysis record of ``shared/gold/FORMAT.md`` (every key it names,
plus a few extras), and ``Record.from_dict`` reads it back so stores and runners can
round-trip records without re-running the model.

Offsets are always ``[start, end)`` character offsets into ``Article.text``.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

RECORD_FORMAT = "newsgraph/1"


@dataclass(slots=True)
class Region:
    """A labelled stretch of the article text (title, byline, caption, body, bio, ...)."""

    kind: str
    start: int
    end: int


class RegionIndex:
    """The region holding an offset, in log time: sources lay regions out in text order without
    overlap, and an article of thousands of paragraphs is asked once per time and sentence."""

    def __init__(self, regions: list[Region]) -> None:
        self.regions = sorted(regions, key=lambda r: (r.start, r.end))
        self.starts = [r.start for r in self.regions]

    def at(self, offset: int) -> Region | None:
        k = bisect_right(self.starts, offset) - 1
        return self.regions[k] if k >= 0 and offset < self.regions[k].end else None


@dataclass(slots=True)
class Article:
    """One document as a source read it: the text to analyse plus what the page said of itself.

    ``text`` is what offsets point into. For plain-text input it is the file as given; for
    HTML it is the extracted article (title, captions and body laid out as plain text).
    ``regions`` say which parts of ``text`` are body, caption, byline and so on.
    """

    text: str
    id: str = ""
    source: str | None = None
    url: str | None = None
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: date | None = None
    published_source: str | None = None  # "page", "given" or "inferred"
    captions: list[str] = field(default_factory=list)
    image_credits: list[str] = field(default_factory=list)
    section_headings: list[str] = field(default_factory=list)
    regions: list[Region] = field(default_factory=list)
    body_span: tuple[int, int] | None = None
    language: str | None = None
    input_kind: str = "text"  # text, html, jsonl, warc
    # The file this article is the whole of (its resolved path), set when a text or HTML file
    # is read: the file's identity where it has no URL, so an edited file replaces its old
    # version instead of being stored beside it.
    document: str | None = None

    def __post_init__(self) -> None:
        self.published = as_date(self.published)
        if not self.id:
            self.id = content_id(self.text)
        if self.body_span is None:
            self.body_span = (0, len(self.text))

    @property
    def body(self) -> str:
        start, end = self.body_span or (0, len(self.text))
        return self.text[start:end]

    def regions_of(self, *kinds: str) -> list[Region]:
        return [r for r in self.regions if r.kind in kinds]


def as_date(value: date | datetime | str | None) -> date | None:
    """A publication day as the analysis reads it, from what a caller of the Python API may
    hand over: a ``datetime`` (``datetime.now()``) is its day, an ISO string is parsed."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value.strip()).date()
        except ValueError as err:
            raise ValueError(f"published date {value!r} is not an ISO date (YYYY-MM-DD)") from err
    return value


def content_id(text: str) -> str:
    """A stable id from the text: the same article ingested twice gets the same id."""
    normalised = " ".join(text.split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class Mention:
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Mention | None:
        if not d:
            return None
        return cls(d["text"], int(d["start"]), int(d["end"]))


@dataclass(slots=True)
class Entity:
    name: str
    type: str
    mentions: list[Mention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    refers_to: str | None = None  # "Beijing" (GPE) standing for the Chinese government -> "China"
    id: str = ""
    link: dict[str, Any] = field(default_factory=dict)  # gazetteer data: country code, coords

    def __post_init__(self) -> None:
        if not self.id:
            self.id = entity_id(self.name, self.type)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "mentions": [{"text": m.text, "span": [m.start, m.end]} for m in self.mentions],
            "roles": list(self.roles),
        }
        if self.affiliations:
            d["affiliations"] = list(self.affiliations)
        if self.refers_to:
            d["refers_to"] = self.refers_to
        if self.link:
            d["link"] = dict(self.link)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Entity:
        return cls(
            name=d["name"],
            type=d["type"],
            mentions=[_mention_from_json(m) for m in d.get("mentions", [])],
            roles=list(d.get("roles", [])),
            affiliations=list(d.get("affiliations", [])),
            refers_to=d.get("refers_to"),
            id=d.get("id", ""),
            link=dict(d.get("link", {})),
        )


def entity_id(name: str, type_: str) -> str:
    key = f"{type_}:{' '.join(name.casefold().split())}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def _mention_from_json(m: Any) -> Mention:
    if isinstance(m, str):
        return Mention(m, -1, -1)
    start, end = m.get("span", [m.get("start", -1), m.get("end", -1)])
    return Mention(m["text"], int(start), int(end))


QUOTE_KINDS = ("direct", "indirect", "mixed", "fragment")


@dataclass(slots=True)
class Quote:
    text: str
    start: int
    end: int
    kind: str  # one of QUOTE_KINDS
    speaker: str | None = None
    speaker_mention: Mention | None = None
    cue: str | None = None
    addressee: str | None = None
    venue: str | None = None
    medium: str | None = None
    source: str | None = None
    date: str | None = None
    speaker_id: str | None = None
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "text": self.text,
            "span": [self.start, self.end],
            "kind": self.kind,
            "speaker": self.speaker,
            "speaker_mention": self.speaker_mention.to_dict() if self.speaker_mention else None,
            "cue": self.cue,
        }
        for key in ("addressee", "venue", "medium", "source", "date", "speaker_id"):
            value = getattr(self, key)
            if value is not None:
                d[key] = value
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Quote:
        start, end = d.get("span", [-1, -1])
        return cls(
            text=d["text"],
            start=int(start),
            end=int(end),
            kind=d.get("kind", "direct"),
            speaker=d.get("speaker"),
            speaker_mention=Mention.from_dict(d.get("speaker_mention")),
            cue=d.get("cue"),
            addressee=d.get("addressee"),
            venue=d.get("venue"),
            medium=d.get("medium"),
            source=d.get("source"),
            date=d.get("date"),
            speaker_id=d.get("speaker_id"),
        )


@dataclass(slots=True)
class TimeExpr:
    """A time expression with its TIMEX3-style type and ISO value.

    ``value`` is None when the expression cannot be pinned ("some time", "recently");
    ``type`` is DATE, TIME, DURATION or SET, as in TimeML.
    """

    text: str
    start: int
    end: int
    value: str | None
    type: str = "DATE"
    granularity: str | None = None  # day, week, month, quarter, season, year, range, ...
    anchor: str | None = None  # what it was resolved against (ISO date)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "text": self.text,
            "span": [self.start, self.end],
            "value": self.value,
            "type": self.type,
        }
        if self.granularity:
            d["granularity"] = self.granularity
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> TimeExpr:
        start, end = d.get("span", [-1, -1])
        return cls(
            text=d["text"],
            start=int(start),
            end=int(end),
            value=d.get("value"),
            type=d.get("type", "DATE"),
            granularity=d.get("granularity"),
        )


@dataclass(slots=True)
class Event:
    type: str
    actors: list[str] = field(default_factory=list)
    target: str | None = None
    object: str | None = None
    place: str | None = None
    time: str | None = None
    status: str | None = None  # planned, happened, ongoing, denied, hypothetical, negated
    evidence: str = ""
    evidence_span: tuple[int, int] | None = None
    codes: dict[str, str] = field(default_factory=dict)  # {"plover": ..., "cameo": ...}

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"type": self.type, "actors": list(self.actors)}
        for key in ("target", "object", "place", "time", "status"):
            value = getattr(self, key)
            if value is not None:
                d[key] = value
        d["evidence"] = self.evidence
        if self.evidence_span:
            d["span"] = list(self.evidence_span)
        if self.codes:
            d["codes"] = dict(self.codes)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        span = d.get("span")
        return cls(
            type=d["type"],
            actors=list(d.get("actors", [])),
            target=d.get("target"),
            object=d.get("object"),
            place=d.get("place"),
            time=d.get("time"),
            status=d.get("status"),
            evidence=d.get("evidence", ""),
            evidence_span=tuple(span) if span else None,  # type: ignore[arg-type]
            codes=dict(d.get("codes", {})),
        )


@dataclass(slots=True)
class PublishedDate:
    """When the article appeared, and how we know."""

    value: date | None
    source: str | None = None  # page, given, inferred
    range: tuple[date, date] | None = None  # for inferred dates: where it could be
    evidence: list[str] = field(default_factory=list)


@dataclass
class Record:
    """The analysis of one article: what ``newsgraph analyze`` prints."""

    article: Article
    published: PublishedDate
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # Quoted words that are not quotations: scare quotes, titles, labels with no speaker.
    fragments: list[Quote] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.article.id

    def to_dict(self, *, include_text: bool = True) -> dict[str, Any]:
        a = self.article
        pub = self.published
        d: dict[str, Any] = {
            "format": RECORD_FORMAT,
            "id": a.id,
            "source": a.source,
            "url": a.url,
            "input_kind": a.input_kind,
            "published": pub.value.isoformat() if pub.value else None,
            "published_source": pub.source,
            "published_inferred": pub.source == "inferred",
        }
        if a.document:
            d["document"] = a.document
        if pub.range:
            d["published_range"] = [pub.range[0].isoformat(), pub.range[1].isoformat()]
        if pub.evidence:
            d["published_evidence"] = list(pub.evidence)
        d["metadata"] = {
            "title": a.title,
            "authors": list(a.authors),
            "captions": list(a.captions),
            "image_credits": list(a.image_credits),
            "section_headings": list(a.section_headings),
            "language": a.language,
        }
        d["body"] = a.body
        d["body_span"] = list(a.body_span or (0, len(a.text)))
        if include_text:
            d["text"] = a.text
        d["regions"] = [[r.kind, r.start, r.end] for r in a.regions]
        d["quotes"] = [q.to_dict() for q in self.quotes]
        d["entities"] = [e.to_dict() for e in self.entities]
        d["times"] = [t.to_dict() for t in self.times]
        d["events"] = [e.to_dict() for e in self.events]
        d["fragments"] = [q.to_dict() for q in self.fragments]
        if self.warnings:
            d["warnings"] = list(self.warnings)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Record:
        meta = d.get("metadata", {})
        text = d.get("text")
        if text is None:  # a record saved without its text keeps its body at least
            text = d.get("body", "")
        body_span = tuple(d["body_span"]) if d.get("body_span") and "text" in d else None
        article = Article(
            text=text,
            id=d.get("id", ""),
            source=d.get("source"),
            url=d.get("url"),
            title=meta.get("title"),
            authors=list(meta.get("authors", [])),
            captions=list(meta.get("captions", [])),
            image_credits=list(meta.get("image_credits", [])),
            section_headings=list(meta.get("section_headings", [])),
            regions=[Region(k, s, e) for k, s, e in d.get("regions", [])],
            body_span=body_span,  # type: ignore[arg-type]
            input_kind=d.get("input_kind", "text"),
            language=meta.get("language"),
            document=d.get("document"),
        )
        pub_value = _parse_date(d.get("published"))
        article.published = pub_value
        article.published_source = d.get("published_source")
        rng = d.get("published_range")
        published = PublishedDate(
            value=pub_value,
            source=d.get("published_source"),
            range=(_parse_date(rng[0]), _parse_date(rng[1])) if rng else None,  # type: ignore[arg-type]
            evidence=list(d.get("published_evidence", [])),
        )
        return cls(
            article=article,
            published=published,
            entities=[Entity.from_dict(e) for e in d.get("entities", [])],
            quotes=[Quote.from_dict(q) for q in d.get("quotes", [])],
            times=[TimeExpr.from_dict(t) for t in d.get("times", [])],
            events=[Event.from_dict(e) for e in d.get("events", [])],
            fragments=[Quote.from_dict(q) for q in d.get("fragments", [])],
            warnings=list(d.get("warnings", [])),
        )


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    return date.fromisoformat(value[:10])

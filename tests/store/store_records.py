"""Records built by hand from model.py dataclasses for the store tests (no model needed)."""

from __future__ import annotations

from datetime import date
from typing import Any

from newsgraph.model import Article, Entity, Event, Mention, PublishedDate, Quote, Record, TimeExpr


def _mentions(text: str, forms: list[str]) -> list[Mention]:
    """Every occurrence of each form in the text, as offsets."""
    found = []
    for form in forms:
        start = text.find(form)
        while start >= 0:
            found.append(Mention(form, start, start + len(form)))
            start = text.find(form, start + len(form))
    return found


def make_record(
    text: str,
    *,
    url: str | None = None,
    published: str | None = "2023-03-17",
    entities: list[tuple[Any, ...]] = (),  # (name, type, [forms], [roles]) or with refers_to last
    quotes: list[dict[str, Any]] = (),  # text, speaker, kind?, date?, cue?
    events: list[dict[str, Any]] = (),
    times: list[tuple[str, str]] = (),  # (text, value)
    source: str | None = None,
    document: str | None = None,
) -> Record:
    pub = date.fromisoformat(published) if published else None
    article = Article(text=text, url=url, source=source or url, title=text.split(".")[0], published=pub,
                      document=document)
    ents = []
    for spec in entities:
        name, type_, forms, *rest = spec
        roles = rest[0] if rest else []
        refers_to = rest[1] if len(rest) > 1 else None
        ents.append(Entity(name=name, type=type_, mentions=_mentions(text, forms or [name]),
                           roles=list(roles), refers_to=refers_to))
    qs = []
    for q in quotes:
        start = text.find(q["text"])
        assert start >= 0, q["text"]
        qs.append(Quote(
            text=q["text"], start=start, end=start + len(q["text"]), kind=q.get("kind", "direct"),
            speaker=q.get("speaker"), cue=q.get("cue", "said"), date=q.get("date"),
            venue=q.get("venue"),
        ))
    ts = []
    for t_text, value in times:
        start = text.find(t_text)
        ts.append(TimeExpr(t_text, start, start + len(t_text), value))
    evs = [Event(**e) for e in events]
    return Record(article=article, published=PublishedDate(pub, "page" if pub else None),
                  entities=ents, quotes=qs, times=ts, events=evs)



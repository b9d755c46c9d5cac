"""An article's text as HTML with quotations coloured by speaker and entities marked.

The text is untrusted. It is cut at the offsets of quotes and mentions and every piece is
escaped on its own; the only markup is the tags built here, whose attribute values are escaped
too. Quotations are the outer layer, mentions the inner one (clipped to a quotation's edges), so
the result is always well nested, whatever overlaps the extractors produced.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote as url_quote

from markupsafe import Markup, escape

from newsgraph.store.results import ArticleView, MentionLink, QuoteLink

PALETTE_SIZE = 10  # speaker colours .s0 ... .s9 in static/style.css; more speakers reuse them
NO_SPEAKER = "none"  # class suffix of quotations nobody was found to have said
QUOTE_DETAILS = (("cue", "Cue"), ("addressee", "To"), ("venue", "Where"), ("medium", "Medium"), ("kind", "Kind"))


@dataclass(slots=True)
class Speaker:
    name: str
    entity_id: str | None
    colour: str  # a class suffix: 0-9, or "none"
    quotes: int = 0


@dataclass(slots=True)
class QuoteNote:
    """One quotation of the article, with what the hover text and the list under the text show."""

    start: int
    end: int
    text: str
    speaker: Speaker
    written_as: str | None
    details: list[tuple[str, str]]  # (label, value) of cue, addressee, venue, medium, kind
    quote_id: str | None
    sources: int
    speaker_span: tuple[int, int] | None = None  # where the article names the speaker

    @property
    def anchor(self) -> str:
        return f"q{self.start}"

    @property
    def hover(self) -> str:
        lines = [f"Speaker: {self.speaker.name}"]
        if self.written_as and self.written_as != self.speaker.name:
            lines.append(f"Written as: {self.written_as}")
        lines += [f"{label}: {value}" for label, value in self.details]
        return "\n".join(lines)


@dataclass(slots=True)
class _Mark:
    start: int
    end: int
    open: str  # markup, attribute values already escaped
    close: str


@dataclass(slots=True)
class AnnotatedArticle:
    html: Markup
    speakers: list[Speaker] = field(default_factory=list)
    quotes: list[QuoteNote] = field(default_factory=list)


def annotate(view: ArticleView) -> AnnotatedArticle:
    text = view.record.get("text") or ""
    notes = quote_notes(view.record.get("quotes", []), view.quotes, len(text))
    outer = [_quote_mark(n) for n in notes]
    inner = _mention_marks(view.mentions, notes, len(text))
    speakers = list({id(n.speaker): n.speaker for n in notes}.values())
    return AnnotatedArticle(render(text, outer, inner), speakers, notes)


def quote_notes(quotes: Iterable[dict[str, Any]], links: Sequence[QuoteLink], length: int) -> list[QuoteNote]:
    """The record's quotations with valid, non-overlapping spans, their speakers coloured in order."""
    by_span = {(q.start, q.end): q for q in links}
    speakers: dict[str, Speaker] = {}
    notes: list[QuoteNote] = []
    for q in sorted(quotes, key=lambda q: (_span(q)[0], -_span(q)[1])):
        start, end = _span(q)
        if not 0 <= start < end <= length or (notes and start < notes[-1].end):
            continue
        link = by_span.get((start, end))
        speaker = _speaker(speakers, q, link)
        speaker.quotes += 1
        mention = q.get("speaker_mention") or {}
        notes.append(QuoteNote(
            start, end, q.get("text") or "", speaker, mention.get("text"),
            [(label, str(q[key])) for key, label in QUOTE_DETAILS if q.get(key)],
            link.quote_id if link else None, link.source_count if link else 1,
            _mention_span(mention, length),
        ))
    return notes


def _mention_span(mention: dict[str, Any], length: int) -> tuple[int, int] | None:
    start, end = mention.get("start", -1), mention.get("end", -1)
    return (start, end) if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= length else None


def _span(q: dict[str, Any]) -> tuple[int, int]:
    span = q.get("span") or (-1, -1)
    return int(span[0]), int(span[1])


def _speaker(speakers: dict[str, Speaker], q: dict[str, Any], link: QuoteLink | None) -> Speaker:
    """One Speaker (one colour) per resolved entity, else per name as written; None shares one."""
    name = (link.speaker if link else None) or q.get("speaker")
    entity_id = link.speaker_id if link else None
    key = entity_id or (f"name:{name.casefold()}" if name else NO_SPEAKER)
    if key not in speakers:
        coloured = sum(1 for s in speakers.values() if s.colour != NO_SPEAKER)
        colour = NO_SPEAKER if key == NO_SPEAKER else str(coloured % PALETTE_SIZE)
        speakers[key] = Speaker(name or "unknown speaker", entity_id, colour)
    return speakers[key]


def _quote_mark(note: QuoteNote) -> _Mark:
    return _Mark(
        note.start, note.end,
        f'<span class="q s{note.speaker.colour}" id="{note.anchor}" title="{escape(note.hover)}">', "</span>",
    )


def _mention_marks(mentions: Sequence[MentionLink], notes: Sequence[QuoteNote], length: int) -> list[_Mark]:
    """Entity mentions as links; a speaker's own mention also takes the speaker's colour."""
    speaker_at = {n.speaker_span: n.speaker for n in notes if n.speaker_span}
    marks: list[_Mark] = []
    covered: list[tuple[int, int]] = []
    for m in mentions:
        if not 0 <= m.start < m.end <= length:
            continue
        who = next((s for (a, b), s in speaker_at.items() if a < m.end and m.start < b), None)
        classes = f"ent t-{escape(m.type)}" + (f" who s{who.colour}" if who else "")
        href = escape(f"/entities/{url_quote(m.entity_id, safe='')}")
        title = escape(f"{m.name} ({m.type})" + (", speaker of a quotation here" if who else ""))
        marks.append(_Mark(m.start, m.end, f'<a class="{classes}" href="{href}" title="{title}">', "</a>"))
        covered.append((m.start, m.end))
    for (start, end), speaker in speaker_at.items():  # speakers no entity mention covers: "the minister"
        if not any(a < end and start < b for a, b in covered):
            title = escape(f"Speaker: {speaker.name}")
            marks.append(_Mark(start, end, f'<span class="who s{speaker.colour}" title="{title}">', "</span>"))
    return _without_overlaps(marks)


def _without_overlaps(marks: list[_Mark]) -> list[_Mark]:
    kept: list[_Mark] = []
    for mark in sorted(marks, key=lambda k: (k.start, -k.end)):
        if not kept or mark.start >= kept[-1].end:
            kept.append(mark)
    return kept


def render(text: str, outer: Sequence[_Mark], inner: Sequence[_Mark]) -> Markup:
    """Escape ``text`` piece by piece, wrapping ``outer`` marks around the ``inner`` ones they hold.

    Both lists are sorted and non-overlapping; an inner mark crossing an outer edge is split there.
    """
    out: list[str] = []
    pos = 0
    for mark in outer:
        out.append(_render_range(text, pos, mark.start, inner))
        out.append(mark.open + _render_range(text, mark.start, mark.end, inner) + mark.close)
        pos = mark.end
    out.append(_render_range(text, pos, len(text), inner))
    return Markup("".join(out))


def _render_range(text: str, start: int, end: int, marks: Sequence[_Mark]) -> str:
    out: list[str] = []
    pos = start
    for mark in marks:
        a, b = max(mark.start, start), min(mark.end, end)
        if b <= a:
            continue
        out.append(str(escape(text[pos:a])))
        out.append(mark.open + str(escape(text[a:b])) + mark.close)
        pos = b
    out.append(str(escape(text[pos:end])))
    return "".join(out)

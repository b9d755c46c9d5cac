"""Quotations: direct, indirect and mixed, each attributed to a resolved speaker.

``QuoteExtractor.find(doc)`` is pure: it reads quotation marks (``quote_marks``) and the
attribution frames of the parse (``attribution``), pairs each quoted span with the frame
that attributes it (same sentence, the paragraph's earlier attribution, a dash, or the
previous paragraph's speaker when a paragraph is all quotation), turns reported clauses into
indirect or mixed quotes, and resolves speakers (``speakers``). Also a spaCy component:
``nlp.add_pipe("newsgraph_quotes")`` sets ``doc._.quotes``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span

from newsgraph.extract.attribution import Frame, adjacent_speaker, find_frames, frame_for_verb
from newsgraph.extract.entities import EntityIndex, find_entities
from newsgraph.extract.quote_marks import MarkedSpan, find_marked_spans, paragraph_bounds
from newsgraph.extract.quote_patterns import (
    FRAGMENT_MAX_WORDS,
    LABELLING_VERBS,
    TITLE_DETERMINERS,
    TITLE_SMALL_WORDS,
)
from newsgraph.extract.speakers import SpeakerResolver
from newsgraph.model import Article, Mention, Quote, TimeExpr

# A reported clause shorter than this (in words) is not a quotation ("he said so").
MIN_REPORT_WORDS = 3
# A quoted span covering this share of a report's content is that report's words.
SAME_SPAN_SHARE = 0.8
DASH_ATTRIBUTION = re.compile(r"[\s,]*[—–-]+\s*(?P<who>[^\n.;]{2,80})")


@dataclass
class _Found:
    start: int
    end: int
    kind: str
    frame: Frame | None
    inherited: bool = False  # attribution taken from an earlier quote
    carried: bool = False  # ... from the previous paragraph, with no cue of its own


class QuoteExtractor:
    """Finds quotations in a Doc. Options are keyword-only; ``find`` has no side effects."""

    def __init__(self, *, include_fragments: bool = True, min_report_words: int = MIN_REPORT_WORDS) -> None:
        self.include_fragments = include_fragments
        self.min_report_words = min_report_words

    def __call__(self, doc: Doc) -> Doc:
        entities = EntityIndex(find_entities(doc, Article(text=doc.text)))
        doc._.quotes = self.find(doc, entities=entities)
        return doc

    def find(
        self,
        doc: Doc,
        *,
        entities: EntityIndex,
        body: list[tuple[int, int]] | None = None,
        published: date | None = None,
        times: Iterable[TimeExpr] = (),
    ) -> list[Quote]:
        body = body or [(0, len(doc.text))]
        in_body = _RangeTest(body)
        marked = [m for m in find_marked_spans(doc.text) if in_body(m.open_at)]
        frames = [f for f in find_frames(doc) if f.cue is not None and in_body(f.cue.idx)]
        found = self._attribute(doc, marked, frames)
        return self._build(doc, found, entities, published, list(times))

    # -- pairing quoted spans and frames -------------------------------------------------
    def _attribute(self, doc: Doc, marked: list[MarkedSpan], frames: list[Frame]) -> list[_Found]:
        inside = _Inside(marked)
        free_frames = [f for f in frames if not inside.contains(f.cue.idx) or _opens_quote(f, marked)]  # type: ignore[union-attr]
        free_frames = _without_redundant_sources(free_frames)
        for frame in free_frames:
            if frame.speaker is not None and inside.contains(frame.speaker.start_char):
                # The parser took quoted words for the subject: look next to the verb instead.
                alternative = adjacent_speaker(frame.cue) if frame.cue is not None else None
                if alternative is not None and inside.contains(alternative.start_char):
                    alternative = None
                frame.speaker = alternative
        found: list[_Found] = []
        consumed: set[int] = set()
        # A cue opening its own quotation ("Austin “emphasized that ...”") claims it first.
        ordered = sorted(free_frames, key=lambda f: not _opens_quote(f, marked))
        for frame in ordered:
            report = self._report(doc, frame, marked, consumed)
            if report is not None:
                found.append(report)
        paragraphs = paragraph_bounds(doc.text)
        for k, span in enumerate(marked):
            if k in consumed:
                continue
            found.append(self._direct(doc, span, free_frames, found, paragraphs))
        found.sort(key=lambda f: f.start)
        return self._carry_over(doc, found, paragraphs)

    def _report(self, doc: Doc, frame: Frame, marked: list[MarkedSpan], consumed: set[int]) -> _Found | None:
        """Reported speech: 'said that ...' -> indirect, or mixed when it holds quoted words."""
        if frame.cue is not None and _opens_quote(frame, marked):
            k = next(i for i, m in enumerate(marked) if m.start <= frame.cue.idx < m.end)
            consumed.add(k)
            return _Found(marked[k].start, marked[k].end, "mixed", frame)
        if frame.content is None or frame.speaker is None:
            return None
        start, end = frame.content
        if len(doc.text[start:end].split()) < self.min_report_words:
            return None
        overlapping = [(k, m) for k, m in enumerate(marked) if m.start < end and start < m.end]
        if any(k in consumed for k, _ in overlapping):
            return None
        for k, m in overlapping:
            if _share(m, start, end) >= SAME_SPAN_SHARE:
                consumed.add(k)
                if _reported_syntax(doc.text, m.open_at, frame):
                    # 'said that “...”': reported speech whose words are all quoted; the marks
                    # stay in the span so the quotation shows as one.
                    return _Found(m.open_at, (m.close_at or m.end - 1) + 1, "mixed", frame)
                return _Found(m.start, m.end, "direct", frame)
        if any(m.start <= start and end <= m.end for _, m in overlapping):
            return None  # a report inside a quotation ("I think this is ...") is the quotation's
        for k, m in overlapping:
            consumed.add(k)
            start, end = min(start, m.open_at), max(end, (m.close_at or m.end) + 1)
        kind = "mixed" if overlapping else "indirect"
        return _Found(start, end, kind, frame)

    def _direct(
        self, doc: Doc, span: MarkedSpan, frames: list[Frame], found: list[_Found], paragraphs: list[tuple[int, int]]
    ) -> _Found:
        if _is_fragment(doc, span):
            # A label ('a “peace plan”') stays a fragment, with the speaker the text gives.
            frame = _embedding_frame(doc, span, frames)
            words = doc.text[span.start : span.end].split()
            kind = "fragment" if frame is None or _names_a_thing(doc, span) or _is_title(words) else "direct"
            return _Found(span.start, span.end, kind, frame)
        frame = _frame_in_sentence(doc, span, frames)
        if frame is None:
            frame = _dash_frame(doc, span)
        if frame is None:
            frame = _colon_intro_frame(doc, span, frames, paragraphs)
        if frame is None:
            earlier = _earlier_in_paragraph(span, found, paragraphs)
            if earlier is not None:
                return _Found(span.start, span.end, "direct", earlier.frame, inherited=True)
        return _Found(span.start, span.end, "direct", frame)

    def _carry_over(self, doc: Doc, found: list[_Found], paragraphs: list[tuple[int, int]]) -> list[_Found]:
        """A paragraph that is all quotation, with no speaker, continues the previous speaker."""
        last_speaker: _Found | None = None
        last_para = -1
        for item in found:
            para = _paragraph_index(paragraphs, item.start)
            if item.kind == "fragment":
                continue
            if (
                item.frame is None
                and last_speaker is not None
                and para - last_para == 1
                and _opens_paragraph(doc.text, item, paragraphs[para])
            ):
                item.frame, item.inherited, item.carried = last_speaker.frame, True, True
            if item.frame is not None:
                last_speaker, last_para = item, para
        return found

    # -- building Quote objects ----------------------------------------------------------
    def _build(
        self, doc: Doc, found: list[_Found], entities: EntityIndex, published: date | None, times: list[TimeExpr]
    ) -> list[Quote]:
        resolver = SpeakerResolver(doc, entities)
        quotes: list[Quote] = []
        for item in found:
            if item.kind == "fragment" and not self.include_fragments:
                continue
            start, end = _trim(doc.text, item.start, item.end)
            if end <= start:
                continue
            quote = Quote(text=doc.text[start:end], start=start, end=end, kind=item.kind)
            if item.frame is not None:
                _apply_frame(quote, item, resolver)
            quote.date = _quote_date(item.frame, times, published)
            quotes.append(quote)
        return quotes


def _apply_frame(quote: Quote, item: _Found, resolver: SpeakerResolver) -> None:
    frame = item.frame
    assert frame is not None
    if frame.speaker is not None:
        quote.speaker = resolver.canonical(frame.speaker)
        s = frame.speaker
        quote.speaker_mention = Mention(s.text, s.start_char, s.end_char)
    quote.cue = None if item.carried else frame.cue_text
    if frame.according_to and quote.cue == "according to":
        quote.source = None
    quote.addressee = _entity_or_text(frame.addressee, resolver)
    quote.venue = frame.venue.text if frame.venue is not None else None
    quote.medium = frame.medium.text if frame.medium is not None else None
    quote.source = frame.source.text if frame.source is not None else None


def _entity_or_text(span: Span | None, resolver: SpeakerResolver) -> str | None:
    if span is None:
        return None
    return resolver.canonical(span)


def _quote_date(frame: Frame | None, times: list[TimeExpr], published: date | None) -> str | None:
    """A date stated in the attribution ('at a March 16 press conference'), else publication."""
    if frame is not None:
        for part in (frame.venue, frame.medium):
            if part is None:
                continue
            for t in times:
                if part.start_char <= t.start and t.end <= part.end_char and t.value and len(t.value) == 10:
                    return t.value
    return published.isoformat() if published else None


# -- small predicates ------------------------------------------------------------------------
class _RangeTest:
    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self.ranges = ranges

    def __call__(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in self.ranges)


class _Inside:
    def __init__(self, marked: list[MarkedSpan]) -> None:
        self.parts = [p for m in marked for p in m.parts]

    def contains(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in self.parts)


def _opens_quote(frame: Frame, marked: list[MarkedSpan]) -> bool:
    """'Austin “emphasized that ...”': the cue is the quote's first word, its subject outside."""
    cue = frame.cue
    if cue is None or frame.speaker is None:
        return False
    return any(m.start == cue.idx and frame.speaker.end_char <= m.open_at for m in marked)


def _without_redundant_sources(frames: list[Frame]) -> list[Frame]:
    """'X told Y that ..., according to a statement': the statement is a source, not a speaker."""
    spoken = {f.cue.sent.start for f in frames if not f.according_to and f.speaker is not None and f.cue is not None}
    return [f for f in frames if not (f.according_to and f.cue is not None and f.cue.sent.start in spoken)]


def _share(m: MarkedSpan, start: int, end: int) -> float:
    overlap = min(end, m.end) - max(start, m.start)
    return overlap / max(end - start, m.end - m.start, 1)


def _reported_syntax(text: str, open_at: int, frame: Frame) -> bool:
    """'said that “...”' is reported speech holding a quotation: mixed."""
    before = text[max(0, open_at - 6) : open_at].strip().lower()
    return before.endswith("that") or before.endswith("whether")


def _frame_in_sentence(doc: Doc, span: MarkedSpan, frames: list[Frame]) -> Frame | None:
    """The attribution sharing a sentence with the quote: after the close first, then before."""
    first, last = _sentences_touching(doc, span)
    candidates = [
        f
        for f in frames
        if f.cue is not None
        and first.start_char <= f.cue.idx < last.end_char
        and not (span.start <= f.cue.idx < span.end)
        and (f.content is None or (f.content[0] < span.end and span.start < f.content[1]))
    ]
    if not candidates:
        return None
    close = span.close_at if span.close_at is not None else span.end
    after = [f for f in candidates if f.cue.idx > close]  # type: ignore[union-attr]
    if after:
        return min(after, key=lambda f: f.cue.idx)  # type: ignore[union-attr]
    return max(candidates, key=lambda f: f.cue.idx)  # type: ignore[union-attr]


def _sentences_touching(doc: Doc, span: MarkedSpan) -> tuple[Span, Span]:
    open_tok = doc.char_span(span.open_at, span.open_at + 1, alignment_mode="expand")
    close_at = span.close_at if span.close_at is not None else max(span.end - 1, span.start)
    close_tok = doc.char_span(close_at, close_at + 1, alignment_mode="expand")
    first = open_tok.sent if open_tok is not None else doc[0:1].sent
    last = close_tok.sent if close_tok is not None else first
    # The attribution after a close mark often sits in the next "sentence" for the parser.
    if close_tok is not None and last.end < len(doc):
        nxt = doc[last.end].sent
        if nxt.start_char - (close_at + 1) <= 2 and not doc.text[close_at + 1 : nxt.start_char].count("\n"):
            last = nxt
    return first, last


def _dash_frame(doc: Doc, span: MarkedSpan) -> Frame | None:
    """'“...” – Commissioner Jane Doe': the speaker follows a dash after the close."""
    if span.close_at is None:
        return None
    m = DASH_ATTRIBUTION.match(doc.text, span.close_at + 1, min(len(doc.text), span.close_at + 100))
    if not m:
        return None
    who = doc.char_span(m.start("who"), m.end("who"), alignment_mode="contract")
    if who is None or not any(t.pos_ == "PROPN" or t.ent_type_ for t in who):
        return None
    return Frame(cue=None, speaker=who, cue_text=None)


def _is_fragment(doc: Doc, span: MarkedSpan) -> bool:
    """Scare quotes and titles: a few words inside a sentence, not a clause of their own."""
    words = doc.text[span.start : span.end].split()
    if len(words) > FRAGMENT_MAX_WORDS:
        return False
    if _is_title(words):
        return True  # “The Big Short”, “Law and Order”: names of works and slogans
    before = doc.text[max(0, span.open_at - 3) : span.open_at]
    starts_sentence = not before.strip() or before.rstrip()[-1:] in ".:!?\n"
    # “No deal,” he said: a comma (or ?/!) closing the quote hands over to an attribution.
    hands_over = doc.text[span.end - 1 : span.end] in ",?!" and span.close_at is not None
    return not starts_sentence and not hands_over


def _is_title(words: list[str]) -> bool:
    """Every word capitalised (small words aside), more than one word, no sentence inside."""
    bare = [w.strip("‘’'\"“”,.!?:;()") for w in words]
    if len(bare) < 2 or any(w.endswith(".") for w in words[:-1]):
        return False
    return all(w[:1].isupper() or w.lower() in TITLE_SMALL_WORDS for w in bare if w)


def _names_a_thing(doc: Doc, span: MarkedSpan) -> bool:
    """'a “peace plan”', 'its “no limits” partnership': quoted words naming or labelling a thing."""
    before = doc.text[max(0, span.open_at - 12) : span.open_at].split()
    if before and before[-1].lower() in TITLE_DETERMINERS:
        return True
    if span.close_at is None:
        return False
    after = doc.char_span(span.close_at + 1, min(len(doc.text), span.close_at + 40), alignment_mode="contract")
    return after is not None and len(after) > 0 and after[0].pos_ in ("NOUN", "PROPN") and not after[0].is_punct


def _embedding_frame(doc: Doc, span: MarkedSpan, frames: list[Frame]) -> Frame | None:
    """'Bush called Trump “unhinged.”': a short quotation speaks for the reporting verb above it.

    The nearest ancestor that reports (a speech or labelling verb with a speaker) attributes it;
    with none, the words stay a fragment with no speaker.
    """
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    if words is None or len(words) == 0:
        return None
    by_cue = {f.cue.i: f for f in frames if f.cue is not None and f.speaker is not None}
    for node in words.root.ancestors:
        if span.start <= node.idx < span.end:
            continue
        if node.i in by_cue:
            return by_cue[node.i]
        if node.pos_ in ("VERB", "AUX") and node.lemma_.lower() in LABELLING_VERBS:
            frame = frame_for_verb(node)
            if frame.speaker is not None:
                return frame
    return None


def _colon_intro_frame(
    doc: Doc, span: MarkedSpan, frames: list[Frame], paragraphs: list[tuple[int, int]]
) -> Frame | None:
    """'Obama said in a statement:' then a paragraph of quotation: the intro attributes it."""
    para = _paragraph_index(paragraphs, span.open_at)
    lead = doc.text[paragraphs[para][0] : span.open_at] if para >= 0 else ""
    if lead.strip():
        # 'Blumenthal and Cohen write: “...”' inside one paragraph
        if not lead.rstrip().endswith(":"):
            return None
        prev_start, prev_end = paragraphs[para][0], paragraphs[para][0] + len(lead.rstrip())
    else:
        if para <= 0:
            return None
        prev_start, prev_end = paragraphs[para - 1]
        if not doc.text[prev_start:prev_end].rstrip().endswith(":"):
            return None
    inside = [f for f in frames if f.cue is not None and prev_start <= f.cue.idx < prev_end and f.speaker is not None]
    if inside:
        return inside[-1]
    intro = doc.char_span(prev_start, prev_end, alignment_mode="contract")
    if intro is None:
        return None
    # The last clause before the colon: its subject, else its last proper-noun phrase.
    clause = intro[-1].sent if len(intro) else None
    chunks = [c for c in intro.noun_chunks if clause is None or c.start >= max(clause.start, intro.start)]
    subjects = [c for c in chunks if c.root.dep_ in ("nsubj", "nsubjpass") and c.root.pos_ != "PRON"]
    named = [c for c in chunks if c.root.pos_ == "PROPN"]
    pick = (subjects or named or [None])[-1]
    return Frame(cue=None, speaker=pick, cue_text=None) if pick is not None else None


def _earlier_in_paragraph(span: MarkedSpan, found: list[_Found], paragraphs: list[tuple[int, int]]) -> _Found | None:
    para = _paragraph_index(paragraphs, span.open_at)
    earlier = [
        f
        for f in found
        if f.frame is not None
        and f.kind != "fragment"
        and f.start < span.start
        and _paragraph_index(paragraphs, f.start) == para
    ]
    return max(earlier, key=lambda f: f.start) if earlier else None


def _paragraph_index(paragraphs: list[tuple[int, int]], offset: int) -> int:
    for i, (s, e) in enumerate(paragraphs):
        if s <= offset < e:
            return i
    return -1


def _opens_paragraph(text: str, item: _Found, paragraph: tuple[int, int]) -> bool:
    return not text[paragraph[0] : item.start].strip(" “\"‘'")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding whitespace and a trailing comma the quotation marks enclose."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    return start, end


@Language.factory(
    "newsgraph_quotes",
    default_config={"include_fragments": True},
    requires=["token.dep", "token.pos", "doc.sents", "doc.ents"],
    assigns=["doc._.quotes"],
)
def make_quote_extractor(nlp: Language, name: str, include_fragments: bool) -> QuoteExtractor:
    from newsgraph.nlp import register_extensions

    register_extensions()
    return QuoteExtractor(include_fragments=include_fragments)


def find_quotes(
    doc: Doc,
    *,
    article: Article,
    entities: EntityIndex,
    published: date | None,
    times: Iterable[TimeExpr] = (),
) -> list[Quote]:
    """The quotations of an article's body (its ``body`` regions, or its body span)."""
    body = [(r.start, r.end) for r in article.regions_of("body")] or [article.body_span or (0, len(doc.text))]
    return QuoteExtractor().find(doc, entities=entities, body=body, published=published, times=times)


def split_fragments(found: list[Quote]) -> tuple[list[Quote], list[Quote]]:
    """Quotations, and quoted words nobody is said to have said (scare quotes, titles)."""
    quotes = [q for q in found if q.kind != "fragment" or q.speaker]
    fragments = [q for q in found if q.kind == "fragment" and not q.speaker]
    return quotes, fragments

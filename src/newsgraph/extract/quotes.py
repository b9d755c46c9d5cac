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
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsgraph.extract.attribution import (
    DOCUMENT_NOUNS,
    FINITE_TAGS,
    SPOKEN_MEDIUM_NOUNS,
    Frame,
    adjacent_speaker,
    counted_in,
    find_frames,
    frame_for_verb,
    glued_full_stop,
    heard_by_the_subject,
    noun_phrase,
    participle_speaker,
    saying_time,
    scene_participles,
    words_not_given,
)
from newsgraph.extract.credits import is_agency
from newsgraph.extract.entities import EntityIndex, find_entities
from newsgraph.extract.entity_patterns import only_a_person_holds
from newsgraph.extract.list_items import ListItems, heading_report
from newsgraph.extract.posts import TRAILING_LINKS, Post, find_posts, paragraphs_taken
from newsgraph.extract.quote_labels import NameLabels, all_quotation, signature_below
from newsgraph.extract.quote_marks import (
    DOUBLE_MARKS,
    SINGLE_CLOSERS,
    SINGLE_OPENERS,
    MarkedSpan,
    RangeTest,
    find_marked_spans,
    inside_quotes,
    paragraph_bounds,
    trim_end,
)
from newsgraph.extract.quote_patterns import (
    CHANT_NOUNS,
    CLOSING_QUOTES,
    HEARER_ONLY_VERBS,
    LABELLING_VERBS,
    MEDIUM_NOUNS,
    SPEECH_VERBS,
    VENUE_NOUNS,
)
from newsgraph.extract.quote_rules import (
    act_between,
    attributed_after,
    attribution_right_after,
    cited_as_a_word,
    cited_outlet_frame,
    colon_intro_frame,
    comma_intro_frame,
    credited_headline,
    cue_ending_sentence_frame,
    cues_inside_reports,
    dash_frame,
    dash_intro_frame,
    embedding_frame,
    frame_in_sentence,
    headline_colon_frame,
    held_by_a_name_noun,
    interrupting_frame,
    is_fragment,
    is_title,
    label_after_dash_frame,
    label_after_object,
    labels_an_object,
    misread_trailer_frame,
    modifies_a_noun,
    named_with_an_article,
    names_the_hearer,
    opens_quote,
    paragraph_index,
    possessed_saying_frame,
    presenting_verb,
    reported_syntax,
    right_after_cue,
    said_after_a_colon,
    share,
    split_quote_frame,
    starts_sentence,
    subject_before_quotation,
    titled_frame,
    without_nested_beliefs,
    without_redundant_sources,
)
from newsgraph.extract.report_content import (
    NAMING_VERBS,
    before_a_relative_report,
    governed_clause,
    holds_quotation,
    is_reporting_verb,
    verb_lemma,
    writer_tail_start,
)
from newsgraph.extract.speakers import SpeakerResolver
from newsgraph.extract.syntax import first_child, has_child, in_a_time
from newsgraph.extract.turns import Turn, find_turns
from newsgraph.model import Article, Mention, Quote, TimeExpr
from newsgraph.nlp import doc_text

# A reported clause shorter than this (in words) is not a quotation ("he said so").
MIN_REPORT_WORDS = 3
# The reporting verbs a Title Case headline can be trusted with.
HEADLINE_CUES = frozenset({"say", "tell"})
# 'made the claim', 'delivered the line': a remark made, as a reporting verb says one.
REMARK_VERBS = frozenset({"make", "deliver", "offer", "utter", "give"})
REMARK_NOUNS = frozenset(
    {"claim", "remark", "comment", "statement", "line", "quip", "joke", "promise", "pledge", "vow", "boast", "point"}
)
# The fewest words a heading reports without quoting ('Took On Hollywood’s Lack Of Diversity'),
# fewer being a topic ('Opened Up About Anxiety').
MIN_HEADING_REPORT_WORDS = 2
# Occasions that speak in news ('An October 11 presentation indicated …').
OCCASION_NOUNS = frozenset({"presentation", "speech", "briefing", "hearing", "testimony", "address"})
# A closing mark left after a quotation's span (a single one too), and the tags of a finite
# verb after it.
CLOSE_QUOTE_TOKENS = frozenset(CLOSING_QUOTES) | {"’"}
FINITE_VERB_TAGS = FINITE_TAGS | {"MD"}
# The medium a cue names by itself.
MEDIUM_OF_CUE = {"tweet": "Twitter", "retweet": "Twitter", "email": "email", "e-mail": "email"}
# A quoted span covering this share of a report's content is that report's words.
SAME_SPAN_SHARE = 0.8
# Participles that give a message's words: 'a sign reading “…”', 'a cover saying “…”'.
READING_LEMMAS = frozenset({"read", "say"})


@dataclass
class _Found:
    start: int
    end: int
    kind: str
    frame: Frame | None
    inherited: bool = False  # attribution taken from an earlier quote
    carried: bool = False  # ... from the previous paragraph, with no cue of its own
    post: Post | None = None  # a social post quoted whole, signed by its author
    turn: Turn | None = None  # a turn of an interview's transcript


def _object_said(doc: Doc, frame: Frame, start: int, end: int) -> bool:
    """'The firm denied any wrongdoing', 'rejected the allegation': a two-word noun phrase, the
    object of the reporting verb, is what was said, short as it is; a two-word clause ('he
    would', 'it happened') is a scrap the parse left."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or frame.cue is None:
        return False
    root = span.root
    return (
        root.pos_ in ("NOUN", "PROPN")
        and root.dep_ == "dobj"
        and root.head.i == frame.cue.i
        and not any(_not_in_a_named_thing(t) for t in span)
        and not _acted_on_not_said(span, frame.cue)
    )


def _acted_on_not_said(span: Span, cue: Token) -> bool:
    """Two words naming a person, the hearers of a verb whose object only hears, or a thing one
    grants or votes on are what the verb acts on, not what was said: 'confirmed Judge Park' (a
    vote), 'warned the crowd', 'denied the request', 'conceded two goals'. 'denied any
    wrongdoing', 'announced 6,000 layoffs' say a thing."""
    return (
        span.root.ent_type_ == "PERSON"
        or cue.lemma_.lower() in HEARER_ONLY_VERBS
        or span.root.lemma_.lower() in GRANTED_OR_VOTED_THINGS
        or counted_in(cue, span.root)
    )


# Things one grants or votes on: denying or rejecting them is a decision, not a saying
# ('denied the request', 'rejected the bill'; 'denied the allegation' says something).
GRANTED_OR_VOTED_THINGS = frozenset(
    {"request", "application", "bill", "motion", "permit", "appeal", "bid", "offer", "petition", "amendment",
     "nomination", "visa", "bail", "entry", "access", "license", "licence", "measure", "resolution"}
)


def _not_in_a_named_thing(token: Token) -> bool:
    """A word that makes two words a scrap of clause ('to bridge', 'he would'), not a thing
    named ('any wrongdoing', 'his candidacy', 'Trump's comments')."""
    if token.tag_ in ("PRP$", "POS"):
        return False
    return token.pos_ in ("VERB", "AUX", "PART", "ADP", "PRON")


class QuoteExtractor:
    """Finds quotations in a Doc. Options are keyword-only; ``find`` has no side effects."""

    def __init__(
        self, *, include_fragments: bool = True, min_report_words: int = MIN_REPORT_WORDS, first_names: bool = True
    ) -> None:
        self.include_fragments = include_fragments
        self.min_report_words = min_report_words
        self.first_names = first_names  # (gender.person_genders' first-name fallback for 'he'/'she')

    def __call__(self, doc: Doc) -> Doc:
        entities = EntityIndex(find_entities(doc, Article(text=doc_text(doc))))
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
        headlines: list[tuple[int, int]] = (),  # type: ignore[assignment]
        writer: str | None = None,
    ) -> list[Quote]:
        """Quotations in ``body`` (default: all the text) and in ``headlines`` (title ranges,
        where 'Cruz: Trump Would …' is also an attribution). ``writer``: the article's one
        author, who is the 'I' of its own sentences."""
        body = body or [(0, len(doc_text(doc)))]
        in_body, in_headline = RangeTest(body), RangeTest(list(headlines))
        marked = [m for m in find_marked_spans(doc_text(doc)) if in_body(m.open_at) or in_headline(m.open_at)]
        frames = [
            f for f in find_frames(doc)
            if f.cue is not None and (in_body(f.cue.idx) or (in_headline(f.cue.idx) and _headline_cue(f)))
        ]
        paragraphs = paragraph_bounds(doc_text(doc))
        items = ListItems(doc, paragraphs)
        posts = [p for p in _signed_posts(doc, paragraphs) if in_body(p.start)]
        title = next(iter(headlines), None)
        body_paragraphs = [p for p in paragraphs if in_body(p[0])]  # ('Fallin: Trump Is …' titles no turn)
        turns = _transcript_turns(doc, body_paragraphs, entities, title, writer, [p.post for p in posts if p.post])
        embeds = paragraphs_taken([p.post for p in posts if p.post], paragraphs)
        labels = NameLabels(doc, paragraphs)
        attributed = self._attribute(doc, marked, frames, items, labels, embeds, paragraphs)
        found = _with_headline_colons(doc, headlines, attributed + posts + turns)
        voices: list[tuple[int, int, Span | str | None]] = [
            (p.start, p.end, p.frame.speaker) for p in posts if p.frame is not None
        ]
        voices += [(t.start, t.end, t.turn.speaker) for t in turns if t.turn is not None]
        resolver = SpeakerResolver(
            doc, entities, inside_quotes(marked), writer=writer, items=items, voices=voices, labels=labels,
            first_names=self.first_names,
        )
        return self._build(doc, found, resolver, published, list(times))

    # -- pairing quoted spans and frames -------------------------------------------------
    def _attribute(
        self,
        doc: Doc,
        marked: list[MarkedSpan],
        frames: list[Frame],
        items: ListItems,
        labels: NameLabels,
        embeds: set[int],
        paragraphs: list[tuple[int, int]],
    ) -> list[_Found]:
        """``embeds``: the paragraphs of signed posts, which a quotation running over paragraphs
        goes on past (a page may set a tweet inside a statement it quotes); ``paragraphs``: the
        text's, as ``find`` cut them."""
        inside = inside_quotes(marked)
        by_start = {m.start: m for m in marked}
        free_frames = [f for f in frames if not inside(f.cue.idx) or opens_quote(f, by_start)]  # type: ignore[union-attr]
        free_frames = without_nested_beliefs(without_redundant_sources(free_frames))
        for frame in free_frames:
            if frame.speaker is not None and inside(frame.speaker.start_char):
                # The parser took quoted words for the subject: look next to the verb instead.
                alternative = adjacent_speaker(frame.cue) if frame.cue is not None else None
                if alternative is None or inside(alternative.start_char):
                    # '…,” Mr. Weld said, adding of Mr. Kane, “He cares …”': the participle's
                    # speaker is the subject of the verb it hangs on
                    alternative = participle_speaker(frame.cue, inside) if frame.cue is not None else None
                if alternative is not None and inside(alternative.start_char):
                    alternative = None
                frame.speaker = alternative
        found: list[_Found] = []
        consumed: set[int] = set()
        marks = _Marks(marked)
        # A cue opening its own quotation ("Austin “emphasized that ...”") claims it first,
        # unless it stands inside another report ('Oltchick said Freddy had “complained …”').
        inner = _nested_in_reports(free_frames)
        opening = {id(f) for f in free_frames if opens_quote(f, marks.by_start) and id(f) not in inner}
        ordered = sorted(free_frames, key=lambda f: (id(f) not in opening, _is_nominal(f)))
        claimed: set[tuple[int, int]] = set()
        for frame in ordered:
            report = self._report(doc, frame, marks, consumed, opens=id(frame) in opening)
            # 'commented on U.S. fears that X': X is one report, the verb's (nouns come later)
            if report is not None and (report.start, report.end) not in claimed:
                claimed.add((report.start, report.end))
                found.append(report)
        found += _heading_reports(items, marks, consumed)
        window = _FrameWindow(free_frames)
        by_paragraph: dict[int, list[_Found]] = {}

        def file(item: _Found) -> None:
            # under every paragraph it touches: a quote running over paragraphs ends in the last
            last = _last_paragraph(doc_text(doc), paragraphs, item.start, item.end)
            for p in {paragraph_index(paragraphs, item.start), last}:
                by_paragraph.setdefault(p, []).append(item)

        for item in found:
            file(item)
        for k, span in enumerate(marked):
            if k in consumed:
                continue
            # 'Asked which lane he is in, he said: “…”': whoever asked, unnamed, did not answer
            near = [f for f in window.near(span.open_at, span.end) if not f.asks_its_subject]
            para = paragraph_index(paragraphs, span.open_at)
            item = self._direct(doc, span, near, by_paragraph.get(para, []), paragraphs, labels, items)
            same = [f for f in by_paragraph.get(para, []) if (f.start, f.end) == (item.start, item.end)]
            if item.kind == "mixed" and same:
                continue  # 'called them “illegals” and “thugs”': one clause, one quote
            found.append(item)
            file(item)
        found.sort(key=lambda f: f.start)
        found = _pieces_of_the_writers_sentence(doc, found)
        for item in found:
            if item.kind == "mixed":
                item.end = _without_writer_tail(doc, item, marks)
            _on_after_interruption(doc, item, marks)
        found = self._carry_over(doc, found, paragraphs, free_frames, items, embeds)
        return found

    def _report(
        self, doc: Doc, frame: Frame, marks: _Marks, consumed: set[int], *, opens: bool = False
    ) -> _Found | None:
        """Reported speech: 'said that ...' -> indirect, or mixed when it holds quoted words."""
        if frame.cue is not None and opens:
            k = marks.starts.index(frame.cue.idx)
            consumed.add(k)
            return _Found(marks.spans[k].start, marks.spans[k].end, "mixed", frame)
        if frame.content is None or (frame.speaker is None and not heard_by_the_subject(frame)):
            return None
        start, end = frame.content
        end = trim_end(doc_text(doc), before_a_relative_report(doc, start, end))
        set_off = _set_off_quotation(doc_text(doc), start, end, marks)
        if set_off is not None:
            if frame.cue is not None and set_off.close_at is not None and frame.cue.idx > set_off.close_at:
                return None  # '…: “France is no longer France,” he said': the verb says the quotation
            end = trim_end(doc_text(doc), set_off.open_at, also=":-–—")
        words = len(doc_text(doc)[start:end].split())
        if words < self.min_report_words and not (words == 2 and _object_said(doc, frame, start, end)):
            return None
        overlapping = marks.overlapping(start, end)
        if any(k in consumed for k, _ in overlapping):
            return None
        for k, m in overlapping:
            if share(m, start, end) >= SAME_SPAN_SHARE:
                consumed.add(k)
                if _words_outside(doc_text(doc), start, end, m):
                    # 'predicted viewers “will be feeling …”': the report holds the quotation
                    end = max(end, (m.close_at or m.end - 1) + 1)
                    return _Found(min(start, m.open_at), _on_to_clause_end(doc, frame, end), "mixed", frame)
                if reported_syntax(doc_text(doc), m.open_at, frame):
                    # 'said that “...”': reported speech whose words are all quoted; the marks
                    # stay in the span so the quotation shows as one.
                    return _Found(m.open_at, (m.close_at or m.end - 1) + 1, "mixed", frame)
                if attributed_after(doc, m, frame):
                    consumed.discard(k)
                    return None
                return _Found(m.start, m.end, "direct", frame)
        if any(m.start <= start and end <= m.end for _, m in overlapping):
            return None  # a report inside a quotation ("I think this is ...") is the quotation's
        for k, m in overlapping:
            consumed.add(k)
            start, end = min(start, m.open_at), max(end, (m.close_at or m.end) + 1)
        if overlapping:
            return _Found(start, _on_to_clause_end(doc, frame, end), "mixed", frame)
        return _Found(start, end, "direct" if _in_single_marks(doc_text(doc), start, end) else "indirect", frame)

    def _direct(
        self,
        doc: Doc,
        span: MarkedSpan,
        frames: list[Frame],
        found: list[_Found],
        paragraphs: list[tuple[int, int]],
        labels: NameLabels,
        items: ListItems,
    ) -> _Found:
        if credited_headline(doc, span):
            return _Found(span.start, span.end, "fragment", None)  # a piece's title and its writer
        if held_by_a_name_noun(doc, span):
            return _Found(span.start, span.end, "fragment", None)  # 'an email with the name “…”'
        labelled = label_after_dash_frame(doc, span)
        if labelled is not None:
            return _Found(span.start, span.end, "direct", labelled)  # (no verb before the dash owns it)
        split = split_quote_frame(doc, span, frames)
        if split is not None:
            return _Found(span.start, span.end, "direct", split)
        fronted = _said_in_a_fronted_clause(doc, span)
        if fronted is not None:
            return _Found(span.start, span.end, "direct", fronted)
        named = _named_in_a_fronted_clause(doc, span)
        if named is not None:
            return named
        if is_fragment(doc, span):
            chanted = _chanted(doc, span)
            if chanted is not None:
                return chanted
            # A label ('a “peace plan”') stays a fragment, with the speaker the text gives.
            spoken = next((f for f in frames if right_after_cue(doc, span, f)), None)
            spoken = spoken or _what_it_reads(doc, span, frames)
            if spoken is not None:
                return _Found(span.start, span.end, "direct", spoken)
            frame = embedding_frame(doc, span, frames) or interrupting_frame(doc, span, frames)
            if frame is None:
                labelled = _label_after_object(doc, span)
                if labelled is not None:
                    return labelled
            if frame is None:
                presented = _presented_as(doc, span)
                if presented is not None:
                    return presented
            if frame is not None and (_names_the_medium(span, frame) or _names_where_it_was_said(doc, span, frame)):
                return _Found(span.start, span.end, "fragment", None)  # 'said on NBC’s “Money Hour”'
            if frame is not None and _inside_the_speakers_phrase(span, frame):
                return _Found(span.start, span.end, "fragment", None)
            words = doc_text(doc)[span.start : span.end].split()
            named = frame is not None and labels_an_object(span, frame)
            if frame is not None and frame.cue is not None and said_after_a_colon(doc, span, frame):
                return _Found(span.start, span.end, "direct", frame)  # 'tweeted: “NO COLLUSION!”'
            cited = frame is not None and (cited_as_a_word(doc, span, frame) or names_the_hearer(doc, span, frame))
            if frame is None or (is_title(words) and not named) or cited:
                # a title, or a word cited as a word ('the right to use the word “Us”'), is no
                # one's words: the speaker of its sentence is not its speaker (the issue: never
                # an invented one)
                return _Found(span.start, span.end, "fragment", None)
            # 'vowed to “end” the tax' or 'to rid the world of “this menace”': the words of an
            # intention, its whole clause; 'vowed to make a “careful study”' names a thing
            intended = not named_with_an_article(doc, span)
            clause = (
                governed_clause(frame.cue, span.open_at, span.close_at, intentions=intended)
                if frame.cue and span.close_at else None
            )
            if modifies_a_noun(doc, span) and (clause is None or act_between(doc, span, frame.cue)):
                # a label before its noun ('a “peace plan”') is no one's words by itself; inside
                # what a verb reports ('asked Lee about the “3 million-plus” people deported')
                # it is part of the reported words
                return _Found(span.start, span.end, "fragment", None)
            if clause is not None:
                # The quoted words are part of what the verb reports: the quote is the clause.
                return _Found(clause[0], clause[1], "mixed", frame)
            return _Found(span.start, span.end, "direct", frame)
        reading = _what_it_reads(doc, span, frames)
        if reading is not None:
            return _Found(span.start, span.end, "direct", reading)  # 'held up a sign saying “…”', long or short
        holding = _clause_holding(doc, span, frames)
        if holding is not None and _only_the_quotation(doc_text(doc), holding[0], span):
            # 'Soros had said, “Bubbles do not …”': the verb's clause is the quotation alone
            return _Found(span.start, span.end, "direct", holding[1])
        if holding is not None:
            return _Found(holding[0][0], holding[0][1], "mixed", holding[1])
        frame = frame_in_sentence(doc, span, frames)
        begun = subject_before_quotation(doc, span) if frame is not None else None
        if begun is not None and span.close_at is not None:
            return _Found(begun, span.close_at + 1, "mixed", frame)
        if frame is None or frame.speaker is None:
            # ('Barrett’s dictum to his interns (repeated to me) was, “…”': the aside's cue names no one)
            frame = possessed_saying_frame(doc, span) or frame
        if frame is None:
            frame = dash_frame(doc, span)
        if frame is None:
            frame = dash_intro_frame(doc, span)
        if frame is None:
            frame = comma_intro_frame(doc, span)
        if frame is None:
            frame = titled_frame(doc, span)
        if frame is None:
            # a list of answers: the line naming who gave this one (before a colon's intro:
            # 'Denise Marrow, 34, nurse, Pellston:' names her first, not the town)
            frame = labels.heading(paragraph_index(paragraphs, span.open_at))
        if frame is None:
            frame = colon_intro_frame(doc, span, frames, paragraphs)
        if frame is None:
            frame = cue_ending_sentence_frame(doc, span, frames)
        if frame is None:
            frame = labels.trailing(_last_paragraph(doc_text(doc), paragraphs, span.start, span.end))
        if frame is None and span.close_at is None:
            frame = signature_below(doc, paragraphs, _last_paragraph(doc_text(doc), paragraphs, span.start, span.end))
        if frame is None:
            frame = _heading_frame(doc, span, paragraphs, items)
        if frame is None:
            frame = cited_outlet_frame(doc, span)
        if frame is None:
            frame = misread_trailer_frame(doc, span)
        if frame is None and not starts_sentence(doc, span):
            # 'He went on to call Cruz “the absolutely worst politician in Texas.”': a longer
            # label under a labelling verb is that verb's, as a short one is
            labelled = embedding_frame(doc, span, frames)
            if labelled is not None and labelled.cue is not None and span.close_at is not None:
                clause = governed_clause(labelled.cue, span.open_at, span.close_at)
                if clause is not None:
                    return _Found(clause[0], clause[1], "mixed", labelled)
                return _Found(span.start, span.end, "direct", labelled)
        if frame is None:
            earlier = _earlier_in_paragraph(doc_text(doc), span, found, paragraphs)
            # a person who spoke before keeps the floor ('Comey described her practices. She took
            # her phone abroad, “sending emails …”': his words); a report in the quotation's own
            # sentence holds it ('Ripert said, she found Ms. Sherry “very quiet”')
            held = earlier is not None and (_a_person_spoke(earlier) or _same_sentence(doc, earlier, span))
            own = None if held else _person_whose_clause_holds_it(doc, span)
            if own is not None:
                return _Found(span.start, span.end, "direct", own)
            if earlier is not None:
                return _Found(span.start, span.end, "direct", earlier.frame, inherited=True)
        return _Found(span.start, span.end, "direct", frame)

    def _carry_over(
        self,
        doc: Doc,
        found: list[_Found],
        paragraphs: list[tuple[int, int]],
        frames: list[Frame],
        items: ListItems,
        embeds: set[int],
    ) -> list[_Found]:
        """A paragraph that is all quotation, with no speaker, continues the previous speaker
        (the paragraph right before it, embedded posts aside)."""
        last_speaker: _Found | None = None
        last_para = -1
        # ('“After that,” Maria added, “we …”' after Tomas spoke: Maria's, not carried on from
        # him; _speaker_named_after gives it her attribution)
        text = doc_text(doc)
        named_after = {id(item) for item, following in pairwise(found) if _attributed_between(text, item, following)}
        for item in found:
            para = paragraph_index(paragraphs, item.start)
            if item.kind == "fragment" or (item.frame is None and id(item) in named_after):
                continue
            if item.frame is None and item.kind == "direct":
                item.frame = _named_in_the_paragraph_after(doc, item, paragraphs, para)
            if (
                item.frame is None
                and last_speaker is not None
                and para - last_para == 1 + sum(last_para < k < para for k in embeds)
                and items.same_item(last_speaker.start, item.start)  # not across a list's number
                and _opens_paragraph(doc_text(doc), item, paragraphs[para])
                and not _subject_of_its_sentence(doc, item)
            ):
                item.frame, item.inherited, item.carried = last_speaker.frame, True, True
            if item.frame is None and item.kind == "direct":
                item.frame = _subject_of_sentence_before(doc, item, frames)
            if item.frame is None and item.kind == "direct" and _all_quotation_through(doc, item, paragraphs, para):
                item.frame = _announced_at_the_end_of_the_paragraph_before(doc, para, paragraphs, frames)
            if item.frame is not None and item.frame.speaker is not None:
                # ('…,” Le Pen said when asked which candidate she backs.' then a paragraph of
                # quotation: the question, whose asker is unnamed, does not take the floor)
                last_speaker, last_para = item, _last_paragraph(doc_text(doc), paragraphs, item.start, item.end)
        _speaker_named_after(doc, found)
        return found

    # -- building Quote objects ----------------------------------------------------------
    def _build(
        self, doc: Doc, found: list[_Found], resolver: SpeakerResolver, published: date | None, times: list[TimeExpr]
    ) -> list[Quote]:
        built: list[tuple[Quote, _Found]] = []
        dated = _TimeIndex(times)
        for item in found:
            if item.kind == "fragment" and not self.include_fragments:
                continue
            start, end = _trim(doc_text(doc), item.start, item.end)
            if end <= start:
                continue
            quote = Quote(text=doc_text(doc)[start:end], start=start, end=end, kind=item.kind)
            if item.frame is not None:
                _apply_frame(quote, item, resolver)
            quote.date = _quote_date(item.frame, dated, published)
            if item.post is not None and item.frame is not None and item.frame.speaker is not None:
                quote.speaker = resolver.signer(item.frame.speaker)
                quote.medium, quote.date = "Twitter", _post_date(item.post, dated) or quote.date
            if item.turn is not None:
                quote.speaker = item.turn.speaker  # ('A:' names the person interviewed)
            built.append((quote, item))
        return _without_repeats(built)


# Marks setting a quotation off inside a sentence: a dash, a colon, a parenthesis.
SET_OFF_INSIDE = re.compile(r"\s[-–—]+\s|--|:|\(")
# What may follow a bare attribution: its comma (not opening a quotation after it) or the end.
ATTRIBUTION_CLOSES = re.compile(r"[ \t]*(?:,(?![ \t]*[“\"'‘])|[.!?]|$)")


def _pieces_of_the_writers_sentence(doc: Doc, found: list[_Found]) -> list[_Found]:
    """'Those who spend hours “listening to radio shows” and reading what is posted on “certain
    corners of the web,” he said, end up in a debate that is “divorced from reality.”', 'The
    promise to “take the city back” appeals to older voters, said Ana Pruitt': the sentence is
    the writer's, with the speaker's words quoted inside it, and the attribution after the first
    of them reports all of it — one mixed quote (less an attribution ending the sentence), not
    each quoted piece on its own. Only when the sentence opens with the writer's words and the
    first piece goes on with them (no comma or colon before its mark: 'At the rally, “We will
    win,” Lee said' is a quotation set after an opener)."""
    groups: dict[tuple[int, int], list[_Found]] = {}
    for item in found:
        frame = item.frame
        if item.kind != "direct" or frame is None or frame.cue is None or item.inherited or item.post or item.turn:
            continue
        sent = frame.cue.sent
        if sent.start_char <= item.start and item.end <= sent.end_char and frame.cue.idx > item.end:
            groups.setdefault((sent.start, frame.cue.i), []).append(item)
    dropped: set[int] = set()
    for pieces in groups.values():
        first, cue = pieces[0], pieces[0].frame.cue  # type: ignore[union-attr]
        span = _writers_sentence_around(doc, first, cue)
        if span is None:
            continue
        first.start, first.end, first.kind = span[0], span[1], "mixed"
        dropped.update(id(piece) for piece in pieces[1:])  # (inside the sentence now)
    return [f for f in found if id(f) not in dropped]


def _writers_sentence_around(doc: Doc, first: _Found, cue: Token) -> tuple[int, int] | None:
    """The writer's sentence holding ``first`` as a piece: from its first word, when words
    before the opening mark go on into it, to its end, or to the attribution ending it."""
    text = doc_text(doc)
    sent = cue.sent
    start = sent.start_char
    while start < first.start and text[start].isspace():
        start += 1
    lead = text[start : first.start].rstrip(" \t\u00a0'\"“‘`«„")  # (the words before the opening mark)
    if not lead or not lead[:1].isalnum() or lead[-1:] in ",:;—–-(":
        return None
    speaker = first.frame.speaker if first.frame is not None else None
    if speaker is None or speaker.start_char < first.end or verb_lemma(cue) not in SPEECH_VERBS:
        return None
    attribution = min(cue.idx, speaker.start_char)
    if not text[max(start, attribution - 6) : attribution].rstrip().rstrip(CLOSING_MARK_CHARS).endswith(","):
        return None  # (an attribution set off by its comma: ', he said,' or ', said Ana Pruitt')
    if SET_OFF_INSIDE.search(text, first.start, attribution):
        return None  # ('praised her “faith” - “faith that …,” he said': the dash sets off the quotation said)
    said_end = max(cue.idx + len(cue), speaker.end_char)
    if not ATTRIBUTION_CLOSES.match(text, said_end):
        return None  # ('…, Santilli expressed a desire to “…”': the verb says what comes after it)
    # ', said Ana Pruitt, a demographer.': the attribution ends the sentence, and the quote ends
    # before it; ', he said, end up in …' (a verb after it): the sentence goes on past it
    rest = doc.char_span(said_end, sent.end_char, alignment_mode="contract")
    words = [t for t in rest if not (t.is_punct or t.is_space)] if rest is not None else []
    # (not when a clause of the writer's frames the saying: ', before the council voted …'; the
    # quote ends at the attribution)
    goes_on = any(t.pos_ in ("VERB", "AUX") for t in words) and words[0].pos_ not in ("SCONJ", "ADP")
    end = trim_end(text, sent.end_char if goes_on else attribution, also=",;.")
    if end <= first.end - 1:
        return None
    return start, max(end, first.end)


def _without_repeats(built: list[tuple[Quote, _Found]]) -> list[Quote]:
    """Each stretch of speech once. A quote lying inside another is already in it when it has
    no speaker of its own (not even an unresolved 'he'), is quoted words of the same speaker
    ('called it a “workplace” or “gun control” issue' is one quote, not also 'gun control'), or
    comes from the same cue (two rules reading one 'said the plan was “a good start” while …'
    to different ends; on PolNeAR train the longer is more often the report). Of two quotes
    with the same span, the one found first stays. A report inside another by the same speaker
    with a cue of its own stays ('says he respects her and calls her “…”': two acts of
    saying)."""
    # A sweep in order of start: only quotes still open where one starts can hold it, so an
    # article of thousands of quotes costs about as many comparisons, not their square.
    order = sorted(range(len(built)), key=lambda k: (built[k][0].start, -built[k][0].end))
    dropped: set[int] = set()
    open_quotes: list[int] = []
    for k in order:
        start = built[k][0].start
        open_quotes = [a for a in open_quotes if built[a][0].end >= start]
        for a in open_quotes:
            if _holds(built[a], built[k], outer_first=a < k):
                dropped.add(k)
            if _holds(built[k], built[a], outer_first=k < a):
                dropped.add(a)
        open_quotes.append(k)
    return [q for k, (q, _) in enumerate(built) if k not in dropped]


def _holds(outer: tuple[Quote, _Found], inner: tuple[Quote, _Found], *, outer_first: bool) -> bool:
    (big, big_item), (small, small_item) = outer, inner
    if big.kind == "fragment" and big.speaker is None:
        return False
    if _author_reporting_in_own_post(outer, inner):
        return True
    if not (big.start <= small.start and small.end <= big.end):
        return False
    if (big.start, big.end) == (small.start, small.end):
        return outer_first
    if small.speaker is None and small.speaker_mention is None:
        return big.speaker is not None
    if small.speaker != big.speaker:
        return False
    return small.kind == "fragment" or _same_cue(small_item, big_item)


def _author_reporting_in_own_post(outer: tuple[Quote, _Found], inner: tuple[Quote, _Found]) -> bool:
    """'… we have started handing out masks today I urge all residents to wear them
    pic.twitter.com/x — Ann Cole (@anncole) …': the post, quoted whole, already holds its
    author's 'I urge …', which may run on over the links it ends with. A quotation inside the
    post stays a quote of its own ('I told the council “this pier feeds forty families.”')."""
    (post, post_item), (report, _) = outer, inner
    if post_item.post is None or report.kind != "indirect" or report.speaker != post.speaker:
        return False
    if not post.start <= report.start < post.end:
        return False
    overhang = report.text[post.end - report.start :] if report.end > post.end else ""
    return not overhang.strip() or TRAILING_LINKS.fullmatch(overhang) is not None


def _same_cue(a: _Found, b: _Found) -> bool:
    cue_a = a.frame.cue if a.frame is not None else None
    cue_b = b.frame.cue if b.frame is not None else None
    return cue_a is not None and cue_b is not None and cue_a.i == cue_b.i


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
    quote.medium = _medium_words(frame.medium)
    if quote.medium is None and frame.cue is not None:
        quote.medium = MEDIUM_OF_CUE.get(frame.cue.lemma_.lower())  # 'tweeted': on Twitter
    if quote.medium is None and frame.speaker is not None and resolver.owns_the_document(frame.speaker):
        quote.medium = frame.speaker.root.text  # 'The Pentagon’s statement said': a statement
    quote.source = frame.source.text if frame.source is not None else None


def _medium_words(medium: Span | None) -> str | None:
    """The medium's words, less the sentence's full stop the tokenizer glued to a one-letter
    name ('wrote on X.')."""
    if medium is None:
        return None
    return medium.text[:-1] if glued_full_stop(medium[-1].text) else medium.text


def _entity_or_text(span: Span | None, resolver: SpeakerResolver) -> str | None:
    if span is None:
        return None
    return resolver.canonical(span)


class _TimeIndex:
    """The article's time expressions by position: a quote looks only at those near its cue
    (looking at all of them for every quote was quadratic on a page of 2,400 quotes)."""

    def __init__(self, times: list[TimeExpr]) -> None:
        self._times = sorted(times, key=lambda t: t.start)
        self._starts = [t.start for t in self._times]

    def within(self, start: int, end: int) -> list[TimeExpr]:
        return self._times[bisect_left(self._starts, start) : bisect_left(self._starts, end)]


def _quote_date(frame: Frame | None, times: _TimeIndex, published: date | None) -> str | None:
    """A date stated in the attribution ('at a March 16 press conference', 'said Tuesday',
    'told Reuters on March 3'), else publication."""
    if frame is not None:
        for part in (frame.venue, frame.medium, _dated_document(frame.speaker)):
            if part is None:
                continue
            for t in times.within(part.start_char, part.end_char):
                if t.end <= part.end_char and t.value and len(t.value) == 10:
                    return t.value
        if frame.cue is not None:
            sentence = frame.cue.sent
            near = times.within(sentence.start_char, sentence.end_char)
            stated = next((t.value for t in near if _dates_the_cue(t, frame.cue)), None)
            if stated is not None:
                return stated
    return published.isoformat() if published else None


def _signed_posts(doc: Doc, paragraphs: list[tuple[int, int]]) -> list[_Found]:
    """Each post signed '— Name (@handle) Date': its words are the named author's."""
    found: list[_Found] = []
    for post in find_posts(doc_text(doc), paragraphs):
        author = doc.char_span(*post.author, alignment_mode="expand")
        if author is not None:
            found.append(_Found(post.start, post.end, "direct", Frame(cue=None, speaker=author), post=post))
    return found



def _in_single_marks(text: str, start: int, end: int) -> bool:
    """'‘It has always been more than a business,’ he said': a report whose clause the marks
    wrap whole is the speaker's own words (the mark finder takes single marks only in British
    paragraphs it can tell, as an apostrophe looks the same)."""
    if start == 0 or text[start - 1] not in SINGLE_OPENERS or (start > 1 and text[start - 2].isalnum()):
        return False  # ('Tom's view …': an apostrophe inside a word opens nothing)
    after = end
    while after < len(text) and text[after] in ",.?!":
        after += 1
    return after < len(text) and text[after] in SINGLE_CLOSERS


def _last_paragraph(text: str, paragraphs: list[tuple[int, int]], start: int, end: int) -> int:
    """The paragraph a quote ending at ``end`` ends in (its span may take the line break
    after it)."""
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return paragraph_index(paragraphs, max(start, end - 1))


def _transcript_turns(
    doc: Doc,
    paragraphs: list[tuple[int, int]],
    entities: EntityIndex,
    title: tuple[int, int] | None,
    writer: str | None,
    posts: list[Post],
) -> list[_Found]:
    """Each turn of an interview's transcript: its speaker's words, its label their mention."""
    found: list[_Found] = []
    for turn in find_turns(doc_text(doc), paragraphs, entities, title=title, writer=writer, posts=posts):
        label = doc.char_span(*turn.label, alignment_mode="expand") if turn.label is not None else None
        frame = Frame(cue=None, speaker=label) if label is not None else None
        found.append(_Found(turn.start, turn.end, "direct", frame, carried=label is None, turn=turn))
    return found


def _post_date(post: Post, times: _TimeIndex) -> str | None:
    """The day in the post's signature."""
    return next((t.value for t in times.within(*post.date) if t.value and len(t.value) == 10), None)


def _dated_document(speaker: Span | None) -> Span | None:
    """A document or an occasion speaking, which may carry its date: 'An October 11
    presentation indicated …', 'Tuesday's statement said'."""
    if speaker is None or speaker.root.pos_ != "NOUN":
        return None
    word = speaker.root.lemma_.lower()
    return speaker if word in DOCUMENT_NOUNS or word in MEDIUM_NOUNS or word in OCCASION_NOUNS else None


def _dates_the_cue(time: TimeExpr, cue: Token) -> bool:
    """'said Tuesday', 'said on March 3', 'told CNN in 2012': a date hung on the speech verb
    itself, not one inside what was said."""
    if time.type not in ("DATE", "TIME") or not time.value or not time.value[:1].isdigit():
        return False
    words = cue.doc.char_span(time.start, time.end, alignment_mode="expand")
    if words is None or not len(words):
        return False
    head = words.root.head
    if head.dep_ == "prep" and head.lower_ in ("on", "in", "at", "during"):
        head = head.head
    if words.root.i == cue.i:
        return False
    phrase = saying_time(cue)
    if phrase is not None and phrase.start_char <= time.start and time.end <= phrase.end_char:
        return True  # ('said on Tuesday she would …': hung on the report by the parser)
    # ('posted a letter on Tuesday, saying …': a participle is dated by the verb it goes with;
    # 'Speaking to reporters on Tuesday, Okafor said': the occasion set before the verb dates it)
    return (
        head.i == cue.i
        or (cue.tag_ == "VBG" and cue.dep_ in ("advcl", "xcomp", "conj") and head.i == cue.head.i)
        or any(head.i == p.i for p in scene_participles(cue))
        or _occasion_of_the_cue(head, cue)
    )


def _occasion_of_the_cue(noun: Token, cue: Token) -> bool:
    """'said at a rally in Monroe on Nov. 6', 'told CNN in an interview on Sunday', 'told
    analysts on a conference call on Monday': the date the parser hangs on the venue or medium
    of the speech verb is the speech's date; so is the date of its being put out ('said in a
    video posted to Instagram on Saturday', 'in a statement released on Tuesday')."""
    if noun.dep_ == "acl" and noun.tag_ == "VBN":
        noun = noun.head
    return (
        noun.pos_ == "NOUN"
        and noun.lemma_.lower() in VENUE_NOUNS | MEDIUM_NOUNS | SPOKEN_MEDIUM_NOUNS
        and noun.dep_ == "pobj"
        and noun.head.head.i == cue.i
    )


def _nested_in_reports(frames: list[Frame]) -> set[int]:
    """Frames whose cue lies inside another frame's reported words ('according to' aside, and
    a document that reports someone — 'a readout indicating that Austin “emphasized …”' — is
    that person's source, not their speaker)."""
    reporters = [
        f for f in frames
        if not f.according_to and not (f.speaker is not None and f.speaker.root.lemma_.lower() in DOCUMENT_NOUNS)
    ]
    return cues_inside_reports(frames, reporters)


def _without_writer_tail(doc: Doc, item: _Found, marks: _Marks) -> int:
    """A mixed report ends with what was said: the writer's clause after its last quotation
    ('“faker” and questioning how …', '“unheard of” – the founder who …') is left out."""
    closes = [m.close_at for _, m in marks.overlapping(item.start, item.end) if m.close_at is not None]
    if not closes or max(closes) + 1 >= item.end:
        return item.end
    last_close = max(closes)
    closed_with_a_comma = doc_text(doc)[max(0, last_close - 1) : last_close].strip() == ","
    if _attributed_after(item) and not closed_with_a_comma:
        # (after '…,”' the words are the attribution's or the writer's: '“…,” another friend,
        # Mariam Emara, told CNN', where the frame names the speaker after 'another friend')
        return item.end
    cut = writer_tail_start(doc, item.start, max(closes) + 1, item.end)
    return item.end if cut is None else cut


def _attributed_after(item: _Found) -> bool:
    """'The lack of clinics was “particularly harmful” on rural towns, which had fewer clinics,
    the lawsuit alleges': an attribution after the words takes all of them up to it; no writer's
    clause sits between what was said and who said it."""
    cue = item.frame.cue if item.frame is not None else None
    if cue is None or cue.pos_ == "NOUN" or cue.idx < item.end:
        return False
    speaker = item.frame.speaker  # type: ignore[union-attr]
    attribution = min(cue.idx, speaker.start_char) if speaker is not None else cue.idx
    # (set off by its comma, as a trailing attribution is: the span ends where the attribution begins)
    return attribution >= item.end and "," in doc_text(cue.doc)[item.end : attribution]


def _on_to_clause_end(doc: Doc, frame: Frame, end: int) -> int:
    """'told a town hall that waterboarding is “peanuts,” compared to what …', 'charged that the
    mayor “hid” the report because it …': a mixed report goes on over what the parser hung on
    the reporting verb after its clause — still what was said — but not over the speaker's next
    act ('…,” claiming that …', '…” and has invited …'); the writer's own clauses are cut
    later, as for any mixed report."""
    cue = frame.cue
    text = doc_text(doc)
    if cue is None or cue.pos_ == "NOUN" or cue.idx > end:
        return end
    joined = _quoted_predicate_joined_on(doc, cue, end)
    if joined is not None:
        return joined
    last: Token | None = None
    for child in cue.children:
        if child.idx < end or child.is_punct:
            continue
        if not _goes_on_with_the_report(child):
            break
        last = child.right_edge
    if last is None:
        return end
    while (last.is_punct or last.is_space) and last.idx > end:
        last = doc[last.i - 1]
    clause_end = last.idx + len(last)
    if clause_end <= end or holds_quotation(text[end:clause_end]):
        return end
    return clause_end


def _quoted_predicate_joined_on(doc: Doc, cue: Token, end: int) -> int | None:
    """'said the president had told aides that he was “not in the business of punishing
    friends” but wanted “something real”': right after a report that closes on a quotation,
    'but' or 'and' and a verb with no subject that quotes words of its own go on with the
    reported clause (the parser hangs the verb on 'said'). Quoted words are what was said;
    the speaker's next act quotes none ('…,” and has invited …'), and a next report is its own
    ('…” and said that Rubio is “weak”'). Returns the new end, or None."""
    text = doc_text(doc)
    if end < 1 or text[end - 1] not in CLOSING_MARK_CHARS:
        return None
    after = [t for t in doc[cue.i + 1 : cue.sent.end] if t.idx >= end and not t.is_space]
    if len(after) < 2 or after[0].dep_ != "cc" or after[0].lower_ not in ("but", "and"):
        return None
    verb = after[1]
    if verb.dep_ != "conj" or verb.head.i != cue.i or verb.pos_ != "VERB" or has_child(verb, "nsubj", "nsubjpass"):
        return None
    if is_reporting_verb(verb) or verb.lemma_.lower() in LABELLING_VERBS or has_child(verb, "ccomp"):
        return None  # ('… “a political revolution” and said that …': a report of its own)
    last = verb.right_edge
    while (last.is_punct or last.is_space) and last.i > verb.i and text[last.idx] not in CLOSING_MARK_CHARS:
        last = doc[last.i - 1]
    clause_end = last.idx + len(last)
    if not holds_quotation(text[verb.idx : clause_end]):
        return None
    if len(DOUBLE_MARKS.findall(text[verb.idx : clause_end])) % 2:
        # ('… but wanted “something real.”' ending the sentence: the parser hung the closing mark
        # on 'said'; the clause runs on to it)
        close = next((i for i in range(clause_end, cue.sent.end_char) if text[i] in CLOSING_MARK_CHARS), None)
        return close + 1 if close is not None else None
    return clause_end


def _goes_on_with_the_report(child: Token) -> bool:
    """A phrase after the quotation that the parser hung on the reporting verb: a prepositional
    phrase or an adverbial clause, not a participle or a clause joined by 'and'."""
    return child.dep_ in ("prep", "advcl", "advmod", "npadvmod") and child.tag_ != "VBG"


# What sets a quotation off from the words before it: 'asserted that France had lost its
# identity: “France is no longer France,”', 'brutal leaders like Saddam Hussein - “He would …”'.
SET_OFF_BEFORE = re.compile(r"(?::|\s[-–—]+|--)\s*$")


def _set_off_quotation(text: str, start: int, end: int, marks: _Marks) -> MarkedSpan | None:
    """The quotation a report's clause runs into after a colon or a dash: it is said on its
    own, so the report ends before it."""
    for _, m in marks.overlapping(start, end):
        if start < m.open_at and SET_OFF_BEFORE.search(text[start : m.open_at]):
            return m
    return None


# Between a quotation's closing comma and the attribution that interrupts it: '”, ' or ',” '.
CLOSED_WITH_A_COMMA = re.compile(r"\s*(?:,\s*[”\"'’]+|[”\"'’]+\s*,)\s*$")
# A character closing a quotation, the straight and doubled-apostrophe ones ('' ) included.
CLOSING_MARK_CHARS = "”\"'’"
# The most words an interrupting attribution runs to: 'he told friends', 'the mayor said'.
INTERRUPTION_MAX_TOKENS = 6
# Characters before a closing mark enough to see its comma.
CLOSING_WINDOW = 8


def _on_after_interruption(doc: Doc, item: _Found, marks: _Marks) -> None:
    """A quotation whose attribution interrupts its sentence takes in the rest of the sentence
    (see ``_rest_after_interruption``): a direct one becomes mixed, marks included."""
    if item.frame is None or item.inherited or item.kind not in ("direct", "mixed"):
        return
    quoted = marks.by_start.get(item.start) if item.kind == "direct" else None
    if item.kind == "direct" and (quoted is None or quoted.close_at is None):
        return
    if item.kind == "mixed" and doc_text(doc)[item.end - 1] not in CLOSING_MARK_CHARS:
        return
    close_at = quoted.close_at if quoted is not None else item.end - 1
    rest_end = _rest_after_interruption(doc, close_at, item.frame)
    if rest_end is None:
        return
    if quoted is not None:
        item.start, item.kind = quoted.open_at, "mixed"
    item.end = rest_end


def _rest_after_interruption(doc: Doc, close_at: int, frame: Frame) -> int | None:
    """'“Only you, Dana,” she said, would use the occasion to …', '“It is our bad luck,” he
    said, that both men had ties …', 'But “it is a better use of capital,” he added, to pursue …':
    an attribution set between commas inside a sentence that goes on with no subject of its
    own (a verb, an infinitive, a 'that' or a relative clause) interrupts the report, which runs
    on after it to the sentence's end (not '…,” she said, and then she left', nor '…,” she said,
    adding …', the speaker's next act). ``close_at``: the quotation's closing mark. Returns
    where the report ends, or None."""
    cue = frame.cue
    if cue is None or cue.pos_ == "NOUN" or cue.idx < close_at:
        return None
    text = doc_text(doc)
    attribution_at = min(cue.idx, frame.speaker.start_char) if frame.speaker is not None else cue.idx
    before = max(0, close_at - CLOSING_WINDOW)  # (a search over all the text before was quadratic)
    if not CLOSED_WITH_A_COMMA.search(text[before:attribution_at]) and not CLOSED_WITH_A_COMMA.search(
        text[before : cue.idx]
    ):
        return None  # (the attribution, speaker or verb first, right after the closing comma)
    sentence_end = cue.sent.end
    comma = next((t for t in doc[cue.i + 1 : min(cue.i + INTERRUPTION_MAX_TOKENS, sentence_end)] if t.is_punct), None)
    if comma is None or comma.text != "," or comma.i + 1 >= sentence_end:
        return None
    if not _goes_on_without_a_subject(doc[comma.i + 1]):
        return None
    last = doc[sentence_end - 1]
    while last.i > comma.i and (last.is_punct or last.is_space):
        last = doc[last.i - 1]
    if last.i <= comma.i or holds_quotation(text[comma.idx : last.idx + len(last)]):
        return None
    return last.idx + len(last)


def _goes_on_without_a_subject(first: Token) -> bool:
    """The first word after an interrupting attribution continues the quoted clause: a present
    or modal verb with no subject ('would use'), an infinitive ('to pursue'), 'that', or a
    relative ('in which')."""
    # (not a past tense, which may be a participle of the attribution: '…,” she said, asked
    # about it', '…,” said Ann Cole, angered by …')
    if first.tag_ in ("MD", "VBZ", "VBP") and not has_child(first, "nsubj", "nsubjpass"):
        return True
    if first.lower_ == "to" and first.i + 1 < len(first.doc) and first.doc[first.i + 1].tag_ == "VB":
        return not _lone_word_ending_the_sentence(first.doc[first.i + 1])
    if first.lower_ == "that":
        # (after 'he said,' a 'that' opens a clause, whatever the tagger made of it; but not the
        # demonstrative of a time noun right after it: '…,” she said, that afternoon at the court')
        return not _demonstrative_of_a_time(first)
    return first.dep_ == "prep" and first.i + 1 < len(first.doc) and first.doc[first.i + 1].lower_ in ("which", "whom")


# How a room answers what was said: 'he said, to laughter'.
ROOM_RESPONSES = frozenset(
    {"laughter", "applause", "cheers", "groans", "boos", "gasps", "jeers", "chuckles", "murmurs", "silence"}
)


def _lone_word_ending_the_sentence(word: Token) -> bool:
    """'“The bins,” he said eventually, to laughter. “We both …”': a single word after 'to' with
    nothing but the sentence's end after it is the room's response ('to laughter', 'to
    applause', 'to cheers'), whatever the tagger made of it, not an infinitive going on with
    the quotation ('…,” he added, to pursue the case', which has words of its own)."""
    if word.lower_ not in ROOM_RESPONSES:
        return False  # ('"We have asked the court," Holt said, to intervene.': the quote goes on)
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return after is None or after.text in (".", "!", "?") or after.is_space


def _demonstrative_of_a_time(that: Token) -> bool:
    """'that afternoon', 'that week': the determiner of the date noun right after it, the
    attribution's own time, not a clause going on with what was said."""
    head = that.head
    return that.dep_ == "det" and head.i == that.i + 1 and in_a_time(head)


def _label_after_object(doc: Doc, span: MarkedSpan) -> _Found | None:
    """'called the plan “reckless.”' with the quoted words hung off the verb by the parser: a
    mixed quote of what the verb says, from its object to the closing mark."""
    verb = label_after_object(doc, span)
    if verb is None or span.close_at is None:
        return None
    frame = frame_for_verb(verb)
    if frame.speaker is None:
        return None
    first = min(c.left_edge.idx for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "oprd"))
    return _Found(first, span.close_at + 1, "mixed", frame)


# ('Before the band sang “Hallelujah,”': a song's title, no one's words)
SPEAKING_NOT_SINGING = SPEECH_VERBS - {"sing"}


def _said_in_a_fronted_clause(doc: Doc, span: MarkedSpan) -> Frame | None:
    """'While the crowd chanted “lock her up,” Tom Reed smiled': the quotation right after the
    verb of saying of a clause set before the sentence's own ('while', 'as', 'when' with its
    own subject) is that clause's subject's, though the parser hangs it on the main verb."""
    opening = doc.char_span(span.open_at, span.open_at + 1, alignment_mode="expand")
    if opening is None or opening.start == 0:
        return None
    verb = doc[opening.start - 1]
    if verb_lemma(verb) not in SPEAKING_NOT_SINGING or not _a_fronted_clause(verb):
        return None  # ('Before the band sang “Hallelujah,”': a song's title)
    return Frame(cue=verb, speaker=noun_phrase(first_child(verb, "nsubj")), cue_text=verb.text)


def _named_in_a_fronted_clause(doc: Doc, span: MarkedSpan) -> _Found | None:
    """'When Lina Sousa called the plan “a disaster,” Tom Reed said nothing': the name such a
    clause's verb of naming gives its object is the clause subject's words (not Reed's), a
    mixed quote from the object on, as in a main clause ('Reed called it “brilliant.”'). Not a
    title given to a thing ('After the director named his film “Blue Harbour,”'), nor a thing
    named by its own name ('When the president called the “Clean Air Act” a failure')."""
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    if words is None or not len(words) or span.close_at is None or words.root.dep_ not in ("appos", "oprd"):
        return None
    node = words.root
    while node.dep_ in ("appos", "dobj", "oprd") and node.head.i != node.i:
        node = node.head  # ('called the plan “a disaster”': disaster -> plan -> called)
    if node.pos_ != "VERB" or verb_lemma(node) not in NAMING_VERBS or not _a_fronted_clause(node):
        return None
    frame = frame_for_verb(node)
    obj = first_child(node, "dobj")
    if frame.speaker is None or obj is None:
        return None
    if is_title(doc_text(doc)[span.start : span.end].split()) and not _a_person(obj):
        return None  # (a nickname given a person is the namer's: 'When they called him “the Butcher”')
    return _Found(obj.left_edge.idx, span.close_at + 1, "mixed", frame)


def _a_person(noun: Token) -> bool:
    return noun.lower_ in ("him", "her", "them") or noun.ent_type_ == "PERSON"


def _a_fronted_clause(verb: Token) -> bool:
    """An adverbial clause set before the sentence's own verb, opened by its mark ('While',
    'After'; 'When' is the parser's advmod as often as its mark) and with a subject of its own."""
    opened = has_child(verb, "mark") or (verb.left_edge.tag_ == "WRB" and verb.left_edge.head.i == verb.i)
    return verb.dep_ == "advcl" and verb.i < verb.head.i and opened and has_child(verb, "nsubj")


def _chanted(doc: Doc, span: MarkedSpan) -> _Found | None:
    """'their chants of “Ted! Ted!”', 'to cries of “Lock her up!”': words a crowd shouts are
    spoken, not a label, short as they are; the noun's possessor, when there is one, speaks."""
    before = doc.char_span(span.open_at, span.open_at + 1, alignment_mode="expand")
    if before is None or before.start == 0:
        return None
    of = doc[before.start - 1]
    noun = of.head
    if of.lower_ != "of" or noun.i >= of.i or noun.pos_ != "NOUN" or noun.lemma_.lower() not in CHANT_NOUNS:
        return None
    owner = first_child(noun, "poss") or _who_broke_into_the_chant(noun)
    speaker = noun_phrase(owner) if owner is not None else None
    return _Found(span.start, span.end, "direct", Frame(cue=noun, speaker=speaker, cue_text=noun.text))


# Prepositions that make a chant the subject's own act: 'responded with chants of', 'joined in
# a chant of', 'broke into cries of' (not 'took the stage to chants of': others chanted).
CHANTING_PREPOSITIONS = frozenset({"with", "in", "into"})


def _who_broke_into_the_chant(noun: Token) -> Token | None:
    """'Holm supporters responded with chants of “We want Holm”', 'A mix of farmers and students
    joined in a chant of “Save the dam!”': a chant that is what the subject of an active verb
    did is that subject's words. A passive subject heard it ('was met with chants of'), so
    only an active verb's subject counts."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in CHANTING_PREPOSITIONS or prep.head.pos_ != "VERB":
        return None
    verb = prep.head
    return first_child(verb, "nsubj")


def _what_it_reads(doc: Doc, span: MarkedSpan, frames: list[Frame]) -> Frame | None:
    """'a message reading “Thank you Dover”', 'a cover saying “Go home!”': a participle after a
    noun, right before the marks, gives the words the message carries; the message speaks when
    the parse gives the participle no subject."""
    for frame in frames:
        cue = frame.cue
        if cue is None or frame.speaker is not None or cue.dep_ != "acl" or cue.tag_ != "VBG":
            continue
        if cue.lemma_ not in READING_LEMMAS or cue.head.pos_ != "NOUN":
            continue
        if cue.idx < span.open_at and not doc_text(doc)[cue.idx + len(cue) : span.open_at].strip():
            return Frame(cue=cue, speaker=noun_phrase(cue.head), cue_text=cue.text)
    return None


def _presented_as(doc: Doc, span: MarkedSpan) -> _Found | None:
    """'Merkel heralded the deal as a “breakthrough.”': what the verb presents, from its object
    to the quoted words, is a mixed quote of its subject (a label before its noun, 'as a
    “law and order” candidate', included: the verb says it of its object)."""
    verb = presenting_verb(doc, span)
    if verb is None or span.close_at is None:
        return None
    clause = governed_clause(verb, span.open_at, span.close_at, intentions=True)
    return _Found(clause[0], clause[1], "mixed", frame_for_verb(verb)) if clause is not None else None


def _clause_holding(doc: Doc, span: MarkedSpan, frames: list[Frame]) -> tuple[tuple[int, int], Frame] | None:
    """'vowed to “continue the fight …” and to “take our fight …” for the convention': the
    quotation inside what the verb before it reports is a mixed quote of that clause."""
    if span.close_at is None or starts_sentence(doc, span) or attribution_right_after(doc, span):
        return None  # ('…, “they’re both qualified,” she said': the attribution after it has it)
    mark = doc.char_span(span.open_at, span.open_at + 1, alignment_mode="expand")
    if mark is None:
        return None
    sentence = mark.sent
    verbs = [
        (f.cue, f) for f in frames
        if f.cue is not None and f.cue.pos_ != "NOUN" and sentence.start <= f.cue.i < mark.start
    ]
    for cue, frame in sorted(verbs, key=lambda pair: -pair[0].i):  # the nearest verb first
        clause = governed_clause(cue, span.open_at, span.close_at, intentions=True)
        if clause is not None:
            return clause, frame
    return None


# Words a reported clause may have outside its quotation and still be all quotation.
COMPLEMENTIZERS = frozenset({"that", "whether", "if"})


def _words_outside(text: str, start: int, end: int, m: MarkedSpan) -> bool:
    """Whether a report's clause has words of its own around the quotation it holds."""
    close = m.close_at if m.close_at is not None else m.end
    around = f"{text[start:m.open_at]} {text[close + 1 : end]}"  # empty slices where it has none
    words = [w.strip(".,;:!?—–-“”\"'’‘()") for w in around.split()]
    return any(w and w.lower() not in COMPLEMENTIZERS for w in words)


def _only_the_quotation(text: str, clause: tuple[int, int], m: MarkedSpan) -> bool:
    """A clause that is its quotation and nothing more, not even a 'that': 'Soros had said,
    “Bubbles do not grow …”' is direct ('said that “…”' stays mixed, reported speech)."""
    close = m.close_at if m.close_at is not None else m.end - 1
    around = text[clause[0] : m.open_at] + text[close + 1 : clause[1]]
    return not any(ch.isalnum() for ch in around)


def _names_the_medium(span: MarkedSpan, frame: Frame) -> bool:
    medium = frame.medium
    return medium is not None and medium.start_char <= span.open_at < medium.end_char


def _inside_the_speakers_phrase(span: MarkedSpan, frame: Frame) -> bool:
    """'The band’s song “Sleepless” does not refer to a pillow', 'The novel “Nightfall”
    describes a town': a title inside the phrase of the verb's subject names what speaks; it is
    not what the verb reports."""
    if frame.speaker is None or span.close_at is None:
        return False
    root = frame.speaker.root
    start, end = root.left_edge.idx, root.right_edge.idx + len(root.right_edge)
    return start <= span.open_at and span.close_at < end and frame.cue is not None and frame.cue.idx > span.close_at


def _names_where_it_was_said(doc: Doc, span: MarkedSpan, frame: Frame) -> bool:
    """'“…,” Pike said on “KTL.”', 'wrote in “Harbour Notes”': quoted words that are all the object
    of 'on' or 'in' hanging on the speech verb, every one capitalised, name the show or paper it
    was said in (a title, though in one word or in capitals), not words of the speaker's."""
    if frame.cue is None or span.close_at is None:
        return False
    inner = doc.char_span(span.open_at + 1, span.close_at, alignment_mode="contract")
    words = [t for t in inner or () if not t.is_punct]
    if not words or not all(t.text[:1].isupper() for t in words):
        return False  # ('blamed the overrun on “careless contractors”': words, no name)
    heads_outside = [t for t in words if not words[0].i <= t.head.i <= words[-1].i]
    if len(heads_outside) != 1:
        return False
    prep = heads_outside[0].head
    return heads_outside[0].dep_ == "pobj" and prep.lower_ in ("on", "in") and prep.head == frame.cue


def _is_nominal(frame: Frame) -> bool:
    return frame.cue is not None and frame.cue.pos_ == "NOUN"


def _headline_cue(frame: Frame) -> bool:
    """Title Case defeats the parser: in a headline only 'X Says …' / 'X Tells …' attribute."""
    return frame.cue is not None and frame.cue.lemma_.lower() in HEADLINE_CUES


def _with_headline_colons(doc: Doc, headlines: Iterable[tuple[int, int]], found: list[_Found]) -> list[_Found]:
    """'Sanders: Brexit’s message could draw Trump support': what a headline says a name said.

    The colon decides the headline: other readings of its words are dropped.
    """
    for start, end in headlines:
        hit = headline_colon_frame(doc, start, end)
        if hit is None:
            continue
        frame, what_start, what_end = hit
        found = [f for f in found if not start <= f.start < end]
        found.append(_headline_words(doc_text(doc), what_start, what_end, frame))
    return sorted(found, key=lambda f: f.start)


# Marks that may wrap a headline's quotation, opening and closing: “…”, "…", ‘…’, '…'.
HEADLINE_MARK_PAIRS = {"“": "”", '"': '"', "‘": "’", "'": "'"}


def _headline_words(text: str, start: int, end: int, frame: Frame) -> _Found:
    """'Mayor Okafor: ‘The pier will reopen by summer’': words the marks wrap whole are the
    person's own (direct, the marks left out); unmarked ones are the headline's report."""
    words = text[start:end].rstrip(" .")
    closing = HEADLINE_MARK_PAIRS.get(words[:1])
    if closing is not None and len(words) > 2 and words.endswith(closing) and closing not in words[1:-1]:
        return _Found(start + 1, start + len(words) - 1, "direct", frame)
    return _Found(start, end, "indirect", frame)


# -- small predicates ------------------------------------------------------------------------
class _Marks:
    """Quoted spans in text order, with the look-ups pairing needs done by bisect."""

    def __init__(self, marked: list[MarkedSpan]) -> None:
        self.spans = marked
        self.starts = [m.start for m in marked]
        self.ends = [m.end for m in marked]
        self.by_start = {m.start: m for m in marked}

    def overlapping(self, start: int, end: int) -> list[tuple[int, MarkedSpan]]:
        lo, hi = bisect_right(self.ends, start), bisect_left(self.starts, end)
        return [(k, self.spans[k]) for k in range(lo, hi) if self.spans[k].start < end and start < self.spans[k].end]


# Attributions further than this from a quotation are not its own (sentence, paragraph, colon).
FRAME_WINDOW = 3000


class _FrameWindow:
    """Frames by cue offset, so each quotation looks only at the frames near it."""

    def __init__(self, frames: list[Frame]) -> None:
        self.frames = sorted(frames, key=lambda f: f.cue.idx if f.cue is not None else -1)
        self.offsets = [f.cue.idx if f.cue is not None else -1 for f in self.frames]

    def near(self, start: int, end: int) -> list[Frame]:
        lo = bisect_left(self.offsets, start - FRAME_WINDOW)
        hi = bisect_right(self.offsets, end + FRAME_WINDOW)
        return self.frames[lo:hi]


def _earlier_in_paragraph(
    text: str, span: MarkedSpan, found: list[_Found], paragraphs: list[tuple[int, int]]
) -> _Found | None:
    para = paragraph_index(paragraphs, span.open_at)
    earlier = [
        f
        for f in found
        if f.frame is not None
        and f.kind != "fragment"
        and f.start < span.start
        # ('“…,” she said, when asked whether …. “…”': the question's asker said nothing)
        and not f.frame.asks_its_subject
        # a quote that ran over from the paragraph before counts here, where it ends
        and para in (paragraph_index(paragraphs, f.start), _last_paragraph(text, paragraphs, f.start, f.end))
    ]
    # ('“…,” Trump assured Jones, after Jones assured him that …. “…”': a report in a clause
    # subordinate to another's words does not take the floor from that speaker)
    main = [f for f in earlier if not _cued_in_a_subordinate_clause(f.frame)]
    return max(main or earlier, key=lambda f: f.start) if earlier else None


def _person_whose_clause_holds_it(doc: Doc, span: MarkedSpan) -> Frame | None:
    """'The suit demands his reinstatement. He also seeks “a permanent injunction …”': a
    quotation inside a clause whose subject, before it, is a person (a name, or 'he'/'she' for
    one named before) is that person's, not the last speaker's of the paragraph (who may be no
    person at all: the suit). The clause is the nearest above the quoted words with a subject
    of its own: in 'she had voted for the authority to invade Iraq from “the perspective of …”'
    the infinitive has none, and the voter speaks."""
    words = doc.char_span(span.start, span.end, alignment_mode="contract")
    if words is None or len(words) == 0 or is_title(words.text.split()):
        return None  # ('wrote “The Art of the Deal”': a title is no one's words)
    clauses = (a for a in words[0].ancestors if a.pos_ in ("VERB", "AUX") and a.idx < span.open_at)
    # (an active subject only: who a passive acts on did not say it, 'was fired for “…”')
    subject = next((c for a in clauses for c in a.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.idx > span.open_at:
        return None
    if not (_a_named_person(subject) or subject.lower_ in ("he", "she")):
        return None
    return Frame(cue=None, speaker=noun_phrase(subject), cue_text=None)


def _a_person_spoke(earlier: _Found) -> bool:
    """The earlier report's speaker is a person: a name, 'he'/'she', or a role only a person
    holds ('the inspector, Ellen Voss')."""
    speaker = earlier.frame.speaker if earlier.frame is not None else None
    if speaker is None:
        return False
    head = speaker.root
    named = any(t.ent_type_ == "PERSON" for t in speaker)
    return named or head.lower_ in ("he", "she", "i") or only_a_person_holds(head.text)


def _same_sentence(doc: Doc, earlier: _Found, span: MarkedSpan) -> bool:
    """The earlier report's cue stands in the quotation's own sentence ('Back then, Ms. Ripert
    said, she found Ms. Sherry “very professional”'): that report holds the quotation."""
    cue = earlier.frame.cue if earlier.frame is not None else None
    mark = doc.char_span(span.open_at, span.open_at + 1, alignment_mode="expand")
    return cue is not None and mark is not None and cue.sent.start == mark[0].sent.start


def _cued_in_a_subordinate_clause(frame: Frame | None) -> bool:
    """An adverbial clause with its mark ('after Jones assured him that …') or a relative
    clause with a speaker of its own ('… after a show during which callers asked how much he
    was paid'): the words reported there are an aside to the sentence's own speaker. ('said
    Sosa, a consultant who said he would not vote for Cruz': 'who' is the speaker again.)"""
    cue = frame.cue if frame is not None else None
    if cue is None:
        return False
    if cue.dep_ == "relcl":
        speaker = frame.speaker if frame is not None else None
        return speaker is not None and speaker.root.tag_ not in ("WP", "WDT")
    return (cue.dep_ == "advcl" and has_child(cue, "mark")) or _heard_or_remembered_saying(cue)


def _heard_or_remembered_saying(cue: Token) -> bool:
    """'Turry … remembered Freddy claiming that …', 'heard her telling …': a gerund with its own
    subject, the complement of another verb, is what that verb's subject remembers or heard, so
    it does not hand the floor to the one remembered: a speaker already holding it keeps it (this
    makes no one the speaker who was not)."""
    return (
        cue.tag_ == "VBG"
        and cue.dep_ == "ccomp"
        and cue.head.pos_ == "VERB"
        and any(c.dep_ == "nsubj" and c.i < cue.i for c in cue.children)
        and has_child(cue.head, "nsubj")
    )


def _subject_of_sentence_before(doc: Doc, item: _Found, frames: list[Frame]) -> Frame | None:
    """'Clinton touted her credentials as a co-sponsor. “We need to support workers …”': a
    quotation standing as its own sentence right after a sentence about a named person, with no
    other attribution, is that person's (the news convention for a quote after its speaker)."""
    text = doc_text(doc)
    mark = doc.char_span(item.start - 1, item.start, alignment_mode="expand")
    if mark is None or mark.start == 0:
        return None
    sentence = mark[0].sent
    if text[sentence.start_char : item.start - 1].strip(" “\"'‘`"):
        return None  # the quotation does not open its sentence
    if _sentence_goes_on_after(text, item.end):
        return None  # '“Mr. Ash?” the clerk called.': the sentence names its own speaker
    before = doc[sentence.start - 1].sent
    if holds_quotation(before.text) or "\n" in text[before.start_char : sentence.start_char]:
        return None  # only inside one paragraph: a quotation opening its own may be a list's
    if before.text.rstrip()[-1:] not in (".", "!", "?"):
        return None  # a fragment the parser split off is no sentence about anyone
    said = [f for f in frames if f.cue is not None and f.speaker is not None and before.start <= f.cue.i < before.end]
    if said:
        return said[-1]  # 'Or maybe Jeb Bush, consultant Phil Musser says. “…”'
    root = before.root
    subject = first_child(root, "nsubj", "nsubjpass")
    if subject is None or not (
        _a_named_person(subject) or _role_with_its_holder_named(subject) or _a_person_referred_back_to(subject)
    ):
        return None
    return Frame(cue=None, speaker=noun_phrase(subject), cue_text=None)


def _sentence_goes_on_after(text: str, end: int) -> bool:
    """The quotation's sentence runs on past its closing mark ('“Mr. Ash?” the clerk called.',
    '“Go,” she said'): the quotation is no sentence standing alone."""
    rest = text[end:].lstrip("”\"'’ ")
    return bool(rest) and (rest[0].islower() or rest[0] in ",;—–-")


def _a_named_person(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.ent_type_ == "PERSON"


def _a_person_referred_back_to(noun: Token) -> bool:
    """'The judge then turned to me. “Mr. Holm?”' or 'He then had a question for the crowd.
    “Who will pay for it?”': a person named earlier, now 'he'/'she' or 'the' with a role only a
    person holds, is as much the sentence's person as a name (the resolver finds whom it means)."""
    if noun.lower_ in ("he", "she"):
        return True
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    return noun.pos_ == "NOUN" and definite and only_a_person_holds(noun.text)


def _role_with_its_holder_named(noun: Token) -> bool:
    """'The trust's chairman, Neil Pardoe, disputed that account.': a person's role whose holder
    is named beside it is as much a named person as the name alone (whatever type the model
    gives the name: a role only a person holds)."""
    if noun.pos_ != "NOUN" or not only_a_person_holds(noun.text):
        return False
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in noun.children)


def _all_quotation_through(doc: Doc, item: _Found, paragraphs: list[tuple[int, int]], para: int) -> bool:
    """The quotation fills its paragraphs: from the start of the one it opens to the end of the
    one it closes in (a quotation running over paragraphs reopens each and closes only in the last)."""
    last = paragraph_index(paragraphs, max(item.start, item.end - 1))
    return all_quotation(doc_text(doc)[paragraphs[para][0] : paragraphs[last][1]])


def _announced_at_the_end_of_the_paragraph_before(
    doc: Doc, para: int, paragraphs: list[tuple[int, int]], frames: list[Frame]
) -> Frame | None:
    """'The council issued a statement apologizing to Holm for the emails.' then a paragraph all
    of quotation with no attribution: the statement announced, the quotation is its words. The
    paragraph before quotes no one and its last sentence has a cue with a speaker but reports
    nothing itself (a cue with reported words is a quote of its own, carried over already)."""
    if para == 0:
        return None
    text = doc_text(doc)
    start, end = paragraphs[para - 1]
    if holds_quotation(text[start:end]):
        return None
    last = doc.char_span(start, len(text[:end].rstrip()), alignment_mode="contract")
    if last is None or len(last) == 0:
        return None
    sentence = last[-1].sent
    if sentence.text.rstrip()[-1:] != ".":
        return None
    said = [
        f for f in frames
        if f.cue is not None and f.speaker is not None and f.content is None and not f.asks_its_subject
        and not words_not_given(f.cue)  # ('Reyes declined to comment.': no words to come)
        and sentence.start <= f.cue.i < sentence.end
    ]
    if said:
        return said[-1]
    owner = _owner_of_words_announced(sentence)
    # (not when the paragraph says no words come: 'Reyes declined to comment.')
    refused = any(f.cue is not None and last.start <= f.cue.i < last.end and words_not_given(f.cue) for f in frames)
    if owner is None and not refused:
        owner = _person_a_short_paragraph_introduces(last)
    return Frame(cue=None, speaker=noun_phrase(owner), cue_text=None) if owner is not None else None


def _named_a_person_before(name: Token, paragraph: Span) -> bool:
    """'Then it was Tyler Marsh's turn. Tyler, 16, is …': a proper noun the paragraph gave a
    person earlier is that person's name, whatever the model tags it on its own ('Tyler, 16,'
    reads to it like 'Austin, Texas')."""
    return name.pos_ == "PROPN" and any(
        t.ent_type_ == "PERSON" and t.text == name.text for t in paragraph if t.i < name.i
    )


# The most sentences in a paragraph that introduces the person quoted next.
INTRODUCTION_MAX_SENTENCES = 3


def _person_a_short_paragraph_introduces(paragraph: Span) -> Token | None:
    """'Then it was Brandon Keel's turn. Brandon, 16, is a junior at Tarrow High.' then a
    paragraph all of quotation: a short paragraph about one person, who is the subject of its
    last sentence (by name) and of any other sentence with a person for subject, introduces
    them, and the quotation is theirs (a feature introduces each voice so). Returns the last
    sentence's subject, else None."""
    sentences = list(paragraph.sents)
    if len(sentences) > INTRODUCTION_MAX_SENTENCES or NOT_A_VOICE.search(paragraph.text):
        return None
    subjects = [first_child(s.root, "nsubj", "nsubjpass") for s in sentences]
    last = subjects[-1]
    if last is None or not (_a_named_person(last) or _named_a_person_before(last, paragraph)):
        return None
    for subject in subjects[:-1]:
        if subject is None or subject.lower_ in ("he", "she") or subject.text == last.text:
            continue
        if subject.pos_ == "PROPN" or subject.ent_type_ == "PERSON" or subject.lower_ in ("i", "we", "they"):
            return None  # (another person in the paragraph: whose words follow is not clear)
    return last


# A paragraph that keeps its person silent or puts them in the dock introduces no voice: 'Hale did
# not return a call seeking comment', 'could not be reached', 'was charged with arson'.
NOT_A_VOICE = re.compile(
    r"\b(?:did\s+not|didn['’]t)\s+(?:return|respond|answer)|could\s+not\s+be\s+reached|declined|refused"
    r"|no\s+comment|(?:was|were|been)\s+(?:charged|arrested|accused|indicted|convicted|sentenced|detained)\b",
    re.IGNORECASE,
)


# Nouns for what someone is about to say, owned by them: 'He does not mince his words.', 'Howe
# continued his scathing remarks.'
ANNOUNCED_WORDS_NOUNS = frozenset(
    {
        "word", "words", "thought", "thoughts", "verdict", "view", "views", "message",
        "remark", "remarks", "comment", "comments", "criticism",
    }
)


def _owner_of_words_announced(sentence: Span) -> Token | None:
    """'Tomas Rourke has fished the bay for fifty years. He does not mince his words.' then a
    paragraph all of quotation: a sentence whose subject does something with words of their own
    ('mince his words', 'chose her words carefully', 'gave his verdict') announces them without
    a cue ('continued his remarks': more of them). Returns that subject, a person: a name or
    'he'/'she'."""
    root = sentence.root
    subject = first_child(root, "nsubj")
    if subject is None:
        return None
    if (named := _owner_named_by_demonstrative(sentence)) is not None:
        return named  # 'That was the verdict of Sarah Okonjo, …' then more of her words
    person = subject.lower_ in ("he", "she") or (subject.pos_ == "PROPN" and subject.ent_type_ == "PERSON")
    if not person:
        return None
    for obj in root.children:
        if obj.dep_ == "dobj" and obj.lower_ in ANNOUNCED_WORDS_NOUNS:
            owner = first_child(obj, "poss")
            if owner is not None and owner.lower_ in ("his", "her"):
                return subject
    return None


# Nouns a demonstrative points back to words with: 'That was the verdict of Sarah Okonjo'.
WORDS_POINTED_BACK_TO = ANNOUNCED_WORDS_NOUNS | {
    "assessment", "warning", "conclusion", "opinion", "answer", "reply", "remark", "remarks", "comment", "comments"
}
DEMONSTRATIVES = frozenset({"that", "this", "those", "these"})


def _owner_named_by_demonstrative(sentence: Span) -> Token | None:
    """'“There are cracks you can put your arm into.” / That was the verdict of Sarah Okonjo,
    the engineer who …': 'that'/'this'/'those' is the quotation just given, and 'the verdict of'
    (the view, the words, the warning …) names who spoke it; so do 'Those words, from Imam
    Bilal Hassan, drew applause.' Returns the name, else None."""
    root = sentence.root
    subject = first_child(root, "nsubj")
    if subject is None:
        return None
    if root.lemma_ == "be" and subject.lower_ in DEMONSTRATIVES:
        words = next((c for c in root.children if c.dep_ == "attr" and c.lower_ in WORDS_POINTED_BACK_TO), None)
    elif subject.lower_ in WORDS_POINTED_BACK_TO and any(
        c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in subject.children
    ):
        words = subject  # 'Those words, from Imam Bilal Hassan, drew applause.'
    else:
        return None
    if words is None:
        return None
    of = next((c for c in words.children if c.dep_ == "prep" and c.lower_ in ("of", "from")), None)
    owner = first_child(of, "pobj") if of is not None else None
    return owner if owner is not None and owner.pos_ == "PROPN" else None


def _named_in_the_paragraph_after(
    doc: Doc, item: _Found, paragraphs: list[tuple[int, int]], para: int
) -> Frame | None:
    """A paragraph all of quotation with no attribution, followed by a paragraph opening 'That
    was the verdict of Sarah Okonjo': she said it (the feature writer's way of naming a speaker
    after the words)."""
    last = paragraph_index(paragraphs, max(item.start, item.end - 1))
    if last + 1 >= len(paragraphs) or not _all_quotation_through(doc, item, paragraphs, para):
        return None
    start, end = paragraphs[last + 1]
    first = doc.char_span(start, end, alignment_mode="contract")
    if first is None or len(first) == 0:
        return None
    owner = _owner_named_by_demonstrative(first[0].sent)
    return Frame(cue=None, speaker=noun_phrase(owner), cue_text=None) if owner is not None else None


def _heading_frame(doc: Doc, span: MarkedSpan, paragraphs: list[tuple[int, int]], items: ListItems) -> Frame | None:
    """A numbered item's first paragraph, all quotation, is the words of the person its
    heading names ('3 / Tom Varner Doubles Down On The Wall. / Getty. / “We will build it …”').
    A quotation that is the heading is the words of the person the item then says spoke it."""
    text = doc_text(doc)
    item = items.item_at(span.open_at)
    if item is not None and item.heading.start_char <= span.open_at < item.heading.end_char:
        return _speaker_below_heading(doc, item.heading) if all_quotation(item.heading.text) else None
    para = paragraph_index(paragraphs, span.open_at)
    if not all_quotation(text[slice(*paragraphs[para])]):
        return None
    if not items.opens_with(span.open_at, paragraphs, para, text) and not items.told_of_its_person(
        doc, span.open_at, paragraphs, para
    ):
        return None
    person = items.heading_person(span.open_at)
    return Frame(cue=None, speaker=person, cue_text=None) if person is not None else None


def _heading_reports(items: ListItems, marks: _Marks, consumed: set[int]) -> list[_Found]:
    """A roundup's item headings that say what their person said ('13 / Zoe Saldana Asked Men
    Everywhere To “Redefine Masculinity.”'): each is that person's report, mixed when it holds
    their quoted words (which are then no fragment of their own)."""
    reports: list[_Found] = []
    for item in items.items:
        said = heading_report(item)
        if said is None or item.person is None:
            continue
        cue, start, end = said
        overlapping = marks.overlapping(start, end)
        if any(k in consumed for k, _ in overlapping):
            continue
        if not overlapping and len(doc_text(cue.doc)[start:end].split()) < MIN_HEADING_REPORT_WORDS:
            continue  # ('Lucas Brenner Opened Up About Anxiety.': a topic, no words of his)
        consumed.update(k for k, _ in overlapping)
        words = doc_text(cue.doc)[cue.idx : start].strip()  # 'Opened Up About'
        frame = Frame(cue=cue, speaker=item.person, content=(start, end), cue_text=words)
        reports.append(_Found(start, end, "mixed" if overlapping else "indirect", frame))
    return reports


def _speaker_below_heading(doc: Doc, heading: Span) -> Frame | None:
    """'2. “Nobody builds bridges better than me.” / Carl Benning said this during the second
    debate': the item's first sentence says who spoke its heading, a person reporting or
    making a remark, or a name alone ('Whitfield again, this time on a talk show')."""
    sentence = next((t.sent for t in doc[heading.end :] if not t.is_space), None)
    if sentence is None:
        return None
    root = sentence.root
    subject = first_child(root, "nsubj")
    if subject is None and root.pos_ == "PROPN":
        if root.ent_type_ != "PERSON":
            return None  # a credit ('Getty Images') or a film ('The Godfather, 1972') speaks not
        subject = root  # 'Whitfield again': no verb
    elif root.pos_ == "PROPN" or not (is_reporting_verb(root) or _makes_a_remark(root)):
        return None
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ not in ("PERSON", ""):
        return None
    return Frame(cue=None, speaker=noun_phrase(subject), cue_text=None)


def _makes_a_remark(verb: Token) -> bool:
    """'made the claim', 'delivered the line'."""
    return verb.lemma_ in REMARK_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in REMARK_NOUNS for c in verb.children
    )


def _subject_of_its_sentence(doc: Doc, item: _Found) -> bool:
    """'“Meth. We’re on it” is rolling out with TV commercials': a quotation the writer's own
    finite verb follows is a slogan or a title the sentence is about, not more of anyone's
    speech."""
    last = doc.char_span(max(item.start, item.end - 1), item.end, alignment_mode="expand")
    if last is None:
        return False
    # the first word after the quotation's own closing marks (a few tokens on at most)
    following = next(
        (t for t in doc[last.end : last.end + 4] if not t.is_space and t.text not in CLOSE_QUOTE_TOKENS), None
    )
    if following is None or following.pos_ not in ("AUX", "VERB") or following.tag_ not in FINITE_VERB_TAGS:
        return False
    return not is_reporting_verb(following)  # ('…,” said Adelson': the speaker's, inverted)


# The most characters between a quotation and the next one whose attribution it shares: ' After
# all, he says, '.
NEXT_QUOTE_GAP = 40


def _speaker_named_after(doc: Doc, found: list[_Found]) -> None:
    """'“I'm not hiding it.” After all, he says, “I never claimed to be a journalist.”': a
    quotation left without a speaker, followed in its paragraph by one whose attribution
    comes between them, is that speaker's."""
    text = doc_text(doc)
    for item, following in pairwise(found):
        if item.frame is None and _attributed_between(text, item, following):
            item.frame, item.inherited = following.frame, True


def _attributed_between(text: str, item: _Found, following: _Found) -> bool:
    """'“After that,” Maria added, “we can finally sleep.”': the next quotation of the paragraph,
    a few words on, has its attribution between the two, which is this one's too."""
    if item.kind != "direct" or following.kind != "direct":
        return False
    frame = following.frame
    if frame is None or frame.cue is None or frame.speaker is None or following.inherited:
        return False
    gap = text[item.end : following.start]
    return "\n" not in gap and len(gap) <= NEXT_QUOTE_GAP and item.end <= frame.cue.idx < following.start


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
    default_config={"include_fragments": True, "first_names": True},
    requires=["token.dep", "token.pos", "doc.sents", "doc.ents"],
    assigns=["doc._.quotes"],
)
def make_quote_extractor(nlp: Language, name: str, include_fragments: bool, first_names: bool) -> QuoteExtractor:
    from newsgraph.nlp import register_extensions

    register_extensions()
    return QuoteExtractor(include_fragments=include_fragments, first_names=first_names)


def find_quotes(
    doc: Doc,
    *,
    article: Article,
    entities: EntityIndex,
    published: date | None,
    times: Iterable[TimeExpr] = (),
    first_names: bool = True,
) -> list[Quote]:
    """The quotations of an article's body (its ``body`` regions, or its body span).
    ``first_names``: whether a person the article says nothing of the sex of may take it from
    their first name (``gender.person_genders``)."""
    body = [(r.start, r.end) for r in article.regions_of("body")] or [article.body_span or (0, len(doc_text(doc)))]
    # The headline attributes too ('Sanders Says His Meeting Was Not An Endorsement'); a
    # repeated title line is the same headline and is left out.
    headlines = [(r.start, r.end) for r in article.regions_of("title")[:1]]
    writer = _writer(article)
    return QuoteExtractor(first_names=first_names).find(
        doc, entities=entities, body=body, published=published, times=times, headlines=headlines, writer=writer
    )


def _writer(article: Article) -> str | None:
    """The article's one author when that is a person ('The Associated Press' writes no 'I')."""
    if len(article.authors) != 1:
        return None
    author = article.authors[0]
    return None if is_agency(author) or not 2 <= len(author.split()) <= 4 else author


def split_fragments(found: list[Quote]) -> tuple[list[Quote], list[Quote]]:
    """Quotations, and quoted words nobody is said to have said (scare quotes, titles)."""
    quotes = [q for q in found if q.kind != "fragment" or q.speaker]
    fragments = [q for q in found if q.kind == "fragment" and not q.speaker]
    return quotes, fragments

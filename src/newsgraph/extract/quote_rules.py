"""Rules that pair a quoted span with its attribution, and tell quotations from fragments.

Used by ``quotes.QuoteExtractor``: the attribution in the quote's sentence, a dash after it, a
colon before it, the reporting verb above a short quotation, whether a quotation is a title or
a label, and whether a reported clause is one quotation ('said that “...”').
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import takewhile

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.attribution import WRITTEN_THINGS, Frame, frame_for_verb, noun_phrase, whose_words
from newsgraph.extract.entity_patterns import PLATFORMS, TITLE_WORDS
from newsgraph.extract.quote_marks import MarkedSpan
from newsgraph.extract.quote_patterns import (
    BELIEF_VERBS,
    CLOSE_MARKS,
    EXPERIENCER_OBJECT_VERBS,
    FRAGMENT_MAX_WORDS,
    HEARER_VERBS,
    LABELLING_VERBS,
    NAME_NOUNS,
    NOMINAL_CUES,
    PERSON_PRONOUNS,
    PRESENTING_VERBS,
    SPEAKER_LABELS,
    SPEECH_VERBS,
    STRAIGHT_MARK,
    TITLE_SMALL_WORDS,
)
from newsgraph.extract.report_content import (
    PARENTHETICAL_DEPS,
    holds_quotation,
    is_reporting_verb,
    no_one_speaks,
    set_off,
    verb_lemma,
)
from newsgraph.extract.syntax import first_child, has_child, has_to_aux, in_a_time
from newsgraph.nlp import doc_text

# The most characters between a split quote's two parts: '”, the minister said on Friday, “'.
SPLIT_GAP = 80
# The marks of a passive verb, whose subject is what is named, not who names it.
PASSIVE_DEPS = frozenset({"nsubjpass", "auxpass", "agent"})
# The most words naming a speaker in a trailer the tagger misread ('a voice-over in the ad').
TRAILER_MAX_WORDS = 8
# A dash right before a quotation's opening mark: '… techniques — “I think …”'.
INTRO_DASH = re.compile(r"(?:--|[—–])\s*$")
# Things that carry words of their own, which a quotation after a dash may be: 'a sign', 'a T-shirt'.
WORDING_BEARERS = frozenset(
    """
    sign banner placard poster shirt t-shirt billboard slogan headline caption sticker hat cap button
    mural graffiti inscription plaque chant song motto tattoo logo card
    """.split()
)
DASH_ATTRIBUTION = re.compile(r"[\s,]*[—–-]+\s*(?P<who>[^\n.;]{2,80})")
# A name and a colon after a dash, right before a quotation: 'Pollsters agree - Carl Bialik: “…”'.
LABEL_AFTER_DASH = re.compile(r"\s[—–-]+\s+(?P<who>[A-Z][^\s:.,;!?]*(?:[ \t]+[A-Z][^\s:.,;!?]*){0,3})[ \t]*:[ \t]*$")
# Entity types a label after a dash may name without being a speaker: a place, a date, a title.
NOT_A_SPEAKING_LABEL = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "EVENT", "WORK_OF_ART", "LAW"})
# A roundup item's outlet cited at its paragraph's end: '“China’s slowdown is …” [WaPo.]'
CITED_OUTLET = re.compile(r"[ \t]*\[(?P<who>[A-Z][^\]\n]{0,40}?)\.?\][ \t]*(?:\n|$)")
# '“…,” the two write.': a short clause ending its sentence after a quotation's closing comma.
TRAILING_CLAUSE = re.compile(r"[ \t]*(?P<who>[^\s.,;:!?“”\"\n][^.,;:!?“”\"\n]{0,60}?)\s+(?P<verb>[A-Za-z]+)[ \t]*[.!?]")
# ... or one followed by where, to whom or when it was said: '“…,” the Saudis state in the
# white paper, which …', '“…,” a voice-over says as a photo of an empty podium is shown.'
TRAILING_CLAUSE_WITH_CIRCUMSTANCE = re.compile(
    r"[ \t]*(?P<who>[^\s.,;:!?“”\"\n][^.,;:!?“”\"\n]{0,60}?)\s+(?P<verb>[A-Za-z]+)"
    r"[ \t]+(?:in|on|at|to|during|as|while|when|after|before)\b"
)


def opens_quote(frame: Frame, by_start: dict[int, MarkedSpan]) -> bool:
    """'Austin “emphasized that ...”': the cue is the quote's first word, its subject outside."""
    cue = frame.cue
    if cue is None or frame.speaker is None:
        return False
    m = by_start.get(cue.idx)
    return m is not None and frame.speaker.end_char <= m.open_at and not _after_a_cue(cue.doc, m.open_at)


def _after_a_cue(doc: Doc, open_at: int) -> bool:
    """'tweeted, “Reporting that …”': the mark follows a reporting verb, whose quotation this is."""
    before = doc.char_span(max(0, open_at - 40), open_at, alignment_mode="contract")
    words = [t for t in before if not t.is_punct and not t.is_space] if before is not None else []
    return bool(words) and is_reporting_verb(words[-1]) and _right_before(words[-1], open_at)


def _right_before(cue: Token, open_at: int) -> bool:
    """Only a comma, a colon or spaces between the cue and the opening mark."""
    return not doc_text(cue.doc)[cue.idx + len(cue) : open_at].strip(" ,:")


def right_after_cue(doc: Doc, span: MarkedSpan, frame: Frame) -> bool:
    """'Some chanted “USA! USA!”': the quotation is the words of the speech verb right before it."""
    cue = frame.cue
    if cue is not None and frame.speaker is not None and whose_words(cue) is not None:
        last = cue.doc[max(frame.extra_tokens)]  # 'in the words of X, “…”'
        return last.idx < span.open_at and _right_before(last, span.open_at)
    if cue is None or frame.speaker is None or cue.pos_ == "NOUN":
        return False
    if verb_lemma(cue) not in SPEECH_VERBS or verb_lemma(cue) in LABELLING_VERBS:
        return False
    if names_the_hearer(doc, span, frame):
        return False
    return cue.idx < span.open_at and _right_before(cue, span.open_at)


def names_the_hearer(doc: Doc, span: MarkedSpan, frame: Frame) -> bool:
    """'told “Fox and Friends”', 'told NBC’s “Today”': a programme's name as the first object of
    a verb of telling is who heard the words, not the words."""
    cue = frame.cue
    if cue is None or verb_lemma(cue) not in HEARER_VERBS or not cue.idx < span.open_at:
        return False
    between = doc_text(doc)[cue.idx + len(cue) : span.open_at].split()  # (nothing, or its channel's: 'NBC’s')
    owner = not between or (len(between) == 1 and between[0].endswith(("’s", "'s", "’", "'")))
    return owner and _a_programme_name(doc_text(doc)[span.start : span.end])


def _a_programme_name(words: str) -> bool:
    """Words in title case with nothing of a sentence about them ('Meet the Press', 'Today')."""
    split = words.split()
    if len(split) == 1:
        return split[0][:1].isupper() and split[0][1:].islower() and split[0].isalpha()
    return is_title(split) and words.rstrip()[-1:] not in ".!?"


def labels_an_object(span: MarkedSpan, frame: Frame) -> bool:
    """'he called Rubio “Little Marco”': a name given to the verb's object is a label however it
    is capitalised (a title stands alone: 'his book “The Art of the Deal”')."""
    cue = frame.cue
    if cue is None or cue.lemma_.lower() not in LABELLING_VERBS:
        return False
    if any(c.dep_ == "dobj" and cue.i < c.i and c.idx + len(c) <= span.open_at for c in cue.children):
        return True
    return _object_hung_elsewhere(span, cue) or in_the_given_name(span, cue)


def _object_hung_elsewhere(span: MarkedSpan, verb: Token) -> bool:
    """'she called Lane “Tiny Tom” twice': the words between the verb and the mark are one noun
    phrase under the verb, its object, though the parser hung it on a word after the name."""
    words = takewhile(lambda t: t.idx < span.open_at, verb.doc[verb.i + 1 :])  # (not on to the text's end)
    between = [t for t in words if not t.is_punct and not t.is_space]
    under = {t.i for t in verb.subtree}
    return (
        any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in between)
        and all(t.i in under and t.pos_ in ("NOUN", "PROPN", "PRON", "DET", "ADJ", "PART") for t in between)
    )


def in_the_given_name(span: MarkedSpan, verb: Token) -> bool:
    """The quoted words lie in the name a labelling verb gives (its predicate, 'oprd'), with
    what it names standing before it, in a relative ('videos he calls “Money Talk TV”', 'one
    she calls “Bold Ohio”'), or inside the name as the parser read it ('called Lane “Tiny
    Tom” twice'). Naming someone or something so is the subject's use of those words, however
    capitalised. (A passive names no one who called it so.)"""
    if verb.lemma_.lower() not in LABELLING_VERBS or any(c.dep_ in PASSIVE_DEPS for c in verb.children):
        return False  # ('has been called the “Trump of the East”': by whom, it does not say)
    name = next((c for c in verb.children if c.dep_ == "oprd" and c.i > verb.i), None)
    if name is None:
        return False
    return name.left_edge.idx <= span.open_at and span.start < name.right_edge.idx + len(name.right_edge)


def without_redundant_sources(frames: list[Frame]) -> list[Frame]:
    """'X told Y that ..., according to a statement': the statement is a source, not a speaker.
    Not when the other report in the sentence is of other words ('Verizon struck a deal,
    according to the Labor Department, taking a step toward ending a strike that executives
    said could affect earnings'): each speaks for its own. Nor when that report only tells of
    an intention ('threatened to veto the bill, according to three lawmakers'): the phrase's
    report holds it, and the intention is no words of its own."""
    spoken: dict[int, list[Frame]] = {}
    for f in frames:
        # 'troops are posted abroad, according to X': a frame that reports nothing is no speaker
        if not f.according_to and f.speaker is not None and f.cue is not None and (
            f.content is not None or holds_quotation(f.cue.sent.text)
        ):
            spoken.setdefault(f.cue.sent.start, []).append(f)
    kept: list[Frame] = []
    told: set[int] = set()
    for f in frames:
        reports = spoken.get(f.cue.sent.start, []) if f.cue is not None else []
        if f.according_to and f.cue is not None and _reported_by_another(f, reports):
            _lend_source(f, reports)
        elif f.according_to and f.cue is not None and _labels_in_quotation_itself(f.cue):
            continue  # the quoted label is the labeller's ('Lee called the plan “a boondoggle”')
        else:
            kept.append(f)
            if f.according_to and f.content is not None:
                content = f.content
                told.update(id(r) for r in reports if _an_intention_told(r, content))
    return [f for f in kept if id(f) not in told]  # ('threatened to veto', within the phrase's report)


# Verbs whose quoted complement is the name the subject gives: 'called the plan “a boondoggle”'.
NAME_GIVING_VERBS = frozenset({"call", "dub", "term", "label", "brand", "nickname"})


def _labels_in_quotation_itself(according: Token) -> bool:
    """'Lee called the ferry plan “a boondoggle” at a meeting, according to two aides': the
    clause the phrase qualifies is itself a saying, a labelling verb with a subject of its own
    whose label stands in quotation marks before the phrase. The marked words are the labeller's
    (as with 'Lee called the plan “a boondoggle”' alone), not the aides', who only vouch that it
    was said; the phrase gives way to that saying, as it does to a reporting verb's. Only verbs
    that give a name: the other labelling verbs quote words less surely as the subject's own
    ('compared the talk to a “root canal,” according to his memoir': the memoir's words)."""
    verb = according.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in NAME_GIVING_VERBS or according.dep_ != "prep":
        return False
    if any(c.dep_ in PASSIVE_DEPS for c in verb.children) or no_one_speaks(verb) or verb.i > according.i:
        return False
    if frame_for_verb(verb).speaker is None:
        return False
    return holds_quotation(doc_text(verb.doc)[verb.idx : according.idx])


def _lend_source(according: Frame, reports: list[Frame]) -> None:
    """'Varga told his counterpart that the closure was “unacceptable,” according to a readout
    from the ministry': the phrase dropped as a speaker is the report's source — of the one
    report in the sentence that the phrase hangs under or, opening or closing the sentence,
    qualifies whole (not 'Among the cases at risk, according to Ms. Ames, is Dukes, which
    denied …': the relative's verb is no report the phrase qualifies), and not inside its
    reported words ('Htein said that, according to its analysis, …' is what
    Htein said, no source of his saying it), nor whose speaker is the phrase's own ('…,
    according to a statement from the ministry said': the parser's subject for a stray 'said')."""
    cue = according.cue
    source = according.source or according.speaker
    assert cue is not None and source is not None
    whole = _at_the_sentence_edge(cue, source)
    above = set() if whole else {a.i for a in cue.ancestors}  # (once: a sentence may be long)
    qualified = [r for r in reports if r.cue is not None and (whole or r.cue.i in above)
                 and _outside_its_words(cue, r)
                 and not (r.speaker is not None and source.start <= r.speaker.start < source.end)]
    if len(qualified) == 1 and qualified[0].source is None:
        qualified[0].source = source


def _at_the_sentence_edge(according: Token, source: Span) -> bool:
    """'According to X, …' or '…, according to X.': the phrase opens or closes its sentence
    (no parenthesis around it: '(the number is 15 percent, according to X)' qualifies only
    the aside)."""
    doc, sentence = according.doc, according.sent
    # (the first word either side settles it: no lists over a long sentence)
    before = doc[sentence.start : according.i]
    after = doc[max(source.end, sentence.start) : sentence.end]
    return not any(_a_word_or(t, "(") for t in before) or not any(_a_word_or(t, ")") for t in after)


def _a_word_or(token: Token, bracket: str) -> bool:
    """A token that is no space and no punctuation, unless it is ``bracket``."""
    return not token.is_space and (not token.is_punct or token.text == bracket)


def _outside_its_words(phrase: Token, report: Frame) -> bool:
    """Whether the phrase stands outside the report's words: before its verb or after what it
    reports (the words between the verb and the end of its content are the report's own)."""
    assert report.cue is not None
    return report.content is None or not report.cue.idx < phrase.idx < report.content[1]


def _reported_by_another(source: Frame, others: list[Frame]) -> bool:
    """Whether another report of the sentence says the source's words, or the source's words
    hold that report's verb ('Htein said that, according to its analysis, …')."""
    content = source.content
    if content is None:
        return bool(others)
    for other in others:
        if _an_intention_told(other, content):
            continue
        if other.content is None or (other.content[0] < content[1] and content[0] < other.content[1]):
            return True
        if other.cue is not None and content[0] <= other.cue.idx < content[1]:
            return True
    return False


def _an_intention_told(report: Frame, content: tuple[int, int]) -> bool:
    """'Gov. Marchetti has privately threatened to veto the bill, according to three lawmakers':
    a speech verb whose only content is an infinitive ('threatened to veto', 'offered to
    resign') tells of an act announced, not of words the phrase could be the source of; the
    sentence is the lawmakers' report, as 'Marchetti plans to veto the bill, according to …'
    would be. The verb must stand inside what the phrase reports."""
    cue = report.cue
    if cue is None or report.content is None or not content[0] <= cue.idx < content[1]:
        return False
    infinitive = next((c for c in cue.children if c.dep_ == "xcomp" and c.i > cue.i), None)
    if infinitive is None or not has_to_aux(infinitive):
        return False
    # ('vowed to "make them pay," according to …': words in marks are the speaker's own)
    said = doc_text(cue.doc)[report.content[0] : report.content[1]]
    return report.content[0] == infinitive.left_edge.idx and not holds_quotation(said)


def without_nested_beliefs(frames: list[Frame]) -> list[Frame]:
    """'The Kremlin said the episode shows that …': what the episode shows is the Kremlin's words.

    A belief or evidence verb inside another report's content speaks for that report's speaker;
    nested speech ('said Kirby told him that …') stays a report of its own.
    """
    inner = cues_inside_reports(frames, frames)
    return [f for f in frames if not (f.cue is not None and f.cue.lemma_.lower() in BELIEF_VERBS and id(f) in inner)]


def cues_inside_reports(frames: list[Frame], reporters: list[Frame]) -> set[int]:
    """Ids of the frames whose cue lies inside another reporter's reported words."""
    reach = _ContentReach([f.content for f in reporters if f.content is not None and f.cue is not None])
    return {id(f) for f in frames if f.cue is not None and reach.inside_other(f.cue.idx, f.content)}


class _ContentReach:
    """For each start, the two farthest-reaching distinct contents opening before it: whether an
    offset lies inside a content other than one's own, in log time (an article of thousands of
    quotes has thousands of reports)."""

    def __init__(self, contents: list[tuple[int, int]]) -> None:
        ordered = sorted(set(contents))
        self.starts = [s for s, _ in ordered]
        self.best: list[tuple[tuple[int, int] | None, tuple[int, int] | None]] = []
        first: tuple[int, int] | None = None
        second: tuple[int, int] | None = None
        for span in ordered:
            if first is None or span[1] > first[1]:
                first, second = span, first
            elif second is None or span[1] > second[1]:
                second = span
            self.best.append((first, second))

    def inside_other(self, offset: int, own: tuple[int, int] | None) -> bool:
        k = bisect_left(self.starts, offset)  # contents starting before the offset
        if k == 0:
            return False
        for span in self.best[k - 1]:
            if span is not None and span != own:
                return span[1] > offset
        return False


def share(m: MarkedSpan, start: int, end: int) -> float:
    overlap = min(end, m.end) - max(start, m.start)
    return overlap / max(end - start, m.end - m.start, 1)


def reported_syntax(text: str, open_at: int, frame: Frame) -> bool:
    """'said that “...”' is reported speech holding a quotation: mixed."""
    before = text[max(0, open_at - 6) : open_at].strip().lower()
    return before.endswith("that") or before.endswith("whether")


def frame_in_sentence(doc: Doc, span: MarkedSpan, frames: list[Frame]) -> Frame | None:
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
    after = [f for f in candidates if f.cue.idx > close and not _describes_a_noun(f)]  # type: ignore[union-attr]
    if after:
        return min(after, key=lambda f: f.cue.idx)  # type: ignore[union-attr]
    return max(candidates, key=lambda f: f.cue.idx)  # type: ignore[union-attr]


def _describes_a_noun(frame: Frame) -> bool:
    """'“… Bigger than just the little deal” announced in October, said Derek Hallam': a past
    participle after a noun ('the deal announced in October') tells about the thing, a reduced
    passive relative with no one named; the attribution is the verb with a speaker after it."""
    cue = frame.cue
    return cue is not None and frame.speaker is None and cue.dep_ == "acl" and cue.tag_ == "VBN"


def _sentences_touching(doc: Doc, span: MarkedSpan) -> tuple[Span, Span]:
    open_tok = doc.char_span(span.open_at, span.open_at + 1, alignment_mode="expand")
    close_at = span.close_at if span.close_at is not None else max(span.end - 1, span.start)
    close_tok = doc.char_span(close_at, close_at + 1, alignment_mode="expand")
    first = open_tok.sent if open_tok is not None else doc[0:1].sent
    last = close_tok.sent if close_tok is not None else first
    # The attribution after a close mark often sits in the next "sentence" for the parser.
    if close_tok is not None and last.end < len(doc):
        nxt = doc[last.end].sent
        if nxt.start_char - (close_at + 1) <= 2 and not doc_text(doc)[close_at + 1 : nxt.start_char].count("\n"):
            last = nxt
    return first, last


def cited_outlet_frame(doc: Doc, span: MarkedSpan) -> Frame | None:
    """'HOW CHINA’S DECLINE AFFECTS THE WORLD “China’s slowdown is …” [WaPo.]': a newsletter
    quotes the outlet it cites right after the quotation, at the end of the item."""
    if span.close_at is None:
        return None
    m = CITED_OUTLET.match(doc_text(doc), span.close_at + 1)
    if not m:
        return None
    who = doc.char_span(m.start("who"), m.end("who"), alignment_mode="contract")
    return Frame(cue=None, speaker=who, cue_text=None) if who is not None and len(who) else None


def label_after_dash_frame(doc: Doc, span: MarkedSpan) -> Frame | None:
    """'Pollsters agree - Carl Bialik: “One of the biggest lessons …”': a roundup hands over to
    the name it sets after a dash and before a colon, whose words follow; the verb before the
    dash ('agree') is the writer's summary, not the attribution. Not a place or a date set
    before a colon ('Results - Iowa: “…”')."""
    line_start = doc_text(doc).rfind("\n", 0, span.open_at) + 1
    m = LABEL_AFTER_DASH.search(doc_text(doc), line_start, span.open_at)
    if not m:
        return None
    who = doc.char_span(m.start("who"), m.end("who"), alignment_mode="contract")
    if who is None or not len(who) or any(t.pos_ != "PROPN" or t.ent_type_ in NOT_A_SPEAKING_LABEL for t in who):
        return None
    return Frame(cue=None, speaker=who, cue_text=None)


def dash_frame(doc: Doc, span: MarkedSpan) -> Frame | None:
    """'“...” – Commissioner Jane Doe': the speaker follows a dash after the close."""
    if span.close_at is None:
        return None
    m = DASH_ATTRIBUTION.match(doc_text(doc), span.close_at + 1, min(len(doc_text(doc)), span.close_at + 100))
    if not m:
        return None
    who = doc.char_span(m.start("who"), m.end("who"), alignment_mode="contract")
    if who is None or not len(who):
        return None
    # the name, not what follows it: '— Jane Doe, who chairs the committee'
    who = next((who[: t.i - who.start] for t in who if t.text == "," and t.i > who.start), who)
    if not any(t.pos_ == "PROPN" or t.ent_type_ for t in who):
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in who):
        return None  # '“…” - he has often been an effective legislator': the writer goes on
    return Frame(cue=None, speaker=who, cue_text=None)


def dash_intro_frame(doc: Doc, span: MarkedSpan) -> Frame | None:
    """'Trump also embraced harsher methods — “I think waterboarding is peanuts.”': a quotation
    set after a dash, ending a sentence about a person, is that person's words."""
    text = doc_text(doc)
    before = text[max(0, span.open_at - 4) : span.open_at]
    if not INTRO_DASH.search(before):
        return None
    mark = doc.char_span(span.open_at, span.open_at + 1, alignment_mode="expand")
    if mark is None or mark.start == 0:
        return None
    dash = doc[mark.start - 1]  # (the parser may start a sentence at the dash or the mark)
    clause = [t for t in dash.sent if t.i < mark.start]
    if any(t.pos_ == "NOUN" and t.lemma_.lower() in WORDING_BEARERS for t in clause):
        return None  # ('walked past a protester holding a sign — “…”': the sign's words)
    verbs = [t for t in clause if t.pos_ in ("VERB", "AUX") and has_child(t, "nsubj")]
    if not verbs:
        return None
    subject = next(c for c in verbs[0].children if c.dep_ == "nsubj")
    return Frame(cue=None, speaker=noun_phrase(subject), cue_text=None) if _names_someone(subject) else None


# A comma right before a quotation's opening mark: '… issued a statement, “Last night …”'.
INTRO_COMMA = re.compile(r",\s*$")
# Marks of a clause that sets the scene rather than introduces words: 'When Lane arrived, “…”'.
SCENE_MARKS = frozenset({"when", "after", "before", "as", "while", "if", "because", "since", "once", "until"})


def comma_intro_frame(doc: Doc, span: MarkedSpan) -> Frame | None:
    """'Trump issued a statement, “Last night, our nation …”', 'Lane shared her worry with an
    audience, “I do not know …”': a whole sentence quoted after a comma ending a clause about a
    named person is that person's words."""
    text = doc_text(doc)
    if not INTRO_COMMA.search(text[max(0, span.open_at - 3) : span.open_at]):
        return None
    if not text[span.start : span.start + 1].isupper():
        return None  # ('called it, “dangerous”': a word, not a sentence)
    mark = doc.char_span(span.open_at, span.open_at + 1, alignment_mode="expand")
    if mark is None or mark.start < 2:
        return None
    last = doc[mark.start - 2]  # the word before the comma
    verb = next((t for t in (last, *last.ancestors) if t.pos_ == "VERB" and t.i <= last.i), None)
    if verb is None or verb.sent.start != last.sent.start or any(
        c.dep_ == "mark" and c.lower_ in SCENE_MARKS for c in verb.children
    ):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or not _names_someone(subject):
        return None
    return Frame(cue=None, speaker=noun_phrase(subject), cue_text=None)


def _names_someone(subject: Token) -> bool:
    """A name or 'he'/'she' (the tagger takes a surname for a firm now and then: 'Trump' as
    ORG), not a description ('The harbour') that a quotation after it need not be the words of."""
    named = subject.pos_ == "PROPN" and subject.ent_type_ in ("PERSON", "ORG", "")
    return named or subject.lower_ in ("he", "she")


# Nouns naming what someone said, which a possessive before them attributes: 'her comment',
# 'Barrett’s dictum', 'Forbes’ words', 'Obama’s … promise', 'Her verdict: “…”' (lemmas: 'word'
# for 'words').
OWNED_SAYING_NOUNS = NOMINAL_CUES | frozenset(
    """
    word dictum motto mantra slogan catchphrase refrain quip retort reply answer response message
    verdict advice reaction assessment explanation plea take
    """.split()
)
# Possessive pronouns of a person, who may own words ('its' owns a thing's wording, not speech).
PERSON_POSSESSIVES = frozenset({"his", "her", "their", "my", "our"})
# Words between a noun of saying and the quotation it introduces: 'comment that, “…”', 'dictum
# was, “…”', 'words: “…”'.
SAYING_BRIDGE = frozenset({",", ":", "that", "was", "is", "were", "—", "–"})


def possessed_saying_frame(doc: Doc, span: MarkedSpan) -> Frame | None:
    """'after her March comment that, “We’re going to …”', 'Barrett’s dictum to his interns was,
    “It’s not a good story …”', 'in Forbes’ words, “they are …”', 'Obama's “keep your plan”
    promise': a noun of saying owned by a person (a possessive) and set right before the
    quotation, or right after it, names whose words they are; the owner speaks, not the subject
    of the sentence ('Another union will sit out the race after her comment that, “…”')."""
    mark = doc.char_span(span.open_at, span.open_at + 1, alignment_mode="expand")
    if mark is None or mark.start < 2:
        return None
    i = mark.start - 1
    while i > mark.sent.start and doc[i].lower_ in SAYING_BRIDGE and mark.start - i <= 3:
        i -= 1
    noun = _saying_noun_ending_at(doc, i, mark.sent.start)
    owner = _owner_of(noun) if noun is not None else None
    if noun is None and span.close_at is not None:
        after = doc.char_span(span.close_at, span.close_at + 1, alignment_mode="expand")
        if after is not None and after.end < len(doc) and _is_saying_noun(doc[after.end]):
            noun = doc[after.end]  # 'Obama’s “if you like your plan” promise'
            owner = _owner_of(noun) or _possessor_before_the_mark(mark[0])
    if owner is None:
        return None
    speaker = doc[owner.i : owner.i + 1] if owner.pos_ == "PRON" else noun_phrase(owner)
    return Frame(cue=None, speaker=speaker, cue_text=None)


# The most words between a noun of saying and its quotation: 'her comments before a special
# House committee that “…”'.
SAYING_NOUN_REACH = 8


def _saying_noun_ending_at(doc: Doc, last: int, sent_start: int) -> Token | None:
    """The noun of saying whose phrase ends at token ``last``: the noun itself, or the noun with a
    prepositional phrase ('comments before the committee') and an aside in brackets ('dictum to
    his interns (repeated to me over the years)') after it, however the parser hung them."""
    if doc[last].text == ")":
        opening = next((k for k in range(last - 1, max(sent_start, last - 20) - 1, -1) if doc[k].text == "("), None)
        if opening is None:
            return None
        last = opening - 1
    for k in range(last, max(sent_start, last - SAYING_NOUN_REACH) - 1, -1):
        token = doc[k]
        if _is_saying_noun(token) and (k == last or _phrase_of_the_noun(doc[k + 1])):
            return token
        if token.pos_ in ("VERB", "AUX") or token.is_punct:
            return None
    return None


def _phrase_of_the_noun(token: Token) -> bool:
    """A preposition opening a phrase about the saying ('comments before the committee'), not
    the writer's label for it ('played down Trump’s comments as “just part of …”')."""
    return token.pos_ == "ADP" and token.lower_ not in ("as", "like")


def _is_saying_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in OWNED_SAYING_NOUNS


def _possessor_before_the_mark(mark: Token) -> Token | None:
    """'Obama’s “if you like your plan” promise': the parser, split by the quotation, does not
    hang the possessive on the noun after it; the name before the "’s" right before the opening
    mark owns it."""
    doc = mark.doc
    if mark.i < 2 or doc[mark.i - 1].text not in ("’s", "'s"):
        return None
    owner = doc[mark.i - 2]
    return owner if owner.pos_ == "PROPN" else None


def _owner_of(noun: Token) -> Token | None:
    """The person whose 'comment'/'words' these are: a possessive of the noun, or a name right
    before an apostrophe the parser left loose ('Forbes’ words')."""
    owner = first_child(noun, "poss")
    doc = noun.doc
    if owner is None and noun.i >= 2 and doc[noun.i - 1].text in ("’", "'", "’s", "'s"):
        owner = doc[noun.i - 2]
    if owner is None:
        return None
    if owner.pos_ == "PRON":
        return owner if owner.lower_ in PERSON_POSSESSIVES else None
    return owner if owner.pos_ == "PROPN" else None


# Verbs that give a written thing its title: 'a memo titled “…”'.
TITLING_VERBS = frozenset({"title", "entitle", "headline"})


def titled_frame(doc: Doc, span: MarkedSpan) -> Frame | None:
    """'Mook released a memo titled “The Facts on Where the Race Stands.”': the title of a
    written thing someone released, published or sent is that person's words."""
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    if words is None or len(words) == 0:
        return None
    titled = next((a for a in words.root.ancestors if a.lemma_.lower() in TITLING_VERBS), None)
    if titled is None or titled.dep_ != "acl" or titled.head.lemma_.lower() not in WRITTEN_THINGS:
        return None
    thing = titled.head
    if thing.dep_ != "dobj":
        return None
    subject = first_child(thing.head, "nsubj")
    if subject is None or not (subject.pos_ == "PROPN" or subject.lower_ in PERSON_PRONOUNS):
        return None
    return Frame(cue=None, speaker=noun_phrase(subject), cue_text=None)


def misread_trailer_frame(doc: Doc, span: MarkedSpan) -> Frame | None:
    """'“…,” the two write.', '“…,” a voice-over in the ad states.': the tagger read the speech
    verb ending the sentence as a plural noun, so no frame has it; the words before it speak."""
    text = doc_text(doc)
    if span.close_at is None or closing_punctuation(text, span) not in HANDING_OVER:
        return None
    m = TRAILING_CLAUSE.match(text, span.close_at + 1) or TRAILING_CLAUSE_WITH_CIRCUMSTANCE.match(
        text, span.close_at + 1
    )
    if not m:
        return None
    verb = doc.char_span(m.start("verb"), m.end("verb"))
    who = doc.char_span(m.start("who"), m.end("who"), alignment_mode="contract")
    if verb is None or who is None or not len(who) or len(who) > TRAILER_MAX_WORDS:
        return None
    cue = verb[0]
    if cue.pos_ not in ("VERB", "AUX") and _a_written_thing_reading(who, cue):
        return Frame(cue=cue, speaker=who, cue_text=cue.text)
    if cue.pos_ in ("VERB", "AUX") or verb_lemma(cue) not in SPEECH_VERBS:
        return None  # a verb the parser saw has its own frame, or is no speech verb
    if any(t.pos_ in ("VERB", "AUX") for t in who) or who[0].pos_ not in ("DET", "PROPN", "PRON", "NOUN", "NUM", "ADJ"):
        return None
    if not _agrees_as_subject(who[-1], cue):
        return None  # '“Dead on arrival,” the senator's latest comment.': a noun phrase, no verb
    return Frame(cue=cue, speaker=who, cue_text=cue.text)


def _a_written_thing_reading(who: Span, cue: Token) -> bool:
    """'“…,” the email read.', '“…,” the editorial read.': 'read' is spelt the same in the past,
    so the tagger takes it for a noun after the document's name (and may take that name for an
    adjective); a written thing named just before it is what the words were read in."""
    return cue.lower_ in ("read", "reads") and who[0].pos_ == "DET" and who[-1].lower_ in WRITTEN_THINGS


def _agrees_as_subject(last: Token, cue: Token) -> bool:
    """'the two write', 'a voice-over in the ad states': the word before the misread verb ends
    a subject ('latest comment', 'the other two charges' are one noun phrase)."""
    if last.pos_ in ("ADJ", "DET", "PART") or last.tag_ == "POS":
        return False
    if cue.lower_.endswith("s"):  # 'states' wants one speaker named by a noun
        return last.pos_ in ("NOUN", "PROPN") and last.tag_ in ("NN", "NNP")
    return last.pos_ in ("NOUN", "PROPN", "NUM", "PRON") and last.tag_ not in ("NN", "NNP")


def split_quote_frame(doc: Doc, span: MarkedSpan, frames: list[Frame]) -> Frame | None:
    """'“We will win,” he said, “and soon.”': the second part follows its attribution."""
    text = doc_text(doc)
    lead = text[max(0, span.open_at - SPLIT_GAP) : span.open_at]
    closed = max(lead.rfind(mark) for mark in (*CLOSE_MARKS, STRAIGHT_MARK, "''"))
    if closed < 0 or not lead.rstrip().endswith((",", ":")):
        return None
    gap_start = span.open_at - len(lead) + closed + 1
    # ('…,” Clinton said.\n\nShe then addressed them: “…”': the cue of the paragraph before
    # is not this one's; only the quotation's own paragraph may hold its attribution)
    gap_start = max(gap_start, text.rfind("\n", gap_start, span.open_at) + 1)
    inside = [f for f in frames if f.cue is not None and gap_start <= f.cue.idx < span.open_at]
    return inside[-1] if inside else None


def held_by_a_name_noun(doc: Doc, span: MarkedSpan) -> bool:
    """'an email with the name “Richard Windsor”', 'published under the title “…”': a name held
    by a name noun after 'with' or 'under' is a name, not anyone's words. (A participle naming
    a thing, 'a memo titled “…”', is left to the rest: a title is often its maker's words.)"""
    before = doc.char_span(max(0, span.open_at - 30), span.open_at, alignment_mode="contract")
    words = [t for t in before if not t.is_space] if before is not None else []
    if not words or doc_text(doc)[words[-1].idx + len(words[-1]) : span.open_at].strip():
        return False
    last = words[-1]
    return last.lemma_.lower() in NAME_NOUNS and last.dep_ == "pobj" and last.head.lower_ in ("with", "under")


def is_fragment(doc: Doc, span: MarkedSpan) -> bool:
    """Scare quotes and titles: a few words inside a sentence, not a clause of their own."""
    words = doc_text(doc)[span.start : span.end].split()
    if _label_line(doc, span):
        return True
    if is_title(words) and _title_in_place_of_a_name(doc, span):
        return True  # 'the heroine of “Closing Bell,” a novel by …': a name, however long
    if _one_name_after_a_possessive(doc, span, words):
        return True
    if len(words) > FRAGMENT_MAX_WORDS:
        return False
    # “No deal,” he said: a comma (or ?/!) closing the quote hands over to an attribution,
    # even when the words are capitalised like a title (“GROWING PARTY,” he declared).
    # ('called the remarks ''racist,'' an indictment': a comma inside the marks is punctuation.)
    closes_with = closing_punctuation(doc_text(doc), span)
    hands_over = closes_with in HANDING_OVER and span.close_at is not None and _attribution_follows(doc, span)
    if is_title(words):
        return not hands_over  # “The Big Short”: a name
    if _term_as_subject(doc, span):
        return True
    return not starts_sentence(doc, span) and not hands_over and not _whole_sentence_after_comma(doc, span)


# What may stand before a credited headline on its line: nothing, or a capitalised rubric and a
# dash ('FAREWELL—', '—').
HEADLINE_RUBRIC = re.compile(r"[A-Z0-9 ’'&:]*[—–-]\s*")
# A credit right after a quotation's close: '…,” by DNAinfo’s Eddie Small', '…”, by the Post’s …'.
CREDITED_BY = re.compile(r"[”\"'’]{0,2}\s*,?\s*by\s+(?:the\s+)?[A-Z]")


def credited_headline(doc: Doc, span: MarkedSpan) -> bool:
    """'—“Pop-up art show takes on gentrification,” by DNAinfo’s Eddie Small: …': a quotation
    opening its line (after a rubric and a dash at most) and credited ', by' a name is the headline
    of a piece listed with its writer, a title, not words the writer said. (A label inside a
    sentence, 'has been called “strategic ambiguity” by Joshua Hendrick', is the agent's words.)"""
    text = doc_text(doc)
    if span.close_at is None:
        return False
    lead = text[text.rfind("\n", 0, span.open_at) + 1 : span.open_at]
    if lead.strip() and not HEADLINE_RUBRIC.fullmatch(lead):
        return False
    credit = CREDITED_BY.match(text, span.end)
    # (the comma sets the credit off: '“If there had not been that intervention” by the United
    # States, …, Clinton said' goes on with the quoted sentence, an agent of its own)
    return credit is not None and (text[span.start : span.end].rstrip().endswith(",") or "," in credit.group())


def _label_line(doc: Doc, span: MarkedSpan) -> bool:
    """'"Related:"' alone on its line: one quoted word and a colon, nothing else, is a page's
    label over the links below it (a line of the layout), not anyone's words."""
    text = doc_text(doc)
    words = text[span.start : span.end].split()
    if len(words) != 1 or not words[0].endswith(":"):
        return False
    line_start = text.rfind("\n", 0, span.open_at) + 1
    line_end = text.find("\n", span.end)
    rest = text[span.end : len(text) if line_end < 0 else line_end]
    return not text[line_start : span.open_at].strip() and not rest.strip(NESTED_CLOSES + " .")


def _one_name_after_a_possessive(doc: Doc, span: MarkedSpan, words: list[str]) -> bool:
    """'television’s “Scandal,” thanked …', 'Fox’s “Hannity,” Gingrich said': one capitalised
    word after a possessive is the name of the owner's show or thing (is_title wants two words:
    one alone may be a shout, '“Wrong!”'), not words handed to the attribution after it."""
    if len(words) != 1 or not words[0][:1].isupper() or words[0].isupper():
        return False
    before = _words_before_mark(doc, span, 1)
    return bool(before) and before[0].tag_ == "POS"


def _title_in_place_of_a_name(doc: Doc, span: MarkedSpan) -> bool:
    """'on KBC's “Face the Voters,” Dorn was asked', 'the author of “Tall Ships: How the Fleet
    Was Built,”', 'his new book, “Closing Bell,” which …', 'on “The View” and “Late Night”':
    Title Case words after a possessive, a preposition, a determiner or a common noun (a
    comma between) stand where a name stands: the title of a work or show, whatever follows
    the closing mark ('Dorn was asked' is not the attribution of a name) and however long.
    (After a verb, 'told “Fox Morning”' or 'said, “As President, …”', they may be words.)"""
    before = _words_before_mark(doc, span, 3)
    if not before:
        return False
    word = before[-1]
    if word.pos_ == "CCONJ" and len(before) > 1 and before[-2].text in CLOSE_MARKS + STRAIGHT_MARK + "'’":
        return True  # the second of two titles
    if word.text == "," and len(before) > 1:
        # 'her memoir, “Tough Choices”' (not after a phrase fronted before a quotation its
        # attribution hands over to: 'After the vote, “Thank You All,” Ortiz wrote')
        return before[-2].pos_ == "NOUN" and not attribution_right_after(doc, span)
    return word.tag_ in ("POS", "PRP$") or word.pos_ in ("ADP", "DET", "NOUN")


def _term_as_subject(doc: Doc, span: MarkedSpan) -> bool:
    """'“Sauna lung” may result from mould': a quoted noun phrase opening its sentence as the
    subject of the verb after it is a term the writer cites, not someone's words (a quotation
    that opens a sentence is a clause of its own, or ends with the comma handing it over)."""
    if span.close_at is None or closing_punctuation(doc_text(doc), span) in (*HANDING_OVER, ".", ";", ":"):
        return False
    words = doc.char_span(span.start, span.end, alignment_mode="contract")
    if words is None or len(words) == 0:
        return False
    root = words.root
    return (
        root.pos_ in ("NOUN", "PROPN")
        and root.dep_ in ("nsubj", "nsubjpass")
        and root.head.i >= words.end
        and root.head.pos_ in ("VERB", "AUX")
    )


# The last characters of quoted words that hand them over to an attribution after them. (A
# tuple, not a string: an empty quotation's '' is in every string.)
HANDING_OVER = (",", "?", "!")
# Marks closing a quotation nested at the end of another: '“… at ‘independence,’” he wrote'.
NESTED_CLOSES = "'’\"”"


def closing_punctuation(text: str, span: MarkedSpan) -> str:
    """The quoted words' last character, past the close of a quotation nested at their end: the
    comma of '“had me at ‘independence,’” he wrote' hands over to the attribution all the same."""
    return text[span.start : span.end].rstrip(NESTED_CLOSES)[-1:]


def subject_before_quotation(doc: Doc, span: MarkedSpan) -> int | None:
    """'The chief executive, Ana Ruiz, “won me over,” Mr. Lee wrote': the writer begins the
    sentence and the quotation finishes it, its verb's subject before the opening mark. Where
    that subject starts, when the quotation hands over to an attribution right after it."""
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    if words is None or len(words) == 0 or starts_sentence(doc, span) or not attribution_right_after(doc, span):
        return None
    verb = words.root
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in FINITE_VERB_TAGS:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < words.start), None)
    if subject is None or subject.sent.start != verb.sent.start:
        return None
    between = doc_text(doc)[subject.right_edge.idx + len(subject.right_edge) : span.open_at]
    if any(ch in between for ch in ".!?;:\n"):
        return None
    return subject.left_edge.idx


def attributed_after(doc: Doc, span: MarkedSpan, frame: Frame) -> bool:
    """'Rhimes declared the need for drive: “Change the world …,” she said.': a quotation handing
    over to an attribution right after it is that attribution's, not the verb's some words before
    it (a verb right before the marks, 'Okafor said “…,” she said', attributes it too)."""
    cue = frame.cue
    if cue is None or cue.idx >= span.open_at or _right_before(cue, span.open_at):
        return False
    return attribution_right_after(doc, span)


# The most words naming a speaker between a closing mark and its verb: '” the 43-year-old asked'.
SPEAKER_BEFORE_VERB_MAX = 6
# A verb with a tense of its own ('said', 'says'), not a participle going on with the sentence.
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Parts of speech of those words: 'she', 'Jim Clyburn', 'the two senators'.
SPEAKER_WORD_POS = frozenset({"PRON", "PROPN", "NOUN", "DET", "ADJ", "NUM"})


def attribution_right_after(doc: Doc, span: MarkedSpan) -> bool:
    """'“…,” she said', '“…?” asked Jim Clyburn': the quotation hands over (a comma, ? or ! inside
    its marks) to a finite reporting verb right after its close, or after the speaker's words
    ('“Dangerous,” warning against …' goes on with the sentence: no attribution)."""
    text = doc_text(doc)
    if span.close_at is None or closing_punctuation(text, span) not in HANDING_OVER:
        return False
    after = doc.char_span(span.close_at + 1, min(len(text), span.close_at + 80), alignment_mode="contract")
    words = [t for t in after if not t.is_space] if after is not None else []
    while words and words[0].is_punct:
        words.pop(0)
    for word in words[: SPEAKER_BEFORE_VERB_MAX + 1]:
        if word.tag_ in FINITE_VERB_TAGS and is_reporting_verb(word):
            return True
        if word.pos_ not in SPEAKER_WORD_POS:
            return False
    return False


def _whole_sentence_after_comma(doc: Doc, span: MarkedSpan) -> bool:
    """'…, and I quote, “We love the quiet streets.”': a capitalised sentence closed inside the
    marks after a comma is a quotation, however short."""
    text = doc_text(doc)
    words = text[span.start : span.end].strip()
    sentence = words[:1].isupper() and words.endswith((".", "!", "?")) and len(words.split()) > 1
    if not sentence or not text[max(0, span.open_at - 3) : span.open_at].rstrip().endswith(","):
        return False
    # ... after a verb's comma ('said,', 'I quote,'), not a label's ('a new slogan, “Think different.”')
    before = _words_before_mark(doc, span, 2)
    if len(before) != 2 or before[1].text != ",":
        return False
    word = before[0]  # 'said,' or the end of the verb's phrase: 'put it,', 'called over her shoulder,'
    return word.pos_ in ("VERB", "AUX") or any(
        a.pos_ in ("VERB", "AUX") and is_reporting_verb(a) for a in list(word.ancestors)[:3]
    )


def _words_before_mark(doc: Doc, span: MarkedSpan, n: int) -> list[Token]:
    """Up to ``n`` tokens right before the opening mark, spaces left out."""
    mark = doc.char_span(span.open_at, span.open_at + 1, alignment_mode="expand")
    if mark is None:
        return []
    return [t for t in doc[max(0, mark.start - n - 2) : mark.start] if not t.is_space][-n:]


def named_with_an_article(doc: Doc, span: MarkedSpan) -> bool:
    """'make a “nuanced study”': the quoted words are a noun whose article stands outside the
    marks, so they name a thing (a label), not what someone said they would do."""
    before = _words_before_mark(doc, span, 1)
    return bool(before) and before[0].pos_ == "DET" and span.start <= before[0].head.idx < span.end


def starts_sentence(doc: Doc, span: MarkedSpan) -> bool:
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, span.open_at) + 1
    if not text[line_start : span.open_at].strip():
        return True  # the quotation opens its paragraph
    before = text[max(0, span.open_at - 4) : span.open_at].rstrip().rstrip("”\"'’»")
    return not before or before[-1:] in ".:!?"


# 'which', 'who', 'whom', 'whose' (and relative 'that'): the tags of a relative clause's first word.
RELATIVE_PRONOUN_TAGS = frozenset({"WDT", "WP", "WP$"})


def _attribution_follows(doc: Doc, span: MarkedSpan) -> bool:
    """'“GROWING PARTY,” he declared': a name or pronoun and a verb right after the close."""
    after = doc.char_span(span.close_at + 1, min(len(doc_text(doc)), span.close_at + 40), alignment_mode="contract")
    if after is None:
        return False
    words = [t for t in after if not t.is_punct][:4]
    if words and words[0].tag_ in RELATIVE_PRONOUN_TAGS:
        # ('paid for through “tax reform,” which he described as …': a relative clause tells
        # more of the quoted thing; it never attributes the words before it)
        return False
    if words and words[0].pos_ == "VERB" and verb_lemma(words[0]) not in SPEECH_VERBS:
        # ('the novel, “The Salt Orchard,” follows a fisherman': a verb opening what follows
        # hands over only when it says ('“GROWING PARTY,” declared Hale'); else the title in
        # apposition is the subject's name)
        return False
    return any(t.pos_ in ("VERB", "AUX") for t in words[1:]) and words[0].pos_ in ("PRON", "PROPN", "NOUN", "VERB")


def said_after_a_colon(doc: Doc, span: MarkedSpan, frame: Frame) -> bool:
    """'Trump tweeted Monday night: “NO COLLUSION!”', 'replied with two words: “Not Happening.”':
    words a speech verb's sentence introduces with a colon are what was said, however capitalised."""
    cue = frame.cue
    if cue is None or verb_lemma(cue) not in SPEECH_VERBS or cue.idx > span.open_at:
        return False
    between = doc_text(doc)[cue.idx : span.open_at]
    return between.rstrip().endswith(":") and "." not in between and "\n" not in between


def is_title(words: list[str]) -> bool:
    """Every word capitalised (small words aside), more than one word, no sentence inside."""
    bare = [w.strip("‘’'\"“”,.!?:;()") for w in words]
    if len(bare) < 2 or any(w.endswith(".") for w in words[:-1]):
        return False
    if all(w.isupper() for w in bare if any(c.isalpha() for c in w)):
        return False  # ('“WE WILL WIN IN NOVEMBER,” Lutz wrote': shouted words, no title)
    return all(w[:1].isupper() or w.lower() in TITLE_SMALL_WORDS for w in bare if w)


def modifies_a_noun(doc: Doc, span: MarkedSpan) -> bool:
    """'a “no limits” partnership': the quoted words stand before the noun they describe."""
    if span.close_at is None or doc_text(doc)[span.start : span.end].rstrip()[-1:] in ".!?":
        return False  # “... arbitrary.” ends its sentence: the next word is not what it labels
    after = doc.char_span(span.close_at + 1, min(len(doc_text(doc)), span.close_at + 40), alignment_mode="contract")
    if after is None or len(after) == 0 or "\n" in doc_text(doc)[span.close_at : after.start_char]:
        return False
    if after[0].pos_ not in ("NOUN", "PROPN") or after[0].is_punct:
        return False
    return not _takes_the_noun_after(doc, span, after[0])


def _takes_the_noun_after(doc: Doc, span: MarkedSpan, noun: Token) -> bool:
    """'asked if Pell “gets” farming': a quoted verb whose object is the noun after the marks
    does not describe that noun; it is said of someone."""
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    if words is None or len(words) == 0:
        return False
    root = words.root
    while noun.dep_ in ("compound", "amod", "nmod") and noun.head.i > noun.i:
        noun = noun.head  # ('“insulted” Mayor Dane': the name's head)
    return root.pos_ in ("VERB", "AUX") and noun.head.i == root.i and noun.dep_ in ("dobj", "attr", "oprd")


# Nouns that name words as words: 'the word “Us”', 'the term “gig worker”', 'the hashtag “…”'.
WORD_NAMING_NOUNS = frozenset({"word", "words", "term", "phrase", "expression", "hashtag", "name", "acronym"})


def cited_as_a_word(doc: Doc, span: MarkedSpan, frame: Frame) -> bool:
    """'A firm he controlled sold the company the right to use the word “Us”, though he later asked
    …': quoted words right after a noun that names words as words are mentioned, not said, unless
    the frame's verb governs that noun ('refused to say the words “…”', 'tweeted an image bearing
    the words “…”': whoever says or shows the words). A cue elsewhere in the sentence is not theirs."""
    before = doc.char_span(max(0, span.open_at - 30), span.open_at, alignment_mode="contract")
    if before is None or len(before) == 0:
        return False
    noun = before[-1]
    if noun.lower_ not in WORD_NAMING_NOUNS or noun.pos_ != "NOUN" or noun.i == 0 or doc[noun.i - 1].lower_ != "the":
        return False
    return frame.cue is None or not any(a.i == frame.cue.i for a in noun.ancestors)


def embedding_frame(doc: Doc, span: MarkedSpan, frames: list[Frame]) -> Frame | None:
    """'Bush called Trump “unhinged.”': a short quotation speaks for the reporting verb above it.

    The nearest ancestor that reports (a speech or labelling verb with a speaker) attributes it;
    with none, the words stay a fragment with no speaker.
    """
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    if words is None or len(words) == 0:
        return None
    by_cue = {
        f.cue.i: f for f in frames
        # ('according to her “clawback” plan': quoted words in the source's name are not its words)
        if f.cue is not None and f.speaker is not None and f.cue.pos_ != "NOUN" and not f.according_to
    }
    # The span's root, then its first word: 'calling the protester “a … guy who was a
    # troublemaker and he was looking …”' gives the quotation a root that hangs elsewhere.
    for start in dict.fromkeys((words.root, words[0])):
        below = start
        for node in start.ancestors:
            if span.start <= node.idx < span.end:
                below = node
                continue
            if _in_a_fronted_circumstance(below, node):
                break
            below = node
            if node.i in by_cue:
                return by_cue[node.i]
            if (
                node.pos_ in ("VERB", "AUX")
                and node.lemma_.lower() in LABELLING_VERBS
                and not no_one_speaks(node)
                and not _deed_particle(node)
            ):
                frame = frame_for_verb(node)
                if frame.speaker is not None:
                    return frame
    return None


def _deed_particle(verb: Token) -> bool:
    """'called off projects', 'called up the reserves': a particle makes the verb a deed, not a
    label given ('called out the “rigged” system' still labels, 'called on people to …' asks)."""
    return any(c.dep_ == "prt" and c.lower_ in DEED_PARTICLES for c in verb.children)


# Particles that make a labelling verb a deed: 'called off', 'called up', 'called in'.
DEED_PARTICLES = frozenset({"off", "up", "in", "back", "down", "over", "away"})
# Clauses that tell of another act, inside what a verb reports: 'themes embraced by …'.
ACT_CLAUSE_DEPS = frozenset({"acl", "relcl", "advcl", "pcomp"})


def act_between(doc: Doc, span: MarkedSpan, cue: Token) -> bool:
    """The quoted words hang on the cue through a clause of another act: 'echoing themes
    embraced by “Leave” supporters', 'speak at a breakfast before joining … for a “unity”
    lunch' (a reported clause, 'said she sent only “work-related” emails', is what was said)."""
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    if words is None or len(words) == 0:
        return False
    for node in words.root.ancestors:
        if node.i == cue.i:
            return False
        if node.pos_ in ("VERB", "AUX") and node.dep_ in ACT_CLAUSE_DEPS and not span.start <= node.idx < span.end:
            return True
    return False


def presenting_verb(doc: Doc, span: MarkedSpan) -> Token | None:
    """'Merkel heralded the deal as a “breakthrough.”', 'offered himself as a “law and order”
    candidate': the quoted words in the 'as' phrase of a verb that presents its object as
    something, with a speaker as its subject; that verb."""
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    if words is None or len(words) == 0:
        return None
    below = words.root
    for node in words.root.ancestors:
        if node.lower_ == "as" and node.dep_ == "prep":
            verb = node.head
            break
        if (node.pos_ in ("VERB", "AUX") and not _as_being(node)) or node.i < words.root.i - 6:
            return None  # the 'as' must govern the quoted words' own noun phrase
        below = node
    else:
        return None
    if not (below.dep_ == "pobj" or _as_being(below)):
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in PRESENTING_VERBS:
        return None
    if not any(c.dep_ == "dobj" and c.i < node.i for c in verb.children) or no_one_speaks(verb):
        return None
    speaker = frame_for_verb(verb).speaker
    # ('a strategy that banks on presenting herself as “…”': a thing's relative pronoun is no speaker)
    return verb if speaker is not None and speaker.root.lower_ not in ("that", "which") else None


def _as_being(node: Token) -> bool:
    """'defended his comments as being “sarcastic”': 'being' right under 'as' only links the
    quoted words to it, as 'as “sarcastic”' would."""
    return node.lower_ == "being" and node.head.lower_ == "as" and node.head.dep_ == "prep"


def label_after_object(doc: Doc, span: MarkedSpan) -> Token | None:
    """'Lee, a city ally, called the plan “reckless.”', 'calling him, among other things, “a
    fraud”': quoted words right after a labelling verb's object are the name it gives, even when
    the parser hung them elsewhere (on the sentence's first name, or as a root of their own).

    The labelling verb, when every word between it and the opening mark is its own (its
    object, a phrase on it, commas) and the quoted words are not: with them below the verb,
    ``embedding_frame`` finds it.
    """
    mark = doc.char_span(span.open_at, span.open_at + 1, alignment_mode="expand")
    if mark is None:
        return None
    before = _last_word_before(doc, mark.start, span)
    if before is None:
        return None
    verb = next((a for a in before.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_.lower() not in LABELLING_VERBS or no_one_speaks(verb):
        return None
    if not _object_between(verb, mark[0]):
        return None
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    if words is None or words.root.dep_ in ("nsubj", "nsubjpass"):
        return None  # 'Though people hailed these as bold moves, the “Arab Spring” was …': a new clause
    own = {t.i for t in verb.subtree}
    if mark[0].i in own or any(t.i not in own and not t.is_punct for t in doc[verb.i + 1 : before.i + 1]):
        return None
    return verb


def _last_word_before(doc: Doc, i: int, span: MarkedSpan) -> Token | None:
    """The last word before token ``i``, not past a sentence's end (the parser may start one at
    the mark, so its sentence is no bound), nor counting the label's own words before the mark."""
    for t in reversed(doc[max(0, i - 8) : i]):
        if t.text in (".", "!", "?", "(") or "\n" in t.text:
            return None  # (or an aside in brackets: 'casting their ballots (“sit on it”)')
        if not (t.is_punct or t.is_space or _labels_own_word(t, span)):
            return t
    return None


def _labels_own_word(word: Token, span: MarkedSpan) -> bool:
    """The quoted words' article ('a “rush to judgment”') or the 'as' that makes them a label
    ('portraying them as “rapists”', which the parser may hang on another verb)."""
    if word.pos_ == "DET" and span.start <= word.head.idx < span.end:
        return True
    return word.lower_ == "as" and word.pos_ in ("ADP", "SCONJ")


def _object_between(verb: Token, mark: Token) -> bool:
    """The verb names what it labels before the quoted words: 'called [the plan] “…”'."""
    return any(c.dep_ in ("dobj", "oprd") and verb.i < c.i < mark.i for c in verb.children)


def _in_a_fronted_circumstance(below: Token, verb: Token) -> bool:
    """'From Trump’s “effusion” to his call for a “deportation force,” Will described …': a
    prepositional phrase before the verb tells where or when, not what was said. So does an
    adverbial clause before it with a subject of its own: 'While Ryan laid out a vision for “a
    reformed tax code,” Carson used his speech to …' (not 'While calling Trump “a liar,” Cruz
    said …', whose words are Cruz's)."""
    if below.head.i != verb.i or below.i > verb.i or verb.pos_ not in ("VERB", "AUX"):
        return False
    return below.dep_ == "prep" or (
        below.dep_ == "advcl"
        and has_child(below, "mark")
        and has_child(below, "nsubj", "nsubjpass")
    )


def interrupting_frame(doc: Doc, span: MarkedSpan, frames: list[Frame]) -> Frame | None:
    """'Those who stay, he said, end up “divorced from reality.”': quoted words in the clause an
    attribution set off by commas interrupts are that speaker's, on whichever side they stand."""
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    if words is None or len(words) == 0:
        return None
    near = _words_before_mark(doc, span, 1)
    before = near[0] if near else None
    if before is not None and before.pos_ in ("NOUN", "PROPN") and has_child(before, "poss"):
        return None  # 'heard the captain's order “brace for impact,”': the words are the captain's
    above = {words.root.i, *(a.i for a in words.root.ancestors)}
    for frame in frames:
        cue = frame.cue
        if (
            cue is not None
            and frame.speaker is not None
            and cue.pos_ != "NOUN"
            and cue.dep_ in PARENTHETICAL_DEPS
            and cue.head.i in above
            and not span.start <= cue.idx < span.end
            and set_off(cue)
        ):
            return frame
    return None


# What a speaker delivers whose words the next paragraphs give: 'read a statement to reporters.'
DELIVERED_WORDS = frozenset({"statement", "speech", "remarks", "address"})


def _delivers_a_statement(doc: Doc, start: int, end: int) -> bool:
    """'Patricia Quayle delivered a long statement to reporters outside the hospital.' then a
    paragraph that is all quotation: the paragraph ending in a sentence whose verb has a
    statement or speech as object introduces what follows, as a colon would."""
    last = doc.char_span(max(start, end - 1), end, alignment_mode="expand")
    if last is None or not len(last):
        return False
    root = last[0].sent.root
    return root.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in DELIVERED_WORDS and not _points_back_to_a_thing(c)
        for c in root.children
    )


def _all_quotation(doc: Doc, span: MarkedSpan, paragraphs: list[tuple[int, int]]) -> bool:
    """No words outside the marks in the paragraph the quotation ends in ('“Call the roll,” came
    shouts from the back' has some: they tell whose words these are)."""
    last = paragraph_index(paragraphs, max(span.open_at, span.end - 1))
    if last < 0:
        return False
    after = doc_text(doc)[span.end : paragraphs[last][1]]
    return not any(ch.isalnum() for ch in after)


def colon_intro_frame(
    doc: Doc, span: MarkedSpan, frames: list[Frame], paragraphs: list[tuple[int, int]]
) -> Frame | None:
    """'Obama said in a statement:' then a paragraph of quotation: the intro attributes it."""
    para = paragraph_index(paragraphs, span.open_at)
    lead = doc_text(doc)[paragraphs[para][0] : span.open_at] if para >= 0 else ""
    if lead.strip():
        # 'Blumenthal and Cohen write: “...”' inside one paragraph
        if not lead.rstrip().endswith(":"):
            return None
        prev_start, prev_end = paragraphs[para][0], paragraphs[para][0] + len(lead.rstrip())
    else:
        if para <= 0:
            return None
        prev_start, prev_end = paragraphs[para - 1]
        if not doc_text(doc)[prev_start:prev_end].rstrip().endswith(":") and not (
            _delivers_a_statement(doc, prev_start, prev_end) and _all_quotation(doc, span, paragraphs)
        ):
            return None
    # 'IOWA POLLS NOT WRONG, JUST EARLY - Mark Blumenthal and Jon Cohen: “…”': a headline, a
    # dash, then the speaker; only the words after the last dash introduce the quote.
    dash = max(doc_text(doc).rfind(sep, prev_start, prev_end) for sep in (" - ", " – ", " — ", " -", " —"))
    if dash >= 0:
        prev_start = dash + 2
    # Only the sentence ending with the colon introduces: 'Aides say … . From Bush’s post: “…”'
    last = doc.char_span(max(prev_start, prev_end - 1), prev_end, alignment_mode="expand")
    if last is not None and len(last):
        prev_start = max(prev_start, last[0].sent.start_char)
    inside = [f for f in frames if f.cue is not None and prev_start <= f.cue.idx < prev_end and f.speaker is not None]
    intro = doc.char_span(prev_start, prev_end, alignment_mode="contract")
    owned = _owner_of_words_ending(intro) if intro is not None and not inside else None
    if owned is not None:
        return owned
    if inside:
        other_clause = _subject_of_a_later_clause(intro, inside) if intro is not None else None
        return other_clause or inside[-1]
    if intro is None:
        return None
    # The last clause before the colon: its subject, else its last proper-noun phrase.
    clause = intro[-1].sent if len(intro) else None
    chunks = [c for c in intro.noun_chunks if clause is None or c.start >= max(clause.start, intro.start)]
    subjects = [
        c for c in chunks
        if c.root.dep_ in ("nsubj", "nsubjpass") and c.root.pos_ != "PRON" and not _points_back_to_a_thing(c.root)
    ]
    subjects = [c for c in subjects if not _subject_inside_anothers_clause(c, subjects)]
    named = [c for c in chunks if c.root.pos_ == "PROPN"]
    owners = [c.root.children for c in chunks]
    possessors = [doc[t.left_edge.i : t.i + 1] for kids in owners for t in kids if t.dep_ == "poss" and t.pos_ != "PRON"]  # noqa: E501
    experiencers = [c for c in chunks if _experiencer(c.root)]
    if experiencers:
        # 'The timing of the surge doesn’t surprise pollster Daron Shaw:': the person the
        # thing surprised introduces the words
        subjects = experiencers
    # 'From the chairwoman:' names whose words follow, as 'From Bush’s post:' does by its owner
    opening = max(clause.start, intro.start) if clause is not None else intro.start
    sources = [c for c in chunks if c.root.dep_ == "pobj" and c.root.head.i == opening and c.root.head.lower_ == "from"]
    # 'She then addressed the supporters again:' speaks by her pronoun when nothing is named
    pronouns = [c for c in chunks if c.root.dep_ == "nsubj" and c.root.lower_ in PERSON_PRONOUNS | {"they"}]
    named = _the_person_a_label_names(intro, named) or named
    moved = _person_a_what_clause_moves(chunks)
    pick = (subjects or named or possessors or sources or pronouns or moved or [_last_name_in(intro)])[-1]
    if pick is None:
        return None
    pick = _name_in_apposition(pick, intro) or pick
    if all(in_a_time(t) or t.is_punct for t in pick):
        return None  # ('The mood turned - Monday: “…”': a day says nothing)
    # 'Mark Blumenthal and Jon Cohen:' is two speakers; the chunk the last name joins starts them
    start = pick.start
    if pick.root.dep_ == "conj" and pick.root.head.pos_ == "PROPN" and intro.start <= pick.root.head.i < pick.start:
        start = pick.root.head.i
        while start - 1 >= intro.start and doc[start - 1].pos_ == "PROPN":
            start -= 1
    return Frame(cue=None, speaker=doc[start : pick.end], cue_text=None)


def _subject_inside_anothers_clause(chunk: Span, subjects: list[Span]) -> bool:
    """'The Ledger focuses on how many people the robbers hurt:' the robbers are the subject of
    a clause inside what the Ledger does, so the Ledger introduces the quotation; a clause
    joined after ('Obama spoke, then Biden wrote:') is a clause of its own, whose subject does."""
    verb = chunk.root.head
    for other in subjects:
        above = other.root.head
        if other is not chunk and above != verb and above.is_ancestor(verb) and _path_leaves_a_conjunct(verb, above):
            return True
    return False


def _path_leaves_a_conjunct(verb: Token, above: Token) -> bool:
    """Some step from ``verb`` up to ``above`` is subordination (a complement, an adverbial or
    relative clause, a preposition's object), not only coordination."""
    node = verb
    while node != above:
        if node.dep_ != "conj":
            return True
        node = node.head
    return False


def _owner_of_words_ending(intro: Span) -> Frame | None:
    """'… is a blind faith in Obama’s word:' then the quotation: an intro ending with a noun of
    saying that someone named owns gives the words to its owner, not to the intro's subject."""
    last = intro.end - 1
    while last > intro.start and (intro.doc[last].text == ":" or intro.doc[last].is_space):
        last -= 1
    noun = intro.doc[last]
    owner = _owner_of(noun) if _is_saying_noun(noun) else None
    if owner is None or owner.pos_ != "PROPN":
        return None  # ('answered in her own words:': the subject she stands for speaks, as before)
    return Frame(cue=None, speaker=noun_phrase(owner), cue_text=None)


def _the_person_a_label_names(intro: Span, named: list[Span]) -> list[Span]:
    """'Maria Lopez, 34, Tucson:': an intro with no verb is a label, and the person it names
    first speaks, not the town or employer listed after her (a roundup's labels have their own
    reader, ``quote_labels``; this is one label on its own)."""
    if any(t.pos_ in ("VERB", "AUX") for t in intro):
        return []
    return [c for c in named if c.root.ent_type_ == "PERSON"][:1]


def _person_a_what_clause_moves(chunks: list[Span]) -> list[Span]:
    """'What keeps her going: “The women who come in on Wednesday nights.”': an intro asking
    what moves, worries or drives a person gives her answer; the pronoun it puts her in (the
    object of a verb whose subject is 'what') is the speaker."""
    return [
        c for c in chunks
        if c.root.tag_ == "PRP" and c.root.lower_ in ("her", "him") and c.root.dep_ == "dobj"
        and any(s.dep_ == "nsubj" and s.tag_ == "WP" for s in c.root.head.children)
    ]


def _name_in_apposition(pick: Span, intro: Span) -> Span | None:
    """'From the board chairwoman, Patrice Oyelaran:': the name set after the description, to
    the colon, is who she is (the parser leaves the name out of the noun chunks). A name needs
    no other: after 'Betty Kowalski,' comes her town ('Betty Kowalski, Pine Hollow:'), which
    the model may tag a person too."""
    doc = intro.doc
    if pick.end + 1 >= intro.end or doc[pick.end].text != "," or pick.root.pos_ == "PROPN":
        return None
    name = [t for t in doc[pick.end + 1 : intro.end] if not t.is_punct]
    if not name or any(t.pos_ != "PROPN" for t in name) or doc[intro.end - 1].text != ":":
        return None
    return doc[name[0].i : name[-1].i + 1]


def _subject_of_a_later_clause(intro: Span, inside: list[Frame]) -> Frame | None:
    """'Reid said both are “non-entities,” but he gave Cruz a compliment: “…”': the clause the
    colon ends has its own subject, and the cue before it reports something else; that subject
    introduces the quotation, not the earlier cue's speaker."""
    last = next((t for t in reversed(intro) if not t.is_punct), None)
    verb = last
    while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    # the verb of the colon's clause and the verbs it reports for ('said the plan does two
    # things:'), up to where one clause joins another ('…, but he gave')
    own = [verb]
    while own[-1].dep_ not in ("conj", "ROOT") and own[-1].head.i != own[-1].i:
        own.append(own[-1].head)
    if any(f.cue is not None and f.cue.i in {v.i for v in own} for f in inside):
        return None
    subject = first_child(verb, "nsubj", "nsubjpass")
    if subject is None or not (subject.lower_ in PERSON_PRONOUNS or subject.pos_ == "PROPN"):
        return None
    return Frame(cue=None, speaker=noun_phrase(subject), cue_text=None)


def cue_ending_sentence_frame(doc: Doc, span: MarkedSpan, frames: list[Frame]) -> Frame | None:
    """'… Ebeling said, and her husband cut in. “Don’t forget Tom …”': a sentence ending with a
    cue that reports nothing of its own introduces the quotation right after it."""
    before = doc_text(doc)[: span.open_at]
    end = len(before.rstrip())
    if end == 0 or before[end - 1] != "." or "\n\n" in before[end:]:
        return None
    last = doc.char_span(end - 1, end, alignment_mode="expand")
    if last is None or not len(last):
        return None
    sentence = last[0].sent
    for frame in frames:
        cue = frame.cue
        if cue is None or frame.speaker is None or frame.content is not None:
            continue
        if sentence.start <= cue.i < sentence.end and all(
            t.dep_ in ("prt", "advmod", "punct") for t in doc[cue.i + 1 : last[0].i]
        ):
            return frame
    return None


def _points_back_to_a_thing(noun: Token) -> bool:
    """'That process led to a realization: “…”': a common noun after 'this'/'that' names what
    was just told of, not who speaks."""
    return noun.pos_ == "NOUN" and not noun.ent_type_ and any(
        c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those") for c in noun.children
    )


def _experiencer(noun: Token) -> bool:
    """The named person a thing surprises, worries or strikes: the object of such a verb."""
    return (
        noun.dep_ == "dobj"
        and noun.ent_type_ == "PERSON"
        and noun.lower_ not in PLATFORMS
        and noun.head.lemma_.lower() in EXPERIENCER_OBJECT_VERBS
    )


def _last_name_in(span: Span) -> Span | None:
    """The last run of proper nouns in a span (the parser gives no noun chunk for 'X and Y:')."""
    names = [t for t in span if t.pos_ == "PROPN"]
    if not names:
        return None
    end = start = names[-1].i
    while start - 1 >= span.start and span.doc[start - 1].pos_ == "PROPN":
        start -= 1
    return span.doc[start : end + 1]


# 'Cruz: Trump Would Put Liberals On Court', 'Bernie Sanders: ‘It Is Not A Radical Idea’': a name,
# a colon, then what the headline says they said.
HEADLINE_COLON = re.compile(r"^\s*(?P<who>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s*:\s+(?P<what>\S.*?)[.\s]*$")


# 'X On Y:' in a headline: X speaks about Y.
HEADLINE_ABOUT = re.compile(r"\s+(?:On|About|Of)\s+")


def headline_colon_frame(doc: Doc, start: int, end: int) -> tuple[Frame, int, int] | None:
    """A headline 'NAME: words' whose NAME the model takes for a person or organisation."""
    m = HEADLINE_COLON.match(doc_text(doc)[start:end])
    if m is None:
        return None
    who_end = m.end("who")
    about = HEADLINE_ABOUT.search(m.group("who"))
    if about is not None:
        who_end = m.start("who") + about.start()  # ('CNN President On Trump: …': the president speaks)
    who = doc.char_span(start + m.start("who"), start + who_end, alignment_mode="contract")
    if who is None or not _names_a_speaker(doc, who):
        return None  # 'The Ninth Circle: …', 'Wash Post Fact-Check: …' name no speaker
    what = doc.char_span(start + m.start("what"), start + m.end("what"), alignment_mode="contract")
    if what is not None and len(what) > 0 and _describes_a_person(what):
        return None  # 'Ines Carvalho: the surgeon who builds her own tools' is a profile's title
    return Frame(cue=None, speaker=who, cue_text=None), start + m.start("what"), start + m.end("what")


def _describes_a_person(words: Span) -> bool:
    """Words after a headline's colon that say who the person is, not what they said: a noun
    phrase headed by a role ('the surgeon who builds her own tools') or by anyone a 'who' clause
    describes ('the man who sold the bridge'). ('Hale: the deal is dead' is a clause: words.)"""
    root = words.root
    if root.pos_ != "NOUN" or root.dep_ in ("nsubj", "nsubjpass") or words[0].lower_ not in ("the", "a", "an"):
        return False
    described = any(c.dep_ == "relcl" and any(g.lower_ == "who" for g in c.children) for c in root.children)
    return root.lower_ in TITLE_WORDS or described


def _names_a_speaker(doc: Doc, who: Span) -> bool:
    """Tagged as a person or organisation here, or (Title Case misleads the model) the last word
    of one the article names elsewhere: 'Cruz' of 'Texas Senator Ted Cruz'."""
    if who[-1].ent_type_ in SPEAKER_LABELS:
        return True
    last = who[-1].text
    return any(e.label_ in SPEAKER_LABELS and e[-1].text == last and e.start >= who.end for e in doc.ents)


def paragraph_index(paragraphs: list[tuple[int, int]], offset: int) -> int:
    """Index of the paragraph holding ``offset`` (paragraphs in text order), -1 if none."""
    i = bisect_right(paragraphs, (offset, float("inf"))) - 1
    return i if i >= 0 and paragraphs[i][0] <= offset < paragraphs[i][1] else -1

"""Attribution frames from the dependency parse: who (speaker), how (cue), what (content).

A frame is built for every reporting verb ("said", "told", "adding", "saying", "emphasized")
and every "according to X". It says where the speaker's words are (``content``, for reported
speech), who the speaker is (a subject, or the subject inherited from the verb a participle
hangs on), and the circumstances the sentence gives: addressee, venue, medium, source.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.entity_patterns import ORGANISATION_NOUNS, PLATFORMS
from newsgraph.extract.list_items import names_a_person
from newsgraph.extract.quote_patterns import (
    ADDRESSEE_VERBS,
    ARGUED_NOUNS,
    BELIEF_VERBS,
    CLOSING_QUOTES,
    MEDIUM_NOUNS,
    NOMINAL_CUES,
    NOMINAL_SUPPORT_VERBS,
    OBJECT_REPORT_VERBS,
    PERSON_PRONOUNS,
    POSSESSIVES,
    SPEAKER_LABELS,
    SPEECH_VERBS,
    TARGET_VERBS,
    VENUE_NOUNS,
)
from newsgraph.extract.report_content import (
    AFTER_A_QUOTATION,
    ASKING_LEMMAS,
    CONTENT_DEPS,
    OPENING_QUOTE_CHARS,
    PARENTHETICAL_DEPS,
    SUBJECT_DEPS,
    after_a_dateline,
    an_amount,
    around,
    aside_before_its_that,
    attribution_start,
    before_a_trailing_dash,
    clause_end,
    clause_made_clear,
    content_offsets,
    extend_over_bare_verbs,
    extend_over_conjunct,
    extend_over_split_clause,
    governed_clause,
    holds_clause,
    is_reporting_verb,
    misattached_that_clause,
    opens_with_quotation,
    quoting_idiom_word,
    set_off,
    subject_of,
    trailing_subject,
    wire_dateline_at,
)
from newsgraph.extract.syntax import first_child, has_child, has_to_aux, in_a_time, word_before_its_age
from newsgraph.nlp import doc_text

INHERITING_DEPS = ("advcl", "xcomp", "conj", "acl")
# 'told Russian daily Izvestia', 'said to the crowd of supporters': an addressee is a short phrase.
ADDRESSEE_MAX_TOKENS = 6
DOCUMENT_NOUNS = frozenset(
    {
        "readout",
        "statement",
        "report",
        "document",
        "transcript",
        "release",
        "filing",
        "memo",
        "letter",
        "communique",
        "announcement",
        "record",
        "records",
        "minutes",
    }
)


@dataclass
class Frame:
    """One attribution: a cue, its speaker words and, for reported speech, its content."""

    cue: Token | None
    speaker: Span | None
    content: tuple[int, int] | None = None  # character offsets of the reported words
    addressee: Span | None = None
    venue: Span | None = None
    medium: Span | None = None
    source: Span | None = None
    cue_text: str | None = None
    according_to: bool = False
    # 'Asked whether he would run, Park said …': the subject was asked, by someone unnamed or by
    # the agent; the frame reports the question and attributes no quotation beside it
    asks_its_subject: bool = False
    extra_tokens: set[int] = field(default_factory=set)  # token indices of the attribution itself

    @property
    def sentence(self) -> Span | None:
        return self.cue.sent if self.cue is not None else None


def find_frames(doc: Doc) -> list[Frame]:
    frames: list[Frame] = []
    for token in doc:
        if is_reporting_verb(token):
            if not _circumstance_of_a_report(token):
                frames.append(frame_for_verb(token))
        elif token.lower_ == "according" and _according_to_object(token) is not None:
            frames.append(frame_for_according(token))
        elif token.pos_ == "NOUN" and (owner := whose_words(token)) is not None:
            frames.append(frame_for_words_of(token, owner))
        elif token.pos_ == "NOUN" and token.lemma_.lower() in SAYING_NOUNS:
            frame = frame_for_noun(token)
            if frame is not None:
                frames.append(frame)
    return frames


def _circumstance_of_a_report(verb: Token) -> bool:
    """'stated, while testifying before the board, that the pipes …': a participle set between a
    reporting verb and its that-clause (the parser hangs it on the clause) is when the words
    were said, no report of its own."""
    if _participle_in_a_report(verb) is None or verb.head.dep_ != "ccomp":
        return False
    that = next((c for c in verb.head.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    return that is not None and verb.i < that.i


def frame_for_noun(noun: Token) -> Frame | None:
    """'her claim that she never sent classified mail', 'Clinton campaign accusations that …':
    a noun of saying with a that-clause, and whose saying it is; or the clause the noun is said
    to be ('Her argument was that …', ``_clause_said_to_be``)."""
    clause = next(
        (c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and c.i > noun.i
         and any(m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i for m in c.children)),
        None,
    )
    if clause is None:
        clause = _clause_said_to_be(noun)
    elif noun.lemma_.lower() not in NOMINAL_CUES and not _argued(noun):
        return None  # ('the answer that …' is a relative clause more often than a report)
    if clause is None:
        return None
    speaker = _nominal_speaker(noun)
    if speaker is None:
        return None
    frame = Frame(cue=noun, speaker=speaker, cue_text=noun.text)
    frame.content = content_offsets(clause)
    return frame


# Nouns of saying that give their content as a predicate: 'His answer was that …'.
PREDICATED_SAYING_NOUNS = frozenset({"answer", "response", "reply", "message", "assumption", "point"})
# Every noun that may attribute words of its own (built once: find_frames asks of each noun).
SAYING_NOUNS = NOMINAL_CUES | PREDICATED_SAYING_NOUNS | ARGUED_NOUNS


def _argued(noun: Token) -> bool:
    """'made the case that …', 'pressing the point that …', 'Dorn's case that …': a noun of
    arguing made or pressed by someone, or owned by a possessive, reports its that-clause."""
    if noun.lemma_.lower() not in ARGUED_NOUNS:
        return False
    supported = noun.dep_ == "dobj" and noun.head.lemma_.lower() in NOMINAL_SUPPORT_VERBS
    return supported or has_child(noun, "poss")


def _clause_said_to_be(noun: Token) -> Token | None:
    """'The senator’s answer was that “the family comes first”', 'His argument is that the levy
    would drive firms away': a noun of saying, subject of 'be', whose predicate is a clause —
    the clause is what was said (the noun's owner, a possessive or a name, says it; a noun with
    no owner, 'The idea is that …', names no speaker and gives no frame)."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_ != "be" or verb.i < noun.i:
        return None
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and holds_clause(c)), None)


def _nominal_speaker(noun: Token) -> Span | None:
    """'her claim', 'Trump's claim', 'campaign accusations', 'a claim by X', 'X made the claim'."""
    doc = noun.doc
    poss = first_child(noun, "poss")
    if poss is not None:
        return noun_phrase(poss) if poss.pos_ != "PRON" else doc[poss.i : poss.i + 1]
    names = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < noun.i]
    if names:
        return doc[names[0].left_edge.i : names[-1].i + 1]
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from"):
            obj = first_child(prep, "pobj")
            if obj is not None:
                return noun_phrase(obj)
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in NOMINAL_SUPPORT_VERBS:
        subject = first_child(noun.head, "nsubj", "nsubjpass")
        return noun_phrase(subject) if subject is not None else None
    return None


def frame_for_verb(verb: Token) -> Frame:
    misread = _report_read_as_a_participle(verb)
    if misread is not None:
        return misread
    asked = _asked_of_the_subject(verb)
    speaker = _agent_of(verb) if asked is not None else speaker_span(verb)  # 'Asked by Matt Lauer …'
    frame = Frame(cue=verb, speaker=speaker, cue_text=cue_text(verb), asks_its_subject=asked is not None)
    # ('“…,” Trump said, after Quick said …': Quick's 'said' owns no quotation before it)
    clauses = [
        c for c in verb.children
        if c.dep_ in CONTENT_DEPS and not _adverbial(c) and not (c.i < verb.i and _subordinate_after(verb, c))
    ]
    if len(clauses) > 1 and (
        _opens_adverbially(clauses[0])
        or _quotation_follows(verb)
        or _relative_before(verb, clauses[0])
        or _clause_on_each_side(verb, clauses)
    ):
        # 'While not everything Trump says is true, Jamieson said Trump is …', '… that Lund is
        # a dreamer - Vail cracked, “I am …”': the parser hung a clause before the verb on it
        # too; what was said is the clause after it
        clauses = [c for c in clauses[1:] if c.i > verb.i] or clauses[1:]
    made_clear = clause_made_clear(verb)
    if made_clear is not None:
        clauses = [made_clear]  # ('made it clear that …': the clause, not 'it clear')
    if not clauses:
        clauses = [q for q in [_question_asked(verb) or _that_clause_read_as_adverbial(verb)] if q is not None]
    content = clauses[0] if clauses else None
    if content is not None and (_participle_small_clause(content) or _reduced_relative_read_as_a_report(verb, content)):
        content = None
    if content is not None and _clause_joined_after_the_object(verb, content):
        content = None
    if content is not None:
        content = _quotation_before_its_attribution(content)
    if content is not None and _inside_a_relative_after(verb, content):
        content = None
    if content is None and verb.lemma_.lower() in SPEECH_VERBS:
        # "He said legalizing it could put ...", "urged them to vote": the parser's xcomp
        content = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i and holds_clause(c)), None)
        content = content or _gerund_subject_read_as_a_complement(verb)
    if content is not None and _asks_for_anonymity(verb, content):
        content = None
    if content is not None:
        frame.content = extend_over_conjunct(verb, content_offsets(content, after=verb), joiners=("but",))
        frame.content = extend_over_bare_verbs(verb, extend_over_split_clause(verb, frame.content))
        frame.content = _with_fronted_clause(verb, content, frame.content)
        frame.content = _with_subject_hung_on_the_verb(verb, content, frame.content)
        frame.content = _without_the_saying_time(verb, content, frame.content)
        frame.content = _before_speaker(frame.content, frame.speaker)
        frame.content = _with_the_noun_read_as_subject(verb, frame.speaker, frame.content)
        frame.content = _around_a_parenthetical_attribution(verb, content, frame.content)
        frame.content = _through_a_joined_clause_before(verb, content, clauses, frame.content)
        frame.content = _with_a_concession_after(verb, content, frame.content)
        frame.content = _with_a_quoted_predicate_after(verb, content, frame.content)
        frame.content = _without_a_dangling_joiner(verb.doc, frame.content)
        if _clause_before_the_quotation(verb, frame.content):
            frame.content = None
    else:
        clause = misattached_that_clause(verb) or _clause_hung_above(verb)
        if clause is not None:
            frame.content = extend_over_conjunct(verb, content_offsets(clause, after=verb.right_edge))
        elif (
            (verb.dep_ in PARENTHETICAL_DEPS or _trailer_read_as_conjunct(verb))
            and asked is None  # ('Mr. Trump, asked about it, had said …': the reply is his)
            and not _answers_an_asking(verb)  # (nor is the asking the answer's words)
            and not _in_a_time_clause(verb)  # ('after the interview concluded, Maher stated …')
            and not _opened_by_a_when_adverb(verb)
            and set_off(verb)
            # ('marched, chanting “…,” raising …': a verb with its own object says that)
            and not any(
                c.dep_ == "dobj" and c.i > verb.i and not _addressed(verb, c) and not quoting_idiom_word(verb, c)
                for c in verb.children
            )
            and not _object_in_a_conjunct(verb)
            and not opens_with_quotation(verb.sent)
            and not _after_an_asking_participle(verb)
            and not AFTER_A_QUOTATION.search(doc_text(verb.doc)[max(0, verb.idx - 60) : verb.idx])
        ):
            # ('“…,” Trump said, after …': the attribution of the quotation before it, not a
            # parenthesis inside the sentence after it)
            frame.content = around(verb, attribution_start(verb), verb.right_edge.i)
        elif verb.lemma_.lower() in OBJECT_REPORT_VERBS and verb.tag_ != "VB" and verb.dep_ not in ("pcomp", "xcomp"):
            # Not 'declined to confirm it', 'refrained from condemning': said, not left unsaid.
            frame.content = object_report(verb)
        else:
            frame.content = _clause_before_trailer(verb)
    if frame.content is not None and verb.idx < frame.content[0]:
        # ('X – something you wouldn't know from his rivals, Obama said': an attribution after
        # the dash says both)
        frame.content = (frame.content[0], before_a_trailing_dash(verb.doc, *frame.content))
    if frame.content is not None:
        frame.content = after_a_dateline(doc_text(verb.doc), frame.content)
    opener = _speaker_opening_the_quotation(verb) if frame.speaker is None and asked is None else None
    if opener is not None:
        frame.speaker = opener
        if frame.content is not None and frame.content[0] < verb.idx:
            frame.content = None  # the clauses before it the parser hung on it: not what it reports
    _circumstances(frame, verb)
    _speaker_behind_the_document(frame)
    if asked is not None:
        frame.addressee = noun_phrase(asked)  # Park, who was asked
    return frame


def _gerund_subject_read_as_a_complement(verb: Token) -> Token | None:
    """'said having Hale at the top of the ticket puts even senior members at risk': the parser
    hung the reported clause's gerund subject on the verb as a complement, and the clause's
    finite verb under it; the gerund opens what was said."""
    gerund = next((c for c in verb.children if c.dep_ == "xcomp" and c.i == verb.i + 1 and c.tag_ == "VBG"), None)
    if gerund is None:
        return None
    finite = any(c.dep_ == "ccomp" and c.tag_ in ("VBZ", "VBP", "VBD", "MD") for c in gerund.children)
    return gerund if finite else None


# Who publishes news, and so may report it: 'Several papers reported on Wednesday …'.
OUTLET_NOUNS = frozenset(
    "paper newspaper outlet network broadcaster station site website tabloid channel magazine media press".split()
)


def _report_read_as_a_participle(verb: Token) -> Frame | None:
    """'Several papers reported on Wednesday the agency had “more than one talk” with …': the
    parser read the past-tense verb as a participle describing its subject ('papers reported')
    and took the reported clause for the sentence, whose verb then has two subjects. The nearer
    subject is the clause's; the noun the participle hangs on is who reported it."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or verb.head.dep_ != "nsubj":
        return None
    noun, clause = verb.head, verb.head.head
    if noun.i > verb.i or clause.i < verb.i or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if is_reporting_verb(clause):
        return None  # ('A statement posted on the site Acme.com said …': the sentence's own report)
    if not (_could_speak(noun) or names_a_person(noun) or noun.lemma_.lower() in OUTLET_NOUNS):
        return None  # ('The cuts announced on Monday the union fears will cost jobs': cuts report nothing)
    inner = next((c for c in clause.children if c.dep_ == "nsubj" and verb.right_edge.i < c.i < clause.i), None)
    if inner is None or any(t.is_punct for t in verb.doc[verb.i : inner.left_edge.i]):
        return None  # ('Officials, reported missing, had …': set off, a participle indeed)
    frame = Frame(cue=verb, speaker=noun_phrase(noun), cue_text=cue_text(verb))
    frame.content = (inner.left_edge.idx, clause_end(clause))
    return frame


def _speaker_behind_the_document(frame: Frame) -> None:
    """'“…,” said a report from Kotak Equities', 'a study by the Lund Institute found': the
    document's author is the speaker, the document the source (as with 'according to the report
    from InfoNation')."""
    if frame.speaker is None or frame.speaker.root.pos_ != "NOUN":
        return
    author = _author_of_document(frame.speaker.root)
    if author is not None:
        frame.source = frame.speaker
        frame.speaker = noun_phrase(author)


def _trailer_read_as_conjunct(verb: Token) -> bool:
    """'The plant is hanging on, but it is under pressure, said its chief executive, John Doe':
    the parser joined the attribution after the sentence to the sentence's verb as a conjunct;
    a comma, not 'and', sets it off, and it has a subject of its own. The parser may hang that
    comma on the attribution itself ('…, the housing minister has admitted, prompting calls …')."""
    if verb.dep_ != "conj" or verb.head.i > verb.i or subject_of(verb) is None:
        return False
    start = verb.left_edge.i
    if verb.doc[start].text == "," and start > 0:
        # (not an aside inside a joining: 'to help his clients and, he argued, to help …')
        return verb.doc[start - 1].pos_ != "CCONJ"
    return start > 0 and verb.doc[start - 1].text == ","


# Tags of a verb that needs a subject of its own: 'reflected', 'was', 'might'.
FINITE_CLAUSE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# How the parser hangs a reported clause's subject on the reporting verb: 'felt her projection
# of anger was …' (dobj), 'said about half of the adjustment reflected …' (a quantity's 'about'
# read as a preposition; any other preposition, 'said in an interview …', is the saying's own).
LOST_SUBJECT_DEPS = frozenset({"dobj", "npadvmod", "attr"})
QUANTITY_WORDS = frozenset({"about", "around", "over", "under", "nearly", "almost", "roughly", "some"})


def _with_subject_hung_on_the_verb(verb: Token, content: Token, offsets: tuple[int, int]) -> tuple[int, int]:
    """'The office said about half of the adjustment reflected revenue losses', 'People close to
    them felt her projection of anger was over the top': a reported clause whose finite verb has
    no subject, right after words the parser hung on the reporting verb instead, begins with
    those words — they are its subject (not a hearer: 'told reporters …')."""
    if content.dep_ != "ccomp" or content.i < verb.i or offsets[0] != content.left_edge.idx:
        return offsets
    if any(c.dep_ in (*SUBJECT_DEPS, "expl", "mark") for c in content.children) or not _finite(content):
        return offsets
    between = [c for c in verb.children if verb.i < c.i < content.left_edge.i and not c.is_punct]
    if not between or any(not _lost_subject_part(verb, c) for c in between):
        return offsets
    first = min(c.left_edge.i for c in between)
    doc = verb.doc
    if first != verb.i + 1 or any(t.is_punct for t in doc[first : content.left_edge.i]):
        return offsets  # ('said on Monday, …': a circumstance set off by commas is not the subject)
    return doc[first].idx, offsets[1]


def saying_time(verb: Token) -> Span | None:
    """'Delgado said on Tuesday she would …': the parser hangs the time right after the verb on
    the reported clause, before its subject; with no 'that' between, it is when she said it."""
    content = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    subject = subject_of(content) if content is not None else None
    if subject is None or subject.i < verb.i:
        return None
    first = verb.i + 1
    while first < subject.left_edge.i and verb.doc[first].dep_ == "advmod":
        first += 1  # ('said later on Tuesday')
    phrase = verb.doc[first : subject.left_edge.i]
    if not len(phrase) or phrase[0].dep_ != "prep" or phrase[0].head.i != content.i:
        return None
    objects = [t for t in phrase[1:] if not t.is_punct]
    if not objects or any(not in_a_time(t) for t in objects):
        return None
    return phrase


def _without_the_saying_time(verb: Token, content: Token, offsets: tuple[int, int]) -> tuple[int, int]:
    phrase = saying_time(verb)
    if phrase is None or content.dep_ != "ccomp" or offsets[0] > phrase.start_char:
        return offsets
    return phrase.end_char + len(phrase[-1].whitespace_), offsets[1]


def _lost_subject_part(verb: Token, child: Token) -> bool:
    if child.dep_ == "prep":
        return child.lower_ in QUANTITY_WORDS
    return child.dep_ in LOST_SUBJECT_DEPS and not _hears(verb, child)


def _participle_small_clause(clause: Token) -> bool:
    """'they found her hidden in a laundry basket', 'found himself embroiled in a row': a past
    participle after the verb whose subject is an object pronoun depicts a state the subject came
    upon; it is no proposition anyone reported (that takes a finite clause, whose subject is 'she',
    not 'her'). A noun subject is left alone: the parser tags many a past tense VBN ('said the plan
    worked')."""
    if clause.tag_ != "VBN" or clause.dep_ != "ccomp" or clause.i < clause.head.i:
        return False
    if has_child(clause, "aux", "auxpass", "mark"):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in OBJECT_PRONOUNS for c in clause.children)


def _reduced_relative_read_as_a_report(verb: Token, clause: Token) -> bool:
    """'Three people reported injured in the blast were released': 'reported injured' describes
    the people (who were reported injured) and 'were released' is the sentence's verb, which the
    parser hung on 'reported' as its clause. A past participle with a bare state after it and a
    clause with no subject of its own reports nothing ('said the plan worked' has one). The
    parser tags the participle a past tense as often ('Officials reported missing were found')."""
    if verb.tag_ not in ("VBN", "VBD") or has_child(verb, "aux", "auxpass"):
        return False
    state = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if state is None or state.head.i != verb.i or state.dep_ not in ("xcomp", "acomp", "oprd"):
        return False
    return clause.dep_ == "ccomp" and clause.i > state.i and not any(
        c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in clause.children
    )


# Pronouns in the object case, never the subject of a finite clause.
OBJECT_PRONOUNS = frozenset(
    {"her", "him", "them", "me", "us", "himself", "herself", "themselves", "itself", "myself", "ourselves"}
)


def _finite(verb: Token) -> bool:
    return verb.tag_ in FINITE_CLAUSE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_CLAUSE_TAGS for c in verb.children
    )


def _quotation_before_its_attribution(content: Token) -> Token:
    """'Trump said: "There will always be exceptions," the Times reported': the parser made the
    attribution after the quotation the clause said; what was said is the quotation it holds."""
    subject = subject_of(content)
    if subject is None or subject.i > content.i or not is_reporting_verb(content):
        return content
    quoted = next((c for c in content.children if c.dep_ in ("ccomp", "parataxis") and c.i < subject.i), None)
    if quoted is None:
        return content
    between = doc_text(content.doc)[quoted.right_edge.idx : subject.left_edge.idx]
    return quoted if any(mark in between for mark in CLOSING_QUOTES) else content


def _clause_hung_above(verb: Token) -> Token | None:
    """'… days after Trump told The Washington Post he was “not quite there yet”': the parser
    hung the clause right after the hearer on the sentence's main verb; it is what was told."""
    after = verb.right_edge.i + 1
    if after >= len(verb.doc) or verb.lemma_.lower() not in ADDRESSEE_VERBS:
        return None
    if not any(c.dep_ in ("dobj", "dative") and c.i > verb.i for c in verb.children):
        return None  # the clause comes after the hearer: 'told The Washington Post he was …'
    subject = verb.doc[after]
    clause = subject.head
    if subject.dep_ != "nsubj" or clause.i < subject.i:
        return None
    if clause.i == verb.head.i and verb.dep_ == "advcl":
        # ('The deal comes days after Lee told the Ledger he was “not ready”': the parser
        # made the told clause the sentence's root and the telling an adverbial below it;
        # not 'While aides have promised staff, though, that has yet to happen', set off)
        return clause if not any(t.is_punct for t in verb.doc[verb.i : after]) else None
    if clause.dep_ not in ("ccomp", "conj"):
        return None
    return clause if clause.head in verb.ancestors else None


def _with_fronted_clause(verb: Token, content: Token, offsets: tuple[int, int]) -> tuple[int, int]:
    """'says no matter what the president does, “his word …”', 'said if elected, he would …': a
    condition fronted in the report that the parser hung on the reporting verb is part of what
    was said. The saying's own circumstances are not: a participle ('while testifying'),
    anything before the 'that', or a clause set off by a comma right after the verb ('said,
    though her voice cracked, “…”')."""
    doc = verb.doc
    if content.i < verb.i or offsets[0] < content.left_edge.idx or content.left_edge.lower_ == "that":
        return offsets
    fronted = [c for c in verb.children if verb.i < c.i < content.left_edge.i and _condition_of_the_report(c)]
    if not fronted or any(t.is_punct for t in doc[verb.i + 1 : min(c.left_edge.i for c in fronted)]):
        return offsets  # ('said, though her voice cracked, “…”': the writer's aside, set off)
    between = doc[max(c.right_edge.i for c in fronted) + 1 : content.left_edge.i]
    if any(not (t.is_punct or t.is_space) for t in between):
        return offsets  # something else stands between: it is not one stretch
    first = min(c.left_edge.i for c in fronted)
    while first < content.left_edge.i and (doc[first].lower_ == "that" or doc[first].is_punct):
        first += 1
    return (doc[first].idx, offsets[1]) if first < content.left_edge.i else offsets


# Marks of a clause that conditions or concedes what is said: 'said if elected, …'.
REPORTED_CONDITION_MARKS = frozenset({"if", "unless", "whether"})


def _condition_of_the_report(child: Token) -> bool:
    if child.dep_ == "advmod" and child.lower_ == "matter":
        return any(t.pos_ in ("VERB", "AUX") for t in child.subtree)  # 'no matter what …'
    if child.dep_ != "advcl" or child.tag_ == "VBG":
        return False
    return any(m.dep_ == "mark" and m.lower_ in REPORTED_CONDITION_MARKS for m in child.children)


def _clause_before_trailer(verb: Token) -> tuple[int, int] | None:
    """'Borrowers struggle, even with a “good” job, he said.': the parser found no clause for the
    verb, yet a trailer ', SUBJECT said.' ending the sentence attributes the words before it,
    unless they are the verb's own circumstance ('When the fire broke out, firefighters
    responded') or a participle of asking."""
    if verb.lemma_.lower() not in SPEECH_VERBS | BELIEF_VERBS:
        return None
    subject = trailing_subject(verb)
    if subject is None:
        return None
    doc, comma = verb.doc, subject.left_edge.i - 1
    # The splitter may have cut the sentence at that comma: the words are the sentence before.
    start = doc[comma - 1].sent.start if comma == verb.sent.start else verb.sent.start
    before = [t for t in doc[start:comma] if not t.is_space]
    while before and before[0].is_punct:
        before.pop(0)
    if len(before) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in before):
        return None
    if before[0].tag_ == "VBN":
        return None  # 'Pushed by the host on 2020, Cuban demurred': the circumstance, not the words
    hung = [t for t in before if t.head.i == verb.i]
    opens_adverbially = before[0].lower_ in OPENING_ADVERBIAL_MARKS | {"if", "unless"}
    if (opens_adverbially and not any(t.text == "," for t in before)) or (
        hung and all(t.dep_ in TRAILER_CIRCUMSTANCE_DEPS for t in hung) and not _clause_after_the_opener(before)
    ):
        # 'When the fire broke out, firefighters responded': the verb's circumstance, no words
        # ('As Trump spoke, a girl was hurt, police said' has a clause of its own after it)
        return None
    return before[0].idx, before[-1].idx + len(before[-1])


def _clause_after_the_opener(before: list[Token]) -> bool:
    """'As Trump prepared to speak, a girl was pepper-sprayed, police said': the parser hung the
    sentence's own clause inside its opening one; a subject right after the opener's comma,
    with its verb among the words, starts it."""
    words = {t.i for t in before}
    doc = before[0].doc
    return any(
        t.dep_ in SUBJECT_DEPS
        and t.left_edge.i > before[0].i
        and doc[t.left_edge.i - 1].text == ","
        and t.head.i > t.i
        and t.head.i in words
        for t in before[1:]
    )


# How a verb's own circumstance hangs on it ('As the casket was carried in, the choir sang').
TRAILER_CIRCUMSTANCE_DEPS = frozenset({"advcl", "prep", "advmod", "npadvmod", "mark"})


def _object_in_a_conjunct(verb: Token) -> bool:
    """'…, as most companies reported in-line or better than expected results': the parser hung
    the object on a conjunct of the verb; the verb reports results of its own, not the sentence
    before it (an 'as X reported' aside has no object: 'as the agency reported on Monday'; 'He had
    no ties, the airline added, and had passed all checks' goes on with what was said)."""
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return False
    return any(
        c.dep_ == "conj" and c.i > verb.i and any(o.dep_ == "dobj" and o.i > c.i for o in c.children)
        for c in verb.children
    )


def _addressed(verb: Token, obj: Token) -> bool:
    """'Trump told CNN, …': the object of a telling verb with its own subject is who heard it,
    not what was said ('…, urging voters to …' is no parenthesis but the report itself)."""
    return _hears(verb, obj) and any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _hears(verb: Token, child: Token) -> bool:
    """'told Izvestia', 'assured reporters': the object of a telling verb is its hearer."""
    return (
        child.dep_ in ("dobj", "dative", "iobj")
        and verb.lemma_.lower() in ADDRESSEE_VERBS
        and child.pos_ in ("PROPN", "NOUN", "PRON")
    )


def object_report(verb: Token) -> tuple[int, int] | None:
    """'announced a ban on imports': a communication verb whose object is what was said."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return _gerund_reported(verb)
    if obj.pos_ == "PRON" or counted_in(verb, obj):
        return None
    if _hears(verb, obj) and QUOTATION_AFTER_HEARER.match(doc_text(verb.doc), obj.right_edge.idx + len(obj.right_edge)):
        return None  # 'he urged voters, “Look what happened …”': the voters heard the quotation
    return governed_clause(verb, obj.idx, obj.idx)


def _gerund_reported(verb: Token) -> tuple[int, int] | None:
    """'reported spending $6 million on ads', 'denied taking the money': a gerund right after a
    communication verb is its object, what was reported (the subject's own act)."""
    gerund = next((c for c in verb.children if c.dep_ in ("xcomp", "dobj") and c.i == verb.i + 1), None)
    if gerund is None or gerund.tag_ != "VBG":
        return None
    return governed_clause(verb, gerund.idx, gerund.idx, intentions=True)


# Verbs of saying that also let in or give up a count of things: 'The hospital admitted 40
# patients', 'The keeper conceded two goals' ('announced 6,000 layoffs' is said).
LETTING_IN_VERBS = frozenset({"admit", "concede", "allow", "grant"})


def counted_in(verb: Token, obj: Token) -> bool:
    """'admitted 40 patients', 'conceded two goals': a count let in or given up, not words."""
    return verb.lemma_.lower() in LETTING_IN_VERBS and an_amount(obj)


# A quotation opening right after a hearer: 'urged voters, “…', 'warned reporters: "…'.
QUOTATION_AFTER_HEARER = re.compile(r"\s*[,:]\s*[“\"«„]")


# Marks that open an adverbial clause the parser may take for what was said: 'Trump said,
# after Quick said …'.
ADVERBIAL_MARKS = frozenset({"after", "before", "when", "while", "because", "since", "until", "once", "as"})


# The marks that open the question an asking verb asks: 'asked workers if they …'.
QUESTION_MARKS = frozenset({"if", "whether"})


def _question_asked(verb: Token) -> Token | None:
    """'asked the workers if they planned to attend', 'Asked by Kessel if Pell “understands”
    farming': the parser reads the question's 'if' clause as a condition on the verb; right
    after the verb (or the one asked), with a subject of its own, it is what was asked."""
    if verb.lemma_.lower() not in ASKING_LEMMAS:
        return None
    for clause in verb.children:
        mark = next((c for c in clause.children if c.dep_ == "mark" and c.i == clause.left_edge.i), None)
        if clause.dep_ != "advcl" or clause.i < verb.i or mark is None or mark.lower_ not in QUESTION_MARKS:
            continue
        between = [t for t in verb.doc[verb.i + 1 : mark.i] if not t.is_space]
        if any(t.head.i == verb.i and _asks_for(t) for t in between):
            continue  # ('asked for a refund if the train was late', 'asked him to stay if …': a request)
        if all(t.head.i == verb.i or t.head.i in {b.i for b in between} for t in between) and holds_clause(clause):
            return clause
    return None


def _that_clause_read_as_adverbial(verb: Token) -> Token | None:
    """'recalled in 2008 that before Iowa, Obama wasn't treated as credibly …': the parser read
    the reporting verb's that-clause as an adverbial clause; a clause after the verb opened by
    a plain 'that', with a subject of its own, is what was said ('so that …' and 'such that …'
    have a word of their own before 'that')."""
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i < verb.i or not holds_clause(clause):
            continue
        first = clause.left_edge
        if first.lower_ == "that" and first.head.i == clause.i and first.dep_ == "mark":
            before = verb.doc[first.i - 1] if first.i > 0 else None
            if before is None or before.lower_ not in ("so", "such", "now", "given", "except", "in"):
                return clause
    return None


def _asks_for(token: Token) -> bool:
    """What an asking verb asks for, not whom it asks: a thing ('asked for a refund') or an act
    ('asked them to stay'); an 'if' clause after it is the condition of the request, no question.
    (Other phrases, 'asked during a lunch if …', tell when or where the question was put.)"""
    return token.dep_ in ("xcomp", "ccomp") or (token.dep_ == "prep" and token.lower_ == "for")


def _adverbial(clause: Token) -> bool:
    if _inverted_condition(clause):
        return True
    return any(c.dep_ == "mark" and c.lower_ in ADVERBIAL_MARKS and c.i == clause.left_edge.i for c in clause.children)


# Auxiliaries that open a condition by standing before their subject: 'should the union refuse'.
INVERTING_AUXILIARIES = frozenset({"should", "had", "were"})


def _inverted_condition(clause: Token) -> bool:
    """'assumed the role of the negotiator, pairing goals with threats should the union not
    accept his terms': 'should' (or 'had', 'were') before the subject opens a condition, an
    'if' clause without the 'if', which is no one's words; a question ends with '?'."""
    first = clause.left_edge
    if first.lower_ not in INVERTING_AUXILIARIES or first.head.i != clause.i or first.dep_ not in ("aux", "auxpass"):
        return False
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or not first.i < subject.i < clause.i:
        return False
    return clause.right_edge.i + 1 >= len(clause.doc) or clause.doc[clause.right_edge.i + 1].text != "?"


QUOTATION_AFTER_VERB = re.compile(r"\s*[,:]?\s*[“\"]")


def _quotation_follows(verb: Token) -> bool:
    """'…, Vail cracked, “I am …”' — and not '“…,” he said, “…”', where both sides are quoted."""
    text = doc_text(verb.doc)
    return bool(QUOTATION_AFTER_VERB.match(text, verb.idx + len(verb))) and not AFTER_A_QUOTATION.search(
        text[max(0, verb.idx - 60) : verb.idx]
    )


OPENING_ADVERBIAL_MARKS = ADVERBIAL_MARKS | {"although", "though"}


def _clause_on_each_side(verb: Token, clauses: list[Token]) -> bool:
    """'Canova ripped her on the air: He said he has raised $100,000', 'Iran denies it; Iran
    insists it does not know': the parser hung the sentence before the speaker on the verb as
    well as the clause after it. What was said follows the verb; the words before are the
    writer's. Not when the words before are a quotation ('“…,” he said, “…”'): the speaker's too;
    nor when a comma sets the verb off from the clause after it ('… the “impact,” Jacobs said,
    that he has had'): the attribution is a parenthesis inside one sentence."""
    after = next((c for c in clauses if c.i > verb.i), None)
    if after is None or clauses[0].i > verb.i:
        return False
    if any(c.dep_ in SUBJECT_DEPS and c.i > verb.i for c in verb.children):
        return False  # ('…, said co-chair Maria Okafor-Reyes': the speaker follows; no report after)
    if any(t.is_punct for t in verb.doc[verb.i + 1 : after.left_edge.i]):
        return False
    if _speaker_opening_the_clause_after(verb) is not None:
        return False  # ('…, said a former spokesman, Oleg Voloshyn, who ran in the bloc he formed')
    return not _quoted_clause(clauses[0])


def _around_a_parenthetical_attribution(verb: Token, content: Token, offsets: tuple[int, int]) -> tuple[int, int]:
    """'It is no surprise, Garin said, that Clinton did better': an attribution set off by commas
    inside the sentence it reports, whose verb the parser gave the clause on each side; what
    was said runs from the first clause to the end of the second."""
    if content.i > verb.i or _quoted_clause(content):
        return offsets
    after = next((c for c in verb.children if c.dep_ in CONTENT_DEPS and c.i > verb.i), None)
    if after is None or _quoted_clause(after):
        return offsets
    doc = verb.doc
    between = doc[verb.i + 1 : after.left_edge.i]
    start = attribution_start(verb)
    if not between or between[0].text != "," or not all(t.is_punct for t in between):
        return offsets
    if start == 0 or doc[start - 1].text != ",":
        return offsets
    last = after.right_edge
    while last.is_punct or last.is_space:
        last = doc[last.i - 1]
    return offsets[0], last.idx + len(last)


# Words that open a qualification of what was just said: 'Prices will rise, the minister
# warned, though not this year'.
CONCESSIVE_OPENERS = frozenset({"though", "although", "albeit", "but"})


def _with_a_concession_after(verb: Token, content: Token, offsets: tuple[int, int]) -> tuple[int, int]:
    """'Prices will rise, the minister warned, though not this year': a report before its
    attribution goes on after it when the words there, set off by a comma, open with 'though'
    or 'but' and hold no clause of their own (the parser hangs them on the reporting verb; not
    '…, she said, but the city will cut jobs', nor '…, he said, though he smiled')."""
    if content.i > verb.i or offsets[1] > verb.idx:
        return offsets
    doc = verb.doc
    # (the comma closing the attribution: 'warned,', 'said Ruiz,', 'said on Friday,')
    comma = next((t.i for t in doc[verb.i + 1 : min(verb.i + 6, verb.sent.end)] if t.is_punct), None)
    if comma is None or doc[comma].text != ",":
        return offsets
    tail = [t for t in doc[comma : verb.sent.end] if not (t.is_punct or t.is_space)]
    if not tail or tail[0].lower_ not in CONCESSIVE_OPENERS:
        return offsets
    if any(t.dep_ in SUBJECT_DEPS or t.pos_ in ("VERB", "AUX") for t in tail):
        return offsets
    if not all(verb.is_ancestor(t) for t in tail):
        return offsets
    return offsets[0], tail[-1].idx + len(tail[-1])


def _through_a_joined_clause_before(
    verb: Token, content: Token, clauses: list[Token], offsets: tuple[int, int]
) -> tuple[int, int]:
    """'Selling a plan is difficult, but changing habits is harder, Brandt said': the parser hung
    both halves of the sentence on the verb after them, the first holding the 'but'. What was
    said runs through the second half, not only the first."""
    before = [c for c in clauses if c.i < verb.i]
    if len(before) != 2 or before[0].i != content.i or _quoted_clause(before[1]):
        return offsets
    first, second = before
    doc = verb.doc
    joiner = doc[first.right_edge.i] if first.right_edge.dep_ == "cc" else None
    between = [t for t in doc[first.right_edge.i + 1 : second.left_edge.i] if not (t.is_punct or t.is_space)]
    if between and [t.lower_ for t in between] in (["but"], ["and"]):
        joiner = between[0]
    if joiner is None or joiner.lower_ not in ("but", "and") or second.right_edge.i >= verb.i:
        return offsets
    last = second.right_edge
    while last.is_punct or last.is_space:
        last = doc[last.i - 1]
    return offsets[0], max(offsets[1], last.idx + len(last))


def _with_a_quoted_predicate_after(verb: Token, content: Token, offsets: tuple[int, int]) -> tuple[int, int]:
    """'The engineers found the leak, Brandt said, and “fixed” the pipes': the parser hung the
    second predicate on the attribution's verb, but the speaker did not fix the pipes; its
    quoted word says it is the speaker's account of what the engineers did. A predicate with no
    subject of its own, no verb of saying, holding a quotation mark, after a report before the
    verb, continues that report ('…, Brandt said, and added …' is the speaker's own act)."""
    if content.i > verb.i or _quoted_clause(content):
        return offsets
    doc = verb.doc
    rest = next((c for c in verb.children if c.dep_ == "conj" and c.i > verb.i), None)
    if rest is None or rest.pos_ != "VERB" or rest.tag_ not in ("VBD", "VBN") or is_reporting_verb(rest):
        return offsets
    if any(c.dep_ in SUBJECT_DEPS for c in rest.children) or content.tag_ != "VBD":
        return offsets
    words = doc_text(doc)[doc[verb.i + 1].idx : rest.right_edge.idx + len(rest.right_edge)]
    if not any(mark in words for mark in OPENING_QUOTE_CHARS):
        return offsets
    last = rest.right_edge
    while last.is_punct or last.is_space:
        last = doc[last.i - 1]
    return offsets[0], max(offsets[1], last.idx + len(last))


def _quoted_clause(clause: Token) -> bool:
    """A clause that opens with a quotation mark: the speaker's own words, not the writer's. (The
    mark closing the paragraph before, '… in a month."' then 'The council passed …', opens nothing.)"""
    text = doc_text(clause.doc)
    start = clause.left_edge.idx
    opening = text[max(0, start - 2, text.rfind("\n", 0, start) + 1) : start + 2]
    return any(mark in opening for mark in OPENING_QUOTE_CHARS)


def _opens_adverbially(clause: Token) -> bool:
    first = clause.left_edge
    return first.dep_ == "mark" and first.lower_ in OPENING_ADVERBIAL_MARKS


def _relative_before(verb: Token, clause: Token) -> bool:
    """'Perez, who has no endorsements, said the result …': a relative clause read as a report,
    its 'who' the subject or hung on the subject ('One aide, who like others spoke …, said')."""
    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS] if clause.i < verb.i else []
    return any(s.lower_ in ("who", "which") or any(_who_relative(r) for r in s.children) for s in subjects)


def _who_relative(clause: Token) -> bool:
    """A relative clause whose subject is 'who' or 'which' ('…, who like others spoke')."""
    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    return clause.dep_ == "relcl" and any(c.lower_ in ("who", "which") for c in subjects)


def _inside_a_relative_after(verb: Token, clause: Token) -> bool:
    """'“…,” said Hany Farid, chairman of …, who co-developed the system': the parser read the
    speaker's relative clause as what was said."""
    if clause.i < verb.i:
        return False
    doc = verb.doc
    for t in doc[verb.i + 2 : clause.i]:
        # the relative runs into the clause's verb ('who co-developed'), no comma closing it
        # first ('said the man, who was hurt, would sue' reports 'would sue')
        if (
            t.tag_ in ("WP", "WP$")
            and t.head.dep_ == "relcl"  # (not 'that, in retrospect, what she did was a mistake')
            and doc[t.i - 1].text == ","
            and all(u.text != "," for u in doc[t.i : clause.i])
        ):
            return True
    return False


def _clause_before_the_quotation(verb: Token, content: tuple[int, int]) -> bool:
    """'Cruz defends his record in an ad: "Securing …," the senator says.': the verb follows a
    closed quotation, and the clause the parser gave it is the writer's introduction, set off
    by a colon before that quotation opens; what the verb says is the quotation, which pairing
    finds ('Canova “bristled” and said, “No comment,” the paper reported' reports all of it)."""
    text = doc_text(verb.doc)
    lead_start = max(0, verb.idx - 60)
    closed = AFTER_A_QUOTATION.search(text[lead_start : verb.idx])
    if closed is None or content[1] > lead_start + closed.start():
        return False
    opened = max(text.rfind(mark, content[1], lead_start + closed.start()) for mark in OPENING_QUOTE_CHARS)
    return opened >= 0 and text[content[1] : opened].strip() == ":"


def _subordinate_after(verb: Token, content: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in ADVERBIAL_MARKS and content.i < c.i < verb.i for c in verb.children)


# Verbs whose passive after 'asked not to be' asks for anonymity: 'not to be named'.
NAMING_FOR_THE_RECORD_VERBS = frozenset({"name", "identify", "quote", "cite"})


def _asks_for_anonymity(verb: Token, content: Token) -> bool:
    """'Two officials, who asked not to be named because they were not authorized to speak, said
    …': asking not to be named (or to remain anonymous) is the terms the speakers gave the
    reporter, not words they report; their report is the 'said' that follows."""
    if verb.lemma_.lower() not in ("ask", "request") or content.dep_ != "xcomp":
        return False
    if content.lemma_.lower() == "remain":
        return any(c.dep_ == "acomp" and c.lower_ == "anonymous" for c in content.children)
    passive = has_child(content, "auxpass")
    return passive and content.lemma_.lower() in NAMING_FOR_THE_RECORD_VERBS


def _without_a_dangling_joiner(doc: Doc, content: tuple[int, int]) -> tuple[int, int]:
    """'He said that he “regretted” the breakdown but believed …': when the verb after 'but' is
    a report of its own, the words reported end before the 'but', which joins nothing of theirs
    (a reported clause never ends on 'but', 'and' or 'or')."""
    words = doc.char_span(content[0], content[1], alignment_mode="contract")
    if words is None or len(words) < 2 or words[-1].lower_ not in ("but", "and", "or"):
        return content
    last = words[-2]
    while last.i > words.start and (last.is_space or last.text == ","):
        last = doc[last.i - 1]
    return content[0], last.idx + len(last)


def _before_speaker(content: tuple[int, int], speaker: Span | None) -> tuple[int, int]:
    """'“Yes,” Brent Bozell, founder of X, tells': the parser hung the speaker in the content."""
    if speaker is None or not content[0] < speaker.start_char < content[1]:
        return content
    text = doc_text(speaker.doc)
    end = speaker.start_char
    while end > content[0] and (text[end - 1].isspace() or text[end - 1] in ",;—–-"):
        end -= 1
    return content[0], end


# Verbs that keep the words back: 'declined to say whether …' reports no answer.
WITHHOLDING_VERBS = frozenset({"decline", "refuse"})


def cue_text(verb: Token) -> str:
    """The cue as written, with auxiliaries and particles: 'have said', 'pointed out'; with a
    negation or a refusal, which turn the report into words not said: 'did not say', 'would not
    say', 'declined to say'."""
    parts = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "prt", "neg") and c.i < verb.i + 3]
    if clause_made_clear(verb) is not None:  # 'made it clear', 'made clear'
        parts += [c for c in verb.children if c.lower_ in ("it", "clear") and c.i > verb.i]
    negated = any(p.dep_ == "neg" for p in parts)
    withheld = _withheld(verb)
    kept = [p for p in parts if negated or withheld or p.dep_ != "aux" or p.lower_ in ("have", "has", "had")]
    if withheld:
        kept.append(verb.head)
    return " ".join(t.text for t in sorted([verb, *kept], key=lambda t: t.i))


def _withheld(verb: Token) -> bool:
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in WITHHOLDING_VERBS and verb.head.i < verb.i


def words_not_given(verb: Token) -> bool:
    """'Reyes declined to comment', 'Holt did not say': the cue tells of words kept back, so it
    announces none that might follow."""
    return _withheld(verb) or has_child(verb, "neg")


def speaker_span(verb: Token) -> Span | None:
    """The speaker's words: the verb's subject, or the subject of the verb it hangs on."""
    return _speaker_from_parse(verb) or _participle_after_its_clause(verb)


def _speaker_opening_the_quotation(participle: Token) -> Span | None:
    """'Molina fired back: “If they sue us, they will lose,” referencing …': a participle right
    after a quotation goes on for whoever opened it, the subject of the verb before its colon or
    comma, however the parser hung the participle (on the quotation's verb, or as the root)."""
    doc = participle.doc
    if participle.tag_ != "VBG" or participle.i < 3:
        return None
    before = [doc[i] for i in range(participle.i - 1, max(participle.sent.start, participle.i - 3) - 1, -1)]
    if not any(t.text in CLOSING_TOKENS for t in before) or not any(t.text == "," for t in before):
        return None
    close = next(t for t in before if t.text in CLOSING_TOKENS)
    marks = [t for t in doc[participle.sent.start : close.i] if t.tag_ == "``" or t.text in OPENING_QUOTE_CHARS]
    opening = marks[-1] if marks else None
    if opening is None or opening.i < 2 or doc[opening.i - 1].text not in (":", ","):
        return None
    opener = doc[opening.i - 1].head
    if opener.pos_ != "VERB" or opener.i >= opening.i:
        return None
    subject = first_child(opener, "nsubj", "nsubjpass")
    return noun_phrase(subject) if subject is not None and not _mute(subject) else None


def participle_speaker(verb: Token, quoted: Callable[[int], bool]) -> Span | None:
    """The speaker of a participle ('…, adding …') from the nearest verb above it whose subject
    stands outside the quotations (``quoted``: whether a character offset is inside one)."""
    if verb.tag_ != "VBG" or verb.dep_ not in INHERITING_DEPS:
        return None
    outer = _clause_a_participle_closes(verb.head, verb)
    for node in verb.ancestors:
        if outer is not None and node.i != outer.i and any(a.i == outer.i for a in node.ancestors):
            continue  # (the subordinate clause the parser hung it on is not the speaker's)
        if node.pos_ in ("VERB", "AUX") and not quoted(node.idx):
            speaker = speaker_span(node)
            if speaker is not None and not any(quoted(t.idx) for t in speaker):
                return speaker
    return None


def _agent(verb: Token) -> Token | None:
    """X of a passive 'by X'."""
    agent = first_child(verb, "agent")
    return first_child(agent, "pobj") if agent is not None else None


def _passive_agent(verb: Token) -> Token | None:
    """Who did a passive verb's deed: 'by X' as its agent, or hung by the parser on a noun
    after it ('recommended as a key technology by the panel'); not a date ('by March')."""
    agent = _agent(verb)
    if agent is not None:
        return agent if _could_be_an_agent(agent) else None
    for token in verb.subtree:
        if token.i > verb.i and token.lower_ == "by" and token.dep_ == "prep":
            obj = first_child(token, "pobj")
            if obj is not None and obj.pos_ in ("NOUN", "PROPN") and _could_be_an_agent(obj):
                return obj
    return None


def _could_be_an_agent(noun: Token) -> bool:
    """Not a time or a yardstick: 'announced by Friday’s deadline', 'described as “ambitious”
    by Paris standards', 'by most accounts'."""
    if noun.lemma_.lower() in NON_AGENT_NOUNS:
        return False
    return not any(in_a_time(t) for t in noun.doc[noun.left_edge.i : noun.i + 1])


NON_AGENT_NOUNS = frozenset(
    """
    standard measure account estimate definition deadline end time noon midnight mistake accident design
    default margin comparison contrast far phone telephone email mail letter hand law
    """.split()
)


def _agent_of(verb: Token) -> Span | None:
    who = _agent(verb)
    return noun_phrase(who) if who is not None else None


def _asked_of_the_subject(verb: Token) -> Token | None:
    """'Asked whether he would run, Park said …', 'When told of the ruling, she …': a bare
    participle of asking or telling; the sentence's subject heard the words, someone unsaid
    spoke them. Returns that subject."""
    if _answer_of_a_parenthetical_asking(verb) is not None:
        return subject_of(verb)  # 'The governor, asked if …, said': the parser's root
    if verb.tag_ not in ("VBN", "VBD") or verb.dep_ != "advcl" or verb.lemma_.lower() not in ADDRESSEE_VERBS:
        return None
    if any(c.dep_ in (*SUBJECT_DEPS, "aux", "auxpass", "dobj", "dative") for c in verb.children):
        return None  # 'having asked them', 'she asked the court': an active verb of its own
    return subject_of(verb.head)


def _after_an_asking_participle(verb: Token) -> bool:
    """'Asked whether a sale was possible, he said, “Everything is on the table.”': the parser
    hung neither the asking nor the quotation on the verb; the asking that opens the sentence
    is the question put to the speaker, never his words."""
    subject = subject_of(verb)
    if subject is None or subject.i > verb.i:
        return False
    start = verb.sent.start
    first = verb.doc[start + 1] if verb.doc[start].lower_ == "when" else verb.doc[start]
    return (
        first.tag_ in ("VBN", "VBD")
        and first.lemma_.lower() in ADDRESSEE_VERBS
        and first.i < subject.left_edge.i
        and verb.doc[subject.left_edge.i - 1].text == ","
    )


def _answer_of_a_parenthetical_asking(asked: Token) -> Token | None:
    """'The governor, asked if he would sign the bill, said, “Probably.”': the parser made
    'asked' the root with the governor its subject and 'said' its clause. Returns 'said'."""
    doc = asked.doc
    if asked.lemma_.lower() not in ADDRESSEE_VERBS or asked.tag_ not in ("VBN", "VBD") or asked.i < 2:
        return None
    subject = subject_of(asked)
    if subject is None or doc[asked.i - 1].text != "," or subject.i >= asked.i - 1:
        return None
    # 'said' hung on 'asked' ('…, said, “Probably.”'), or 'asked' on 'said' ('…, said he would')
    answers = [c for c in asked.children if c.dep_ in ("ccomp", "conj") and c.i > asked.i]
    if asked.dep_ in ("parataxis", "advcl", "ccomp") and asked.head.i > asked.i:
        answers.append(asked.head)
    return next((v for v in answers if is_reporting_verb(v) and _set_off_before(v)), None)


# Marks of a clause that tells when, why, on what condition or despite what, not who said what
# ('as he said' attributes; 'Stalls are rarely empty at dawn, although the mayor later asked the
# traders to open later' does not: the asking concedes something, it attributes nothing before).
TIME_CLAUSE_MARKS = (ADVERBIAL_MARKS - {"as"}) | {"if", "unless", "though", "although", "whereas"}


def _in_a_time_clause(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in TIME_CLAUSE_MARKS for c in verb.children)


# Marks of a clause that concedes or sets against: 'though he used stronger language'.
CONCESSION_MARKS = frozenset({"though", "although", "whereas"})


def _concedes(clause: Token) -> bool:
    """A clause of concession: 'though he used stronger language', 'even as he defended the mayor'.
    It states something of its own beside the main clause rather than telling when that happened."""
    if clause.dep_ != "advcl":
        return False
    marks = [c for c in clause.children if c.dep_ == "mark"]
    if any(m.lower_ in CONCESSION_MARKS for m in marks):
        return True
    even_as = [m for m in marks if m.lower_ == "as" and m.i > 0 and m.doc[m.i - 1].lower_ == "even"]
    return bool(even_as)


def _opened_by_a_when_adverb(verb: Token) -> bool:
    """A clause that 'when' opens, read by the parser as an adverb rather than a mark: 'the clip
    was cut to show him failing, when, in fact, he responded quickly' tells when, and its verb
    is no parenthetical attribution of the sentence around it."""
    if verb.head.i > verb.i or subject_of(verb) is None:
        return False  # (a clause before its head, or 'when asked', may still be read otherwise)
    first = verb.doc[verb.left_edge.i]
    adverb = first.dep_ == "advmod" and first.tag_ == "WRB" and first.head.i == verb.i
    return adverb and first.lower_ in TIME_CLAUSE_MARKS


def _answers_an_asking(verb: Token) -> bool:
    return _asking_answered_by(verb) is not None


def _asking_answered_by(verb: Token) -> Token | None:
    """The parenthetical 'asked' whose answer ``verb`` is, else None."""
    for asked in (verb.head, *verb.children):
        answer = _answer_of_a_parenthetical_asking(asked) if asked.i != verb.i else None
        if answer is not None and answer.i == verb.i:
            return asked
    return None


def _set_off_before(verb: Token) -> bool:
    """A comma before the verb, past its auxiliaries: ', had said'."""
    return verb.doc[_before_auxiliaries(verb)].text == ","


def _before_auxiliaries(verb: Token) -> int:
    """The index of the token before the verb and its auxiliaries ('Trump, asked …, had said')."""
    i = verb.i - 1
    while i > 0 and _before_the_verb(verb.doc[i], verb):
        i -= 1
    return i


def _participle_after_its_clause(verb: Token) -> Span | None:
    """'Flea shared the news last week, writing “…”': a participle after a comma speaks for the
    sentence's subject, whatever the parser hung it on. So does one after a dash closing an
    aside, whose subject may be 'he' or 'she': 'He struggles with a basic task - bragging -
    conceding that he feels “…”'."""
    if verb.tag_ != "VBG" or verb.i == 0:
        return None
    after_dash = _dash_setting_off(verb.doc[verb.i - 1])
    if verb.doc[verb.i - 1].text != "," and not after_dash:
        return None
    root = verb.sent.root
    if root.i >= verb.i:
        return None
    persons = ("he", "she") if after_dash else ()
    subject = next(
        (c for c in root.children
         if c.dep_ in SUBJECT_DEPS and c.i < root.i and (c.pos_ != "PRON" or c.lower_ in persons)),
        None,
    )
    if subject is not None:
        return noun_phrase(subject)
    if root.pos_ == "PROPN" and root.ent_type_ in SPEAKER_LABELS:
        return noun_phrase(root)  # 'Erin Brockovich, the activist, endorsed …' read as a name
    return None


def _speaker_from_parse(verb: Token) -> Span | None:
    """The speaker's words from the parse: the subject of the verb, or of the clause it hangs on
    ('…, adding that' -> said -> Kirby), climbing a few clauses at most."""
    recorded = _person_recorded_saying(verb) or _subject_of_a_participle_complement(verb)
    if recorded is not None:
        return noun_phrase(recorded)
    agent = _agent_of_a_passive_it_joins(verb)
    if agent is not None:
        return noun_phrase(agent)
    conceding = _concession_before(verb)
    if conceding is not None:
        return noun_phrase(conceding)
    node: Token | None = verb
    for _ in range(4):  # bounded for odd parses
        if node is None:
            return None
        if node.i != verb.i and _inside_the_report_of(node, verb):
            node = node.head  # '… insisted it was “premature” …, while adding …': Gore adds
        if node.i == verb.head.i != verb.i and (outer := _clause_a_participle_closes(node, verb)) is not None:
            node = outer  # 'Reed said so after the senator won, remarking …': Reed remarks
        subject = _subject_at(node, verb)
        if subject is None and node.i == verb.i and _heard_in_a_passive_without_subject(verb):
            return None  # ('residents waited to be told their water was unsafe': no one named tells)
        if subject is not None and node.i != verb.i and _mute(subject):
            before = _speaker_of_the_clause_before(verb)
            if before is not None:
                return noun_phrase(before)  # 'It was a punch, as Lane echoed it, saying …': Lane
        if subject is not None and node.i != verb.i and _asks_who(subject, node) and node.head.i != node.i:
            node = node.head  # 'discussing who deserves credit for using the term “pivot”': no one named
            continue
        if subject is not None and node.i != verb.i and subject.tag_ == "WDT" and node.dep_ == "relcl":
            node = node.head.head  # 'blocked a rule that would close polls, saying …': the rule says nothing
            continue
        if subject is not None and node.i != verb.i and node.head.i != node.i and (
            _names_an_event(subject) or (_mute(subject) and _reported_clause(node))
        ):
            # 'denied that a shakeup is coming, explaining …': a shakeup explains nothing; nor does
            # the 'that' of 'He said that is a “distortion,” describing …', which he reports
            node = node.head
            continue
        if subject is not None:
            return noun_phrase(_holder_of_written_thing(subject) or subject)
        beside = _speaker_beside_cue(verb) if node.i == verb.i else None
        if beside is not None:
            return beside
        controller = _controlling_object(node)
        if controller is not None:
            return noun_phrase(controller)
        if node.i != verb.i and (root_noun := _noun_read_as_the_sentence(node)) is not None:
            return noun_phrase(root_noun)
        node = _clause_above(node, verb)
    return None


def _clause_joined_after_the_object(verb: Token, clause: Token) -> bool:
    """'I pointed that out at the hearing and even the chairman laughed': the verb said its
    object ('that'); the clause after 'and' is the next thing that happened, which the parser
    hung on the verb as what was said. A clause opened by a conjunction the parser did not give
    it, after an object of the verb, is not its content."""
    if clause.dep_ != "ccomp" or clause.i < verb.i or clause.left_edge.i == 0:
        return False
    joiner = verb.doc[clause.left_edge.i - 1]
    if joiner.dep_ != "cc" or joiner.head.i == clause.i:
        return False
    return any(c.dep_ == "dobj" and verb.i < c.i < joiner.i for c in verb.children)


def _heard_in_a_passive_without_subject(verb: Token) -> bool:
    """'Residents waited two days to be told their water was unsafe', 'After being told the
    plant would close, workers walked out': a passive verb of telling with no subject of its
    own has for its understood subject the one who heard the words, whom the clause above
    names; who spoke goes unnamed (its 'by' agent, when given, is found before this)."""
    return (
        verb.lemma_.lower() in ADDRESSEE_VERBS
        and has_child(verb, "auxpass")
        and not has_child(verb, *SUBJECT_DEPS)
    )


def _agent_of_a_passive_it_joins(verb: Token) -> Token | None:
    """'Deep sleep has been studied at Dunmore, then recommended as a key “method” by the Navy’s
    panel': a verb with no subject or auxiliary of its own joined to a passive shares its
    passive voice, as one joined to 'has been' does ('has been the subject of research, then
    recommended … by the panel'); the 'by' agent after it is who recommends, not the subject
    (the thing recommended). Only with an agent: 'was questioned and said …' is active."""
    if verb.dep_ not in ("conj", "dep") or verb.head.i >= verb.i:
        return None
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    above = verb.head
    passive = has_child(above, "auxpass") and has_child(above, "nsubjpass")
    # ('has been the subject of research, then recommended … by the panel': 'has been' serves both)
    shared_been = above.lemma_ == "be" and above.tag_ == "VBN" and verb.tag_ in ("VBN", "VBD")
    return _passive_agent(verb) if passive or shared_been else None


def _noun_read_as_the_sentence(node: Token) -> Token | None:
    """'The union, Harbour Workers Alliance, formed in recent weeks and sent a letter … stating
    that …': the parser made the subject the sentence's root and its verbs a participle clause
    hung on it ('formed', with 'sent' its conjunct); a noun at the root with the clause after it,
    and no verb above, is that clause's subject, and so who the words after 'stating' are."""
    noun = node.head
    if node.dep_ != "acl" or noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN") or noun.i > node.i:
        return None
    return noun


# Nouns of a recording that shows someone speaking: 'a video of the mayor saying …'.
RECORDING_NOUNS = frozenset(
    {"recording", "video", "footage", "tape", "clip", "audio", "film", "recordings", "videos", "tapes", "clips"}
)


def _person_recorded_saying(verb: Token) -> Token | None:
    """'a recording emerged of the transport minister, Geoffrey Lamb, describing bus users as
    “a rounding error”', 'a video surfaced of Mayor Tim Dorn saying …': the one the recording is
    of says it. The parser hangs the participle on the verb the recording is subject of (or on
    the recording), whose subject would speak; the speaker is the noun after 'of' just before
    the participle."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl", "xcomp"):
        return None
    if verb.i < 2:
        return None  # (no 'of X' before it)
    before = verb.doc[verb.i - 1]
    if before.text == ",":
        before = verb.doc[before.i - 1]
    noun = before
    while noun.dep_ in ("appos", "compound", "flat") and noun.head.i < noun.i:
        noun = noun.head  # 'the minister, Geoffrey Lamb': the apposition's noun
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    holder = noun.head.head
    # 'a video of X', 'a video surfaced of X', 'a recording emerged of X'
    recordings = [holder, *(c for c in holder.children if c.dep_ in SUBJECT_DEPS)]
    if holder.dep_ == "acl":
        recordings.append(holder.head)
    return noun if any(r.lower_ in RECORDING_NOUNS for r in recordings) else None


# Verbs whose object goes on doing what a participle after it says: 'has left voters saying …'.
# Not 'see', 'find' or 'have', whose object is as often a thing ('did not see any signs
# suggesting …', 'has records showing …'): the participle is then no one's saying.
OBJECT_PARTICIPLE_VERBS = frozenset({"leave", "keep", "watch", "hear", "catch"})


def _subject_of_a_participle_complement(verb: Token) -> Token | None:
    """'The closure has left 40 percent of workers saying …', 'I heard the coach telling them …',
    'The hearing ended with Senator Rook asking …': a participle right after the object of a
    verb like 'leave' or 'hear', or after a person named after 'with', says what that one does,
    however the parser hung it; that noun speaks, not the sentence's subject. Not after a comma,
    which sets the participle off to go on with the subject ('left the room, saying …')."""
    if verb.tag_ != "VBG" or verb.i == 0 or subject_of(verb) is not None:
        return None
    noun = verb.doc[verb.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or _mute(noun):
        return None
    while noun.dep_ in ("compound", "flat") and noun.head.i > noun.i:
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # '40 percent of workers'
    holder = noun.head
    if noun.dep_ == "dobj" and holder.lemma_.lower() in OBJECT_PARTICIPLE_VERBS:
        return noun
    # After 'with' only a person: 'with cable spots casting her as …', 'file reports with the
    # commission detailing …' are things said in, or a preposition of the verb.
    # (a name the tagger gave no label is a person's more often than not: 'with Maddow asking')
    person = noun.ent_type_ == "PERSON" or (noun.pos_ == "PROPN" and not noun.ent_type_)
    return noun if noun.dep_ == "pobj" and holder.lower_ == "with" and person else None


# The punctuation that ends a clause before a participle going on with the sentence.
CLAUSE_BREAKS = frozenset({",", "—", "–", "--"})


def _clause_a_participle_closes(clause: Token, participle: Token) -> Token | None:
    """The clause a participle after a comma goes on with, when the parser hung it on the
    end of a clause inside that one: a time clause ('Reed said so on air after the senator
    won his primary, remarking …') or what a noun says ('Ames dismissed the claims that the
    firm broke the law, saying …'). The subordinate clause's subject (the senator, the firm)
    is talked about; the one who said or dismissed goes on speaking. Returns that clause."""
    if participle.tag_ != "VBG" or participle.dep_ != "advcl":
        return None
    if participle.i == 0 or participle.doc[participle.i - 1].text not in CLAUSE_BREAKS:
        return None
    if clause.dep_ == "advcl" and clause.head.i < clause.i and _in_a_time_clause(clause):
        # (not a concession, whose subject the participle goes on with: 'Lane avoided the word,
        # though last week he used stronger language, saying …': he says it)
        return None if _concedes(clause) else clause.head
    said = clause.head
    that_clause = any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    if clause.dep_ == "ccomp" and that_clause and said.i < clause.i and said.pos_ in ("VERB", "AUX"):
        # 'She was adamant that she and the company keep the upper hand, telling …': she tells.
        # Not under a report, whose clause may go on with its own subject ('Allies say that he
        # sees no need to engage, believing …': he believes), nor a report of its own
        # ('cannot say that “…,” Lewandowski added, saying …')
        reported = is_reporting_verb(said) or is_reporting_verb(clause)
        return None if reported else said
    if clause.dep_ == "acl" and said.pos_ == "NOUN" and that_clause:
        holder = said.head if said.dep_ != "pobj" else said.head.head
        return holder if holder.pos_ in ("VERB", "AUX") and holder.i < said.i else None
    return None


def _subject_read_as_an_apposition(subject: Token, verb: Token) -> Token | None:
    """'She will not visit Venezuela, Japan’s foreign ministry said': the parser takes the
    report's last noun for the subject and the speaker for its apposition. An apposition set
    off by a comma before it and none after it, running up to the verb right after a clause
    reported before the subject, is who speaks. ('Ana Ruiz, the mayor, said' closes its
    apposition with a comma.)"""
    doc = verb.doc
    if subject.ent_type_ == "PERSON" or not any(c.dep_ in CONTENT_DEPS and c.i < subject.i for c in verb.children):
        return None  # ('…, Mayor Ana Ruiz, a Democrat said': a person described, the comma forgotten)
    for appos in subject.children:
        if (
            appos.dep_ == "appos"
            and appos.i > subject.i
            and appos.right_edge.i == verb.i - 1
            and doc[appos.left_edge.i - 1].text == ","
            and appos.left_edge.lower_ not in ("a", "an")
        ):
            return appos
    return None


def _with_the_noun_read_as_subject(verb: Token, speaker: Span | None, content: tuple[int, int]) -> tuple[int, int]:
    """The report runs on over the noun the parser took for the subject, up to the comma before
    the real speaker ('She will not visit Venezuela, Japan’s foreign ministry said')."""
    if speaker is None or speaker.root.dep_ != "appos":
        return content
    misread = speaker.root.head
    if misread.dep_ not in SUBJECT_DEPS or misread.head.i != verb.i or content[1] > misread.idx:
        return content
    before_comma = verb.doc[speaker.root.left_edge.i - 2]
    return content[0], before_comma.idx + len(before_comma)


def _subject_at(node: Token, verb: Token) -> Token | None:
    """Who speaks at ``node`` (the cue, or a clause above it): its subject, a passive's agent,
    whoever answered an asking, or, at the cue, a name the parser misread."""
    # Two subjects happen when the parser reads into a quotation: the nearest one speaks.
    if any(_targeted_in_passive(c) for c in node.children):
        return _passive_agent(node)  # 'was accused by rivals of …': the rivals; else no one named
    subjects = [c for c in node.children if c.dep_ in SUBJECT_DEPS and not _addressed_in_passive(c)]
    subject = min(subjects, key=lambda c: abs(c.i - node.i)) if subjects else None
    if subject is not None and subject.i > node.i:
        subject = _head_of_one_phrase(subject, subjects)
    if subject is not None and _no_one(subject):
        subject = None  # 'Of Carson, Levine, who …, said': the parser's subject is no one
    if subject is not None and (after := _subject_after_a_dash_aside(subject)) is not None:
        subject = after  # '- addressed to the city attorney, Dana Cole - the senator asks'
    if subject is not None and (after := _subject_after_a_dateline(subject, node)) is not None:
        subject = after  # 'NEWBRIDGE, Mass. (Reuters) - Lumora Health … announced'
    if subject is not None and subject.pos_ == "NUM" and (named := name_before_its_age(subject)) is not None:
        subject = named  # 'Farrelly, 63, announced': the age is not who speaks
    passive_cue = node.i == verb.i and subject is not None and subject.dep_ == "nsubjpass"
    if passive_cue and (agent := _passive_agent(node)) is not None:
        return agent  # 'was recommended as a “key technology” by the panel': the panel
    if subject is None and (has_child(node, "auxpass") or node.tag_ == "VBN"):
        # 'was said by X', 'As reported by Reuters, …' (not 'said by telephone': no agent)
        subject = _agent(node)
    if subject is not None and subject.i < node.i:
        subject = _subject_read_as_an_apposition(subject, node) or subject
    if subject is None:
        subject = _name_read_as_modifier(node) or _name_read_as_a_conjoined_object(node)
    if subject is not None or node.i != verb.i:
        return subject
    if any(c.dep_ == "nsubjpass" and _addressed_in_passive(c) for c in verb.children):
        return None  # ('The coach, Tom Reyes, was asked what …': the parse has the hearer, no speaker)
    asking = _asking_answered_by(verb)
    if asking is not None and (answerer := subject_of(asking)) is not None:
        return answerer  # 'The governor, asked if …, said': the governor
    return next((found for repair in MISREAD_SUBJECT_REPAIRS if (found := repair(verb)) is not None), None)


DASHES = frozenset({"-", "—", "–", "--"})


def _dash_setting_off(token: Token) -> bool:
    """A dash that sets words off, with a space on one side at least: not the hyphen of a score
    or a range ('a 2-1 loss', '1990-94'), which opens no aside."""
    if token.text not in DASHES:
        return False
    return bool(token.whitespace_) or (token.i > 0 and bool(token.doc[token.i - 1].whitespace_))


def _subject_after_a_dash_aside(subject: Token) -> Token | None:
    """'In the letter - addressed to the city attorney, Dana Cole - the Utah Republican asks
    …': the parser took the name ending the aside between dashes for the subject and the words
    after the closing dash for its apposition. The aside opened before the name and closes right
    after it; the subject is what follows. Returns that apposition, else None."""
    sentence_start = subject.sent.start
    if subject.i + 1 >= len(subject.doc) or subject.doc[subject.i + 1].text not in DASHES:
        return None
    dashes_before = sum(_dash_setting_off(t) for t in subject.doc[sentence_start : subject.i])
    if dashes_before % 2 == 0:
        return None  # no aside open before the name: 'Cole - the Utah Republican - asks'
    return next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i + 1), None)


def _subject_after_a_dateline(subject: Token, verb: Token) -> Token | None:
    """'NEWBRIDGE, Mass. (Reuters) - Lumora Health, a maker of …, announced': the parser took the
    wire dateline's place for the subject and hung the real one on it. A subject inside the
    dateline opening its paragraph is no one; the phrase after the dateline, before the verb,
    is. Returns the head of that phrase, else None."""
    story = wire_dateline_at(doc_text(subject.doc), subject.idx)
    if story is None or subject.idx >= story:
        return None
    first = next((t for t in subject.doc[subject.i : verb.i] if t.idx >= story), None)
    if first is None:
        return None
    head = first
    while head.head.i != head.i and story <= head.head.idx and head.head.i < verb.i:
        head = head.head
    return head if head.pos_ in ("PROPN", "NOUN") else None


def name_before_its_age(age: Token) -> Token | None:
    """'Farrelly, 63, announced his bid': the capitalised word before an age set off by commas
    is the name it belongs to (not only letters: "Sean O'Brien, 17,", "Ken Griffey Jr., 19,").
    The parser may take such an age for the subject and the name for an adverb; an age is never
    who speaks."""
    name = word_before_its_age(age)
    return name if name is not None and name.text[:1].isupper() else None


def _clause_above(node: Token, verb: Token) -> Token | None:
    """The clause whose speaker speaks for a subjectless ``node``, or None."""
    if node.dep_ == "dep" and _lost_subject_clause(node):
        # 'Clinton, exasperated, famously responded: “…”': the parser made the participle
        # the root and hung the verb on it; the speaker is the root's subject
        return node.head
    if node.dep_ == "dobj" and node.lemma_.lower() in MEDIUM_NOUNS and node.i != verb.i:
        # 'Black Lives Matter issued a statement saying …': who issued it says it
        return node.head
    if node.i != verb.i and verb.dep_ == "acl" and verb.head.i == node.i and _hearers_of(node):
        # 'The senator emailed supporters saying: “…”': who wrote to them says it
        return node.head.head if _sent_to(node) else node.head
    if node.i == verb.i and (holder := _verb_holding_an_infinitive_on_a_noun(verb)) is not None:
        return holder
    if node.dep_ == "conj" and (sibling := _conjunct_with_its_own_subject_before(node)) is not None:
        return sibling
    if (clause := _clause_spliced_on_before(node)) is not None:
        return clause
    if node.dep_ in INHERITING_DEPS and node.head.i != node.i:
        # ('When Hale referred to the flood and said …, the crowd applauded': a clause of its
        # own, not a report, holds the verb)
        # ('said she voted no because the bill hurts families and added, “…”': inside a report,
        # the reporting verb above speaks)
        # ('Somm, who called it “reckless” and urged …': a relative clause is its subject's own)
        reported = node.head.dep_ not in ("advcl", "relcl") or _inside_a_report(node.head)
        if node.dep_ == "conj" and is_reporting_verb(node) and not is_reporting_verb(node.head) and reported:
            # 'Pence said it takes time but added, “…”': the parser hung 'added' on the
            # reported clause; the speaker is the subject of the report above it
            up = next((a for a in node.head.ancestors if is_reporting_verb(a)), None)
            if up is not None:
                return up
        return node.head
    if node.i != verb.i and node.dep_ == "acomp" and node.pos_ == "ADJ" and verb.head.i == node.i:
        # 'Advisers were quick to point out that …': who was quick says it ('It is worth noting
        # that …', 'it is fair to say': the writer's, with no one to say it)
        it = any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in node.head.children)
        return None if it else node.head
    if node.i != verb.i and node.lower_ in DEGREE_ADVERBS and node.dep_ == "advmod":
        return node.head  # 'went so far as to say': the degree adverb hangs on the verb
    if node.dep_ == "pcomp" and node.tag_ == "VBG" and node.head.dep_ == "prep":
        # "X said Y ... before claiming that": the reporting clause's subject claims
        clause = node.head.head
        if clause.pos_ in ("NOUN", "PROPN") and clause.dep_ in ("dobj", "pobj", "attr"):
            clause = clause.head if clause.dep_ != "pobj" else clause.head.head
            # 'made a point of saying …': the one who made the point says it
        return next((a for a in [clause, *clause.ancestors] if is_reporting_verb(a)), clause)
    return None


def _verb_holding_an_infinitive_on_a_noun(verb: Token) -> Token | None:
    """'The judge pointed to an earlier case to say that courts must weigh …': the parser hung
    the infinitive of purpose on the noun before it, as if the case were to say it; the subject
    of the verb holding the noun ('pointed') says it. Returns that verb."""
    noun = verb.head
    infinitive = verb.tag_ == "VB" and has_to_aux(verb)
    if not infinitive or verb.dep_ not in ("relcl", "acl") or noun.i > verb.i or noun.pos_ != "NOUN":
        return None
    if verb.lemma_.lower() not in SPEECH_VERBS or has_child(noun, "poss"):
        return None  # ('the president’s refusal to call it …': the possessor refuses)
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return None  # ('have no evidence to suggest …': nothing is said)
    holder = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ not in ("pobj", "dobj") or holder.pos_ != "VERB" or holder.i > noun.i:
        return None
    return holder if has_child(holder, "nsubj", "nsubjpass") else None


def _conjunct_with_its_own_subject_before(node: Token) -> Token | None:
    """'Reed opened the fair, and the band playing on its first night shows that it works': the
    parser hung 'playing' (with its subject 'the band') and 'shows' side by side on 'opened';
    a conjunct between them with a subject of its own begins a new clause, whose subject is the
    one a subjectless later conjunct shares, not the first verb's."""
    between = [
        c for c in node.head.children if c.dep_ == "conj" and node.head.i < c.i < node.i and c.pos_ in ("VERB", "AUX")
    ]
    return next((c for c in reversed(between) if any(g.dep_ in SUBJECT_DEPS for g in c.children)), None)


def _clause_spliced_on_before(node: Token) -> Token | None:
    """'He shrugs when asked about it, then looks out at the water and says: “…”': the parser
    made the first clause, which holds the subject, a side clause (parataxis) of the second,
    which is left with none. The clause before, joined by a comma, lends its subject to a
    subjectless verb. Not a quotation hung there ('“We won,” she said, then left'): its subject
    speaks inside it."""
    if node.pos_ not in ("VERB", "AUX") or any(c.dep_ in SUBJECT_DEPS for c in node.children):
        return None
    for clause in node.children:
        if clause.dep_ != "parataxis" or clause.i > node.i or clause.pos_ not in ("VERB", "AUX"):
            continue
        words = clause.doc[clause.left_edge.i : clause.right_edge.i + 1]
        if any(mark in words.text for mark in OPENING_QUOTE_CHARS) or words[-1].text != ",":
            continue
        if any(c.dep_ in SUBJECT_DEPS for c in clause.children):
            return clause
    return None


def _inside_a_report(clause: Token) -> bool:
    """The clause sits in what a reporting verb above it says ('said she voted no because …')."""
    return any(a.dep_ == "ccomp" and is_reporting_verb(a.head) for a in [clause, *clause.ancestors])


# Verbs whose object does what the infinitive after it says ('prompted Rubio to joke', 'leaving
# many to wonder whether …'). Not verbs of demanding ('requires staff to promise …', 'ordered
# him to say …'), whose object has not said it: the demand is what the words are.
OBJECT_CONTROL_VERBS = frozenset(
    {"prompt", "lead", "urge", "encourage", "force", "inspire", "invite", "spur", "compel", "persuade", "provoke",
     "leave", "allow", "cause"}
)


def _controlling_object(node: Token) -> Token | None:
    """'That prompted Pratt to make a joke and call the plan “clever”', 'a win that led her to
    declare …': the infinitive's speaker is the object of the verb it hangs on, not its subject."""
    head = node.head
    if node.dep_ != "xcomp" or head.i == node.i or head.lemma_.lower() not in OBJECT_CONTROL_VERBS:
        return None
    controller = next((c for c in head.children if c.dep_ == "dobj" and head.i < c.i < node.i), None)
    # ('You could leave it thinking that …': a thing left behind thinks nothing; you do)
    return None if controller is None or _mute(controller) else controller


# Pronouns of a thing or a situation, which say nothing ('It was a potent attack').
THING_PRONOUNS = frozenset({"it", "this", "that", "which"})


def _asks_who(subject: Token, clause: Token) -> bool:
    """'who' asking in an embedded question ('discussing who deserves credit'): a question about
    someone, no one it names; a relative 'who' ('an aide who said') stands for its noun."""
    return subject.tag_ == "WP" and subject.lower_ in ("who", "what") and clause.dep_ != "relcl"


def _reported_clause(clause: Token) -> bool:
    """The clause a reporting verb governs: 'that is a distortion' of 'He said that is …'."""
    return clause.dep_ == "ccomp" and is_reporting_verb(clause.head)


def _mute(subject: Token) -> bool:
    """A subject that cannot speak: a happening or idea, or 'it'/'this'."""
    return _names_an_event(subject) or subject.lower_ in THING_PRONOUNS


def _speaker_of_the_clause_before(participle: Token) -> Token | None:
    """'The first clash came …, when union members interrupted her, shouting “…”': a participle
    set off right after a clause the parser did not hang it on; that clause's subject speaks."""
    clause = _clause_ending_before(participle)
    if clause is None:
        return None
    subject = first_child(clause, "nsubj", "nsubjpass")
    speaks = subject is not None and subject.pos_ in ("NOUN", "PROPN", "PRON") and not _mute(subject)
    return subject if speaks else None


def _clause_ending_before(participle: Token) -> Token | None:
    """The verb of the clause that ends at the comma right before a participle, when the parser
    did not hang the participle inside it ('…, when union members interrupted her, shouting')."""
    doc = participle.doc
    if participle.tag_ != "VBG" or participle.i < 2 or doc[participle.i - 1].text != ",":
        return None
    last = doc[participle.i - 2]
    for node in (last, *last.ancestors):
        if node.right_edge.i != last.i or node.i >= participle.i:
            return None
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def _concession_before(participle: Token) -> Token | None:
    """'Olsen admitted some fault even as he defended the mayor, saying “…”': a participle set off
    right after a clause of concession goes on with it, though the parser hung it on the main
    clause; the concession's subject speaks. Returns that subject, else None."""
    clause = _clause_ending_before(participle)
    if clause is None or not _concedes(clause):
        return None
    # Only a personal pronoun, who is the main clause's person again: with a noun of its own
    # ('Ortiz thanked the crews, although the city had cut their pay, saying …') the main
    # subject speaks on
    subject = _speaker_of_the_clause_before(participle)
    return subject if subject is not None and subject.lower_ in PERSON_PRONOUNS else None


# Documents whoever puts them out writes: a statement, an ad, a report (not emails or videos,
# which a releaser may only pass on).
OWN_DOCUMENTS = frozenset(
    {"statement", "release", "communique", "communiqué", "announcement", "ad", "advertisement", "report",
     "memo", "op-ed", "editorial", "readout", "letter", "tweet", "post"}
)
# Things that carry written words, which speak for whoever holds, posts or adopts them ...
WRITTEN_THINGS = MEDIUM_NOUNS | {"sign", "caption", "piece", "resolution", "banner", "placard", "poster", "article"}
# ... but for what someone leaks or releases of others' making: 'Hackers released emails that
# said …', 'Police released a video that showed …'.
PASSED_ON = frozenset({"email", "e-mail", "video", "recording", "text", "message", "record", "document", "transcript"})
PASSING_ON_VERBS = frozenset({"release", "leak", "obtain", "reveal", "disclose", "hack", "publish", "share"})


def written_by_another(document: Token) -> bool:
    """The document names its own author: 'a letter written by their son', 'a memo from the
    agency', 'a video by a bystander'."""
    for child in document.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            return True
        if child.dep_ == "acl" and has_child(child, "agent"):
            return True
    return False


def _holder_of_written_thing(subject: Token) -> Token | None:
    """'Lee held up a sign that read “…”', 'Henry added the caption which reads “…”', 'the
    council voted for the resolution which said …': a relative 'which'/'that' whose thing
    carries words is no speaker; who held, added or adopted the thing is."""
    clause = subject.head
    if subject.lower_ not in ("which", "that") or clause.dep_ != "relcl":
        return None
    thing = clause.head
    if thing.lemma_.lower() not in WRITTEN_THINGS or written_by_another(thing):
        return None  # ('released a letter written by their son that said': the son's words)
    verb = thing.head
    if thing.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    if thing.dep_ not in ("dobj", "pobj") or verb.pos_ != "VERB":
        return None
    if thing.lemma_.lower() in PASSED_ON and verb.lemma_.lower() in PASSING_ON_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in ("which", "that")), None)


def _names_an_event(subject: Token) -> bool:
    """A subject naming a happening or an idea ('a campaign shakeup', 'the confrontation', 'the
    freeze'), which says nothing: the parser hung a participle on the wrong clause."""
    word = subject.lemma_.lower()
    if word in ORGANISATION_NOUNS or word in BODY_NOUNS:
        return False  # ('After the commission rejected the plan, saying …': a body speaks)
    return subject.pos_ == "NOUN" and (word.endswith(EVENT_SUFFIXES) or word in EVENT_NOUNS)


def _hearers_of(noun: Token) -> bool:
    """The object of a verb of addressing ('emailed supporters', 'told reporters'), or who a
    message went to ('sent out a text message to supporters saying: “…”'), on which the parser
    hangs the participle of what they were told."""
    if _sent_to(noun):
        return True
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in ADDRESSEE_VERBS:
        return False
    # ('reminded players complaining about “…” that the game was lost', 'asked voters saying …
    # to call': the verb tells them something else, so the participle is the hearers' own)
    return not has_child(noun.head, "ccomp", "xcomp")


# Verbs of sending words to someone: 'sent a message to supporters', 'wrote to members'.
SENDING_VERBS = frozenset({"send", "write", "mail", "email", "e-mail", "text", "deliver"})


def _sent_to(noun: Token) -> bool:
    """Who a verb of sending words sends them to: 'to supporters' after 'sent out a message'."""
    to = noun.head
    if noun.dep_ != "pobj" or to.lower_ != "to" or to.dep_ not in ("dative", "prep"):
        return False
    return to.head.pos_ == "VERB" and to.head.lemma_.lower() in SENDING_VERBS


def _speaker_before_opening_participle(verb: Token) -> Token | None:
    """'Maher stated that the report “wasn’t good.” Adding, “Now …”': a sentence opened by a
    participle that goes on with a report is the speaker's of the report before it."""
    sent = verb.sent
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in CONTINUING_PARTICIPLES or sent.start == 0:
        return None
    # ('Adding, “…”' however the parser hung it on the quotation's clauses)
    after = [t.text for t in verb.doc[verb.i + 1 : verb.i + 4] if not t.is_space][:2]
    opens_quotation = len(after) == 2 and after[0] in (",", ":") and after[1] in OPENING_QUOTE_CHARS
    if not opens_quotation and verb.head.i != verb.i and any(c.dep_ in SUBJECT_DEPS for c in verb.head.children):
        return None  # ('Noting that turnout was “low,” Bell said …': the clause it opens has its speaker)
    if any(not t.is_punct and not t.is_space for t in verb.doc[sent.start : verb.i]):
        return None
    before = verb.doc[sent.start - 1].sent
    for cue in reversed([t for t in before if is_reporting_verb(t)]):
        subject = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            return subject
    return None


def _head_of_one_phrase(subject: Token, subjects: list[Token]) -> Token:
    """'said study co-author Maria Lindqvist': the parser split one phrase after the verb into
    two subjects ('co', 'Lindqvist'); the phrase's last one is its head."""
    doc = subject.doc
    later = [s for s in subjects if s.i > subject.i]
    for other in sorted(later, key=lambda s: s.i):
        if any(t.is_punct and t.text not in ("-", "–") for t in doc[subject.i + 1 : other.i]):
            break
        subject = other
    return subject


# 'went so far as to say', 'was bold enough to say': the adverb between the verb and 'say'.
DEGREE_ADVERBS = frozenset({"far", "enough"})


def _inside_the_report_of(clause: Token, participle: Token) -> bool:
    """'insisted it was “premature” …, while adding …': a participle that goes on with the
    report ('adding', 'noting'), which the parser hung inside it, is the reporter's; other
    participles there are the report's own ('alleges that the company fired her, saying …')."""
    reporter = _participle_in_a_report(participle)
    if reporter is None or reporter.i != clause.head.i or clause.i > participle.i:
        return False
    lemma = participle.lemma_.lower()
    if lemma in CONTINUING_PARTICIPLES:
        return True
    # 'argued that a database would …, saying it’s “all about management”': a database says
    # nothing; but 'Police said the driver fled, shouting …' is the driver's
    subject = subject_of(clause)
    return lemma in SAYING_PARTICIPLES and subject is not None and not _could_speak(subject)


# Endings and nouns of happenings and ideas, which say nothing ('shakeup', 'confrontation').
EVENT_SUFFIXES = ("tion", "sion", "ness", "ity", "ship", "ism", "up", "ure")
EVENT_NOUNS = frozenset({"incident", "freeze", "rationale", "win", "loss", "taste", "notion", "idea", "crash"})
# ... but bodies of people ending so speak ('the commission', 'the university', 'the group').
BODY_NOUNS = frozenset(
    """
    administration commission corporation delegation opposition institution nation station legislature
    city community authority majority minority leadership membership publication television division
    mission municipality congregation prosecution defense defence
    """.split()
)
# Participles that go on with a report rather than tell of its subject ...
CONTINUING_PARTICIPLES = frozenset({"add", "note"})
# ... and those that do so when the report's subject cannot speak.
SAYING_PARTICIPLES = frozenset({"say", "state", "remark", "argue", "insist", "explain", "stress", "contend", "assert"})
# Pronouns of people, who can speak for themselves.
SPEAKING_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "you", "him", "her", "them"})


def _could_speak(subject: Token) -> bool:
    named = subject.ent_type_ in ("PERSON", "ORG", "NORP") or subject.pos_ == "PROPN"
    return named or subject.lower_ in SPEAKING_PRONOUNS


def _participle_in_a_report(participle: Token) -> Token | None:
    """The reporting verb whose that-clause the parser hung a participle on ('stated, while
    testifying, that …', 'insisted it was … while adding …'), else None."""
    node = participle.head
    while node.dep_ in ("xcomp", "advcl", "conj") and node.head.i != node.i:
        node = node.head  # 'it was “premature” to back her … while adding': up to the clause
    if participle.tag_ != "VBG" or participle.dep_ != "advcl" or node.dep_ != "ccomp":
        return None
    return node.head if is_reporting_verb(node.head) and node.head.i < participle.i else None


def _addressed_in_passive(subject: Token) -> bool:
    """'Sanders was asked: “…?”', 'his salespeople were told, “…”': the subject heard the words."""
    verb = subject.head
    return subject.dep_ == "nsubjpass" and verb.lemma_.lower() in ADDRESSEE_VERBS


def _targeted_in_passive(subject: Token) -> bool:
    """'The party was accused of misleading voters', 'Ames is charged with fraud': the subject is
    who the words were about, not who said them (the accusers go unnamed)."""
    return subject.dep_ == "nsubjpass" and subject.head.lemma_.lower() in TARGET_VERBS


def _speaker_beside_cue(verb: Token) -> Span | None:
    """The speaker's words next to a cue whose subject the parser lost: before it ('a man yelled
    “…”', '” the 43-year-old asked') or, inverted, after it ('”, tweeted Rubio spokesman Alex
    Conant', 'Continued Stone: “…”')."""
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.i < verb.i:
        return noun_phrase(verb.head)  # a past-tense verb the parser hung on its subject
    if verb.dep_ in ("acl", "relcl") and verb.head.i < verb.i and _participle_for_the_verb(verb):
        return noun_phrase(verb.head)
    if _active_participle_on_its_speaker(verb):
        return noun_phrase(verb.head)
    if verb.tag_ == "VBG":
        return None  # the parser reads a participle's object as its subject
    opening = verb.i == verb.sent.start and verb.tag_ in ("VBD", "VBN") and not _fronted_adjunct(verb)
    if opening or (verb.tag_ in FINITE_TAGS and _right_after_close(verb)):
        return _name_run_after(verb)
    return _phrase_after_close(verb) or _described_speaker_after_close(verb)


def _fronted_adjunct(verb: Token) -> bool:
    """'Worried the region might miss its target, the government proposed a levy': a participle
    opening the sentence as an adjunct of a later clause with its own subject is that subject's
    (the government worries); the words after the participle are what it reports, not an
    inverted speaker as in 'Continued Stone: “…”'."""
    head = verb.head
    if verb.dep_ != "advcl" or head.i <= verb.i:
        return False
    return any(c.dep_ in SUBJECT_DEPS and c.i > verb.i for c in head.children)


def _active_participle_on_its_speaker(verb: Token) -> bool:
    """'…, with forecasters warning that pollution will reach …': in the absolute construction
    'with NOUN V-ing', the noun is the participle's subject; the forecasters warn. (Elsewhere a
    participle on an object speaks for the sentence's subject: 'she released a statement saying'.)"""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "acl" or head.i > verb.i or head.pos_ not in ("NOUN", "PROPN"):
        return False
    return head.dep_ == "pobj" and head.head.lower_ == "with" and head.lemma_.lower() not in SAID_OR_SHOWN_THINGS


# Things said or shown, whose maker is the speaker, not the thing: 'with a March speech denouncing
# …', 'with cable spots casting him as …', 'with a reference calling …', 'wrote to members with a
# leaflet saying …'.
SAID_OR_SHOWN_THINGS = (
    WRITTEN_THINGS | NOMINAL_CUES | {"speech", "reference", "address", "spot", "image"}
    | {"leaflet", "flyer", "pamphlet", "brochure", "booklet", "card", "notice", "clip", "photo", "picture"}
)


def _participle_for_the_verb(verb: Token) -> bool:
    """'Speaker Paul Ryan, …, on Tuesday called the remarks “racist,”': the parser read the past
    tense as a participle on the name and left the sentence no verb; the name is the subject.
    (With a verb of its own, 'Smith, called a hero by the mayor, said …' is a participle.)"""
    head = verb.head
    return (
        verb.tag_ == "VBN"
        and (head.dep_ == "ROOT" or _reports_a_that_clause(verb))
        and head.pos_ in ("PROPN", "NOUN")
        and not has_child(verb, "agent", "auxpass", "aux")
    )


def _reports_a_that_clause(verb: Token) -> bool:
    """'Lumbra’s parent company, The Lum Group, announced on Sept. 30 that it was withdrawing …',
    the verb read as a participle on the noun: a participle describing a noun does not report a
    'that' clause (the thing announced is not the company), so it is the noun's past tense. Not
    a verb of telling, whose participle heard one: 'Smith, told that he would lose, …'."""
    if verb.lemma_.lower() in ADDRESSEE_VERBS:
        return False
    return any(
        c.dep_ == "ccomp" and c.i > verb.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in verb.children
    )


# A closing mark just before an inverted verb ('”, grumbled'), not the apostrophe of a
# contraction ('You’re promised a smooth ride': 'a smooth ride' is no speaker).
CLOSING_MARK_BEFORE = re.compile(r"[”\"’](?![A-Za-z])")


def _inverted_subject(verb: Token) -> Token | None:
    """'“...,” grumbled trader Sam Ortiz': after a closing quote, the parser often makes the
    speaker an object; the noun right after the verb is the speaker."""
    doc = verb.doc
    before = doc_text(doc)[max(0, verb.idx - 4) : verb.idx]
    if not CLOSING_MARK_BEFORE.search(before):
        return _name_after_close(verb)
    if verb.tag_ == "VBG":
        return None  # '“fantastic,” telling reporters that …': the object is told, not telling
    for child in verb.rights:
        if child.dep_ in ("dobj", "attr", "dep", "npadvmod", "oprd") and (
            child.pos_ in ("PROPN", "NOUN") or _one_of_several(child)
        ):
            return child
        if child.dep_ not in ("punct", "advmod"):
            break
    return None


# Words standing for one of a group named before: '“…,” tweeted another', '“…,” read one'.
ONE_OF_SEVERAL = frozenset({"one", "another"})


def _one_of_several(token: Token) -> bool:
    """'another' or 'one' alone, the noun left out ('another [supporter]'), not 'one of them'
    or a count ('read one page')."""
    return token.lower_ in ONE_OF_SEVERAL and not any(True for _ in token.children)


CLOSING_TOKENS = frozenset(CLOSING_QUOTES)
# Tags the small model gives a capitalised surname it does not know: 'said Skelly,' (ADV).
MISREAD_NAME_POS = ("ADV", "X", "INTJ")
# An inverted speaker goes with a finite verb ('”, tweeted X'), never a participle ('”, saying the
# city …' hangs on the sentence's own speaker).
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Parts of speech a speaker's head never has.
NOT_A_SPEAKER_POS = frozenset({"CCONJ", "SCONJ", "PUNCT", "PART"})
# Words a speaker's description runs over after an inverted verb: 'tweeted Rubio spokesman Alex
# Conant', 'said the 43-year-old'.
NAME_RUN_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "NUM"})
# How far back from its verb an inverted speaker's name may start: '“…,” Brent Bozell III,
# founder of the Media Research Center, tells …'.
NAME_BEFORE_VERB = 40


def _name_after_close(verb: Token) -> Token | None:
    """'“…,” Brent Bozell III, founder of X, tells': the parser hangs the name in the quote."""
    doc = verb.doc
    in_apposition = verb.i > 0 and doc[verb.i - 1].text == ","
    for i in range(verb.i - 1, max(verb.sent.start - 1, verb.i - NAME_BEFORE_VERB, 0), -1):
        if doc[i].text not in CLOSING_TOKENS:
            continue
        if i + 1 >= verb.i:
            return None  # '“Meh,” wrote a supporter': the verb follows the close
        end = i
        while end + 1 < verb.i and _in_name_run(doc[end + 1]):
            end += 1
        names = [t for t in doc[i + 1 : end + 1] if t.pos_ == "PROPN"]
        if not names:
            # '”, Texas delegate Bill Eastland, wearing “Ted Cruz” pins, said': a label's close
            # inside the apposition; look further back
            if in_apposition:
                continue
            return None
        end = names[-1].i
        between = doc[end + 1 : verb.i]
        set_apart = len(between) >= 2 and between[0].text == "," and between[-1].text == ","
        if not set_apart and any(t.pos_ in ("VERB", "AUX") for t in between):
            return None  # '”, Peskov told X, adding that … signs suggesting': another clause's name
        # ('”, Mr. Daniloff, now 81 and retired in Cambridge, said': an apposition between commas)
        return doc[end]
    return None


def _right_after_close(verb: Token) -> bool:
    """'“…,” tweeted': only punctuation between a closing mark and the verb."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].is_punct and doc[i].text not in CLOSING_TOKENS:
        i -= 1
    return i >= 0 and doc[i].text in CLOSING_TOKENS


# Subjects that name no speaker: "Let’s hope …" (the writer and the reader).
NO_ONE_WORDS = frozenset({"’s", "'s"})
# ... and passive subjects that name nothing: 'what is called a “debate”', 'what is predicted'.
NO_ONE_PASSIVE_WORDS = frozenset({"what", "whatever"})


def _no_one(subject: Token) -> bool:
    """A conjunction, or a preposition with its object ('Of Carson'), but not 'Al From'."""
    if subject.pos_ == "ADP":
        return has_child(subject, "pobj")
    return (
        (subject.pos_ in NOT_A_SPEAKER_POS and not subject.ent_type_)
        or subject.lower_ in NO_ONE_WORDS
        or (subject.dep_ == "nsubjpass" and subject.lower_ in NO_ONE_PASSIVE_WORDS)
    )


def _in_name_run(token: Token) -> bool:
    """A word of a description: 'retired neurosurgeon Ben Carson' ('retired' is a verb's form)."""
    if token.is_punct:
        return False
    if token.ent_type_ in SPEAKER_LABELS:
        return True  # '“…,” said Skelly,' with 'Skelly' tagged an adverb
    return token.pos_ in NAME_RUN_POS or (token.dep_ in ("amod", "compound") and token.tag_ in ("VBN", "VBG"))


def _name_run_after(verb: Token) -> Span | None:
    """'“Debate recap,” tweeted Rubio spokesman Alex Conant': the parser hung the name off the
    verb (or the verb off the name); the speaker is the name-like run after the verb, ending
    at its last proper noun (or at its noun when it has none)."""
    doc = verb.doc
    end = verb.i + 1
    if end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper() and doc[end].pos_ in MISREAD_NAME_POS:
        end += 1  # '“…,” said Skelly, explaining …': the name the tagger took for an adverb
    while end < len(doc) and end < verb.sent.end and _in_name_run(doc[end]):
        end += 1
    words = doc[verb.i + 1 : end]
    heads = [t for t in words if t.pos_ in ("PROPN", *MISREAD_NAME_POS)] or [t for t in words if t.pos_ == "NOUN"]
    if not heads:
        return None
    return doc[verb.i + 1 : heads[-1].i + 1]


def _phrase_after_close(verb: Token) -> Span | None:
    """'“What if …?” the 43-year-old asked': a short description between the closing mark and
    the verb, which the parser made the root with the verb hanging on it."""
    doc = verb.doc
    start = verb.i - 1
    while start > verb.sent.start and (doc[start].pos_ in NAME_RUN_POS or doc[start].text == "-"):
        start -= 1
    if start == verb.sent.start and start > 0 and doc[start - 1].text in CLOSING_TOKENS:
        start -= 1  # the splitter cut the sentence at the closing mark: '…?” | the 43-year-old asked'
    if start == verb.i - 1 or doc[start].text not in CLOSING_TOKENS:
        return None
    words = doc[start + 1 : verb.i]
    if words[-1].pos_ not in ("NOUN", "PROPN", "ADJ") or not any(t.pos_ != "DET" for t in words):
        return None
    return words


# Marks a quotation hands over with: '“…,” a source, who …, told', '“…?” asked'.
HANDOVER_MARKS = frozenset({",", "?", "!"})


def _described_speaker_after_close(verb: Token) -> Span | None:
    """'“…,” an intelligence source, who was not authorized to speak, told Fox News', '“…,” Nate
    Silver, the polling guru who founded the site tweeted': the parser hung the speaker, and the
    description set off after it, in the quotation. The noun phrase right after a closing mark
    that hands over (a comma inside it) speaks when only its description stands before the verb."""
    doc = verb.doc
    close = next((i for i in range(verb.i - 1, max(verb.sent.start - 1, verb.i - NAME_BEFORE_VERB, 0), -1)
                  if doc[i].text in CLOSING_TOKENS), None)
    if close is None or doc[close - 1].text not in HANDOVER_MARKS:
        return None
    end = close + 1
    while end < verb.i and _in_name_run(doc[end]):
        end += 1
    if end == close + 1 or end >= verb.i or doc[end].text != "," or doc[end - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    description = doc[end + 1 : verb.i]
    if any(t.text in CLOSING_TOKENS or t.tag_ == "``" for t in description):
        return None
    # ('”, Peskov told X, adding …': a clause of its own, not a description, stands between)
    if any(t.pos_ in ("VERB", "AUX") and not _in_a_relative_clause(t, end) for t in description):
        return None
    return doc[close + 1 : end]


def _in_a_relative_clause(token: Token, start: int) -> bool:
    """Whether a word belongs to a relative clause ('who founded the site') opening after ``start``."""
    return any(t.dep_ == "relcl" and t.i > start for t in (token, *token.ancestors))


def _lost_subject_clause(node: Token) -> bool:
    """A verb the parser hung as 'dep' on an earlier past participle that has the subject."""
    head = node.head
    return (
        head.i < node.i
        and head.tag_ in ("VBD", "VBN")
        and any(c.dep_ in SUBJECT_DEPS and c.i < head.i for c in head.children)
    )


# A party-and-state tag after a lawmaker's name: '(R-Wis.)', '(D-MN)'.
PARTY_TAG_MAX_TOKENS = 6
PARTY_TAG = re.compile(r"[A-Z]{1,3}[-–][A-Z][\w.]*")


def _name_read_as_adverb(verb: Token) -> Token | None:
    """'Still, Early says Ubisoft are …', '…, but Early still says …': a capitalised word the
    tagger read as an adverb or adjective right before the verb (or its lower-case adverbs), after
    punctuation or a conjunction, not opening the sentence, is a name."""
    if verb.i < 2 or verb.tag_ not in FINITE_TAGS:
        return None
    doc = verb.doc
    at = verb.i - 1
    while at > verb.sent.start and doc[at].dep_ == "advmod" and doc[at].is_lower and doc[at].head.i == verb.i:
        at -= 1  # ('but Early still says': a lower-case adverb of the verb between)
    word = doc[at]
    if word.pos_ not in ("ADV", "ADJ") or not word.text[:1].isupper() or word.i == verb.sent.start:
        return None
    before = doc[word.i - 1]
    return word if before.is_punct or before.pos_ == "CCONJ" else None


def _name_read_as_modifier(verb: Token) -> Token | None:
    """'Black Lives Matter issued a statement saying …': a name right before a verb without a
    subject, which the parser hung on the verb as a modifier ('Matter' as an adverb), is its
    subject. Not a day or a time ('Monday')."""
    if verb.i == 0 or verb.pos_ not in ("VERB", "AUX"):
        return None
    word = verb.doc[verb.i - 1]
    if word.head.i != verb.i or word.dep_ not in ("advmod", "npadvmod") or word.pos_ != "PROPN":
        return None
    return word if not in_a_time(word) else None


def _name_read_as_a_conjoined_object(verb: Token) -> Token | None:
    """'prosecutors charged the officer with murder and Emanuel fired his police chief, …': the
    parser joined the name after 'and' to the noun before it ('murder and Emanuel') and left the
    joined verb right after the name with no subject. A person's name right before a conjoined
    verb without a subject is its subject; so is a body's before the verb's own auxiliaries
    ('the Ledger will brand you a liar and Channel 5 will accuse you of …')."""
    if verb.i < 2 or verb.dep_ != "conj" or verb.pos_ != "VERB":
        return None
    first = verb.i
    while first > 0 and verb.doc[first - 1].head.i == verb.i and verb.doc[first - 1].dep_ in ("aux", "neg"):
        first -= 1
    name = verb.doc[first - 1]
    if name.dep_ == "nummod" and name.head.i < name.i:
        name = name.head  # ('Channel 5')
    speaking = name.ent_type_ == "PERSON" or (first < verb.i and name.ent_type_ == "ORG")
    if name.dep_ != "conj" or name.pos_ != "PROPN" or not speaking or name.head.pos_ == "VERB":
        return None
    joined = verb.doc[name.left_edge.i - 1]
    return name if joined.dep_ == "cc" and joined.lower_ == "and" else None


def _subject_hung_on_a_modifier(verb: Token) -> Token | None:
    """'Farmers downstream said the decision would …', 'Residents nearby told …': a place adverb
    after the subject noun, and the parser hangs the noun on the adverb, which it hangs on the
    verb. An adverb takes no subject; the noun before it, sitting right before the verb, is the
    verb's."""
    if verb.i < 2 or verb.pos_ not in ("VERB", "AUX"):
        return None
    word = verb.doc[verb.i - 1]
    if word.head.i != verb.i or word.dep_ not in ("advmod", "npadvmod") or word.pos_ != "ADV":
        return None
    return next((c for c in word.children if c.dep_ in SUBJECT_DEPS and c.i < word.i), None)


# Tags of a past form, which no modal governs ('will wrote' is no English).
PAST_TAGS = frozenset({"VBD", "VBN"})


def _name_read_as_modal(verb: Token) -> Token | None:
    """'“…,” Will wrote.': a capitalised word the tagger read as a modal right before a past
    form, after punctuation, is a name (Will, May): a modal takes the bare verb."""
    if verb.i < 2 or verb.tag_ not in PAST_TAGS:
        return None
    word = verb.doc[verb.i - 1]
    if word.tag_ != "MD" or word.head.i != verb.i or not word.text[:1].isupper():
        return None
    return word if verb.doc[word.i - 1].is_punct else None


def _name_before_party_tag(verb: Token) -> Token | None:
    """'…, House Speaker Rep. Paul Ryan (R-Wis.) said “…”': the parser hung the name elsewhere
    (an apposition of the words before) and left the verb without a subject."""
    doc = verb.doc
    if verb.i < 3 or doc[verb.i - 1].text != ")":
        return None
    opening = next((i for i in range(verb.i - 2, max(verb.sent.start, verb.i - PARTY_TAG_MAX_TOKENS) - 1, -1)
                    if doc[i].text == "("), None)
    if opening is None or opening == 0 or not PARTY_TAG.fullmatch(doc[opening + 1 : verb.i - 1].text.replace(" ", "")):
        return None  # ('Jane Doe (pictured) said' is no party tag)
    name = doc[opening - 1]
    return name if name.pos_ == "PROPN" and name.ent_type_ == "PERSON" else None


def _name_before_relative(verb: Token) -> Token | None:
    """'Sanders, meanwhile, who has no such endorsements, said …': the parser gave the subject to
    the relative clause; the name before ', who' (and an adverb set off by commas) speaks."""
    doc = verb.doc
    if verb.i < 4 or doc[verb.i - 1].text != "," or verb.tag_ not in FINITE_TAGS:
        return None  # (a participle, '…, who is under investigation, saying …', has its own way up)
    who = next((t for t in doc[max(verb.sent.start, verb.i - NAME_BEFORE_VERB) : verb.i - 1]
                if t.lower_ == "who" and t.i > 0 and doc[t.i - 1].text == ","), None)
    if who is None or any(t.text == "," for t in doc[who.i : verb.i - 1]):
        return None  # the relative clause must run up to the comma before the verb
    i = who.i - 2
    if i > 1 and doc[i].pos_ == "ADV" and doc[i - 1].text == ",":
        i -= 2  # ', meanwhile,'
    if i < 0 or doc[i].pos_ not in ("PROPN", "NOUN") or not (doc[i].text[:1].isupper() or doc[i].pos_ == "NOUN"):
        return None
    if doc[i].dep_ == "pobj" or (i > 0 and doc[i - 1].pos_ == "ADP"):
        return None  # 'Residents of Flint, who …, said': the residents speak, not Flint
    return doc[i]


def _name_hung_elsewhere(verb: Token) -> Token | None:
    """'…, for his wife, former president Bill Clinton said his wife was …': the parser hung the
    name right before the verb on a noun before it (an apposition), leaving the verb no subject."""
    if verb.i < 1 or verb.tag_ not in FINITE_TAGS:
        return None
    name = verb.doc[verb.i - 1]
    if name.pos_ != "PROPN" or name.ent_type_ not in ("PERSON", "ORG") or name.head.i > name.i:
        return None  # (a name hung on something after it is part of that, not a lost subject)
    return name


def _apposition_before_verb(verb: Token) -> Token | None:
    """'In an interview with the hosts, Joe Doe and Ann Roe, the Democratic candidate stated …',
    '…, a White House official who spoke anonymously said …': the parser hung the subject, set
    off by a comma, as an apposition of the words before it and left the verb none."""
    doc = verb.doc
    if verb.tag_ not in FINITE_TAGS:
        return None
    end = _before_auxiliaries(verb)  # the last word of the phrase before the verb
    if end <= verb.sent.start:
        return None
    for token in (doc[end], *doc[end].ancestors):
        if token.i >= verb.i or token.right_edge.i != end:
            return None
        if token.dep_ == "appos" and token.pos_ in ("NOUN", "PROPN") and token.head.i < token.i:
            start = token.left_edge.i
            if start <= verb.sent.start or doc[start - 1].text != "," or _after_according_to(token):
                return None
            return token
    return None


def _speaker_read_into_a_clause_before(verb: Token) -> Token | None:
    """'Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott, said he …': the
    parser read the speaker and the description after the name as a clause hung on the verb
    (its report the clause after the verb); the speaker is the noun phrase opening that clause,
    set off from its description by a comma or a dash."""
    left = next((c for c in verb.children if c.dep_ in CONTENT_DEPS and c.i < verb.i), None)
    if left is None or not any(c.dep_ in CONTENT_DEPS and c.i > verb.i for c in verb.children):
        return None
    doc = verb.doc
    between = doc[left.right_edge.i + 1 : verb.i]
    if not (
        doc[left.right_edge.i].text in SETTING_OFF_MARKS
        or (between and between[0].text in SETTING_OFF_MARKS)
    ) or any(not (t.is_punct or t.dep_ == "advmod") for t in between):
        return None  # the clause runs into the verb, set off: 'Salkin, a rabbi …, said'
    head = _phrase_head(left.left_edge)
    if head.pos_ not in ("NOUN", "PROPN") or head.i >= left.i:
        return None
    after = noun_phrase(head).end
    return head if after < verb.i and doc[after].text in SETTING_OFF_MARKS else None


def _speaker_opening_the_clause_after(verb: Token) -> Token | None:
    """'He had a voice in decisions, said a former spokesman for the ministry, Oleg Voloshyn, who
    also ran in the bloc Mr. Manafort helped form': the parser read the inverted speaker into a
    clause after the verb (its subject deep in the relative); the noun phrase right after the
    comma and the verb, not that clause's subject, is who said it."""
    doc = verb.doc
    if verb.tag_ not in FINITE_TAGS or verb.i < 1 or doc[verb.i - 1].text != "," or verb.i + 1 >= len(doc):
        return None
    after = next((c for c in verb.children if c.dep_ in CONTENT_DEPS and c.i > verb.i), None)
    if after is None or after.left_edge.i != verb.i + 1:
        return None
    # the subject next to the clause's verb (the parser may give it the speaker as a second one)
    subjects = [c for c in after.children if c.dep_ in SUBJECT_DEPS and c.i < after.i]
    subject = subjects[-1] if subjects else None
    if subject is None or subject.left_edge.i == verb.i + 1:
        return None
    head = _phrase_head(doc[verb.i + 1])
    return head if head.pos_ in ("NOUN", "PROPN") and head.i < subject.left_edge.i else None


def _phrase_head(first: Token) -> Token:
    """The noun heading the phrase that opens at ``first`` (up the nouns starting there)."""
    head = first
    while head.head.i != head.i and head.head.left_edge.i == head.left_edge.i and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head
    return head


# What sets a description off from the name it describes: 'Salkin, a rabbi', 'the brand - a …'.
SETTING_OFF_MARKS = frozenset({",", "-", "–", "—", "("})


def _after_according_to(token: Token) -> bool:
    """'According to the polls, majorities say …': the clause is reported by the 'according to'
    frame the parser hung it in, not a verb of its own with a lost subject."""
    return any(a.lower_ == "according" for a in token.ancestors)


def _subject_read_as_object_of_as(verb: Token) -> Token | None:
    """'As Akhil Amar, professor of law, put it, “…”': the parser read 'As' as a preposition
    with the speaker its object and left 'put' without a subject."""
    marker = next((c for c in verb.children if c.lower_ == "as" and c.dep_ in ("mark", "prep") and c.i < verb.i), None)
    if marker is None:
        return None
    return next((c for c in marker.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)  # not "As part of"


def _name_before_apposition(verb: Token) -> Token | None:
    """'On Dec. 2, Col. Steven Warren, a military spokesman, said': the parser lost the subject."""
    name = _name_set_off_before(verb)
    if name is not None and verb.tag_ == "VBG" and _in_an_object(name):
        # 'wrote to the president, Lee Bollinger, calling …', 'attacked banker Tom Holt, with
        # whom he argued, calling him a “coward”': the writer and the attacker call
        return None
    return name


# Dependencies of a noun that is what a verb or a preposition acts on, not who acts.
OBJECT_DEPS = frozenset({"pobj", "dobj", "dative"})


def _in_an_object(name: Token) -> bool:
    """A name that is, or is set beside, the object of a preposition or a verb ('to the
    librarian, Anna Kowal', 'attacked banker Tom Holt'), however the parser hung it."""
    doc = name.doc
    start = _proper_name_start(name)
    beside = doc[start - 2] if start > 1 and doc[start - 1].text == "," else name
    return any(t.dep_ in OBJECT_DEPS or (t.dep_ == "appos" and t.head.dep_ in OBJECT_DEPS) for t in (name, beside))


def _proper_name_start(token: Token) -> int:
    """Where the run of proper nouns ending at ``token`` starts: 'Anna Kowal' of 'Kowal'."""
    start = token.i
    while start > 0 and token.doc[start - 1].pos_ == "PROPN":
        start -= 1
    return start


def _name_set_off_before(verb: Token) -> Token | None:
    """The name before the comma (and the apposition) before the verb."""
    doc = verb.doc
    comma = _before_auxiliaries(verb)
    if comma < 1 or doc[comma].text != ",":
        return None
    right_before = doc[comma - 1]
    if right_before.pos_ == "PROPN" and right_before.ent_type_ == "PERSON":
        # 'her senior policy adviser, Jake Sullivan, said': the name is the whole apposition
        # (not 'a friend of Jake Sullivan, said')
        start = _proper_name_start(right_before)
        if start > 0 and doc[start - 1].text == ",":
            return right_before
    for i in range(comma - 1, max(verb.sent.start, verb.i - NAME_BEFORE_VERB), -1):
        if doc[i].text == ",":
            name = doc[i - 1] if i > verb.sent.start else None
            return name if name is not None and name.pos_ == "PROPN" and name.ent_type_ == "PERSON" else None
        if doc[i].text in CLOSING_TOKENS:
            return None
    return None


def _before_the_verb(token: Token, verb: Token) -> bool:
    """An auxiliary, 'not' or an adverb of the verb ('had said', 'has repeatedly said'); not the
    'to' of an infinitive ('…, Janet Yellen, to argue', where Yellen is no subject)."""
    return token.head.i == verb.i and token.pos_ in ("AUX", "PART", "ADV") and token.tag_ != "TO"


def adjacent_speaker(verb: Token) -> Span | None:
    """'“My apologies,” Quick said': when the parser takes the quotation for the subject, the
    name right before the verb (or right after it: 'said Quick') is the speaker. Not for a
    participle, whose neighbours are its object ('telling the crowd, “…”') or its clause."""
    if verb.tag_ == "VBG":
        return None
    doc = verb.doc
    left = verb.i - 1
    while left >= 0 and doc[left].pos_ in ("ADV", "AUX", "PART") and doc[left].dep_ in ("advmod", "aux", "neg"):
        left -= 1
    # ('“…,” Rep. Dana Whitcomb, Democrat of Ohio, told Mr. Harlan': who is told comes after
    # 'told', never who tells)
    sides = (left,) if verb.lemma_.lower() in ADDRESSEE_VERBS else (left, verb.i + 1)
    for index in sides:
        if not 0 <= index < len(doc):
            continue
        token = doc[index]
        if token.pos_ in ("PROPN", "PRON") or (token.pos_ == "NOUN" and index < verb.i):
            return _name_run(token)
    # '“…,” Trump, the 2016 GOP frontrunner, said when …': the name after the closing mark
    named = _name_after_close(verb)
    if named is not None:
        return _name_run(named)
    # '“Meh,” wrote a Trump supporter who ...': the noun phrase after the verb
    after = next((c for c in verb.rights if c.dep_ not in ("punct", "advmod", "npadvmod")), None)
    if after is not None and after.pos_ in ("NOUN", "PROPN") and after.dep_ in ("dobj", "nsubj", "attr", "dep", "oprd"):
        return noun_phrase(after)
    return None


def _name_run(token: Token) -> Span:
    """The run of name-like tokens around a token: 'White House official', 'Becky Quick'."""
    doc = token.doc
    kinds = ("PROPN", "NOUN", "ADJ", "DET", "NUM")
    start = token.i
    while start > 0 and doc[start - 1].pos_ in kinds and not doc[start - 1].is_punct:
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    return doc[start:end]


# Words that single out who spoke without being part of the name ('Almost everyone' keeps 'Almost').
FOCUSING_ADVERBS = frozenset({"even", "only", "also", "just", "too"})


def noun_phrase(head: Token) -> Span:
    """A mention's words: from its left edge to its head, plus 'of/for X' after a head noun.

    Appositions and relative clauses are left out: "Taavi Veskimägi, the head of Elering"
    names the speaker as "Taavi Veskimägi".
    """
    doc = head.doc
    start = head.left_edge.i
    # "Zelenskyy, for his part," : no commas inside a pre-head stretch
    for t in doc[start : head.i]:
        if t.dep_ == "punct" and t.text == ",":
            start = t.i + 1
    # 'even she', 'only Trump': a focusing adverb is not part of who is named; nor is the
    # closing mark or comma the parser hung on the speaker ('…,” an intelligence source told')
    while start < head.i and (
        (doc[start].lower_ in FOCUSING_ADVERBS and doc[start].head == head) or doc[start].tag_ in ("''", ",")
    ):
        start += 1
    # 'study co-author Maria Lindqvist': a word the tokenizer split at its hyphen is one word,
    # however the parser hung its first half
    while 0 < start < head.i and doc[start].text in ("-", "–") and not doc[start - 1].whitespace_:
        start = min(doc[start - 1].left_edge.i, start - 1)
    while 1 < start < head.i and doc[start - 1].text in ("-", "–") and not doc[start - 2].whitespace_:
        start = min(doc[start - 2].left_edge.i, start - 2)  # ('co-chair Maria Okafor-Reyes')
    start = _after_a_dateline_in(doc, start, head)
    end = head.i + 1
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in ("for", "of", "at", "from") and child.i == end:
            # ('the report from InfoNation, a Dallas-based firm': the object's apposition is left out)
            end = next((t.i for t in doc[child.i : child.right_edge.i + 1] if t.text == ","), child.right_edge.i + 1)
        elif child.dep_ == "conj" and child.i >= end and not _title_read_as_conjunct(head, child):
            end = max(end, child.right_edge.i + 1)
        elif child.dep_ == "case" and child.i == end:
            end = child.i + 1
    return doc[start:end]


def _after_a_dateline_in(doc: Doc, start: int, head: Token) -> int:
    """'NEWBRIDGE, Mass. (Reuters) - Lumora Health … announced': the parser may hang the wire
    dateline opening the paragraph on the name after it; the name starts after the dateline."""
    if start >= head.i:
        return start
    story = wire_dateline_at(doc_text(doc), doc[start].idx)
    if story is None or doc[start].idx >= story or head.idx < story:
        return start
    return next(t.i for t in doc[start : head.i + 1] if t.idx >= story)


def _title_read_as_conjunct(head: Token, conj: Token) -> bool:
    """'Chris Early, senior vp partnerships and revenue at Ubisoft': a common noun after a
    comma, with no 'and' before it, is the name's title (not 'Smith, Jones and Brown'), as is a
    possessive so placed ('Mayer, Disney’s chairman')."""
    between = head.doc[head.i + 1 : conj.left_edge.i]
    if has_child(conj, "case") and not any(t.dep_ == "cc" for t in between):
        return True  # 'Mayer, Disney’s chairman of …': the owner of the title that follows
    return conj.pos_ == "NOUN" and any(t.text == "," for t in between) and not any(t.dep_ == "cc" for t in between)


def _circumstances(frame: Frame, verb: Token) -> None:
    """Addressee, venue, medium and source from the verb's own dependents."""
    for participle in scene_participles(verb):
        _scene_circumstances(frame, participle)
    for child in verb.children:
        if _hears(verb, child):
            frame.addressee = noun_phrase(child)
        elif child.dep_ == "nsubjpass" and _addressed_in_passive(child):
            frame.addressee = noun_phrase(child)  # 'Sanders had been told that …': he heard it
        elif child.dep_ == "prep":
            _prep_circumstance(frame, child)
        elif child.dep_ == "nsubj" and child.i > verb.i:
            # '“…,” said CEO Ann Lake in the company news release': the parser hangs the
            # circumstance on the inverted speaker
            for prep in (c for c in child.children if c.dep_ == "prep" and c.i > child.i):
                _prep_circumstance(frame, prep)
    _circumstances_of_the_verb_before(frame, verb)
    _venue_out_of_the_addressee(frame)
    _document_source(frame, verb)


# Participles of the occasion of saying: 'Speaking at a March 16 press conference, Nwosu said'.
SCENE_PARTICIPLES = frozenset({"speak", "talk", "address", "testify", "appear"})


def sets_the_scene(child: Token) -> bool:
    return child.dep_ == "advcl" and child.tag_ == "VBG" and child.lemma_.lower() in SCENE_PARTICIPLES


def scene_participles(verb: Token) -> list[Token]:
    """The participles giving the occasion of the saying: set before the verb ('Speaking at a
    March 16 press conference, Nwosu said') or beside its speaker, where the parser hangs them
    on the subject ('Calloway, speaking to students at Yale on Monday, said', '“…,” said Fatou
    Ndiaye, a nurse, speaking to the BBC')."""
    found = [c for c in verb.children if sets_the_scene(c)]
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i):
        # ('said, speaking to reporters in Tarrow, that …': hung on the clause after it)
        found += [c for c in clause.children if aside_before_its_that(c) and c.lemma_.lower() in SCENE_PARTICIPLES]
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        found += [c for c in subject.children if c.dep_ == "acl" and c.tag_ == "VBG"
                  and c.lemma_.lower() in SCENE_PARTICIPLES]
    return found


def _scene_circumstances(frame: Frame, participle: Token) -> None:
    """'Speaking at a March 16 press conference, …' gives the venue; 'Addressing reporters at
    the airport, …' the addressee too: the occasion of the saying, set before it."""
    for part in participle.children:
        if part.dep_ == "prep":
            _prep_circumstance(frame, part)
        elif part.dep_ == "dobj" and participle.lemma_.lower() == "address" and frame.addressee is None:
            frame.addressee = noun_phrase(part)


def _circumstances_of_the_verb_before(frame: Frame, participle: Token) -> None:
    """'Mensah hit back in a post on LinkedIn, writing that …', 'Hale spoke at a rally,
    saying …': a participle after the verb it hangs on says its words in that verb's medium
    and at its venue, unless it names its own."""
    after_its_verb = participle.dep_ in ("advcl", "xcomp", "conj") and participle.head.i < participle.i
    if participle.tag_ != "VBG" or not after_its_verb:
        return
    before = Frame(cue=None, speaker=None)
    for prep in (c for c in participle.head.children if c.dep_ == "prep" and c.i < participle.i):
        _prep_circumstance(before, prep)
    frame.medium = frame.medium or before.medium
    frame.venue = frame.venue or before.venue


# Entity types of a place one speaks at: 'told reporters at the White House'.
PLACE_ENTITY_TYPES = frozenset({"GPE", "LOC", "FAC"})


def _venue_out_of_the_addressee(frame: Frame) -> None:
    """'told an audience at the Hay Festival', 'told reporters at a news conference in Lagos':
    'at' an occasion or a place after the hearers says where they heard it, the venue, not who
    they are ('told an analyst at Goldman Sachs' keeps the firm: where the analyst works)."""
    hearer = frame.addressee
    if hearer is None:
        return
    at = next((c for c in hearer.root.rights if c.dep_ == "prep" and c.lower_ == "at" and c.i < hearer.end), None)
    place = first_child(at, "pobj") if at is not None else None
    if at is None or place is None:
        return
    if place.lemma_.lower() not in VENUE_NOUNS and place.ent_type_ not in PLACE_ENTITY_TYPES:
        return
    frame.addressee = hearer.doc[hearer.start : at.i]
    if frame.venue is None:
        frame.venue = hearer.doc[place.left_edge.i : place.i + 1]


def heard_by_the_subject(frame: Frame) -> bool:
    """'Sanders had been told that he would lose': the words are reported, their speaker unsaid."""
    cue = frame.cue
    return cue is not None and (
        (frame.speaker is None and any(c.dep_ == "nsubjpass" and _addressed_in_passive(c) for c in cue.children))
        or frame.asks_its_subject
    )


# Venues one speaks before: 'told the panel before the Senate', not 'said before the meeting'.
BODIES_SPOKEN_BEFORE = frozenset(
    {"parliament", "congress", "senate", "committee", "assembly", "court", "panel", "jury"}
)


# Buildings one is quoted standing outside of: 'said outside the courthouse', 'outside his home'.
BUILDINGS_STOOD_OUTSIDE = frozenset(
    {"courthouse", "court", "home", "house", "residence", "office", "offices", "headquarters", "hospital",
     "church", "mosque", "embassy", "consulate", "station", "hotel", "stadium", "school", "building", "palace",
     "ministry", "prison", "jail", "gates", "gate", "plant", "factory", "venue", "chamber", "capitol"}
)
STOOD_OUTSIDE = VENUE_NOUNS | BUILDINGS_STOOD_OUTSIDE


def _prep_circumstance(frame: Frame, prep: Token) -> None:
    obj = first_child(prep, "pobj")
    if obj is None:
        if prep.lower_ == "according":
            target = _according_to_object(prep)
            if target is not None:
                frame.source = target.doc[target.left_edge.i : target.right_edge.i + 1]
        return
    lemma = _word_of(obj)
    phrase = obj.doc[obj.left_edge.i : obj.i + 1]
    if prep.lower_ in ("in", "on", "via", "through", "during") and lemma in SAYING_MEDIA:
        frame.medium = phrase
    elif prep.lower_ == "on" and _quoted_programme(obj):
        end = obj.right_edge.i + 1
        if end < len(obj.doc) and obj.doc[end].text in CLOSING_TOKENS:
            end += 1  # the title's closing mark, which the parser hangs on the verb
        frame.medium = obj.doc[obj.left_edge.i : end]  # 'on CNBC’s “Trading Nation”'
    elif prep.lower_ == "on" and _a_named_broadcast(prep, obj):
        frame.medium = phrase  # 'said on CNN', 'said on BBC Breakfast'
    elif prep.lower_ in ("at", "during", "in", "on") and lemma in VENUE_NOUNS and not _a_show(prep, obj):
        frame.venue = phrase
    elif prep.lower_ == "before" and lemma in BODIES_SPOKEN_BEFORE:
        frame.venue = phrase  # 'testified before the committee' (not 'said before the hearing': a time)
    elif prep.lower_ == "outside" and (lemma in STOOD_OUTSIDE or obj.ent_type_ in PLACE_ENTITY_TYPES):
        frame.venue = obj.doc[prep.i : obj.i + 1]  # 'told reporters outside parliament': not in it
    elif prep.lower_ == "to" and frame.addressee is None and lemma not in VENUE_NOUNS:
        frame.addressee = _hearer_phrase(prep, obj)
    if frame.addressee is None and prep.lower_ in ("in", "at", "on", "during", "via", "through"):
        frame.addressee = _hearer_of_the_occasion(obj)


# Nouns that 'speak to', 'talk to' or 'respond to' address as a topic: 'speaking to the issue
# of rents', 'responded to the criticism' (a hearer is someone: 'speaking to students').
SPOKEN_TO_TOPICS = frozenset(
    {"issue", "question", "point", "matter", "subject", "topic", "concern", "problem", "criticism", "charge",
     "allegation", "claim", "need", "idea", "importance"}
)


def _hearer_phrase(prep: Token, obj: Token) -> Span | None:
    """'to reporters': a short noun phrase right after the preposition, not 'calls it X to
    defang … people' (a parse of an infinitive)."""
    if obj.pos_ not in ("PROPN", "NOUN", "PRON") or obj.left_edge.i != prep.i + 1:
        return None
    if obj.lemma_.lower() in SPOKEN_TO_TOPICS:
        return None  # 'speaking to the issue of rents': what was spoken about, no one heard
    phrase = noun_phrase(obj)
    if len(phrase) > ADDRESSEE_MAX_TOKENS or any(t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB") for t in phrase):
        return None
    return phrase


def _a_platform(noun: Token) -> bool:
    """'Facebook', 'radio': a platform or medium named by itself ('Bloomberg Television' is a
    broadcaster, who can hear)."""
    return noun.lower_ in MEDIA_AND_PLATFORMS and not has_child(noun, "compound")


# Nouns of a saying addressed to someone: 'in a letter to shareholders', 'in remarks to the
# Senate', 'at a briefing to reporters'.
ADDRESSED_NOUNS = MEDIUM_NOUNS | VENUE_NOUNS | frozenset(
    {"remark", "remarks", "comment", "comments", "testimony", "speech", "address", "appeal", "plea"}
)
# Nouns of an exchange whose other party heard the words: 'in an interview with CNN', 'on a
# call with investors' (not 'in a joint statement with Germany' or 'at a news conference with
# Merkel': a partner speaking too).
EXCHANGE_NOUNS = frozenset({"interview", "conversation", "call", "chat", "exchange", "meeting", "talks"})


def _hearer_of_the_occasion(noun: Token) -> Span | None:
    """'said in a letter to shareholders', 'said in an interview with The Guardian': the hearer
    named inside the medium or the occasion of the saying (a platform is where it went, not who
    heard it: 'in a post to Facebook')."""
    lemma = noun.lemma_.lower()
    for prep in (c for c in noun.children if c.dep_ == "prep"):
        hearer_prep = (prep.lower_ == "to" and lemma in ADDRESSED_NOUNS) or (
            prep.lower_ == "with" and lemma in EXCHANGE_NOUNS
        )
        obj = first_child(prep, "pobj")
        if not hearer_prep or obj is None or _a_platform(obj):
            continue
        return _hearer_phrase(prep, obj)
    return None


# Means of speaking that are no written thing (so not among MEDIUM_NOUNS, which also name
# what a document is): 'on a conference call', 'on his show', 'during the livestream'.
SPOKEN_MEDIUM_NOUNS = frozenset({"call", "teleconference", "show", "programme", "program", "livestream", "webcast"})
SAYING_MEDIA = MEDIUM_NOUNS | SPOKEN_MEDIUM_NOUNS
MEDIA_AND_PLATFORMS = MEDIUM_NOUNS | PLATFORMS


def _word_of(token: Token) -> str:
    """The lower-case lemma, less the full stop the tokenizer glued to a one-letter name."""
    lemma = token.lemma_.lower()
    return lemma[:-1] if glued_full_stop(lemma) else lemma


def glued_full_stop(word: str) -> bool:
    """A one-letter name with the sentence's full stop on it: the tokenizer keeps 'X.' in 'wrote
    on X.' as one token, as it would an initial."""
    return len(word) == 2 and word[0].isalpha() and word[1] == "."


# Verbs one speaks with on air ('said on CNN'), not those whose 'on' gives the topic
# ('commented on Apple', 'reported on Congress').
ON_AIR_VERBS = frozenset(
    {"say", "tell", "speak", "talk", "appear", "write", "post", "add", "argue", "explain", "warn", "acknowledge",
     "admit", "predict", "claim", "suggest", "announce", "declare", "state"}
)
# Entity types of a broadcaster, a programme or a site: 'on CNN', 'on Meet the Press'.
BROADCAST_ENTITY_TYPES = frozenset({"ORG", "WORK_OF_ART", "PRODUCT"})


def _a_named_broadcast(prep: Token, obj: Token) -> bool:
    """'said on CNN', 'told viewers on BBC Breakfast', 'said on ABC's This Week': a name of a
    broadcaster or a programme after 'on' hung on a speech verb is where the words went out
    (not 'said on Tuesday', a date, nor 'on Capitol Hill', a place, nor 'said on “Medicare for
    All” that …', a topic in quotation marks: a show so set has its owner, ``_quoted_programme``)."""
    doc = obj.doc
    quoted = any(t.text in OPENING_QUOTE_CHARS for t in doc[max(obj.left_edge.i - 1, 0) : obj.right_edge.i + 1])
    return (
        obj.pos_ == "PROPN"
        and obj.ent_type_ in BROADCAST_ENTITY_TYPES
        and prep.head.lemma_.lower() in ON_AIR_VERBS
        and not quoted
        and _shaped_as_a_broadcast(prep.head, obj)
    )


# Words in the name of a station or a programme: 'Fox News', 'Boston Herald Radio', 'The Laura
# Ingraham Show'.
BROADCAST_NAME_WORDS = frozenset(
    {"news", "radio", "tv", "television", "channel", "network", "show", "hour", "live", "tonight", "today", "fm", "am"}
)
# Verbs whose 'on' names a site one writes on ('wrote on Global Risk Insights').
WRITING_ON_VERBS = frozenset({"write", "post"})


def _shaped_as_a_broadcast(verb: Token, obj: Token) -> bool:
    """A broadcaster's call letters ('CNN', 'MSNBC', 'WOR'), a name with a word of broadcasting
    ('Fox News', 'The Laura Ingraham Show'), a programme's title, or a site written on: the name
    after 'said on' is a medium; so is any name closing the saying ('“…,” Khan said on Capital
    Download.'). A bare organisation or plan with the words after it is the topic ('said on
    Medicare that costs would rise')."""
    name = [t for t in obj.subtree if t.i <= obj.i]
    return (
        verb.lemma_.lower() in WRITING_ON_VERBS
        or not any(c.dep_ == "ccomp" and c.i > obj.i for c in verb.children)
        or obj.ent_type_ == "WORK_OF_ART"
        or any(t.lower_ in BROADCAST_NAME_WORDS for t in name)
        or any(len(t.text.rstrip(".’'s")) >= 2 and t.text.rstrip(".’'s").isupper() for t in name)
    )


def _a_show(prep: Token, obj: Token) -> bool:
    """'said on BBC Breakfast', 'on Meet the Press': a name after 'on' is a programme, though
    its last word names an occasion."""
    return prep.lower_ == "on" and obj.pos_ == "PROPN"


def _quoted_programme(obj: Token) -> bool:
    """'said on NBC's “Money Hour”': a show's name in quotation marks after 'on'."""
    doc = obj.doc
    words = doc_text(doc)[obj.left_edge.idx : obj.right_edge.idx + len(obj.right_edge)]
    after = doc_text(doc)[obj.right_edge.idx + len(obj.right_edge) :][:2]
    quoted = any(m in words for m in OPENING_QUOTE_CHARS) and any(m in words + after for m in CLOSING_QUOTES)
    # (whose show it is: 'on KXTV’s “Money Hour”', not 'said on “Medicare for All” that …', a topic)
    owned = any(t.dep_ == "poss" for t in doc[obj.left_edge.i : obj.i + 1])
    return obj.pos_ == "PROPN" and quoted and owned


def _document_source(frame: Frame, verb: Token) -> None:
    """'a Pentagon readout ... indicating that Austin “emphasized ...”': the readout is the source."""
    node = verb
    for _ in range(3):
        node = node.head
        if node.i == node.head.i:
            break
        subj = next((c for c in node.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None and subj.lemma_.lower() in DOCUMENT_NOUNS:
            frame.source = subj.doc[subj.left_edge.i : subj.i + 1]
            return


def _according_to_object(token: Token) -> Token | None:
    to = next((c for c in token.children if c.lower_ == "to"), None)
    if to is None:
        nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
        to = nxt if nxt is not None and nxt.lower_ == "to" else None
    if to is None:
        return None
    return first_child(to, "pobj")


# 'in her words, “…”', 'in the words of Senator Reyes', 'in Bolton’s view': whose words follow.
WORDS_NOUNS = frozenset({"words", "view", "opinion", "estimation"})


def whose_words(token: Token) -> Token | None:
    """The owner of 'in X's words' / 'in the words of X' (token: the noun), else None."""
    if token.lower_ not in WORDS_NOUNS or token.dep_ != "pobj" or token.head.lower_ != "in":
        return None
    owner = first_child(token, "poss")
    if owner is None:
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        owner = first_child(of, "pobj") if of is not None else None
    if owner is None or (owner.pos_ == "PRON" and owner.lower_ not in POSSESSIVES):
        return None
    return owner


def frame_for_words_of(token: Token, owner: Token) -> Frame:
    """'The deal, in the words of Senator Reyes, “is a disaster”': the owner (``whose_words``)
    says the quotation beside the phrase."""
    doc = token.doc
    speaker = doc[owner.i : owner.i + 1] if owner.pos_ == "PRON" else noun_phrase(owner)
    first, last = token.head.i, max(token.i, speaker.end - 1)
    # No content: the phrase attributes the quotation beside it, not the rest of its sentence.
    frame = Frame(cue=token, speaker=speaker, cue_text=doc[first : last + 1].text)
    frame.extra_tokens = set(range(first, last + 1))
    return frame


def frame_for_according(token: Token) -> Frame:
    """'X did Y, according to Z': Z is the speaker of the clause (or its source, see quotes)."""
    target = _according_to_object(token)
    assert target is not None
    frame = Frame(cue=token, speaker=noun_phrase(target), cue_text="according to", according_to=True)
    _speaker_behind_the_document(frame)  # 'according to the TexAuto report from InfoNation'
    frame.content = _clause_opening_after(token, target) or around(
        token, token.i, target.right_edge.i, prefer_before=True
    )
    if frame.content is not None:  # ('Lisk, March 11 — Amara won, according to results': not the dateline)
        frame.content = after_a_dateline(doc_text(token.doc), frame.content)
    return frame


# Punctuation that closes a sentence or a clause, not a quotation.
SENTENCE_END_PUNCT = frozenset({".", ",", ";", ":", "!", "?", "—", "–", "-"})


def _clause_opening_after(according: Token, target: Token) -> tuple[int, int] | None:
    """'While most were rated “confidential,” according to an official, two were raised to
    “secret”', 'after, according to him, the network censured his report': the phrase, set off,
    hangs on the verb of the clause right after it, whose subject follows it too; what the
    source says is the rest of the sentence from there, not the subordinate clause or
    conjunction before the phrase."""
    verb, doc = according.head, according.doc
    end = target.right_edge.i  # the phrase's last word, less a comma the parser gave it
    while end > target.i and doc[end].is_punct:
        end -= 1
    first = end + 1
    if verb.pos_ not in ("VERB", "AUX") or verb.i < first or first >= len(doc) or not doc[first].is_punct:
        return None  # ('according to sources who spoke but were not authorized …': its own relative)
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects or any(c.i < according.i for c in subjects):
        return None  # 'The firm, according to its filings, lost …': one clause around the phrase
    while first < verb.i and (doc[first].is_punct or doc[first].is_space):
        first += 1
    if doc[first].tag_ in ("WDT", "WP", "WRB"):
        return None  # ('…, according to the polls, where 475 delegates are at stake': a relative)
    last = according.sent.end - 1
    while last > first and (doc[last].text in SENTENCE_END_PUNCT or doc[last].is_space):
        last -= 1  # (a closing quotation mark stays)
    if last - first < 2:
        return None
    return doc[first].idx, doc[last].idx + len(doc[last])


# What someone writes and puts out: a report, a statement, a paper; and what someone works out
# or finds out and gives ('an analysis by the Pew Research Center', 'a tally by the AP',
# 'calculations by Dr. Ruiz', 'a 2014 estimate by the budget office', 'tests by Digital Lab
# reveal', 'a review by the Gazette shows'), whose maker speaks through it.
FINDING_NOUNS = frozenset(
    {"analysis", "tally", "calculation", "estimate", "projection", "count", "test", "review", "survey", "audit",
     "investigation", "assessment", "figure", "data", "statistic"}
)
WRITTEN_NOUNS = DOCUMENT_NOUNS | MEDIUM_NOUNS | FINDING_NOUNS


def _author_of_document(document: Token) -> Token | None:
    """'the report from InfoNation', 'a study by the Pew Research Center': who wrote it."""
    if document.lemma_.lower() not in WRITTEN_NOUNS:
        return None
    for prep in document.children:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "by"):
            author = first_child(prep, "pobj")
            if author is not None and _writer_not_a_place(prep, author) and not _a_means(author):
                return author
    return _signer_of(document)


def _a_means(noun: Token) -> bool:
    """'written by hand', 'sent by email', 'a count by hand': a bare singular common noun after
    'by', with no article or modifier, names how it was done, not who did it (a writer has an
    article or a number: 'signed by 40 councillors', 'written by a lawyer')."""
    return noun.pos_ == "NOUN" and noun.tag_ == "NN" and not any(c.i < noun.i for c in noun.children)


# Participles that say who put a document out: 'a letter signed by 40 councillors'.
AUTHORING_PARTICIPLES = frozenset(
    {"sign", "write", "send", "issue", "author", "pen", "co-sign", "cosign", "release", "publish", "compile"}
)


def _signer_of(document: Token) -> Token | None:
    """'The letter, signed by 40 councillors, says …', 'figures released by the health authority
    showed': who signed, wrote or put it out speaks through it."""
    for acl in document.children:
        if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() in AUTHORING_PARTICIPLES:
            signer = _agent(acl)
            if signer is None or signer.pos_ not in ("NOUN", "PROPN") or in_a_time(signer):
                continue
            if not _a_means(signer):
                return signer
    return None


def _writer_not_a_place(prep: Token, author: Token) -> bool:
    """A name that can write the document: 'a report from Kotak Equities', 'a study by the Lund
    Institute'; not the place a document came from ('a letter from Geneva said …': the letter
    speaks, whoever in Geneva wrote it)."""
    if prep.lower_ == "from" and author.ent_type_ in ("GPE", "LOC", "FAC"):
        return False
    return author.pos_ == "PROPN" or author.ent_type_ in ("ORG", "PERSON")


# A cue's subject the tagger read as another part of speech: a surname as an adverb ('Still,
# Early says'), a modal ('Will wrote') or a modifier ('Black Lives Matter issued'). The speaker
# resolver counts such a name as a subject a later 'he' or 'she' points back to.
NAME_MISREADINGS: tuple[Callable[[Token], Token | None], ...] = (
    _name_read_as_adverb,
    _name_read_as_modal,
    _name_read_as_modifier,
)


# Where the parser lost a cue's subject, the name it misread, tried in order: a surname read as
# an adverb ('Still, Early says'), a subject hung on the adverb after it ('Farmers downstream
# said') or a surname read as a modal ('Will wrote'), an inverted speaker after a closing
# mark ('”, tweeted Conant'), a name before an apposition, a party tag ('(R-Wis.)') or a
# relative clause, a name hung elsewhere, and the speaker of the report before a sentence that
# a participle opens ('Adding, “…”').
MISREAD_SUBJECT_REPAIRS: tuple[Callable[[Token], Token | None], ...] = (
    _subject_read_as_object_of_as,
    _name_read_as_adverb,
    _subject_hung_on_a_modifier,
    _name_read_as_modal,
    _inverted_subject,
    _name_before_apposition,
    _name_before_party_tag,
    _name_before_relative,
    _name_hung_elsewhere,
    _apposition_before_verb,
    _speaker_before_opening_participle,
    _speaker_read_into_a_clause_before,
    _speaker_opening_the_clause_after,
)

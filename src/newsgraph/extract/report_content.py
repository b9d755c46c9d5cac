"""The words a report carries: the clause after "said (that)", less the writer's framing.

Plain functions over the dependency parse, used by ``attribution``: which verbs report, where a
reported clause starts and ends ("amid ...", ", something that ..." and "according to ..." are
cut off), clauses the parser hangs in the wrong place ("said in a statement that ..."), and the
sentence around a parenthetical attribution ("The goal, he said, is ...").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.inflection import verb_stems
from newsgraph.extract.list_items import names_a_person
from newsgraph.extract.quote_patterns import (
    ADDRESSEE_VERBS,
    BELIEF_VERBS,
    CLOSING_QUOTES,
    COMMENT_AFTER_COMMA,
    COMMENT_MARKS,
    COMMENT_PREPS,
    LABELLING_VERBS,
    MEDIUM_NOUNS,
    PERSON_PRONOUNS,
    PERSONAL_PRONOUNS,
    PHRASAL_CUES,
    QUOTE_ADJACENT_NEEDS,
    QUOTE_ADJACENT_VERBS,
    SAYING_CIRCUMSTANCE_NOUNS,
    SPEAKER_LABELS,
    SPEECH_VERBS,
    VENUE_NOUNS,
)
from newsgraph.extract.syntax import NOBODY, first_child, has_child, has_to_aux, in_a_time
from newsgraph.nlp import doc_text

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
# "X, officials said, could unravel": a reporting verb hung inside the clause it reports.


PARENTHETICAL_DEPS = ("parataxis", "advcl", "ccomp")


QUOTE_CHARS = "“”\"„«»"
# '…,” she continued', '…?” Miller pressed': a closed quotation, then a few words of speaker.
AFTER_A_QUOTATION = re.compile(r"[,?!]\s*(?:”|\"|''|»)\s*(?:[\w.'’-]+\s+){0,4}$")
OPENING_QUOTE_CHARS = ("“", '"', "''", "«", "„")


CONTENT_DEPS = ("ccomp",)
# A participle or conjunct reporting verb borrows its subject: "..., Kirby said, adding that".


# A speech verb with this object is an idiom, not speech.
NOT_SPEECH_IDIOMS = frozenset({("speak", "volumes")})


def _participle_describing_a_noun(token: Token) -> bool:
    """'The fever is caused by Zorba minor - a germ usually found in rodents': a past participle
    with no auxiliary after a noun with 'a' describes that noun (a reduced relative clause), which
    the parser may yet give it as its subject; a finite report would be 'a study found'."""
    if token.tag_ != "VBN" or has_child(token, "aux", "auxpass"):
        return False
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i
        and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)
        for c in token.children
    )


def no_one_speaks(token: Token) -> bool:
    """A speech verb that reports no one's words: an idiom ('that fact speaks volumes'), or the
    writer's aside ('Trump said, and I quote, “…”': the quotation is the speaker's before it)."""
    lemma = token.lemma_.lower()
    if lemma == "quote" and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in token.children):
        return True
    if lemma in ("say", "speak") and (_aside_of_saying(token) or _hedge_of_saying(token)):
        return True
    if any(c.dep_ in SUBJECT_DEPS and _names_nobody(c) and not _across_a_mark(c, token) for c in token.children):
        return True  # 'No one knows how long …': nobody's words
    if _name_given_by_no_one(token):
        return True
    return any((lemma, c.lower_) in NOT_SPEECH_IDIOMS for c in token.children if c.dep_ == "dobj")


# Verbs that give a thing its name: 'is called', 'is dubbed', 'is termed'.
NAMING_VERBS = frozenset({"call", "dub", "term", "name", "nickname", "christen"})


def _name_given_by_no_one(verb: Token) -> bool:
    """'When the cause is feathers, the illness is called “duvet lung.”': a passive naming verb
    with no 'by' after it gives a thing the name it goes by; no one is quoted, least of all the
    thing named (its subject)."""
    if verb.lemma_.lower() not in NAMING_VERBS or verb.tag_ != "VBN":
        return False
    if not has_child(verb, "auxpass") or not has_child(verb, "nsubjpass"):
        return False
    # ('has been called “strategic ambiguity” by Jo Hale, a professor': a 'by' the parser hung
    # on the name still names who called it so)
    return not any(t.lower_ == "by" and t.dep_ in ("agent", "prep") and t.i > verb.i for t in verb.subtree)


def _across_a_mark(subject: Token, verb: Token) -> bool:
    """'“… when nobody else would,” said Pat Oyelowo': the parser's subject is a word of the
    quotation, whose mark stands between it and the verb, closing after the subject (or opening
    before it, when the verb comes first). A mark opening after it quotes words of the sentence
    the subject governs: 'Nobody “officially” said the plant would close' is nobody's report."""
    first, last = sorted((subject.i, verb.i))
    marks = [t for t in verb.doc[first + 1 : last] if t.text in QUOTE_CHARS or t.text == "''"]
    if not marks:
        return False
    if subject.i < verb.i:
        return not _opening_mark(marks[0])
    return _opening_mark(marks[-1])


def _names_nobody(subject: Token) -> bool:
    """Subjects that name nobody: 'No one knows', 'Nobody said'."""
    return subject.lower_ in NOBODY or (
        subject.lower_ == "one" and any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)
    )


def _aside_of_saying(token: Token) -> bool:
    """'That being said, …', 'That said, …', 'Having said that, …': the writer turning, not a
    report."""
    doc = token.doc
    before = [t.lower_ for t in doc[max(token.sent.start, token.i - 2) : token.i]]
    after = [t.lower_ for t in doc[token.i + 1 : token.i + 2]]
    return (
        before[-2:] in (["that", "being"], ["this", "being"])
        or (before in (["that"], ["this"]) and after == [","])  # the sentence's opening words
        or (before[-1:] == ["having"] and after in (["that"], ["this"]) and _comma_after(token, 2))
    )


def _comma_after(token: Token, distance: int) -> bool:
    """'Having said that, …' (not 'Having said that she would resign, …')."""
    i = token.i + distance
    return i < len(token.doc) and token.doc[i].text == ","


def _hedge_of_saying(token: Token) -> bool:
    """'Is it fair to say that …', 'Needless to say, …', 'so to speak': a manner of speaking."""
    if token.tag_ != "VB":
        return False
    two_before = token.doc[token.i - 2] if token.i - 2 >= token.sent.start else None  # 'so' of 'so to speak'
    return token.head.lemma_.lower() in HEDGING_WORDS or (two_before is not None and two_before.lower_ in HEDGING_WORDS)


# Words 'to say' hangs on in a hedge: 'fair to say', 'safe to say', 'needless to say'.
HEDGING_WORDS = frozenset({"fair", "safe", "needless", "suffice", "so", "accurate", "true", "hard", "strange"})


def _after_a_possessive(token: Token) -> bool:
    """'Those playing through the studio’s recommended console': a participle right after a
    possessive marker modifies the noun after it (a finite verb never follows 'X’s'; the
    contraction of 'has' or 'is', 'Lee’s said', is not tagged POS)."""
    return token.i > 0 and token.doc[token.i - 1].tag_ == "POS" and token.tag_ in ("VBN", "VBD")


def is_reporting_verb(token: Token) -> bool:
    if token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBD", "VBZ", "VBP", "VBG", "VBN", "VB"):
        # "“...!” Murphy Tweeted on Friday": a capitalised verb the tagger took for a name.
        return (
            token.pos_ == "PROPN"
            and token.lower_.endswith("ed")
            and _plain_lemma(token.lower_) in SPEECH_VERBS
            and token.i > 0
        )
    lemma = verb_lemma(token)
    if no_one_speaks(token) or _after_a_possessive(token):
        return False
    if _participle_describing_a_noun(token):
        return False  # '… - a germ usually found in rodents': where the germ lives, no finding
    if token.dep_ == "amod" and token.head.i > token.i and token.tag_ in ("VBN", "VBG") and token.head.pos_ == "NOUN":
        # (an inverted 'Continued Stone: “…”' hangs the verb on the name)
        return False  # 'called the proposed cap “a solution …”': a modifier of the noun after, no saying
    if token.tag_ == "VBG" and lemma in CONJUNCTION_PARTICIPLES:
        return False  # '…, considering that the street value can fluctuate': 'given that'
    if lemma == "add" and _adds_an_amount(token):
        return False  # 'The shares added 3% to start the month': a gain, not a remark
    if lemma == "add" and _adds_to_something(token):
        return False  # 'adding to a mounting series of problems': a growth, not a remark
    if lemma in CLAUSE_ONLY_CUES and _governs_an_infinitive(token):
        return False  # 'allows the car to charge': a permission, no speech
    if lemma in SPEECH_VERBS:
        return True
    if lemma == "make" and clause_made_clear(token) is not None:
        return True  # 'made it clear that she would veto the bill'
    if lemma in PHRASAL_CUES and any(c.dep_ in ("prt", "advmod") and c.lower_ == PHRASAL_CUES[lemma]
                                     for c in token.children):
        return True  # '“…,” he points out', 'weighed in on Twitter'
    if lemma in SPEAKING_ON_WITH_THAT and _governs_a_that_clause(token) and not _governs_an_infinitive(token):
        return True  # 'She continued that an official had told her …': more of her words
    if lemma in QUOTE_ADJACENT_VERBS:
        # ('“coward,” the boxer retaliated with a punch': a deed, not a reply)
        return (
            (next_to_quotation(token) or _as_someone_put_it(token))
            and not any(c.dep_ == "prep" and c.lower_ in DEED_PREPS and c.i > token.i for c in token.children)
            # ('on “This Week,” Sanders questioned Trump's veracity': a doubt about something)
            and not (lemma in OBJECT_DOUBTING_VERBS and has_child(token, "dobj"))
        )
    if lemma == "show" and _pictures_a_scene(token):
        return False
    if any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children):
        return False  # 'to find out how …': a search, not a finding
    return lemma in BELIEF_VERBS and (
        any(c.dep_ in CONTENT_DEPS for c in token.children) or trailing_subject(token) is not None
    )


def trailing_subject(verb: Token) -> Token | None:
    """The subject of a trailer ', SUBJECT said.' closing its sentence: '…, the study found.'
    The nearest subject before the verb, for a parser that missed the clause may hang its
    subject on the verb too ('Students who reported the most use scored lower, the study
    found': two subjects)."""
    if verb.dep_ != "ROOT":
        return None
    subject = max((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), key=lambda c: c.i, default=None)
    if subject is None or subject.right_edge.i + 1 != verb.i or subject.left_edge.i < 1:
        return None
    doc = verb.doc
    if doc[subject.left_edge.i - 1].text != "," or any(
        not (t.is_punct or t.is_space) for t in doc[verb.i + 1 : verb.sent.end]
    ):
        return None
    return subject


# Verbs of going on speaking that report a that-clause anywhere, not only next to a quotation:
# 'The narrator continues that …', 'Lee answered that …' ('continued to rise' says nothing, nor
# does 'continues to face questions … that he …': the clause hangs on something else).
SPEAKING_ON_WITH_THAT = frozenset({"continue", "answer", "interject"})


def _governs_a_that_clause(verb: Token) -> bool:
    """A clause after the verb opened by 'that': 'continued that the plan was flawed'."""
    return any(
        c.dep_ == "ccomp" and c.i > verb.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in verb.children
    )


def _adds_an_amount(verb: Token) -> bool:
    """'added more than 3%', 'added 200 points': an object that is a number or an amount."""
    amount = first_child(verb, "dobj", "npadvmod")
    if amount is None or amount.lemma_.lower() in SAYING_NOUNS:
        return False  # ('added two words: “We resign.”')
    return an_amount(amount)


def an_amount(noun: Token) -> bool:
    """'3%', '200 points', 'two goals': a number, an amount, or a noun counted by a number."""
    return noun.like_num or noun.ent_type_ in AMOUNT_ENTITIES or has_child(noun, "nummod")


def _adds_to_something(verb: Token) -> bool:
    """'adding to a mounting series of problems': 'add to' a thing, with nothing said."""
    to = next((c for c in verb.rights if c.i == verb.i + 1 and c.lower_ == "to" and c.dep_ in ("prep", "dative")), None)
    said = any(c.dep_ in CONTENT_DEPS for c in verb.children)
    return to is not None and not said and has_child(to, "pobj")


def _governs_an_infinitive(verb: Token) -> bool:
    """'agreed to return', 'allows the car to charge': the verb governs an infinitive."""
    return any(
        c.tag_ == "VB" and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
        for c in verb.children
        if c.dep_ in ("xcomp", "ccomp") and c.i > verb.i
    )


# Verbs that report speech with a clause ('allowed that …') but a permission with an
# infinitive ('allows drivers to charge'). ('agreed to pay' is a pledge, which PolNeAR and
# readers count as said.)
CLAUSE_ONLY_CUES = frozenset({"allow"})
# What a speaker adds that is still speech: 'added two words', 'added a few thoughts'.
SAYING_NOUNS = frozenset({"word", "words", "thought", "thoughts", "comment", "comments", "line", "lines"})
# Entity types of what a price or a score adds: '3%', '$2 billion', '200 points'.
AMOUNT_ENTITIES = frozenset({"PERCENT", "MONEY", "QUANTITY", "CARDINAL"})


# Things that show a scene rather than claim something: 'The video shows officers racing …'.
PICTURE_NOUNS = frozenset({"video", "footage", "photo", "photograph", "image", "picture", "clip", "camera", "film"})


def _pictures_a_scene(verb: Token) -> bool:
    """A picture showing people doing something (no tense, no 'that'): what it shows is seen,
    not said. An infinitive's picture is its head's subject: 'the video was altered to show him
    failing to answer'."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    infinitive = verb.dep_ in ("advcl", "xcomp") and has_to_aux(verb)
    if subject is None and infinitive:
        subject = next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.lemma_.lower() not in PICTURE_NOUNS:
        return False
    clause = next((c for c in verb.children if c.dep_ in CONTENT_DEPS), None)
    return clause is not None and clause.tag_ in ("VBG", "VBN")


# Participles used as conjunctions, which report no one's thought: 'considering that …'.
CONJUNCTION_PARTICIPLES = frozenset({"consider", "assume", "suppose", "give", "grant"})
# Prepositions after a verb of reacting that make it a deed: 'retaliated with a punch'.
DEED_PREPS = frozenset({"with", "by", "against"})


# Verbs next to a quotation that ask it ('“Why?” Beck questioned'), or doubt their object.
OBJECT_DOUBTING_VERBS = frozenset({"question"})


def verb_lemma(token: Token) -> str:
    """The lemma, or for a word the lemmatizer left as written ('jeered') or cut to another verb
    ('sniped' to 'snip') its speech-verb stem."""
    lemma = token.lemma_.lower()
    if lemma in SPEECH_VERBS:
        return lemma
    plain = _plain_lemma(token.lower_)
    return plain if plain in SPEECH_VERBS else lemma


def next_to_quotation(verb: Token) -> bool:
    """'“…,” he continued.', 'She went on: “…”', 'As she put it, “…”'."""
    need = QUOTE_ADJACENT_NEEDS.get(verb.lemma_.lower())
    if need is not None and not any(c.lower_ == need and c.i > verb.i for c in verb.children):
        return False
    text = doc_text(verb.doc)
    # after the verb and its particle or "it": 'went on:', 'shot back,', 'put it,'
    tail = [c for c in verb.children if c.dep_ in ("prt", "dobj", "advmod") and c.i <= verb.i + 2]
    last = max([verb, *tail], key=lambda t: t.i)
    end = last.idx + len(last)
    after = text[end : end + 4]
    return (
        bool(AFTER_A_QUOTATION.search(text[max(0, verb.idx - 60) : verb.idx]))
        or any(m in after for m in OPENING_QUOTE_CHARS)
        or (need is None and _opens_quotation_after_its_phrase(verb, end))
    )


def _as_someone_put_it(verb: Token) -> bool:
    """'As Kane puts it, the council faces “an offer it can't refuse”': 'as … put it' gives
    someone's words, quoted or not. Not when something puts a thing somewhere ('as he put it
    back', 'as she put it on the shelf'): only a hearer ('put it to reporters') or where it was
    said ('put it in a memo', 'at the hearing') may follow."""
    return (
        verb.lemma_.lower() == "put"
        and any(c.dep_ in ("mark", "prep") and c.lower_ == "as" and c.i < verb.i for c in verb.children)
        and any(c.dep_ == "dobj" and quoting_idiom_word(verb, c) for c in verb.children)
        and all(
            _says_where_or_to_whom(c) for c in verb.children if c.dep_ in ("prt", "advmod", "prep") and c.i > verb.i
        )
    )


# Nouns after a preposition that tell where or how something was said: 'in his memo', 'at a briefing'.
MEDIA_AND_VENUES = MEDIUM_NOUNS | VENUE_NOUNS


def _says_where_or_to_whom(prep: Token) -> bool:
    """'to reporters', 'in his memo', 'at a briefing': a hearer, a medium or an occasion."""
    if prep.dep_ != "prep":
        return False
    if prep.lower_ == "to":
        return True
    noun = first_child(prep, "pobj")
    return noun is not None and noun.lemma_.lower() in MEDIA_AND_VENUES


def _opens_quotation_after_its_phrase(verb: Token, end: int) -> bool:
    """'reacted skeptically to the deal, “…”': the verb's own words, a comma, then the quotation."""
    text = doc_text(verb.doc)
    sentence_end = verb.sent.end_char
    opens = [i for i in (text.find(m, end, sentence_end) for m in OPENING_QUOTE_CHARS) if i >= 0]
    if not opens:
        return False
    mark = min(opens)
    between = verb.doc.char_span(end, mark, alignment_mode="contract")
    if between is None or not text[end:mark].rstrip().endswith((",", ":")):
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in between)


def _plain_lemma(word: str) -> str:
    """The first stem of ``word`` that is a speech verb ('jeered' -> jeer), else the word."""
    return next((stem for stem in verb_stems(word) if stem in SPEECH_VERBS), word)


def set_off(verb: Token) -> bool:
    """The attribution stands between commas, after a comma at the sentence's end, or opens the
    sentence as an 'as' clause."""
    doc, first, last = verb.doc, verb.left_edge.i, verb.right_edge.i
    # A space the tokenizer kept ('said,\xa0has') hangs on the comma: no word of the attribution;
    # nor is the opening mark of the quotation after it ('…, she said, ''is a perfect …').
    while last > verb.i and (doc[last].is_space or _opening_mark(doc[last]) or _joiner_after_a_comma(doc[last])):
        last -= 1
    opened = doc[first].text == "," or (first > 0 and doc[first - 1].text == ",") or _comma_before_subject(verb)
    # 'As the mayor said, the bridge will …': an 'as' clause opening the sentence, or the clause
    # after a conjunction ('But as Clyburn noted, those voters …', '…, and as Dorn noted, staff …')
    opened = opened or (
        doc[first].lower_ == "as" and _opens_a_clause(doc[first]) and first < verb.i and not _completed(verb)
    )
    if not opened:
        return False
    # The parser may hang the closing comma on the verb itself: 'A tone, she said, would ...'
    after = next((t for t in doc[last + 1 : verb.sent.end] if not t.is_space), None)
    return doc[last].text == "," or after is None or after.text in (",", ".", "!", "?", ";")


def _completed(verb: Token) -> bool:
    """A verb with a complement of its own ('as technology threatens to change the trade'): its
    'as' clause says something; only a bare one ('as Clyburn noted', 'as Lee told the Courier',
    the hearer no complement) stands for the words."""
    hearer_verb = verb.lemma_.lower() in ADDRESSEE_VERBS
    return any(
        c.dep_ in ("xcomp", "ccomp", "attr", "acomp")
        or (c.dep_ == "dobj" and not hearer_verb and not quoting_idiom_word(verb, c))
        for c in verb.children
    )


def quoting_idiom_word(verb: Token, child: Token) -> bool:
    """The word a verb of quoting needs to stand for the words: the 'it' of 'as Kane put it', no
    object of its own ('as the firm put its case' says something)."""
    return QUOTE_ADJACENT_NEEDS.get(verb.lemma_.lower()) == child.lower_


def _opens_a_clause(token: Token) -> bool:
    """The first word of its sentence, or of a clause after a conjunction that opens the sentence
    or follows a comma ('But as …', ', and as …')."""
    doc, start = token.doc, token.sent.start
    if token.i == start:
        return True
    before = doc[token.i - 1]
    if before.pos_ != "CCONJ":
        return False
    return before.i == start or (before.i > start and doc[before.i - 1].text == ",")


def _joiner_after_a_comma(token: Token) -> bool:
    """'…, Mayer said, and “patched” the software': the parser hung the 'and' that goes on with
    the sentence on the attribution's verb; it is no word of the attribution. Only before a
    predicate: '“…,” she said, and “clear consequences …”' goes on with her quotation, no
    sentence around the attribution."""
    if token.dep_ != "cc" or token.i == 0 or token.doc[token.i - 1].text != ",":
        return False
    following = next((t for t in token.doc[token.i + 1 : token.i + 3] if not (t.is_punct or t.is_space)), None)
    return following is not None and following.pos_ == "VERB"


def _comma_before_subject(verb: Token) -> bool:
    """'Instead, Trump told CNN, his plan …': the parser hung the sentence's opening words on
    the attribution; the comma before its subject opens it all the same."""
    subject = _own_subject(verb)
    if subject is None or subject.left_edge.i == verb.left_edge.i:
        return False
    return verb.doc[subject.left_edge.i - 1].text == ","


def _own_subject(verb: Token) -> Token | None:
    """The subject next to the verb: '… for people with like-minded, if bogus, ideas to
    organize …, she said' hangs 'people' on 'said' too, but 'she' is the one saying."""
    return next((c for c in reversed(list(verb.lefts)) if c.dep_ in SUBJECT_DEPS), None)


def attribution_start(verb: Token) -> int:
    """Where the attribution begins: the verb's left edge, or its subject's when the parser hung
    words before that subject's comma on the verb ('…, ideas to organize, she said')."""
    if _comma_before_subject(verb):
        return _own_subject(verb).left_edge.i  # type: ignore[union-attr]
    return verb.left_edge.i


def opens_with_quotation(sent: Span) -> bool:
    """'“We will win,” he said, “…”': the sentence is a quotation split by its attribution."""
    text = sent.text.lstrip()
    return text[:1] in QUOTE_CHARS or text.startswith("''")


def around(anchor: Token, first: int, last: int, *, prefer_before: bool = False) -> tuple[int, int] | None:
    """'The goal, he said, is to forge ...': the sentence around an attribution (tokens
    first..last), as its longer side, since a quote's text is one stretch.

    ``prefer_before``: 'X leads by 271 delegates according to a count, but Y': an attribution
    after words speaks for them, however long the rest of the sentence.
    """
    sent = anchor.sent
    before = _without_edge_punct([t for t in sent if t.i < first])
    after = _without_edge_punct([t for t in sent if t.i > last])
    if _relative_before_the_attribution(before, after):
        # 'the farm, which, the family said, had been losing money': the clause the word opens,
        # even when the word is its subject (the one-clause reading below would take the sentence)
        return after[0].idx, after[-1].idx + len(after[-1])
    verb = _clause_verb_after(before, after) or _verb_of_a_subject_hung_on_the_attribution(anchor, before, after)
    if verb is not None:
        # 'A major part of the reason, McKinley said, is the flow of drugs': the attribution
        # interrupts one clause; the quote runs over it rather than lose half of what was said
        end = max(t.idx + len(t) for t in _clause_rest(verb, after))
        return before[0].idx, end
    if before and len(after) >= 3 and _opens_the_clause_after(before[-1]):
        # 'a tunnel where, it is said, racists fired': the clause the word opens
        return after[0].idx, after[-1].idx + len(after[-1])
    contrast = not prefer_before and _contrast_after_the_attribution(before, after)  # (a verb's, not 'according to')
    if _fronted_before_the_attribution(before, after) or contrast:
        return before[0].idx, after[-1].idx + len(after[-1])
    if not prefer_before and _tail_of_the_clause_before(before, after):
        # 'The fund will grow, the treasurer said, but slowly': the words after the attribution
        # finish the clause before it
        return before[0].idx, after[-1].idx + len(after[-1])
    longer = before if len(before) > len(after) else after
    if len(before) >= 3 and after and after[0].pos_ == "CCONJ" and _as_comparison(anchor):
        longer = before  # ('Rents rose, as the agency had warned, and wages fell': it covers what came before)
    if before and before[-1].pos_ == "CCONJ" and len(after) >= 3:
        longer = after  # ('…, and as Dorn noted, staff could …': the words before lead into the clause after)
    side = before if prefer_before and len(before) >= 3 else longer
    if len(side) < 3:
        return None
    return side[0].idx, side[-1].idx + len(side[-1])


def _as_comparison(verb: Token) -> bool:
    """An 'as' attribution set between two clauses joined by 'and' ('Rents rose, as the agency
    had warned, and wages fell'): it compares the clause before with what was said; the clause
    the 'and' adds after it is the writer's."""
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def _tail_of_the_clause_before(before: list[Token], after: list[Token]) -> bool:
    """The words after an attribution hang on the clause before it and hold no subject of their
    own ('…, the minister warned, though not this year'; not '…, she said, but the city will
    cut jobs', a clause of its own)."""
    if len(before) < 3 or not after:
        return False
    inside = {t.i for t in after}
    earlier = {t.i for t in before}
    tops = [t for t in after if t.head.i not in inside]
    return all(t.head.i in earlier for t in tops) and not any(t.dep_ in SUBJECT_DEPS for t in after)


def _relative_before_the_attribution(before: list[Token], after: list[Token]) -> bool:
    """A relative pronoun with its noun before it, just before a parenthetical attribution ('the
    farm, which, the family said, had been losing money'; 'the man who, police said, fired'):
    what was said is the clause after, not the sentence holding the noun. A question word
    opening the sentence ('What, he asked, is left?') has no noun before it and is left to the
    one-clause reading."""
    return len(before) >= 2 and len(after) >= 3 and before[-1].tag_ in ("WDT", "WP") and before[-1].dep_ in SUBJECT_DEPS


def _opens_the_clause_after(token: Token) -> bool:
    """A relative or 'that' word just before a parenthetical attribution: what was said is the
    clause it opens, after the attribution ('the night when, she recalled, the lights went out')."""
    return token.tag_ in ("WRB", "WDT", "WP") or (token.lower_ == "that" and token.dep_ == "mark")


def _clause_verb_after(before: list[Token], after: list[Token]) -> Token | None:
    """The verb after an attribution whose subject stands before it ('Many of the prisons, she
    said, are aging'): the two sides are one clause. (A verb joined by 'and' after it, '…, Mayer
    said, and “patched” the servers', is left to the longer side: on PolNeAR train joining
    those cost more matches than it gained.) A one-word subject counts too: 'Exports, she noted,
    fell in May'."""
    if not before or len(after) < 2:
        return None
    right = {t.i: t for t in after}
    return next((right[t.head.i] for t in before if t.dep_ in SUBJECT_DEPS and t.head.i in right), None)


def _verb_of_a_subject_hung_on_the_attribution(verb: Token, before: list[Token], after: list[Token]) -> Token | None:
    """'Lehmann, Osei recalled, was “strict about glue”': the parser gave the attribution's verb
    both subjects; the one before it is the subject of the verb after, which has none."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or not before or len(after) < 2:
        return None  # (a finite saying: not '…, 82 percent of whom view Trump unfavorably according to …')
    if not any(t.dep_ in SUBJECT_DEPS and t.head.i == verb.i for t in before):
        return None
    inside = {t.i for t in before} | {t.i for t in after}
    tops = [t for t in after if t.head.i not in inside or t.head.i == t.i]
    return next(
        (t for t in tops if t.pos_ in ("VERB", "AUX") and not any(c.dep_ in SUBJECT_DEPS for c in t.children)), None
    )


# How a phrase fronted before an attribution hangs on the clause after it: 'After being told …,
# police said, Korvel went …', 'Despite the increase, she noted, spending is falling'.
FRONTED_DEPS = frozenset({"prep", "advcl", "advmod"})


def _fronted_before_the_attribution(before: list[Token], after: list[Token]) -> bool:
    """'At the heart of the dispute, according to Lind, was a decision …', 'After being told he
    would be charged, police said, Korvel went …': a phrase before the attribution that the
    parser hangs on the clause after it opens that clause; both sides are what was said. Not a
    time ('Six months ago, the senator said, the media …': when it was said), nor before a
    quotation ('Asked about it, Dorn said, “…”': the quotation is said on its own)."""
    if not before or len(after) < 2 or _opening_mark(after[0]) or _opening_mark(after[0].doc[after[0].i - 1]):
        return False
    right = {t.i for t in after}
    # (a one-word adverb is a connective: 'However, Mayor Ana Ruiz said, the plan failed')
    return any(
        t.dep_ in FRONTED_DEPS and t.head.i in right and not _a_time(t) and not _the_medium_of_saying(t)
        and not (t.dep_ == "advmod" and t.left_edge.i == t.right_edge.i)
        for t in before
    )


def _the_medium_of_saying(phrase: Token) -> bool:
    """'In a statement, the company said, the board denied the claims': where the words were
    said, hung by the parser on the clause after; it belongs to the attribution, as a time does."""
    return _saying_medium_phrase(phrase, ("in", "on", "via"))


def _saying_medium_phrase(phrase: Token, prepositions: tuple[str, ...]) -> bool:
    """A prepositional phrase ('in an interview', 'on Twitter') whose object is how or where words
    are said."""
    if phrase.dep_ != "prep" or phrase.lower_ not in prepositions:
        return False
    obj = first_child(phrase, "pobj")
    return obj is not None and obj.lemma_.lower() in SAYING_CIRCUMSTANCE_NOUNS


def _contrast_after_the_attribution(before: list[Token], after: list[Token]) -> bool:
    """'He may not fill a hall the way he once did, they say, but he is still a strong voice':
    a clause before the attribution and a 'but' clause with its own subject after it, the
    parser joining the second to the first, make one contrast the speakers drew."""
    if len(before) < 3 or len(after) < 3 or after[0].lower_ != "but":
        return False
    head = after[0].head
    left = {t.i for t in before}
    return head.i in left and any(
        c.dep_ == "conj" and c.i > after[0].i and any(s.dep_ in SUBJECT_DEPS for s in c.children)
        for c in head.children
    )


def _a_time(phrase: Token) -> bool:
    return any(in_a_time(t) for t in phrase.subtree)


def _clause_rest(verb: Token, after: list[Token]) -> list[Token]:
    """The clause's words after the attribution: the verb's own, less the writer's comments
    the parser tells apart, up to the first gap."""
    own = {t.i for t in _content_tokens(verb)}
    rest: list[Token] = []
    for t in after:
        if t.i not in own:
            break
        rest.append(t)
    return _without_edge_punct(rest) or after


def _without_edge_punct(tokens: list[Token]) -> list[Token]:
    """The tokens less punctuation and whitespace at both ends (a paragraph's last sentence
    holds its line break as a token, which counted as a word of the side after)."""
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens.pop(0)
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    return tokens


def clause_made_clear(verb: Token) -> Token | None:
    """'Dorn made clear that she would veto it', 'made it clear to the council that …': 'make
    clear' says its that-clause as 'state' does. The parser hangs the clause on 'make' or, after
    'it', on 'clear'; a subject is needed ('it was made clear that …' names no one who said it)."""
    if verb.lemma_.lower() != "make" or has_child(verb, "auxpass", "nsubjpass"):
        return None
    subject = subject_of(verb)
    if subject is None or not _could_say(subject):
        return None
    clear = next((c for c in verb.children if c.lower_ == "clear" and c.i > verb.i), None)
    if clear is None:
        return None
    for head in (verb, clear):
        for clause in head.children:
            mark = next((c for c in clause.children if c.lower_ == "that" and c.i == clause.left_edge.i), None)
            if clause.i > clear.i and mark is not None and clause.pos_ in ("VERB", "AUX") and holds_clause(clause):
                return clause
    return None


def _could_say(subject: Token) -> bool:
    """Someone, or someone's words: 'Dorn', 'she', 'officials', 'Dorn's letter' — not a thing or
    an event ('common sense made clear that …', 'the primary made it clear that …': the writer's
    inference)."""
    if subject.pos_ == "PRON":
        return subject.lower_ in PERSONAL_PRONOUNS or subject.lower_ == "who"  # ('Alito, who had made clear …')
    named = subject.pos_ == "PROPN" or subject.ent_type_ in SPEAKER_LABELS
    return named or names_a_person(subject) or has_child(subject, "poss")


def holds_clause(token: Token) -> bool:
    """A finite clause with a subject of its own somewhere below (not 'vowed to make ...')."""
    return any(t.dep_ in SUBJECT_DEPS for t in token.subtree if t.i != token.i)


def misattached_that_clause(verb: Token) -> Token | None:
    """'said in a statement that ...', 'told CNBC’s “Trading Nation” that …': the parser hangs
    the that-clause on 'statement' or on the hearer. 'claimed at the time that they were
    treated well': on 'time', its 'that' read as a relative adverb ('the time when')."""
    for prep in verb.children:
        if prep.dep_ not in ("prep", "dobj", "dative") or prep.i < verb.i:
            continue
        for t in prep.subtree:
            if t.dep_ in ("acl", "relcl") and any(
                c.lower_ == "that" and c.i == t.left_edge.i
                and (c.dep_ == "mark" or _that_as_time_adverb(c, t) or _that_as_object_of_an_occasion(c, t, verb))
                for c in t.children
            ):
                return t
    return None


# Prepositions placing a saying in its occasion: 'told reporters after the hearing that …'.
OCCASION_PREPOSITIONS = frozenset({"after", "at", "during", "before", "following"})


def _that_as_object_of_an_occasion(that: Token, clause: Token, verb: Token) -> bool:
    """'She told reporters after the hearing that the agency had known about it for months': the
    parser read 'the hearing that the agency had known' as a relative clause. After a telling or
    saying verb, on the occasion it was said at, a 'that' clause with a subject of its own is
    what was said ('a hearing that the agency had known' names no hearing anyone knew)."""
    occasion = clause.head
    return (
        that.dep_ in ("dobj", "advmod")
        and verb.lemma_.lower() in ("say", "tell")
        and occasion.lemma_.lower() in VENUE_NOUNS
        and occasion.head.dep_ == "prep"
        and occasion.head.lower_ in OCCASION_PREPOSITIONS
        and occasion.head.head.i == verb.i
        and any(c.dep_ in SUBJECT_DEPS for c in clause.children)
        and not _done_to_the_occasion(that, clause)
    )


# Verbs whose object is an occasion itself: 'the hearing that the committee had scheduled'.
OCCASION_VERBS = frozenset(
    "hold schedule reschedule call convene chair attend host organise organize arrange plan cancel "
    "postpone open close adjourn run stage request demand".split()
)


def _done_to_the_occasion(that: Token, clause: Token) -> bool:
    """'told reporters after the hearing that the committee had scheduled for June': a verb that
    takes an occasion for its object, with no other object, has 'that' for it; the clause is a
    relative one about the hearing, nothing said."""
    return (
        that.dep_ == "dobj"
        and clause.lemma_.lower() in OCCASION_VERBS
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i != that.i for c in clause.children)
    )


def _that_as_time_adverb(that: Token, clause: Token) -> bool:
    """'the time that they were treated well' read with 'that' for 'when': a clause with a subject
    of its own, 'that' no part of it, on a reporting verb's 'at the time'. Likewise on the
    document the words were given in ('estimated in a report last year that long waits were
    linked to …'): a report is no time or place a relative 'that' could stand for, so the
    'that' opens what was reported."""
    return (
        that.dep_ == "advmod"
        and (clause.head.lower_ in TIME_NOUNS_OF_A_REPORT or clause.head.lemma_.lower() in MEDIUM_NOUNS)
        and any(c.dep_ in SUBJECT_DEPS for c in clause.children)
    )


# 'said at the time that …', 'argued at that point that …' (not 'in a way that readers understand').
TIME_NOUNS_OF_A_REPORT = frozenset({"time", "moment", "point"})


def extend_over_conjunct(
    verb: Token, content: tuple[int, int], *, joiners: tuple[str, ...] = ("but", "and", "while")
) -> tuple[int, int]:
    """'said ... that X, but Y are crucial': a non-reporting conjunct right after X continues it.

    The parser often hangs "but Y" on the reporting verb instead of on X.
    """
    start, end = content
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.idx < end or is_reporting_verb(conj):
            continue
        if any(c.dep_ in SUBJECT_DEPS and c.pos_ == "PRON" for c in conj.children) and _speech(conj):
            continue  # "..., and he added": the speaker goes on, not the report
        gap = doc_text(verb.doc)[_before_closing_marks(verb.doc, start, end) : conj.left_edge.idx]
        # '… “could be unyielding,” and that Freddy had struggled …': a second 'that' clause
        # is more of the same report, whatever the joiner
        # (only there may a quotation closed with a comma stand between: in '… was “dead,” but
        # the House passed it' the quotation ended the report; '“a long road ahead” but …' did not)
        second_that = conj.left_edge.dep_ == "mark" and conj.left_edge.lower_ == "that"
        if _speaker_goes_on(verb, conj) and not second_that:
            continue
        backshifted = _backshifted_after_and(conj, gap)
        goes_on = _goes_on_after_quotation(conj, gap) or backshifted
        if _shares_the_speaker(conj) and not second_that and not goes_on:
            continue
        after = r"\s*,?|[”\"']+,?" + (r"|,[”\"']+" if second_that else "")
        words = "|".join((*joiners, "and") if second_that else joiners)
        if re.fullmatch(rf"(?:{after})\s*(?:{words})\s*(?:instead\s*)?,?\s*", gap) or _goes_on_after_quotation(
            conj, gap
        ) or backshifted:
            last = conj.right_edge
            while (last.dep_ == "punct" or last.is_space) and last.i > conj.i:
                last = last.doc[last.i - 1]
            return start, last.idx + len(last)
    return content


def _speaker_goes_on(verb: Token, conj: Token) -> bool:
    """'Rubio said the plan failed, but he sounded a hopeful note': a clause joined to the
    reporting verb whose subject is the speaker again is the writer's next sentence. (It cuts
    too '… , but beyond that, he doesn't want …', which goes on with what was said: on PolNeAR
    train one such loss against six gains.)"""
    subject, speaker = subject_of(conj), subject_of(verb)
    if subject is None or speaker is None or subject.lower_ not in ("he", "she", "they"):
        return False
    if any(t.dep_ == "ccomp" for t in conj.subtree):
        return False  # '…, but he feels confident that …': his stance, more of what he said
    return subject.lower_ == speaker.lower_ or (speaker.pos_ == "PROPN" and subject.lower_ in ("he", "she"))


def _shares_the_speaker(conj: Token) -> bool:
    """'considers Clinton untrustworthy, but views Trump as …': a verb joined to the reporting
    verb with no subject of its own is the speaker's next act, not more of what was said."""
    return conj.pos_ in ("VERB", "AUX") and subject_of(conj) is None and not any(
        c.dep_ == "csubj" for c in conj.children
    )


def extend_over_bare_verbs(verb: Token, content: tuple[int, int]) -> tuple[int, int]:
    """'said Texas is ready to “take on the cartel,” secure the border and …': a bare verb the
    parser hung on the reporting verb right after the content is the next item of a list
    of the content's infinitives (no one reports in the bare form)."""
    start, end = content
    for child in verb.children:
        if child.dep_ not in ("advcl", "conj", "dep") or child.idx < end or not _bare_verb(child):
            continue
        gap = doc_text(verb.doc)[end : child.left_edge.idx]
        if re.fullmatch(r"[\s,”\"']*", gap) and "," in gap:
            return start, clause_end(child)
    return content


def extend_over_split_clause(verb: Token, content: tuple[int, int]) -> tuple[int, int]:
    """'said it would “have been cool” had Clinton congratulated him': a second clause the
    parser hung on the reporting verb, straight after the content with nothing but a closing
    mark between, is the rest of the same clause."""
    start, end = content
    for child in verb.children:
        if child.dep_ not in CONTENT_DEPS or child.idx < end:
            continue
        gap = doc_text(verb.doc)[end : child.left_edge.idx]
        if _joined_or_reported(child) or _attribution_of_a_quotation(child, end):
            continue
        if re.fullmatch(r"[\s”\"']*", gap) or (re.fullmatch(r"[\s,]*", gap) and _predicate_without_subject(child)):
            return start, clause_end(child)
    return content


def _predicate_without_subject(clause: Token) -> bool:
    """'said that the pier, closed since a storm in January, would reopen by July': the parser
    read the aside's participle as the clause's verb and left 'would reopen' on its own, with a
    modal and no subject; it is the predicate of the clause before the comma."""
    if any(c.dep_ in (*SUBJECT_DEPS, "expl", "mark") for c in clause.children):
        return False
    first = clause.left_edge
    return first.dep_ == "aux" and first.tag_ == "MD" and first.head.i == clause.i


def _attribution_of_a_quotation(clause: Token, end: int) -> bool:
    """'said Randolph “would have no chance to win,” the source recalled': a reporting verb
    whose subject follows a quotation's close right after the content (``end``) is who said
    the quotation, not the rest of the content's clause."""
    subject = subject_of(clause)
    if subject is None or subject.i > clause.i or not is_reporting_verb(clause):
        return False
    text = doc_text(clause.doc)
    last_word = len(text[:end].rstrip(" ,”\"'"))  # (the content may or may not keep the mark)
    return CLOSING_THEN_COMMA.fullmatch(text[last_word : subject.left_edge.idx]) is not None


# What stands between a quotation's last word and the attribution after it: ',” ', '” ,'.
CLOSING_THEN_COMMA = re.compile(r"\s*,?\s*[”\"']+\s*,?\s*")


def clause_end(clause: Token) -> int:
    """Where a clause's words end, its trailing punctuation and space left out."""
    last = clause.right_edge
    while (last.is_punct or last.is_space) and last.i > clause.i:
        last = last.doc[last.i - 1]
    return last.idx + len(last)


def _joined_or_reported(clause: Token) -> bool:
    """A clause opening with 'and …' or holding its own report before its verb ('and one in
    four said …'): not the first clause's rest."""
    return any(t.dep_ == "cc" or is_reporting_verb(t) for t in clause.doc[clause.left_edge.i : clause.i])


def _bare_verb(token: Token) -> bool:
    return token.tag_ == "VB" and not any(c.dep_ in (*SUBJECT_DEPS, "aux", "mark") for c in token.children)


def _before_closing_marks(doc: Doc, start: int, end: int) -> int:
    """Where a content ending in a quotation's close ('was “dead,”') ends without it, so the
    words after are read against the closed quotation, whether the content kept its mark."""
    closing = re.search(r",?[”\"']+$", doc_text(doc)[start:end])
    return start + closing.start() if closing else end


def _goes_on_after_quotation(conj: Token, gap: str) -> bool:
    """'said polls could be “way off,” and have been unreliable', 'said he was “deeply
    grateful,” and voters would …': a clause joined by ', and' right after a quotation, which
    the parser hung on the reporting verb, goes on with the report ('“dead,” but the House
    passed it' does not; nor, on PolNeAR train, '“very encouraged” and Trump calling it …'
    without the comma). (Sparing a subjectless verb in the reporting verb's tense as the
    speaker's next act, 'said “…” and walked off', cost a match there: 'said her family “came
    out …,” and “struggled …”'.)"""
    closed = re.fullmatch(r"\s*(?:,[”\"']+|[”\"']+,)\s*and\s*", gap)
    return closed is not None and conj.pos_ in ("VERB", "AUX")


# Modals a past report shifts its future into: 'said it was “fair” and would stay'.
BACKSHIFT_MODALS = frozenset({"would", "could", "might", "should"})


def _backshifted_after_and(conj: Token, gap: str) -> bool:
    """'said the star was “in great spirits” and would return next spring': a subjectless verb
    joined by 'and' whose modal is the report's future-in-the-past goes on with what was said
    (the speaker's own next act is told in the past: 'said “…” and walked off')."""
    if conj.pos_ not in ("VERB", "AUX") or subject_of(conj) is not None:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in BACKSHIFT_MODALS and c.i < conj.i for c in conj.children):
        return False
    return re.fullmatch(r"\s*[”\"']*,?\s*and\s*", gap) is not None


def _speech(verb: Token) -> bool:
    return verb.lemma_.lower() in SPEECH_VERBS


def content_offsets(head: Token, *, after: Token | None = None) -> tuple[int, int]:
    """Character span of a reported clause, less the writer's comments around it.

    ``after``: the reporting verb, when the clause follows it; a relative pronoun the clause
    holds before the verb ('a wall, which he said Mexico should pay for') is not reported.
    """
    tokens = sorted(_content_tokens(head), key=lambda t: t.i)
    if after is not None and head.i > after.i:
        tokens = [t for t in tokens if t.i > after.i]
    # Drop a leading complementizer and punctuation: "that ...", ": ..." (any other leading
    # mark opens a clause fronted in the report and stays: 'said if elected, he would …')
    while tokens and (tokens[0].dep_ == "punct" or tokens[0].lower_ == "that"):
        tokens.pop(0)
    # ... and trailing punctuation, a dangling conjunction or an opening mark ('was over: “')
    while tokens and (
        (tokens[-1].dep_ == "punct" and tokens[-1].text in (",", ";", ":", "—", "–", "-"))
        or _opening_mark(tokens[-1])
        or tokens[-1].dep_ == "cc"
    ):
        tokens.pop()
    if not tokens:
        return head.idx, head.idx + len(head)
    # Keep the contiguous stretch that starts the clause: cut at the first gap.
    run = [tokens[0]]
    for t in tokens[1:]:
        if t.i != run[-1].i + 1:
            break
        run.append(t)
    return run[0].idx, run[-1].idx + len(run[-1])


# A wire story's dateline opening its first paragraph: 'LONDON, March 3 (Reuters) - ', 'PARIS — ',
# a press release's 'BOSTON, May 14, 2024 /PRNewswire/ -- ',
# 'SIOUX FALLS, S.D. – ', 'Kyiv, Ukraine (CNN) — ', 'Lisk, March 11 — '. The place is in capitals,
# or an agency or a day follows it.
WIRE_DATELINE = re.compile(
    r"""(?:
        [A-Z][A-Z.'’-]+(?:\ [A-Z][A-Z.'’-]+){0,3}
        (?:,\ [A-Z][A-Za-z.]+(?:\ [A-Z][A-Za-z.]+)?)?
        (?:,\ [A-Z][a-z]{2,8}\.?\ \d{1,2}(?:,\ \d{4})?)?
        (?:\ \([A-Za-z][A-Za-z\ .&-]{0,30}\)|\ /[A-Za-z][A-Za-z\ .&-]{0,30}/)?
      | [A-Z][a-z]+(?:\ [A-Z][a-z]+)?(?:,\ [A-Z][A-Za-z.]+(?:\ [A-Z][A-Za-z.]+)?)?
        \ \([A-Z][A-Za-z\ .&-]{0,30}\)
      | [A-Z][a-z]+(?:\ [A-Z][a-z]+)?,\ (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?
        \ \d{1,2}(?:,\ \d{4})?
    )\ ?(?:—|–|--|-)\ +""",
    re.VERBOSE,
)


def after_a_dateline(text: str, content: tuple[int, int]) -> tuple[int, int]:
    """A report opening a paragraph without the wire dateline the parser took into it ('LONDON,
    March 3 (Reuters) - Britain will cut taxes, the ministry said'), or into part of it
    ('Reuters) - Britain will …')."""
    start, end = content
    dateline = wire_dateline_at(text, start)
    return (dateline, end) if dateline is not None and start < dateline < end else content


def wire_dateline_at(text: str, offset: int) -> int | None:
    """Where the story starts after the wire dateline opening the paragraph that holds
    ``offset``, or None when the paragraph opens with none. The words after the dash must open a
    sentence: a capitalised word with a dash before lower-case words is a subject with an aside
    ('GDP - the broadest measure of output - rose', 'NATO -- not the EU -- will lead'), and one
    or two capitals before a dash a pair ('UK - US talks')."""
    dateline = WIRE_DATELINE.match(text, text.rfind("\n", 0, offset) + 1)
    if dateline is None or dateline.end() >= len(text) or not _opens_a_sentence(text[dateline.end()]):
        return None
    if BARE_ABBREVIATION.fullmatch(dateline.group()):
        return None
    return dateline.end()


# A dateline that is one or two capitals and a dash, 'UK - ', which opens a pair ('UK - US talks').
BARE_ABBREVIATION = re.compile(r"[A-Z]{1,2} ?(?:—|–|--|-) +")


def _opens_a_sentence(char: str) -> bool:
    """The story after a dateline starts a sentence: a capital, a figure or a quotation mark."""
    return char.isupper() or char.isdigit() or char in OPENING_QUOTE_CHARS


def _opening_mark(token: Token) -> bool:
    """A mark that opens a quotation: a straight '"' closes as often as it opens, and the
    tagger tells which ('``' opens, "''" closes)."""
    if token.dep_ != "punct" or token.text not in OPENING_QUOTE_CHARS:
        return False
    return token.text != '"' or token.tag_ == "``"


def governed_clause(verb: Token, open_at: int, close_at: int, *, intentions: bool = False) -> tuple[int, int] | None:
    """'Cruz blamed the law on “knuckleheaded politicians.”': what the verb says, quoted words included.

    The verb's complements after it (object, predicate, prepositional phrases), less the
    writer's comments and any clause of its own joined by "and"; None when the quoted words
    (``open_at``..``close_at``, the marks) do not fall inside them.
    """
    parts = [
        c for c in verb.children
        if c.i > verb.i
        and c.dep_ not in ("punct", "cc", "nsubj", "nsubjpass", "aux", "auxpass", "neg", "prt")
        and not (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
        and not _is_comment(c)
    ]
    first_quoted = _first_quoted_word(verb.doc, open_at)
    holder = next((p for p in parts if p.left_edge.idx <= first_quoted <= p.right_edge.idx), None)
    if not parts or holder is None:
        return None
    if _named_thing_before(verb):
        parts = [p for p in parts if p.dep_ == "oprd"]  # 'videos he calls “…”, pointing at …': the name
    if _calls_for(verb) and not _person_subject(verb):
        # 'the plan calls for “respecting sovereignty”': a document's demand listed, not words
        # labelled; a person's demand ('she called for more “flexibility” for …') is what she said
        return None
    if not intentions and holder.dep_ == "xcomp" and not holds_clause(holder) and not _object_before(verb, holder):
        # 'vowed to make a “nuanced study”': an intention, as for reports without marks; but
        # 'asked the campaign to “cease and desist”' reports a request made of someone
        return None
    # ('asked the campaign to “cease and desist”': a request names who is to act; it stays)
    # ('told the council “no more patches”': the words, a clause or a second object, follow who
    # heard them)
    told = [p for p in parts if holder.dep_ in ("ccomp", "dobj") and p.i < holder.i and _hearer(verb, p)]
    parts = [p for p in parts if not any(p is h for h in told)]
    first = min(p.left_edge.i for p in parts)
    last = max(p.right_edge.i for p in parts)
    doc = verb.doc
    next_act = next((t for t in doc[first : last + 1] if _next_act_joined_to_a_label(t)), None)
    if next_act is not None and next_act.left_edge.i > first:
        last = next_act.left_edge.i - 1
        while last > first and (doc[last].dep_ == "cc" or (doc[last].is_punct and doc[last].text not in QUOTE_CHARS)):
            last -= 1
    if _cue_preposition(verb, doc[first]) and first + 1 <= last:
        first += 1  # 'talked about “spoiling the party”': what was said starts after 'about'
    while last > first and doc[last].is_punct and doc[last].text not in QUOTE_CHARS:
        last -= 1
    start, end = doc[first].idx, doc[last].idx + len(doc[last])
    if not start <= open_at < end:
        return None
    if _labels_a_relative(verb):
        end = min(end, close_at + 1)
    return start, max(end, close_at + 1)


def _first_quoted_word(doc: Doc, open_at: int) -> int:
    """Where the first word inside the marks opening at ``open_at`` starts: the parser may hang
    the opening mark on the verb rather than on the words it opens ('called that vision “a
    necessary one,” at a time when …'), so the words, not the mark, tell whose phrase holds
    the quotation."""
    mark = doc.char_span(open_at, open_at + 1, alignment_mode="expand")
    if mark is None or mark.end >= len(doc):
        return open_at
    after = doc[mark.end]
    return after.idx if after.idx < open_at + 4 else open_at


def _next_act_joined_to_a_label(token: Token) -> bool:
    """'called it “shameful” and called on leaders “not to …”': a subjectless verb the parser
    joined to a quoted label (an adjective or a noun, closed by its mark) is the speaker's next
    act, with words of its own, not more of the label."""
    head = token.head
    if token.dep_ != "conj" or token.pos_ != "VERB" or head.pos_ not in ("ADJ", "NOUN", "PROPN"):
        return False
    if subject_of(token) is not None or head.i > token.i:
        return False
    between = doc_text(token.doc)[head.idx : token.left_edge.idx]
    return any(mark in between for mark in CLOSING_QUOTES)


def _cue_preposition(verb: Token, prep: Token) -> bool:
    """A preposition that belongs to the verb, not to what it reports: the topic's ('talked
    about', 'spoke of'), the one asked's ('called on the agency to …'), the demand's ('called
    for more …')."""
    if prep.dep_ != "prep":
        return False
    if prep.lower_ in TOPIC_PREPS:
        return True
    return prep.head.i == verb.i and (_asks_through(verb, prep) or (_calls_for(verb) and prep.lower_ == "for"))


def _calls_for(verb: Token) -> bool:
    return verb.lemma_.lower() == "call" and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)


def _person_subject(verb: Token) -> bool:
    """'She called for …', 'Mr. Lee called for …': a person speaks (not 'it', a plan)."""
    subject = subject_of(verb)
    if subject is None:
        return False
    return subject.lower_ in PERSON_PRONOUNS or (subject.pos_ == "PROPN" and subject.ent_type_ == "PERSON")


def _hearer(verb: Token, part: Token) -> bool:
    """'telling the host that “…”': who heard the words, not the words."""
    return (
        part.dep_ in ("dobj", "dative", "iobj")
        and verb.lemma_.lower() in ADDRESSEE_VERBS
        and part.pos_ in ("PROPN", "NOUN", "PRON")
    )


# Prepositions that introduce the topic of talk: 'spoke of …', 'talked about …'.
TOPIC_PREPS = frozenset({"about", "of"})


# A verb and preposition that ask someone to act: 'called on the agency to …', 'appealed to
# voters to …', 'pleaded with Congress to …' (the one asked stands in the prepositional phrase).
REQUEST_PREPS = frozenset({("call", "on"), ("appeal", "to"), ("plead", "with")})


def _object_before(verb: Token, xcomp: Token) -> bool:
    """Someone the verb asks to act, before the infinitive: 'asked the campaign to …',
    'called on the agency to …'."""
    return any(
        c.i < xcomp.i and (c.dep_ in ("dobj", "dative") or _asks_through(verb, c)) for c in verb.children
    )


def _asks_through(verb: Token, prep: Token) -> bool:
    return (
        prep.dep_ == "prep"
        and (verb.lemma_.lower(), prep.lower_) in REQUEST_PREPS
        and has_child(prep, "pobj")
    )


def _labels_a_relative(verb: Token) -> bool:
    """'which Lee had called a “disaster”', 'what the Kremlin calls a “special military
    operation”': the verb's words are the label with its article, up to the label's closing mark
    (what follows, 'to defang …', 'in his 1969 book', is the writer's sentence going on; the
    bare label alone lost the article PolNeAR keeps with it: 'which a “disaster”')."""
    return any(_relative_label(c) for c in verb.children)


def _named_thing_before(verb: Token) -> bool:
    """'videos he calls “Money Talk TV”': a verb naming something that stands before it (no
    object of its own after it) says the name, and nothing after the name is what it said."""
    after = [c for c in verb.children if c.i > verb.i and c.dep_ not in ("punct", "advmod", "npadvmod")]
    name = next((c for c in after if c.dep_ == "oprd"), None)
    if name is None or has_child(verb, "nsubjpass", "auxpass", "agent"):
        return False
    return all(c.i >= name.i for c in after)  # (not 'referred to her by a nickname, “Gert”')


def _relative_label(child: Token) -> bool:
    """The relative the label names: its object ('what he calls'), or a subject 'what' — not a
    relative's subject 'that'/'which', who speaks ('an ad that urges voters to “send …” …')."""
    if child.dep_ in ("dobj", "attr"):
        return child.lower_ in ("what", "which", "that")
    return child.dep_ == "nsubj" and child.lower_ == "what"


def _content_tokens(head: Token) -> list[Token]:
    kept: list[Token] = []
    stack = [head]
    while stack:
        node = stack.pop()
        kept.append(node)
        for child in node.children:
            if _is_comment(child):
                continue
            stack.append(child)
    return kept


def _verbs_sharing_one_object(conj: Token) -> bool:
    """'said the commission does not confirm or deny the existence of investigations': two
    verbs of saying side by side with one object after both are one predicate, not a report of
    its own ('forecast the economy would rebound and praised …' stays two)."""
    head, doc = conj.head, conj.doc
    return (
        conj.i == head.i + 2
        and is_reporting_verb(head)
        and doc[head.i + 1].dep_ == "cc"
        and not has_child(head, "dobj", "ccomp", "xcomp", "prep")
    )


def _is_comment(child: Token) -> bool:
    """Adjuncts that frame the report rather than belong to it."""
    if (
        child.dep_ == "conj" and child.i > child.head.i and is_reporting_verb(child)
        and not _second_that_clause(child) and not _misread_noun_in_a_finite_clause(child)
        and not _backshifted_with_the_report(child)
        and not _under_the_reported_modal(child)
        and not _belief_joined_with_its_subject(child)
        and not _verbs_sharing_one_object(child)
    ):
        return True  # '... and insisted that ...': a report of its own
    if child.dep_ == "conj" and child.i > child.head.i and _labels_in_quotation(child) and _speaker_own_act(child):
        # 'said he found it “very impressive” and called the schedule “unheard of”': the
        # speaker's own label is a quotation of its own ('noted that Sanders … and called the
        # president “weak”' stays one report: what Sanders did is what she noted)
        return True
    if _clause_after_its_quotation(child):
        return True
    if _main_subject_read_into_a_fronted_report(child):
        return True
    if child.dep_ == "prep" and child.i > child.head.i and any(
        c.dep_ == "pcomp" and is_reporting_verb(c) and subject_of(c) is None for c in child.children
    ):
        # '... before claiming that ...' (the speaker's next report; 'without reporters asking
        # him' is someone else's act, inside what was said)
        return True
    if aside_before_its_that(child):
        return True  # 'said, speaking to reporters in Tarrow, that …': when and where, not what
    if child.dep_ == "advcl" and any(_comment_mark(m) for m in child.children):
        # ('said that while he fears …, “I've never seen …”': after the reported clause's
        # 'that', the concession is the speaker's)
        return not _after_its_clauses_that(child) and not _opens_a_sentence_attributed_after(child)
    if child.dep_ == "relcl" and child.head.pos_ == "PROPN" and _after_comma(child.left_edge):
        return True  # 'his engagement to Jerry Hall, who is the ex-wife of Mick Jagger': the writer's aside
    if child.dep_ == "relcl" and _closing_aside(child):
        return True
    if _closing_comparison(child):
        return True
    if child.dep_ == "advcl" and child.tag_ == "VBG" and child.i > child.head.i:
        # ", citing ..." frames the report; ", calling it an “area of contention”" and
        # '…, bringing its total to …' go on with it
        if not (is_reporting_verb(child) or child.lemma_.lower() in FRAMING_PARTICIPLES):
            return False
        return not (_holds_quotation(child) and not is_reporting_verb(child))
    return _is_comment_phrase(child)


def _belief_joined_with_its_subject(conj: Token) -> bool:
    """'said the voting system is “complex” and he feels he can win': a belief joined by 'and'
    with a subject of its own is one more thing the speaker said (about their own mind), not
    the speaker's next act ('… and insisted that …', with no subject, or 'and he added', speech).
    A name other than the speaker's is another holder: in '… and Hale believes the count will
    take weeks' Hale believes, a report of its own."""
    if conj.lemma_.lower() not in BELIEF_VERBS:
        return False
    subject = first_child(conj, "nsubj")
    if subject is None:
        return False
    if subject.lower_ in PERSONAL_PRONOUNS or subject.pos_ != "PROPN":
        return True
    reporter = next((a for a in conj.ancestors if is_reporting_verb(a)), None)
    said_by = subject_of(reporter) if reporter is not None else None
    return said_by is not None and subject.text in {t.text for t in said_by.subtree}


def _backshifted_with_the_report(conj: Token) -> bool:
    """'said that she was following the situation and had ordered the army to help': a
    conjunct in the past perfect, joined to a reported clause, is shifted back in time with it,
    a second thing reported; the speaker's own next act would be told in the simple past
    ('… and insisted that …')."""
    return conj.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("had", "’d", "'d") for c in conj.children
    )


def _under_the_reported_modal(conj: Token) -> bool:
    """'says he would sit the king down and tell him “no more nonsense”': a bare verb joined to
    a verb under a modal shares that modal ('would … tell'), so it is still what is reported;
    the speaker's own next act has a tense of its own ('… and told him …')."""
    if conj.tag_ != "VB" or has_child(conj, "aux", "nsubj", "nsubjpass", "mark"):
        return False
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in conj.head.children)


def _main_subject_read_into_a_fronted_report(child: Token) -> bool:
    """'When the county announced that it would close the library, Margaret Oduya, a retired
    teacher, began collecting signatures': the parser hangs the main clause's subject, after
    the comma that ends the fronted clause, on the reported clause (as a modifier, or in
    apposition to its last noun) and leaves the main verb without a subject. That name is no
    part of what was announced."""
    if child.dep_ not in ("npadvmod", "appos") or child.pos_ != "PROPN" or in_a_time(child):
        return False
    if child.left_edge.i == 0 or child.doc[child.left_edge.i - 1].text != ",":
        return False
    fronted = next((a for a in child.ancestors if a.dep_ == "advcl" and a.i < a.head.i), None)
    return fronted is not None and child.i < fronted.head.i and subject_of(fronted.head) is None


def _clause_after_its_quotation(child: Token) -> bool:
    """'told the council “this pier feeds forty families” and nobody listened': the quotation
    holds the whole clause it reports; a clause with its own subject joined after the closing
    mark is the writer's. (Not 'said the plan was “dead” and the House …', where the quoted
    words are a part of the clause.)"""
    if child.dep_ != "conj" or child.i < child.head.i or subject_of(child) is None:
        return False
    doc, head = child.doc, child.head
    before = child.left_edge.i - 1
    while before > head.i and (doc[before].dep_ == "cc" or doc[before].text == ","):
        before -= 1
    if before <= head.i or doc[before].text not in CLOSING_QUOTES:
        return False
    first = head.left_edge.i  # (the parser hangs the opening mark on the reporting verb or here)
    return doc[first].text in OPENING_QUOTE_CHARS or (first > 0 and doc[first - 1].text in OPENING_QUOTE_CHARS)


def _misread_noun_in_a_finite_clause(conj: Token) -> bool:
    """'deleted a Hillary Clinton email archive': a bare 'email' the tagger read as a verb joined
    to a past-tense verb is a noun (a verb joined to 'deleted' would share its tense)."""
    return _bare_verb(conj) and conj.head.tag_ in ("VBD", "VBZ") and conj.n_lefts == 0


def _second_that_clause(conj: Token) -> bool:
    """'said that the plan was “a good start” and that she expected …': a clause opening with its
    own 'that' is the report's second clause, whatever its verb, not the speaker's next act."""
    return any(c.dep_ == "mark" and c.lower_ == "that" and c.i < conj.i for c in conj.children)


# Verbs whose quoted label, joined to a report by "and", is a quotation of its own.
CONJOINED_LABELS = frozenset(
    "call describe label dub brand term characterize characterise deride mock dismiss hail praise blast "
    "slam decry question accuse blame".split()
)
# Participles that frame a report rather than continue it: ', citing polls', ', referring to …'.
FRAMING_PARTICIPLES = frozenset({"cite", "refer", "point", "quote", "reference", "echo"})


def aside_before_its_that(child: Token) -> bool:
    """A participle set between a reporting verb and the 'that' of its clause, where the parser
    hangs it on the clause ('said, speaking to reporters in Tarrow, that talks must resume'):
    the occasion of the saying, no part of what was said."""
    if child.dep_ != "advcl" or child.tag_ != "VBG" or has_child(child, "mark"):
        return False
    clause = child.head
    return clause.dep_ == "ccomp" and clause.head.i < child.i and any(
        c.dep_ == "mark" and c.lower_ == "that" and c.i > child.right_edge.i for c in clause.children
    )


def _after_its_clauses_that(child: Token) -> bool:
    """A clause fronted inside a that-clause: 'that while he fears …, he …' (not 'stated,
    while testifying, that …', where the parser hangs the aside on the clause after it)."""
    return child.i < child.head.i and any(
        c.dep_ == "mark" and c.lower_ == "that" and c.i < child.left_edge.i for c in child.head.children
    )


def _opens_a_sentence_attributed_after(child: Token) -> bool:
    """'Even as the race moves south, the contest will be close, said Ana Ruiz', 'But while his
    message plays well in towns, Hale will struggle in cities, Korvel said': a contrast opening
    the sentence of a report whose attribution comes last is inside what the speaker said (the
    attribution covers the sentence before it); only a report whose verb comes first leaves a
    clause before it to the writer. Not before clauses joined by 'and' ('While it is unclear
    how …, members are asked to …, and the panel is “less likely” to …, Hoover said'): the
    attribution may cover the last of them only, the contrast opening the first."""
    clause = child.head
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.i <= clause.i or not is_reporting_verb(verb):
        return False
    if any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for c in clause.children):
        return False
    first = child.left_edge
    while first.i > first.sent.start and first.doc[first.i - 1].dep_ == "cc":
        first = first.doc[first.i - 1]  # ('But while …')
    return first.i == first.sent.start or first.doc[first.i - 1].is_space


def _comment_mark(mark: Token) -> bool:
    """The mark of a clause that frames the report: 'whereas …', 'even as …', 'as Rubio has
    said', 'as he did last year', 'while calling for …', 'while Vick says …' — but not a plain
    'as' or 'while' clause after what was said, with a subject of its own ('was “stagnant” as
    donors waited to see …', '“supports Trump 100 percent,” while his opponent did not'; on
    PolNeAR train such clauses are more often the speaker's)."""
    if mark.dep_ != "mark" or mark.lower_ not in COMMENT_MARKS:
        return False
    if mark.lower_ not in GOING_ON_MARKS:
        return True
    clause = mark.head
    doc = mark.doc
    contrast = mark.i > 0 and doc[mark.i - 1].lower_ == "even"
    # ('as he did last year', 'as have other Democrats', 'as was the case with …': a comparison;
    # not 'as she is still active in the campaign', a reason with its own complement)
    compared = clause.lemma_.lower() in ("do", "have", "be") and not _with_a_complement(clause)
    saying = any(is_reporting_verb(t) or _labels_in_quotation(t) for t in clause.subtree)
    if mark.lower_ == "as":
        return contrast or compared or saying
    fronted = clause.i < clause.head.i  # ('While it is unclear …, they are …': the writer's)
    own_act = subject_of(clause) is None  # ('while calling for …': the speaker's next act)
    return fronted or own_act or saying


# What completes a verb that stands for more than itself: 'is still active', 'has a plan'.
COMPLEMENT_DEPS = frozenset({"acomp", "dobj", "ccomp", "xcomp", "oprd"})


def _with_a_complement(verb: Token) -> bool:
    """'as she is still active', 'as he has a plan': 'be', 'have' or 'do' after its subject,
    with a complement of its own, says something new; bare ('as he did') or before its subject
    ('as have other Democrats', whatever the parser hangs on it) it stands in for the verb
    before it, a comparison."""
    subject_first = any(c.dep_ in SUBJECT_DEPS and c.i < verb.i for c in verb.children)
    return subject_first and any(c.dep_ in COMPLEMENT_DEPS for c in verb.children)


def _labels_in_quotation(verb: Token) -> bool:
    """'while management called it “a disaster”': a verb giving a label of its own in quotation
    marks is someone else's saying."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in LABELLING_VERBS and _holds_quotation(verb)


# Marks whose clause, after what was said, usually goes on with it.
GOING_ON_MARKS = frozenset({"as", "while", "whilst"})


def _closing_aside(relative: Token) -> bool:
    """'would seek a recanvass in Kentucky, where he trailed Clinton', 'supports the bill, which
    includes …': a relative clause set off by a comma that ends the sentence is the writer's note
    on a thing named in the report (a person's, 'Trump, who …', is the speaker's as often)."""
    opener = relative.left_edge
    last = relative.right_edge
    ends_sentence = all(t.is_punct or t.is_space for t in last.doc[last.i + 1 : last.sent.end])
    return _after_comma(opener) and opener.lower_ in ("which", "where", "whose") and ends_sentence


# Words opening the writer's comparison of a reported figure: ', well above …', ', down from …'.
COMPARISON_OPENERS = frozenset({"well", "down", "up", "higher", "lower", "less", "more", "fewer", "above", "below"})
COMPARISON_LINKS = frozenset({"than", "from", "above", "below"})


def _closing_comparison(child: Token) -> bool:
    """'would give $75,000, down sharply from …', 'got 8 million viewers, less than half of …':
    a comparison set off by a comma at the sentence's end weighs the reported figure against
    another; it is the writer's."""
    first = child.left_edge
    if child.i < child.head.i or not _after_comma(first) or first.lower_ not in COMPARISON_OPENERS:
        return False
    return any(t.lower_ in COMPARISON_LINKS for t in child.doc[first.i + 1 : first.i + 3])


def _after_comma(token: Token) -> bool:
    return token.i > 0 and token.doc[token.i - 1].text == ","


def _circumstance_of_saying(child: Token) -> bool:
    """'… doesn’t want “that crap,” in an interview with CNN': how the words were said, hung on
    them by the parser, ends no report (only after a quotation's close, where it is safe)."""
    if not _saying_medium_phrase(child, ("in", "during", "on", "at")) or child.i < child.head.i:
        return False
    before = doc_text(child.doc)[max(0, child.idx - 4) : child.idx]
    # (any mark: '“abhorrent“ in a tweet' closes with an opening mark typed by mistake)
    return any(m in before for m in (*CLOSING_QUOTES, *OPENING_QUOTE_CHARS))


def _labels_in_quotation(verb: Token) -> bool:
    return verb.pos_ == "VERB" and verb_lemma(verb) in CONJOINED_LABELS and _holds_quotation(verb)


def _speaker_own_act(conj: Token) -> bool:
    """A conjoined verb whose subject is the speaker: 'Holt said she found …', 'he says he …'
    (a person's pronoun, in a report by one named person or by that pronoun), not
    'Prosecutors said he …' or 'The company said it …'."""
    clause = conj.head
    subject = subject_of(clause)
    if subject is None or subject.lower_ not in PERSON_PRONOUNS or clause.dep_ != "ccomp":
        return False
    speaker = subject_of(clause.head)
    if speaker is None:
        return False
    return speaker.lower_ == subject.lower_ or (speaker.tag_ == "NNP" and speaker.ent_type_ == "PERSON")


def subject_of(verb: Token) -> Token | None:
    return first_child(verb, "nsubj", "nsubjpass")


def _holds_quotation(token: Token) -> bool:
    return holds_quotation(doc_text(token.doc)[token.left_edge.idx : token.right_edge.idx + len(token.right_edge)])


def holds_quotation(text: str) -> bool:
    return any(mark in text for mark in QUOTE_CHARS) or "''" in text


def _is_comment_phrase(child: Token) -> bool:
    if child.dep_ == "appos" and _describes_the_subject(child):
        return False
    if child.dep_ == "prep" and child.lower_ in COMMENT_PREPS:
        return True
    if _circumstance_of_saying(child):
        return True
    if child.dep_ == "prep" and child.lower_ == "according":
        return True
    if child.dep_ in ("appos", "npadvmod", "advcl", "acl") and child.lower_ in COMMENT_AFTER_COMMA | {"something"}:
        return _after_comma(child.left_edge)
    if child.dep_ == "appos" and _after_comma(child.left_edge):
        return child.left_edge.lower_ in COMMENT_AFTER_COMMA | {"something"}
    return _verdict_on_the_clause(child)


def _describes_the_subject(appositive: Token) -> bool:
    """'said that Varga, a first-time chief executive, was “learning on the job”': an appositive
    of the clause's subject, before its verb, tells who the subject is — part of the reported
    clause; ', a move that …' after the clause is the writer's comment on it."""
    noun = appositive.head
    return noun.dep_ in SUBJECT_DEPS and noun.i < noun.head.i and appositive.i < noun.head.i


def _verdict_on_the_clause(child: Token) -> bool:
    """'had been “rigged” against him, a charge that party leaders denied', 'would pay “slightly
    more” in taxes, an admission that …': a noun phrase set off by a comma after the clause's
    own complements, with a relative clause of its own, is the writer's word on the whole
    clause (the parser hangs it on the verb as a measure or a second object)."""
    if child.i < child.head.i or child.left_edge.lower_ not in ("a", "an") or not _after_comma(child.left_edge):
        return False
    if not has_child(child, "relcl"):
        return False
    if child.dep_ == "npadvmod":
        return True
    return child.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < child.i for c in child.head.children)


# Words that, after a report's last quotation, open the writer's own clause: '“an artful smear”
# while Sanders suggests …', '“faker” and questioning …', '“unheard of” – the founder who …'.
TAIL_DASHES = frozenset({"—", "–", "--", "-"})
CONTRAST_MARKS = COMMENT_MARKS | frozenset({"though", "although"})
# (not 'because': 'called the plan “reckless” because …' gives the speaker's reason; on PolNeAR
# train cutting there lost two matches and gained none)
TAIL_MARKS = CONTRAST_MARKS | frozenset({"before", "after", "until"})


def writer_tail_start(doc: Doc, start: int, after: int, end: int) -> int | None:
    """Where the writer's words begin after the last closing mark (``after``) of a mixed report
    starting at ``start``, up to ``end``; None when the report ends with what was said."""
    tail = doc.char_span(after, end, alignment_mode="contract")
    if tail is None:
        return None
    aside_end = -1
    for t in tail:
        if t.i <= aside_end:
            continue  # (inside an aside set off by dashes)
        closing = _dash_closing_an_aside(t)
        if closing is not None:
            aside_end = closing.i
            continue
        if _opens_writer_clause(t) and not _inside_the_report(t, start):
            cut = _with_its_adverbs(t)
            while cut > tail.start and doc[cut - 1].is_punct and doc[cut - 1].text not in QUOTE_CHARS:
                cut -= 1
            return doc[cut].idx if cut > tail.start else after
    return None


# Words opening the writer's comment after a dash: a verdict on the report ('— a message that
# …', '— something the mayor denied') or a contrast ('- except that …', '– even though …').
WRITER_AFTER_DASH = frozenset({"something", "except", "although", "though"})
# Nouns of the writer's word on a report, after 'a' and a dash: '— a message that has not been
# heeded', '— a move that …' ('— a vote she cast in 2009' is more of what she said).
COMMENT_NOUNS_AFTER_DASH = frozenset(
    {"message", "move", "sign", "signal", "reference", "nod", "jab", "dig", "swipe", "rebuke", "claim",
     "charge", "remark", "warning", "admission", "concession", "reversal", "shift", "departure",
     "change", "contrast", "break", "step", "position", "view", "stance", "sentiment", "assessment",
     "verdict", "assertion", "contention", "characterization", "description"}
)


def _opens_writer_comment(after: Span) -> bool:
    words = [t.lower_ for t in after[:2]]
    if not words:
        return False
    if words[0] in ("a", "an"):
        noun = next((t for t in after[1:6] if t.pos_ in ("NOUN", "PROPN")), None)
        return noun is not None and noun.lemma_.lower() in COMMENT_NOUNS_AFTER_DASH
    return words[0] in WRITER_AFTER_DASH or words == ["even", "though"]


def before_a_trailing_dash(doc: Doc, start: int, end: int) -> int:
    """'asked them not to stage protests inside the hall — a message that has not been heeded',
    'thought it would create too much inflation - except that it has fallen since': a spaced
    dash in a report with no quotation, its aside not closed by a second dash before the report
    goes on, followed by a verdict or a contrast, opens the writer's comment; the report ends
    before it ('– including how …' goes on with it). Returns the new end."""
    text = doc_text(doc)
    if holds_quotation(text[start:end]):
        return end  # (a mixed report's tail is cut after its last quotation, elsewhere)
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return end
    aside_end = -1
    for t in span:
        if t.i <= aside_end or not _spaced_dash(t) or t.i == span.start:
            continue
        closing = next((u for u in doc[t.i + 1 : span.end - 1] if _spaced_dash(u)), None)
        if closing is not None:
            aside_end = closing.i  # ('the nominee -- presumably Ms. Lee -- is more likely …')
            continue
        if not _opens_writer_comment(doc[t.i + 1 : span.end]):
            continue  # ('… – including how she will pay for it', '— for instance, …': more of it)
        last = t.i - 1
        while last > span.start and (doc[last].is_punct or doc[last].is_space):
            last -= 1
        return doc[last].idx + len(doc[last])
    return end


def _dash_closing_an_aside(dash: Token) -> Token | None:
    """'that “every member of the board” - including the chairman - had backed …': a dash whose
    aside closes with another dash, the reported clause going on after it, interrupts the report
    rather than ends it; the closing dash, or None."""
    if not _spaced_dash(dash):
        return None
    doc, end = dash.doc, dash.sent.end
    closing = next((u for u in doc[dash.i + 1 : end] if _spaced_dash(u)), None)
    if closing is None:
        return None
    goes_on = any(u.pos_ in ("VERB", "AUX") and u.head.i < dash.i for u in doc[closing.i + 1 : end])
    return closing if goes_on and not _verdict_between_dashes(dash, closing) else None


def _verdict_between_dashes(dash: Token, closing: Token) -> bool:
    """'said the audit was “a sham” -- a claim his opponent rejected -- and left': a noun phrase
    with a relative clause of its own between the dashes is the writer's word on the report."""
    first = dash.doc[dash.i + 1]
    noun = first.head
    return (
        first.lower_ in ("a", "an")
        and dash.i < noun.i < closing.i
        and any(c.dep_ == "relcl" and c.i < closing.i for c in noun.children)
    )


def _spaced_dash(t: Token) -> bool:
    return t.text in TAIL_DASHES and bool(t.whitespace_) and t.i > 0 and bool(t.doc[t.i - 1].whitespace_)


def _with_its_adverbs(opener: Token) -> int:
    """Where a writer's clause opening at ``opener`` begins, with the adverbs before its mark
    ('even though …', 'just before …', 'only after …'): they open the same clause."""
    first = opener.i
    while first > 0 and _modifies_the_mark(opener.doc[first - 1], opener):
        first -= 1
    return first


def _modifies_the_mark(word: Token, mark: Token) -> bool:
    return word.dep_ == "advmod" and word.pos_ == "ADV" and mark.dep_ == "mark" and word.head.i in (mark.i, mark.head.i)


def _inside_the_report(t: Token, start: int) -> bool:
    """'caucuses “are such an unknown” because …', 'is going to “work hard” and await …': a
    clause or conjunct the parser hangs on the reported words goes on with them (a contrast,
    'while Sanders suggests …', is the writer's wherever it hangs)."""
    if t.dep_ == "mark" and t.lower_ not in CONTRAST_MARKS:
        attached = t.head.head
    elif t.dep_ == "cc":
        attached = t.head
    else:
        return False
    return start <= attached.idx < t.idx


def _relative_on_a_subject_before_its_verb(pronoun: Token) -> bool:
    """'said that the so-called “flex staffing” model, which moves nurses …, had left wards thin':
    a relative clause on the reported clause's subject, its verb still to come, is inside what
    was said, not the writer's word after it."""
    relative = pronoun.head
    noun = relative.head
    return (
        relative.dep_ == "relcl"
        and noun.dep_ in ("nsubj", "nsubjpass")
        and noun.head.i > relative.right_edge.i
    )


def _opens_writer_clause(t: Token) -> bool:
    if _spaced_dash(t):
        return True  # ' – the Founding Father who …'
    if t.dep_ == "mark" and t.lower_ in TAIL_MARKS:
        return t.lower_ not in GOING_ON_MARKS or _comment_mark(t)
    if t.dep_ == "cc" and t.i + 1 < len(t.doc):
        following = next((n for n in t.doc[t.i + 1 : t.i + 3] if n.pos_ != "ADV"), None)
        return following is not None and following.pos_ in ("VERB", "AUX") and following.dep_ == "conj"
    if t.lower_ in ("which", "who") and _after_comma(t):
        return not _relative_on_a_subject_before_its_verb(t)
    if _after_closed_comma(t) and _opens_writer_phrase(t):
        # 'called him a “moderate,” a subtle dig at …', 'said “We’ll see,” when asked …': the
        # quotation ended with its comma; the writer's words follow
        return True
    if _speaker_act_after_quotation(t):
        return True
    return _circumstance_of_saying(t) or (t.dep_ == "prep" and t.lower_ in COMMENT_PREPS)


# Words that open what the speaker was doing around the words: 'before floating …', 'when asked …'.
# (Not 'in'/'by' + gerund: '“made great strides” in shaking off …', '“may have violated the law”
# by calling on …' tell how the reported thing was done; on PolNeAR train cutting them lost seven.)
ACT_OPENERS = frozenset({"before", "while", "when"})


def _speaker_act_after_quotation(t: Token) -> bool:
    """'that the paper “never treats me fairly” before floating the idea that …', 'reported “no
    opinion” when asked whether …': right after a quotation's closing mark, 'before', 'while' or
    'when' opening a verb with no subject of its own, a gerund or a bare participle, tells what
    the speaker did as they spoke or next, not what they said."""
    if t.lower_ not in ACT_OPENERS or t.i == 0 or t.doc[t.i - 1].text not in CLOSING_QUOTES:
        return False
    if t.dep_ == "prep":
        verb = first_child(t, "pcomp")
        tags: tuple[str, ...] = ("VBG",)
    else:
        verb, tags = t.head, ("VBG", "VBN")
    if verb is None or verb.tag_ not in tags or verb.i <= t.i:
        return False
    return subject_of(verb) is None and not _quoted_in_a_prediction(t.doc[t.i - 1])


# Modals that make a clause a prediction or a promise: 'the town would be “stronger” when rebuilt'.
PREDICTING_MODALS = frozenset({"will", "would", "could", "can", "should", "may", "might", "must", "'ll", "’ll"})


def _quoted_in_a_prediction(closing: Token) -> bool:
    """The quoted words close a clause with a modal ('the town would be “stronger” when rebuilt',
    'the firm would be “more careful” before hiring again'): the time clause after them is the
    prediction's own condition, part of what was said."""
    word = closing.doc[closing.i - 1] if closing.i > 0 else closing
    while word.is_punct and word.i > 0:
        word = word.doc[word.i - 1]
    for node in (word, *word.ancestors):
        if node.pos_ in ("VERB", "AUX") and node.dep_ != "aux":
            return any(c.dep_ == "aux" and c.lower_ in PREDICTING_MODALS for c in node.children)
    return False


def _opens_writer_phrase(t: Token) -> bool:
    """After a quotation closed with its comma: 'which' (on PolNeAR train more often the
    writer's comment than the speaker's words), a participle ('“…,” linking to a story …',
    '“…,” sparking a firestorm …': the speaker's next act or its effect), 'when' with no
    subject ('when asked'), or a noun phrase that is neither a clause's subject nor a time ('a
    subtle dig at …', 'another moment seized upon …', 'part of a feud'; not 'if the vote is
    “rigged,” the party will …', '“I’m scared,” the night before')."""
    if t.lower_ == "which":
        return True
    if t.tag_ == "VBG" and t.dep_ in ("advcl", "xcomp", "conj", "acl"):
        return True
    if t.lower_ == "when":
        following = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        return following is not None and following.tag_ in ("VBN", "VBG")
    if t.lower_ not in ("a", "an", "the", "another", "part"):
        return False
    phrase = t if t.lower_ == "part" else t.head
    return phrase.dep_ not in (*SUBJECT_DEPS, "npadvmod") and not in_a_time(phrase)


def _after_closed_comma(token: Token) -> bool:
    """Right after a comma and the closing mark after it: ',” a subtle dig'."""
    doc = token.doc
    return token.i > 1 and doc[token.i - 1].text in CLOSING_QUOTES and doc[token.i - 2].text == ","


# Relative pronouns whose clause can report another's words about the thing they stand for.
RELATIVE_OPENERS = frozenset({"which", "whom", "who", "whose", "to", "of"})


def before_a_relative_report(doc: Doc, start: int, end: int) -> int:
    """'said monitors went with the marchers, whom he described as “calm,” along the route',
    'criticized the fund's use, which an audit said was “careless”', 'asked how likely Vint
    was to win, to which 21 percent said “not very likely”': a relative clause set off by a
    comma whose verb reports what someone with a subject of their own says is an attribution of
    its own, not more of the report it hangs on; the report ends before its comma. (A relative
    whose own pronoun speaks, 'a memo, which says …', names no one else: it stays.)"""
    words = doc.char_span(start, end, alignment_mode="expand")
    if words is None:
        return end
    for token in words:
        if token.dep_ != "relcl" or token.i <= words.start:
            continue
        opener = token.left_edge
        if opener.i <= words.start or not _after_comma(opener) or opener.lower_ not in RELATIVE_OPENERS:
            continue
        if _reports_with_its_own_subject(token):
            comma = doc[opener.i - 1]
            return min(end, comma.idx)
    return end


def _reports_with_its_own_subject(relative: Token) -> bool:
    """The relative clause's verb, or one it holds ('which an audit said was …'), reports, and
    its subject is a word of its own, not the relative pronoun."""
    for verb in (relative, *(c for c in relative.children if c.dep_ in ("ccomp", "parataxis"))):
        subject = subject_of(verb)
        if subject is None or subject.tag_ in ("WDT", "WP", "WP$") or verb.pos_ not in ("VERB", "AUX"):
            continue
        if verb_lemma(verb) in SPEECH_VERBS or is_reporting_verb(verb):
            return True
    return False


# Verbs that ask: 'asked workers if they …'.
ASKING_LEMMAS = frozenset({"ask", "wonder", "inquire"})
# Verbs of answering: 'he answered', 'she replied' speak for the person just asked.
ANSWERING_LEMMAS = frozenset({"answer", "reply", "respond", "retort"})


def asks(subject: Token) -> bool:
    """The subject puts a question (or request) itself: 'Tsai asked whether she was sure'. Who
    then replies ('“I looked at my phone,” she replied') is someone else; 'Tsai was asked' is not
    an asker."""
    return subject.dep_ == "nsubj" and subject.head.lemma_.lower() in ASKING_LEMMAS


def answers(pronoun: Token) -> bool:
    """The pronoun is the subject of a verb of answering: 'she replied'."""
    return pronoun.dep_ == "nsubj" and pronoun.head.lemma_.lower() in ANSWERING_LEMMAS

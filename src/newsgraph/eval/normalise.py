"""Text and names as the scorers compare them: folded case, quotation marks and spaces, and
word tokens (``\\w+``, an apostrophe inside a word kept: "aren't")."""

from __future__ import annotations

import re

# Curly and typographic quotation marks fold to their straight forms before comparison.
QUOTE_FOLD = str.maketrans({
    "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "‹": "'", "›": "'", "′": "'", "`": "'", "´": "'",
})
DOUBLE_QUOTE_MARKS = '"“”„‟«»'
# Stripped from both ends of a normalised text (after quote folding).
EDGE_PUNCTUATION = "\"'.,;:!?…-–—()[]{}<>/\\*_~|"
WORD_TOKEN = re.compile(r"\w+(?:'\w+)*")
LEADING_ARTICLE = re.compile(r"^the\s+")


def normalise_text(s: str | None) -> str:
    """Fold whitespace (NBSP and other Unicode spaces too), case, quotation marks, and strip
    quotation marks and punctuation at both ends."""
    if not s:
        return ""
    folded = " ".join(s.split()).casefold().translate(QUOTE_FOLD)
    return folded.strip(EDGE_PUNCTUATION + " ")


def tokens(s: str | None) -> list[str]:
    """Word tokens of the normalised text: what quote overlap is counted in."""
    return WORD_TOKEN.findall(normalise_text(s))


def normalise_name(s: str | None) -> str:
    """A name as compared for speakers, entities and actors: normalised, no leading "the"."""
    return LEADING_ARTICLE.sub("", normalise_text(s))

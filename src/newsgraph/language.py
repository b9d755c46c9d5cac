"""Whether a text is in the language the model reads.

An English model run over Malay or Russian still finds 'quotes' and 'people': confident
garbage. A text is taken for another language when most of its letters are not Latin, or
when the commonest little words of other languages outnumber English ones. Counting
function words (not a trained detector) keeps this offline and fast, and it is lenient: an
English page of scores or names (few function words of any kind) passes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
LATIN_LETTER = re.compile(r"[A-Za-z\u00C0-\u024F]")
LETTER = re.compile(r"[^\W\d_]", re.UNICODE)

ENGLISH_WORDS = frozenset(
    """
    the of and to a in is that for it was on with as he be by at his are this have from or had
    not but they were she which an her has we their been will would said who its i you more
    there than after about when also can into
    """.split()
)
# The commonest function words of languages a news crawl meets, none of them English words.
OTHER_WORDS = frozenset(
    """
    der die das und ist nicht ein eine mit den dem sich auf für von zu im des
    de la le les et des est que pour une dans du au pas sur qui ce
    el los las y es por con para una del se lo su al como más pero
    o os da do em um uma não são com para ao dos das na no
    il di che e la per un una non sono della nel con gli
    yang dan di untuk dengan ini itu dari ke tidak akan pada juga ada kita
    het een van en is niet op dat voor zijn met
    """.split()
) - ENGLISH_WORDS
# Below this share of Latin letters a text is in another script (Cyrillic, Hangul, kana …).
MIN_LATIN_SHARE = 0.5
# How many more of another language's little words than of English ones make a text foreign.
OTHER_OVER_ENGLISH = 2.0
# ... provided they are this share of all words at least (an English line-up of Spanish names,
# 'De Paul', 'Di Maria', 'Lo Celso', holds 5%).
MIN_OTHER_SHARE = 0.08


# Past doubt even on a page that says it is English (templates say so for every language):
# 15% of its words and four times the English ones (an English article quoting a long Spanish
# passage had 41% against 18%).
PLAINLY_OTHER_SHARE = 0.15
PLAINLY_OVER_ENGLISH = 4.0
# Fewer letters than this tell nothing: a page of quotation marks or numbers is let through.
MIN_LETTERS = 40


@dataclass(frozen=True)
class LanguageCheck:
    letters: int
    latin_share: float
    english_share: float
    other_share: float

    @property
    def reads_as_english(self) -> bool:
        return self.in_latin_script and not self._outweighs_english(MIN_OTHER_SHARE, OTHER_OVER_ENGLISH)

    @property
    def plainly_foreign(self) -> bool:
        """Foreign past doubt, whatever the page declares: a German page marked lang="en"."""
        return not self.in_latin_script or self._outweighs_english(PLAINLY_OTHER_SHARE, PLAINLY_OVER_ENGLISH)

    def refused(self, declared: str | None) -> bool:
        """Not English for an English model: a page that says it is English is taken at its
        word unless it is plainly not (an English article quoting a long Spanish passage)."""
        if (declared or "").lower().startswith("en"):
            return self.plainly_foreign
        return not self.reads_as_english

    def _outweighs_english(self, min_share: float, ratio: float) -> bool:
        """Other languages' little words are ``min_share`` of all words and ``ratio`` times the English ones."""
        return self.other_share >= min_share and self.other_share > ratio * self.english_share

    @property
    def in_latin_script(self) -> bool:
        return self.letters < MIN_LETTERS or self.latin_share >= MIN_LATIN_SHARE

    def describe(self) -> str:
        return (
            f"Latin letters {self.latin_share:.0%}, English function words {self.english_share:.0%}, "
            f"other languages' function words {self.other_share:.0%}"
        )


def check_english(text: str) -> LanguageCheck:
    letters = len(LETTER.findall(text))
    words = [w.lower() for w in WORD.findall(text)]
    total = max(1, len(words))
    return LanguageCheck(
        letters=letters,
        latin_share=len(LATIN_LETTER.findall(text)) / max(1, letters),
        english_share=sum(w in ENGLISH_WORDS for w in words) / total,
        other_share=sum(w in OTHER_WORDS for w in words) / total,
    )

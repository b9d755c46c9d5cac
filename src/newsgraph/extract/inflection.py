"""Stems of an inflected English verb, for words the lemmatizer left as written or cut wrong.

The small model's lemmatizer leaves a verb it took for a name as written ('Tweeted', a Title
Case heading's 'Asked') and cuts some to another verb ('sniped' -> 'snip'). The rules that
look such a word up in a verb list try the stems its ending allows instead.
"""

from __future__ import annotations

from spacy.tokens import Token

# Endings of a verb's past or present and what stands in their place in the stem.
VERB_ENDINGS = (("ied", "y"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""))


def verb_stems(word: str) -> list[str]:
    """The stems a verb's past or present may have, the likeliest first: 'replied' -> reply,
    'asked' -> ask, 'described' -> describe, 'responds' -> respond, and a doubled last consonant
    undone ('admitted' -> admitt, admit). The word itself is not among them."""
    stems: list[str] = []
    for suffix, replacement in VERB_ENDINGS:
        if word.endswith(suffix):
            stem = word[: -len(suffix)] + replacement
            stems.append(stem)
            if len(stem) > 2 and stem[-1] == stem[-2]:
                stems.append(stem[:-1])
    return stems


def lemma_in(tok: Token, words: frozenset[str]) -> bool:
    """Lemma membership that survives a tagger's wrong stem ("hopes" -> "hop", "hoped" ->
    "hop": the stem of a verb in -e is the past form less its "d"); a phrasal entry ("call
    off") matches the verb with its particle ("called the talks off")."""
    low = tok.lower_
    forms = {tok.lemma_.lower(), low}
    if tok.tag_ in ("VBZ", "VBD", "VBN"):
        forms.update(verb_stems(low))
    forms |= {f"{tok.lemma_.lower()} {c.lower_}" for c in tok.children if c.dep_ == "prt"}
    return bool(forms & words)

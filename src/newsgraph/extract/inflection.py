"""Stems of an inflected English verb, for words the lemmatizer left as written or cut wrong.

The small model's lemmatizer leaves a verb it took for a name as written ('Tweeted', a Title
Case heading's 'Asked') and cuts some to another verb ('sniped' -> 'snip'). The rules that
look such a word up in a verb list try the stems its ending allows instead.
"""

from __future__ import annotations

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

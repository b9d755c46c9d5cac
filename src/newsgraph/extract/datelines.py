"""Datelines: where a story was filed, opening its first paragraph ("BRASÍLIA — Japan and
Brazil signed …", "PORTLAND, Ore. — About 3,800 nurses …", "Kyiv — Russian forces …").

A dateline names no one who acts and no place where anything happened: events read past it.
Two shapes count, opening one of the first paragraphs of the body: a wire dateline (capitals,
or a name with an agency or a day, see ``report_content.wire_dateline_at``); and a capitalised
place with an optional state (", Ore.", ", Oregon", ", France": a real one) and a dash before a
new sentence, when the place is one (typed a place, or given its state and typed nothing else).
Not a place set off by dashes inside a sentence ("in Portland — where …"), nor a name with an
aside closed by a second dash ("Portland — not Seattle — was chosen", "UNICEF — The United
Nations children's agency — sent …").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsgraph.extract.gazetteer import default_gazetteer
from newsgraph.extract.report_content import wire_dateline_at

# How many paragraphs of the body may open with a dateline in ordinary capitals (a caption
# or a standfirst may come first).
LEAD_PARAGRAPHS = 3
_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+"
LEAD_DATELINE = re.compile(
    rf"(?P<place>{_WORD}(?: {_WORD}){{0,2}})"
    r"(?P<state>, [A-Z][A-Za-z]{0,4}\.(?: ?[A-Z][a-z]?\.)?|, [A-Z][a-z]+(?: [A-Z][a-z]+)?)?"
    r" ?(?:—|–|--) +(?=[A-Z0-9“\"‘])"
)
_DASHES = ("—", "–", "--")
# The AP's abbreviations of US states, as datelines give them ("PORTLAND, Ore.").
US_STATE_ABBREVIATIONS = frozenset(
    "Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. Minn. "
    "Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Vt. "
    "Va. Wash. W.Va. Wis. Wyo. D.C.".split()
)


def dateline_spans(
    text: str, paragraphs: list[tuple[int, int]], is_place: Callable[[int, int], bool | None], *,
    lead: int = LEAD_PARAGRAPHS,
) -> list[tuple[int, int]]:
    """(start, end) of each dateline, its dash included. ``paragraphs`` are the body's, in order;
    ``is_place(start, end)`` tells whether the words there name a place: True, False for another
    thing (a name typed a person or an organisation), None when unknown."""
    out: list[tuple[int, int]] = []
    for start, end in paragraphs[:lead]:
        # (only a lead: a later paragraph opening 'UNICEF — …' is a name, not where a story was
        # filed; nor is a name with an aside after it: 'UNICEF — The United Nations children's
        # agency — sent …')
        story = wire_dateline_at(text, start)
        if story is not None and story <= end:
            if not _closes_an_aside(text, story, end):
                out.append((start, story))
            continue
        found = LEAD_DATELINE.match(text, start)
        if found is None or found.end() > end or _closes_an_aside(text, found.end(), end):
            continue
        # (a state only when it is one, ', Ore.', ', Oregon', ', France', and the place then no
        # other thing: 'Toyota, Honda — Both carmakers' is no dateline)
        state = _a_state(found["state"])
        place = is_place(found.start("place"), found.end("place"))
        if place or (state and place is None):
            out.append((start, found.end()))
    return out


def _a_state(words: str | None) -> bool:
    """', Ore.', ', Oregon', ', France': a US state, a region or a country, by its name or the
    AP's abbreviation."""
    if not words:
        return False
    name = words.lstrip(", ").strip()
    return name.replace(" ", "") in US_STATE_ABBREVIATIONS or default_gazetteer().is_place(name)


def _closes_an_aside(text: str, after: int, end: int) -> bool:
    """A second dash in the sentence after the first closes an aside the first opened."""
    stop = text.find(". ", after, end)
    sentence = text[after : stop if stop >= 0 else end]
    return any(dash in sentence for dash in _DASHES)

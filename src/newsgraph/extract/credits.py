"""Photo credits: the photographers (people) and agencies (organisations) they name.

"Alexei Druzhinin/Sputnik/AFP via Getty Images" gives one person and three agencies; a page's
"credit" regions are read whole, and without them credit-shaped line endings are.
"""

from __future__ import annotations

import re

from newsgraph.extract import entity_patterns as P
from newsgraph.extract.entity_names import Candidate, fold
from newsgraph.model import Article

_CREDIT_WORDS = r"[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}"
# "Alexei Druzhinin/Sputnik/AFP via Getty Images", "AP Photo/Evan Vucci", at a line's end.
CREDIT_LINE = re.compile(
    r"(?:^|(?<=[.!?)] )|(?<=\())(?:(?:Photo(?:graph)?(?: by)?|Credit|Image)[:]?\s+)?"
    rf"(?P<credit>{_CREDIT_WORDS}(?:\s?/\s?{_CREDIT_WORDS})+(?: via {_CREDIT_WORDS})?"
    rf"|{_CREDIT_WORDS} via {_CREDIT_WORDS})\)?[ \t]*$",
    re.MULTILINE,
)
# Inside a region already known to be a credit, any "A/B via C" run will do.
CREDIT_REGION = re.compile(
    rf"(?P<credit>{_CREDIT_WORDS}(?:\s?/\s?{_CREDIT_WORDS})*(?: via {_CREDIT_WORDS})?)"
)


def credit_candidates(text: str, article: Article) -> list[Candidate]:
    """People and agencies named in photo credits, from "credit" regions or credit lines."""
    regions = article.regions_of("credit")
    chunks = [(r.start, text[r.start : r.end]) for r in regions] if regions else [(0, text)]
    pattern = CREDIT_REGION if regions else CREDIT_LINE
    found: list[Candidate] = []
    for offset, chunk in chunks:
        for match in pattern.finditer(chunk):
            found += _credit_parts(match.group("credit"), offset + match.start("credit"))
    return found


def _credit_parts(credit: str, offset: int) -> list[Candidate]:
    """Split a credit on "/" and "via": agencies are ORGs, other names photographers."""
    found: list[Candidate] = []
    for part in re.finditer(r"[^/]+", credit):
        for piece in re.split(r" via ", part.group()):
            name = piece.strip()
            if not name:
                continue
            start = offset + part.start() + part.group().find(name)
            words = name.split()
            if words[-1].casefold() in ("photo", "photos") and len(words) > 1:
                name = " ".join(words[:-1])  # "AP Photo" is AP
            if is_agency(name) or name.isupper() or len(words) == 1:
                found.append(Candidate(start, start + len(name), name, "ORG"))
            else:
                found.append(Candidate(start, start + len(name), name, "PERSON",
                                       roles=[P.PHOTOGRAPHER_ROLE]))
    return found



def is_agency(text: str) -> bool:
    folded = fold(text)
    words = folded.split()
    return folded in P.PHOTO_AGENCIES or (len(words) > 1 and words[-1] in P.AGENCY_SUFFIXES)

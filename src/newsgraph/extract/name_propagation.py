"""Name propagation: names already seen are found again where the model missed them.

"Zelenskyy" tagged once is a person everywhere it recurs; a short name counts only when it
names one cluster.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc

from newsgraph.extract import entity_patterns as P
from newsgraph.extract.entity_names import NUMERIC_TYPES, Cluster, bare, name_parts
from newsgraph.nlp import doc_text

# Part-of-speech tags that cannot start a propagated name ("Will" as an auxiliary).
_NON_NAME_POS = frozenset({"AUX", "VERB", "DET", "PRON", "ADP", "CCONJ", "SCONJ", "ADV", "PART"})


def propagate_names(doc: Doc, clusters: dict[str, Cluster]) -> None:
    """Find again, where the model missed them, the names and short names already seen."""
    forms = _propagation_forms(clusters)
    if not forms:
        return
    pattern = re.compile(
        r"(?<![\w.])(" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        + r")(?![\w])"
    )
    taken = sorted(span for c in clusters.values() for span in c.mentions)
    text = doc_text(doc)
    covered = 0  # end of the last name found, so its surname is not found again on its own
    for match in pattern.finditer(text):
        start, end = match.span()
        cluster = clusters[forms[match.group(1)]]
        if start < covered or not _looks_like_name(doc, start, end):
            continue
        if _overlaps_sorted(start, end, taken) and not _holds_places_only(clusters, cluster, start, end):
            continue
        if cluster.type == "PERSON":
            start = _extend_honorific(doc, _extend_first_name(doc, start, cluster, covered))
            end = _extend_surname(doc, end, cluster)
        cluster.add(start, end, text[start:end])
        covered = end


def _propagation_forms(clusters: dict[str, Cluster]) -> dict[str, str]:
    """Surface form -> cluster key, for forms that name one cluster only, or one person of
    several who share a surname that the article already calls by it alone."""
    owners: dict[str, set[str]] = {}
    called: dict[str, set[str]] = {}  # bare surname -> the people the article calls by it alone
    for key, cluster in clusters.items():
        if cluster.type not in ("PERSON", "GPE", "ORG"):
            continue
        forms = {bare(t) for t in cluster.mentions.values()}
        if cluster.type == "PERSON":
            forms = {" ".join(name_parts(f)) for f in forms}
            for form in forms:
                if len(form.split()) == 1:
                    called.setdefault(form, set()).add(key)
            forms |= {f.split()[-1] for f in forms if len(f.split()) > 1}
        for form in forms:
            if form and form[0].isupper() and (len(form) > 2 or cluster.type == "PERSON"):
                owners.setdefault(form, set()).add(key)
    forms: dict[str, str] = {}
    for form, keys in owners.items():
        # ('Dorothy Woods, whose husband, Ty Woods, … Woods said …': of people sharing a surname,
        # the one the article already calls by it alone owns its other bare uses; news style
        # names the other in full)
        owner = keys if len(keys) == 1 else called.get(form, set()) & keys
        if len(owner) == 1:
            forms[form] = next(iter(owner))
    return forms


def _holds_places_only(clusters: dict[str, Cluster], named: Cluster, start: int, end: int) -> bool:
    """'Zipwheel UK said': a known organisation's or place's name of several words found again
    where the model tagged only a place inside it ('UK', 'New York' in 'New York Times') is
    that name too; the place keeps its own mention, nested, as annotators mark it."""
    if named.type not in ("ORG", "GPE") or " " not in _longest_form(named):
        return False
    inside = [(c, span) for c in clusters.values() if c is not named for span in c.mentions
              if span[0] < end and start < span[1]]
    return bool(inside) and all(
        start <= s and e <= end and (s, e) != (start, end) and c.type == "GPE" for c, (s, e) in inside
    )


def _longest_form(cluster: Cluster) -> str:
    """The longest form a cluster was seen under."""
    return max(cluster.mentions.values(), key=len, default="")


def _overlaps_sorted(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    i = bisect_right(spans, (start, float("inf")))  # type: ignore[arg-type]
    return any(s < end and start < e for s, e in spans[max(0, i - 8) : i + 1])


def _looks_like_name(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end)
    if span is None:  # inside a token: only parts of hyphenated compounds ("U.S.-Russia")
        tok = doc.char_span(start, end, alignment_mode="expand")
        return tok is not None and any(ch in tok.text for ch in "-/–")
    first = span[0]
    if first.ent_type_ in NUMERIC_TYPES:
        return False
    return not (first.is_sent_start and first.pos_ in _NON_NAME_POS)


def _extend_surname(doc: Doc, end: int, cluster: Cluster) -> int:
    """A first name the model missed in full takes the surname after it.

    Features name a person in full once and by first name after ('Maria Gonzales has crossed
    the loch …' then '"…," Maria said'); when the model tags only the later 'Maria', the lead's
    'Maria Gonzales' is found again as 'Maria' and 'Gonzales' would go to another Gonzales. The
    capitalised proper noun right after is the surname, unless the person already has a full
    name (then it is another word: 'Maria Gonzales' known, 'Maria Street').
    """
    if any(len(name_parts(t)) > 1 for t in cluster.mentions.values()):
        return end
    span = doc.char_span(end - 1, end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return end
    nxt = doc[span.end]
    if nxt.pos_ == "PROPN" and nxt.is_title and nxt.ent_type_ in ("", "PERSON") and nxt.idx == end + 1:
        return nxt.idx + len(nxt)
    return end


def _extend_first_name(doc: Doc, start: int, cluster: Cluster, covered: int) -> int:
    """A surname the model missed in full takes the first name before it.

    Reviews and features name the author in full once, often as an owner ('Imogen Laske's third
    novel …'), then by surname ('Laske said'); when the model tags only the later 'Laske', the
    full name is found again as 'Laske' alone and her quotes go to 'Laske'. An untagged
    capitalised proper noun right before the surname (the parse may not bind them: 'Imogen' can
    come out a sentence of its own), not a title ('Judge Laske') or an honorific, is the first
    name, unless the person already has a full name, or the surname is itself only a modifier
    ('Laske Road').
    """
    if any(len(name_parts(t)) > 1 for t in cluster.mentions.values()):
        return start
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return start
    surname, prev = span[-1], doc[span.start - 1]
    if (
        prev.pos_ == "PROPN" and prev.is_title and not prev.ent_type_ and prev.dep_ != "poss"
        and surname.dep_ != "compound" and prev.idx + len(prev) + 1 == start and prev.idx >= covered
        and not P.is_title_or_honorific(prev.text)
    ):
        return prev.idx
    return start


def _extend_honorific(doc: Doc, start: int) -> int:
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is not None and span.start > 0 and doc[span.start - 1].lower_ in P.HONORIFICS:
        return doc[span.start - 1].idx
    return start

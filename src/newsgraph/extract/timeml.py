"""TimeML output: the text with inline TIMEX3 tags and a DCT timex.

``write_timeml`` escapes the text, wraps each time expression in ``<TIMEX3 tid type value>``
and puts the document creation time in ``<DCT>`` as ``t0`` with
``functionInDocument="CREATION_TIME"``, the layout of the TimeBank 1.2 / TempEval-3 files.

TimeML has no range value: our record's "March 20–22" (``2023-03-20/2023-03-22``) is written,
as TimeBank writes it, as two TIMEX3s, "March 20" and "22" (``timeml_parts``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from xml.sax.saxutils import escape, quoteattr

from newsgraph.model import TimeExpr

# What joins the two ends of a range, with the words that may open it
_RANGE_JOIN = re.compile(r"\s?(?:-|–|—|\bto\b|\bthrough\b|\buntil\b|\band\b)\s?")
_RANGE_OPENING = re.compile(r"(?:from|between)\s", re.IGNORECASE)

TIMEML_HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n'


def write_timeml(text: str, times: list[TimeExpr], *, dct: date | None) -> str:
    """TimeML for ``text``: inline TIMEX3 tags for ``times`` (overlaps dropped), a DCT timex."""
    parts = [TIMEML_HEADER]
    if dct is not None:
        parts.append(
            f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct.isoformat()}" '
            f'temporalFunction="false" functionInDocument="CREATION_TIME">'
            f"{dct.isoformat()}</TIMEX3></DCT>\n"
        )
    parts.append("<TEXT>")
    parts.append(_tagged_text(text, times, has_dct=dct is not None))
    parts.append("</TEXT>\n</TimeML>\n")
    return "".join(parts)


def timeml_parts(t: TimeExpr) -> list[TimeExpr]:
    """``t`` as TimeML tags it: a range becomes its two ends, anything else stays as it is."""
    if t.value is None or "/" not in t.value or t.type != "DATE":
        return [t]
    first_value, last_value = t.value.split("/", 1)
    opening = _RANGE_OPENING.match(t.text)
    skip = opening.end() if opening else 0
    join = _RANGE_JOIN.search(t.text, skip)
    if join is None or join.start() <= skip or join.end() >= len(t.text):
        return [t]
    first = replace(t, text=t.text[skip:join.start()], start=t.start + skip, end=t.start + join.start(),
                    value=first_value)
    last = replace(t, text=t.text[join.end():], start=t.start + join.end(), value=last_value)
    return [first, last]


def _tagged_text(text: str, times: list[TimeExpr], *, has_dct: bool) -> str:
    out = []
    pos = 0
    parts = [part for t in times for part in timeml_parts(t)]
    for number, t in enumerate(_non_overlapping(parts, len(text)), start=1):
        out.append(escape(text[pos:t.start]))
        out.append(_timex_open(t, number, has_dct=has_dct))
        out.append(escape(text[t.start:t.end]))
        out.append("</TIMEX3>")
        pos = t.end
    out.append(escape(text[pos:]))
    return "".join(out)


def _timex_open(t: TimeExpr, number: int, *, has_dct: bool) -> str:
    attrs = [f'tid="t{number}"', f"type={quoteattr(t.type)}"]
    if t.value is not None:
        attrs.append(f"value={quoteattr(t.value)}")
    # a value computed from the publication date is a temporal function of the DCT
    relative = has_dct and t.anchor is not None and t.value is not None and t.type in ("DATE", "TIME")
    attrs.append(f'temporalFunction="{"true" if relative else "false"}"')
    if relative:
        attrs.append('anchorTimeID="t0"')
    return f"<TIMEX3 {' '.join(attrs)}>"


def _non_overlapping(times: list[TimeExpr], length: int) -> list[TimeExpr]:
    """Inline tags cannot cross: keep the first of overlapping expressions, in text order."""
    kept: list[TimeExpr] = []
    for t in sorted(times, key=lambda t: (t.start, -t.end)):
        if 0 <= t.start < t.end <= length and (not kept or t.start >= kept[-1].end):
            kept.append(t)
    return kept

"""Scoring against PolNeAR: attribution contents as gold quotes, their sources as speakers.

FORMAT.md's four speaker rules; two subsets per article, ``direct`` (contents holding a double
quotation mark) and ``all``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from newsgraph.eval.matching import QuoteCounts, match_quotes
from newsgraph.eval.normalise import DOUBLE_QUOTE_MARKS, normalise_name, normalise_text

PRONOUNS = frozenset({
    "i", "me", "you", "he", "him", "she", "her", "it", "we", "us", "they", "them",
    "who", "whom", "which", "that", "this", "one",
})
ARTICLES = frozenset({"a", "an", "the"})
# Honorifics and office titles that precede names: sharing "President" is no shared name.
TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "rev", "reverend", "sen", "senator", "rep", "representative", "congressman",
    "congresswoman", "gov", "governor", "president", "vice", "secretary", "minister", "prime",
    "chancellor", "mayor", "judge", "justice", "gen", "general", "adm", "admiral", "col",
    "lt", "sgt", "capt", "former", "chairman", "chairwoman", "chair", "speaker", "attorney",
})
SPEECH_WORDS = frozenset({"said", "says", "say", "told", "tells"})
# Function words: sharing "of" or "and" is no shared name either (beyond FORMAT.md's list,
# in its spirit: only words that name someone may decide).
FUNCTION_WORDS = frozenset({"of", "and", "for", "in", "on", "at", "to", "from", "with", "by"})
POSSESSIVES = frozenset({"my", "your", "his", "hers", "its", "our", "their"})
NAME_STOP_WORDS = ARTICLES | TITLES | SPEECH_WORDS | FUNCTION_WORDS | PRONOUNS | POSSESSIVES
POSSESSIVE_SUFFIX = re.compile(r"'s\b")
ANN_ANNOTATOR_SUFFIX = re.compile(r"_[^_]+\.ann$")


def name_words(s: str | None) -> set[str]:
    """The words of a mention that can name someone: stop words and possessive 's dropped."""
    plain = POSSESSIVE_SUFFIX.sub("", normalise_text(s))
    return {w for w in re.findall(r"\w+", plain) if w not in NAME_STOP_WORDS}


def _parse_ann_spans(field: str) -> list[tuple[int, int]]:
    """"782 807" or "852 944;954 1048" -> [(852, 944), (954, 1048)]."""
    spans = []
    for part in field.split(";"):
        start, end = part.split()
        spans.append((int(start), int(end)))
    return spans


def _parse_ann(lines: Iterable[str]) -> tuple[dict[str, Any], list[dict[str, list[str]]]]:
    """Text-bound annotations by id, and attribution events as {role: [T ids]}."""
    spans: dict[str, Any] = {}
    events: list[dict[str, list[str]]] = []
    for line in lines:
        parts = line.rstrip("\n").split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, offsets = parts[1].partition(" ")
            spans[parts[0]] = {"label": label, "spans": _parse_ann_spans(offsets)}
        elif line.startswith("E") and len(parts) >= 2:
            kind, *args = parts[1].split()
            if kind.split(":")[0].startswith("Attribution"):
                roles: dict[str, list[str]] = {}
                for arg in args:
                    role, _, tid = arg.partition(":")
                    roles.setdefault(role.rstrip("0123456789"), []).append(tid)
                events.append(roles)
    return spans, events


def _joined(text: str, spans: list[tuple[int, int]]) -> str:
    return " ".join(text[s:e] for s, e in sorted(spans))


def read_polnear_gold(ann_path: Path, text: str) -> list[dict[str, Any]]:
    """Each attribution's Content (all parts, "Content2" too) as a gold quote, with its Source.

    Returns dicts: ``text``, ``span`` (first start, last end), ``spans`` (the parts),
    ``source`` (``{"text", "span", "spans"}`` or None) and ``cue`` (text or None).
    Attributions without a Content are skipped.
    """
    bound, events = _parse_ann(ann_path.read_text(encoding="utf-8").splitlines())
    golds = []
    for roles in events:
        content = sorted(sp for tid in roles.get("Content", []) for sp in bound[tid]["spans"])
        if not content:
            continue
        source = sorted(sp for tid in roles.get("Source", []) for sp in bound[tid]["spans"])
        cue = sorted(sp for tid in roles.get("Cue", []) for sp in bound[tid]["spans"])
        golds.append({
            "text": _joined(text, content),
            "span": [content[0][0], content[-1][1]],
            "spans": [list(s) for s in content],
            "source": {"text": _joined(text, source), "span": [source[0][0], source[-1][1]],
                       "spans": [list(s) for s in source]} if source else None,
            "cue": _joined(text, cue) if cue else None,
        })
    return golds


def _mention_of(pred: dict[str, Any]) -> tuple[str, tuple[int, int] | None]:
    m = pred.get("speaker_mention")
    if not m:
        return "", None
    if isinstance(m, str):
        return m, None
    start, end = m.get("span", [m.get("start"), m.get("end")])
    span = (int(start), int(end)) if start is not None and end is not None and start >= 0 else None
    return str(m.get("text", "")), span


def polnear_speaker_right(
    pred: dict[str, Any], gold: dict[str, Any], *, use_offsets: bool = True
) -> bool:
    """FORMAT.md's four PolNeAR speaker rules, in its order.

    The pronoun rule covers possessives ("his") and sources made only of titles and articles
    ("the president"): the share-a-word rule can say nothing about those.
    """
    source = gold.get("source")
    if not source or not normalise_text(source.get("text")):
        return True
    mention_text, mention_span = _mention_of(pred)
    if use_offsets and mention_span and any(
        mention_span[0] < e and s < mention_span[1] for s, e in source["spans"]
    ):
        return True
    named = name_words(source["text"])
    if not named:
        # A pronoun ("he", "his") or, read the same way, a bare title ("the president"):
        # words that say nothing of who it is, so the mention must be those same words.
        return normalise_name(mention_text) == normalise_name(source["text"])
    return bool(named & (name_words(pred.get("speaker")) | name_words(mention_text)))


def holds_double_quote(s: str | None) -> bool:
    """A double quotation mark, curly or straight, or the typewriter pair '' / `` of wire copy."""
    text = s or ""
    return any(c in text for c in DOUBLE_QUOTE_MARKS) or "''" in text or "``" in text


def polnear_ann_for(directory: Path, name: str) -> Path | None:
    """The first annotator's file for article ``name``, sorted by file name."""
    files = sorted(
        p for p in (directory / "attributions").glob(f"{name}_*.ann")
        if ANN_ANNOTATOR_SUFFIX.sub("", p.name) == name
    )
    return files[0] if files else None


def score_polnear_article(
    record: dict[str, Any], golds: list[dict[str, Any]], *, use_offsets: bool = True
) -> dict[str, QuoteCounts]:
    """Counts for the two subsets of one article: ``direct`` and ``all``."""
    preds = list(record.get("quotes") or [])

    def right(p: dict[str, Any], g: dict[str, Any]) -> bool:
        return polnear_speaker_right(p, g, use_offsets=use_offsets)

    direct_preds = [
        p for p in preds if p.get("kind") == "direct" or holds_double_quote(p.get("text"))
    ]
    direct_golds = [g for g in golds if holds_double_quote(g["text"])]
    return {
        "direct": match_quotes(direct_preds, direct_golds, right).counts(),
        "all": match_quotes(preds, golds, right).counts(),
    }


def polnear_names(directory: Path, *, limit: int | None = None) -> list[str]:
    names = sorted(p.stem for p in (directory / "text").glob("*.txt"))
    return names[:limit] if limit is not None else names


def score_polnear(records_by_name: dict[str, dict[str, Any]], directory: Path) -> dict[str, Any]:
    """Score records (keyed by article name, the text file's stem) against PolNeAR gold."""
    totals = {"direct": QuoteCounts(), "all": QuoteCounts()}
    warnings: list[str] = []
    scored = 0
    for name, record in sorted(records_by_name.items()):
        ann = polnear_ann_for(directory, name)
        if ann is None:
            warnings.append(f"{name}: no attribution file; not scored")
            continue
        text = (directory / "text" / f"{name}.txt").read_text(encoding="utf-8")
        # Offsets only mean something if the record analysed this very text.
        use_offsets = record.get("text") in (None, text)
        if not use_offsets:
            warnings.append(f"{name}: record text differs from the file; offsets not used")
        for subset, counts in score_polnear_article(
            record, read_polnear_gold(ann, text), use_offsets=use_offsets
        ).items():
            totals[subset].add(counts)
        scored += 1
    return {
        "articles": scored,
        "direct": totals["direct"].figures(),
        "all": totals["all"].figures(),
        "warnings": warnings,
    }

"""Scoring against gold files (``shared/gold/FORMAT.md``): quotes, entities, times, events,
metadata and the publication date, for one document and aggregated over many."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from newsgraph.eval.matching import QuoteCounts, match_quotes
from newsgraph.eval.normalise import normalise_name, normalise_text

# --- Gold files: quotes ----------------------------------------------------------------------


def gold_speaker_right(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    """Equal to the gold speaker or one of its aliases, ignoring case and a leading "the"."""
    said = normalise_name(pred.get("speaker"))
    names = [gold.get("speaker"), *gold.get("speaker_aliases", [])]
    return bool(said) and said in {normalise_name(n) for n in names if n}


def score_quotes(record: dict[str, Any], gold: dict[str, Any]) -> dict[str, Any]:
    preds = list(record.get("quotes") or [])
    golds = list(gold.get("quotes") or [])
    m = match_quotes(preds, golds, gold_speaker_right, optional=gold.get("optional_quotes") or [])
    by_kind: dict[str, QuoteCounts] = {}

    def bucket(kind: str | None) -> QuoteCounts:
        return by_kind.setdefault(kind or "unknown", QuoteCounts())

    for _, gi, ok in m.pairs:
        bucket(golds[gi].get("kind")).add(QuoteCounts(tp=1, right=int(ok)))
    for gi in m.missed:
        bucket(golds[gi].get("kind")).fn += 1
    for pi in m.spurious:
        bucket(preds[pi].get("kind")).fp += 1
    result = m.counts().figures()
    result["by_kind"] = {k: c.figures() for k, c in sorted(by_kind.items())}
    result["misses"] = [golds[gi].get("text") for gi in m.missed]
    result["spurious"] = [preds[pi].get("text") for pi in m.spurious]
    result["neutral_predictions"] = [preds[pi].get("text") for pi in m.neutral]
    result["wrong_speaker"] = [
        {"text": golds[gi].get("text"), "gold": golds[gi].get("speaker"),
         "predicted": preds[pi].get("speaker")}
        for pi, gi, ok in m.pairs if not ok
    ]
    return result


# --- Gold files: entities, times, events ---------------------------------------------------

# Which predicted types may stand for a gold type. Not transitive, on purpose:
# places are interchangeable (GPE/LOC/FAC); a nationality (NORP "Chinese") may stand for its
# country; groups and parties (NORP) for organisations; buildings that name institutions
# ("the Pentagon", "White House", FAC) for organisations.
COMPATIBLE_TYPES: dict[str, frozenset[str]] = {
    "PERSON": frozenset({"PERSON", "PER"}),
    "ORG": frozenset({"ORG", "NORP", "FAC"}),
    "GPE": frozenset({"GPE", "LOC", "FAC", "NORP"}),
    "LOC": frozenset({"LOC", "GPE", "FAC"}),
    "FAC": frozenset({"FAC", "LOC", "GPE", "ORG"}),
    "NORP": frozenset({"NORP", "ORG", "GPE"}),
}


def types_compatible(gold_type: str | None, pred_type: str | None) -> bool:
    g, p = (gold_type or "").upper(), (pred_type or "").upper()
    return p in COMPATIBLE_TYPES.get(g, frozenset({g}))


def _mention_text(m: Any) -> str:
    return m if isinstance(m, str) else str((m or {}).get("text", ""))


def entity_surface_forms(entity: dict[str, Any]) -> set[str]:
    """Normalised name and mention texts of an entity (mentions as dicts or plain strings)."""
    forms = {normalise_name(entity.get("name"))}
    forms.update(normalise_name(_mention_text(m)) for m in entity.get("mentions") or [])
    forms.discard("")
    return forms


def _best_entity(gold: dict[str, Any], preds: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The compatible prediction holding the gold name and most of the gold mentions."""
    name = normalise_name(gold.get("name"))
    wanted = {normalise_name(_mention_text(m)) for m in gold.get("mentions") or []} | {name}
    holders = [
        p for p in preds
        if types_compatible(gold.get("type"), p.get("type")) and name in entity_surface_forms(p)
    ]
    if not holders:
        return None
    return max(holders, key=lambda p: len(wanted & entity_surface_forms(p)))


def score_entities(record: dict[str, Any], gold: dict[str, Any]) -> dict[str, Any]:
    preds = list(record.get("entities") or [])
    out: dict[str, Any] = {
        "found": 0, "clustered": 0, "total": 0, "roles_found": 0, "roles_total": 0,
        "missing": [], "not_clustered": [], "missing_roles": [],
    }
    for g in gold.get("entities") or []:
        out["total"] += 1
        roles = list(g.get("roles") or [])
        out["roles_total"] += len(roles)
        best = _best_entity(g, preds)
        if best is None:
            out["missing"].append(f"{g.get('name')} ({g.get('type')})")
            out["missing_roles"].extend({"name": g.get("name"), "role": r} for r in roles)
            continue
        out["found"] += 1
        forms = entity_surface_forms(best)
        strays = [m for m in map(_mention_text, g.get("mentions") or [])
                  if normalise_name(m) not in forms]
        if strays:
            out["not_clustered"].append({"name": g.get("name"), "missing_mentions": strays})
        else:
            out["clustered"] += 1
        have = {normalise_text(r) for r in best.get("roles") or []}
        for role in roles:
            if normalise_text(role) in have:
                out["roles_found"] += 1
            else:
                out["missing_roles"].append(
                    {"name": g.get("name"), "role": role, "predicted": best.get("roles") or []}
                )
    return out


def texts_overlap(a: str | None, b: str | None) -> bool:
    """Normalised substring either way: how a gold time (text only) finds its prediction."""
    x, y = normalise_text(a), normalise_text(b)
    return bool(x and y) and (x in y or y in x)


def _same_value(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return False
    return str(a).strip().casefold() == str(b).strip().casefold()


def score_times(record: dict[str, Any], gold: dict[str, Any]) -> dict[str, Any]:
    preds = list(record.get("times") or [])
    out: dict[str, Any] = {"right": 0, "total": 0, "wrong": []}
    for g in gold.get("times") or []:
        out["total"] += 1
        near = [p for p in preds if texts_overlap(g.get("text"), p.get("text"))]
        if any(_same_value(g.get("value"), p.get("value")) for p in near):
            out["right"] += 1
        else:
            out["wrong"].append({
                "text": g.get("text"), "value": g.get("value"),
                "predicted": [[p.get("text"), p.get("value")] for p in near],
            })
    return out


def event_matches(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    """Same type, a shared actor, and the same time where both give one."""
    if normalise_text(gold.get("type")) != normalise_text(pred.get("type")):
        return False
    gold_actors = {normalise_name(a) for a in gold.get("actors") or []} - {""}
    if not gold_actors & {normalise_name(a) for a in pred.get("actors") or []}:
        return False
    if gold.get("time") and pred.get("time"):
        return _same_value(gold["time"], pred["time"])
    return True


def score_events(record: dict[str, Any], gold: dict[str, Any]) -> dict[str, Any]:
    """Each gold event takes one unused matching prediction, preferring one whose time agrees."""
    preds = list(record.get("events") or [])
    used: set[int] = set()
    out: dict[str, Any] = {"found": 0, "total": 0, "others": 0, "missing": []}
    for g in gold.get("events") or []:
        out["total"] += 1
        options = [i for i, p in enumerate(preds) if i not in used and event_matches(g, p)]
        if not options:
            out["missing"].append({k: g.get(k) for k in ("type", "actors", "time", "evidence")})
            continue
        options.sort(key=lambda i: not _same_value(g.get("time"), preds[i].get("time")))
        used.add(options[0])
        out["found"] += 1
    out["others"] = len(preds) - len(used)
    return out


# --- Gold files: metadata and publication date ---------------------------------------------

METADATA_LIST_FIELDS = ("authors", "captions", "image_credits", "section_headings")


def _check(out: dict[str, Any], name: str, ok: bool, expected: Any, got: Any) -> None:
    out["total"] += 1
    out["checks"][name] = ok
    if ok:
        out["right"] += 1
    else:
        out["wrong"].append({"check": name, "expected": expected, "got": got})


def score_metadata(record: dict[str, Any], gold: dict[str, Any]) -> dict[str, Any]:
    gm, pm = gold.get("metadata") or {}, record.get("metadata") or {}
    body = normalise_text(record.get("body"))
    out: dict[str, Any] = {"right": 0, "total": 0, "checks": {}, "wrong": []}
    if "title" in gm:
        ok = normalise_text(gm["title"]) == normalise_text(pm.get("title"))
        _check(out, "title", ok, gm["title"], pm.get("title"))
    for key in METADATA_LIST_FIELDS:
        if key in gm:
            want = sorted(normalise_text(x) for x in gm[key])
            ok = want == sorted(normalise_text(x) for x in pm.get(key) or [])
            _check(out, key, ok, gm[key], pm.get(key))
    if gm.get("body_first_words"):
        ok = body.startswith(normalise_text(gm["body_first_words"]))
        _check(out, "body_first_words", ok, gm["body_first_words"], body[:80])
    if gm.get("body_last_words"):
        ok = body.endswith(normalise_text(gm["body_last_words"]))
        _check(out, "body_last_words", ok, gm["body_last_words"], body[-80:])
    for stray in gm.get("not_in_body") or []:
        _check(out, f"not_in_body: {stray}", normalise_text(stray) not in body, "absent", "present")
    return out


def score_published(record: dict[str, Any], gold: dict[str, Any]) -> dict[str, Any]:
    """Inside the gold range when one is given (ISO strings compare as dates), else equal."""
    got = (record.get("published") or "")[:10] or None
    rng = gold.get("published_range")
    if rng:
        ok = got is not None and rng[0] <= got <= rng[1]
    elif gold.get("published"):
        ok = got == gold["published"][:10]
    else:
        return {"right": 0, "total": 0, "predicted": got}
    return {"right": int(ok), "total": 1, "predicted": got, "gold": gold.get("published"),
            "range": rng}


# --- Gold files: one document and many -----------------------------------------------------

SECTION_SCORERS: dict[str, Callable[[dict[str, Any], dict[str, Any]], dict[str, Any]]] = {
    "quotes": score_quotes,
    "entities": score_entities,
    "times": score_times,
    "events": score_events,
    "metadata": score_metadata,
    "published": score_published,
}
# The counts that add up across documents, per section (the rest are figures or details).
SUMMED_COUNTS: dict[str, tuple[str, ...]] = {
    "entities": ("found", "clustered", "total", "roles_found", "roles_total"),
    "times": ("right", "total"),
    "events": ("found", "total", "others"),
    "metadata": ("right", "total"),
    "published": ("right", "total"),
}


def score_gold(record: dict[str, Any], gold: dict[str, Any]) -> dict[str, Any]:
    """Score one analysis record against one gold file: every section of FORMAT.md."""
    result: dict[str, Any] = {"document": gold.get("document")}
    for section, scorer in SECTION_SCORERS.items():
        result[section] = scorer(record, gold)
    return result


def _quote_counts(figures: dict[str, Any]) -> QuoteCounts:
    return QuoteCounts(**{k: figures[k] for k in asdict(QuoteCounts())})


def aggregate_gold_scores(results: list[dict[str, Any]]) -> dict[str, Any]:
    """Micro-averages: counts summed over documents, figures recomputed from the sums."""
    total = QuoteCounts()
    by_kind: dict[str, QuoteCounts] = {}
    for r in results:
        total.add(_quote_counts(r["quotes"]))
        for kind, figs in r["quotes"]["by_kind"].items():
            by_kind.setdefault(kind, QuoteCounts()).add(_quote_counts(figs))
    out: dict[str, Any] = {"documents": len(results)}
    out["quotes"] = {**total.figures(),
                     "by_kind": {k: c.figures() for k, c in sorted(by_kind.items())}}
    for section, keys in SUMMED_COUNTS.items():
        out[section] = {k: sum(r[section].get(k, 0) for r in results) for k in keys}
    out["per_document"] = results
    return out


def gold_files(path: Path) -> list[Path]:
    """One gold file, or every ``*.json`` in a folder (sorted)."""
    return sorted(path.glob("*.json")) if path.is_dir() else [path]


def load_gold(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def gold_document_path(gold_path: Path, gold: dict[str, Any]) -> Path:
    """A gold ``document`` is relative to the gold folder's parent (``shared/``)."""
    return gold_path.resolve().parent.parent / gold["document"]


def score_gold_dir(
    path: Path, record_for: Callable[[Path, dict[str, Any]], dict[str, Any]]
) -> dict[str, Any]:
    """Score every gold file under ``path``; ``record_for(gold_path, gold)`` supplies records."""
    results = []
    for gold_path in gold_files(path):
        gold = load_gold(gold_path)
        results.append(score_gold(record_for(gold_path, gold), gold))
    return aggregate_gold_scores(results)

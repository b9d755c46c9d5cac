"""Score analysis records against gold files and against PolNeAR.

The rules are those of ``shared/gold/FORMAT.md``; choices the format leaves open are stated
where they are made:

- Tokens are word tokens (``\\w+``, with an apostrophe inside a word kept: "aren't") of the
  normalised text, so punctuation and brackets never count as shared words.
- "Share at least half of the longer one's tokens" counts shared tokens *in order* as the
  length of the longest common subsequence of the two token lists (exact, bit-parallel).
- Pairs are matched greedily by best overlap (shared / longer, then shared); a prediction and
  a gold quote are each used once. Required gold quotes are matched first, and only the
  predictions left over are matched against ``optional_quotes``, so an optional quote never
  takes a prediction away from a required one.
- Per-kind figures: a matched or missed quote counts under its gold ``kind``; a prediction
  that matches nothing counts as a false positive under its own predicted ``kind``.

Scoring functions are pure: they take dicts (``Record.to_dict()`` and gold JSON) and return
dicts of counts and figures, with detail lists for debugging. Nothing here prints.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

# --- Normalisation -------------------------------------------------------------------------

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


def lcs_length(a: list[str], b: list[str]) -> int:
    """Length of the longest common subsequence of two token lists.

    Bit-parallel (Allison & Dix 1986, Hyyrö 2004): one bit per token of ``a``, a few integer
    operations per token of ``b``, so long quotes cost little.
    """
    if not a or not b:
        return 0
    full = (1 << len(a)) - 1
    masks: dict[str, int] = {}
    for i, tok in enumerate(a):
        masks[tok] = masks.get(tok, 0) | (1 << i)
    v = full
    for tok in b:
        u = v & masks.get(tok, 0)
        v = ((v + u) | (v - u)) & full
    return len(a) - v.bit_count()


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def _f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None:
        return None
    return 2 * p * r / (p + r) if p + r else 0.0


# --- Quote matching (shared by gold files and PolNeAR) -------------------------------------


def match_token_lists(
    preds: list[list[str]], golds: list[list[str]], *, used_preds: Iterable[int] = ()
) -> list[tuple[int, int]]:
    """Greedy one-to-one (pred index, gold index) pairs sharing >= half the longer's tokens."""
    candidates = []
    skip = set(used_preds)
    for pi, p in enumerate(preds):
        if pi in skip or not p:
            continue
        for gi, g in enumerate(golds):
            longer = max(len(p), len(g))
            if not g or 2 * min(len(p), len(g)) < longer:  # cannot reach half: skip the LCS
                continue
            shared = lcs_length(p, g)
            if 2 * shared >= longer:
                candidates.append((-shared / longer, -shared, pi, gi))
    candidates.sort()
    pairs: list[tuple[int, int]] = []
    taken_p: set[int] = set()
    taken_g: set[int] = set()
    for _, _, pi, gi in candidates:
        if pi not in taken_p and gi not in taken_g:
            taken_p.add(pi)
            taken_g.add(gi)
            pairs.append((pi, gi))
    return pairs


@dataclass
class QuoteCounts:
    """Counts from which every quote figure follows; sums across documents micro-average."""

    tp: int = 0  # predictions matching a gold quote
    fp: int = 0  # predictions matching nothing
    fn: int = 0  # gold quotes no prediction matched
    right: int = 0  # matched and the speaker is right
    neutral: int = 0  # predictions matching an optional quote only

    def add(self, other: QuoteCounts) -> None:
        for key, value in asdict(other).items():
            setattr(self, key, getattr(self, key) + value)

    def figures(self) -> dict[str, Any]:
        p = _ratio(self.tp, self.tp + self.fp)
        r = _ratio(self.tp, self.tp + self.fn)
        ep = _ratio(self.right, self.tp + self.fp)
        er = _ratio(self.right, self.tp + self.fn)
        return {
            **asdict(self),
            "gold": self.tp + self.fn,
            "predicted": self.tp + self.fp,
            "precision": p,
            "recall": r,
            "f1": _f1(p, r),
            "speaker_accuracy": _ratio(self.right, self.tp),
            "e2e_precision": ep,
            "e2e_recall": er,
            "e2e_f1": _f1(ep, er),
        }


@dataclass
class QuoteMatch:
    """The outcome of matching one document's predicted quotes to its gold quotes."""

    pairs: list[tuple[int, int, bool]]  # (pred index, gold index, speaker right)
    missed: list[int]  # gold indices
    spurious: list[int]  # pred indices
    neutral: list[int]  # pred indices that matched an optional quote

    def counts(self) -> QuoteCounts:
        return QuoteCounts(
            tp=len(self.pairs),
            fp=len(self.spurious),
            fn=len(self.missed),
            right=sum(ok for _, _, ok in self.pairs),
            neutral=len(self.neutral),
        )


def match_quotes(
    preds: list[dict[str, Any]],
    golds: list[dict[str, Any]],
    speaker_right: Callable[[dict[str, Any], dict[str, Any]], bool],
    *,
    optional: Sequence[dict[str, Any]] = (),
) -> QuoteMatch:
    pred_tokens = [tokens(q.get("text")) for q in preds]
    pairs = match_token_lists(pred_tokens, [tokens(g.get("text")) for g in golds])
    used = {pi for pi, _ in pairs}
    neutral_pairs = match_token_lists(
        pred_tokens, [tokens(g.get("text")) for g in optional], used_preds=used
    )
    neutral = sorted(pi for pi, _ in neutral_pairs)
    matched_golds = {gi for _, gi in pairs}
    return QuoteMatch(
        pairs=[(pi, gi, speaker_right(preds[pi], golds[gi])) for pi, gi in sorted(pairs)],
        missed=[gi for gi in range(len(golds)) if gi not in matched_golds],
        spurious=[pi for pi in range(len(preds)) if pi not in used and pi not in neutral],
        neutral=neutral,
    )


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


# --- PolNeAR ---------------------------------------------------------------------------------

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


# --- Tables ----------------------------------------------------------------------------------

QUOTE_COLUMNS = (
    ("gold", "gold"), ("pred", "predicted"), ("P", "precision"), ("R", "recall"), ("F1", "f1"),
    ("spk acc", "speaker_accuracy"), ("e2e P", "e2e_precision"), ("e2e R", "e2e_recall"),
    ("e2e F1", "e2e_f1"),
)


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def _quote_table(rows: list[tuple[str, dict[str, Any]]]) -> list[str]:
    header = ["", *(label for label, _ in QUOTE_COLUMNS)]
    body = [[label, *(_cell(figs.get(key)) for _, key in QUOTE_COLUMNS)] for label, figs in rows]
    widths = [max(len(row[i]) for row in [header, *body]) for i in range(len(header))]
    return [
        "  ".join(cell.ljust(w) if i == 0 else cell.rjust(w)
                  for i, (cell, w) in enumerate(zip(row, widths, strict=True)))
        for row in [header, *body]
    ]


def _fraction(n: int, total: int) -> str:
    return f"{n}/{total}" + (f" ({n / total:.3f})" if total else "")


def _gold_table(scores: dict[str, Any]) -> list[str]:
    q = scores["quotes"]
    docs = scores.get("documents", 1)
    lines = [f"Gold: {docs} document(s)" if "documents" in scores
             else f"Gold: {scores.get('document')}", ""]
    lines.append(f"Quotes ({q['neutral']} predictions matched optional quotes only)")
    lines += _quote_table([("all", q), *q["by_kind"].items()])
    e, t, ev = scores["entities"], scores["times"], scores["events"]
    lines += [
        "",
        f"Entities   found {_fraction(e['found'], e['total'])}"
        f"   clustered {_fraction(e['clustered'], e['total'])}"
        f"   roles {_fraction(e['roles_found'], e['roles_total'])}",
        f"Times      right {_fraction(t['right'], t['total'])}",
        f"Events     found {_fraction(ev['found'], ev['total'])}   others {ev['others']}",
        f"Metadata   right {_fraction(scores['metadata']['right'], scores['metadata']['total'])}",
        f"Published  right {_fraction(scores['published']['right'], scores['published']['total'])}",
    ]
    return lines


def _polnear_table(scores: dict[str, Any]) -> list[str]:
    lines = [f"PolNeAR: {scores['articles']} article(s)", ""]
    lines += _quote_table([("direct", scores["direct"]), ("all", scores["all"])])
    lines += [f"warning: {w}" for w in scores.get("warnings", [])]
    return lines


def format_table(scores: dict[str, Any]) -> str:
    """A plain-text table of gold or PolNeAR scores (one document or aggregated)."""
    lines = _polnear_table(scores) if "articles" in scores else _gold_table(scores)
    return "\n".join(lines) + "\n"

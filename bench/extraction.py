"""Article body extraction on the article-extraction-benchmark (AEB) pages.

Scores ``read_html(page).body`` against the benchmark's true article bodies with the
benchmark's own metric (scrapinghub/article-extraction-benchmark, evaluate.py): text split into
``\\w+`` tokens, 4-token shingles counted as multisets, per-page TP/FP/FN normalised to sum 1,
precision averaged over pages that predicted something, recall over pages with a true body,
F1 their harmonic mean. In the same run it scores plain ``trafilatura.extract`` with its
defaults and with the benchmark's own trafilatura settings (``include_comments=False``).

    .venv/bin/python bench/extraction.py [--data DIR] [--limit N] [--worst K]

``--data`` defaults to ``../shared/data/aeb`` beside the repository.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data" / "aeb"
SHINGLE_N = 4
TOKEN = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)

TpFpFn = tuple[float, float, float]


def shingles(text: str, n: int = SHINGLE_N) -> Counter:
    tokens = TOKEN.findall(text or "")
    grams = (tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)))
    return Counter(g for g in grams if g)


def shingle_matching(true: str, pred: str) -> TpFpFn:
    """TP/FP/FN over shingle multisets, normalised so that long pages weigh no more."""
    truth, guess = shingles(true), shingles(pred)
    tp = fp = fn = 0.0
    for key in set(truth) | set(guess):
        t, p = truth.get(key, 0), guess.get(key, 0)
        tp += min(t, p)
        fp += max(0, p - t)
        fn += max(0, t - p)
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def precision_score(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def recall_score(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def metrics(rows: list[TpFpFn]) -> dict[str, float]:
    precision = statistics.mean(precision_score(*r) for r in rows if r[0] + r[1] > 0)
    recall = statistics.mean(recall_score(*r) for r in rows if r[0] + r[2] > 0)
    return {"precision": precision, "recall": recall, "f1": 2 * precision * recall / (precision + recall)}


def load_pages(data: Path, limit: int | None) -> tuple[dict[str, str], dict[str, str]]:
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    pages: dict[str, str] = {}
    for path in sorted((data / "html").glob("*.html.gz")):
        key = path.name.split(".")[0]
        if key in truth:
            pages[key] = gzip.decompress(path.read_bytes()).decode("utf-8")
        if limit and len(pages) >= limit:
            break
    return pages, {k: truth[k].get("articleBody", "") for k in pages}


def run(name: str, extract: Callable[[str], str], pages: dict[str, str], truth: dict[str, str]):
    predictions: dict[str, str] = {}
    errors = 0
    started = time.perf_counter()
    for key, page in pages.items():
        try:
            predictions[key] = extract(page) or ""
        except Exception:  # a failed page scores as empty, as in the benchmark
            predictions[key] = ""
            errors += 1
    seconds = time.perf_counter() - started
    rows = [shingle_matching(truth[k], predictions[k]) for k in pages]
    m = metrics(rows)
    print(
        f"{name:<44} P={m['precision']:.3f}  R={m['recall']:.3f}  F1={m['f1']:.4f}  "
        f"{len(pages) / seconds:5.1f} pages/s  errors={errors}",
        flush=True,
    )
    return rows


def read_html_body(page: str) -> str:
    from newsgraph.ingest.html import read_html

    return read_html(page).body


def trafilatura_defaults(page: str) -> str:
    import trafilatura

    return trafilatura.extract(page) or ""


def trafilatura_benchmark_settings(page: str) -> str:
    import trafilatura

    return trafilatura.extract(page, include_comments=False) or ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="AEB folder (html/, ground-truth.json)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--worst", type=int, default=0, help="list the K pages newsgraph scores worst on")
    parser.add_argument("--ours-only", action="store_true", help="skip the trafilatura baselines")
    args = parser.parse_args()
    if not (args.data / "ground-truth.json").is_file() or not (args.data / "html").is_dir():
        print(f"AEB data not found at {args.data} (need html/*.html.gz and ground-truth.json); "
              "nothing measured.", file=sys.stderr)
        return 2
    pages, truth = load_pages(args.data, args.limit)
    print(f"AEB: {len(pages)} pages from {args.data}")
    rows = run("newsgraph read_html(...).body", read_html_body, pages, truth)
    if not args.ours_only:
        run("trafilatura.extract defaults", trafilatura_defaults, pages, truth)
        run("trafilatura.extract include_comments=False", trafilatura_benchmark_settings, pages, truth)
    if args.worst:
        scored = sorted(zip(pages, rows, strict=True), key=lambda kr: kr[1][0])
        for key, (tp, fp, fn) in scored[: args.worst]:
            print(f"  {key[:16]}  tp={tp:.2f} fp={fp:.2f} fn={fn:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

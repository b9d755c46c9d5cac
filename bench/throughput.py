"""Throughput of the whole pipeline beside the bare spaCy pass, on the AEB WARC and PolNeAR dev.

    .venv/bin/python bench/throughput.py [--corpus aeb polnear] [--engines bare ours w1 w2 ray]
                                         [--limit N] [--data ../shared/data]

Measured in one run, per corpus, over the same texts:

- ``bare``: ``nlp.pipe`` with the same model and components (what the model alone costs);
- ``ours``: ``Analyzer.analyze_many`` on the same model object (model + our extractors);
  the ratio ours/bare (articles per second) is the figure the issue asks for (target >= 0.7);
- ``w1``, ``w2``: the whole ingest (read the WARC or files, extract HTML, analyse, write a fresh
  store) with one process and with a pool of two workers, pool start-up included;
- ``ray``: the same on a local Ray with 2 CPUs (2 actors), Parquet shards and store included.

The ``w2`` and ``ray`` stores' records are compared with the ``w1`` store's (``Record.to_dict()``,
by article id), and each whole ingest prints its summary (stored, failed). Records depend on the
code too: the bench hashes the newsgraph source when it starts and after each corpus and says
when it changed during the run (run it on a frozen copy of the repository when others edit it).

Figures are articles/s and words/s (whitespace words of the analysed text). The machine's
other load changes them: compare figures of one run, not across runs.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_RATIO = 0.7


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--corpus", nargs="+", default=["aeb", "polnear"], choices=["aeb", "polnear"])
    parser.add_argument("--engines", nargs="+", default=["bare", "ours", "w1", "w2", "ray"],
                        choices=["bare", "ours", "w1", "w2", "ray"])
    parser.add_argument("--limit", type=int, default=None, help="first N articles of each corpus")
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args()

    import newsgraph
    from newsgraph.run.ray_runner import code_fingerprint
    from newsgraph.settings import Settings

    settings = Settings(batch_size=args.batch_size, db=":memory:")
    code = code_fingerprint()
    print(f"newsgraph source {code} ({Path(newsgraph.__file__).parent})")
    status = 0
    for corpus in args.corpus:
        source = _source(args.data, corpus)
        if source is None:
            print(f"{corpus}: data not found under {args.data}: nothing to measure", file=sys.stderr)
            status = 1
            continue
        status |= _bench_corpus(corpus, source, args, settings)
        if (now := code_fingerprint()) != code:
            print(f"   WARNING: the newsgraph source changed during the run ({code} -> {now}): "
                  "engines may have run different code; record comparisons mean nothing")
            code = now
    return status


def _source(data: Path, corpus: str) -> Path | None:
    path = data / "warc" / "aeb-181-news.warc.gz" if corpus == "aeb" else data / "polnear" / "dev" / "text"
    return path if path.exists() else None


def _bench_corpus(corpus: str, source: Path, args: argparse.Namespace, settings) -> int:
    from newsgraph.errors import DocumentError
    from newsgraph.ingest import iter_articles
    from newsgraph.ingest.warc import collecting_stats

    with tempfile.TemporaryDirectory(prefix="ng-bench-") as tmp:
        if args.limit:  # the whole-ingest engines read files: write the slice out as texts
            source = _slice(source, args.limit, Path(tmp) / "slice", settings)
        started = time.perf_counter()
        with collecting_stats() as warc:
            read = list(iter_articles([source], settings=settings))
        read_s = time.perf_counter() - started
        articles = [a for a in read if not isinstance(a, DocumentError)]
        words = sum(len(a.text.split()) for a in articles)
        print(f"\n== {corpus}: {len(articles)} articles, {words:,} words ({source})")
        print(f"   read: {len(articles)} articles, {len(read) - len(articles)} unreadable documents"
              + (f"; WARC: {warc.html} HTML responses, {warc.skipped} other records skipped, "
                 f"{warc.errors} record errors" if warc.html or warc.skipped else ""))
        print(f"   reading + HTML extraction alone: {read_s:.1f} s ({len(articles) / read_s:.1f} articles/s)")
        rows: dict[str, float] = {}
        for engine in args.engines:
            seconds, note = ENGINES[engine](articles, source, settings, Path(tmp))
            rows[engine] = seconds
            print(f"   {LABELS[engine]:<44} {seconds:8.1f} s {len(articles) / seconds:8.2f} articles/s "
                  f"{words / seconds:9.0f} words/s", flush=True)
            if note:
                print(f"      {note}", flush=True)
        for engine in ("w2", "ray"):
            if engine in rows and "w1" in rows:
                print(f"   {engine} vs 1-process records: {_compare(Path(tmp) / 'w1.db', Path(tmp) / f'{engine}.db')}")
    if "bare" in rows and "ours" in rows:
        ratio = rows["bare"] / rows["ours"]
        verdict = "meets" if ratio >= TARGET_RATIO else "BELOW"
        print(f"   ratio ours/bare (analysis, articles/s): {ratio:.2f} ({verdict} the target {TARGET_RATIO})")
        if "w1" in rows:
            print(f"   ratio whole ingest (1 process)/bare: {rows['bare'] / rows['w1']:.2f}")
    if "w1" in rows and "w2" in rows:
        print(f"   2 workers / 1 process: {rows['w1'] / rows['w2']:.2f}x")
    return 0


def _slice(source: Path, limit: int, out: Path, settings) -> Path:
    from newsgraph.errors import DocumentError
    from newsgraph.ingest import iter_articles
    from newsgraph.model import Record

    out.mkdir(parents=True)
    kept = 0
    for article in iter_articles([source], settings=settings):
        if isinstance(article, DocumentError):
            continue
        # JSON lines keep what the page said of itself (title, date, regions) for the engines
        from newsgraph.model import PublishedDate

        record = Record(article=article, published=PublishedDate(article.published, article.published_source))
        (out / f"{kept:05d}.json").write_text(_json(record.to_dict()), encoding="utf-8")
        kept += 1
        if kept >= limit:
            break
    return out


def _json(d: dict) -> str:
    import json

    return json.dumps({"text": d["text"], "url": d["url"], "title": d["metadata"]["title"],
                       "published": d["published"]}, ensure_ascii=False)


# --- engines --------------------------------------------------------------------------------

Timing = tuple[float, str]  # seconds, and a line to print under the figures ("" for none)


def _bare(articles, source, settings, tmp) -> Timing:
    nlp = _nlp(settings)
    started = time.perf_counter()
    for _doc in nlp.pipe((a.text for a in articles), batch_size=settings.batch_size):
        pass
    return time.perf_counter() - started, ""


def _ours(articles, source, settings, tmp) -> Timing:
    from newsgraph.pipeline import Analyzer

    analyzer = Analyzer(settings, nlp=_nlp(settings))
    started = last = time.perf_counter()
    slowest: list[tuple[float, str]] = []
    for result in analyzer.analyze_many(articles):
        now = time.perf_counter()
        slowest = sorted([*slowest, (now - last, _name(result))], reverse=True)[:3]
        last = now
    seconds = time.perf_counter() - started
    # Where the extractors cost most; a batch's parse lands on its first article.
    return seconds, "slowest: " + "; ".join(f"{s:.1f} s {n}" for s, n in slowest)


def _name(result) -> str:
    from newsgraph.errors import DocumentError

    if isinstance(result, DocumentError):
        return f"{result.source} (failed)"
    return result.article.url or result.article.source or result.id


def _summary(written) -> str:
    return (f"stored {written.stored}, skipped {written.skipped}, replaced {written.replaced}, "
            f"failed {written.failed}")


def _ingest(workers: int) -> Callable[..., Timing]:
    def run(articles, source, settings, tmp) -> Timing:
        from newsgraph.ingest import iter_articles
        from newsgraph.pipeline import Analyzer
        from newsgraph.run.local import run_local
        from newsgraph.run.pool import PoolAnalyzer
        from newsgraph.store import Store

        db = tmp / f"w{workers}.db"
        started = time.perf_counter()
        engine = (Analyzer(settings, nlp=_nlp(settings)).analyze_many if workers == 1
                  else PoolAnalyzer(settings, workers=workers).analyze_many)
        with Store(db) as store:
            written = run_local(iter_articles([source], settings=settings), store=store, analyze_many=engine,
                                batch_size=settings.batch_size)
        return time.perf_counter() - started, _summary(written)
    return run


def _ray(articles, source, settings, tmp) -> Timing:
    from newsgraph.ingest import iter_articles
    from newsgraph.run.ray_runner import run_ray
    from newsgraph.store import Store

    started = time.perf_counter()
    with Store(tmp / "ray.db") as store:
        written = run_ray(iter_articles([source], settings=settings), store=store, shards_dir=tmp / "shards",
                          settings=settings, actors=2)
    return time.perf_counter() - started, _summary(written)


def _compare(local_db: Path, other_db: Path) -> str:
    """Every stored record of two stores, by article id: the verdict and, if any, the first difference."""
    from newsgraph.store import Store

    with Store(local_db) as local, Store(other_db) as other:
        a = {r.id: r.to_dict() for r in local.records()}
        b = {r.id: r.to_dict() for r in other.records()}
    same = sum(1 for k in a if b.get(k) == a[k])
    if a == b:
        return f"identical ({same} of {len(a)} articles equal)"
    first = next((k for k in a if b.get(k) != a[k]), None)
    keys = sorted(key for key in a[first] if b.get(first, {}).get(key) != a[first][key]) if first else []
    return (f"DIFFERENT ({same} of {len(a)} local articles equal, {len(b)} in the other store; "
            f"first: {first}, fields {', '.join(keys)})")


_NLP = {}


def _nlp(settings):
    """One model object for bare, ours and w1: the comparison is of the work, not of loading."""
    from newsgraph.nlp import load_nlp

    if settings.model not in _NLP:
        from newsgraph.ingest.text import read_text
        from newsgraph.pipeline import Analyzer

        nlp = _NLP[settings.model] = load_nlp(settings.model)
        # First calls load lazy tables (gazetteers, lookups): pay them before any clock starts.
        Analyzer(settings, nlp=nlp).analyze(read_text(WARM_UP, source="warm-up"))
    return _NLP[settings.model]


WARM_UP = ('Mayor Ana Ruiz of Springfield said on Monday that "the bridge opens in May," and '
           'officials in Paris met the minister last week.')


ENGINES: dict[str, Callable[..., Timing]] = {"bare": _bare, "ours": _ours, "w1": _ingest(1), "w2": _ingest(2),
                                            "ray": _ray}
LABELS = {
    "bare": "bare spaCy nlp.pipe",
    "ours": "ours: Analyzer.analyze_many (same model)",
    "w1": "whole ingest, 1 process (read..store)",
    "w2": "whole ingest, 2 workers (pool start incl.)",
    "ray": "whole ingest, Ray 2 CPUs (start incl.)",
}

if __name__ == "__main__":
    for key, value in {"RAY_USAGE_STATS_ENABLED": "0", "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0",
                       "RAY_AUTH_MODE": "disabled"}.items():
        os.environ.setdefault(key, value)
    sys.exit(main())

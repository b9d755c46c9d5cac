"""The Ray engine: the same analysis on a Ray cluster (or a local Ray), written as Parquet shards.

Each actor loads the model once and runs ``worker.analyze_chunk``, exactly what a local pool
worker runs, so the same input gives the same records. The driver streams the input (skipping
stored articles, ``run.resume``), keeps at most ``2 x actors`` chunks in flight, and writes
every result to Parquet shards in ``shards_dir``: one row per article with columns ``id``,
``url``, ``source``, ``kind`` ("record" or "error"), ``record`` (``Record.to_dict()`` as JSON)
and ``reason``. A shard is written under a temporary name and renamed, so a killed run leaves
only whole shards. With ``load=True`` each chunk is also written to the store as it comes back
(one transaction per chunk); ``load_shards`` (``newsgraph load``) puts shards into a store later.

Ray is imported only here, after the offline settings of ``OFFLINE_ENV`` are in the environment.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
import uuid
import warnings
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from newsgraph.errors import DocumentError
from newsgraph.model import Article, Record
from newsgraph.run import worker
from newsgraph.run.progress import Reporter
from newsgraph.run.resume import NewArticles
from newsgraph.settings import Settings
from newsgraph.store import Store, WriteSummary

# A local Ray stays on loopback, reports nothing and probes no cloud metadata (shared/STACK.md).
OFFLINE_ENV = {
    "RAY_USAGE_STATS_ENABLED": "0",
    "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0",
    "RAY_AUTH_MODE": "disabled",
}
# Only for a Ray started here: a proxy setting would also catch a ray:// client's connection.
LOCAL_ONLY_ENV = {"HTTP_PROXY": "http://127.0.0.1:9", "NO_PROXY": "127.0.0.1,localhost"}
LOCAL_OBJECT_STORE = 256 * 1024**2
SHARD_ROWS = 1_000
SHARD_COLUMNS = ("id", "url", "source", "kind", "record", "reason")


def start_ray(address: str | None = None, *, num_cpus: int | None = None) -> Any:
    """Connect to the cluster at ``address`` (or $RAY_ADDRESS), else start a small local Ray."""
    for key, value in OFFLINE_ENV.items():
        os.environ.setdefault(key, value)
    address = address or os.environ.get("RAY_ADDRESS") or None
    if address in (None, "local"):
        for key, value in LOCAL_ONLY_ENV.items():
            os.environ.setdefault(key, value)
    import ray

    if ray.is_initialized():
        return ray
    if address in (None, "local"):
        from newsgraph.run.pool import resolve_workers

        ray.init(address="local", num_cpus=num_cpus or resolve_workers(0), include_dashboard=False,
                 log_to_driver=False, object_store_memory=LOCAL_OBJECT_STORE)
    else:
        ray.init(address=address, log_to_driver=False)
    return ray


def code_fingerprint(package: Path | None = None) -> str:
    """A hash of the newsgraph source this process would import (every ``.py`` of the package).

    Records depend on the code as much as on the article: actors whose code differs from the
    driver's (a node with another install, files edited while a run starts) give records a local
    run would not. Comparing fingerprints says so instead of leaving a silent difference.
    """
    package = package or Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


class _AnalyzerActor:
    """One model per actor, loaded when the actor starts."""

    def __init__(self, settings: Settings) -> None:
        from newsgraph.pipeline import Analyzer

        self.fingerprint = code_fingerprint()  # of the code this actor imported, as it starts
        self.analyzer = Analyzer(settings)

    def code(self) -> str:
        return self.fingerprint

    def analyze(self, articles: list[Article]) -> list[worker.Result]:
        return worker.analyze_chunk(self.analyzer, articles)


def run_ray(
    items: Iterable[Article | DocumentError],
    *,
    store: Store,
    shards_dir: str | Path,
    settings: Settings | None = None,
    address: str | None = None,
    actors: int | None = None,
    load: bool = True,
    reporter: Reporter | None = None,
) -> WriteSummary:
    """Analyse what is new in ``items`` on Ray, write shards, and (``load``) store the records."""
    settings = settings or Settings()
    reporter = reporter or Reporter()
    shards = ShardWriter(shards_dir)
    summary = WriteSummary()
    if load:  # shards of a run killed before (or run with load=False) go in first
        load_shards(shards_dir, store, batch_size=settings.batch_size, errors=False)
    known = set() if load else shard_ids(shards_dir)

    def keep_unreadable(error: DocumentError) -> None:
        reporter.error(error)
        shards.add(worker.encode(error))
        if load:
            _add(summary, store.write([error]))

    new = NewArticles(lambda i: i in known or store.has_article(i),
                      on_skip=lambda _a: reporter.skipped(), on_unreadable=keep_unreadable)
    driver_code = code_fingerprint()
    ray = start_ray(address, num_cpus=actors)
    try:
        n = actors or max(1, int(ray.cluster_resources().get("CPU", 1)))
        actor_class = ray.remote(num_cpus=1)(_AnalyzerActor)
        pool = [actor_class.remote(settings) for _ in range(n)]
        codes = [a.code.remote() for a in pool]  # answered once each actor has started
        for results in _analyze_on(pool, new(items), chunk_size=settings.batch_size):
            if codes:  # checked with the first results, so reading overlaps the actors' start
                _warn_if_code_differs(driver_code, ray.get(codes))
                codes = []
            decoded = [worker.decode(r) for r in results]
            for result in decoded:
                reporter.analysed(result)
            shards.add_many(results)
            if load:
                _add(summary, store.write(decoded))
                reporter.committed(_with_skips(summary, new.skipped))
        shards.close()
    finally:
        ray.shutdown()
    summary.skipped += new.skipped
    return summary


def _warn_if_code_differs(driver: str, actors: list[str]) -> None:
    """Say when an actor runs other newsgraph code than the driver: its records would differ."""
    other = sorted({a for a in actors if a != driver})
    if other:
        warnings.warn(
            f"Ray actors run different newsgraph code than the driver (source {', '.join(other)} vs "
            f"{driver}): install the same newsgraph on every node, and do not edit it during a run; "
            "records may differ from a local run's",
            RuntimeWarning, stacklevel=3,
        )


def _analyze_on(actors: list[Any], articles: Iterator[Article], *, chunk_size: int) -> Iterator[list[worker.Result]]:
    """Round-robin chunks over the actors, at most two per actor in flight, results in order."""
    import ray

    in_flight: deque[Any] = deque()
    turn = 0
    while True:
        while len(in_flight) < 2 * len(actors) and (chunk := list(islice(articles, chunk_size))):
            in_flight.append(actors[turn % len(actors)].analyze.remote(chunk))
            turn += 1
        if not in_flight:
            return
        yield ray.get(in_flight.popleft())


def _add(summary: WriteSummary, written: WriteSummary) -> None:
    summary += written


def _with_skips(summary: WriteSummary, skipped: int) -> WriteSummary:
    total = WriteSummary(**summary.as_dict())
    total.skipped += skipped
    return total


# --- shards ---------------------------------------------------------------------------------

class ShardWriter:
    """Results to Parquet files of ``rows`` rows, each written whole (temporary name, rename)."""

    def __init__(self, directory: str | Path, *, rows: int = SHARD_ROWS) -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.rows = rows
        self.run = f"{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:8]}"
        self.count = 0
        self.buffer: list[dict[str, Any]] = []

    def add(self, result: worker.Result) -> None:
        self.buffer.append(_row(result))
        if len(self.buffer) >= self.rows:
            self.flush()

    def add_many(self, results: Iterable[worker.Result]) -> None:
        for result in results:
            self.add(result)

    def flush(self) -> None:
        if not self.buffer:
            return
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.table({c: [row[c] for row in self.buffer] for c in SHARD_COLUMNS},
                         schema=pa.schema([(c, pa.string()) for c in SHARD_COLUMNS]))
        final = self.directory / f"part-{self.run}-{self.count:05d}.parquet"
        temporary = final.with_suffix(".parquet.tmp")
        pq.write_table(table, temporary)
        os.replace(temporary, final)
        self.count += 1
        self.buffer.clear()

    def close(self) -> None:
        self.flush()


def _row(result: worker.Result) -> dict[str, Any]:
    if result[0] == "error":
        return {"id": None, "url": None, "source": result[1], "kind": "error", "record": None, "reason": result[2]}
    d = result[1]
    return {"id": d["id"], "url": d.get("url"), "source": d.get("source"), "kind": "record",
            "record": json.dumps(d, ensure_ascii=False), "reason": None}


def shard_files(directory: str | Path) -> list[Path]:
    """Whole shards only (a ``.tmp`` left by a kill is ignored), oldest run first."""
    return sorted(Path(directory).glob("*.parquet")) if Path(directory).is_dir() else []


def shard_ids(directory: str | Path) -> set[str]:
    import pyarrow.parquet as pq

    ids: set[str] = set()
    for path in shard_files(directory):
        ids.update(i for i in pq.read_table(path, columns=["id"]).column("id").to_pylist() if i)
    return ids


def read_shards(directory: str | Path, *, batch_size: int = 256) -> Iterator[list[Record | DocumentError]]:
    """Shard rows back as records and errors, a batch at a time (never a whole shard set in memory)."""
    import pyarrow.parquet as pq

    for path in shard_files(directory):
        parquet = pq.ParquetFile(path)
        for batch in parquet.iter_batches(batch_size=batch_size, columns=["kind", "record", "source", "reason"]):
            yield [_from_row(row) for row in batch.to_pylist()]


def _from_row(row: dict[str, Any]) -> Record | DocumentError:
    if row["kind"] == "error":
        return DocumentError(row["source"], row["reason"])
    return Record.from_dict(json.loads(row["record"]))


def load_shards(
    directory: str | Path, store: Store, *, batch_size: int = 32, reporter: Reporter | None = None,
    errors: bool = True,
) -> WriteSummary:
    """Put shards into the store, one transaction per batch; stored ids are skipped (idempotent).

    ``errors=False`` leaves out the error rows (they were written when the shard was made).
    """
    summary = WriteSummary()
    for batch in read_shards(directory, batch_size=batch_size):
        items = [b for b in batch if errors or not isinstance(b, DocumentError)]
        fresh = [b for b in items if isinstance(b, DocumentError) or not store.has_article(b.id)]
        summary.skipped += len(items) - len(fresh)
        written = store.write(fresh)
        summary += written
        if reporter is not None:
            for item in items:
                reporter.analysed(item)
            reporter.committed(summary)
    return summary

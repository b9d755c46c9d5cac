"""The runner: analyse a stream of articles and hand the records to one writer.

Articles already in the store (same content id) are skipped before analysis, so re-running an
interrupted ingest only analyses what is missing (``run.resume``). Records are written in
batches, each batch one transaction: an interruption loses at most the batches in flight.

``analyze_many`` is the engine: ``Analyzer.analyze_many`` in this process, or
``PoolAnalyzer.analyze_many`` over worker processes; either way this process alone writes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from newsgraph.errors import DocumentError
from newsgraph.model import Article, Record
from newsgraph.run.progress import Reporter
from newsgraph.run.resume import NewArticles
from newsgraph.store import Store, WriteSummary

AnalyzeMany = Callable[[Iterable[Article]], Iterable[Record | DocumentError]]


def run_local(
    items: Iterable[Article | DocumentError],
    *,
    store: Store,
    analyze_many: AnalyzeMany,
    batch_size: int = 32,
    on_batch: Callable[[WriteSummary], None] | None = None,
    reporter: Reporter | None = None,
) -> WriteSummary:
    """Analyse what is new in ``items`` and write it; return stored/skipped/replaced/failed."""
    reporter = reporter or Reporter()
    summary = WriteSummary()
    unreadable: list[DocumentError] = []

    def keep_unreadable(error: DocumentError) -> None:
        unreadable.append(error)
        reporter.error(error)

    new = NewArticles(store.has_article, on_skip=lambda _a: reporter.skipped(), on_unreadable=keep_unreadable)
    batch: list[Record | DocumentError] = []

    def flush() -> None:
        nonlocal summary
        written = store.write([*unreadable, *batch])
        unreadable.clear()
        batch.clear()
        summary += written
        # Skips found before analysis are the runner's; the writer only sees the rest.
        reporter.committed(_with_skips(summary, new.skipped))
        if on_batch is not None:
            on_batch(_with_skips(summary, new.skipped))

    for result in analyze_many(new(items)):
        batch.append(result)
        reporter.analysed(result)
        if len(batch) >= batch_size:
            flush()
    flush()
    return _with_skips(summary, new.skipped)


def _with_skips(summary: WriteSummary, skipped: int) -> WriteSummary:
    total = WriteSummary(**summary.as_dict())
    total.skipped += skipped
    return total

"""The in-process runner: analyse a stream of articles and hand the records to one writer.

Articles already in the store (same content id) are skipped before analysis, so re-running an
interrupted ingest only analyses what is missing. Records are written in batches, each batch
one transaction: an interruption loses at most the batch in flight.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from newsgraph.errors import DocumentError
from newsgraph.model import Article, Record
from newsgraph.store import Store, WriteSummary

AnalyzeMany = Callable[[Iterable[Article]], Iterable[Record | DocumentError]]


def run_local(
    items: Iterable[Article | DocumentError],
    *,
    store: Store,
    analyze_many: AnalyzeMany,
    batch_size: int = 32,
    on_batch: Callable[[WriteSummary], None] | None = None,
) -> WriteSummary:
    """Analyse what is new in ``items`` and write it; return stored/skipped/replaced/failed."""
    summary = WriteSummary()
    unreadable: list[DocumentError] = []

    def new_articles() -> Iterator[Article]:
        seen: set[str] = set()
        for item in items:
            if isinstance(item, DocumentError):
                unreadable.append(item)
            elif item.id in seen or store.has_article(item.id):
                summary.skipped += 1
            else:
                seen.add(item.id)
                yield item

    batch: list[Record | DocumentError] = []

    def flush() -> None:
        nonlocal summary
        written = store.write([*unreadable, *batch])
        unreadable.clear()
        batch.clear()
        summary += written
        if on_batch is not None:
            on_batch(summary)

    for result in analyze_many(new_articles()):
        batch.append(result)
        if len(batch) >= batch_size:
            flush()
    flush()
    return summary

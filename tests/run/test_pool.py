"""The process pool: same records as in-process analysis, bounded read-ahead, a timed-out document fails alone."""

from __future__ import annotations

import pytest
from run_stories import STORIES

from newsgraph.errors import DocumentError
from newsgraph.ingest.text import read_text
from newsgraph.run import worker
from newsgraph.run.pool import PoolAnalyzer, resolve_workers
from newsgraph.settings import Settings

pytestmark = pytest.mark.slow


def _articles(n: int):
    for i in range(n):
        title, body = STORIES[i % len(STORIES)]
        yield read_text(f"{title} ({i})\n\n{body}\n", source=f"story-{i}")


def test_resolve_workers_zero_means_every_core():
    assert resolve_workers(0) >= 1 and resolve_workers(3) == 3


def test_pool_gives_the_in_process_records_in_order_reading_ahead_a_bounded_amount(analyzer):
    pulled = 0

    def counted():
        nonlocal pulled
        for article in _articles(12):
            pulled += 1
            yield article

    pool = PoolAnalyzer(Settings(batch_size=2), workers=2)
    results = pool.analyze_many(counted())
    first = next(results)
    assert pulled <= 2 * 2 * 2 + 2  # workers x chunks in flight x chunk size, plus the next chunk
    rest = [first, *results]
    expected = list(analyzer.analyze_many(list(_articles(12))))
    assert [r.to_dict() for r in rest] == [r.to_dict() for r in expected]


def test_a_chunk_that_overruns_is_retried_one_by_one(analyzer, monkeypatch):
    articles = list(_articles(3))
    calls = []
    real = analyzer.analyze_many

    def slow_on_second(batch):
        calls.append(len(batch))
        for article in batch:
            if article.source == "story-1":
                import time

                time.sleep(2)
            yield from real([article])

    slow = type("Slow", (), {"settings": Settings(doc_timeout=0.5), "analyze_many": staticmethod(slow_on_second)})()
    results = worker.analyze_chunk(slow, articles)
    assert calls == [3, 1, 1, 1]
    assert [r[0] for r in results] == ["record", "error", "record"]
    assert "doc_timeout" in worker.decode(results[1]).reason
    assert isinstance(worker.decode(results[1]), DocumentError)

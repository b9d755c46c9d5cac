"""run/local.py: analyse only what is new, write in batches, keep going past bad documents."""

from __future__ import annotations

from store_records import make_record

from newsgraph.errors import DocumentError
from newsgraph.model import Article
from newsgraph.run.local import run_local


def _analyze_many(log):
    def analyze_many(articles):
        for article in articles:
            log.append(article.id)
            record = make_record(article.text)
            record.article = article
            yield record
    return analyze_many


def test_run_local_skips_stored_articles_before_analysis(store):
    articles = [Article(text=f"Story number {i}.", url=f"https://s/{i}") for i in range(5)]
    log: list[str] = []
    first = run_local(articles[:3], store=store, analyze_many=_analyze_many(log), batch_size=2)
    second = run_local([*articles, articles[0]], store=store, analyze_many=_analyze_many(log), batch_size=2)
    assert (first.stored, second.stored, second.skipped) == (3, 2, 4)
    assert len(log) == 5  # nothing analysed twice


def test_run_local_records_unreadable_documents(store):
    items = [DocumentError("x.warc", "truncated record"), Article(text="A story.")]
    summary = run_local(items, store=store, analyze_many=_analyze_many([]))
    assert (summary.stored, summary.failed) == (1, 1)
    assert store.errors()[0].reason == "truncated record"

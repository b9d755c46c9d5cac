"""The ingest and load commands: WARC counts, summaries, JSON lines (no model: the wiring is under test)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import newsgraph.cli.store as store_cli
from newsgraph.cli import app
from newsgraph.errors import DocumentError
from newsgraph.ingest.warc import WarcStats, collecting_stats, read_warc
from newsgraph.model import PublishedDate, Record
from newsgraph.run.progress import JsonReporter, RunSummary
from newsgraph.run.ray_runner import ShardWriter, load_shards
from newsgraph.run.worker import encode
from newsgraph.store import Store


def _records_without_model(settings):
    def analyze_many(articles):
        for article in articles:
            if "Rail" in article.text:
                yield DocumentError(article.source, "analysis failed: test")
            else:
                yield Record(article=article, published=PublishedDate(None, None))
    return analyze_many


@pytest.fixture
def cli(monkeypatch, tmp_path):
    monkeypatch.setattr(store_cli, "_analyze_many", _records_without_model)
    db = str(tmp_path / "ng.db")

    def run(*args):
        return CliRunner().invoke(app, [*args, "--db", db])

    run.db = db
    return run


def test_read_warc_takes_html_responses_and_counts_the_rest(warc_file):
    stats = WarcStats()
    articles = list(read_warc(warc_file, stats=stats))
    assert len(articles) == 6 and all(a.input_kind == "warc" for a in articles)
    assert (stats.html, stats.skipped, stats.errors) == (6, 2, 0)  # a request and an image


def test_collecting_stats_counts_warcs_read_without_stats(warc_file):
    from newsgraph.ingest import iter_articles

    with collecting_stats() as stats:
        assert len(list(iter_articles([warc_file.parent]))) == 6
    assert stats.skipped == 2


def test_ingest_warc_prints_the_summary_then_skips_everything(cli, warc_file):
    first = cli("ingest", str(warc_file), "--workers", "1")
    assert first.exit_code == 0, first.output
    assert "stored 5, skipped 0 as duplicate, replaced 0, failed 1; WARC records skipped 2" in first.output
    again = cli("ingest", str(warc_file), "--workers", "1", "--quiet")
    assert "stored 0, skipped 5 as duplicate" in again.output


def test_ingest_an_edited_text_file_replaces_what_was_stored(cli, tmp_path, monkeypatch):
    story = tmp_path / "notes" / "bridge.txt"
    story.parent.mkdir()
    story.write_text("Bridge to reopen.\n\nThe council said the bridge would reopen in May.\n")
    assert "stored 1, skipped 0 as duplicate, replaced 0" in cli("ingest", str(story)).output
    story.write_text("Bridge to reopen.\n\nThe council said the bridge would reopen in June.\n")
    monkeypatch.chdir(tmp_path)  # the same file, named another way
    again = cli("ingest", "notes/bridge.txt")
    assert "stored 0, skipped 0 as duplicate, replaced 1" in again.output, again.output
    with Store(cli.db) as store:
        assert store.stats().articles == 1
        [record] = store.records()
        assert "June" in record.article.text and record.article.document == str(story.resolve())


def test_ingest_lines_of_a_json_lines_file_are_not_whole_files(cli, tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps({"text": f"Story {n}. The council met on Monday."}) for n in (1, 2)))
    assert "stored 2" in cli("ingest", str(feed)).output
    with Store(cli.db) as store:
        assert [r.article.document for r in store.records()] == [None, None]


def test_ingest_log_json_is_one_object_per_line(cli, warc_file):
    result = cli("ingest", str(warc_file), "--log-json", "--batch-size", "2")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    events = [line["event"] for line in lines]
    assert events.count("summary") == 1 and events[-1] == "summary"
    assert "batch" in events and "error" in events
    assert lines[-1]["stored"] == 5 and lines[-1]["warc_skipped"] == 2


def test_json_reporter_says_nothing_after_the_summary(capsys):
    import io

    out = io.StringIO()
    reporter = JsonReporter(out)
    reporter.finish(RunSummary())
    reporter.set_total(10)  # the background count arriving late
    assert [json.loads(x)["event"] for x in out.getvalue().splitlines()] == ["summary"]


def test_load_puts_shards_into_the_store_once(cli, tmp_path, warc_file):
    shards = ShardWriter(tmp_path / "shards", rows=2)
    for article in read_warc(warc_file):
        shards.add(encode(Record(article=article, published=PublishedDate(None, None))))
    shards.add(encode(DocumentError("x.html", "broken")))
    shards.close()
    assert len(list((tmp_path / "shards").glob("*.parquet"))) == 4
    result = cli("load", str(tmp_path / "shards"))
    assert result.exit_code == 0, result.output
    assert "stored 6, skipped 0 as duplicate, replaced 0, failed 1" in result.output
    with Store(cli.db) as store:
        again = load_shards(tmp_path / "shards", store, errors=False)
        assert (again.stored, again.skipped) == (0, 6)


def test_load_refuses_an_empty_directory(cli, tmp_path):
    result = cli("load", str(tmp_path))
    assert result.exit_code == 1

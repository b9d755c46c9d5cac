"""cli/store.py through typer's CliRunner on a tmp store: exit codes first, then the database."""

from __future__ import annotations

import json
from datetime import date

import pytest
from store_records import make_record
from typer.testing import CliRunner

import newsgraph.cli.store as store_cli
from newsgraph.cli import app
from newsgraph.errors import DocumentError
from newsgraph.model import Article
from newsgraph.store import Store

TEXTS = {
    "a.txt": 'Ukrainian President Volodymyr Zelenskyy said "Kyiv will stand" on Monday.',
    "b.txt": 'Volodymyr Zelensky said "Kyiv will stand." in a speech in Kiev.',
}


def _fake_analyze_many(settings):
    """Records as a model would make them, without loading one: the CLI wiring is under test."""
    def analyze_many(articles):
        for article in articles:
            name = "Volodymyr Zelenskyy" if "Zelenskyy" in article.text else "Volodymyr Zelensky"
            words = "Kyiv will stand" if "stand\"" in article.text else "Kyiv will stand."
            record = make_record(article.text, url=article.url, source=article.source,
                                 entities=[(name, "PERSON", [name]), ("Kyiv", "GPE", ["Kyiv"])],
                                 quotes=[{"text": words, "speaker": name}],
                                 events=[{"type": "speak", "actors": [name], "time": "2023-03-13",
                                          "evidence": "said"}])
            record.article = article
            yield record
    return analyze_many


def _fake_iter_articles(paths, settings):
    for path in paths:
        if path == "broken.html":
            yield DocumentError(path, "no text to analyse")
        else:
            yield Article(text=TEXTS[path], source=path, url=f"https://news.example/{path}")


@pytest.fixture
def cli(monkeypatch, tmp_path):
    monkeypatch.setattr(store_cli, "_analyze_many", _fake_analyze_many)
    monkeypatch.setattr(store_cli, "_iter_articles", _fake_iter_articles)
    db = str(tmp_path / "ng.db")
    runner = CliRunner()

    def run(*args):
        return runner.invoke(app, [*args, "--db", db])

    run.db = db
    return run


def test_cli_ingest_summary_and_idempotence(cli):
    result = cli("ingest", "a.txt", "b.txt", "broken.html")
    assert result.exit_code == 0, result.output
    assert "stored 2, skipped 0 as duplicate, replaced 0, failed 1" in result.output
    again = cli("ingest", "a.txt", "b.txt")
    assert "stored 0, skipped 2 as duplicate" in again.output
    with Store(cli.db) as store:
        s = store.stats()
        assert (s.articles, s.quotes, s.quote_sources, s.errors) == (2, 1, 2, 1)


def test_cli_quotes_json_by_speaker_spelling(cli):
    cli("ingest", "a.txt", "b.txt")
    result = cli("quotes", "--speaker", "Zelenskiy", "--format", "json")
    assert result.exit_code == 0, result.output
    [quote] = json.loads(result.output)
    assert len(quote["sources"]) == 2


def test_cli_quotes_csv_and_table(cli):
    cli("ingest", "a.txt")
    csv_out = cli("quotes", "--format", "csv").output
    assert csv_out.splitlines()[0] == "date,speaker,quote,sources"
    assert "Kyiv will stand" in cli("quotes", "--search", "stand").output


def test_cli_entity_why_explains_the_merge(cli):
    cli("ingest", "a.txt", "b.txt")
    result = cli("entity", "Zelensky", "--why")
    assert result.exit_code == 0, result.output
    assert "spelling variant" in result.output
    assert "Volodymyr Zelenskyy (PERSON" in result.output


def test_cli_entities_timeline_stats_errors(cli):
    cli("ingest", "a.txt", "b.txt", "broken.html")
    assert "Volodymyr Zelenskyy" in cli("entities", "--type", "PERSON").output
    timeline = json.loads(cli("timeline", "Zelensky", "--format", "json").output)
    assert [len(t["sources"]) for t in timeline] == [2]
    assert "articles" in cli("stats").output
    assert "no text to analyse" in cli("errors").output


def test_cli_timeline_names_articles_without_a_url_by_their_file(cli, monkeypatch):
    def from_files(paths, settings):
        yield from (Article(text=TEXTS[path], source=path) for path in paths)

    monkeypatch.setattr(store_cli, "_iter_articles", from_files)
    cli("ingest", "a.txt", "b.txt")
    # as the quotes table does: a file name says which article, an id does not
    table = cli("timeline", "Zelensky").output
    assert "a.txt" in table and "b.txt" in table


def test_cli_export_formats(cli, tmp_path):
    cli("ingest", "a.txt", "b.txt")
    for fmt in ("jsonl", "csv", "parquet", "graphml"):
        out = tmp_path / f"out.{fmt}"
        result = cli("export", "--format", fmt, "--out", str(out))
        assert result.exit_code == 0, result.output
        assert out.stat().st_size > 0


def test_cli_library_errors_are_one_line_and_nonzero(cli):
    cli("ingest", "a.txt")
    result = cli("entity", "Nobody At All")
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "no entity named" in result.output


def test_cli_query_without_store_fails_cleanly(tmp_path):
    result = CliRunner().invoke(app, ["stats", "--db", str(tmp_path / "missing.db")])
    assert result.exit_code == 1
    assert "no store at" in result.output


def test_ingest_aliases_option_applies_a_file_while_storing(cli, tmp_path, monkeypatch):
    from newsgraph.store.aliases import ENV_VAR

    monkeypatch.setenv(ENV_VAR, "")  # records the variable, so --aliases' setting is undone after
    aliases = tmp_path / "aliases.json"
    aliases.write_text(json.dumps([{"canonical": "Zelensky (Ukraine)", "type": "PERSON",
                                    "aliases": ["Volodymyr Zelenskyy", "Volodymyr Zelensky"]}]), encoding="utf-8")
    result = cli("ingest", "a.txt", "b.txt", "--aliases", str(aliases))
    assert result.exit_code == 0, result.output
    with Store(cli.db) as store:
        assert [e.name for e in store.entities(type="PERSON")] == ["Zelensky (Ukraine)"]


def test_ingest_aliases_option_with_a_broken_file_stops_before_any_work(cli, tmp_path, monkeypatch):
    from newsgraph.store.aliases import ENV_VAR

    monkeypatch.setenv(ENV_VAR, "")
    broken = tmp_path / "aliases.json"
    broken.write_text("[{", encoding="utf-8")
    result = cli("ingest", "a.txt", "--aliases", str(broken))
    assert result.exit_code == 2
    assert "not valid JSON" in result.output
    with Store(cli.db) as store:
        assert store.stats().articles == 0


def test_ingest_published_option_dates_every_article(cli, monkeypatch):
    seen = []

    def analyze_many(settings):
        def run(articles):
            for article in articles:
                seen.append((article.published, article.published_source))
                yield from _fake_analyze_many(settings)([article])
        return run

    monkeypatch.setattr(store_cli, "_analyze_many", analyze_many)
    result = cli("ingest", "a.txt", "b.txt", "--published", "2025-03-12")
    assert result.exit_code == 0, result.output
    assert seen == [(date(2025, 3, 12), "given")] * 2
    assert cli("ingest", "a.txt", "--published", "12/03/2025").exit_code != 0

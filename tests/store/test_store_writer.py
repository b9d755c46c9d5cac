"""store/writer.py: idempotent, incremental, replace-by-URL, one transaction per batch."""

from __future__ import annotations

import pytest

from newsgraph.errors import DocumentError
from newsgraph.store import Store, migrations

TEXT = 'Mayor Anna Berg said "The bridge will reopen in May" at a council meeting.'


def _berg(build, text=TEXT, url="https://news.example/bridge", published="2023-04-02", document=None):
    return build(text, url=url, published=published, document=document,
                 entities=[("Anna Berg", "PERSON", ["Anna Berg"], ["Mayor"])],
                 quotes=[{"text": "The bridge will reopen in May", "speaker": "Anna Berg"}])


def test_writer_same_article_twice_is_stored_once(store, build):
    first = store.write([_berg(build)])
    again = store.write([_berg(build)])
    assert (first.stored, again.stored, again.skipped) == (1, 0, 1)
    s = store.stats()
    assert (s.articles, s.quotes, s.quote_sources, s.entities) == (1, 1, 1, 1)


def test_writer_changed_article_at_same_url_replaces_old_version(store, build):
    store.write([_berg(build)])
    changed = TEXT.replace("in May", "in June")
    result = store.write([build(changed, url="https://news.example/bridge",
                                entities=[("Anna Berg", "PERSON", ["Anna Berg"], ["Mayor"])],
                                quotes=[{"text": "The bridge will reopen in June", "speaker": "Anna Berg"}])])
    assert result.replaced == 1
    texts = [q.text for q in store.quotes()]
    assert texts == ["The bridge will reopen in June"]
    assert store.stats().articles == 1
    assert store.quotes(search="May") == []


def test_writer_edited_file_without_url_replaces_its_old_version(store, build):
    # A text file has no URL: the file it was read from is what names it.
    store.write([_berg(build, url=None, document="/data/bridge.txt")])
    changed = TEXT.replace("in May", "in June")
    result = store.write([build(changed, document="/data/bridge.txt",
                                quotes=[{"text": "The bridge will reopen in June", "speaker": "Anna Berg"}])])
    assert (result.stored, result.replaced) == (0, 1)
    assert [q.text for q in store.quotes()] == ["The bridge will reopen in June"]
    assert store.stats().articles == 1


def test_writer_edited_file_replaces_a_version_stored_before_files_were_recorded(store, build):
    store.write([build(TEXT, source="notes/bridge.txt")])  # as stored before the upgrade
    changed = TEXT.replace("in May", "in June")
    result = store.write([build(changed, source="notes/bridge.txt", document="/data/notes/bridge.txt")])
    assert result.replaced == 1 and store.stats().articles == 1


def test_writer_keeps_articles_of_other_files_and_of_shared_labels(store, build):
    store.write([_berg(build, url=None, document="/data/bridge.txt")])
    other_file = store.write([build(TEXT + " Later.", document="/data/other.txt")])
    # A source label is not an identity: Python API callers may give many articles one label.
    same_label = store.write([build(TEXT + " Again.", source="wire"), build(TEXT + " More.", source="wire")])
    assert (other_file.stored, other_file.replaced) == (1, 0)
    assert (same_label.stored, same_label.replaced) == (2, 0)
    assert store.stats().articles == 4


def test_writer_replacement_keeps_quote_shared_with_other_article(store, build):
    store.write([_berg(build), _berg(build, text=TEXT + " More later.", url="https://other.example/b",
                                     published="2023-04-03")])
    store.write([build("Nothing quoted here any more.", url="https://news.example/bridge")])
    [quote] = store.quotes()
    assert quote.source_count == 1
    assert [s.url for s in quote.sources] == ["https://other.example/b"]
    assert quote.first_date == "2023-04-03"


def test_writer_interrupted_batch_is_rolled_back_and_rerun_completes(tmp_path, build):
    path = tmp_path / "ng.db"
    records = [_berg(build, text=TEXT + f" Item {i}.", url=f"https://n.example/{i}") for i in range(4)]

    def crashing():
        yield from records[:2]
        raise KeyboardInterrupt

    with Store(path) as store:
        store.write(records[:2])
        with pytest.raises(KeyboardInterrupt):
            store.write(crashing())
        assert store.stats().articles == 2
    with Store(path) as store:
        summary = store.write(records)
        assert (summary.stored, summary.skipped) == (2, 2)
        s = store.stats()
        assert (s.articles, s.quotes, s.quote_sources) == (4, 1, 4)


def test_writer_document_errors_become_error_rows(store, build):
    summary = store.write([DocumentError("bad.html", "no text to analyse"), _berg(build)])
    assert (summary.failed, summary.stored) == (1, 1)
    [error] = store.errors()
    assert (error.source, error.reason) == ("bad.html", "no text to analyse")


def test_migrations_are_recorded_once(tmp_path):
    path = tmp_path / "m.db"
    Store(path).close()
    with Store(path) as store:
        names = migrations.applied(store.conn)
        assert names == [name for name, _ in migrations.MIGRATIONS]
        assert migrations.apply(store.conn) == []


def test_a_store_made_before_files_were_recorded_is_upgraded_in_place(tmp_path, monkeypatch, build):
    from newsgraph.store.db import connect

    path = tmp_path / "old.db"
    conn = connect(path)
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:5])  # up to m005
    migrations.apply(conn)
    conn.close()
    monkeypatch.undo()
    with Store(path) as store:  # opening applies m006 over the old tables
        assert "m006_article_documents" in migrations.applied(store.conn)
        store.write([build(TEXT, source="notes/bridge.txt", document="/n/notes/bridge.txt")])
        assert [tuple(r) for r in store.conn.execute("SELECT document FROM articles")] == [("/n/notes/bridge.txt",)]


def test_store_file_uses_wal(tmp_path):
    with Store(tmp_path / "w.db") as store:
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_tracer_sees_statements(build):
    seen: list[str] = []
    with Store.memory(tracer=seen.append) as store:
        store.write([_berg(build)])
    assert any(s.startswith("INSERT INTO articles") for s in seen)

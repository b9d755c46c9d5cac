"""store/aliases.py, its use in store/resolve.py and `newsgraph aliases`: a user's corrections."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.store import Store
from newsgraph.store.aliases import (
    ENV_VAR,
    AliasesError,
    KeepApart,
    Merge,
    apply_aliases,
    load_aliases,
    parse_aliases,
)

ZELENSKYY = {"canonical": "Volodymyr Zelenskyy", "type": "PERSON", "aliases": ["Zelensky", "Zelenskiy"]}
JORDANS = {"split": "Michael Jordan", "keep_apart": ["Michael B. Jordan"]}


def _write(tmp_path: Path, data: object, name: str = "aliases.json") -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def _jordan_records(build):
    return [
        build("Michael Jordan scored 40 points.", url="https://a/1",
              entities=[("Michael Jordan", "PERSON", [])]),
        build("Michael B. Jordan starred. “I loved it,” Jordan said.", url="https://a/2",
              entities=[("Michael B. Jordan", "PERSON", ["Michael B. Jordan", "Jordan"])],
              quotes=[{"text": "I loved it", "speaker": "Jordan"}]),
    ]


# --- the file -------------------------------------------------------------------------------

def test_aliases_toml_and_json_read_the_same(tmp_path):
    toml = _write(tmp_path, """
[[merge]]
canonical = "Volodymyr Zelenskyy"
type = "PERSON"
aliases = ["Zelensky", "Zelenskiy"]

[[keep_apart]]
names = ["Michael Jordan", "Michael B. Jordan"]
""", "aliases.toml")
    from_json = load_aliases(_write(tmp_path, [ZELENSKYY, JORDANS]))
    from_toml = load_aliases(toml)
    expected_merge = Merge("Volodymyr Zelenskyy", ("Zelensky", "Zelenskiy"), "PERSON")
    expected_apart = KeepApart(("Michael Jordan", "Michael B. Jordan"))
    assert from_json.merges == from_toml.merges == (expected_merge,)
    assert from_json.apart == from_toml.apart == (expected_apart,)
    assert from_toml.source == "aliases file aliases.toml"


@pytest.mark.parametrize(("data", "message"), [
    ([{"aliases": ["Zelensky"]}], "needs 'canonical'"),
    ([{"canonical": "Kyiv", "type": "CITY"}], "type must be one of"),
    ([{"keep_apart": ["Michael Jordan"]}], "at least two names"),
    ([{"canonical": ""}], "non-empty"),
    ({"merges": []}, "unknown section"),
    ("{not json", "not valid JSON"),
])
def test_aliases_wrong_files_say_why(tmp_path, data, message):
    with pytest.raises(AliasesError, match=message):
        load_aliases(_write(tmp_path, data))


def test_aliases_missing_file_is_a_store_error(tmp_path):
    with pytest.raises(AliasesError, match="cannot read aliases file"):
        load_aliases(tmp_path / "nope.json")


def test_aliases_names_match_after_folding_but_not_fuzzily():
    table = parse_aliases([ZELENSKYY])
    assert table.merge_for(["person:zelensky"])
    assert table.merge_for(["person:volodymyr zelenskyy"])
    assert table.merge_for(["person:zelenskyi"]) is None  # exact keys only: no fuzzy matching
    assert table.merge_for(["org:zelensky"]) is None  # the entry is typed PERSON


# --- applied while writing (NEWSGRAPH_ALIASES) ------------------------------------------------

def test_resolve_aliases_file_merges_and_names_the_entity(tmp_path, monkeypatch, build):
    monkeypatch.setenv(ENV_VAR, str(_write(tmp_path, [ZELENSKYY])))
    with Store.memory() as store:
        store.write([
            build("Zelensky spoke in Kyiv.", url="https://z/1", entities=[("Zelensky", "PERSON", [])]),
            build("Zelenskiy spoke again.", url="https://z/2", entities=[("Zelenskiy", "PERSON", [])]),
        ])
        assert [(e.name, e.articles) for e in store.entities(type="PERSON")] == [("Volodymyr Zelenskyy", 2)]
        reasons = {a.alias: a.reason for a in store.entity("Zelenskiy").aliases}
        assert reasons["Zelenskiy"] == "aliases file aliases.json: listed under 'Volodymyr Zelenskyy'"
        assert reasons["Volodymyr Zelenskyy"] == "aliases file aliases.json: canonical name"


def test_resolve_aliases_file_renames_an_entity_seen_before(tmp_path, monkeypatch, build):
    with Store.memory() as store:
        store.write([build("Twitter said so.", url="https://t/1", entities=[("Twitter", "ORG", [])])])
    path = tmp_path / "store.db"
    with Store(path) as store:
        store.write([build("Twitter said so.", url="https://t/1", entities=[("Twitter", "ORG", [])])])
    monkeypatch.setenv(ENV_VAR, str(_write(tmp_path, [{"canonical": "X Corp", "type": "ORG",
                                                      "aliases": ["Twitter"]}])))
    with Store(path) as store:
        store.write([build("Twitter said more.", url="https://t/2", entities=[("Twitter", "ORG", [])])])
        assert [(e.name, e.articles) for e in store.entities()] == [("X Corp", 2)]


def test_resolve_keep_apart_stops_a_spelling_merge(tmp_path, monkeypatch, build):
    with Store.memory() as store:  # without the file the two names join as spelling variants
        store.write(_jordan_records(build))
        assert store.stats().entities == 1
    monkeypatch.setenv(ENV_VAR, str(_write(tmp_path, [JORDANS])))
    with Store.memory() as store:
        store.write(_jordan_records(build))
        people = {e.name: e.articles for e in store.entities(type="PERSON")}
        assert people == {"Michael Jordan": 1, "Michael B. Jordan": 1}
        assert [q.speaker for q in store.quotes(speaker="Michael B. Jordan")] == ["Jordan"]


def test_resolve_without_aliases_file_is_unchanged(monkeypatch, build):
    monkeypatch.delenv(ENV_VAR, raising=False)
    with Store.memory() as store:
        store.write([build("Zelensky spoke.", url="https://z/1", entities=[("Zelensky", "PERSON", [])])])
        assert [e.name for e in store.entities()] == ["Zelensky"]


def test_resolve_bad_aliases_file_fails_when_the_store_opens(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "missing.json"))
    with pytest.raises(AliasesError):
        Store.memory()


# --- applied to a store written before -------------------------------------------------------

def _zelensky_store(build) -> Store:
    store = Store.memory()
    store.write([
        build("Volodymyr Zelenskyy met Macron.", url="https://z/1",
              entities=[("Volodymyr Zelenskyy", "PERSON", []), ("Emmanuel Macron", "PERSON", [])]),
        build("“We will win,” Zelensky said.", url="https://z/2", entities=[("Zelensky", "PERSON", [])],
              quotes=[{"text": "We will win", "speaker": "Zelensky"}]),
    ])
    return store


def test_apply_merges_stored_entities_and_repoints_quotes(build):
    store = _zelensky_store(build)
    assert store.stats().entities == 3  # a bare surname joins no one by the rules
    summary = apply_aliases(store.conn, parse_aliases([ZELENSKYY], source="aliases file a.json"))
    assert (summary.merged, summary.renamed, summary.moved_mentions, summary.moved_quotes) == (1, 0, 1, 1)
    assert store.stats().entities == 2
    profile = store.entity("Volodymyr Zelenskyy")
    assert profile.articles == 2 and profile.quote_count == 1
    reasons = {a.alias: a.reason for a in profile.aliases}
    assert reasons["Zelensky"].startswith("aliases file a.json: merged into 'Volodymyr Zelenskyy'")
    assert [q.text for q in store.quotes(speaker="Volodymyr Zelenskyy")] == ["We will win"]
    # Running it again changes nothing.
    again = apply_aliases(store.conn, parse_aliases([ZELENSKYY]))
    assert (again.merged, again.renamed, again.split) == (0, 0, 0)


def test_apply_gives_the_canonical_name(build):
    store = Store.memory()
    store.write([build("Zelensky spoke.", url="https://z/1", entities=[("Zelensky", "PERSON", [])])])
    summary = apply_aliases(store.conn, parse_aliases([ZELENSKYY]))
    assert summary.renamed == 1
    assert [e.name for e in store.entities()] == ["Volodymyr Zelenskyy"]


def test_apply_splits_names_kept_apart_with_their_mentions_and_quotes(build):
    store = Store.memory()
    store.write(_jordan_records(build))
    summary = apply_aliases(store.conn, parse_aliases([JORDANS]))
    assert (summary.split, summary.moved_quotes) == (1, 1)
    ids = {e.name: e.id for e in store.entities(type="PERSON")}
    assert set(ids) == {"Michael Jordan", "Michael B. Jordan"}
    michael_b = store.entity(ids["Michael B. Jordan"])
    # The short "Jordan" went too: in that article only Michael B. Jordan is named in full.
    assert {a.alias for a in michael_b.aliases} == {"Michael B. Jordan", "Jordan"}
    assert store.entity(ids["Michael Jordan"]).articles == 1
    assert [q.text for q in store.quotes(speaker="Michael B. Jordan")] == ["I loved it"]
    def mention_texts(entity_id):
        rows = store.conn.execute("SELECT text FROM mentions WHERE entity_id = ?", (entity_id,))
        return {r[0] for r in rows}

    assert mention_texts(michael_b.id) == {"Michael B. Jordan", "Jordan"}
    assert mention_texts(ids["Michael Jordan"]) == {"Michael Jordan"}


def test_apply_split_then_new_articles_stay_apart(tmp_path, monkeypatch, build):
    path = tmp_path / "store.db"
    with Store(path) as store:
        store.write(_jordan_records(build))
        apply_aliases(store.conn, parse_aliases([JORDANS]))
    monkeypatch.setenv(ENV_VAR, str(_write(tmp_path, [JORDANS])))
    with Store(path) as store:
        store.write([build("Michael B. Jordan directed.", url="https://a/3",
                           entities=[("Michael B. Jordan", "PERSON", [])])])
        people = {e.name: e.articles for e in store.entities(type="PERSON")}
        assert people == {"Michael Jordan": 1, "Michael B. Jordan": 2}


# --- the command ----------------------------------------------------------------------------

def test_cli_aliases_apply_and_entity_why(tmp_path, monkeypatch, build):
    monkeypatch.delenv(ENV_VAR, raising=False)
    db = tmp_path / "store.db"
    with Store(db) as store:
        store.write(_zelensky_store(build).records())
    runner = CliRunner()
    result = runner.invoke(app, ["aliases", "apply", str(_write(tmp_path, [ZELENSKYY])), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("merged 1, renamed 0, split 0")
    why = runner.invoke(app, ["entity", "Zelensky", "--why", "--db", str(db)])
    assert why.exit_code == 0, why.output
    assert "aliases file aliases.json: merged into 'Volodymyr Zelenskyy'" in why.output


def test_cli_aliases_check_lists_entries_and_rejects_bad_files(tmp_path):
    runner = CliRunner()
    good = runner.invoke(app, ["aliases", "check", str(_write(tmp_path, [ZELENSKYY, JORDANS]))])
    assert good.exit_code == 0
    assert "merge: Volodymyr Zelenskyy (PERSON) <- Zelensky, Zelenskiy" in good.output
    assert "keep apart: Michael Jordan | Michael B. Jordan" in good.output
    bad = runner.invoke(app, ["aliases", "check", str(_write(tmp_path, [{"aliases": ["x"]}], "bad.json"))])
    assert bad.exit_code == 2
    assert "needs 'canonical'" in bad.output


def test_cli_aliases_apply_needs_a_store(tmp_path):
    result = CliRunner().invoke(app, ["aliases", "apply", str(_write(tmp_path, [ZELENSKYY])),
                                      "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "no store at" in result.output

"""store/export.py: JSON lines round-trip, CSV and Parquet tables, GraphML network."""

from __future__ import annotations

import csv

import pytest

from newsgraph.model import Record
from newsgraph.store import Store, StoreError


@pytest.fixture
def filled(store, build):
    store.write([
        build('Ann Lee said "We need more buses" in Oslo.', url="https://x/1",
              entities=[("Ann Lee", "PERSON", []), ("Oslo", "GPE", [])],
              quotes=[{"text": "We need more buses", "speaker": "Ann Lee"}],
              events=[{"type": "speak", "actors": ["Ann Lee"], "time": "2023-03-16", "evidence": "said"}]),
        build('Tom Park, in Oslo, said "Buses are late".', url="https://x/2",
              entities=[("Tom Park", "PERSON", []), ("Oslo", "GPE", [])],
              quotes=[{"text": "Buses are late", "speaker": "Tom Park"}]),
    ])
    return store


def test_export_jsonl_records_round_trip(filled, tmp_path):
    out = tmp_path / "records.jsonl"
    assert filled.export(out, format="jsonl") == 2
    records = [Record.from_dict(__import__("json").loads(line)) for line in out.read_text().splitlines()]
    with Store.memory() as copy:
        copy.write(records)
        assert copy.stats() == filled.stats()
        assert [q.text for q in copy.quotes()] == [q.text for q in filled.quotes()]


def test_export_csv_quotes(filled, tmp_path):
    out = tmp_path / "quotes.csv"
    assert filled.export(out, format="csv") == 2
    rows = list(csv.DictReader(out.open()))
    assert {r["speaker"] for r in rows} == {"Ann Lee", "Tom Park"}


def test_export_parquet_round_trip(filled, tmp_path):
    import pyarrow.parquet as pq

    out = tmp_path / "quotes.parquet"
    filled.export(out, format="parquet")
    table = pq.read_table(out).to_pylist()
    assert sorted(r["quote_text"] for r in table) == ["Buses are late", "We need more buses"]
    filled.export(tmp_path / "events.parquet", format="parquet", what="events")
    assert pq.read_table(tmp_path / "events.parquet").num_rows == 1


def test_export_graphml_co_mentions(filled, tmp_path):
    import networkx as nx

    out = tmp_path / "net.graphml"
    filled.export(out, format="graphml")
    graph = nx.read_graphml(out)
    names = {graph.nodes[n]["name"] for n in graph.nodes}
    assert names == {"Ann Lee", "Tom Park", "Oslo"}
    weights = sorted(graph.edges[e]["weight"] for e in graph.edges)
    assert weights == [1, 1]


def test_export_unknown_format_is_a_store_error(filled, tmp_path):
    with pytest.raises(StoreError):
        filled.export(tmp_path / "x", format="xml")

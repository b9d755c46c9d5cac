"""The Ray engine on a local Ray (loopback): the same records as the local engine, shards, load."""

from __future__ import annotations

import warnings

import pytest

from newsgraph.ingest.warc import read_warc
from newsgraph.run.local import run_local
from newsgraph.run.ray_runner import (
    _warn_if_code_differs,
    code_fingerprint,
    load_shards,
    read_shards,
    run_ray,
    shard_files,
)
from newsgraph.settings import Settings
from newsgraph.store import Store

pytestmark = pytest.mark.slow
pytest.importorskip("ray")


def test_ray_and_local_engines_give_the_same_records(tmp_path, warc_file, analyzer):
    settings = Settings(batch_size=2)
    with Store(tmp_path / "ray.db") as ray_store:
        with warnings.catch_warnings():
            warnings.filterwarnings("error", message="Ray actors run different newsgraph code")
            summary = run_ray(read_warc(warc_file), store=ray_store, shards_dir=tmp_path / "shards",
                              settings=settings, actors=2)
        assert (summary.stored, summary.failed) == (6, 0)
        from_shards = {r.id: r.to_dict() for batch in read_shards(tmp_path / "shards") for r in batch}
        again = run_ray(read_warc(warc_file), store=ray_store, shards_dir=tmp_path / "shards2",
                        settings=settings, actors=1)
        assert (again.stored, again.skipped) == (0, 6)  # nothing analysed twice
    local = {r.id: r.to_dict() for r in analyzer.analyze_many(list(read_warc(warc_file)))}
    assert from_shards == local
    assert len(shard_files(tmp_path / "shards")) == 1

    with Store(tmp_path / "local.db") as local_store, Store(tmp_path / "loaded.db") as loaded:
        run_local(read_warc(warc_file), store=local_store, analyze_many=analyzer.analyze_many)
        load_shards(tmp_path / "shards", loaded)
        assert loaded.stats() == local_store.stats()
        assert [r.to_dict() for r in loaded.records()] == [r.to_dict() for r in local_store.records()]


def test_the_code_fingerprint_follows_every_source_file(tmp_path):
    package = tmp_path / "pkg"
    (package / "extract").mkdir(parents=True)
    (package / "extract" / "quotes.py").write_text("CUES = ['said']\n")
    (package / "notes.txt").write_text("not code")
    before = code_fingerprint(package)
    (package / "notes.txt").write_text("still not code")
    assert code_fingerprint(package) == before
    (package / "extract" / "quotes.py").write_text("CUES = ['said', 'told']\n")  # an edit mid-run
    assert code_fingerprint(package) != before


def test_actors_on_other_code_than_the_driver_are_reported():
    with pytest.warns(RuntimeWarning, match="different newsgraph code than the driver"):
        _warn_if_code_differs("aaaa", ["aaaa", "bbbb"])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        _warn_if_code_differs("aaaa", ["aaaa", "aaaa"])

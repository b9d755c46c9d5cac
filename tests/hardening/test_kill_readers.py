"""Crashes lose nothing, and readers never see half a write.

``tests/run/test_resume.py`` kills ingest with SIGKILL at random times and checks the restart
(integrity, every article once, same store as a clean run). This adds what a reader sees: a
separate process polls the store throughout two killed runs and the resuming one, and every
article it ever saw had all its quotes and mentions (the counts of the finished store), never
a part of them. Kill points are random, chosen by how many articles are already stored.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

POLLER = Path(__file__).with_name("store_poller.py")
ARTICLES = 16
KILLS = 2
NAMES = ["Mara Olsen", "Theo Brandt", "Ada Lindqvist", "Jonas Berg", "Ines Castro", "Omar Haddad",
         "Lena Vogt", "Ruth Adeyemi"]
PLACES = ["Tromsø", "Bergen", "Lisbon", "Ghent", "Turku", "Split", "Cork", "Aarhus"]


def story(i: int) -> str:
    name, place = NAMES[i % len(NAMES)], PLACES[(i * 3) % len(PLACES)]
    return (f"Harbour works, report {i}\n\n"
            f"The harbour board in {place} said on Tuesday that pier {i} would reopen next month after repairs.\n\n"
            f"\u201cWe have rebuilt the whole deck of pier {i},\u201d said {name}, the board\u2019s chair.\n\n"
            f"Fishermen in {place} said the closure had cost them most of the winter season.\n")


def ingest(corpus: Path, db: Path) -> subprocess.Popen:
    code = "import sys; from newsgraph.cli import main; sys.argv[0] = 'newsgraph'; main()"
    return subprocess.Popen(
        [sys.executable, "-c", code, "ingest", str(corpus), "--db", str(db), "--batch-size", "2",
         "--workers", "1", "--quiet"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
    )


def stored(db: Path) -> int:
    try:
        with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def kill_when(proc: subprocess.Popen, db: Path, articles: int, seconds: float = 90) -> int:
    """SIGKILL the ingest (its whole group) once ``articles`` are stored; return how many were."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and proc.poll() is None and stored(db) < articles:
        time.sleep(0.01)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate()
    return stored(db)


def test_readers_never_see_half_an_article_across_kills(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(ARTICLES):
        (corpus / f"{i:02d}.txt").write_text(story(i), encoding="utf-8")
    db, seen_file, stop = tmp_path / "ng.db", tmp_path / "seen.json", tmp_path / "stop"
    poller = subprocess.Popen([sys.executable, str(POLLER), str(db), str(seen_file), str(stop)])
    rng = random.Random()
    at_kill = []
    try:
        for k in range(KILLS):
            target = rng.randint(1 + k * ARTICLES // 3, (k + 1) * ARTICLES // 3)
            at_kill.append(kill_when(ingest(corpus, db), db, target))
        final = ingest(corpus, db)
        _out, err = final.communicate(timeout=180)
        assert final.returncode == 0, err.decode()
    finally:
        stop.touch()
        poller.wait(timeout=30)
    assert at_kill[0] < ARTICLES, f"the first kill came after the run ended: {at_kill}"

    with contextlib.closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        ids = [r[0] for r in conn.execute("SELECT id FROM articles")]
        final_counts = {r[0]: (r[1], r[2]) for r in conn.execute(
            "SELECT a.id, (SELECT count(*) FROM quote_sources q WHERE q.article_id = a.id),"
            " (SELECT count(*) FROM mentions m WHERE m.article_id = a.id) FROM articles a")}
    assert len(ids) == len(set(ids)) == ARTICLES
    assert sum(1 for quotes, _ in final_counts.values() if quotes) >= ARTICLES - 2

    report = json.loads(seen_file.read_text())
    print(f"kills at {at_kill} stored; {report['polls']} polls saw {len(report['seen'])} article states")
    assert report["polls"] > 20, report
    for article_id, quotes, mentions in report["seen"]:
        assert (quotes, mentions) == final_counts[article_id], (
            f"a reader saw {article_id} with {quotes} quotes and {mentions} mentions;"
            f" stored whole it has {final_counts[article_id]}")

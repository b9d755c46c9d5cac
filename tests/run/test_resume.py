"""kill -9 at random points, then a restart: every article stored exactly once, the store intact."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from run_stories import STORIES

from newsgraph.ingest import iter_articles
from newsgraph.run.local import run_local
from newsgraph.store import Store

pytestmark = pytest.mark.slow

ARTICLES = 40
KILLS = 3


@pytest.fixture
def corpus(tmp_path):
    d = tmp_path / "corpus"
    d.mkdir()
    for i in range(ARTICLES):
        title, body = STORIES[i % len(STORIES)]
        (d / f"{i:02d}.txt").write_text(f"{title}, part {i}\n\n{body} Report number {i}.\n", encoding="utf-8")
    return d


def _ingest(corpus, db, workers: int) -> subprocess.Popen:
    code = "import sys; from newsgraph.cli import main; sys.argv[0] = 'newsgraph'; main()"
    args = [sys.executable, "-c", code, "ingest", str(corpus), "--db", str(db), "--batch-size", "2",
            "--workers", str(workers), "--quiet"]
    return subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


def _count(db) -> int:
    if not db.exists():
        return 0
    with sqlite3.connect(db) as conn:
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        except sqlite3.OperationalError:  # killed before the schema was committed
            return 0


def test_killed_runs_resume_without_losing_or_duplicating(tmp_path, corpus, analyzer):
    rng = random.Random(int(time.time()))
    db = tmp_path / "ng.db"
    counts = []
    for attempt in range(KILLS):
        proc = _ingest(corpus, db, workers=1 + attempt % 2)
        # Kill once a few more articles are stored, not after a fixed delay: on a fast machine a
        # delay of seconds let the whole run finish before any kill landed.
        target = min(ARTICLES - 1, _count(db) + rng.randint(1, 8))
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None and _count(db) < target:
            time.sleep(0.02)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)  # the runner and any pool workers, mid-whatever
        proc.communicate()
        counts.append(_count(db))
    assert min(counts) < ARTICLES, f"no kill landed mid-run: {counts}"
    final = _ingest(corpus, db, workers=1)
    _out, err = final.communicate(timeout=120)
    assert final.returncode == 0, err.decode()

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        ids = [row[0] for row in conn.execute("SELECT id FROM articles")]
    assert len(ids) == len(set(ids)) == ARTICLES
    with Store(db) as resumed, Store.memory() as clean:
        run_local(iter_articles([corpus]), store=clean, analyze_many=analyzer.analyze_many, batch_size=2)
        assert resumed.stats() == clean.stats()


def _descendants(root: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    children.setdefault(int(f.read().rsplit(")", 1)[1].split()[1]), []).append(int(entry))
            except (OSError, IndexError, ValueError):
                continue
    found, stack = set(), [root]
    while stack:
        for child in children.get(stack.pop(), []):
            found.add(child)
            stack.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads the process tree from /proc")
def test_pool_workers_end_when_the_main_process_is_killed(tmp_path, corpus):
    proc = _ingest(corpus, tmp_path / "ng.db", workers=2)
    deadline = time.monotonic() + 60
    workers: set[int] = set()
    while time.monotonic() < deadline and len(workers) < 3 and proc.poll() is None:  # forkserver + 2
        time.sleep(0.1)
        workers = _descendants(proc.pid)
    assert len(workers) >= 3, "the pool did not start"
    proc.kill()  # the main process only, as `kill -9 PID` does
    proc.communicate()
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(_alive(p) for p in workers):
        time.sleep(0.2)
    assert not [p for p in workers if _alive(p)]

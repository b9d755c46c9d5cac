"""A reader process for the kill test: polls a store while another process ingests into it.

    python store_poller.py DB OUT STOP_FILE

Every poll reads, in one statement (one snapshot), each stored article with its number of quote
sources and mentions, and records every distinct (article, quotes, mentions) it saw. When
STOP_FILE appears it writes what it saw to OUT as JSON and exits.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import time
from pathlib import Path

SNAPSHOT = """
SELECT a.id,
       (SELECT count(*) FROM quote_sources q WHERE q.article_id = a.id),
       (SELECT count(*) FROM mentions m WHERE m.article_id = a.id)
FROM articles a
"""


def poll(db: Path, out: Path, stop: Path) -> None:
    seen: set[tuple[str, int, int]] = set()
    polls = errors = 0
    most = 0
    while not stop.exists():
        if not db.exists():
            time.sleep(0.01)
            continue
        try:
            conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
            try:
                rows = conn.execute(SNAPSHOT).fetchall()
            finally:
                conn.close()
        except sqlite3.Error:  # the schema not yet created, or the writer killed mid-checkpoint
            errors += 1
            time.sleep(0.01)
            continue
        polls += 1
        most = max(most, len(rows))
        seen.update((r[0], r[1], r[2]) for r in rows)
        time.sleep(0.005)
    out.write_text(json.dumps({"seen": sorted(seen), "polls": polls, "errors": errors, "most": most}))


if __name__ == "__main__":
    poll(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))

"""The connection: how the store opens SQLite, nests transactions, traces and times out reads."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

Tracer = Callable[[str], None]

# Pages of SQLite work between checks of a read's deadline: small enough to stop on time.
PROGRESS_STEPS = 10_000


class StoreError(Exception):
    """A problem with the store that the caller should report, not a bug: one clear line."""


class NotFound(StoreError):
    """The name or id asked for is not in the store."""


class QueryTimeout(StoreError):
    """A read ran past its time limit."""


def connect(
    path: str | Path | None = None, *, tracer: Tracer | None = None, read_only: bool = False
) -> sqlite3.Connection:
    """Open the store at ``path`` (None or ":memory:" for memory) in WAL mode.

    Autocommit mode (``isolation_level=None``): transactions are explicit, through ``atomic``.
    """
    target = ":memory:" if path in (None, ":memory:") else str(path)
    try:
        if read_only and target != ":memory:":
            conn = sqlite3.connect(
                f"file:{target}?mode=ro", uri=True, isolation_level=None, check_same_thread=False
            )
        else:
            conn = sqlite3.connect(target, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        if target != ":memory:" and not read_only:
            conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=5000")
        conn.execute("PRAGMA cache_size=-65536")  # 64 MB of page cache: indexes of a big store
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open the store at {target}: {exc}") from exc
    if tracer is not None:
        conn.set_trace_callback(tracer)
    return conn


@contextmanager
def atomic(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One transaction; nested calls become savepoints, so an inner failure undoes only itself."""
    if conn.in_transaction:
        name = f"sp_{id(conn)}_{time.monotonic_ns()}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield conn
        except BaseException:
            conn.execute(f"ROLLBACK TO {name}")
            conn.execute(f"RELEASE {name}")
            raise
        conn.execute(f"RELEASE {name}")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


@contextmanager
def time_limit(conn: sqlite3.Connection, seconds: float | None) -> Iterator[None]:
    """Interrupt statements that run past ``seconds``; raise QueryTimeout then."""
    if not seconds:
        yield
        return
    deadline = time.monotonic() + seconds
    conn.set_progress_handler(lambda: int(time.monotonic() > deadline), PROGRESS_STEPS)
    try:
        yield
    except sqlite3.OperationalError as exc:
        if "interrupted" in str(exc):
            raise QueryTimeout(f"query took longer than {seconds:g} s and was stopped") from exc
        raise
    finally:
        conn.set_progress_handler(None, 0)


def set_tracer(conn: sqlite3.Connection, tracer: Tracer | None) -> None:
    """See every SQL statement (``print`` works), or stop seeing them with None."""
    conn.set_trace_callback(tracer)

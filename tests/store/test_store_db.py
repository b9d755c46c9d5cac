"""store/db.py: nested transactions as savepoints, read time limits, timeval bounds."""

from __future__ import annotations

import pytest

from newsgraph.store import QueryTimeout, timeval
from newsgraph.store.db import atomic, connect, time_limit


def test_atomic_inner_failure_rolls_back_only_the_savepoint():
    conn = connect()
    conn.execute("CREATE TABLE t (x INTEGER)")
    with atomic(conn):
        conn.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(ValueError), atomic(conn):
            conn.execute("INSERT INTO t VALUES (2)")
            raise ValueError
    assert [r[0] for r in conn.execute("SELECT x FROM t")] == [1]


def test_time_limit_stops_a_long_read():
    conn = connect()
    endless = "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c) SELECT count(*) FROM c"
    with pytest.raises(QueryTimeout), time_limit(conn, 0.05):
        conn.execute(endless).fetchone()
    assert conn.execute("SELECT 1").fetchone()[0] == 1  # the connection is still usable


@pytest.mark.parametrize("value, expected", [
    ("2023-03-14", ("2023-03-14", "2023-03-14")),
    ("2023-03", ("2023-03-01", "2023-03-31")),
    ("2023-W12", ("2023-03-20", "2023-03-26")),
    ("2023-Q1", ("2023-01-01", "2023-03-31")),
    ("2023-WI", ("2023-12-01", "2024-02-29")),
    ("2023-03-20/2023-03-22", ("2023-03-20", "2023-03-22")),
    ("2023-03-14T10:00", ("2023-03-14", "2023-03-14")),
    ("2023-W12-WE", ("2023-03-20", "2023-03-26")),  # a weekend orders with its week
    ("199", ("1990-01-01", "1999-12-31")),  # the 1990s
    ("2023-02-30", (None, None)),
    ("PRESENT_REF", (None, None)),
    (None, (None, None)),
])
def test_timeval_bounds(value, expected):
    assert timeval.bounds(value) == expected

"""ISO time values (TIMEX3 style) -> the first and last day they cover, for ordering and filters."""

from __future__ import annotations

from newsgraph.timespan import time_span


def bounds(value: str | None) -> tuple[str | None, str | None]:
    """("2023-03" -> "2023-03-01", "2023-03-31"); a range "A/B" spans A's start to B's end.

    A value that covers no days, or a malformed one, orders nowhere rather than failing a write.
    """
    span = time_span(value)
    if span is None:
        return None, None
    return span.start.isoformat(), span.end.isoformat()

"""time_read: the words of a time expression -> an anchor-free Reading (no calendar yet)."""

from __future__ import annotations

import pytest

from newsgraph.extract.time_read import Reading, read_time


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("on March 16", Reading("date", month=3, day=16)),
        ("Tuesday, March 12, 2024", Reading("date", year=2024, month=3, day=12, weekday=1)),
        ("last Tuesday", Reading("date", weekday=1, n=-1)),
        ("next month", Reading("relative", unit="month", n=1)),
        ("two years ago", Reading("ago", unit="year", n=2)),
        ("the next day", Reading("anaphoric", unit="day", n=1)),
        ("yesterday morning", Reading("relative", type="TIME", unit="day", n=-1, part="MO")),
        ("3:30 p.m. Friday", Reading("date", type="TIME", weekday=4, part="15:30")),
        ("the third quarter", Reading("quarter", code="3")),
        ("every week", Reading("fixed", type="SET", value="P1W")),
        ("a year and a half", Reading("fixed", type="DURATION", value="P1Y6M", unit="year")),
    ],
)
def test_time_read_readings(text, reading):
    assert read_time(text) == reading


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("4.2 seconds", "PT4.2S"),  # a fraction of a unit, as TIMEX3 writes it
        ("under twenty minutes", "PT20M"),
        ("8-12 minutes", "PTXM"),  # a stretch between two lengths: its length is not known
    ],
)
def test_time_read_durations_with_fractions_bounds_and_ranges(text, value):
    reading = read_time(text)
    assert reading is not None and (reading.type, reading.value) == ("DURATION", value)


def test_time_read_a_season_with_its_noun_is_the_season():
    assert read_time("the spring semester") == Reading("season", code="SP")


def test_time_read_range_takes_the_year_of_its_end():
    reading = read_time("Dec. 30 to Jan. 2, 2025")
    assert reading is not None and reading.kind == "range"
    assert (reading.start.year, reading.start.month, reading.end.year) == (2025, 12, 2025)


@pytest.mark.parametrize("text", ["", "the", "Olympic", "soon-ish later"])
def test_time_read_unreadable_is_none(text):
    assert read_time(text) is None


@pytest.mark.parametrize(
    ("reading", "granularity"),
    [
        (Reading("date", month=3, day=16), "day"),
        (Reading("date", year=2024, month=3), "month"),
        (Reading("date", weekday=1, part="MO"), "time"),
        (Reading("relative", unit="week", n=1), "week"),
        (Reading("quarter", code="2"), "quarter"),
        (Reading("fixed", value="2019", unit="year"), "year"),
    ],
)
def test_time_read_granularity(reading, granularity):
    assert reading.granularity == granularity

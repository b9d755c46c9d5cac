"""Scraped-text layouts beyond the one the reader was first tuned on: page dates, captions and
credits, bylines, and what follows the story. Every text here is made up for the test."""

from __future__ import annotations

from datetime import date

import pytest

from newsgraph.ingest.text import read_text

TITLE = "Harbour Board Approves New Ferry Route"
LEDE = "WESTMERE — The harbour board approved a new ferry route on Tuesday after a long and bitter debate."
SECOND = "The route will link the old pier with the island twice a day from June, the board said."
LAST = "The first sailing is planned for the first week of June, weather permitting."


def page(*header: str, footer: tuple[str, ...] = ()) -> str:
    return "\n".join((TITLE, TITLE, *header, LEDE, SECOND, LAST, *footer)) + "\n"


# -- page dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Published: Friday, Mar. 14, 2025 | 11:40 p.m. CT", date(2025, 3, 14)),
        ("Published Friday, Mar. 14, 2025 at 11:40 PM PST", date(2025, 3, 14)),
        ("Updated 11:40 p.m. ET Fri, Mar 14, 2025", date(2025, 3, 14)),
        ("Friday 14 March 2025 23.40 GMT", date(2025, 3, 14)),  # no label: a date line alone
        ("Mar. 14, 2025, 11:40 p.m. ET", date(2025, 3, 14)),
        ("2025-03-14", date(2025, 3, 14)),
    ],
)
def test_text_page_date_is_the_day_printed_whatever_time_and_zone(line, day):
    a = read_text(page("By Lena Haas", line))
    assert a.published == day
    assert a.published_source == "page"
    assert line not in a.body
    assert a.body.startswith("WESTMERE")


def test_text_a_date_inside_the_story_is_no_page_date():
    text = f"{TITLE}\n{LEDE}\nFriday 14 March 2025\n{SECOND}\n"
    a = read_text(text)
    assert a.published is None
    assert "Friday 14 March 2025" in a.body

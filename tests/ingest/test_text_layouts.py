"""Scraped-text layouts beyond the one the reader was first tuned on: page dates, captions and
credits, bylines, and what follows the story. Every text here is made up for the test."""

from __future__ import annotations

from datetime import date

import pytest

from newsgraph.ingest.text import is_credit_line, looks_like_name, read_text, split_caption_credit

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


# -- captions and credits -----------------------------------------------------------------------


def test_text_caption_with_its_credit_on_the_next_line_is_no_lede():
    a = read_text(
        page(
            "Ferries wait at the old pier in Westmere on Monday, as the board meets across the road.",
            "Photo: Ana Ruiz for The Westmere Courier",
            "By Lena Haas",
        )
    )
    assert a.captions == ["Ferries wait at the old pier in Westmere on Monday, as the board meets across the road."]
    assert a.image_credits == ["Ana Ruiz for The Westmere Courier"]
    assert a.authors == ["Lena Haas"]
    assert a.body.startswith("WESTMERE")


def test_text_labelled_caption_and_image_source_lines_lose_their_labels():
    a = read_text(page("Image caption: The old pier at dawn", "Image source: Ana Ruiz/Coastline Images", "By Lena Haas"))
    assert a.captions == ["The old pier at dawn"]
    assert a.image_credits == ["Ana Ruiz/Coastline Images"]
    text = a.text
    caption = next(r for r in a.regions if r.kind == "caption")
    credit = next(r for r in a.regions if r.kind == "credit")
    assert text[caption.start : caption.end] == "The old pier at dawn"
    assert text[credit.start : credit.end] == "Ana Ruiz/Coastline Images"


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("The old pier at dawn. (Photo: Ana Ruiz/Coastline Images)", "Ana Ruiz/Coastline Images"),
        ("The old pier at dawn. Credit: Ana Ruiz for The Courier", "Ana Ruiz for The Courier"),
        ("The old pier at dawn. Photo: Ana Ruiz / Coastline Images", "Ana Ruiz / Coastline Images"),
        ("The old pier at dawn. Ana Ruiz/Coastline Images", "Ana Ruiz/Coastline Images"),
    ],
)
def test_text_credits_keep_no_label(line, credit):
    assert split_caption_credit(line) == ("The old pier at dawn.", credit)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Photo: Ana Ruiz for The Courier", True),
        ("Credit: Coastline Images", True),
        ("(Photo: Ana Ruiz/AP)", True),
        ("Ana Ruiz/Coastline Images", True),
        ("Photo: Ana Ruiz took this picture of the pier when the storm hit.", False),
        ("The board said it would vote again.", False),
        ("Harbour Plans", False),
    ],
)
def test_text_credit_line_shape(line, expected):
    assert is_credit_line(line) is expected


def test_text_a_lede_followed_by_a_paragraph_is_still_the_lede():
    # Guard: only a credit line below makes a sentence a caption.
    text = f"{TITLE}\nBy Lena Haas\n{LEDE}\nAna Ruiz and her brother run the ferry kiosk on the pier.\n{LAST}\n"
    a = read_text(text)
    assert a.captions == []
    assert a.body.startswith("WESTMERE")


def test_text_a_long_lede_above_a_credit_line_is_still_the_lede():
    # Guard: a photo placed after the first paragraph credits its picture, not the lede above.
    lede = LEDE + " Fishermen, ferry crews and island families filled the hall, and many stayed until the final vote late in the evening."
    text = f"{TITLE}\nBy Lena Haas\n{lede}\nPhoto: Ana Ruiz for The Westmere Courier\n{SECOND}\n{LAST}\n"
    a = read_text(text)
    assert a.body.startswith("WESTMERE")
    assert a.captions == []


# -- bylines ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Lena Haas | Business & Economy", ["Lena Haas"]),
        ("By Lena Haas in Bergen", ["Lena Haas"]),
        ("By Lena Haas in New York and Tom Roe in Oslo", ["Lena Haas", "Tom Roe"]),
    ],
)
def test_text_byline_section_and_place_are_not_the_name(byline, authors):
    assert read_text(page(byline)).authors == authors


@pytest.mark.parametrize("role", ["Transport reporter", "Local Democracy Reporter", "Staff Writer"])
def test_text_role_line_under_a_byline_is_no_author(role):
    a = read_text(page("By Lena Haas", role))
    assert a.authors == ["Lena Haas"]
    assert role not in a.body
    assert not looks_like_name(role)

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


# -- bios and link blocks after the story -------------------------------------------------------


@pytest.mark.parametrize(
    "bio",
    [
        "Lena Haas covers transport and the harbour for The Westmere Courier.",
        "Lena Haas covers transport. Reach her at lhaas@courier.example.",
        "Lena Haas reports on the islands from Westmere. Tom Roe contributed reporting from Bergen.",
        "Lena Haas is the Westmere correspondent. She has reported from the islands since 2020.",
    ],
)
def test_text_author_bio_leaves_the_body_with_no_name_line_above(bio):
    a = read_text(page("By Lena Haas", footer=(bio, "Related Topics", "Ferries", "Harbours")))
    assert a.body.endswith(LAST)
    assert bio not in a.body
    assert a.section_headings == []


def test_text_bio_of_someone_not_in_the_byline_by_its_shape():
    a = read_text(page(footer=("Tom Roe reports on the islands from Bergen.",)))
    assert a.body.endswith(LAST)


def test_text_contact_line_after_the_story_is_no_body():
    a = read_text(page("By Lena Haas", footer=("Reach the harbour desk at desk@courier.example",)))
    assert a.body.endswith(LAST)


@pytest.mark.parametrize(
    "footer",
    [
        ("Related Coverage", "Island ferry fares to rise in spring", "Old pier to be restored"),
        ("More on this story", "Why the island needs a second ferry", "What the new route means for you"),
        ("Read more:", "How to book a ferry seat online"),
        ("Read more: How to book a ferry seat online",),
    ],
)
def test_text_link_block_after_a_marker_is_footer_to_the_end(footer):
    a = read_text(page("By Lena Haas", footer=footer))
    assert a.body.endswith(LAST)
    assert a.section_headings == []


def test_text_a_marker_followed_by_story_paragraphs_does_not_cut_the_body():
    # Guard: 'Read more' opens a block of links only when nothing but headlines follows it.
    text = page("By Lena Haas", footer=("Read more: Island ferries", "The board meets again in May to set the fares, a spokesman said."))
    assert read_text(text).body.endswith("a spokesman said.")


@pytest.mark.parametrize(
    "last",
    [
        "Maria Lopez covers her rent with two jobs, she said.",
        "Maria Lopez covers her rent with two jobs and a night shift at the cannery.",
        "Tom Roe is the harbour master’s deputy, and “the best editor of tide tables we ever had,” Haas said.",
    ],
)
def test_text_a_last_paragraph_about_someone_else_stays_body(last):
    a = read_text(page("By Lena Haas", footer=(last,)))
    assert a.body.endswith(last)


def test_text_a_name_and_covers_mid_article_stays_body():
    middle = "Maria Lopez covers the harbour for the port authority from its office in Westmere."
    text = f"{TITLE}\n{LEDE}\n{middle}\n{SECOND}\nLena Haas covers transport for The Westmere Courier.\n"
    a = read_text(text)
    assert middle in a.body
    assert a.body.endswith(SECOND)


def test_text_a_one_line_story_stays_body():
    for line in ("Lena Haas covers transport for The Westmere Courier.", "Related Coverage"):
        a = read_text(line)
        assert a.body == line

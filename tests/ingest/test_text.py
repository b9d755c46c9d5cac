"""Scraped-text reader: metadata out of the page furniture, body boundaries, offsets as given."""

from __future__ import annotations

from datetime import date

import pytest

from newsgraph.ingest.text import looks_like_name, read_text, split_caption_credit

SCRAPED = """Harbour Bridge Repairs to Close Two Lanes Until June

Harbour Bridge Repairs to Close Two Lanes Until June
Workers inspect the eastern span of the Harbour Bridge on Jan. 9, 2024. Ana Ruiz/Coastline Press via Getty Images
Daniel Okafor
Updated:
0:00

City engineers said on Thursday that two lanes of the Harbour Bridge will close for repairs until June, the first major work on the span in thirty years.

“We cannot put this off any longer,” said Mayor Lena Brandt at a briefing.

Traffic Plans

The council will publish detour maps next week, a spokesman said.

Drivers should expect delays of up to twenty minutes at peak hours, the transport department warned in a statement.

Daniel Okafor
Daniel Okafor
Reporter
Daniel Okafor is a city hall reporter for the Coastline Herald. He previously covered transport.
Share
Related Topics
"""


def test_text_metadata_from_scraped_page():
    a = read_text(SCRAPED)
    assert a.title == "Harbour Bridge Repairs to Close Two Lanes Until June"
    assert a.authors == ["Daniel Okafor"]
    assert a.captions == ["Workers inspect the eastern span of the Harbour Bridge on Jan. 9, 2024."]
    assert a.image_credits == ["Ana Ruiz/Coastline Press via Getty Images"]
    assert a.section_headings == ["Traffic Plans"]


def test_text_body_excludes_furniture():
    a = read_text(SCRAPED)
    body = a.body
    assert body.startswith("City engineers said on Thursday")
    assert body.endswith("warned in a statement.")
    for junk in ("0:00", "Updated:", "Related Topics", "Share", "is a city hall reporter", "Ana Ruiz"):
        assert junk not in body


def test_text_offsets_point_into_input_as_given():
    a = read_text(SCRAPED)
    start, end = a.body_span
    assert SCRAPED[start:end] == a.body
    kinds = {r.kind for r in a.regions}
    assert {"title", "title_repeat", "caption", "credit", "byline", "body", "heading", "bio"} <= kinds
    for r in a.regions:
        assert 0 <= r.start < r.end <= len(SCRAPED)


def test_text_crlf_line_endings_keep_offsets():
    text = SCRAPED.replace("\n", "\r\n")
    a = read_text(text)
    assert a.title == "Harbour Bridge Repairs to Close Two Lanes Until June"
    assert text[a.body_span[0] : a.body_span[1]].startswith("City engineers")


def test_text_plain_article_without_furniture():
    text = "Title Of A Plain Story\n\n" + "The committee met on Monday and agreed to the plan after a long debate. " * 2
    a = read_text(text)
    assert a.title == "Title Of A Plain Story"
    assert a.body.startswith("The committee met")


def test_text_page_date_from_updated_line():
    text = SCRAPED.replace("Updated:\n", "Updated: March 3, 2024\n")
    a = read_text(text)
    assert a.published == date(2024, 3, 3)
    assert a.published_source == "page"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Tom Smith", True),
        ("By Jane Q. Doe and John Roe", True),
        ("Maria de la Cruz", True),
        ("By Jan ten Berge", True),  # the surname particles every stage shares (newsgraph.names)
        ("Related Topics", True),  # name-shaped; boilerplate is caught before bylines
        ("The council met on Monday.", False),
        ("Traffic Plans Ahead For The City Centre", False),
    ],
)
def test_text_byline_shape(line, expected):
    assert looks_like_name(line) is expected


def test_text_caption_credit_split_keeps_abbreviations():
    caption, credit = split_caption_credit("Leaders meet in Oslo on Feb. 4, 2022. Kari Nilsen/NTB/AFP via Getty Images")
    assert caption == "Leaders meet in Oslo on Feb. 4, 2022."
    assert credit == "Kari Nilsen/NTB/AFP via Getty Images"
    assert split_caption_credit("A plain sentence with no credit.") == ("A plain sentence with no credit.", None)


def test_text_roundup_items_with_a_cited_source_are_body_not_headings():
    text = (
        "POLL WATCH: The Week In Numbers\n\n"
        "The polls moved a little this week, and analysts argued about what it meant for the race.\n\n"
        "THE WEEKEND’S POLLS\n\n"
        "-Ana Ruiz explains why the state is “weird.” [538]\n\n"
        "-The governor leads the senator by three points. [ARG]\n\n"
        "Turnout will decide the primary, most of the pollsters interviewed for this story agreed.\n"
    )
    article = read_text(text)
    assert article.section_headings == ["THE WEEKEND’S POLLS"]
    body = [text[r.start : r.end] for r in article.regions_of("body")]
    assert any("explains why the state" in b for b in body)


def test_text_site_promotions_are_not_body():
    text = (
        "Harbour Plan Advances\n\n"
        "The harbour board approved the plan on Monday after a long debate.\n\n"
        "Work on the north pier begins in the spring, the board said.\n\n"
        "Have a tip? Write to the harbour desk.\n\n"
        "Follow us on Twitter for more harbour news.\n"
    )
    body = read_text(text).body
    assert body.endswith("the board said.")


@pytest.mark.parametrize(
    ("line", "promo"),
    [
        ("Related: Ferry board weighs a second route", True),
        ("Have a tip? The harbour desk may be reached at desk@courier.example.", True),
        ("Subscribe to our newsletters for the week's harbour news.", True),
        ("Follow her on Twitter @harbourdesk.", True),
        ("Some 30,000 readers now subscribe to her harbour newsletter, which began in 2020.", False),
        ("Related: the board says the route will open in May.", False),
        ("Follow them on Twitter and you will see how the vote went.", False),
        ("Follow Harbour Radio on Instagram, Facebook and YouTube.", True),
        ("Follow the Courier's full coverage of the harbour vote: https://courier.example/harbour", True),
        ("SEE MORE:", True),
        ("Don't miss: the ten best walks along the pier", True),
        ("Follow the money on Twitter, the councillor said, and you will see who paid.", False),
        ("See more of the harbour than ever before, the board promised.", False),
        ("This article was originally published by Harbour Weekly. Read the original article.", True),
        ("Order Reprints", True),
        ("This copy is for your personal, non-commercial use only.", True),
        ("Write to Anna Berg at anna.berg@courier.example", True),
        ("She wrote to the harbour master at his office in May.", False),
        ("The letter was originally published in 1990 and is still quoted.", False),
    ],
)
def test_text_promotion_lines(line, promo):
    from newsgraph.ingest.patterns import is_promo

    assert is_promo(line) is promo


def test_text_a_line_opening_with_a_dash_signs_the_lines_above_and_is_no_heading():
    text = (
        "Pier Closure Divides Westmere\n\n"
        "The council voted to close the ferry pier on Tuesday after a long and bitter debate.\n\n"
        "Closing it is the only safe choice. We agree with the engineers.\n\n"
        "— Westmere Tourism Board (@visitwestmere) March 17, 2021\n\n"
        "Fishermen said they would appeal the decision in the regional court next month.\n"
    )
    article = read_text(text)
    assert article.section_headings == []
    assert "— Westmere Tourism Board (@visitwestmere) March 17, 2021" in article.body


def test_text_lede_citing_its_agency_is_no_photo_credit():
    # '(Reuters) - …' opens the story: a long sentence naming an agency is no credit line.
    lede = (
        "SALEM, Ore. (Reuters) - Governor Kari Nilsen met fishermen and families of the crew lost on "
        "Thursday and said the harbor must reopen before the winter storms."
    )
    assert split_caption_credit(lede) == (lede, None)
    text = f"Nilsen: The Harbor Must Reopen\n\n{lede}\n\nThe fleet has been idle since March.\n"
    article = read_text(text)
    assert not article.image_credits
    assert article.body_span[0] == text.index("SALEM")


def test_text_a_short_line_signed_below_as_a_post_is_no_heading():
    text = (
        "Pier Closure Divides Westmere\n\n"
        "The council voted to close the ferry pier on Tuesday after a long and bitter debate.\n\n"
        "Three meetings, zero answers https://t.co/ab12\n\n"
        "— Westmere Fishers (@westmerefish) March 17, 2021\n\n"
        "Fishermen said they would appeal the decision in the regional court next month.\n"
    )
    assert read_text(text).section_headings == []


def test_read_text_takes_a_published_date_as_a_string_or_datetime_too():
    # the Python API hands over what it has; an ISO string used to leave a str in the article
    from datetime import datetime

    from newsgraph.pipeline import analyze

    text = "Bridge reopens\n\nThe bridge reopened on Tuesday, the council said.\n"
    for given in ("2025-03-12", datetime(2025, 3, 12, 9, 30), date(2025, 3, 12)):
        article = read_text(text, published=given)
        assert (article.published, article.published_source) == (date(2025, 3, 12), "given")
    assert [t.value for t in analyze(read_text(text, published="2025-03-12")).times] == ["2025-03-11"]
    assert read_text("", published="2025-03-12").published == date(2025, 3, 12)

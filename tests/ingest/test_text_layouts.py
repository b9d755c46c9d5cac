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


@pytest.mark.parametrize(
    "bio",
    ["Tom Roe is a correspondent for The Westmere Courier in Bergen.", "Tom Roe contributed reporting from Bergen."],
)
def test_text_bio_of_someone_not_in_the_byline_by_its_shape(bio):
    # Someone not in the byline: only a journalist's job at a publication, or a contribution.
    a = read_text(page(footer=(bio,)))
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
    text = f"{TITLE}\n{LEDE}\n{middle}\n{SECOND}\nLena Haas is the transport reporter for The Westmere Courier.\n"
    a = read_text(text)
    assert middle in a.body
    assert a.body.endswith(SECOND)


def test_text_a_one_line_story_stays_body():
    for line in ("Lena Haas covers transport for The Westmere Courier.", "Related Coverage"):
        a = read_text(line)
        assert a.body == line


# -- guards: story text is never furniture ------------------------------------------------------

TOWN = "Council Closes Libraries"
LEDE2 = "The city council voted on Tuesday to close three branch libraries, citing a budget shortfall."
PARA2 = "The decision, which passed 7-2, will take effect in March and affect about 40 staff members."
PARA3 = "Residents said they would fight the closures at the next public meeting in February."


@pytest.mark.parametrize(
    "credit", ["Photo: Getty", "Picture: RSPB", "Image: Handout", "Credit: Council handout", "John Smith/Getty Images"]
)
def test_text_a_lede_with_a_credit_a_blank_line_below_stays_the_lede(credit):
    # The credit belongs to a picture between paragraphs: it is no caption's unless it stands
    # right under the sentence (or the byline and date follow it in the header).
    for header in ((), ("By Ana Ruiz", "")):
        a = read_text("\n\n".join((TOWN, *header[:1], LEDE2, credit, PARA2)) + "\n")
        assert a.body.startswith(LEDE2)
        assert a.captions == []
        assert a.section_headings == []
        assert a.image_credits == [credit.split(": ")[-1]]


def test_text_a_caption_right_above_its_credit_and_a_lede_below_a_later_credit():
    text = "\n".join((TOWN, "", "Residents outside the library.", "Photo: Ana Ruiz/Desert Wire", "",
                      "By Tom Reed", "", LEDE2, "", "Photo: Getty", "", PARA2, ""))  # fmt: skip
    a = read_text(text)
    assert a.captions == ["Residents outside the library."]
    assert a.authors == ["Tom Reed"]
    assert a.body.startswith(LEDE2) and a.body.endswith(PARA2)


def test_text_a_caption_with_its_credit_after_a_blank_line_then_the_byline():
    text = "\n\n".join((TOWN, "Residents outside the library.", "Photo: Ana Ruiz", "By Tom Reed", LEDE2, PARA2))
    a = read_text(text)
    assert a.captions == ["Residents outside the library."]
    assert a.body.startswith(LEDE2)


@pytest.mark.parametrize("line", ["Israel/Gaza", "NBC/Marist", "News / Health"])
def test_text_a_slash_without_an_agency_is_no_credit(line):
    assert not is_credit_line(line)
    a = read_text("\n\n".join((TOWN, LEDE2, line, PARA2)))
    assert a.body.startswith(LEDE2)
    assert a.image_credits == []


@pytest.mark.parametrize(("line", "credit"), [("Photo: Getty Images.", "Getty Images"), ("Reuters/Pool", "Reuters/Pool")])
def test_text_credit_line_with_an_agency(line, credit):
    assert is_credit_line(line)
    a = read_text("\n".join((TOWN, line, "By Tom Reed", LEDE2, PARA2)))
    assert a.image_credits == [credit]


def test_text_an_empty_caption_label_adds_no_caption():
    a = read_text("\n".join((TOWN, "Image caption:", "By Tom Reed", LEDE2, PARA2)))
    assert a.captions == []
    assert all(r.start < r.end for r in a.regions)


@pytest.mark.parametrize(
    "last",
    [
        "Mark Hill is the chief executive of Acme and has led the company since 2018.",
        "Sarah Kim is a senior analyst at Capital Economics and expects prices to keep falling.",
        "Ana Ruiz is the new Kyiv bureau chief and will start in March after four years in Moscow.",
        "Ana Ruiz is the paper's new political columnist and starts in January.",
        "Jane Doe writes for the Observer about politics and will publish a memoir next year.",
        "Fiona Grant writes about the sea and the people who depend on it.",
        "Maria Lopez covers housing for the Daily Ledger and has written about evictions since 2015.",
        "The State Insurance Fund covers the cost of parking for patients in Ohio.",
        "Peter Navarro is an economist and the author of a book on China who advises the campaign.",
    ],
)
def test_text_a_last_paragraph_about_a_named_person_or_body_is_no_bio(last):
    a = read_text("\n\n".join((TOWN, "By Tom Reed", LEDE2, PARA2, last)))
    assert a.body.endswith(last)


def test_text_a_named_person_closing_the_story_is_no_bio():
    # 'Harold Evans was the editor of …' closing his obituary; the name is the story's.
    last = "Harold Evans was the editor for the Sunday Times from 1967 to 1981."
    a = read_text("\n\n".join((TOWN, "Harold Evans, the former editor, has died aged 92 in New York.", PARA2, last)))
    assert a.body.endswith(last)


def test_text_two_source_paragraphs_do_not_chain_into_bios():
    lines = ("John Doe is the chief economist at Barclays and expects a further fall.",
             "Sarah Kim is a senior analyst at Capital Economics and disagrees.")  # fmt: skip
    a = read_text("\n\n".join((TOWN, LEDE2, PARA2, *lines)))
    assert a.body.endswith(lines[1])


@pytest.mark.parametrize(
    "last",
    [
        "Email inquiries to dataprotection@council.gov.uk were not answered on Friday.",
        "Contact Jane on 0123 456 789 or email volunteer@foodbank.example if you can help out.",
    ],
)
def test_text_a_story_sentence_with_an_address_is_no_contact_line(last):
    a = read_text("\n\n".join((TOWN, LEDE2, PARA2, last)))
    assert a.body.endswith(last)


def test_text_a_contact_line_is_still_furniture():
    footer = "Follow him on Twitter: @tomreed. Reach him directly at tom@courier.example."
    a = read_text("\n\n".join((TOWN, LEDE2, PARA2, footer)))
    assert a.body.endswith(PARA2)


@pytest.mark.parametrize(
    "tail",
    [
        ("Read more: How the plan was approved", "“We will keep fighting until it is stopped.”"),
        ("Related", "So will the libraries reopen?", "“Not any time soon,” one councillor told us."),
        ("More news on the closures is expected on Monday.",),
        ("More coverage from the meeting will follow on our live blog throughout the week.",),
    ],
)
def test_text_a_link_marker_does_not_cut_story_lines(tail):
    a = read_text("\n\n".join((TOWN, LEDE2, PARA2, *tail)))
    assert a.body.endswith(tail[-1])


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Ana Ruiz, Staff Writer", ["Ana Ruiz"]),
        ("Ana Ruiz, Staff Writer", ["Ana Ruiz"]),
        ("By Tom Reed, Chief Political Correspondent", ["Tom Reed"]),
        ("By Ana Ruiz and Tom Reed, Staff Writers", ["Ana Ruiz", "Tom Reed"]),
    ],
)
def test_text_a_role_after_the_byline_name_is_dropped(byline, authors):
    a = read_text("\n".join((TOWN, byline, LEDE2, PARA2)))
    assert a.authors == authors


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Published: 2025-01-09T16:10:00Z", date(2025, 1, 9)),
        ("Published: 2025-01-09T23:30:00-05:00", date(2025, 1, 9)),
        ("2025-01-09T16:10:00Z", date(2025, 1, 9)),
        ("Published: 2025-01-09 16:10", date(2025, 1, 9)),
        ("Published: 09.01.25 10:02", date(2025, 1, 9)),
        ("Published: 13.11.2025 10:02", date(2025, 11, 13)),
    ],
)
def test_text_iso_and_dotted_page_dates(line, day):
    a = read_text("\n".join((TOWN, line, LEDE2, PARA2)))
    assert a.published == day

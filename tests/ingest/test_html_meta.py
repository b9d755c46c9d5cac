"""html_meta: what a page's markup says of its article (meta tags, JSON-LD, bylines, dates)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from lxml import html as lxml_html

from newsgraph.ingest.html_meta import (
    article_json_ld,
    meta_tags,
    plausible_date,
    read_page_metadata,
    split_authors,
)

HEAD = """<html><head>
<meta property="og:title" content="  Ferry pier   closes ">
<meta name="OG:TITLE" content="A later duplicate">
<meta name="author" content="">
<meta name="byl" content="By Ana Lima">
<script type="Application/LD+JSON">{"@graph": [{"@type": "WebSite", "name": "Gazette"},
  {"@type": ["NewsArticle"], "datePublished": "0001-01-01", "dateCreated": "2019-05-04T10:00:00Z",
   "author": {"name": "Bo Chen and Cy Park"}, "url": "https://gazette.example/pier"}]}</script>
</head><body><article><p class="byline">By Dee Ho</p><p>Text.</p></article></body></html>"""


@pytest.fixture(scope="module")
def tree():
    return lxml_html.document_fromstring(HEAD)


def test_html_meta_tags_lowercase_keys_first_wins(tree):
    tags = meta_tags(tree)
    assert tags["og:title"] == "Ferry pier   closes"
    assert tags["byl"] == "By Ana Lima"
    assert "author" not in tags  # empty content is no value


def test_html_meta_json_ld_article_object_from_graph(tree):
    ld = article_json_ld(tree)
    assert ld["url"] == "https://gazette.example/pier"
    assert "name" not in ld  # the WebSite object does not describe the article


def test_html_meta_read_page_metadata_field_by_field(tree):
    meta = read_page_metadata(tree)
    assert meta.title == "Ferry pier closes"
    assert meta.authors == ["Bo Chen", "Cy Park"]  # JSON-LD before meta tags and bylines
    assert meta.byline_texts == ["By Dee Ho"]
    assert meta.published == date(2019, 5, 4)  # the placeholder date is skipped
    assert meta.url == "https://gazette.example/pier"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-03-16T09:30:00+00:00", date(2021, 3, 16)),
        ("0001-01-01", None),
        ((date.today() + timedelta(days=3)).isoformat(), None),
        ("yesterday", None),
    ],
)
def test_html_meta_plausible_date(value, expected):
    assert plausible_date(value) == expected


def test_html_meta_split_authors():
    assert split_authors("By Jane Roe and John Doe") == ["Jane Roe", "John Doe"]
    assert split_authors("Ana Lima, Bo Chen & Cy Park") == ["Ana Lima", "Bo Chen", "Cy Park"]
    assert split_authors("GREG NASH, AP Sports Writer") == ["GREG NASH"]
    assert split_authors("https://example.com/staff/jane") == []


def test_html_meta_the_site_is_no_co_author():
    page = """<html><head>
<meta property="og:site_name" content="Lakeside Courier">
<meta name="author" content="Dana Reyes, Lakeside Courier">
</head><body><p class="byline">By Dana Reyes</p></body></html>"""
    assert read_page_metadata(lxml_html.document_fromstring(page)).authors == ["Dana Reyes"]
    page = """<html><head><meta name="author" content="Omar Said | NJ Advance Media for NJ.com"></head>
<body></body></html>"""
    assert read_page_metadata(lxml_html.document_fromstring(page)).authors == ["Omar Said"]
    # a wire agency wrote the story: it stays
    page = """<html><head><meta property="og:site_name" content="Lakeside Courier">
<meta name="author" content="Dana Reyes, Reuters"></head><body></body></html>"""
    assert read_page_metadata(lxml_html.document_fromstring(page)).authors == ["Dana Reyes", "Reuters"]


def test_html_meta_the_kind_of_piece_before_by_is_no_part_of_the_name():
    assert split_authors("Analysis by Dana Reyes") == ["Dana Reyes"]
    assert split_authors("Opinion by Omar Said and Lena Haas") == ["Omar Said", "Lena Haas"]


def test_html_meta_the_sites_own_account_is_no_author():
    # 'Lakeside Courier News Desk' on the Lakeside Courier's page: the publisher posting, no writer.
    page = """<html><head><meta property="og:site_name" content="Lakeside Courier">
<meta name="author" content="Dana Reyes, Lakeside Courier News Desk"></head><body></body></html>"""
    assert read_page_metadata(lxml_html.document_fromstring(page)).authors == ["Dana Reyes"]


def test_html_meta_byline_run_into_the_outlet_and_its_time_stamp():
    assert split_authors("By NORA VALE, PETE KIM and ADA LOWE Wire Service") == [
        "NORA VALE", "PETE KIM", "ADA LOWE", "Wire Service"
    ]
    assert split_authors("Rosa Diaz and Ian Holm DAILY LEDGER Published 7:07 PM EST Nov 19, 2019") == [
        "Rosa Diaz", "Ian Holm", "DAILY LEDGER"
    ]
    assert split_authors("By JOHN O. SMITH Jr.") == ["JOHN O. SMITH Jr"]
    # the byline names a second writer the markup leaves out
    page = """<html><head><meta name="author" content="Rosa Diaz"></head><body>
<div class="byline"><span class="author">Rosa Diaz and Ian Holm</span> Published 7:07 PM EST</div>
</body></html>"""
    assert read_page_metadata(lxml_html.document_fromstring(page)).authors == ["Rosa Diaz", "Ian Holm"]


def test_html_meta_byline_run_into_its_date_line_and_escaped_json_ld():
    assert split_authors("Jeff Lowe Monday; November") == ["Jeff Lowe"]
    assert split_authors("by Ana Ruiz Friday, May 3, 2019") == ["Ana Ruiz"]
    assert split_authors("by Jeff Lowe Monday, November 18, 2019") == ["Jeff Lowe"]  # a two-digit day
    assert split_authors("Sunday Adebayo") == ["Sunday Adebayo"]  # a first name, not a date
    page = """<html><head><script type="application/ld+json">{"@type": "NewsArticle",
"headline": "Pier repairs won&#8217;t cost &#163;4m"}</script></head><body></body></html>"""
    assert read_page_metadata(lxml_html.document_fromstring(page)).title == "Pier repairs won’t cost £4m"


def test_html_meta_title_loses_the_sites_name_after_a_bar():
    page = """<html><head><meta property="og:site_name" content="Coast Gazette">
<meta property="og:title" content="Westmere closes its pier | Coast Gazette"></head><body></body></html>"""
    assert read_page_metadata(lxml_html.document_fromstring(page)).title == "Westmere closes its pier"
    page = page.replace("| Coast Gazette", "- Harbour Notes")  # not the site's name: kept whole
    assert read_page_metadata(lxml_html.document_fromstring(page)).title == "Westmere closes its pier - Harbour Notes"


def test_html_meta_authors_in_capitals_take_the_bylines_spelling():
    """Wire markup shouts names ('By ANA LIMA and BO CHEN'); the visible byline writes them in
    ordinary case, and that is how the names are kept."""
    page = """<html><head>
<script type="application/ld+json">{"@type": "NewsArticle", "author": {"name": "By ANA LIMA and BO CHEN, Wire"}}</script>
</head><body><article><p class="byline">Ana Lima and Bo Chen, Wire</p><p>Text.</p></article></body></html>"""
    meta = read_page_metadata(lxml_html.fromstring(page))
    assert meta.authors[:2] == ["Ana Lima", "Bo Chen"]


def _dated_page(stamp: str, url: str) -> str:
    return (
        f'<html><head><meta property="article:published_time" content="{stamp}">'
        f'<link rel="canonical" href="{url}"></head>'
        "<body><article><p>The ferry sailed on Tuesday.</p></article></body></html>"
    )


def test_html_meta_a_utc_stamp_after_midnight_keeps_the_day_in_the_address():
    # An evening story in the Americas is stamped the next day in UTC; its address keeps its day.
    page = _dated_page("2019-11-20T01:50:59Z", "https://gazette.example/2019/11/19/ferry-sails/")
    assert read_page_metadata(lxml_html.document_fromstring(page)).published == date(2019, 11, 19)
    noon = _dated_page("2019-11-20T12:50:59Z", "https://gazette.example/2019/11/19/ferry-sails/")
    assert read_page_metadata(lxml_html.document_fromstring(noon)).published == date(2019, 11, 20)


def test_html_meta_a_special_to_tag_is_no_author():
    assert split_authors("By Ann Cole, Special to the Coast Gazette") == ["Ann Cole"]
    assert split_authors("By Special Agent Dale Cooper") == ["Special Agent Dale Cooper"]


def test_html_meta_byline_with_a_dateline_names_no_more_writers():
    # 'Wire Agency, Lisbon' in the byline: the city it was filed from is no second writer
    page = """<html><head><script type="application/ld+json">{"@type": "NewsArticle",
  "author": "WNA"}</script></head><body>
<div class="article-author"><a class="article-author__name">WNA, </a>
<span class="article-author__name"> Lisbon, </span></div><p>Text.</p></body></html>"""
    assert read_page_metadata(lxml_html.document_fromstring(page)).authors == ["WNA"]


def test_html_meta_byline_run_into_a_date_and_the_page_buttons():
    # the byline block also holds the date line and the share buttons' hidden labels: what
    # follows a month and day, or a clock time, is the date line and furniture, no co-author
    assert split_authors("by Rhea Tolland | March 4, 2021 9:30 AM Print this article") == ["Rhea Tolland"]
    assert split_authors("By Rhea Tolland Jan. 12 Share on Facebook") == ["Rhea Tolland"]
    assert split_authors("By June Park and Ed Moss") == ["June Park", "Ed Moss"]


def test_html_meta_headline_cut_short_in_json_ld_is_read_whole():
    # JSON-LD headlines are often cut to 110 characters; the page's <h1> goes on with the rest
    whole = "Ferry captain praised after steering the stricken vessel through the storm to the harbour of Pell Bay safely"
    page = f"""<html><head><title>{whole} | Gazette</title>
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{whole[:92]}"}}</script>
</head><body><h1>{whole}</h1><p>Text.</p></body></html>"""
    assert read_page_metadata(lxml_html.document_fromstring(page)).title == whole

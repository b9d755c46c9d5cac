"""read_html: layout, metadata kept out of the body, encodings, and bad input."""

from __future__ import annotations

import time
from datetime import date

import pytest

from newsgraph.errors import DocumentError
from newsgraph.ingest import read_bytes
from newsgraph.ingest.html import read_html

PARAGRAPHS = [
    "The harbour council of Westmere voted on Tuesday to close the old ferry pier for repairs, "
    "ending a decade of arguments between fishermen and the town's tourism board.",
    "Council chair Maria Okonkwo said the vote was overdue. \"We have patched that pier every "
    "winter since 2015 and every spring it comes apart again,\" she told reporters afterwards.",
    "Fishermen who use the pier every morning said they had not been consulted about the closure "
    "and would ask the regional court to delay it until a temporary landing is built nearby.",
    "The repairs are expected to cost about four million euros and to take most of next year, "
    "according to a report the council published alongside the vote on its website.",
]
SECOND_SECTION = (
    "Tourism operators welcomed the decision, saying the crumbling pier had kept cruise boats "
    "away from the town for three summers and cost local shops a great deal of trade."
)


def news_page(*, charset: str = "utf-8", extra_head: str = "", byline: str = "By Anna Berg and Tom Reyes") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="{charset}">
<title>Westmere closes ferry pier | The Coast Gazette</title>
<meta property="og:title" content="Westmere votes to close its old ferry pier">
<meta name="author" content="Anna Berg and Tom Reyes">
<meta property="article:published_time" content="2021-03-16T09:30:00+00:00">
<link rel="canonical" href="https://gazette.example/2021/03/16/westmere-pier">
{extra_head}
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Westmere votes to close its old ferry pier</h1>
<p class="byline">{byline}</p>
<figure><img src="pier.jpg" alt="pier">
<figcaption>Fishing boats moored at the old pier in Westmere. <span class="credit">Photo: Lena Haas/Coast Agency</span></figcaption>
</figure>
{body}
<h2>What happens next</h2>
<p>{SECOND_SECTION}</p>
</article>
<footer><p>Copyright 2021 The Coast Gazette. All rights reserved.</p></footer>
</body></html>"""


@pytest.fixture(scope="module")
def article():
    return read_html(news_page(), source="pier.html")


def test_layout_title_then_paragraphs(article):
    assert article.input_kind == "html"
    assert article.title == "Westmere votes to close its old ferry pier"
    assert article.text.startswith(article.title + "\n\n")
    assert "\n\n".join(PARAGRAPHS) in article.body
    assert article.body.rstrip().endswith(SECOND_SECTION)


def test_regions_point_into_text(article):
    kinds = {r.kind for r in article.regions}
    assert {"title", "body", "heading", "caption"} <= kinds
    for region in article.regions:
        assert article.text[region.start : region.end].strip()
    title = article.regions_of("title")[0]
    assert article.text[title.start : title.end] == article.title
    start, end = article.body_span
    for region in article.regions_of("body", "heading"):
        assert start <= region.start and region.end <= end
    for region in article.regions_of("caption"):
        assert region.start >= end  # captions sit after the body


def test_metadata_from_page(article):
    assert article.authors == ["Anna Berg", "Tom Reyes"]
    assert article.published == date(2021, 3, 16)
    assert article.published_source == "page"
    assert article.url == "https://gazette.example/2021/03/16/westmere-pier"
    assert article.section_headings == ["What happens next"]


def test_caption_credit_and_byline_kept_out_of_body(article):
    assert article.captions == ["Fishing boats moored at the old pier in Westmere."]
    assert article.image_credits == ["Lena Haas/Coast Agency"]
    body = article.body
    assert "Fishing boats moored" not in body
    assert "Lena Haas" not in body
    assert "By Anna Berg" not in body
    assert "All rights reserved" not in body
    assert "Home" not in body.split()


def test_given_url_wins_and_language_kept():
    a = read_html(news_page(), url="https://other.example/x", language="en")
    assert a.url == "https://other.example/x"
    assert a.language == "en"


def test_date_and_author_from_json_ld():
    ld = """<script type="application/ld+json">{"@context": "https://schema.org",
      "@graph": [{"@type": "NewsArticle", "headline": "Pier vote", "datePublished": "2020-07-02",
      "author": [{"@type": "Person", "name": "Ines Vidal"}]}]}</script>"""
    page = news_page(extra_head=ld).replace('<meta name="author" content="Anna Berg and Tom Reyes">', "")
    page = page.replace('content="2021-03-16T09:30:00+00:00"', 'content=""')
    a = read_html(page)
    assert a.published == date(2020, 7, 2)
    assert a.authors == ["Ines Vidal"]


def test_cp1252_bytes_read_right():
    page = news_page(charset="windows-1252").replace("Council chair", "Caf\u00e9 owner \u2018Zo\u00eb\u2019 and the chair")
    a = read_html(page.encode("cp1252"))
    assert "Caf\u00e9 owner \u2018Zo\u00eb\u2019" in a.body


def test_cp1252_bytes_without_declaration():
    page = news_page(charset="").replace('<meta charset="">', "").replace("Council chair", "The na\u00efve caf\u00e9 chair")
    a = read_html(page.encode("cp1252"))
    assert "na\u00efve caf\u00e9" in a.body


def test_latin1_label_read_as_cp1252():
    page = news_page(charset="iso-8859-1").replace("Council chair", "\u201cOur\u201d chair")
    a = read_html(page.encode("cp1252"))
    assert "\u201cOur\u201d chair" in a.body


def test_utf8_with_bom():
    page = news_page().replace("Council chair", "Bürgermeisterin Jürgens, the chair")
    a = read_html(b"\xef\xbb\xbf" + page.encode("utf-8"))
    assert "Bürgermeisterin Jürgens" in a.body
    assert not a.text.startswith("\ufeff")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le"])  # with its BOM, and without
def test_utf16_page_is_read_as_a_page(encoding):
    page = news_page(charset="utf-16").replace("Council chair", "Bürgermeisterin")
    (article,) = read_bytes(page.encode(encoding), "page.html")
    assert article.input_kind == "html"  # (its tags are not body text)
    assert "Bürgermeisterin" in article.body and "<p>" not in article.body


def test_mojibake_in_a_page_is_put_right():
    page = news_page().replace("Council chair", "Bürgermeisterin")
    garbled = page.encode("utf-8").decode("cp1252")  # (UTF-8 once read as Windows-1252)
    assert "Bürgermeisterin" in read_html(garbled.encode("utf-8")).body


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        ("   \n\t ", "empty"),
        (bytes(range(256)) * 40, "binary"),
        ("Just some words with no markup at all, nothing else.", "not HTML"),
        ("<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article text"),
    ],
)
def test_bad_input_is_a_document_error(data, reason):
    with pytest.raises(DocumentError) as caught:
        read_html(data, source="bad")
    assert reason in caught.value.reason
    assert caught.value.source == "bad"


def test_deep_nesting_refused_quickly():
    depth = 10_000
    page = "<html><body>" + "<div>" * depth + "<p>" + PARAGRAPHS[0] + "</p>" + "</div>" * depth + "</body></html>"
    started = time.perf_counter()
    with pytest.raises(DocumentError, match="nested"):
        read_html(page)
    assert time.perf_counter() - started < 2.0


def test_broken_markup_still_read():
    page = (
        "<html><head><title>Pier vote</title><body><div><p>" + PARAGRAPHS[0]
        + "<p>" + PARAGRAPHS[1] + "<div><b>" + PARAGRAPHS[2] + "</i></span><p>" + PARAGRAPHS[3]
    )
    a = read_html(page)
    assert "harbour council of Westmere" in a.body
    assert "four million euros" in a.body


def test_html_nesting_limit_is_a_setting(tmp_path):
    from newsgraph.ingest import iter_articles
    from newsgraph.settings import Settings

    page = "<html><body>" + "<div>" * 60 + "<p>" + "Deep text of a page. " * 20 + "</p>" + "</div>" * 60 + "</body></html>"
    path = tmp_path / "deep.html"
    path.write_text(page)
    strict = list(iter_articles([path], settings=Settings(max_html_depth=40)))
    assert len(strict) == 1 and "nested more than 40 levels" in str(strict[0])
    relaxed = list(iter_articles([path], settings=Settings(max_html_depth=200)))
    assert relaxed and relaxed[0].__class__.__name__ == "Article"


def test_site_promotions_among_the_paragraphs_are_not_body():
    promos = [
        "Related: Westmere council weighs a second ferry route",
        "You may also like...",
        "Have a tip? Anna Berg may be reached at aberg@gazette.example.",
        "Get the latest updates right in your inbox. Subscribe to The Coast Gazette newsletters.",
        "Follow her on Twitter @annaberg.",
    ]
    paragraphs = [*PARAGRAPHS[:2], promos[0], *PARAGRAPHS[2:], *promos[1:]]
    page = news_page().replace("\n".join(f"<p>{p}</p>" for p in PARAGRAPHS),
                               "\n".join(f"<p>{p}</p>" for p in paragraphs))
    body = read_html(page, source="pier.html").body
    assert "\n\n".join(PARAGRAPHS[:2]) in body and PARAGRAPHS[-1] in body
    for promo in promos:
        assert promo.split("...")[0][:25] not in body


SPLIT_LATER = [
    "After the vote, the harbour master walked the length of the pier with two engineers and "
    "marked the planks that would have to be lifted first when the work begins in the spring.",
    "Several families who have fished from Westmere for generations said they would hold a "
    "meeting next week to decide whether to take the council to the regional court after all.",
    "The council said a temporary landing stage would be built beside the lifeboat station, "
    "though it could not yet say how many boats it would be able to take at once.",
]


def test_body_split_over_containers_around_an_ad_row_is_put_back_together():
    first = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    later = "".join(f"<p>{p}</p>" for p in SPLIT_LATER)
    page = f"""<html><head><title>Westmere closes its ferry pier</title></head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <article><h1>Westmere closes its ferry pier</h1>
    <div class="grid"><div class="body__container article__body">{first}</div>
    <div class="aside"><div class="ad ad--rail"></div></div></div>
    <div class="row full-bleed-ad"><div class="ad"><span>Advertisement</span></div></div>
    <div class="grid"><div class="body__container article__body">{later}</div></div>
    </article>
    <footer><p>Copyright Westmere Gazette. All rights reserved.</p></footer>
    </body></html>"""
    body = read_html(page).body
    assert PARAGRAPHS[0][:40] in body and SPLIT_LATER[-1][:40] in body
    assert body.index(PARAGRAPHS[-1][:40]) < body.index(SPLIT_LATER[0][:40])
    assert body.count(SPLIT_LATER[1][:40]) == 1 and "Copyright" not in body


def test_hover_card_inside_a_sentence_is_not_body_text():
    card = (
        '<span class="rollover-people-block"><span class="rollover-block"><a class="name" href="/p/1">'
        'Maria Elena Okonkwo</a><a href="/news/1">Harbour chair urges calm over pier</a></span></span>'
    )
    first = PARAGRAPHS[1].replace(
        "Council chair Maria Okonkwo",
        f'Council chair <span class="rollover-people"><a href="/p/1">Maria Okonkwo</a>{card}</span>',
    )
    paragraphs = [PARAGRAPHS[0], first, *PARAGRAPHS[2:]]
    page = "<html><head><title>Westmere closes its ferry pier</title></head><body><article>" + "".join(
        f"<p>{p}</p>" for p in paragraphs
    ) + "</article></body></html>"
    body = read_html(page).body
    assert "Council chair Maria Okonkwo said the vote was overdue." in body
    assert "Maria Elena Okonkwo" not in body and "urges calm" not in body


def test_article_set_in_a_layout_table_keeps_its_paragraphs():
    cell = "\n".join(f"<p>\n{p}\n</p>" for p in PARAGRAPHS)
    page = f"""<html><head><title>Westmere closes its ferry pier</title></head><body>
    <table width="100%"><tr><td class="menu"><a href="/">Home</a></td><td>
    <h1 class="headline">Westmere closes its ferry pier</h1>
    {cell}
    </td></tr></table></body></html>"""
    body = read_html(page).body
    # one paragraph each, not one run-on line ('… afterwards.Fishermen who …')
    assert "\n\n".join(PARAGRAPHS[:2]) in body
    assert "Home" not in body  # the layout's menu cell
    data = "<table><tr><td>Pier</td><td>1904</td></tr><tr><td>Repairs</td><td>2022</td></tr></table>"
    page = f"<html><body><article>{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}{data}</article></body></html>"
    assert "Pier | 1904" in read_html(page).body  # a data table's row stays one line


def test_pull_quote_repeating_the_body_is_left_out():
    pull = (
        '<table align="right"><tr><td class="pullquote">“We have patched that pier every winter since 2015,” '
        "Maria Okonkwo said.</td></tr></table>"
    )
    body = "".join(f"<p>{p}</p>" + (pull if i == 1 else "") for i, p in enumerate(PARAGRAPHS))
    page = f"<html><head><title>Westmere closes its ferry pier</title></head><body><article>{body}</article></body></html>"
    text = read_html(page).body
    assert text.count("patched that pier every winter") == 1


def test_line_breaks_inside_a_paragraph_stay_line_breaks():
    listing = "<p>Repair dates:<br>June 9 -- north jetty<br/>June 10 -- \n  ferry ramp</p>"
    page = f"<html><body><article>{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}{listing}</article></body></html>"
    body = read_html(page).body
    assert "Repair dates:\nJune 9 -- north jetty\nJune 10 -- ferry ramp" in body  # not 'jettyJune 10'


def test_author_of_a_story_in_the_related_box_is_not_the_articles():
    related = (
        '<aside class="related"><ul><li class="list-of-entities__item"><h3><a href="/c">Why piers rot</a></h3>'
        '<div class="list-of-entities__item-author-name">Judy Lenz</div></li></ul></aside>'
    )
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    page = f"<html><head><title>Westmere pier</title></head><body><article>{body}</article>{related}</body></html>"
    assert "Judy Lenz" not in read_html(page).authors
    # the byline inside the article header stays, whatever the header's classes say
    header = '<header class="content__header--no-promo"><p class="byline">By Anna Berg</p></header>'
    page = f"<html><head><title>Westmere pier</title></head><body><article>{header}{body}</article></body></html>"
    assert read_html(page).authors == ["Anna Berg"]


def test_probed_misfires_of_this_sessions_ingest_rules_stay_mended():
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    # an article whose class mentions pull quotes, and a paragraph styled like one, are body
    page = f'<html><body><article class="post has-pullquote">{body}</article></body></html>'
    assert PARAGRAPHS[0][:40] in read_html(page).body
    styled = '<p class="pullquote-style dropcap">“We will not back down,” the harbour master said.</p>'
    page = f"<html><body><article>{body}{styled}</article></body></html>"
    assert "We will not back down" in read_html(page).body
    # a line break a page put inside a sentence joins the words
    broken = "<p>“We will not close it, not now and not ever,” Mayor Ann<br>Okafor said after the vote.</p>"
    page = f"<html><body><article>{body}{broken}</article></body></html>"
    assert "Mayor Ann Okafor said" in read_html(page).body
    # a byline in the article's own footer, or under a layout class, is the author
    footer = '<footer class="entry-meta"><span class="byline">By <a rel="author">Jane Whitfield</a></span></footer>'
    page = f"<html><body><article>{body}{footer}</article></body></html>"
    assert read_html(page).authors == ["Jane Whitfield"]
    page = f'<html><body><div class="sidebar-right"><article><div class="byline">By Jane Whitfield</div>{body}</article></div></body></html>'
    assert read_html(page).authors == ["Jane Whitfield"]
    # a co-author named after a weekday
    page = f'<html><body><article><div class="byline">By Jane Whitfield and Sunday Oliseh</div>{body}</article></body></html>'
    assert read_html(page).authors == ["Jane Whitfield", "Sunday Oliseh"]
    # a data table with a paragraph in a cell keeps its row
    data = "<table><tr><td>Ann Okafor</td><td>Yes</td><td><p>Sponsor of the measure</p></td></tr></table>"
    page = f"<html><body><article>{body}{data}</article></body></html>"
    assert "Ann Okafor | Yes | Sponsor of the measure" in read_html(page).body


EMBEDDED_TWEET = (
    '<blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">The pier was the heart '
    'of this town.<br><br>Fix it, don&#39;t close it. <a href="https://t.co/x1">pic.twitter.com/x1</a></p>'
    '&mdash; Lena Haas (@lenahaas) <a href="https://twitter.com/lenahaas/status/1">March 16, 2021</a>'
    "</blockquote>\n"
    '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>'
)


def test_an_embedded_tweet_keeps_its_signature_as_the_next_paragraph():
    # The extractor keeps the tweet's paragraph and drops its loose signature: the words
    # would reach the analysis with no author.
    page = news_page().replace(f"<p>{PARAGRAPHS[2]}</p>", f"<p>{PARAGRAPHS[2]}</p>\n{EMBEDDED_TWEET}")
    body = read_html(page, source="pier.html").body
    assert (
        "The pier was the heart of this town. Fix it, don't close it. pic.twitter.com/x1\n\n"
        "— Lena Haas (@lenahaas) March 16, 2021\n\n" + PARAGRAPHS[3]
    ) in body


def test_text_loose_between_paragraphs_is_a_paragraph():
    """'</p>“It is a slow market,” he said.<p>': some sites set a paragraph as bare text between
    two others; it is part of the body, a paragraph of its own."""
    loose = '"The pier will hold for one more winter at most," Okonkwo said afterwards on the quay.'
    page = news_page().replace(f"<p>{PARAGRAPHS[2]}</p>", f"{loose}\n<p>{PARAGRAPHS[2]}</p>")
    article = read_html(page, source="pier.html")
    assert loose in article.body
    assert f"{loose}\n\n{PARAGRAPHS[2]}" in article.body


def test_an_embedded_tweet_in_a_widget_box_is_kept():
    # The extractor drops a 'widget' box whole; the post is lifted out of the boxes that hold
    # nothing else.
    boxed = f'<div class="article-widget article-tweet"><div class="tweet__inner">{EMBEDDED_TWEET}</div></div>'
    page = news_page().replace(f"<p>{PARAGRAPHS[2]}</p>", f"<p>{PARAGRAPHS[2]}</p>\n{boxed}")
    body = read_html(page, source="pier.html").body
    assert "Fix it, don't close it." in body
    assert "— Lena Haas (@lenahaas) March 16, 2021" in body


def test_a_sentence_precision_dropped_for_its_link_is_put_back_in_place():
    # Paragraphs set one to a card (a layout some news sites use): trafilatura's precise run drops
    # the card that is a short sentence with a link; between two paragraphs it kept, the default
    # run's sentence is the article's and goes back in its place.
    linked = (
        'The finding was announced in a paper published Monday in the '
        '<a href="https://journal.example/articles/123" target="_blank">journal Coastal Works</a>.'
    )

    def card(html: str) -> str:
        return f'<div class="card"><div class="card-content"><p>{html}</p></div></div>'

    page = news_page()
    for paragraph in PARAGRAPHS:
        page = page.replace(f"<p>{paragraph}</p>", card(paragraph))
    page = page.replace(card(PARAGRAPHS[2]), card(linked) + "\n" + card(PARAGRAPHS[2]))
    text = read_html(page, source="pier.html").text
    study = text.index("The finding was announced in a paper published Monday")
    assert text.index(PARAGRAPHS[1][:40]) < study < text.index(PARAGRAPHS[2][:40])


def test_furniture_words_and_the_writers_address_below_the_body_are_dropped():
    # 'Comments' (a heading and a line), the writer's e-mail and social address signed off below
    # the article: no sentence of it. A longer line opening like furniture stays ('Sign up for …').
    tail = (
        "<p>Sign up for a ferry pass at the harbour office for twelve euros a month.</p>\n"
        "<p>anna.berg@gazette.example</p>\n<p>twitter.com/annaberg</p>\n<h3>Comments</h3>\n<p>comments</p>\n"
    )
    page = news_page().replace("</article>", tail + "</article>")
    article = read_html(page, source="pier.html")
    assert "Sign up for a ferry pass" in article.text
    for furniture in ("anna.berg@gazette.example", "twitter.com/annaberg", "omments"):
        assert furniture not in article.text
    assert "Comments" not in article.section_headings


def test_a_time_and_date_then_by_the_author_is_a_byline():
    # '9:30 AM GMT 3/16/2021 by Anna Berg and Tom Reyes': the page's author after a time stamp.
    page = news_page(byline="9:30 AM GMT 3/16/2021 by Anna Berg and Tom Reyes").replace('<p class="byline">', "<p>")
    article = read_html(page, source="pier.html")
    assert "9:30 AM" not in article.text
    assert article.text.split("\n\n")[1].startswith(PARAGRAPHS[0][:30])

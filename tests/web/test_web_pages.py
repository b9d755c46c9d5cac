"""The web pages as HTML (TestClient): the same queries as the API, escaped, with HTML errors."""

from __future__ import annotations

import re

import pytest
from newsroom import HOSTILE_ORG, budget, harbour, hostile


def html(response) -> str:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    return response.text


def test_web_home_lists_articles_and_people(pages):
    page = html(pages.get("/"))
    assert '<meta name="viewport"' in page and "/static/style.css" in page
    assert f'href="/articles/{budget().id}"' in page
    assert "Lena Okafor" in page


def test_web_article_colours_quotes_by_speaker(pages):
    page = html(pages.get(f"/articles/{harbour().id}"))
    classes = re.findall(r'<span class="q (s\w+)"', page)
    assert classes == ["s0", "s0", "s1"]  # Okafor twice, then Reyes
    assert 'title="Speaker: Lena Okafor\nWritten as: she\nCue: added\nTo: reporters' in page
    assert re.search(r'<a class="ent t-GPE" href="/entities/\w+" title="Riverton \(GPE\)">Riverton</a>', page)


def test_web_hostile_article_is_escaped(pages):
    page = html(pages.get(f"/articles/{hostile().id}"))
    assert "<script" not in page and "<img" not in page and "<svg onload" not in page
    assert "&lt;script&gt;window.__pwned=1" in page
    assert 'href="javascript:' not in page  # the article's own URL is shown, not linked
    assert "Acme&#34;&gt;&lt;script&gt;" in page
    assert HOSTILE_ORG not in page


def test_web_quote_search_filters_and_keeps_them_in_the_form(pages):
    page = html(pages.get("/quotes", params={"speaker": "Reyes", "until": "2024-05"}))
    assert page.count('class="quote-card"') == 1
    assert "This deal hands the waterfront" in page
    assert 'name="speaker" value="Reyes"' in page and 'name="until" value="2024-05"' in page
    injected = html(pages.get("/quotes", params={"search": '"><script>alert(1)</script>'}))
    assert "<script>alert(1)" not in injected and "&lt;script&gt;alert(1)" in injected


def test_web_pager_keeps_filters(pages):
    page = html(pages.get("/quotes", params={"about": "Riverton", "limit": 1}))
    assert 'href="/quotes?about=Riverton&amp;limit=1&amp;offset=1" rel="next"' in page


def test_web_invalid_filter_is_an_html_error(pages):
    response = pages.get("/quotes", params={"since": "2024-13-01"})
    assert response.status_code == 422
    assert "text/html" in response.headers["content-type"]
    assert "a date is YYYY, YYYY-MM or YYYY-MM-DD" in response.text


def test_web_unknown_entity_is_an_html_404(pages):
    response = pages.get("/entities/Nobody%20Atall")
    assert response.status_code == 404 and "no entity named" in response.text


def test_web_entity_page(pages):
    page = html(pages.get("/entities/Okafor"))
    assert "<h1>Lena Okafor" in page
    assert "Reyes knows the numbers add up" in page
    assert "/quotes?about=Lena%20Okafor" in page


@pytest.mark.parametrize(("path", "needle"), [
    ("/timeline", "approve"), ("/timeline?entity=Reyes&quotes=true", "criticize"),
    ("/entities?type=ORG", "Halvard Shipping"), ("/articles", "Harbour plan approved"),
])
def test_web_list_pages(pages, path, needle):
    assert needle in html(pages.get(path))


def test_web_graph_is_inline_svg(pages):
    page = html(pages.get("/graph"))
    assert page.count("<circle ") == 5  # Okafor, Reyes, Riverton, Port Authority, Halvard Shipping
    assert "<title>Tomas Reyes → Halvard Shipping: 1 quotation</title>" in page
    assert "<script" not in page


def test_web_timeline_filters_by_event_type(pages):
    page = html(pages.get("/timeline?type=meet"))
    assert "Nothing in this time." in page and "<option selected>meet</option>" in page
    assert "approve" not in page.split("<ol")[1]  # (the stored events are of other types)
    wrong = pages.get("/timeline?type=mett")
    assert wrong.status_code == 422 and "unknown event type" in wrong.text

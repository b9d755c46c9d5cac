"""End to end in headless Chromium against uvicorn on 127.0.0.1: highlighting and hover text,
search filters, an article full of script payloads that stays inert, a phone-sized screen.

Each test saves a screenshot to docs/screenshots/ (skipped quietly where that is read-only).
Needs /usr/bin/chromium (scripts/install-browser.sh); skipped without it.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest
from newsroom import harbour, hostile

pytestmark = pytest.mark.skipif(
    not Path("/usr/bin/chromium").exists(),
    reason="no /usr/bin/chromium: run scripts/install-browser.sh (Debian's chromium package)",
)

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
LAPTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def page(browser, server):
    """A fresh page that records dialogs and page errors; base URL in ``page.base``."""
    context = browser.new_context(viewport=LAPTOP)
    p = context.new_page()
    p.dialogs, p.errors = [], []
    p.on("dialog", lambda d: (p.dialogs.append(d.message), d.dismiss()))
    p.on("pageerror", lambda e: p.errors.append(str(e)))
    p.base = server
    yield p
    context.close()


def shoot(page, name: str, *, full_page: bool = True) -> None:
    """Save a screenshot for the docs; a read-only checkout must not fail the test."""
    png = page.screenshot(full_page=full_page)
    try:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        (SCREENSHOTS / f"{name}.png").write_bytes(png)
    except OSError:
        pass


def test_browser_article_highlights_quotes_with_hover_text(page):
    page.goto(f"{page.base}/articles/{harbour().id}")
    quotes = page.locator(".text .q")
    assert quotes.count() == 3
    assert [quotes.nth(i).get_attribute("class") for i in range(3)] == ["q s0", "q s0", "q s1"]
    okafor, reyes = (quotes.nth(i).evaluate("e => getComputedStyle(e).backgroundColor") for i in (0, 2))
    assert okafor != reyes and "rgba(0, 0, 0, 0)" not in (okafor, reyes)  # the stylesheet loaded and applies
    quotes.nth(1).hover()
    hover = quotes.nth(1).get_attribute("title")
    assert hover.splitlines() == ["Speaker: Lena Okafor", "Written as: she", "Cue: added", "To: reporters",
                                  "Kind: direct"]
    assert page.locator(".text a.ent").count() >= 6
    assert page.locator(".legend li").all_inner_texts() == ["Lena Okafor 2", "Tomas Reyes 1"]
    shoot(page, "article")
    page.locator(".text a.ent", has_text="Halvard Shipping").click()
    page.wait_for_url("**/entities/*")
    assert page.locator("h1").inner_text().startswith("Halvard Shipping")
    assert page.errors == []


def test_browser_entity_page(page):
    page.goto(f"{page.base}/entities/{quote('Tomas Reyes')}")
    assert page.locator("h1").inner_text().startswith("Tomas Reyes")
    assert page.locator(".quote-card").count() == 2
    assert "criticize" in page.locator(".timeline").inner_text()
    shoot(page, "entity")


def test_browser_quote_search_filters(page):
    page.goto(f"{page.base}/quotes")
    assert page.locator(".quote-card").count() == 6
    page.fill("form.filters input[name=speaker]", "Reyes")
    page.click("form.filters button")
    page.wait_for_url("**/quotes?speaker=Reyes*")
    assert page.locator(".quote-card").count() == 2
    page.fill("form.filters input[name=until]", "2024-05")
    page.click("form.filters button")
    page.wait_for_url("**until=2024-05*")
    assert page.locator(".quote-card blockquote").all_inner_texts() == [
        "This deal hands the waterfront to Halvard Shipping,"]
    page.fill("form.filters input[name=speaker]", "")
    page.fill("form.filters input[name=until]", "")
    page.fill("form.filters input[name=about]", "Riverton")
    page.fill("form.filters input[name=search]", "jobs")
    page.click("form.filters button")
    page.wait_for_url("**about=Riverton*")
    assert page.locator(".quote-card blockquote").all_inner_texts() == ["bring a thousand jobs to Riverton"]
    page.fill("form.filters input[name=search]", "")
    page.click("form.filters button")
    page.wait_for_url("**search=&*")
    assert page.locator(".quote-card").count() == 2  # both speakers on Riverton
    shoot(page, "search")
    page.fill("form.filters input[name=since]", "not a date")
    page.click("form.filters button")
    assert "a date is YYYY, YYYY-MM or YYYY-MM-DD" in page.locator(".error").inner_text()


def test_browser_hostile_article_stays_inert(page):
    page.goto(f"{page.base}/articles/{hostile().id}")
    page.wait_for_load_state("load")
    text = page.locator(".text")
    text.locator(".q").hover()
    text.get_by_text("Acme", exact=False).first.click()  # an entity link: goes to its page, runs nothing
    page.go_back()
    page.wait_for_load_state("load")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.dialogs == []
    assert page.evaluate("document.scripts.length") == 0
    assert page.evaluate("document.images.length") == 0
    assert page.locator('[href^="javascript:"], [onerror], [onload]').count() == 0
    assert "<script>window.__pwned=1;alert(1)</script>" in page.locator(".text").inner_text()
    assert page.locator("h1").inner_text().startswith("<script>")
    assert page.errors == []


def test_browser_timeline(page):
    page.goto(f"{page.base}/timeline?entity=Okafor&quotes=true")
    events = page.locator(".timeline .event")
    assert events.count() >= 3  # two events and her quotations
    assert "approve" in events.first.inner_text()
    shoot(page, "timeline")


def test_browser_graph(page):
    page.goto(f"{page.base}/graph")
    assert page.locator("svg circle").count() == 5
    assert page.locator("svg line").count() == 5
    box = page.locator("svg").bounding_box()
    assert box and box["width"] > 600
    shoot(page, "graph")
    page.locator("svg a", has_text="Port Authority").click()
    page.wait_for_url("**/entities/*")
    assert page.locator("h1").inner_text().startswith("Port Authority")


def test_browser_phone_screen_has_no_sideways_scroll(browser, server):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, device_scale_factor=2)
    page = context.new_page()
    for path in (f"/articles/{harbour().id}", "/quotes", "/timeline", "/graph", "/entities"):
        page.goto(server + path)
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), path
    page.goto(f"{server}/articles/{harbour().id}")
    shoot(page, "article-phone", full_page=False)
    context.close()

"""URL and feed ingestion against a loopback HTTP server: pages, robots.txt, RSS, Atom, watch."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import httpx
import pytest
from typer.testing import CliRunner

from newsgraph.errors import DocumentError
from newsgraph.ingest import iter_articles
from newsgraph.ingest.url import USER_AGENT, fetch_articles, is_feed, make_client
from newsgraph.model import Article
from newsgraph.settings import Settings


def _page(title: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!doctype html><html><head><title>{title}</title></head><body><article>"
            f"<h1>{title}</h1>{body}</article></body></html>").encode()


HARBOUR = _page("Harbour bridge reopens", [
    "The Larkin Harbour bridge reopened on Monday after six months of repairs, the city council said.",
    "\u201cThe bridge is safe and ready for traffic,\u201d said Mayor Ellen Ward at the opening ceremony.",
    "Engineers replaced the steel cables and resurfaced the road deck during the closure.",
])
LIBRARY = _page("Library extends opening hours", [
    "The Vardon public library will stay open until nine in the evening from next week.",
    "\u201cPeople asked for more time to study after work,\u201d said librarian Tomas Grieve.",
    "The council approved the extra staff costs at its meeting on Thursday evening.",
])
ROBOTS = b"User-agent: *\nDisallow: /private/\n"


def _rss(base: str) -> bytes:
    return f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Local news</title>
<link>{base}/</link><description>news</description>
<item><title>Harbour bridge reopens</title><link>{base}/news/harbour</link>
<pubDate>Mon, 03 Mar 2025 09:00:00 GMT</pubDate></item>
<item><title>Library hours</title><link>{base}/news/library</link>
<pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate></item>
<item><title>Secret</title><link>{base}/private/secret</link></item>
</channel></rss>""".encode()


def _atom(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Local news</title><id>urn:feed</id><updated>2025-03-05T00:00:00Z</updated>
<entry><title>Library hours</title><id>urn:1</id><link href="{base}/news/library"/>
<updated>2025-03-05T08:00:00Z</updated></entry>
</feed>""".encode()


class _Handler(BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, tuple[str, bytes]]] = {}
    seen_agents: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.seen_agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/news/harbour")
            self.end_headers()
            return
        if self.path not in self.routes:
            self.send_error(404, "Not Found")
            return
        content_type, data = self.routes[self.path]
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    _Handler.routes = {
        "/robots.txt": ("text/plain", ROBOTS),
        "/news/harbour": ("text/html; charset=utf-8", HARBOUR),
        "/news/library": ("text/html; charset=utf-8", LIBRARY),
        "/private/secret": ("text/html", HARBOUR),
        "/feed.rss": ("application/rss+xml", _rss(base)),
        "/feed.atom": ("application/xml", _atom(base)),
        "/big": ("text/html", HARBOUR * 20),
    }
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()
    server.server_close()
    thread.join(5)


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with make_client(trust_env=False) as c:  # never a proxy, whatever the environment says
        yield c


def _fetch(url: str, client: httpx.Client, **settings: object) -> list[Article | DocumentError]:
    return list(fetch_articles(url, settings=Settings(**settings), client=client))


def test_article_url_is_fetched_read_and_analysed(site, client, analyzer):
    [article] = _fetch(f"{site}/news/harbour", client)
    assert isinstance(article, Article)
    assert article.url == f"{site}/news/harbour"
    assert article.title == "Harbour bridge reopens"
    assert "steel cables" in article.text
    assert any(agent == USER_AGENT for agent in _Handler.seen_agents)
    record = analyzer.analyze(article)
    assert any("safe and ready" in q.text for q in record.quotes)


def test_redirect_is_followed_and_the_final_url_kept(site, client):
    [article] = _fetch(f"{site}/moved", client)
    assert isinstance(article, Article)
    assert article.url == f"{site}/news/harbour"


def test_disallowed_url_names_robots_txt(site, client):
    [error] = _fetch(f"{site}/private/secret", client)
    assert isinstance(error, DocumentError)
    assert "robots.txt" in error.reason
    assert error.source == f"{site}/private/secret"


def test_missing_page_is_a_clear_error(site, client):
    [error] = _fetch(f"{site}/news/nothing-here", client)
    assert isinstance(error, DocumentError)
    assert error.reason == "HTTP 404 Not Found"


def test_page_over_max_bytes_is_refused(site, client):
    [error] = _fetch(f"{site}/big", client, max_bytes=len(HARBOUR) * 2)
    assert isinstance(error, DocumentError)
    assert "max_bytes" in error.reason


def test_unreachable_host_is_an_error_not_an_exception(client):
    [error] = _fetch("http://127.0.0.1:9/news", client)  # port 9 (discard): nothing listens
    assert isinstance(error, DocumentError)


def test_rss_feed_yields_its_items_and_robots_still_apply(site, client):
    items = _fetch(f"{site}/feed.rss", client)
    articles = [i for i in items if isinstance(i, Article)]
    errors = [i for i in items if isinstance(i, DocumentError)]
    assert [a.url for a in articles] == [f"{site}/news/harbour", f"{site}/news/library"]
    # The pages carry no date: the feed's pubDate fills it in.
    assert [a.published for a in articles] == [date(2025, 3, 3), date(2025, 3, 4)]
    assert len(errors) == 1 and "robots.txt" in errors[0].reason


def test_atom_feed_detected_from_content_when_served_as_plain_xml(site, client):
    [article] = _fetch(f"{site}/feed.atom", client)
    assert isinstance(article, Article)
    assert article.url == f"{site}/news/library"
    assert article.published == date(2025, 3, 5)


def test_is_feed_uses_type_then_content():
    assert is_feed("application/atom+xml", b"")
    assert is_feed("text/xml", b"<?xml version='1.0'?><rss version='2.0'>")
    assert not is_feed("text/html", b"<html><body><feed></body></html>")


def test_iter_articles_takes_urls(site):
    [article] = list(iter_articles([f"{site}/news/library"]))
    assert isinstance(article, Article)
    assert "librarian" in article.text


def test_watch_once_stores_feed_items_then_nothing_new(site, tmp_path, analyzer, monkeypatch):
    import newsgraph.cli.watch as watch_module
    from newsgraph.cli import app
    from newsgraph.store import Store

    monkeypatch.setattr(watch_module, "_analyze_many", lambda settings: analyzer.analyze_many)
    db = str(tmp_path / "watch.db")
    runner = CliRunner()
    first = runner.invoke(app, ["watch", f"{site}/feed.rss", "--once", "--db", db])
    assert first.exit_code == 0, first.output
    assert "stored 2," in first.output
    second = runner.invoke(app, ["watch", f"{site}/feed.rss", "--once", "--db", db])
    assert second.exit_code == 0, second.output
    assert "stored 0, skipped 2" in second.output
    with Store(db) as store:
        assert store.stats().articles == 2


def test_watch_rejects_a_bad_duration(site):
    from newsgraph.cli import app

    result = CliRunner().invoke(app, ["watch", f"{site}/feed.rss", "--every", "soon", "--once"])
    assert result.exit_code == 2
    assert "not a duration" in result.output


@pytest.mark.parametrize(("text", "seconds"), [("30s", 30), ("15m", 900), ("1h", 3600), ("45", 45)])
def test_parse_duration(text, seconds):
    from newsgraph.cli.watch import parse_duration

    assert parse_duration(text) == seconds

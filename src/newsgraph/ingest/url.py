"""Web sources: an article URL, or an RSS/Atom feed whose items are fetched as pages.

Polite by default: a User-Agent that names us, robots.txt obeyed for every page (redirect hops
too), bounded timeouts and the ``max_bytes`` size limit read as the body streams in. Every
problem with one URL becomes a ``DocumentError`` naming it, so a feed with one dead link
still yields the rest.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from newsgraph.errors import DocumentError
from newsgraph.model import Article
from newsgraph.settings import Settings

USER_AGENT = "newsgraph/0.1 (+https://github.com/newsgraph)"
# Connect quickly or give up; a slow server still gets half a minute per read.
TIMEOUT = httpx.Timeout(30.0, connect=10.0)
MAX_REDIRECTS = 10
FEED_CONTENT_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")
XML_CONTENT_TYPES = ("application/xml", "text/xml")
FEED_ROOT_MARKERS = (b"<rss", b"<feed", b"<rdf:rdf")
ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8"


def make_client(*, trust_env: bool = True) -> httpx.Client:
    """The client every fetch uses: our User-Agent, polite timeouts, redirects handled by us.

    ``trust_env`` (proxy variables, NO_PROXY) stays on for real use; tests turn it off.
    """
    return httpx.Client(timeout=TIMEOUT, headers={"User-Agent": USER_AGENT, "Accept": ACCEPT},
                        follow_redirects=False, trust_env=trust_env)


def fetch_articles(
    url: str, *, settings: Settings | None = None, client: httpx.Client | None = None
) -> Iterator[Article | DocumentError]:
    """The article at ``url``, or every item of the feed at ``url``; failures as DocumentErrors."""
    settings = settings or Settings()
    own_client = client is None
    http = client or make_client()
    try:
        yield from _fetch_url(url, settings, _Fetcher(http, settings))
    finally:
        if own_client:
            http.close()


def _fetch_url(url: str, settings: Settings, fetcher: _Fetcher) -> Iterator[Article | DocumentError]:
    try:
        page = fetcher.get(url)
    except DocumentError as exc:
        yield exc
        return
    if is_feed(page.content_type, page.data):
        yield from _feed_articles(url, page.data, settings, fetcher)
    else:
        yield from _page_articles(page, settings)


class _Page:
    def __init__(self, url: str, data: bytes, content_type: str) -> None:
        self.url, self.data, self.content_type = url, data, content_type


class _Fetcher:
    """GETs pages through one client, asking each host's robots.txt (fetched once) first."""

    def __init__(self, client: httpx.Client, settings: Settings) -> None:
        self.client = client
        self.max_bytes = settings.max_bytes
        self.robots: dict[str, RobotFileParser] = {}

    def get(self, url: str) -> _Page:
        for _hop in range(MAX_REDIRECTS + 1):
            self._check_robots(url)
            try:
                with self.client.stream("GET", url, follow_redirects=False) as response:
                    if response.is_redirect and "location" in response.headers:
                        url = urljoin(url, response.headers["location"])
                        continue
                    if response.status_code >= 400:
                        raise DocumentError(url, f"HTTP {response.status_code} {response.reason_phrase}".rstrip())
                    data = self._read_limited(url, response)
                    return _Page(url, data, response.headers.get("content-type", ""))
            except httpx.TimeoutException as exc:
                raise DocumentError(url, f"timed out ({type(exc).__name__})") from exc
            except (httpx.HTTPError, httpx.InvalidURL) as exc:
                raise DocumentError(url, f"cannot fetch: {exc}") from exc
        raise DocumentError(url, f"more than {MAX_REDIRECTS} redirects")

    def _read_limited(self, url: str, response: httpx.Response) -> bytes:
        # Stop as soon as the body passes the limit: a huge page is never held whole.
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise DocumentError(url, f"page has {int(declared):,} bytes, over the limit of "
                                     f"{self.max_bytes:,} (setting max_bytes)")
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                raise DocumentError(url, f"page is over the limit of {self.max_bytes:,} bytes (setting max_bytes)")
            chunks.append(chunk)
        return b"".join(chunks)

    def _check_robots(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise DocumentError(url, "not an http(s) URL")
        site = f"{parts.scheme}://{parts.netloc}"
        if site not in self.robots:
            self.robots[site] = self._load_robots(site)
        if not self.robots[site].can_fetch(USER_AGENT, url):
            raise DocumentError(url, f"disallowed by {site}/robots.txt")

    def _load_robots(self, site: str) -> RobotFileParser:
        """RFC 9309: no robots.txt (4xx) allows all; 401/403, 5xx or no answer disallow all."""
        parser = RobotFileParser(f"{site}/robots.txt")
        try:
            response = self.client.get(f"{site}/robots.txt", follow_redirects=True)
        except httpx.HTTPError:
            parser.disallow_all = True
            return parser
        if response.status_code in (401, 403) or response.status_code >= 500:
            parser.disallow_all = True
        elif response.status_code >= 400:
            parser.allow_all = True
        else:
            parser.parse(response.text[: self.max_bytes].splitlines())
        return parser


def is_feed(content_type: str, data: bytes) -> bool:
    """RSS or Atom, from the content type or, for generic XML, the root element."""
    kind = content_type.split(";", 1)[0].strip().lower()
    if kind in FEED_CONTENT_TYPES:
        return True
    if kind and kind not in XML_CONTENT_TYPES and not kind.startswith("text/plain"):
        return False
    head = data[:2048].lower()
    return any(marker in head for marker in FEED_ROOT_MARKERS)


def _page_articles(page: _Page, settings: Settings) -> Iterator[Article | DocumentError]:
    from newsgraph.ingest import _guard, read_bytes

    for item in _guard(page.url, lambda: read_bytes(page.data, page.url, settings=settings),
                       settings.doc_timeout):
        if isinstance(item, Article):
            item.url = item.url or page.url
        yield item


def _feed_articles(
    url: str, data: bytes, settings: Settings, fetcher: _Fetcher
) -> Iterator[Article | DocumentError]:
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        reason = f"feed has no items ({feed.bozo_exception})" if feed.bozo else "feed has no items"
        yield DocumentError(url, reason)
        return
    for n, entry in enumerate(feed.entries, 1):
        link = entry.get("link")
        if not link:
            yield DocumentError(f"{url}#item{n}", "feed item has no link")
            continue
        try:
            page = fetcher.get(urljoin(url, link))
        except DocumentError as exc:
            yield exc
            continue
        for item in _page_articles(page, settings):
            if isinstance(item, Article):
                _apply_entry_metadata(item, entry)
            yield item


def _apply_entry_metadata(article: Article, entry: dict) -> None:
    """The feed's title and date fill in what the page itself did not say."""
    if not article.title and isinstance(entry.get("title"), str) and entry["title"].strip():
        article.title = entry["title"].strip()
    if article.published is None:
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
        if parsed:
            # The publisher's own feed states the date: as good as the page's metadata.
            article.published, article.published_source = date(*parsed[:3]), "page"

"""What tests/api leaves out: hostile parameter values everywhere, bodies without a length,
page caps on the HTML pages too, and the ingest token's compare on the real request path."""

from __future__ import annotations

import hmac
import sys
import warnings
from pathlib import Path
from urllib.parse import quote

import pytest

from newsgraph.api import create_app, security
from newsgraph.model import Article, PublishedDate, Quote, Record
from newsgraph.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "api"))
from newsroom import newsroom  # the API tests' hand-built store

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

TOKEN = "hardening-token-5678"
# Values that would break a query built by string pasting, or a page that echoes them raw.
HOSTILE = [
    "' OR 1=1 --", "\"; DROP TABLE articles; --", "x') UNION SELECT id, text FROM articles --",
    "%", "_", "*", "\\", "NEAR(a b)", "a AND OR NOT", "\"unbalanced", "<script>alert(1)</script>",
    "\x00", "\u202e\u200b", "🙂" * 50,
]
TEXT_PARAMS = {
    "/api/quotes": ["speaker", "about", "search"],
    "/api/entities": [],
    "/api/timeline": ["entity"],
    "/quotes": ["speaker", "about", "search"],
    "/timeline": ["entity"],
}


class OneQuote:
    def analyze(self, article: Article, *, published=None) -> Record:
        start = article.text.find('"') + 1
        end = article.text.find('"', start)
        quotes = [Quote(article.text[start:end], start, end, "direct")] if 0 < start < end else []
        return Record(article=article, published=PublishedDate(None, None), quotes=quotes)


@pytest.fixture
def store():
    s = Store.memory()
    s.write(newsroom())
    yield s
    s.close()


@pytest.fixture
def client(store):
    return TestClient(create_app(store))


def _stats(client) -> dict:
    response = client.get("/api/stats")
    assert response.status_code == 200
    return response.json()


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_text_parameters_are_data_not_sql(client, value):
    before = _stats(client)
    for path, params in TEXT_PARAMS.items():
        for param in params:
            response = client.get(path, params={param: value})
            assert response.status_code in (200, 404, 422), (path, param, response.status_code)
            if path.startswith("/api") and response.status_code == 200:
                assert response.json()["items"] == [] or value in ("%", "_", "*")
            if not path.startswith("/api"):  # JSON may carry it as data; a page must escape it
                assert "<script>alert(1)</script>" not in response.text
    for path in ("/api/entities/", "/api/articles/", "/entities/", "/articles/"):
        assert client.get(path + quote(value, safe="")).status_code in (404, 422, 400)
    assert _stats(client) == before, "nothing changed in the store"


@pytest.mark.parametrize("path", ["/quotes", "/articles", "/entities", "/api/articles", "/api/errors"])
def test_every_list_caps_its_page(client, path):
    assert client.get(path, params={"limit": 100_000}).status_code == 422
    assert client.get(path, params={"offset": -5}).status_code == 422


def test_body_without_a_length_is_still_limited(store):
    app = create_app(store, ingest_token=TOKEN, analyzer=OneQuote(), max_body=10_000)
    client = TestClient(app)

    def chunks():
        yield b'{"text": "'
        for _ in range(200):
            yield b"word " * 20
        yield b'"}'

    response = client.post("/api/ingest", content=chunks(),
                           headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
    assert response.status_code == 413


def test_token_is_compared_in_constant_time_on_every_request(store, monkeypatch):
    calls = []
    compare = hmac.compare_digest

    def spy(a, b):
        calls.append((a, b))
        return compare(a, b)

    monkeypatch.setattr(security.hmac, "compare_digest", spy)
    client = TestClient(create_app(store, ingest_token=TOKEN, analyzer=OneQuote()))
    for header in ({}, {"Authorization": "Bearer x"}, {"Authorization": f"Bearer {TOKEN[:-1]}"}):
        assert client.post("/api/ingest", json={"text": 'A said "b c d".'}, headers=header).status_code == 401
    assert len(calls) == 3, "the compare runs even when the header is missing"
    ok = client.post("/api/ingest", json={"text": 'Ann Lee said "the pier is open" today.'},
                     headers={"Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 201 and len(calls) == 4


def test_write_routes_do_not_exist_without_a_token(client):
    for method in ("post", "put", "delete", "patch"):
        response = getattr(client, method)("/api/ingest")
        assert response.status_code in (404, 405)
    assert client.delete("/api/articles/x").status_code == 405

"""POST /api/ingest: off without a token, Bearer auth in constant time, bounded bodies, and the
serve command that wires the token and binds loopback."""

from __future__ import annotations

from datetime import date

import pytest
from typer.testing import CliRunner

from newsgraph.api import create_app, security
from newsgraph.model import Article, PublishedDate, Quote, Record
from newsgraph.store import Store

TOKEN = "test-token-1234"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
TEXT = "Port news\n\nHarbour master Ida Berg said \"the cranes are back\" on Monday.\n"


class FakeAnalyzer:
    """Stands in for the spaCy pipeline: every quoted stretch becomes a quote with no speaker."""

    def __init__(self) -> None:
        self.calls = 0

    def analyze(self, article: Article, *, published: date | None = None) -> Record:
        self.calls += 1
        quotes = []
        start = article.text.find('"')
        if start >= 0:
            end = article.text.index('"', start + 1)
            quotes.append(Quote(article.text[start + 1:end], start + 1, end, "direct"))
        return Record(article=article, published=PublishedDate(published, "given" if published else None),
                      quotes=quotes)


@pytest.fixture
def analyzer() -> FakeAnalyzer:
    return FakeAnalyzer()


@pytest.fixture
def writer(make_client, analyzer):
    store = Store.memory()
    yield make_client(create_app(store, ingest_token=TOKEN, analyzer=analyzer, max_body=50_000))
    store.close()


def test_ingest_is_off_without_a_token(client):
    assert client.post("/api/ingest", json={"text": TEXT}, headers=AUTH).status_code == 404


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN},
                                     {"Authorization": f"Basic {TOKEN}"}, {"Authorization": f"Bearer {TOKEN}x"}])
def test_ingest_needs_the_bearer_token(writer, analyzer, headers):
    response = writer.post("/api/ingest", json={"text": TEXT}, headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert analyzer.calls == 0


def test_ingest_compares_the_token_in_constant_time(writer, monkeypatch):
    seen = []

    def spy(a, b):
        seen.append((a, b))
        return a == b

    monkeypatch.setattr(security.hmac, "compare_digest", spy)
    writer.post("/api/ingest", json={"text": TEXT}, headers={"Authorization": "Bearer nope"})
    assert seen == [(b"nope", TOKEN.encode())]


def test_ingest_stores_then_skips_the_same_article(writer):
    body = {"text": TEXT, "url": "https://port.example/cranes", "published": "2024-03-04"}
    first = writer.post("/api/ingest", json=body, headers=AUTH)
    assert first.status_code == 201, first.text
    assert (first.json()["stored"], first.json()["quotes"]) == (1, 1)
    again = writer.post("/api/ingest", json=body, headers=AUTH)
    assert (again.status_code, again.json()["skipped"]) == (200, 1)
    [quote] = writer.get("/api/quotes").json()["items"]
    assert quote["text"] == "the cranes are back"
    assert quote["sources"][0]["url"] == "https://port.example/cranes"
    record = writer.get(f"/api/articles/{first.json()['id']}").json()["record"]
    assert record["published"] == "2024-03-04"


def test_ingest_reads_html(writer):
    page = ("<html><head><title>Cranes return</title></head><body><article><h1>Cranes return</h1>"
            + "<p>Harbour master Ida Berg said \"the cranes are back\" at the port on Monday morning.</p>" * 3
            + "</article></body></html>")
    response = writer.post("/api/ingest", json={"html": page}, headers=AUTH)
    assert response.status_code == 201, response.text


@pytest.mark.parametrize("body", [
    {}, {"text": TEXT, "html": "<p>x</p>"}, {"text": TEXT, "url": "javascript:alert(1)"},
    {"text": TEXT, "published": "yesterday"}, {"text": "   "},
])
def test_ingest_rejects_bad_requests(writer, body):
    assert writer.post("/api/ingest", json=body, headers=AUTH).status_code == 422


def test_ingest_refuses_large_bodies(writer, analyzer):
    response = writer.post("/api/ingest", json={"text": "word " * 20_000}, headers=AUTH)
    assert response.status_code == 413
    assert analyzer.calls == 0


def test_ingest_is_in_the_schema_when_on(writer):
    assert "/api/ingest" in writer.get("/openapi.json").json()["paths"]


@pytest.mark.slow
def test_ingest_with_the_real_pipeline(make_client, nlp):
    from newsgraph.pipeline import Analyzer

    store = Store.memory()
    client = make_client(create_app(store, ingest_token=TOKEN, analyzer=Analyzer(nlp=nlp)))
    text = ("Harbour reopens\n\nThe harbour master, Ida Berg, said on Monday that \"the cranes are back "
            "and the ships will follow\". Mayor Lena Okafor welcomed the news.\n")
    response = client.post("/api/ingest", json={"text": text, "published": "2024-03-04"}, headers=AUTH)
    assert response.status_code == 201, response.text
    assert response.json()["quotes"] >= 1
    quotes = client.get("/api/quotes").json()["items"]
    assert any("the cranes are back" in q["text"] for q in quotes)
    store.close()


# --- the serve command ------------------------------------------------------------------------

@pytest.fixture
def served(monkeypatch):
    """Run `newsgraph serve` with uvicorn.run replaced: what would it have served, and where?"""
    import uvicorn

    calls = {}

    def fake_run(app, **kwargs):
        calls.update(kwargs, app=app)

    monkeypatch.setattr(uvicorn, "run", fake_run)
    return calls


def test_serve_binds_loopback_and_is_read_only_by_default(served, tmp_path, monkeypatch):
    from newsgraph.cli import app

    monkeypatch.delenv("NEWSGRAPH_INGEST_TOKEN", raising=False)
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "s.db"), "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert (served["host"], served["port"]) == ("127.0.0.1", 8123)
    assert "/api/ingest" not in served["app"].openapi()["paths"]


def test_serve_takes_the_token_from_the_environment(served, tmp_path, monkeypatch):
    from newsgraph.cli import app

    monkeypatch.setenv("NEWSGRAPH_INGEST_TOKEN", TOKEN)
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "s.db"), "--host", "0.0.0.0"])
    assert result.exit_code == 0, result.output
    assert "/api/ingest" in served["app"].openapi()["paths"]
    assert "anyone who can reach" in result.output

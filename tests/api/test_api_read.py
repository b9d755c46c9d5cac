"""The read API: the CLI's queries over HTTP, with paging, validation and JSON errors."""

from __future__ import annotations

import pytest
from newsroom import budget, harbour, hostile

from newsgraph.api import create_app
from newsgraph.store import QueryTimeout


def items(response) -> list[dict]:
    assert response.status_code == 200, response.text
    return response.json()["items"]


def test_api_quotes_by_speaker_in_any_spelling(client):
    quotes = items(client.get("/api/quotes", params={"speaker": "Okafor"}))
    assert quotes[0]["text"] == "Reyes knows the numbers add up"  # newest first
    assert {q["text"] for q in quotes[1:]} == {"bring a thousand jobs to Riverton",
                                               "The Port Authority has waited long enough."}
    assert all(q["speaker"] == "Lena Okafor" for q in quotes)
    source = quotes[0]["sources"][0]
    assert source["url"] == "https://news.example/budget" and source["cue"] == "replied"


def test_api_quotes_filters(client):
    about = items(client.get("/api/quotes", params={"about": "Riverton"}))
    assert {q["speaker"] for q in about} == {"Lena Okafor", "Tomas Reyes"}
    words = items(client.get("/api/quotes", params={"search": "waterfront"}))
    assert [q["speaker"] for q in words] == ["Tomas Reyes"]
    june = items(client.get("/api/quotes", params={"since": "2024-06", "until": "2024-06-30"}))
    assert {q["first_date"] for q in june} == {"2024-06-10"}
    both = items(client.get("/api/quotes", params={"speaker": "Reyes", "about": "Riverton", "until": "2024-05"}))
    assert both == []


def test_api_blank_filters_mean_no_filter(client):
    assert len(items(client.get("/api/quotes?speaker=&about=&search=&since=&until="))) == 6


def test_api_quotes_paging(client):
    first = client.get("/api/quotes", params={"limit": 4}).json()
    second = client.get("/api/quotes", params={"limit": 4, "offset": 4}).json()
    assert (len(first["items"]), first["more"]) == (4, True)
    assert (len(second["items"]), second["more"]) == (2, False)
    ids = [q["id"] for q in first["items"] + second["items"]]
    assert len(set(ids)) == 6


@pytest.mark.parametrize("query", [
    "limit=201", "limit=0", "offset=-1", "offset=100001", "since=2024-13", "since=May", "until=2024-02-30",
    "speaker=" + "x" * 201, "search=" + "w" * 501, "type=PER%20SON",
])
def test_api_rejects_invalid_parameters(client, query):
    path = "/api/entities" if query.startswith("type") else "/api/quotes"
    response = client.get(f"{path}?{query}")
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/json"


def test_api_entities_and_type_filter(client):
    people = items(client.get("/api/entities", params={"type": "person"}))
    assert {e["name"] for e in people} == {"Lena Okafor", "Tomas Reyes", "Mallory Vance"}
    assert people[0]["articles"] == 2


def test_api_entity_profile(client):
    response = client.get("/api/entities/Reyes")
    assert response.status_code == 200
    profile = response.json()
    assert profile["name"] == "Tomas Reyes"
    assert {a["alias"] for a in profile["aliases"]} >= {"Tomas Reyes", "Reyes"}
    assert profile["quote_count"] == 2
    assert "Lena Okafor" in {e["name"] for e in profile["co_mentions"]}
    assert [e["type"] for e in profile["events"]] == ["criticize"]
    assert client.get(f"/api/entities/{profile['id']}").json()["name"] == "Tomas Reyes"  # by id too


def test_api_unknown_entity_is_404_json(client):
    response = client.get("/api/entities/Nobody%20Atall")
    assert response.status_code == 404
    assert "no entity named" in response.json()["detail"]


def test_api_timeline(client):
    all_items = items(client.get("/api/timeline"))
    assert [(i["type"], i["time"]) for i in all_items] == [("approve", "2024-04-30"), ("criticize", "2024-06-09")]
    assert [i["type"] for i in items(client.get("/api/timeline", params={"since": "2024-06"}))] == ["criticize"]
    okafor = items(client.get("/api/timeline", params={"entity": "Okafor"}))  # actor, then target
    assert [i["type"] for i in okafor] == ["approve", "criticize"]
    assert [i["type"] for i in items(client.get("/api/timeline", params={"entity": "Reyes"}))] == ["criticize"]
    with_quotes = items(client.get("/api/timeline", params={"entity": "Reyes", "quotes": "true"}))
    assert {i["kind"] for i in with_quotes} == {"event", "quote"}
    second = client.get("/api/timeline", params={"limit": 1, "offset": 1}).json()
    assert ([i["type"] for i in second["items"]], second["more"]) == (["criticize"], False)
    assert client.get("/api/timeline", params={"entity": "Nobody Atall"}).status_code == 404
    assert items(client.get("/api/timeline", params={"type": "meet,call"})) == []  # (no meeting stored)
    unknown = client.get("/api/timeline", params={"type": "mett"})
    assert unknown.status_code == 422 and "unknown event type 'mett'" in unknown.text


def test_api_timeline_pages_events_and_quotes_with_offset(client):
    params = {"entity": "Reyes", "quotes": "true"}
    whole = items(client.get("/api/timeline", params=params))
    assert [(i["kind"], i["time"]) for i in whole] == [
        ("quote", "2024-05-02"), ("event", "2024-06-09"), ("quote", "2024-06-10")]
    pages = [client.get("/api/timeline", params={**params, "limit": 2, "offset": offset}).json()
             for offset in (0, 2)]
    assert [(len(p["items"]), p["more"], p["offset"]) for p in pages] == [(2, True, 0), (1, False, 2)]
    assert [i["id"] for p in pages for i in p["items"]] == [i["id"] for i in whole]
    assert pages[0]["items"][1]["sources"][0]["url"] == "https://news.example/budget"
    deep = client.get("/api/timeline", params={"offset": 5000})  # the store pages: no cap below other lists'
    assert (deep.status_code, deep.json()["items"]) == (200, [])
    assert client.get("/api/timeline", params={"offset": 100_001}).status_code == 422


def test_api_stats_and_errors(client, store):
    assert client.get("/api/stats").json() == {
        "articles": 3, "quotes": 6, "quote_sources": 6, "speakers": 3, "entities": 7, "events": 2, "errors": 0,
    }
    store.write_error("feed/bad.html", "no article text found")
    errors = items(client.get("/api/errors"))
    assert [(e["source"], e["reason"]) for e in errors] == [("feed/bad.html", "no article text found")]


def test_api_article_is_the_record_with_store_links(client):
    record = harbour()
    listed = items(client.get("/api/articles"))
    assert [a["id"] for a in listed] == [hostile().id, budget().id, record.id]  # latest published first
    assert listed[2]["quotes"] == 3
    view = client.get(f"/api/articles/{record.id}").json()
    assert view["record"]["text"] == record.article.text
    assert [q["span"] for q in view["record"]["quotes"]] == [[q.start, q.end] for q in record.quotes]
    assert {m["name"] for m in view["mentions"]} >= {"Lena Okafor", "Riverton", "Port Authority"}
    assert [q["speaker"] for q in view["quotes"]] == ["Lena Okafor", "Lena Okafor", "Tomas Reyes"]
    assert all(q["speaker_id"] for q in view["quotes"])


def test_api_article_unknown_or_malformed_id(client):
    assert client.get("/api/articles/0000000000000000").status_code == 404
    assert client.get("/api/articles/a%20b;drop").status_code == 422


def test_api_speaker_graph(client):
    edges = client.get("/api/graph").json()
    pairs = {(e["speaker"], e["about"]) for e in edges}
    assert ("Tomas Reyes", "Halvard Shipping") in pairs
    assert ("Lena Okafor", "Tomas Reyes") in pairs
    assert all(e["speaker"] != e["about"] for e in edges)
    assert len(client.get("/api/graph", params={"limit": 2}).json()) == 2


def test_api_openapi_schema_and_no_cdn_docs(client):
    schema = client.get("/openapi.json").json()
    assert {"/api/quotes", "/api/entities", "/api/entities/{name}", "/api/timeline", "/api/stats",
            "/api/articles/{article_id}", "/api/errors"} <= set(schema["paths"])
    assert "/api/ingest" not in schema["paths"]  # read-only app
    assert client.get("/docs").status_code == 404  # Swagger UI would fetch scripts from a CDN


@pytest.mark.parametrize("path", ["/api/stats", "/", "/static/style.css", "/api/nothing", "/nothing"])
def test_api_security_headers_on_every_response(client, path):
    headers = client.get(path).headers
    assert "default-src 'self'" in headers["content-security-policy"]
    assert "unsafe-inline" not in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"


def test_api_read_timeout_is_503(store, make_client, monkeypatch):
    def too_slow(**_):
        raise QueryTimeout("query took longer than 5 s and was stopped")

    monkeypatch.setattr(store, "stats", too_slow)
    response = make_client(create_app(store)).get("/api/stats")
    assert response.status_code == 503
    assert "longer than" in response.json()["detail"]


def test_api_app_gives_store_a_read_time_limit(tmp_path, make_client):
    app = create_app(tmp_path / "new.db", read_timeout=1.5)
    assert app.state.store.read_timeout == 1.5
    assert make_client(app).get("/api/stats").json()["articles"] == 0
    app.state.store.close()

"""queries.article, articles and speaker_graph: what the web pages read, through ``Store``."""

from __future__ import annotations

import pytest

from newsgraph.model import Record
from newsgraph.store import NotFound

MAYA = ("Maya Lind", "PERSON", ["Maya Lind", "Lind"])
OSCAR = ("Oscar Berg", "PERSON", ["Oscar Berg", "Berg"])
NORDVIK = ("Nordvik", "GPE", ["Nordvik"])

FERRY_TEXT = ('Maya Lind said "Nordvik needs the ferry" on Monday. '
              'Oscar Berg answered that "Maya Lind has no plan for Nordvik".')
BRIDGE_TEXT = 'Lind said "Nordvik needs the ferry" again. She added "the bridge can wait".'


def _ferry(build) -> Record:
    return build(FERRY_TEXT, url="https://n/ferry", published="2024-02-01", entities=[MAYA, OSCAR, NORDVIK],
                 quotes=[{"text": "Nordvik needs the ferry", "speaker": "Maya Lind"},
                         {"text": "Maya Lind has no plan for Nordvik", "speaker": "Oscar Berg",
                          "cue": "answered"}])


def _bridge(build) -> Record:
    return build(BRIDGE_TEXT, url="https://n/bridge", published="2024-03-05", entities=[MAYA, NORDVIK],
                 quotes=[{"text": "Nordvik needs the ferry", "speaker": "Lind"},
                         {"text": "the bridge can wait", "speaker": "Maya Lind"}])


def test_article_is_the_record_with_its_store_links(store, build):
    ferry, bridge = _ferry(build), _bridge(build)
    store.write([ferry, bridge])
    view = store.article(bridge.id)
    assert view.record["text"] == BRIDGE_TEXT
    assert Record.from_dict(view.record).quotes == bridge.quotes
    assert [(m.start, m.name, m.type) for m in view.mentions] == [
        (BRIDGE_TEXT.index("Lind"), "Maya Lind", "PERSON"), (BRIDGE_TEXT.index("Nordvik"), "Nordvik", "GPE")]
    [ferry_link, bridge_link] = view.quotes  # in text order
    assert (ferry_link.speaker, ferry_link.source_count) == ("Maya Lind", 2)  # "Lind" resolved, told twice
    assert ferry_link.quote_id == store.article(ferry.id).quotes[0].quote_id
    assert bridge_link.speaker_id == ferry_link.speaker_id
    assert view.to_dict()["quotes"][0]["start"] == BRIDGE_TEXT.index("Nordvik needs")


def test_article_unattributed_quote_keeps_no_speaker(store, build):
    text = 'A sign read "closed for the season".'
    record = build(text, url="https://n/sign", quotes=[{"text": "closed for the season", "speaker": None}])
    store.write([record])
    [link] = store.article(record.id).quotes
    assert (link.speaker_id, link.speaker) == (None, None)


def test_article_unknown_id_is_not_found(store):
    with pytest.raises(NotFound, match="no article with id"):
        store.article("0000000000000000")


def test_articles_latest_published_first_undated_last_and_paged(store, build):
    undated = build("A note without a date.", url="https://n/note", published=None)
    store.write([_ferry(build), undated, _bridge(build)])
    listed = store.articles()
    assert [a.url for a in listed] == ["https://n/bridge", "https://n/ferry", "https://n/note"]
    assert [a.quotes for a in listed] == [2, 2, 0]
    assert (listed[0].published, listed[0].title) == ("2024-03-05", 'Lind said "Nordvik needs the ferry" again')
    assert [a.url for a in store.articles(limit=1, offset=1)] == ["https://n/ferry"]
    assert store.articles(offset=3) == []


def test_speaker_graph_who_speaks_about_whom(store, build):
    store.write([_ferry(build), _bridge(build)])
    edges = [(e.speaker, e.about, e.about_type, e.quotes) for e in store.speaker_graph()]
    assert edges == [  # a quotation told twice counts once; equal counts go by names; nobody speaks of themselves
        ("Maya Lind", "Nordvik", "GPE", 1),
        ("Oscar Berg", "Maya Lind", "PERSON", 1),
        ("Oscar Berg", "Nordvik", "GPE", 1),
    ]
    assert len(store.speaker_graph(limit=1)) == 1
    assert store.speaker_graph(min_quotes=2) == []


def test_speaker_graph_counts_a_capital_for_its_country(store, build):
    text = 'Ana Ruiz said "Beijing must answer" and "China should listen".'
    store.write([build(text, entities=[("Ana Ruiz", "PERSON", []), ("Beijing", "GPE", []), ("China", "GPE", [])],
                       quotes=[{"text": "Beijing must answer", "speaker": "Ana Ruiz"},
                               {"text": "China should listen", "speaker": "Ana Ruiz"}])])
    edges = {e.about: e.quotes for e in store.speaker_graph()}
    assert edges == {"China": 2, "Beijing": 1}
    assert [e.about for e in store.speaker_graph(min_quotes=2)] == ["China"]

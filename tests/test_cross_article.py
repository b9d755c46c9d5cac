"""Across articles, end to end: real analysis of short articles written for this test, then the
store. The same people spelt differently become one entity; two people who share a surname stay
two; the same quotation in two articles is one quote with both sources."""

from __future__ import annotations

from datetime import date

import pytest

from newsgraph.ingest.text import read_text
from newsgraph.store import Store

ARTICLES = {
    "a": (
        "Zelenskyy Urges Allies to Speed Up Air Defence\n\n"
        "Ukrainian President Volodymyr Zelenskyy asked European leaders on Monday to speed up deliveries of air defence systems to Kyiv.\n\n"
        "“Every day of delay costs lives in our cities,” Zelenskyy said at a press conference.\n",
        date(2024, 5, 6),
    ),
    "b": (
        "Zelensky Visits Front-Line Town\n\n"
        "Volodymyr Zelensky travelled to a front-line town in the east on Tuesday, his office said, two days after an appeal to allies.\n\n"
        "“Every day of delay costs lives in our cities,” Zelensky said, repeating his appeal.\n",
        date(2024, 5, 7),
    ),
    "c": (
        "Kiev Hosts Energy Talks\n\n"
        "Officials met in Kiev on Wednesday to discuss repairs to the power grid after a winter of attacks on energy sites.\n\n"
        "Zelenskiy told the delegates that the grid would be rebuilt before the next winter.\n",
        date(2024, 5, 8),
    ),
    "d": (
        "Golfer Wins Playoff\n\n"
        "American golfer Dustin Johnson won a three-hole playoff on Sunday to claim his first title of the season in Texas.\n\n"
        "“I just kept swinging,” Johnson said after the final round.\n",
        date(2024, 5, 5),
    ),
    "e": (
        "Former Prime Minister Publishes Memoir\n\n"
        "Former British Prime Minister Boris Johnson published a memoir on Thursday about his years in Downing Street.\n\n"
        "“I have no regrets about the big decisions,” Johnson said at a book event in London.\n",
        date(2024, 5, 9),
    ),
}


@pytest.fixture(scope="module")
def store(analyzer):
    store = Store.memory()
    records = [
        analyzer.analyze(read_text(text, source=f"{name}.txt"), published=day) for name, (text, day) in ARTICLES.items()
    ]
    store.write(records)
    return store


def _person_ids(store, surname):
    return {e.id for e in store.entities(type="PERSON", limit=500) if e.name.split()[-1].startswith(surname)}


def test_cross_article_spellings_become_one_person(store):
    ids = _person_ids(store, "Zelensk")
    assert len(ids) == 1, [e.name for e in store.entities(type="PERSON", limit=500)]


def test_cross_article_speaker_query_finds_every_spelling(store):
    quotes = store.quotes(speaker="Zelenskiy", limit=50)
    texts = " ".join(q.text for q in quotes)
    assert "Every day of delay costs lives" in texts
    assert "grid would be rebuilt" in texts


def test_cross_article_same_quote_is_one_with_every_source(store):
    quotes = [q for q in store.quotes(search="delay costs lives", limit=50) if "delay costs lives" in q.text]
    assert len(quotes) == 1
    assert quotes[0].source_count == 2


def test_cross_article_two_people_sharing_a_surname_stay_two(store):
    assert len(_person_ids(store, "Johnson")) == 2


def test_cross_article_kiev_and_kyiv_are_one_place(store):
    places = [e for e in store.entities(limit=500) if e.name in ("Kyiv", "Kiev")]
    assert len({e.id for e in places}) == 1, [(e.name, e.id) for e in places]

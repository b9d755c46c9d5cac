"""queries.timeline(): events in time order, one item per event over the articles reporting it."""

from __future__ import annotations

XI = ("Xi Jinping", "PERSON", ["Xi Jinping"])
PUTIN = ("Vladimir Putin", "PERSON", ["Vladimir Putin"])


def _records(build):
    meet = {"type": "meet", "actors": ["Xi Jinping", "Vladimir Putin"], "time": "2023-03-20/2023-03-22",
            "place": "Moscow", "status": "planned"}
    a = build("Xi Jinping will meet Vladimir Putin next week.", url="https://a/1", published="2023-03-17",
              entities=[XI, PUTIN], events=[dict(meet, evidence="will meet Vladimir Putin")])
    b = build("Vladimir Putin hosts Xi Jinping from Monday.", url="https://b/1", published="2023-03-18",
              entities=[XI, PUTIN],
              events=[dict(meet, actors=["Vladimir Putin", "Xi Jinping"], evidence="hosts Xi Jinping"),
                      {"type": "publish", "actors": ["Xi Jinping"], "time": "2023-02",
                       "evidence": "published a plan"}])
    c = build("Vladimir Putin visited Mariupol.", url="https://c/1", published="2023-03-19",
              entities=[PUTIN], events=[{"type": "visit", "actors": ["Vladimir Putin"],
                                         "place": "Mariupol", "evidence": "visited Mariupol"}])
    return [a, b, c]


def test_timeline_merges_same_event_from_several_articles(store, build):
    store.write(_records(build))
    items = store.timeline(entity="Xi Jinping")
    assert [(i.type, i.time) for i in items] == [("publish", "2023-02"), ("meet", "2023-03-20/2023-03-22")]
    meet = items[1]
    assert [s.url for s in meet.sources] == ["https://a/1", "https://b/1"]
    assert sorted(meet.actors) == ["Vladimir Putin", "Xi Jinping"]
    assert meet.place == "Moscow"


def test_timeline_event_without_time_uses_article_date(store, build):
    store.write(_records(build))
    [visit] = [i for i in store.timeline(entity="Putin") if i.type == "visit"]
    assert (visit.time, visit.time_from_article) == ("2023-03-19", True)


def test_timeline_since_until_and_all_entities(store, build):
    store.write(_records(build))
    assert [i.type for i in store.timeline(since="2023-03")] == ["visit", "meet"]
    assert [i.type for i in store.timeline(until="2023-02-28")] == ["publish"]


def test_timeline_with_quotes(store, build):
    records = _records(build)
    records.append(build('Xi Jinping said "Friendship has no limits".', url="https://d/1",
                         published="2023-03-01", entities=[XI],
                         quotes=[{"text": "Friendship has no limits", "speaker": "Xi Jinping"}]))
    store.write(records)
    kinds = [i.kind for i in store.timeline(entity="Xi Jinping", include_quotes=True)]
    assert kinds == ["event", "quote", "event"]

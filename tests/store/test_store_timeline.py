"""queries.timeline(): events in time order, one item per event over the articles reporting it."""

from __future__ import annotations

import json

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


def _diary(build, days: int = 5):
    """Ann Lee meets someone on each of ``days`` days and is quoted on each day between."""
    lee = ("Ann Lee", "PERSON", ["Ann Lee"])
    records = []
    for day in range(1, days + 1):
        text = f'Ann Lee met the board on day {day}. Ann Lee said "Point {day} matters" later.'
        records.append(build(text, url=f"https://diary/{day}", published=f"2023-05-{day + 10:02d}",
                             entities=[lee], events=[{"type": "meet", "actors": ["Ann Lee"],
                                                      "time": f"2023-05-{day:02d}", "evidence": f"met on day {day}"}],
                             quotes=[{"text": f"Point {day} matters", "speaker": "Ann Lee",
                                      "date": f"2023-05-{day:02d}"}]))
    return records


def _pages(store, size: int, **filters) -> list[list]:
    pages, offset = [], 0
    while page := store.timeline(**filters, limit=size, offset=offset):
        pages.append(page)
        offset += size
    return pages


def test_timeline_offset_pages_events_in_time_order(store, build):
    store.write(_diary(build))
    whole = store.timeline()
    assert [i.time for i in whole] == [f"2023-05-{d:02d}" for d in range(1, 6)]
    pages = _pages(store, 2)
    assert [len(p) for p in pages] == [2, 2, 1]
    assert [i.id for p in pages for i in p] == [i.id for i in whole]
    assert [s.url for s in pages[1][0].sources] == ["https://diary/3"]  # paged events keep their sources
    assert store.timeline(offset=5) == []


def test_timeline_offset_pages_the_merge_of_events_and_quotes(store, build):
    store.write(_diary(build))
    whole = store.timeline(entity="Lee", include_quotes=True)
    assert [(i.time, i.kind) for i in whole[:3]] == [("2023-05-01", "event"), ("2023-05-01", "quote"),
                                                      ("2023-05-02", "event")]
    assert len(whole) == 10
    for size in (1, 3, 4):
        pages = _pages(store, size, entity="Lee", include_quotes=True)
        assert [i.id for p in pages for i in p] == [i.id for i in whole], size
    [quote] = store.timeline(entity="Lee", include_quotes=True, limit=1, offset=3)
    assert (quote.kind, quote.text, quote.actors) == ("quote", "Point 2 matters", ["Ann Lee"])
    # the earliest quotations, not the newest, open the timeline however many there are
    assert [i.text for i in store.timeline(entity="Lee", include_quotes=True, limit=2)] == [
        "met on day 1", "Point 1 matters"]


def test_cli_timeline_offset(build, tmp_path):
    from typer.testing import CliRunner

    from newsgraph.cli import app
    from newsgraph.store import Store

    db = str(tmp_path / "ng.db")
    with Store(db) as store:
        store.write(_diary(build))
    result = CliRunner().invoke(app, ["timeline", "--limit", "2", "--offset", "3", "--format", "json", "--db", db])
    assert result.exit_code == 0, result.output
    assert [i["time"] for i in json.loads(result.output)] == ["2023-05-04", "2023-05-05"]


def test_timeline_undated_quotes_come_last_and_date_filters_drop_them(store, build):
    records = _diary(build, days=2)
    records.append(build('Ann Lee said "No date on this one" once.', url="https://diary/undated", published=None,
                         entities=[("Ann Lee", "PERSON", ["Ann Lee"])],
                         quotes=[{"text": "No date on this one", "speaker": "Ann Lee"}]))
    store.write(records)
    whole = store.timeline(entity="Ann Lee", include_quotes=True)
    assert [(i.kind, i.time) for i in whole][-1] == ("quote", None)
    assert [i.id for i in _pages(store, 2, entity="Ann Lee", include_quotes=True)[-1]] == [whole[-1].id]
    dated = store.timeline(entity="Ann Lee", include_quotes=True, since="2023-05-02")
    assert [(i.kind, i.time) for i in dated] == [("event", "2023-05-02"), ("quote", "2023-05-02")]


def test_timeline_keeps_the_event_types_asked_for(store, build):
    store.write(_records(build))  # who met whom, or visited, in March
    assert [i.type for i in store.timeline(types=["meet"])] == ["meet"]
    assert [i.type for i in store.timeline(types=["meet", "visit"], since="2023-03")] == ["visit", "meet"]
    assert [i.type for i in store.timeline(entity="Xi Jinping", types=["publish"], include_quotes=True)] == ["publish"]


def test_cli_timeline_type_filter_and_an_unknown_type(build, tmp_path):
    from typer.testing import CliRunner

    from newsgraph.cli import app
    from newsgraph.store import Store

    db = str(tmp_path / "ng.db")
    with Store(db) as store:
        store.write(_records(build))
    result = CliRunner().invoke(app, ["timeline", "--type", "visit, meet", "--format", "json", "--db", db])
    assert result.exit_code == 0, result.output
    assert [i["type"] for i in json.loads(result.output)] == ["visit", "meet"]
    wrong = CliRunner().invoke(app, ["timeline", "--type", "mett", "--db", db])
    assert wrong.exit_code == 2 and "unknown event type 'mett'" in wrong.output and "meet" in wrong.output

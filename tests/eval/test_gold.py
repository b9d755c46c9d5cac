"""Gold-file scoring (newsgraph.eval.gold): every section of FORMAT.md, on hand-made dicts."""

from __future__ import annotations

import pytest

from newsgraph import eval as ev


def _quote(text: str, speaker: str | None = None, kind: str = "direct", **extra) -> dict:
    return {"text": text, "speaker": speaker, "kind": kind, **extra}



def test_eval_speaker_is_right_by_alias_ignoring_case_and_a_leading_the():
    gold = {"quotes": [
        _quote("first words here", "Kremlin", speaker_aliases=["Moscow"]),
        _quote("second words there", "John Kirby", speaker_aliases=["Kirby"]),
        _quote("third words elsewhere", "Lloyd Austin"),
    ]}
    record = {"quotes": [
        _quote("first words here", "the KREMLIN"),
        _quote("second words there", "kirby"),
        _quote("third words elsewhere", "Austin"),
    ]}
    s = ev.score_quotes(record, gold)
    assert (s["tp"], s["right"]) == (3, 2)
    assert s["speaker_accuracy"] == pytest.approx(2 / 3)
    assert s["e2e_f1"] == pytest.approx(2 / 3)
    assert s["wrong_speaker"][0]["gold"] == "Lloyd Austin"


def test_eval_per_kind_counts_gold_kind_for_matches_and_predicted_kind_for_spurious():
    gold = {"quotes": [
        _quote("alpha beta gamma", "A", kind="direct"),
        _quote("delta epsilon zeta", "A", kind="indirect"),
    ]}
    record = {"quotes": [
        _quote("alpha beta gamma", "A", kind="indirect"),
        _quote("nothing like it at all", "A", kind="mixed"),
    ]}
    by_kind = ev.score_quotes(record, gold)["by_kind"]
    assert by_kind["direct"]["tp"] == 1
    assert by_kind["indirect"]["fn"] == 1 and by_kind["indirect"]["tp"] == 0
    assert by_kind["mixed"]["fp"] == 1


# --- entities, times, events ------------------------------------------------------------------


def test_eval_entities_found_by_compatible_type_and_clustered_in_one_entity():
    gold = {"entities": [
        {"name": "Vladimir Putin", "type": "PERSON", "mentions": ["Vladimir Putin", "Putin"],
         "roles": ["Russian President"]},
        {"name": "China", "type": "GPE", "mentions": ["China", "Beijing"]},
        {"name": "Kremlin", "type": "ORG", "mentions": ["Kremlin"]},
        {"name": "Black Sea", "type": "LOC", "mentions": ["Black Sea"]},
    ]}
    record = {"entities": [
        {"name": "Vladimir Putin", "type": "PERSON",
         "mentions": [{"text": "Putin", "span": [10, 15]}], "roles": ["russian president"]},
        {"name": "China", "type": "GPE", "mentions": ["China"]},  # plain strings accepted
        {"name": "Beijing", "type": "GPE", "mentions": ["Beijing"]},
        {"name": "The Kremlin", "type": "FAC", "mentions": []},  # FAC stands for ORG
        {"name": "Black Sea", "type": "PERSON", "mentions": []},  # incompatible type
    ]}
    s = ev.score_entities(record, gold)
    assert (s["found"], s["clustered"], s["total"]) == (3, 2, 4)
    assert (s["roles_found"], s["roles_total"]) == (1, 1)
    assert s["not_clustered"] == [{"name": "China", "missing_mentions": ["Beijing"]}]
    assert s["missing"] == ["Black Sea (LOC)"]


def test_eval_entity_roles_missing_are_listed():
    gold = {"entities": [{"name": "Ann Lee", "type": "PERSON", "mentions": ["Ann Lee"],
                          "roles": ["mayor", "chef"]}]}
    record = {"entities": [{"name": "Ann Lee", "type": "PERSON", "mentions": [],
                            "roles": ["Mayor"]}]}
    s = ev.score_entities(record, gold)
    assert s["roles_found"] == 1
    assert s["missing_roles"] == [{"name": "Ann Lee", "role": "chef", "predicted": ["Mayor"]}]


def test_eval_times_located_by_text_overlap_either_way_and_right_by_value():
    gold = {"times": [
        {"text": "next week", "value": "2023-W12"},
        {"text": "on Tuesday", "value": "2023-03-14"},
        {"text": "Last month", "value": "2023-02"},
        {"text": "March 16", "value": "2023-03-16"},
    ]}
    record = {"times": [
        {"text": "Next Week", "value": "2023-w12"},
        {"text": "Tuesday", "value": "2023-03-14"},  # inside the gold text
        {"text": "last month's", "value": "2023-01"},  # overlaps, wrong value
        {"text": "yesterday", "value": "2023-03-16"},  # right value, no overlap
    ]}
    s = ev.score_times(record, gold)
    assert (s["right"], s["total"]) == (2, 4)
    assert [w["text"] for w in s["wrong"]] == ["Last month", "March 16"]


def test_eval_events_need_type_a_shared_actor_and_the_same_time_where_both_give_one():
    gold = {"events": [
        {"type": "meet", "actors": ["Xi Jinping", "Vladimir Putin"], "time": "2023-03-20"},
        {"type": "visit", "actors": ["Xi Jinping"], "time": "2023-03-20"},
        {"type": "attack", "actors": ["Russia"], "time": "2023-03-14"},
        {"type": "call", "actors": ["Lloyd Austin"]},
    ]}
    record = {"events": [
        {"type": "meet", "actors": ["Vladimir Putin"]},  # no time: fine
        {"type": "visit", "actors": ["Xi Jinping"], "time": "2023-03-21"},  # time differs
        {"type": "attack", "actors": ["the Russia"], "time": "2023-03-14"},
        {"type": "call", "actors": ["Sergei Shoigu"]},  # no shared actor
        {"type": "protest", "actors": ["Students"]},
    ]}
    s = ev.score_events(record, gold)
    assert (s["found"], s["total"], s["others"]) == (2, 4, 3)
    assert [m["type"] for m in s["missing"]] == ["visit", "call"]


def test_eval_events_are_matched_one_to_one_preferring_the_agreeing_time():
    gold = {"events": [
        {"type": "meet", "actors": ["A"], "time": "2022-02"},
        {"type": "meet", "actors": ["A"], "time": "2023-03"},
    ]}
    record = {"events": [
        {"type": "meet", "actors": ["A"]},
        {"type": "meet", "actors": ["A"], "time": "2022-02"},
    ]}
    s = ev.score_events(record, gold)
    assert (s["found"], s["others"]) == (2, 0)


# --- metadata, published, whole documents -----------------------------------------------------


def test_eval_metadata_checks_fields_body_edges_and_strays():
    gold = {"metadata": {
        "title": "A Title", "authors": ["Ann Lee", "Bo Chan"], "captions": [],
        "body_first_words": "First words", "body_last_words": "the end.",
        "not_in_body": ["Related Topics", "0:00"],
    }}
    record = {
        "metadata": {"title": "a  title", "authors": ["Bo Chan", "Ann Lee"], "captions": ["x"]},
        "body": "First words of the body. Related topics\u00a0here. The END",
    }
    s = ev.score_metadata(record, gold)
    assert (s["right"], s["total"]) == (5, 7)
    assert {w["check"] for w in s["wrong"]} == {"captions", "not_in_body: Related Topics"}


@pytest.mark.parametrize(
    ("predicted", "gold", "right"),
    [
        ("2023-03-17", {"published_range": ["2023-03-16", "2023-03-19"]}, 1),
        ("2023-03-20", {"published_range": ["2023-03-16", "2023-03-19"]}, 0),
        ("2023-03-17T10:00:00", {"published": "2023-03-17"}, 1),
        (None, {"published": "2023-03-17"}, 0),
    ],
)
def test_eval_published_within_range_or_equal(predicted, gold, right):
    assert ev.score_published({"published": predicted}, gold)["right"] == right


def test_eval_gold_scores_micro_average_across_documents():
    gold_a = {"document": "a.txt", "quotes": [_quote("one two", "A"), _quote("three four", "A")]}
    gold_b = {"document": "b.txt", "quotes": [_quote("five six", "B")]}
    rec_a = {"quotes": [_quote("one two", "A")]}
    rec_b = {"quotes": [_quote("five six", "C"), _quote("seven eight", "B")]}
    total = ev.aggregate_gold_scores([ev.score_gold(rec_a, gold_a), ev.score_gold(rec_b, gold_b)])
    q = total["quotes"]
    assert (q["tp"], q["fp"], q["fn"], q["right"]) == (2, 1, 1, 1)
    assert q["precision"] == pytest.approx(2 / 3) and q["recall"] == pytest.approx(2 / 3)
    assert q["by_kind"]["direct"]["gold"] == 3
    assert "Quotes" in ev.format_table(total)

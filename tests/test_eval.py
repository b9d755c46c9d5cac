"""Scoring rules of shared/gold/FORMAT.md, on small hand-made gold and prediction dicts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph import eval as ev
from newsgraph.cli import app


def _quote(text: str, speaker: str | None = None, kind: str = "direct", **extra) -> dict:
    return {"text": text, "speaker": speaker, "kind": kind, **extra}


def _lcs_table(a: list[str], b: list[str]) -> int:
    m = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            m[i + 1][j + 1] = m[i][j] + 1 if x == y else max(m[i][j + 1], m[i + 1][j])
    return m[-1][-1]


# --- normalisation and overlap --------------------------------------------------------------


def test_eval_normalise_folds_space_case_quotes_and_edge_punctuation():
    assert ev.normalise_text("  “We’ll\u00a0 SEE,”  ") == "we'll see"
    assert ev.normalise_text("...it is (fine).") == "it is (fine"
    assert ev.tokens("“It’s [China] here,” he") == ["it's", "china", "here", "he"]


@pytest.mark.parametrize(
    ("a", "b"),
    [("abcbdab", "bdcaba"), ("", "abc"), ("aaaa", "aa"), ("xyz", "abc"), ("abcabcabc", "cba")],
)
def test_eval_lcs_length_agrees_with_the_table(a, b):
    assert ev.lcs_length(list(a), list(b)) == _lcs_table(list(a), list(b))


def test_eval_quote_matches_at_exactly_half_of_the_longer_and_not_below():
    gold = {"quotes": [_quote("one two three four five six seven eight", "A")]}
    half = {"quotes": [_quote("one two three four", "A")]}
    under = {"quotes": [_quote("one two three", "A")]}
    assert ev.score_quotes(half, gold)["tp"] == 1
    assert ev.score_quotes(under, gold)["tp"] == 0


def test_eval_quote_overlap_counts_tokens_in_order():
    gold = {"quotes": [_quote("alpha beta gamma delta", "A")]}
    shuffled = {"quotes": [_quote("delta gamma beta alpha", "A")]}  # LCS 1 of 4
    assert ev.score_quotes(shuffled, gold)["tp"] == 0


def test_eval_quote_matching_is_greedy_by_best_overlap_and_one_to_one():
    gold = {"quotes": [_quote("the plan will bring peace to the region", "A")]}
    record = {"quotes": [
        _quote("the plan will bring peace", "A"),  # 5 of 8
        _quote("the plan will bring peace to the region", "A"),  # 8 of 8: wins
    ]}
    s = ev.score_quotes(record, gold)
    assert (s["tp"], s["fp"], s["fn"]) == (1, 1, 0)
    assert s["spurious"] == ["the plan will bring peace"]


def test_eval_optional_quotes_are_neutral_and_never_steal_a_required_match():
    gold = {
        "quotes": [_quote("we will fight them on the beaches today", "A")],
        "optional_quotes": [
            _quote("fight them on the beaches", "A", kind="fragment"),
            _quote("peace plan", "B", kind="fragment"),
        ],
    }
    record = {"quotes": [
        _quote("fight them on the beaches", "A"),  # optional overlaps best, required >= half
        _quote("the peace plan", "X"),
    ]}
    s = ev.score_quotes(record, gold)
    assert (s["tp"], s["fp"], s["fn"], s["neutral"]) == (1, 0, 0, 1)
    assert s["neutral_predictions"] == ["the peace plan"]
    assert s["precision"] == 1.0 and s["recall"] == 1.0


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


# --- PolNeAR ----------------------------------------------------------------------------------

POLNEAR_TEXT = (
    '"We are ready," he said. '  # 0..24
    "Mr. Smith told reporters the bill would pass. "
    '"It is late," Jones added, "and we must go." '
    "The plan was bold, officials believe."
)


def _span(text: str, part: str, start: int = 0) -> tuple[int, int]:
    i = POLNEAR_TEXT.index(part, start)
    return i, i + len(part)


def _ann_line(tid: str, label: str, parts: list[str]) -> str:
    spans = [_span(POLNEAR_TEXT, p) for p in parts]
    offsets = ";".join(f"{s} {e}" for s, e in spans)
    return f"{tid}\t{label} {offsets}\t{' '.join(parts)}"


POLNEAR_ANN = "\n".join([
    _ann_line("T1", "Content", ['"We are ready,"']),
    _ann_line("T2", "Source", ["he"]),
    _ann_line("T3", "Cue", ["said"]),
    "T4\tAttribution 28 32\tsaid",
    "E1\tAttribution:T4 Content:T1 Source:T2 Cue:T3",
    _ann_line("T5", "Source", ["Mr. Smith"]),
    _ann_line("T6", "Cue", ["told reporters"]),
    _ann_line("T7", "Content", ["the bill would pass"]),
    "E2\tAttribution:T4 Source:T5 Cue:T6 Content:T7",
    _ann_line("T8", "Content", ['"It is late,"', '"and we must go."']),
    _ann_line("T9", "Source", ["Jones"]),
    _ann_line("T10", "Cue", ["added"]),
    "E3\tAttribution:T4 Content:T8 Source:T9 Cue:T10",
    _ann_line("T11", "Content", ["The plan was bold"]),
    _ann_line("T12", "Cue", ["believe"]),
    "E4\tAttribution-no-source:T4 Content:T11 Cue:T12",
    "E5\tAttribution-no-source:T4 ",
    _ann_line("T13", "Discard", ["officials"]),
])


@pytest.fixture
def polnear_dir(tmp_path: Path) -> Path:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "story_one.txt").write_text(POLNEAR_TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "story_one_aaaa.ann").write_text(POLNEAR_ANN, encoding="utf-8")
    # a second annotator sorting later, which must be ignored, and an unrelated article
    (tmp_path / "attributions" / "story_one_zzzz.ann").write_text("", encoding="utf-8")
    (tmp_path / "attributions" / "story_one_more_aaaa.ann").write_text("", encoding="utf-8")
    return tmp_path


def test_eval_read_polnear_gold_joins_discontinuous_content(polnear_dir):
    golds = ev.read_polnear_gold(polnear_dir / "attributions" / "story_one_aaaa.ann", POLNEAR_TEXT)
    assert [g["text"] for g in golds] == [
        '"We are ready,"', "the bill would pass", '"It is late," "and we must go."',
        "The plan was bold",
    ]
    third = golds[2]
    assert len(third["spans"]) == 2 and third["span"] == [third["spans"][0][0],
                                                           third["spans"][1][1]]
    assert third["source"]["text"] == "Jones" and third["cue"] == "added"
    assert golds[3]["source"] is None


def test_eval_read_polnear_gold_takes_content2_as_another_part(tmp_path):
    text = '"One thing," she said. "Another thing."'
    ann = tmp_path / "x_a.ann"
    ann.write_text(
        "T1\tContent 0 12\t\"One thing,\"\nT2\tSource 13 16\tshe\nT3\tCue 17 21\tsaid\n"
        "T4\tContent 23 39\t\"Another thing.\"\n"
        "E1\tAttribution:T3 Cue:T3 Source:T2 Content:T1 Content2:T4\n",
        encoding="utf-8",
    )
    (gold,) = ev.read_polnear_gold(ann, text)
    assert gold["text"] == '"One thing," "Another thing."'
    assert gold["spans"] == [[0, 12], [23, 39]]


def test_eval_polnear_ann_for_picks_the_first_annotator_of_that_article(polnear_dir):
    assert ev.polnear_ann_for(polnear_dir, "story_one").name == "story_one_aaaa.ann"
    assert ev.polnear_ann_for(polnear_dir, "story_two") is None


HE_SOURCE = {"text": "he", "span": [16, 18], "spans": [[16, 18]]}
SMITH_SOURCE = {"text": "Mr. Smith", "span": [25, 34], "spans": [[25, 34]]}


@pytest.mark.parametrize(
    ("pred", "source", "right"),
    [
        # offsets overlap, whatever the words
        ({"speaker": "Q", "speaker_mention": {"text": "x", "start": 17, "end": 20}},
         HE_SOURCE, True),
        # the same pronoun elsewhere
        ({"speaker": "Q", "speaker_mention": {"text": "He", "start": 90, "end": 92}},
         HE_SOURCE, True),
        # a pronoun source wants the pronoun: a resolved name alone is not enough
        ({"speaker": "John Smith", "speaker_mention": None}, HE_SOURCE, False),
        ({"speaker": "Q", "speaker_mention": {"text": "she", "start": 90, "end": 93}},
         HE_SOURCE, False),
        # a named source shares a word with the speaker or the mention
        ({"speaker": "John Smith", "speaker_mention": None}, SMITH_SOURCE, True),
        ({"speaker": None, "speaker_mention": {"text": "Smith's", "start": 0, "end": 0}},
         SMITH_SOURCE, True),
        # titles, articles and "said" are no shared name
        ({"speaker": "Mr. Jones", "speaker_mention": None}, SMITH_SOURCE, False),
        # a possessive pronoun and a bare title are read like pronouns: the same words
        ({"speaker": "Q", "speaker_mention": {"text": "His", "start": 0, "end": 3}},
         {"text": "his", "span": [5, 8], "spans": [[5, 8]]}, True),
        ({"speaker": "Q", "speaker_mention": {"text": "President", "start": 0, "end": 9}},
         {"text": "the president", "span": [5, 18], "spans": [[5, 18]]}, True),
        ({"speaker": "President Obama", "speaker_mention": None},
         {"text": "the president", "span": [5, 18], "spans": [[5, 18]]}, False),
        # no source: always right
        ({"speaker": None, "speaker_mention": None}, None, True),
    ],
)
def test_eval_polnear_speaker_rules(pred, source, right):
    assert ev.polnear_speaker_right(pred, {"text": "t", "source": source}) is right


def test_eval_polnear_offsets_ignored_when_record_text_differs():
    pred = {"speaker": "Q", "speaker_mention": {"text": "x", "start": 17, "end": 20}}
    gold = {"text": "t", "source": SMITH_SOURCE | {"spans": [[17, 20]]}}
    assert ev.polnear_speaker_right(pred, gold, use_offsets=False) is False


def _polnear_record() -> dict:
    return {
        "text": POLNEAR_TEXT,
        "quotes": [
            _quote("We are ready,", "Ann Jones",
                   speaker_mention={"text": "he", "start": 16, "end": 18}),
            _quote("the bill would pass", "John Smith", kind="indirect"),
            _quote("It is late", "Bob Jones"),  # 3 of 7 tokens of the joined gold: no match
            _quote("The weather is bad today", "Nobody", kind="indirect"),
        ],
    }


def test_eval_score_polnear_scores_direct_and_all_subsets(polnear_dir):
    s = ev.score_polnear({"story_one": _polnear_record()}, polnear_dir)
    direct, everything = s["direct"], s["all"]
    assert s["articles"] == 1
    assert (direct["gold"], direct["predicted"], direct["tp"], direct["right"]) == (2, 2, 1, 1)
    assert (everything["gold"], everything["predicted"], everything["tp"]) == (4, 4, 2)
    assert everything["right"] == 2 and everything["e2e_f1"] == pytest.approx(0.5)
    assert "PolNeAR" in ev.format_table(s)


# --- the command ------------------------------------------------------------------------------


def _write_gold_setup(tmp_path: Path) -> tuple[Path, Path]:
    shared = tmp_path / "shared"
    (shared / "gold").mkdir(parents=True)
    (shared / "docs").mkdir()
    (shared / "docs" / "story.txt").write_text("Body.", encoding="utf-8")
    gold = {
        "document": "docs/story.txt",
        "published": "2024-01-02",
        "quotes": [_quote("we will win this race", "Ann Lee", speaker_aliases=["Lee"])],
        "entities": [{"name": "Ann Lee", "type": "PERSON", "mentions": ["Ann Lee", "Lee"]}],
        "times": [{"text": "Monday", "value": "2024-01-01"}],
        "events": [],
        "metadata": {"title": "Race"},
    }
    (shared / "gold" / "story.json").write_text(json.dumps(gold), encoding="utf-8")
    records = tmp_path / "records"
    records.mkdir()
    record = {
        "published": "2024-01-02",
        "metadata": {"title": "Race"},
        "body": "Body.",
        "quotes": [_quote("“We will win this race,”", "Lee")],
        "entities": [{"name": "Ann Lee", "type": "PERSON",
                      "mentions": [{"text": "Lee", "span": [0, 3]}], "roles": []}],
        "times": [{"text": "on Monday", "span": [0, 9], "value": "2024-01-01"}],
        "events": [],
    }
    (records / "story.json").write_text(json.dumps(record), encoding="utf-8")
    return shared / "gold", records


def test_eval_cli_scores_a_gold_folder_against_precomputed_records(tmp_path):
    gold_dir, records = _write_gold_setup(tmp_path)
    runner = CliRunner()
    result = runner.invoke(app, ["eval", str(gold_dir), "--records", str(records),
                                 "--format", "json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["documents"] == 1
    assert scores["quotes"]["e2e_f1"] == 1.0
    assert scores["entities"]["clustered"] == 1 and scores["times"]["right"] == 1
    table = runner.invoke(app, ["eval", str(gold_dir / "story.json"), "--records", str(records)])
    assert table.exit_code == 0 and "Entities" in table.stdout


def test_eval_cli_missing_record_is_one_line_and_exit_2(tmp_path):
    gold_dir, records = _write_gold_setup(tmp_path)
    (records / "story.json").unlink()
    result = CliRunner().invoke(app, ["eval", str(gold_dir), "--records", str(records)])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "story" in result.stderr


def test_eval_cli_missing_gold_is_exit_2(tmp_path):
    result = CliRunner().invoke(app, ["eval", str(tmp_path / "nope.json")])
    assert result.exit_code == 2 and "no such gold" in result.stderr


def test_eval_cli_polnear_with_precomputed_records(polnear_dir, tmp_path):
    records = tmp_path / "records"
    records.mkdir()
    (records / "story_one.json").write_text(json.dumps(_polnear_record()), encoding="utf-8")
    (polnear_dir / "text" / "story_one_more.txt").write_text("", encoding="utf-8")
    (records / "story_one_more.json").write_text('{"quotes": []}', encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "--polnear", str(polnear_dir), "--records",
                                      str(records), "--limit", "1", "--format", "json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["articles"] == 1 and scores["all"]["tp"] == 2

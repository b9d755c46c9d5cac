"""PolNeAR scoring (newsgraph.eval.polnear): reading .ann files, speaker rules, subsets."""

from __future__ import annotations

import pytest

from newsgraph import eval as ev


def test_eval_read_polnear_gold_joins_discontinuous_content(polnear_dir, polnear_text):
    golds = ev.read_polnear_gold(polnear_dir / "attributions" / "story_one_aaaa.ann", polnear_text)
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



def test_eval_score_polnear_scores_direct_and_all_subsets(polnear_dir, polnear_record):
    s = ev.score_polnear({"story_one": polnear_record}, polnear_dir)
    direct, everything = s["direct"], s["all"]
    assert s["articles"] == 1
    assert (direct["gold"], direct["predicted"], direct["tp"], direct["right"]) == (2, 2, 1, 1)
    assert (everything["gold"], everything["predicted"], everything["tp"]) == (4, 4, 2)
    assert everything["right"] == 2 and everything["e2e_f1"] == pytest.approx(0.5)
    assert "PolNeAR" in ev.format_table(s)

"""Normalisation and quote matching (newsgraph.eval.normalise, .matching), on hand-made dicts."""

from __future__ import annotations

import pytest

from newsgraph import eval as ev


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

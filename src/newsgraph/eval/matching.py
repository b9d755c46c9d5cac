"""Quote matching, shared by gold files and PolNeAR.

Two quotes match when they share at least half of the longer one's tokens, counted in order
(longest common subsequence). Pairs are taken greedily by best overlap, each side used once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from newsgraph.eval.normalise import tokens


def lcs_length(a: list[str], b: list[str]) -> int:
    """Length of the longest common subsequence of two token lists.

    Bit-parallel (Allison & Dix 1986, Hyyrö 2004): one bit per token of ``a``, a few integer
    operations per token of ``b``, so long quotes cost little.
    """
    if not a or not b:
        return 0
    full = (1 << len(a)) - 1
    masks: dict[str, int] = {}
    for i, tok in enumerate(a):
        masks[tok] = masks.get(tok, 0) | (1 << i)
    v = full
    for tok in b:
        u = v & masks.get(tok, 0)
        v = ((v + u) | (v - u)) & full
    return len(a) - v.bit_count()


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def _f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None:
        return None
    return 2 * p * r / (p + r) if p + r else 0.0


def match_token_lists(
    preds: list[list[str]], golds: list[list[str]], *, used_preds: Iterable[int] = ()
) -> list[tuple[int, int]]:
    """Greedy one-to-one (pred index, gold index) pairs sharing >= half the longer's tokens."""
    candidates = []
    skip = set(used_preds)
    for pi, p in enumerate(preds):
        if pi in skip or not p:
            continue
        for gi, g in enumerate(golds):
            longer = max(len(p), len(g))
            if not g or 2 * min(len(p), len(g)) < longer:  # cannot reach half: skip the LCS
                continue
            shared = lcs_length(p, g)
            if 2 * shared >= longer:
                candidates.append((-shared / longer, -shared, pi, gi))
    candidates.sort()
    pairs: list[tuple[int, int]] = []
    taken_p: set[int] = set()
    taken_g: set[int] = set()
    for _, _, pi, gi in candidates:
        if pi not in taken_p and gi not in taken_g:
            taken_p.add(pi)
            taken_g.add(gi)
            pairs.append((pi, gi))
    return pairs


@dataclass
class QuoteCounts:
    """Counts from which every quote figure follows; sums across documents micro-average."""

    tp: int = 0  # predictions matching a gold quote
    fp: int = 0  # predictions matching nothing
    fn: int = 0  # gold quotes no prediction matched
    right: int = 0  # matched and the speaker is right
    neutral: int = 0  # predictions matching an optional quote only

    def add(self, other: QuoteCounts) -> None:
        for key, value in asdict(other).items():
            setattr(self, key, getattr(self, key) + value)

    def figures(self) -> dict[str, Any]:
        p = _ratio(self.tp, self.tp + self.fp)
        r = _ratio(self.tp, self.tp + self.fn)
        ep = _ratio(self.right, self.tp + self.fp)
        er = _ratio(self.right, self.tp + self.fn)
        return {
            **asdict(self),
            "gold": self.tp + self.fn,
            "predicted": self.tp + self.fp,
            "precision": p,
            "recall": r,
            "f1": _f1(p, r),
            "speaker_accuracy": _ratio(self.right, self.tp),
            "e2e_precision": ep,
            "e2e_recall": er,
            "e2e_f1": _f1(ep, er),
        }


@dataclass
class QuoteMatch:
    """The outcome of matching one document's predicted quotes to its gold quotes."""

    pairs: list[tuple[int, int, bool]]  # (pred index, gold index, speaker right)
    missed: list[int]  # gold indices
    spurious: list[int]  # pred indices
    neutral: list[int]  # pred indices that matched an optional quote

    def counts(self) -> QuoteCounts:
        return QuoteCounts(
            tp=len(self.pairs),
            fp=len(self.spurious),
            fn=len(self.missed),
            right=sum(ok for _, _, ok in self.pairs),
            neutral=len(self.neutral),
        )


def match_quotes(
    preds: list[dict[str, Any]],
    golds: list[dict[str, Any]],
    speaker_right: Callable[[dict[str, Any], dict[str, Any]], bool],
    *,
    optional: Sequence[dict[str, Any]] = (),
) -> QuoteMatch:
    pred_tokens = [tokens(q.get("text")) for q in preds]
    pairs = match_token_lists(pred_tokens, [tokens(g.get("text")) for g in golds])
    used = {pi for pi, _ in pairs}
    neutral_pairs = match_token_lists(
        pred_tokens, [tokens(g.get("text")) for g in optional], used_preds=used
    )
    neutral = sorted(pi for pi, _ in neutral_pairs)
    matched_golds = {gi for _, gi in pairs}
    return QuoteMatch(
        pairs=[(pi, gi, speaker_right(preds[pi], golds[gi])) for pi, gi in sorted(pairs)],
        missed=[gi for gi in range(len(golds)) if gi not in matched_golds],
        spurious=[pi for pi in range(len(preds)) if pi not in used and pi not in neutral],
        neutral=neutral,
    )

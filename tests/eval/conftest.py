"""A small PolNeAR split (one article, its annotation file, a record) for the eval tests."""

from __future__ import annotations

from pathlib import Path

import pytest

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


@pytest.fixture
def polnear_text() -> str:
    return POLNEAR_TEXT


@pytest.fixture
def polnear_record() -> dict:
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


def _quote(text: str, speaker: str | None = None, kind: str = "direct", **extra) -> dict:
    return {"text": text, "speaker": speaker, "kind": kind, **extra}


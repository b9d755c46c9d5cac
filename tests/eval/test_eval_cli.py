"""The newsgraph eval command on a tmp gold folder and a tmp PolNeAR split."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.cli.evaluate import EvalError, read_document


def _quote(text: str, speaker: str | None = None, kind: str = "direct", **extra) -> dict:
    return {"text": text, "speaker": speaker, "kind": kind, **extra}



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


def test_eval_cli_polnear_with_precomputed_records(polnear_dir, polnear_record, tmp_path):
    records = tmp_path / "records"
    records.mkdir()
    (records / "story_one.json").write_text(json.dumps(polnear_record), encoding="utf-8")
    (polnear_dir / "text" / "story_one_more.txt").write_text("", encoding="utf-8")
    (records / "story_one_more.json").write_text('{"quotes": []}', encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "--polnear", str(polnear_dir), "--records",
                                      str(records), "--limit", "1", "--format", "json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["articles"] == 1 and scores["all"]["tp"] == 2


def test_eval_reads_a_gold_document_of_any_kind_the_ingest_reads(tmp_path):
    page = tmp_path / "story.html"
    words = "The harbour board said on Tuesday that the eastern pier would reopen next month. " * 3
    page.write_text(f"<html><head><title>Pier</title></head><body><article><p>{words}</p></article></body></html>")
    article = read_document(page)
    assert article.input_kind == "html" and "eastern pier" in article.body
    (tmp_path / "junk.bin").write_bytes(bytes(range(256)) * 40)
    with pytest.raises(EvalError, match="binary"):
        read_document(tmp_path / "junk.bin")

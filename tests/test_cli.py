"""The newsgraph command: analyze's formats, --out naming, and errors that never traceback."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app

ARTICLE = """Port Strike Ends After Three Days

Port Strike Ends After Three Days
Dock workers returned to the container terminal on Friday after the union accepted a new pay offer, officials said.

“This is a fair deal for everyone who keeps this port moving,” said union leader Carla Mendes.

The port authority said it expected the backlog to clear by next week.
"""


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def article_file(tmp_path):
    path = tmp_path / "port.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.mark.slow
def test_cli_analyze_prints_record_with_every_format_key(runner, article_file, nlp):
    result = runner.invoke(app, ["analyze", str(article_file), "--published", "2024-05-10"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    for key in ("published", "metadata", "body", "quotes", "entities", "times", "events"):
        assert key in record
    assert record["published"] == "2024-05-10"
    assert record["metadata"]["title"] == "Port Strike Ends After Three Days"
    text = record["text"]
    for entity in record["entities"]:
        for m in entity["mentions"]:
            assert text[m["span"][0] : m["span"][1]] == m["text"]


@pytest.mark.slow
def test_cli_analyze_out_dir_and_bad_file(runner, article_file, tmp_path, nlp):
    bad = tmp_path / "garbage.bin"
    bad.write_bytes(bytes(range(256)) * 40)
    out = tmp_path / "out"
    result = runner.invoke(app, ["analyze", str(article_file), str(bad), "--out", str(out)])
    assert result.exit_code == 1
    assert (out / "port.json").exists()
    assert not (out / "garbage.json").exists()
    assert "garbage.bin" in result.stderr and "binary" in result.stderr
    assert "Traceback" not in result.output + result.stderr


def test_cli_analyze_rejects_bad_date(runner, article_file):
    result = runner.invoke(app, ["analyze", str(article_file), "--published", "17/03/2023"])
    assert result.exit_code != 0
    assert "2023-03-17" in result.output + result.stderr


def test_cli_analyze_empty_file_is_one_clear_error(runner, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = runner.invoke(app, ["analyze", str(empty)])
    assert result.exit_code == 1
    assert "empty.txt: empty document" in result.stderr

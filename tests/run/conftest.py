"""Fixtures for the runner tests: a WARC and a directory of texts built from run_stories."""

from __future__ import annotations

from pathlib import Path

import pytest
from run_stories import STORIES, write_warc


@pytest.fixture
def warc_file(tmp_path) -> Path:
    return write_warc(tmp_path / "crawl.warc.gz")


@pytest.fixture
def text_dir(tmp_path) -> Path:
    d = tmp_path / "texts"
    d.mkdir()
    for n, (title, body) in enumerate(STORIES):
        (d / f"{n:02d}.txt").write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    return d

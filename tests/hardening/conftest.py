"""Fixtures for the hardening tests: the bad-input corpus, written once per session."""

from __future__ import annotations

from pathlib import Path

import pytest
from hardening_corpus import Expect, write_corpus


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> tuple[Path, dict[str, Expect]]:
    """Every bad input beside two good articles (the 50 MB text included), and what each gives."""
    root = tmp_path_factory.mktemp("bad_inputs")
    return root, write_corpus(root)

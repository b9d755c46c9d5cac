"""Shared fixtures. Loopback only: Ray and any HTTP client stay on 127.0.0.1."""

from __future__ import annotations

import os

os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")
os.environ.setdefault("RAY_AUTH_MODE", "disabled")
os.environ.setdefault("HTTP_PROXY", "http://127.0.0.1:9")
os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")

import pytest


@pytest.fixture(scope="session")
def nlp():
    """The pinned spaCy model, loaded once for the whole run."""
    from newsgraph.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def analyzer(nlp):
    from newsgraph.pipeline import Analyzer

    return Analyzer(nlp=nlp)

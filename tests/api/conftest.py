"""Fixtures for the API tests: a store holding the hand-built newsroom, and a TestClient on it."""

from __future__ import annotations

import warnings
from collections.abc import Iterator

import pytest
from newsroom import newsroom

from newsgraph.api import create_app
from newsgraph.store import Store

with warnings.catch_warnings():  # starlette asks for httpx2 instead of httpx; the pins have httpx
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


@pytest.fixture
def store() -> Iterator[Store]:
    s = Store.memory()
    s.write(newsroom())
    yield s
    s.close()


@pytest.fixture
def client(store: Store) -> TestClient:
    return TestClient(create_app(store))


@pytest.fixture
def make_client():
    """A TestClient on any app: ``make_client(create_app(...))``."""
    return TestClient

"""Fixtures for the store tests: an in-memory store and records built by hand (no model)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from store_records import make_record

from newsgraph.model import Record
from newsgraph.store import Store


@pytest.fixture
def store() -> Iterator[Store]:
    s = Store.memory()
    yield s
    s.close()


@pytest.fixture
def build() -> Callable[..., Record]:
    return make_record

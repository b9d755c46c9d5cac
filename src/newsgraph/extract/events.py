"""Typed events (placeholder until the events work lands)."""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.extract.entities import EntityIndex
from newsgraph.model import Article, Event, TimeExpr


def find_events(
    doc: Doc, *, article: Article, entities: EntityIndex, times: list[TimeExpr]
) -> list[Event]:
    return []

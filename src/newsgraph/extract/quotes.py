"""Quotations (placeholder until the quotes work lands)."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from newsgraph.extract.entities import EntityIndex
from newsgraph.model import Article, Quote


def find_quotes(
    doc: Doc, *, article: Article, entities: EntityIndex, published: date | None
) -> list[Quote]:
    return []

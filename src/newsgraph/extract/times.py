"""Time expressions (placeholder until the times work lands)."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from newsgraph.model import TimeExpr


def find_times(doc: Doc, *, anchor: date | None) -> list[TimeExpr]:
    return []

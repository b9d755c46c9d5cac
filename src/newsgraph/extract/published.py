"""Publication date inferred from the text (placeholder until the times work lands)."""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.model import PublishedDate


def infer_published(doc: Doc) -> PublishedDate:
    return PublishedDate(None, None)

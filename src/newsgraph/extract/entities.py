"""Entities: NER mentions grouped under one canonical name (first version).

The entities work deepens this (surname propagation, roles, junk filtering, refers_to);
the interface stays: ``find_entities(doc, article)`` and ``EntityIndex``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.model import Article, Entity, Mention

KEPT_TYPES = {"PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "FAC", "WORK_OF_ART", "LAW"}


def find_entities(doc: Doc, article: Article) -> list[Entity]:
    by_key: dict[tuple[str, str], Entity] = {}
    for ent in doc.ents:
        if ent.label_ not in KEPT_TYPES:
            continue
        key = (ent.label_, ent.text.casefold())
        entity = by_key.setdefault(key, Entity(name=ent.text, type=ent.label_))
        entity.mentions.append(Mention(ent.text, ent.start_char, ent.end_char))
    return list(by_key.values())


class EntityIndex:
    """Look entities up by a character span or by a surface form."""

    def __init__(self, entities: list[Entity]) -> None:
        self.entities = entities
        self._by_form: dict[str, Entity] = {}
        for entity in entities:
            for m in entity.mentions:
                self._by_form.setdefault(m.text.casefold(), entity)
            self._by_form.setdefault(entity.name.casefold(), entity)

    def at(self, start: int, end: int) -> Entity | None:
        """The entity with a mention overlapping [start, end), the longest overlap first."""
        best: tuple[int, Entity] | None = None
        for entity in self.entities:
            for m in entity.mentions:
                overlap = min(end, m.end) - max(start, m.start)
                if overlap > 0 and (best is None or overlap > best[0]):
                    best = (overlap, entity)
        return best[1] if best else None

    def by_name(self, text: str) -> Entity | None:
        return self._by_form.get(" ".join(text.split()).casefold())

"""List items: the helpers that read a heading's person."""

from __future__ import annotations

from newsgraph.extract.list_items import _entity_labels_within


def test_entity_labels_within_a_span_are_those_of_doc_ents_lying_inside(nlp):
    # read from the tokens, so a list of thousands of headings does not rebuild doc.ents for each
    doc = nlp("Yesterday in Lisbon, Maria Duarte of Ventra Bank met Tom Hale in Porto on Friday.")
    for start in range(len(doc)):
        for end in range(start + 1, len(doc) + 1):
            span = doc[start:end]
            expected = [e.label_ for e in doc.ents if start <= e.start and e.end <= end]
            assert _entity_labels_within(span) == expected, span.text

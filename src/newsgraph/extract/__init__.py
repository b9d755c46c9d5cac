"""Extractors: spaCy Doc -> parts of the record (entities, quotes, times, events)."""

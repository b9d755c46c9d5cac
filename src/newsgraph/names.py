"""Facts about how people's names are written, shared by every stage that reads a name.

Ingest reads bylines, extraction finds people, the store folds their spellings together: each
must agree on what belongs to a surname, or "Marit de Vries" is one person to the extractor and
a "Marit de" with the surname "Vries" to the store.
"""

from __future__ import annotations

# Lower-case particles that open a surname and stay part of it ('Marit de Vries', later
# 'De Vries'; 'Jan ten Berge'; 'Omar bin Salem'): never a first or middle name.
SURNAME_PARTICLES = frozenset("de da del der di du la le van von ten ter bin al el".split())

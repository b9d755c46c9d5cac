"""Docs stay complete: every command, setting and spaCy factory is documented."""

from __future__ import annotations

from pathlib import Path

import typer.main

from newsgraph.cli import app
from newsgraph.settings import describe

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_docs_every_command_is_in_cli_md():
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    commands = typer.main.get_command(app).commands  # type: ignore[attr-defined]
    missing = [name for name in commands if f"newsgraph {name}" not in text]
    assert not missing, f"undocumented commands: {missing}"


def test_docs_every_setting_is_in_settings_md():
    text = (DOCS / "settings.md").read_text(encoding="utf-8")
    missing = [name for name, _, _ in describe() if f"`{name}`" not in text]
    assert not missing, f"undocumented settings: {missing}"


def test_docs_every_factory_is_in_components_md():
    from spacy.language import Language

    import newsgraph.extract.quotes
    import newsgraph.nlp  # noqa: F401

    text = (DOCS / "components.md").read_text(encoding="utf-8")
    ours = [name for name in Language.factories if name.startswith("newsgraph_")]
    assert ours, "no newsgraph factories registered"
    missing = [name for name in ours if f"## {name}" not in text]
    assert not missing, f"undocumented factories: {missing}"

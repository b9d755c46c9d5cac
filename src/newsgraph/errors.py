"""Errors that belong to one document: the batch reports them and goes on."""

from __future__ import annotations


class DocumentError(Exception):
    """A document could not be read or analysed; ``source`` names it, ``reason`` says why."""

    def __init__(self, source: str | None, reason: str) -> None:
        super().__init__(f"{source or '<input>'}: {reason}")
        self.source = source
        self.reason = reason

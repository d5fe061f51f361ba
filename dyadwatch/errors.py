"""One exception hierarchy for dyadwatch.

Library code raises these; only the edges (CLI, HTTP) turn them into messages. Every message says what went
wrong, what is valid, and how to fix it.
"""

from __future__ import annotations

__all__ = [
    "DyadwatchError",
    "InputError",
    "SkippedItem",
    "DataFileError",
    "StoreError",
    "ModelNotInstalled",
]


class DyadwatchError(Exception):
    """Base class for every error dyadwatch raises on purpose."""


class InputError(DyadwatchError):
    """A user-supplied option or argument is invalid (bad date, unknown format, missing path)."""


class SkippedItem(DyadwatchError):
    """One item of a batch (a file, a JSONL line) cannot be used; the batch goes on without it."""

    def __init__(self, item: str, reason: str) -> None:
        super().__init__(f"{item}: {reason}")
        self.item = item
        self.reason = reason


class DataFileError(DyadwatchError):
    """A YAML data file (actors, event lexicon) is malformed: names the file, the line and the problem."""

    def __init__(self, path: str, problem: str, line: int | None = None) -> None:
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {problem}")
        self.path = path
        self.line = line
        self.problem = problem


class StoreError(DyadwatchError):
    """The event store cannot be opened, migrated or written."""


class ModelNotInstalled(DyadwatchError):
    """No spaCy English model is installed."""

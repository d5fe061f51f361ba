"""What every command shares: errors become one-line messages and exit status 2 (here and nowhere else), the
`--db` option, dyad codes, and the check that a store exists before it is read."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from .errors import DyadwatchError, InputError
from .store import DEFAULT_DB

__all__ = ["handle_errors", "db_option", "parse_dyad", "require_store"]

F = TypeVar("F", bound=Callable[..., Any])


def handle_errors(func: F) -> F:
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except DyadwatchError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(2)

    return wrapper  # type: ignore[return-value]


def db_option(func: F) -> F:
    return click.option("--db", default=DEFAULT_DB, show_default=True, metavar="STORE",
                        help="The store: an SQLite file, memory: for a throwaway one, or a PostgreSQL URL "
                             "(postgresql://user@host/database) shared by several machines.")(func)


def parse_dyad(value: str) -> tuple[str, str]:
    """"RUS-PRK" (any case, an en dash allowed) -> ("RUS", "PRK"), or a clear InputError."""
    parts = value.upper().replace("–", "-").split("-")
    if len(parts) != 2 or not all(p.isalpha() and 2 <= len(p) <= 8 for p in parts):
        raise InputError(f"dyad {value!r} is not a pair of codes; write it like RUS-PRK (ISO alpha-3)")
    return parts[0], parts[1]


def require_store(db: str) -> None:
    """Reading commands must not create an empty store by mistake (a typo in --db)."""
    if ":" not in db and not Path(db).exists():
        raise InputError(f"no store at {db!r}; create one with `dyadwatch ingest PATH --db {db}`")

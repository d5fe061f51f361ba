"""The shared store for several machines: the same tables and queries as the SQLite store, in PostgreSQL.

Opened as `postgresql://user@host:port/database` (any libpq URL) wherever a `--db` is taken. The database must
exist (`createdb dyadwatch`); the tables are made on first use, under an advisory lock so that several workers
opening a new database at once migrate it once. Text columns that events are ordered by use the "C" collation,
so events come back in the same order as from SQLite. psycopg (version 3) is needed only here:
`pip install 'dyadwatch[postgres]'`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .errors import StoreError
from .store import EventStore, SQLDialect, shown

__all__ = ["PostgresStore", "POSTGRES", "PG_MIGRATIONS"]

NOW = "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS')"  # SQLite's datetime('now'), as text
PG_MIGRATIONS: tuple[str, ...] = (
    # 1: the tables of SQLite schema 3 (store.MIGRATIONS), with a row number where SQLite has its rowid
    f"""
    CREATE TABLE articles (
        number BIGSERIAL UNIQUE, id TEXT COLLATE "C" PRIMARY KEY, text TEXT NOT NULL, published TEXT,
        outlet TEXT, url TEXT, title TEXT, author TEXT, origin TEXT, ingested_at TEXT NOT NULL DEFAULT {NOW},
        processed_at TEXT, published_from TEXT
    );
    CREATE TABLE events (
        number BIGSERIAL, event_id TEXT COLLATE "C" PRIMARY KEY,
        doc_id TEXT COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        type TEXT NOT NULL, mode TEXT, date TEXT COLLATE "C", date_precision TEXT, modality TEXT NOT NULL,
        score DOUBLE PRECISION NOT NULL, confidence DOUBLE PRECISION NOT NULL, predicate TEXT,
        evidence_text TEXT NOT NULL, evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL,
        record TEXT NOT NULL, stamp BIGINT NOT NULL DEFAULT 0
    );
    CREATE INDEX events_doc ON events(doc_id);
    CREATE INDEX events_type_date ON events(type, date);
    CREATE INDEX events_order ON events((date IS NULL), date, doc_id, evidence_start, number);
    CREATE TABLE event_actors (
        event_id TEXT COLLATE "C" NOT NULL REFERENCES events(event_id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('source', 'target')), position INTEGER NOT NULL,
        party TEXT COLLATE "C", country TEXT, sector TEXT, code TEXT, name TEXT, text TEXT, start INTEGER,
        "end" INTEGER, article BIGINT, date TEXT,
        PRIMARY KEY (event_id, role, position)
    );
    CREATE INDEX event_actors_party ON event_actors(party, role);
    CREATE INDEX event_actors_mentions ON event_actors(party, article, date);
    CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL);
    INSERT INTO counters VALUES ('stamp', 0);
    CREATE TABLE cluster_sets (
        number BIGSERIAL, key TEXT PRIMARY KEY, scope TEXT NOT NULL, state BIGINT NOT NULL, parties TEXT NOT NULL,
        events INTEGER NOT NULL, clusters TEXT NOT NULL, created_at TEXT NOT NULL DEFAULT {NOW}
    );
    CREATE INDEX cluster_sets_scope ON cluster_sets(scope, state);
    CREATE INDEX cluster_sets_parties ON cluster_sets(parties, created_at);
    """,
)
MIGRATION_LOCK = 0x6479_6164  # the advisory lock held while the schema is checked and made ("dyad")


def _json_path(path: str) -> str:
    return "{" + path.replace(".", ",") + "}"


POSTGRES = SQLDialect(
    ids_clause="e.event_id = ANY(?)", ids_param=list,
    json_text=lambda path: f"(e.record::jsonb #>> '{_json_path(path)}')", contains="strpos({haystack}, {needle}) > 0",
    flag=lambda path: f"coalesce((e.record::jsonb #>> '{_json_path(path)}')::boolean, false)", truth=bool,
    number="number", now=NOW)


class PostgresStore(EventStore):
    """Articles, events and clusters in a PostgreSQL database shared by several machines."""

    dialect = POSTGRES

    def __init__(self, url: str) -> None:
        psycopg = _psycopg()
        self.errors = (psycopg.Error,)
        self.path = shown(url)
        try:
            connection = psycopg.connect(_libpq_url(url), autocommit=True)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to the PostgreSQL store {self.path} ({str(exc).strip()}); check that "
                             f"the server runs and the database exists (createdb NAME)") from exc
        self.db = _Connection(connection)
        self._migrate()

    @property
    def schema_version(self) -> int:
        return int(self.db.execute("SELECT max(version) FROM dyadwatch_schema").fetchone()[0])

    def _migrate(self) -> None:
        try:
            with self.db:
                self.db.execute("SELECT pg_advisory_xact_lock(?)", (MIGRATION_LOCK,))
                self.db.execute("CREATE TABLE IF NOT EXISTS dyadwatch_schema (version INTEGER NOT NULL)")
                version = self.db.execute("SELECT coalesce(max(version), 0) FROM dyadwatch_schema").fetchone()[0]
                if version > len(PG_MIGRATIONS):
                    raise StoreError(f"{self.path} has schema version {version}, newer than this dyadwatch "
                                     f"({len(PG_MIGRATIONS)}); upgrade dyadwatch")
                for number, script in enumerate(PG_MIGRATIONS[version:], start=version + 1):
                    self.db.execute(script)
                    self.db.execute("INSERT INTO dyadwatch_schema VALUES (?)", (number,))
        except self.errors as exc:
            raise StoreError(f"cannot make the tables of {self.path} ({str(exc).strip()}); the user needs the "
                             f"right to create tables in that database") from exc


class _Connection:
    """A psycopg connection as the shared queries use one: `?` placeholders, `with` as one transaction."""

    def __init__(self, connection: Any) -> None:
        self.connection = connection
        self.open: list[Any] = []  # the transactions begun by `with`, innermost last

    def execute(self, sql: str, params: Iterable[Any] = ()) -> Any:
        return self.connection.execute(_placeholders(sql), tuple(params), prepare=False)

    def executemany(self, sql: str, rows: Iterable[Iterable[Any]]) -> None:
        with self.connection.cursor() as cursor:
            cursor.executemany(_placeholders(sql), [tuple(r) for r in rows])

    def __enter__(self) -> _Connection:
        transaction = self.connection.transaction()
        transaction.__enter__()
        self.open.append(transaction)
        return self

    def __exit__(self, *exc: Any) -> None:
        self.open.pop().__exit__(*exc)

    def close(self) -> None:
        self.connection.close()


def _placeholders(sql: str) -> str:
    """The shared queries' `?` as psycopg's `%s` (no query holds a literal `?` or `%`)."""
    return sql.replace("?", "%s")


def _libpq_url(url: str) -> str:
    return "postgresql:" + url.split(":", 1)[1] if url.startswith("postgres:") else url


def _psycopg() -> Any:
    try:
        import psycopg
    except ImportError as exc:
        raise StoreError("the PostgreSQL store needs psycopg: pip install 'dyadwatch[postgres]'") from exc
    return psycopg

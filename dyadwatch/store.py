"""Stage 6, store: articles and their events in SQLite (a file by default, or in memory).

Stores are opened through a registry keyed by URL scheme, so other back ends plug in the way the built-ins do.
The schema is versioned (`PRAGMA user_version`) with forward migrations. Saving an article and its events is
one transaction that replaces the article's earlier events, so a re-run or an interrupted run never leaves
duplicates or half-written articles.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import InputError, StoreError
from .records import Article, Event

__all__ = ["DEFAULT_DB", "EventFilter", "SQLiteStore", "open_store", "register_store", "STORE_SCHEMES", "MIGRATIONS"]

DEFAULT_DB = "dyadwatch.db"  # where the CLI and the Python API look for the store unless told otherwise
MIGRATIONS: tuple[str, ...] = (
    # 1: articles, events, the actors of each event, and the evidence sentence
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY, text TEXT NOT NULL, published TEXT, outlet TEXT, url TEXT, title TEXT,
        author TEXT, origin TEXT, ingested_at TEXT NOT NULL DEFAULT (datetime('now')), processed_at TEXT
    );
    CREATE TABLE events (
        event_id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        type TEXT NOT NULL, mode TEXT, date TEXT, date_precision TEXT, modality TEXT NOT NULL,
        score REAL NOT NULL, confidence REAL NOT NULL, predicate TEXT,
        evidence_text TEXT NOT NULL, evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL,
        record TEXT NOT NULL
    );
    CREATE INDEX events_doc ON events(doc_id);
    CREATE INDEX events_type_date ON events(type, date);
    CREATE TABLE event_actors (
        event_id TEXT NOT NULL REFERENCES events(event_id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('source', 'target')), position INTEGER NOT NULL,
        party TEXT, country TEXT, sector TEXT, code TEXT, name TEXT, text TEXT, start INTEGER, "end" INTEGER,
        PRIMARY KEY (event_id, role, position)
    );
    CREATE INDEX event_actors_party ON event_actors(party, role);
    """,
    # 2: where an article's publication date came from (given, or inferred from a dateline or the text)
    """
    ALTER TABLE articles ADD COLUMN published_from TEXT;
    """,
)


@dataclass(frozen=True)
class EventFilter:
    dyad: tuple[str, str] | None = None
    types: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    outlet: str | None = None
    modality: tuple[str, ...] = ()
    claimed_by: str | None = None  # a claimant's name (part of it) or country code: KCNA, "South Korean", PRK
    state_media: bool | None = None  # True: claimed by state media; False: by anyone else, or by the outlet itself
    place: str | None = None  # a place name (part of it) or the place's country code


class SQLiteStore:
    """The embedded store: one SQLite file (or `:memory:`)."""

    def __init__(self, path: str) -> None:
        self.path = path
        try:
            self.db = sqlite3.connect(path)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the store {path!r} ({exc}); check the path and permissions") from exc
        self.db.row_factory = sqlite3.Row
        try:
            self.db.execute("PRAGMA foreign_keys = ON")
            if path != ":memory:":
                self.db.execute("PRAGMA journal_mode = WAL")
        except sqlite3.DatabaseError as exc:
            self.db.close()
            raise StoreError(f"{path!r} is not a dyadwatch store (not an SQLite database)") from exc
        self._migrate()

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise StoreError(f"{self.path!r} has schema version {version}, newer than this dyadwatch "
                             f"({len(MIGRATIONS)}); upgrade dyadwatch")
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            with self.db:
                self.db.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")

    @property
    def schema_version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------------------

    def save(self, article: Article, events: Iterable[Event]) -> None:
        """Store an article and replace its events, all or nothing."""
        try:
            with self.db:
                self._upsert_article(article)
                self.db.execute("DELETE FROM events WHERE doc_id = ?", (article.id,))
                for event in events:
                    self._insert_event(event)
                self.db.execute("UPDATE articles SET processed_at = datetime('now') WHERE id = ?", (article.id,))
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write article {article.id} to {self.path!r}: {exc}") from exc

    def _upsert_article(self, article: Article) -> None:
        self.db.execute(
            """INSERT INTO articles (id, text, published, outlet, url, title, author, origin, published_from)
               VALUES (:id, :text, :published, :outlet, :url, :title, :author, :origin, :published_from)
               ON CONFLICT(id) DO UPDATE SET published = coalesce(excluded.published, published),
                 published_from = coalesce(excluded.published_from, published_from),
                 outlet = coalesce(excluded.outlet, outlet), url = coalesce(excluded.url, url),
                 title = coalesce(excluded.title, title), author = coalesce(excluded.author, author)""",
            article.to_dict(),
        )

    def _insert_event(self, event: Event) -> None:
        self.db.execute(
            """INSERT INTO events (event_id, doc_id, type, mode, date, date_precision, modality, score,
                 confidence, predicate, evidence_text, evidence_start, evidence_end, record)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (event.event_id, event.doc_id, event.type, event.mode, event.date, event.date_precision,
             event.modality, event.score, event.confidence, event.predicate, event.evidence.text,
             event.evidence.start, event.evidence.end, json.dumps(event.to_dict(), ensure_ascii=False)),
        )
        rows = [(event.event_id, role, n, a.party, a.country, a.sector, a.code, a.name, a.text, a.start, a.end)
                for role, actors in (("source", event.source), ("target", event.target))
                for n, a in enumerate(actors)]
        self.db.executemany("INSERT INTO event_actors VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)

    # -- reading ---------------------------------------------------------------------------------------

    def processed_ids(self) -> set[str]:
        """Articles whose events are stored (an interrupted run resumes after them)."""
        return {r[0] for r in self.db.execute("SELECT id FROM articles WHERE processed_at IS NOT NULL")}

    def article(self, article_id: str) -> Article | None:
        row = self.db.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            return None
        fields = {k: row[k] for k in ("id", "text", "published", "outlet", "url", "title", "author", "origin")}
        return Article(**fields)

    def count(self, table: str) -> int:
        if table not in ("articles", "events", "event_actors"):
            raise ValueError(table)
        return int(self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def events(self, where: EventFilter | None = None) -> Iterator[dict[str, Any]]:
        """Event records (the JSONL contract) with the trigger word under `predicate` and the article's outlet,
        title and publication date under `article`; `records.contract_record` cuts one back to the contract."""
        sql, params = _select(where or EventFilter())
        for row in self.db.execute(sql, params):
            record = json.loads(row["record"])
            record["predicate"] = row["predicate"]  # the trigger word: clustering compares it across articles
            record["article"] = {"outlet": row["outlet"], "title": row["title"], "published": row["published"]}
            yield record

    def party_mentions(self, *parties: str) -> list[tuple[int, str | None, str | None]]:
        """(article number, event date, publication date) of every event naming one of the parties: the news
        volume that series normalise by."""
        marks = ", ".join("?" * len(parties))
        cursor = self.db.cursor()
        cursor.row_factory = None  # plain tuples: no Row object per event
        return cursor.execute(
            f"""SELECT a.rowid, e.date, a.published FROM events e JOIN articles a ON a.id = e.doc_id
                WHERE EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.event_id AND x.party IN ({marks}))""",
            parties).fetchall()


def _select(where: EventFilter) -> tuple[str, list[Any]]:
    clauses, params = [], []
    if where.dyad:
        clauses.append(
            """e.event_id IN (SELECT s.event_id FROM event_actors s JOIN event_actors t
                 ON s.event_id = t.event_id AND s.role = 'source' AND t.role = 'target'
               WHERE (s.party = ? AND t.party = ?) OR (s.party = ? AND t.party = ?))""")
        a, b = where.dyad
        params += [a, b, b, a]
    for column, values in (("e.type", where.types), ("e.modality", where.modality)):
        if values:
            clauses.append(f"{column} IN ({', '.join('?' * len(values))})")
            params += list(values)
    if where.since:
        clauses.append("substr(e.date, 1, 10) >= ?")
        params.append(where.since)
    if where.until:
        clauses.append("e.date IS NOT NULL AND substr(e.date, 1, CAST(? AS INTEGER)) <= ?")
        params += [str(len(where.until)), where.until]
    if where.outlet:
        clauses.append("lower(a.outlet) = lower(?)")
        params.append(where.outlet)
    _json_filters(where, clauses, params)
    condition = " AND ".join(clauses) or "1"
    sql = f"""SELECT e.record, e.predicate, a.outlet, a.title, a.published
              FROM events e JOIN articles a ON a.id = e.doc_id
              WHERE {condition} ORDER BY e.date IS NULL, e.date, e.doc_id, e.evidence_start"""
    return sql, params


def _json_filters(where: EventFilter, clauses: list[str], params: list[Any]) -> None:
    """Filters on the context fields, read from the stored event record (SQLite's JSON functions)."""
    for value, field in ((where.claimed_by, "attribution"), (where.place, "place")):
        if value:
            name = "text" if field == "attribution" else "name"
            clauses.append(f"(instr(lower(json_extract(e.record, '$.{field}.{name}')), lower(?)) > 0 "
                           f"OR json_extract(e.record, '$.{field}.country') = upper(?))")
            params += [value, value]
    if where.state_media is not None:
        flag = "coalesce(json_extract(e.record, '$.attribution.state_media'), 0)"
        clauses.append(f"{flag} = ?")
        params.append(1 if where.state_media else 0)


STORE_SCHEMES: dict[str, Callable[[str], SQLiteStore]] = {}


def register_store(scheme: str, factory: Callable[[str], SQLiteStore]) -> None:
    """Make a back end available as `scheme:...` to `open_store` and every `--db` option."""
    STORE_SCHEMES[scheme] = factory


register_store("sqlite", lambda rest: SQLiteStore(rest))
register_store("memory", lambda rest: SQLiteStore(":memory:"))


def open_store(location: str) -> SQLiteStore:
    """`dyadwatch.db`, `sqlite:path.db` or `memory:`; other schemes come from registered plugins."""
    scheme, sep, rest = location.partition(":")
    if sep and scheme in STORE_SCHEMES:
        return STORE_SCHEMES[scheme](rest)
    if sep and len(scheme) > 1 and "/" in rest[:2]:
        raise InputError(f"no store for {scheme!r} in {location!r}; available: "
                         f"{', '.join(f'{s}:' for s in STORE_SCHEMES)} or a file path such as dyadwatch.db")
    path = Path(location)
    if path.is_dir():
        raise InputError(f"--db {location!r} is a directory; give a file such as {path / 'dyadwatch.db'}")
    return SQLiteStore(location)

"""Stage 6, store: articles and their events in SQLite (a file by default, or in memory), or in PostgreSQL.

Stores are opened through a registry keyed by URL scheme, so other back ends plug in the way the built-ins do:
`dyadwatch.db` or `sqlite:dyadwatch.db`, `memory:`, and `postgresql://user@host/db` (store_postgres.py, the shared
store for several machines). `EventStore` holds what the back ends share: every query is written once, with the
few spots where the SQL dialects differ (`SQLDialect`) filled in by each. The schema is versioned with forward
migrations. Saving an article and its events is one transaction that replaces the article's earlier events, so a
re-run or an interrupted run never leaves duplicates or half-written articles.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .dates import date_span
from .errors import InputError, StoreError
from .records import Article, Event

__all__ = ["DEFAULT_DB", "EventFilter", "EventStore", "SQLDialect", "SQLiteStore", "open_store", "register_store",
           "shown", "STORE_SCHEMES", "MIGRATIONS"]

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
    # 3: a write stamp on every event (a rewritten event gets a new, larger one, and the 'stamp' counter counts
    # writes); the clusters of a set of events (clusterstore.py); each actor row's article and event date (the
    # news volume is read from the actor index alone); the order events are read in, as an index
    """
    ALTER TABLE events ADD COLUMN stamp INTEGER NOT NULL DEFAULT 0;
    UPDATE events SET stamp = rowid;
    CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
    INSERT INTO counters VALUES ('stamp', (SELECT coalesce(max(stamp), 0) FROM events));
    CREATE TABLE cluster_sets (
        key TEXT PRIMARY KEY, scope TEXT NOT NULL, state INTEGER NOT NULL, parties TEXT NOT NULL,
        events INTEGER NOT NULL, clusters TEXT NOT NULL, created_at TEXT NOT NULL DEFAULT (datetime('now'))
    );
    CREATE INDEX cluster_sets_scope ON cluster_sets(scope, state);
    CREATE INDEX cluster_sets_parties ON cluster_sets(parties, created_at);
    ALTER TABLE event_actors ADD COLUMN article INTEGER;
    ALTER TABLE event_actors ADD COLUMN date TEXT;
    UPDATE event_actors SET (article, date) = (SELECT a.rowid, e.date FROM events e JOIN articles a
        ON a.id = e.doc_id WHERE e.event_id = event_actors.event_id);
    CREATE INDEX event_actors_mentions ON event_actors(party, article, date);
    CREATE INDEX events_order ON events(date IS NULL, date, doc_id, evidence_start);
    """,
)
ARTICLE_COLUMNS = ("id", "text", "published", "outlet", "url", "title", "author", "origin")
BROAD_SHARE = 0.25  # a dyad whose rarer party is in more actor rows than this share of events is read in order
CLUSTER_SETS_KEPT = 8  # sets kept per pair of parties (one per filter: the whole dyad, --since 2024, ...)
WEEK = "substr(e.date, 6, 1) = 'W'"  # an event dated to an ISO week ("2025-W06"; no LIKE: '%' is psycopg's)


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
    ids: tuple[str, ...] | None = None  # these events only (an empty tuple: none)


@dataclass(frozen=True)
class SQLDialect:
    """The spots where the back ends' SQL differs, in the queries `EventStore` shares (placeholders are `?`)."""

    ids_clause: str  # events whose id is in one parameter holding a list
    ids_param: Callable[[tuple[str, ...]], Any]
    json_text: Callable[[str], str]  # the text at a dotted path of the stored record, as SQL
    contains: str  # "{haystack} holds {needle}", as SQL
    flag: Callable[[str], str]  # a true/false at a dotted path of the record (missing: false), to compare with ?
    truth: Callable[[bool], Any]  # the parameter that flag compares with
    number: str  # the row number column of articles and cluster_sets
    now: str  # the current UTC time as text


SQLITE = SQLDialect(
    ids_clause="e.event_id IN (SELECT value FROM json_each(?))", ids_param=lambda ids: json.dumps(list(ids)),
    json_text=lambda path: f"json_extract(e.record, '$.{path}')", contains="instr({haystack}, {needle}) > 0",
    flag=lambda path: f"coalesce(json_extract(e.record, '$.{path}'), 0)", truth=int,
    number="rowid", now="datetime('now')")


class EventStore:
    """What every SQL back end shares. A back end opens `db` (a connection with `execute`, `executemany`,
    and `with db:` as one transaction), sets `path`, `dialect` and `errors`, and says its `schema_version`."""

    db: Any
    path: str
    dialect: SQLDialect
    errors: tuple[type[Exception], ...]

    @property
    def schema_version(self) -> int:
        raise NotImplementedError

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _tuples(self, sql: str, params: Iterable[Any] = ()) -> Iterable[tuple[Any, ...]]:
        """Rows as plain tuples (no row object per event)."""
        return self.db.execute(sql, params)

    # -- writing ---------------------------------------------------------------------------------------

    def save(self, article: Article, events: Iterable[Event]) -> None:
        """Store an article and replace its events, all or nothing."""
        try:
            with self.db:
                self._upsert_article(article)
                self.db.execute("DELETE FROM events WHERE doc_id = ?", (article.id,))
                stamp = self._next_stamp()
                number = self.db.execute(f"SELECT {self.dialect.number} FROM articles WHERE id = ?",
                                         (article.id,)).fetchone()[0]
                for event in events:
                    self._insert_event(event, stamp, number)
                self.db.execute(f"UPDATE articles SET processed_at = {self.dialect.now} WHERE id = ?", (article.id,))
        except self.errors as exc:
            raise StoreError(f"cannot write article {article.id} to {self.path!r}: {exc}") from exc

    def _upsert_article(self, article: Article) -> None:
        self.db.execute(
            """INSERT INTO articles (id, text, published, outlet, url, title, author, origin, published_from)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT(id) DO UPDATE SET published = coalesce(excluded.published, articles.published),
                 published_from = coalesce(excluded.published_from, articles.published_from),
                 outlet = coalesce(excluded.outlet, articles.outlet), url = coalesce(excluded.url, articles.url),
                 title = coalesce(excluded.title, articles.title),
                 author = coalesce(excluded.author, articles.author)""",
            tuple(article.to_dict().get(k) for k in ARTICLE_COLUMNS + ("published_from",)),
        )

    def _next_stamp(self) -> int:
        """A number larger than any event's stamp so far: what is derived from a set of events (stored
        clusters) is keyed by their ids and stamps, and a rewritten event never keeps its old stamp."""
        self.db.execute("UPDATE counters SET value = value + 1 WHERE name = 'stamp'")
        return int(self.db.execute("SELECT value FROM counters WHERE name = 'stamp'").fetchone()[0])

    def _insert_event(self, event: Event, stamp: int, article: int) -> None:
        self.db.execute(
            """INSERT INTO events (event_id, doc_id, type, mode, date, date_precision, modality, score,
                 confidence, predicate, evidence_text, evidence_start, evidence_end, record, stamp)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (event.event_id, event.doc_id, event.type, event.mode, event.date, event.date_precision,
             event.modality, event.score, event.confidence, event.predicate, event.evidence.text,
             event.evidence.start, event.evidence.end, json.dumps(event.to_dict(), ensure_ascii=False), stamp),
        )
        rows = [(event.event_id, role, n, a.party, a.country, a.sector, a.code, a.name, a.text, a.start, a.end,
                 article, event.date)
                for role, actors in (("source", event.source), ("target", event.target))
                for n, a in enumerate(actors)]
        self.db.executemany("INSERT INTO event_actors VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)

    def write_state(self) -> int:
        """A number that changes with every write of events (the last stamp given out)."""
        return int(self.db.execute("SELECT value FROM counters WHERE name = 'stamp'").fetchone()[0])

    # -- reading ---------------------------------------------------------------------------------------

    def processed_ids(self) -> set[str]:
        """Articles whose events are stored (an interrupted run resumes after them)."""
        return {r[0] for r in self.db.execute("SELECT id FROM articles WHERE processed_at IS NOT NULL")}

    def article(self, article_id: str) -> Article | None:
        row = self.db.execute(f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles WHERE id = ?",
                              (article_id,)).fetchone()
        return None if row is None else Article(**dict(zip(ARTICLE_COLUMNS, row, strict=True)))

    def count(self, table: str) -> int:
        if table not in ("articles", "events", "event_actors"):
            raise ValueError(table)
        return int(self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def events(self, where: EventFilter | None = None) -> Iterator[dict[str, Any]]:
        """Event records (the JSONL contract) with the trigger word under `predicate`, the article's outlet,
        title and publication date under `article`, and the write `stamp`; `records.contract_record` cuts one back
        to the contract."""
        where = where or EventFilter()
        sql, params = _select(where, self.dialect, broad=self._broad(where))
        for text, predicate, stamp, outlet, title, published in self._tuples(sql, params):  # _select's order
            record = json.loads(text)
            record["predicate"] = predicate  # the trigger word: clustering compares it across articles
            record["article"] = {"outlet": outlet, "title": title, "published": published}
            record["stamp"] = stamp
            yield record

    def event_summary(self, where: EventFilter | None = None) -> tuple[int, int]:
        """How many events `events(where)` would give, and their largest write stamp (0 when none): together they
        change whenever that set of events does, since every write stamps its events above all earlier ones."""
        where = where or EventFilter()
        sql, params = _select(where, self.dialect, "count(*), coalesce(max(e.stamp), 0)", ordered=False,
                              broad=self._broad(where))
        count, latest = self.db.execute(sql, params).fetchone()
        return int(count), int(latest)

    def _broad(self, where: EventFilter) -> bool:
        """Whether to read a dyad's events in table order rather than through the actor index (SQLite: below);
        a back end with a cost-based planner leaves that choice to it."""
        return False

    def dyads(self) -> list[tuple[str, str]]:
        """Every pair of distinct parties some stored event has as source and target, sorted."""
        pairs = self.db.execute(
            """SELECT DISTINCT CASE WHEN s.party < t.party THEN s.party ELSE t.party END,
                 CASE WHEN s.party < t.party THEN t.party ELSE s.party END FROM event_actors s
               JOIN event_actors t ON s.event_id = t.event_id AND s.role = 'source' AND t.role = 'target'
               WHERE s.party IS NOT NULL AND t.party IS NOT NULL AND s.party != t.party""").fetchall()
        return sorted((str(a), str(b)) for a, b in pairs)

    # -- clusters computed from a set of events (clusterstore.py) ------------------------------------------

    def fresh_cluster_set(self, scope: str, state: int) -> str | None:
        """The set of this scope last found valid at write state `state` (no event written since)."""
        row = self.db.execute("SELECT clusters FROM cluster_sets WHERE scope = ? AND state = ? LIMIT 1",
                              (scope, state)).fetchone()
        return str(row[0]) if row else None

    def cluster_set(self, key: str, state: int) -> str | None:
        """The set stored under `key`, now known valid at write state `state`."""
        row = self.db.execute("SELECT clusters FROM cluster_sets WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        try:
            with self.db:
                self.db.execute("UPDATE cluster_sets SET state = ? WHERE key = ?", (state, key))
        except self.errors:
            pass  # a read-only store: the next reader checks the key again
        return str(row[0])

    def save_cluster_set(self, key: str, scope: str, state: int, parties: str, events: int, clusters: str) -> None:
        """Keep the clusters of a set of events, in place of the set its scope (filter) had before, whose events
        have changed since; of one pair of parties, only the sets of the newest few filters are kept."""
        try:
            with self.db:
                self.db.execute("DELETE FROM cluster_sets WHERE scope = ?", (scope,))
                self.db.execute("DELETE FROM cluster_sets WHERE key = ?", (key,))
                self.db.execute("INSERT INTO cluster_sets (key, scope, state, parties, events, clusters) "
                                "VALUES (?, ?, ?, ?, ?, ?)", (key, scope, state, parties, events, clusters))
                self.db.execute(
                    f"""DELETE FROM cluster_sets WHERE parties = ? AND key NOT IN (SELECT key FROM cluster_sets
                       WHERE parties = ? ORDER BY created_at DESC, {self.dialect.number} DESC LIMIT ?)""",
                    (parties, parties, CLUSTER_SETS_KEPT))
        except self.errors as exc:
            raise StoreError(f"cannot write clusters to {self.path!r}: {exc}") from exc

    def party_mentions(self, *parties: str) -> list[tuple[int, str | None, str | None]]:
        """(article number, event date, publication date) of every event naming one of the parties: the news
        volume that series normalise by."""
        marks = ", ".join("?" * len(parties))
        return list(self._tuples(  # from the actor index (event_actors_mentions), not the events table
            f"""SELECT DISTINCT x.article, x.date, a.published FROM event_actors x
                JOIN articles a ON a.{self.dialect.number} = x.article WHERE x.party IN ({marks})""", parties))


class SQLiteStore(EventStore):
    """The embedded store: one SQLite file (or `:memory:`)."""

    dialect = SQLITE
    errors = (sqlite3.Error,)

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
        except sqlite3.OperationalError as exc:  # SQLite keeps side files (-wal, -shm) beside the store
            self.db.close()
            raise StoreError(f"cannot open the store {path!r} ({exc}); SQLite needs to write beside it: make its "
                             f"folder writable, or copy the file to a folder you can write") from exc
        except sqlite3.DatabaseError as exc:
            self.db.close()
            raise StoreError(f"{path!r} is not a dyadwatch store (not an SQLite database)") from exc
        self._migrate()

    def _tuples(self, sql: str, params: Iterable[Any] = ()) -> Iterable[tuple[Any, ...]]:
        cursor = self.db.cursor()
        cursor.row_factory = None  # plain tuples: no Row object per event
        return cursor.execute(sql, tuple(params))

    def _broad(self, where: EventFilter) -> bool:
        """Whether the dyad asked for may hold a large share of the events: reading them in table order then
        beats looking each one up (about 1.7 times faster for a dyad with 80% of 100,000 events, and about 3
        times slower for one with 3%). Judged from the rarer party's count in the actor index."""
        if not where.dyad:
            return False
        counts = [self.db.execute("SELECT count(*) FROM event_actors WHERE party = ?", (party,)).fetchone()[0]
                  for party in where.dyad]
        total = self.db.execute("SELECT max(rowid) FROM events").fetchone()[0] or 0
        return min(counts) > BROAD_SHARE * total

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

    def __enter__(self) -> SQLiteStore:
        return self


def _select(where: EventFilter, dialect: SQLDialect,
            columns: str = "e.record, e.predicate, e.stamp, a.outlet, a.title, a.published",
            ordered: bool = True, broad: bool = False) -> tuple[str, list[Any]]:
    clauses, params = [], []
    if where.dyad and broad:  # each event checked in table order
        clauses.append(
            """EXISTS (SELECT 1 FROM event_actors s JOIN event_actors t ON t.event_id = s.event_id
                 AND t.role = 'target' WHERE s.event_id = e.event_id AND s.role = 'source'
                 AND ((s.party = ? AND t.party = ?) OR (s.party = ? AND t.party = ?)))""")
    elif where.dyad:  # the dyad's events found through the actor index, then looked up
        clauses.append(
            """e.event_id IN (SELECT s.event_id FROM event_actors s JOIN event_actors t
                 ON s.event_id = t.event_id AND s.role = 'source' AND t.role = 'target'
               WHERE (s.party = ? AND t.party = ?) OR (s.party = ? AND t.party = ?))""")
    if where.dyad:
        a, b = where.dyad
        params += [a, b, b, a]
    if where.ids is not None:  # one JSON array, not a parameter each: a briefing asks for tens of thousands
        clauses.append(dialect.ids_clause)
        params.append(dialect.ids_param(where.ids))
    for column, values in (("e.type", where.types), ("e.modality", where.modality)):
        if values:
            clauses.append(f"{column} IN ({', '.join('?' * len(values))})")
            params += list(values)
    # a week ("2025-W06") sorts after every month of its year as text: weeks are compared with the bound's week
    if where.since:
        clauses.append(f"(({WEEK} AND substr(e.date, 1, 8) >= ?) OR (NOT {WEEK} AND substr(e.date, 1, 10) >= ?))")
        params += [_iso_week(where.since, last=False), where.since]
    if where.until:
        clauses.append(f"e.date IS NOT NULL AND (({WEEK} AND substr(e.date, 1, 8) <= ?) OR "
                       f"(NOT {WEEK} AND substr(e.date, 1, CAST(? AS INTEGER)) <= ?))")
        params += [_iso_week(where.until, last=True), str(len(where.until)), where.until]
    if where.outlet:
        clauses.append("lower(a.outlet) = lower(?)")
        params.append(where.outlet)
    _json_filters(where, dialect, clauses, params)
    condition = " AND ".join(clauses) or "1 = 1"
    # (index events_order; ties in the order the events were found, SQLite's rowid being the index's last key)
    order = f" ORDER BY e.date IS NULL, e.date, e.doc_id, e.evidence_start, e.{dialect.number}" if ordered else ""
    sql = f"SELECT {columns} FROM events e JOIN articles a ON a.id = e.doc_id WHERE {condition}{order}"
    return sql, params


def _iso_week(bound: str, last: bool) -> str:
    """The ISO week ("2025-W31") of a bound's first day (`since`) or last day (`until`)."""
    span = date_span(bound)
    if span is None:
        raise InputError(f"not a date: {bound!r}; give YYYY, YYYY-MM or YYYY-MM-DD")
    year, week, _ = span[1 if last else 0].isocalendar()
    return f"{year}-W{week:02d}"


def _json_filters(where: EventFilter, dialect: SQLDialect, clauses: list[str], params: list[Any]) -> None:
    """Filters on the context fields, read from the stored event record (the back end's JSON functions)."""
    for value, field in ((where.claimed_by, "attribution"), (where.place, "place")):
        if value:
            name = "text" if field == "attribution" else "name"
            holds = dialect.contains.format(haystack=f"lower({dialect.json_text(f'{field}.{name}')})",
                                            needle="lower(?)")
            clauses.append(f"({holds} OR {dialect.json_text(f'{field}.country')} = upper(?))")
            params += [value, value]
    if where.state_media is not None:
        clauses.append(f"{dialect.flag('attribution.state_media')} = ?")
        params.append(dialect.truth(where.state_media))


STORE_SCHEMES: dict[str, Callable[[str], EventStore]] = {}


def register_store(scheme: str, factory: Callable[[str], EventStore]) -> None:
    """Make a back end available as `scheme:...` to `open_store` and every `--db` option."""
    STORE_SCHEMES[scheme] = factory


register_store("sqlite", lambda rest: SQLiteStore(rest))
register_store("memory", lambda rest: SQLiteStore(":memory:"))


def _postgres(rest: str) -> EventStore:
    from .store_postgres import PostgresStore  # psycopg is loaded only for a PostgreSQL store

    return PostgresStore("postgresql:" + rest)


register_store("postgresql", _postgres)
register_store("postgres", _postgres)


def shown(location: str) -> str:
    """A store's location as messages show it: a URL's password hidden (`postgresql://me:***@host/db`)."""
    return re.sub(r"(//[^:/@]+):[^@/]*@", r"\1:***@", location)


def open_store(location: str) -> EventStore:
    """`dyadwatch.db`, `sqlite:path.db`, `memory:` or `postgresql://...`; other schemes come from plugins."""
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

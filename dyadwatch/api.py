"""The Python API for analysts: a store's events, clusters, dyad series and actor network as pandas DataFrames.

    import dyadwatch.api as dw

    monthly = dw.series("RUS", "PRK", freq="M", since="2023-01", db="dyadwatch.db")
    monthly["military"]["index"].plot()              # the military cooperation–conflict index, month by month
    monthly.xs("change", axis=1, level="field")      # the periods where each dimension's index shifts
    dw.series("RUS", "PRK", freq="Q", directed=True)["RUS->PRK"]["all"]
    dw.events("RUS", "PRK", since="2024-06")         # one flat row per event (dyadwatch.export.EVENT_COLUMNS)
    dw.clusters("RUS", "PRK")                        # one row per real-world event
    dw.network("RUS", "PRK", level="agency")         # who acts on whom, how often, how friendly
    dw.export("events", "events.parquet", "parquet")  # or "clusters"; parquet, csv or jsonl (dyadwatch.export)

`db` is a store location (a file such as dyadwatch.db, or a registered scheme) or an open store. The index, its
weights and the change test are described in `dyadwatch.series`; the network's columns in `dyadwatch.network`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from . import series as _series
from .errors import InputError
from .export import cluster_table, event_frame, export_clusters, export_events
from .network import actor_network
from .store import DEFAULT_DB, EventFilter, EventStore, open_store

if TYPE_CHECKING:
    from .clusters import Cluster

__all__ = ["series", "events", "clusters", "network", "export", "DEFAULT_DB"]

Store = str | Path | EventStore


def series(a: str, b: str, freq: str = "M", since: str | None = None, until: str | None = None,
           db: Store = DEFAULT_DB, dimensions: Sequence[str] | None = None, directed: bool = False) -> pd.DataFrame:
    """The dyad's series: rows are periods (a PeriodIndex), columns (dimension, field), or (direction, dimension,
    field) when `directed`. Fields: clusters, weighted, corroboration, articles, index, per_article, z, change
    (`dyadwatch.series`). Dimensions: all, diplomatic,
    military, economic, and every PLOVER context in `dimensions` ("cyber", "humanitarian").
    """
    a, b = _series.party_code(a), _series.party_code(b)
    since, until = _series.date_bound(since, "since"), _series.date_bound(until, "until")
    with _opened(db) as store:
        return _series.series_from_store(store, a, b, freq, since, until, dimensions, directed)


def events(a: str | None = None, b: str | None = None, since: str | None = None, until: str | None = None,
           db: Store = DEFAULT_DB, types: Sequence[str] = (), modality: Sequence[str] = ()) -> pd.DataFrame:
    """Stored events as flat rows (between a and b, either direction, when given)."""
    where = _filter(a, b, since, until, types, modality)
    with _opened(db) as store:
        return event_frame(store.events(where))


def clusters(a: str | None = None, b: str | None = None, since: str | None = None, until: str | None = None,
             db: Store = DEFAULT_DB, window_days: int = 7) -> pd.DataFrame:
    """Event clusters (one per real-world event) as flat rows."""
    where = _filter(a, b, since, until)
    with _opened(db) as store:
        return cluster_table(_dyad_clusters(store, where, window_days))


def network(a: str | None = None, b: str | None = None, since: str | None = None, until: str | None = None,
            db: Store = DEFAULT_DB, level: str = "actor", directed: bool = True) -> pd.DataFrame:
    """The actor network's edges: source, target, interactions, reports, cooperation, conflict, balance, mean_score.
    With dates, the reports are those of the clusters dated within them (as in the briefing and the series)."""
    where = _filter(a, b, since, until)
    with _opened(db) as store:
        found = _series.dated_set(store, where)
        if since or until:  # an undated retelling of a kept event is one of its reports
            where = EventFilter(ids=tuple(found.reports))
        return actor_network(store.events(where), level, found.clusters, directed)


def export(kind: str, out: str | Path | None, fmt: str, a: str | None = None, b: str | None = None,
           since: str | None = None, until: str | None = None, db: Store = DEFAULT_DB) -> int:
    """Write the store's "events" or "clusters" to `out` (None or "-": standard output) as parquet, csv or jsonl;
    returns how many were written."""
    if kind not in ("events", "clusters"):
        raise InputError(f"cannot export {kind!r}; export events or clusters")
    where = _filter(a, b, since, until)
    with _opened(db) as store:
        if kind == "events":
            return export_events(store.events(where), out, fmt)
        return export_clusters(_dyad_clusters(store, where), out, fmt)


def _dyad_clusters(store: EventStore, where: EventFilter, window_days: int = 7) -> list[Cluster]:
    """The clusters of the dyad `where` names, or of every dyad in turn: each dyad is clustered alone, as its
    briefing and `summary` cluster it, so a cluster has the same id and reports wherever it is read."""
    if where.dyad is not None:
        return _series.dated_set(store, where, window_days=window_days).clusters
    return [c for dyad in store.dyads()
            for c in _series.dated_set(store, replace(where, dyad=dyad), window_days=window_days).clusters]


# -- arguments -------------------------------------------------------------------------------------------------


@contextmanager
def _opened(db: Store) -> Iterator[EventStore]:
    """An open store; one opened here is closed here, one passed in is left open."""
    if isinstance(db, EventStore):
        yield db
        return
    location = str(db)
    if ":" not in location and not Path(location).exists():
        raise InputError(f"no store at {location!r}; create one with `dyadwatch ingest PATH --db {location}`")
    with open_store(location) as store:
        yield store


def _filter(a: str | None, b: str | None, since: str | None, until: str | None, types: Sequence[str] = (),
            modality: Sequence[str] = ()) -> EventFilter:
    if (a is None) != (b is None):
        raise InputError("give both parties of the dyad (a and b), or neither for the whole store")
    dyad = (_series.party_code(a), _series.party_code(b)) if a is not None and b is not None else None
    since, until = _series.date_bound(since, "since"), _series.date_bound(until, "until")
    _series.check_bounds(since, until)
    return EventFilter(dyad=dyad, types=tuple(t.upper() for t in types), since=since, until=until,
                       modality=tuple(modality))

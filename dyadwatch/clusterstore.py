"""Stage 7, analysis: event clusters kept in the store, so a briefing reads them instead of computing them.

Clustering a dyad with tens of thousands of reports takes far longer than reading them. So the clusters of a set
of events (the events an `EventFilter` selects), with the `Report` of each event (reports.py), are stored in the
table `cluster_sets` under a key made of the filter, the number of events it selects and their largest write
stamp, the window, the clustering code and the outlet table it consults. Every write gives its events a stamp
larger than any before (store.py), so a changed set always has a new count or a new largest stamp: stored clusters
are found again only for exactly the events they were computed from, and are then the clusters
`clusters.cluster_events` would give. Counting a dyad's events takes a query over them, so a set also records the
store's write state when it was last found valid: while nothing has been written since, it is used unchecked.
`dyadwatch ingest` ends by clustering each dyad whose events changed (`refresh`), so the briefing, the series and
the exports that follow find them ready.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from . import clusterarticle as _clusterarticle
from . import clusterrecords as _clusterrecords
from . import clusterreports as _clusterreports
from . import clusters as _clusters
from . import clustersimilarity as _clustersimilarity
from . import clusterwords as _clusterwords
from . import dates as _dates
from . import lexicon as _lexicon
from . import network as _network
from . import records as _records
from . import reports as _reports
from .clusters import Cluster, cluster_events
from .errors import StoreError
from .knowledge import KnowledgeBase, load_knowledge_base
from .memory import collector_paused
from .reports import OutletNames, Report, report_of
from .resources import data_path
from .store import EventFilter, EventStore

__all__ = ["AnalysisSet", "analysis_set", "clusters_for", "clusters_of_every_dyad", "refresh"]

FORMAT = "2"  # bump when the stored form of a set changes


@dataclass(frozen=True)
class AnalysisSet:
    """The clusters of a set of events, and each event's `Report` (by event id, in the store's event order)."""

    clusters: list[Cluster]
    reports: dict[str, Report]


def analysis_set(store: EventStore, where: EventFilter, knowledge: KnowledgeBase | None = None,
                 window_days: int = 7) -> AnalysisSet:
    """The clusters and reports of the events `where` selects: read when stored, else computed and kept (a store
    that cannot be written only costs the time)."""
    kb = knowledge if knowledge is not None else load_knowledge_base()
    scope, state = _scope(where, window_days, kb), store.write_state()
    with collector_paused():  # tens of thousands of small acyclic records: see memory.py
        stored, key = _lookup(store, where, scope, state)
        if stored is not None:
            return _decode(stored)
        found = _compute(store, where, kb, window_days)
    _keep(store, (key, scope, state), where, found)
    return found


def clusters_for(store: EventStore, where: EventFilter, knowledge: KnowledgeBase | None = None,
                 window_days: int = 7) -> list[Cluster]:
    """The clusters of the events `where` selects (see `analysis_set`)."""
    return analysis_set(store, where, knowledge, window_days).clusters


def clusters_of_every_dyad(store: EventStore, knowledge: KnowledgeBase | None = None,
                           window_days: int = 7) -> list[Cluster]:
    """The clusters of each dyad's events (as `dyadwatch ingest` kept them; a dyad without is clustered now), in
    dyad order."""
    kb = knowledge if knowledge is not None else load_knowledge_base()
    return [c for dyad in store.dyads() for c in clusters_for(store, EventFilter(dyad=dyad), kb, window_days)]


def refresh(store: EventStore, knowledge: KnowledgeBase | None = None, window_days: int = 7,
            on_dyad: Callable[[tuple[str, str], int], None] | None = None) -> list[tuple[tuple[str, str], int, int]]:
    """Cluster every dyad whose events have no stored set yet (what a briefing of the dyad reads); returns
    (dyad, events, clusters) for each one clustered. `on_dyad(dyad, events)` is called before each."""
    kb = knowledge if knowledge is not None else load_knowledge_base()
    done = []
    for dyad in store.dyads():
        where, state = EventFilter(dyad=dyad), store.write_state()
        scope = _scope(where, window_days, kb)
        stored, key = _lookup(store, where, scope, state)
        if stored is not None:
            continue
        if on_dyad:
            on_dyad(dyad, store.event_summary(where)[0])
        with collector_paused():
            found = _compute(store, where, kb, window_days)
        _keep(store, (key, scope, state), where, found)
        done.append((dyad, len(found.reports), len(found.clusters)))
    return done


def _compute(store: EventStore, where: EventFilter, kb: KnowledgeBase, window_days: int) -> AnalysisSet:
    events = list(store.events(where))
    outlets = OutletNames(kb)
    reports = {str(e["event_id"]): report_of(e, outlets) for e in events}
    return AnalysisSet(cluster_events(events, knowledge=kb, window_days=window_days), reports)


def _scope(where: EventFilter, window_days: int, kb: KnowledgeBase) -> str:
    """What a set depends on besides its events: the filter, the window, the code that clusters and reports,
    and the outlets it knows."""
    if where.dyad:  # either order selects the same events: one set for both
        where = replace(where, dyad=(min(where.dyad), max(where.dyad)))
    text = f"{FORMAT}|{window_days}|{_code_version()}|{_outlets_version(kb)}|{where!r}"
    return hashlib.sha256(text.encode()).hexdigest()


def _lookup(store: EventStore, where: EventFilter, scope: str, state: int) -> tuple[str | None, str]:
    """The stored set (or None) and its key: unchecked when nothing was written since it was last found valid,
    else by its events' count and largest stamp."""
    fresh = store.fresh_cluster_set(scope, state)
    if fresh is not None:
        return fresh, ""  # (found: no key needed)
    count, latest = store.event_summary(where)
    key = hashlib.sha256(f"{scope}|{count}|{latest}".encode()).hexdigest()
    return store.cluster_set(key, state), key


def _decode(stored: str) -> AnalysisSet:
    data = json.loads(stored)
    return AnalysisSet([Cluster.from_dict(record) for record in data["clusters"]],
                       {values[0]: Report.from_list(values) for values in data["reports"]})


def _keep(store: EventStore, keys: tuple[str, str, int], where: EventFilter, found: AnalysisSet) -> None:
    if store.write_state() != keys[2]:
        return  # another process wrote events meanwhile: what was read may not match the key
    payload = json.dumps({"clusters": [c.to_dict() for c in found.clusters],
                          "reports": [list(r) for r in found.reports.values()]}, ensure_ascii=False)
    label = "-".join(sorted(where.dyad)) if where.dyad else "*"  # only the newest sets of one dyad are kept
    try:
        store.save_cluster_set(*keys, label, len(found.reports), payload)
    except StoreError:
        return  # a read-only store: the set is simply computed again next time


def _rules_files() -> list[Path]:
    """What the stored clusters depend on beside the events: the clustering and report code (with its word stems
    and families, the date spans it compares and the lexicon's measure types), the word classes the clustering
    reads (`data/predicates.yaml`) and the lexicon it asks which acts are two-sided (`data/events.yaml`); the
    records module names a report's claimant."""
    modules = (_clusters, _clusterreports, _clusterarticle, _clustersimilarity, _clusterwords, _clusterrecords,
               _dates, _lexicon, _reports, _network, _records)
    return [Path(str(module.__file__)) for module in modules] + [data_path("predicates.yaml"), data_path("events.yaml")]


@lru_cache(maxsize=1)
def _code_version() -> str:
    """The digest of `_rules_files`: a changed rule or word class must not serve what the old ones made."""
    digest = hashlib.sha256()
    for path in _rules_files():
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _outlets_version(kb: KnowledgeBase) -> str:
    outlets = sorted((key, o.name, o.country or "", o.state_media, o.wire) for key, o in kb.outlets.items())
    phrases = sorted((p.text, p.key, p.case_sensitive) for p in kb.phrases if p.kind == "outlet")
    return hashlib.sha256(repr((outlets, phrases)).encode()).hexdigest()[:16]


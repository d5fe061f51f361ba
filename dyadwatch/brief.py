"""Stage 8, outputs: the briefing on one dyad, a self-contained HTML page (or Markdown) built from the store.

Sections: headline figures; the index per dimension (`series.py`) with its change points and the clusters that
drove them; a timeline of the key event clusters (the largest |score| x weight), each with its citations (outlet,
who claims it, the evidence sentence); the source mix (each party's state media, other state media, independent
outlets); claims resting on a single source or only on state media; contested quantities and denials; the actor
network (`network.py`); and an appendix of every event read, grouped by period and cluster.

Every figure links into the appendix: a chart point to its period (`#p-2024-06`), a timeline item or list row to
its cluster (`#c-<cluster_id>`), a citation to its event (`#e-<event_id>`). The page has no script, font, image or
link outside itself: charts are inline SVG (`charts.py`). `brief_render.py` renders it (HTML or Markdown).

Cost: the dyad's clusters and the small `Report` of each event are read from the store (clusterstore.py; computed
and kept there the first time), and whole event records only for the reports the briefing quotes (the first
`IN_FULL` of each cluster, and the timeline's citations). One pass over the reports sorts out sources and network
links; the series reuses the clusters (only the news volume is a query of its own, on the actor index).
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Container, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import chain
from operator import attrgetter
from typing import Any

import pandas as pd
from markupsafe import Markup

from . import series as _series
from .briefviews import (
    AppendixCluster,
    Brief,
    Change,
    ClusterView,
    DimensionView,
    EdgeView,
    EventRow,
    Figure,
    Link,
    PeriodGroup,
    SeriesRow,
    SourceRow,
    TimelineItem,
    counted,
    coverage,
)
from .charts import Bar, Point, bar_chart, line_chart
from .clusters import Cluster
from .clusterstore import AnalysisSet
from .errors import InputError
from .knowledge import KnowledgeBase, load_knowledge_base
from .memory import collector_paused
from .records import claimant_of
from .reports import OutletNames, Report
from .store import EventFilter, EventStore

__all__ = ["TIMELINE_SIZE", "Brief", "EventRow", "build_brief"]

TIMELINE_SIZE = 25  # key clusters on the timeline
CITATIONS = 4  # reports quoted per timeline item (one per outlet first)
IN_FULL = 1  # reports of a cluster the appendix quotes; the rest by outlet, modality and id (`events --id`)
LIST_SIZE = 30  # rows of the single-source, state-media-only and contested lists
LINKS = 8  # cluster links shown for an aggregate (a source category, a network edge)
NETWORK_EDGES = 15
DRIVERS = 3  # clusters named as driving a change point
DIMENSIONS = _series.DEFAULT_DIMENSIONS
UNDATED = "undated, or dated less precisely than one period"  # the appendix group of clusters the index leaves out
DENIED, AFFIRMED = "negated", ("asserted", "reported")


# Fields of many reports at once (C-level getters: the briefing reads every report, some more than once).
_PLACE, _ARTICLE, _WHO, _MEDIUM = (attrgetter("place"), attrgetter("doc_id"), attrgetter("claimant", "outlet"),
                                   attrgetter("media_name"))


# -- the one pass over the events ------------------------------------------------------------------------------


@dataclass
class _Scan:
    """What one pass over the reports finds: their source categories, outlets, articles, network edges, denials."""

    categories: Counter[str] = field(default_factory=Counter)  # a | b | other | independent -> reports
    outlets: Counter[tuple[str, str]] = field(default_factory=Counter)  # (category, outlet) -> reports
    docs: set[str] = field(default_factory=set)
    # The network's edges (actor pairs, counted as network.py counts them): the reports naming each pair, and the
    # clusters behind it, each with the score of its first report.
    pair_reports: Counter[tuple[str, str]] = field(default_factory=Counter)
    edges: dict[tuple[str, str], dict[str, float]] = field(default_factory=lambda: defaultdict(dict))
    members: dict[str, dict[str, None]] = field(default_factory=dict)  # source category -> clusters with a report
    denied: set[str] = field(default_factory=set)  # clusters with a report that denies it


def _scan(reports: Collection[Report], cluster_of: dict[str, str], a: str, b: str,
          canonical: Callable[[str], str]) -> _Scan:
    category = {"": "independent", a: a, b: b}  # whose state media -> source category; any other is "other"
    keys = [category.get(r.media_country, "other") for r in reports]
    found = _Scan(categories=Counter(keys), outlets=_outlets(keys, reports, canonical),
                  docs=set(map(_ARTICLE, reports)),
                  members={key: {} for key in (a, b, "other", "independent")})
    pairs: list[tuple[str, str]] = []  # (counted at the end, in one call)
    members, edges, denied = found.members, found.edges, found.denied
    for report, key in zip(reports, keys, strict=True):
        cluster = cluster_of.get(report.event_id, report.event_id)
        members[key][cluster] = None
        if report.pairs:
            pairs += report.pairs
            for pair in report.pairs:
                edges[pair].setdefault(cluster, report.score)  # one interaction a cluster, scored by its first
        if report.modality == DENIED:
            denied.add(cluster)
    found.pair_reports.update(pairs)
    return found


def _outlets(categories: list[str], reports: Collection[Report],
             canonical: Callable[[str], str]) -> Counter[tuple[str, str]]:
    """Reports per (source category, outlet or state medium), in the order first seen (counted by pairs in one
    call, then named: there are a few dozen). A medium is named as the knowledge base names it, so "KCNA" and "the
    Korean Central News Agency" are one."""
    found: Counter[tuple[str, str]] = Counter()
    for (key, name), n in Counter(zip(categories, map(_MEDIUM, reports), strict=True)).items():
        found[(key, canonical(name) if name else "(unnamed outlet)")] += n
    return found


def _medium_names(kb: KnowledgeBase) -> Callable[[str], str]:
    """An outlet's or state medium's name as the knowledge base has it; a name it does not know, as written."""
    names = OutletNames(kb)
    return lambda name: known.name if (known := names.get(name)) else name


def _actors(actors: Sequence[dict[str, Any]]) -> str:
    return ", ".join(f"{a['name']} ({a['code']})" if a.get("name") else str(a.get("code") or "?")
                     for a in actors) or "?"


def _outlet(event: dict[str, Any]) -> str:
    return str((event.get("article") or {}).get("outlet") or "")


# -- what every section shares ---------------------------------------------------------------------------------


@dataclass
class _Context:
    """The reports by event id, the records of those quoted, the clusters, the series, the scan, and per cluster
    what the sections show of it."""

    a: str
    b: str
    freq: str
    reports: dict[str, Report]
    clusters: list[Cluster]
    of_cluster: dict[str, list[Report]]  # cluster_id -> its reports (looked up once: the sections read them often)
    table: pd.DataFrame  # the series (dyad_series)
    frame: pd.DataFrame  # its cluster rows (cluster_frame)
    scan: _Scan
    source_labels: dict[str, str]
    demonyms: dict[str, str]  # party -> "North Korean": to name whose state media a report rests on
    dyad: tuple[str, str]  # the two parties, sorted (as a cluster's `parties`)
    by_id: dict[str, Cluster] = field(default_factory=dict)
    weighted: dict[str, float] = field(default_factory=dict)  # clusters the index counts: score x weight
    dimensions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    flags: dict[str, tuple[str, ...]] = field(default_factory=dict)
    claims: dict[str, tuple[str, ...]] = field(default_factory=dict)  # contested clusters: the claims
    period_of: dict[str, str] = field(default_factory=dict)  # cluster_id -> its appendix group's label
    ordinals: dict[str, int] = field(default_factory=dict)  # period label -> period ordinal
    views: dict[str, ClusterView] = field(default_factory=dict)
    records: dict[str, dict[str, Any]] = field(default_factory=dict)  # whole event records, of the quoted reports
    order: list[Cluster] = field(default_factory=list)  # every cluster, ranked (`rank_all`)
    rank: dict[str, int] = field(default_factory=dict)  # cluster_id -> its place in `order`
    actors: dict[str, str] = field(default_factory=dict)  # event_id -> "source → target", of the quoted reports

    def rank_all(self) -> None:
        """Most significant first (|score x weight|), then earliest, then by id: sorted once, once annotated."""
        self.order = sorted(self.clusters, key=lambda c: (-abs(self.weighted.get(c.cluster_id, 0.0)),
                                                          c.date or "9999", c.cluster_id))
        self.rank = {c.cluster_id: n for n, c in enumerate(self.order)}

    def ranked(self, keys: Container[str]) -> list[Cluster]:
        """The clusters whose ids are among `keys`, most significant first."""
        return [c for c in self.order if c.cluster_id in keys]

    def view(self, cluster: Cluster) -> ClusterView:
        if cluster.cluster_id not in self.views:
            self.views[cluster.cluster_id] = _cluster_view(self, cluster)
        return self.views[cluster.cluster_id]

    def row(self, event_id: str) -> EventRow:
        event, report = self.records[event_id], self.reports[event_id]
        mode = f" ({event['mode']})" if event.get("mode") else ""
        tag, tagged = self.media_tag(report)
        return EventRow(event_id, event.get("date") or "undated", f"{event['type']}{mode}", self.actors_of(event),
                        event["modality"], _outlet(event) or "—", claimant_of(event) or "—", tag,
                        str(event["evidence"]["text"]), tagged)

    def actors_of(self, event: dict[str, Any]) -> str:
        """"Source → target" of a quoted record; once, as a cluster's view and its appendix row both show its
        first report's."""
        key = event["event_id"]
        if key not in self.actors:
            self.actors[key] = f"{_actors(event['source'])} → {_actors(event['target'])}"
        return self.actors[key]

    def media_tag(self, report: Report) -> tuple[str, str]:
        """What one report rests on ("independent outlet", "North Korean state media"), and whether that names
        its claimant or its outlet."""
        country = report.media_country
        if not country:
            return "independent outlet", "outlet"
        by_claimant = bool(report.claimant) and report.media_name == report.claimant
        return f"{self.demonyms.get(country, country)} state media", "claimant" if by_claimant else "outlet"

    def link(self, cluster: Cluster) -> Link:
        view = self.view(cluster)
        return Link(f"{view.date} {view.label}", view.href, view.actors)

    def links(self, cluster_ids: Iterable[str]) -> tuple[tuple[Link, ...], int]:
        """Links to the most significant of the clusters, and how many more there are (ids of no cluster, as of
        a report outside every cluster, are left out)."""
        known = {c for c in cluster_ids if c in self.rank}
        top = heapq.nsmallest(LINKS, known, key=self.rank.__getitem__)  # (not all of a category's clusters sorted)
        return tuple(self.link(self.by_id[c]) for c in top), max(0, len(known) - LINKS)


def _cluster_view(ctx: _Context, cluster: Cluster) -> ClusterView:
    reports = ctx.of_cluster[cluster.cluster_id]
    first, key = ctx.records[cluster.events[0]], cluster.cluster_id
    place = next(filter(None, map(_PLACE, reports)), "")
    articles = len(set(map(_ARTICLE, reports)))  # two events coded from one article are not two sources
    mode = first.get("mode") if first["type"] == cluster.type else None
    sources = [s for s in dict.fromkeys(chain.from_iterable(map(_WHO, reports))) if s]
    return ClusterView(
        key, f"#c-{key}", cluster.date or "undated", f"{cluster.type} ({mode})" if mode else cluster.type,
        ctx.actors_of(first), place, cluster.modality,
        len(reports), cluster.independent_outlets, _coverage(len(reports), articles, cluster.independent_outlets),
        "; ".join(sources[:6]) + ("; …" if len(sources) > 6 else ""),
        str(first["evidence"]["text"]), ctx.flags.get(key, ()), ctx.claims.get(key, ()),
        ctx.dimensions.get(key, ()), ctx.weighted.get(key, 0.0))


_coverage = lru_cache(maxsize=4096)(coverage)  # a few counts, in every cluster's view


def _anchor(label: str) -> str:
    return "p-" + re.sub(r"[^A-Za-z0-9]+", "-", label).strip("-")


# -- building --------------------------------------------------------------------------------------------------


def build_brief(store: EventStore, a: str, b: str, freq: str = "M", since: str | None = None,
                until: str | None = None, top: int = TIMELINE_SIZE, knowledge: KnowledgeBase | None = None,
                generated: str | None = None) -> Brief:
    """Read the dyad's clusters and reports (stored, or computed and kept: clusterstore.py), then the records
    of the reports it quotes, and build every section of the briefing."""
    a, b, freq = _series.party_code(a), _series.party_code(b), _series.normalise_freq(freq)
    if a == b:
        raise InputError(f"a briefing is on two parties; got {a} twice (write it like: dyadwatch brief RUS PRK)")
    since, until = _series.date_bound(since, "since"), _series.date_bound(until, "until")
    kb = knowledge if knowledge is not None else load_knowledge_base()
    with collector_paused():  # every record read is kept until the end: see memory.py
        return _build(store, a, b, freq, (since, until), top, kb, generated)


def _build(store: EventStore, a: str, b: str, freq: str, dates: tuple[str | None, str | None], top: int,
           kb: KnowledgeBase, generated: str | None) -> Brief:
    found = _series.dated_set(store, EventFilter(dyad=(a, b), since=dates[0], until=dates[1]), kb)
    ctx = _context(store, a, b, freq, dates, found, kb)
    in_index = ctx.ranked(ctx.weighted)  # the clusters the index counts, most significant first
    quoted = [e for c in ctx.clusters for e in c.events[:IN_FULL]] + _cited(ctx, in_index[:top])
    ctx.records.update((e["event_id"], e) for e in store.events(EventFilter(ids=tuple(dict.fromkeys(quoted)))))
    appendix = _appendix(ctx)
    anchors = {group.anchor for group in appendix}
    dimensions, rows = _dimensions(ctx, anchors)
    changes, timeline, (chart, mix) = _changes(ctx, anchors), _timeline(ctx, in_index[:top]), _source_mix(ctx)
    lists = {"single": [c for c in in_index if "single source" in ctx.flags[c.cluster_id]],
             "state": [c for c in in_index if "state media only" in ctx.flags[c.cluster_id]],
             "contested": ctx.ranked(ctx.claims)}
    shown = {key: tuple(ctx.view(c) for c in found[:LIST_SIZE]) for key, found in lists.items()}
    more = {key: max(0, len(found) - LIST_SIZE) for key, found in lists.items()}
    return Brief(
        a=a, b=b, title=f"{_name(kb, a)} – {_name(kb, b)}: relationship briefing", scope=_scope(ctx.table, dates, freq),
        generated=generated or date.today().isoformat(),
        headline=_headline(ctx, changes, timeline, anchors, {k: len(v) for k, v in lists.items()}),
        dimensions=dimensions, series_rows=rows, changes=changes, timeline=timeline, source_chart=chart,
        source_mix=mix, single_source=shown["single"], single_more=more["single"], state_only=shown["state"],
        state_more=more["state"], contested=shown["contested"], contested_more=more["contested"],
        network=_network(ctx), appendix=appendix, too_coarse=int(ctx.frame.attrs.get("too_coarse", 0)),
        in_full=IN_FULL)


def _name(kb: KnowledgeBase, code: str) -> str:
    known = kb.countries.get(code) or kb.organisations.get(code)
    return known.name if known else code


def _demonyms(kb: KnowledgeBase) -> dict[str, str]:
    """Each country's first demonym ("North Korean"), else its name."""
    found = {code: country.name for code, country in kb.countries.items()}
    firsts = {p.key: p.text for p in reversed(kb.phrases) if p.kind == "demonym"}  # reversed: the first wins
    return found | firsts


def _scope(table: pd.DataFrame, dates: tuple[str | None, str | None], freq: str) -> str:
    """The dates asked for, or else the first and last periods with events."""
    dated = [str(p) for p in _series.with_events(table, "all").index]
    since, until = dates[0] or (dated[0] if dated else None), dates[1] or (dated[-1] if dated else None)
    span = f"Events dated {since} to {until}" if since and until else "Events of every date"
    return f"{span}; the index per {_series.PERIOD_NAMES[freq]}."


def _context(store: EventStore, a: str, b: str, freq: str, dates: tuple[str | None, str | None],
             found: AnalysisSet, kb: KnowledgeBase) -> _Context:
    clusters, demonyms = found.clusters, _demonyms(kb)
    frame = _series.cluster_frame(clusters, a, b, freq)
    table = _series.dyad_series(frame, _series.news_volume(store, a, b, freq), a, b, freq, since=dates[0],
                                until=dates[1])
    cluster_of = {event_id: c.cluster_id for c in clusters for event_id in c.events}
    scan = _scan(found.reports.values(), cluster_of, a, b, _medium_names(kb))
    # An organisation (NATO, the UN) has no state media: no row that could only read 0
    labels = {p: f"{demonyms.get(p, p)} state media" for p in (a, b) if p in kb.countries or scan.categories[p]}
    labels |= {"other": "Other countries' state media", "independent": "Independent outlets"}
    of_cluster = {c.cluster_id: list(map(found.reports.__getitem__, c.events)) for c in clusters}
    ctx = _Context(a, b, freq, found.reports, clusters, of_cluster, table, frame, scan, labels, demonyms,
                   (min(a, b), max(a, b)), by_id={c.cluster_id: c for c in clusters})
    for cluster in clusters:
        _annotate(ctx, cluster)
    ctx.rank_all()
    return ctx


def _annotate(ctx: _Context, cluster: Cluster) -> None:
    """A cluster's weighted score and dimensions (when the index counts it), flags, claims and appendix period."""
    key, in_dyad = cluster.cluster_id, tuple(cluster.parties) == ctx.dyad
    weight = _series.cluster_weight(cluster) if in_dyad else 0.0
    ordinal = _series.period_ordinal(cluster.date, ctx.freq)
    if weight > 0 and ordinal is not None:
        ctx.weighted[key] = cluster.score * weight
        ctx.dimensions[key] = _shown_dimensions(_series.dimensions_for(tuple(cluster.contexts), cluster.type,
                                                                       DIMENSIONS))
    label = _period_label(ordinal, ctx.freq) if ordinal is not None else UNDATED
    ctx.period_of[key], ctx.ordinals[label] = label, ordinal if ordinal is not None else 1 << 62
    flags = []
    if not in_dyad:
        flags.append(f"not in the index: parties {'–'.join(p for p in cluster.parties if p) or 'unknown'}")
    elif weight <= 0 or ordinal is None:
        flags.append(f"not in the index: {cluster.modality if weight <= 0 else 'no date within one period'}")
    if cluster.independent_outlets <= 1:
        flags.append("single source")
    if key not in ctx.scan.members["independent"]:
        flags.append("state media only")
    if claims := _contest(ctx, cluster):
        ctx.claims[key] = claims
        flags.append("contested")
    ctx.flags[key] = tuple(flags)


@lru_cache(maxsize=256)
def _shown_dimensions(found: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(d for d in found if d != "all")  # (a few tuples of dimensions, shared by the clusters)


@lru_cache(maxsize=4096)
def _period_label(ordinal: int, freq: str) -> str:
    return str(pd.Period(ordinal=ordinal, freq=freq))


def _contest(ctx: _Context, cluster: Cluster) -> tuple[str, ...]:
    """Different numbers for one unit, or a denial beside reports that it happened: each claim with its claimant."""
    values: dict[str, set[float]] = defaultdict(set)
    for _, value, unit in cluster.quantities:
        values[unit].add(value)
    claims = [f"{value:,.0f} {unit}: {claimant}" for claimant, value, unit in cluster.quantities
              if len(values[unit]) > 1] if len(values) < len(cluster.quantities) else []  # (one value a unit)
    reports = ctx.of_cluster[cluster.cluster_id] if cluster.cluster_id in ctx.scan.denied else []
    if reports and any(r.modality in AFFIRMED for r in reports):  # (denied by one of them)
        claims += [f"denied: {r.claimant or r.outlet or 'unnamed'}" for r in reports if r.modality == DENIED]
        claims += [f"{r.modality}: {r.claimant or r.outlet or 'unnamed'}" for r in reports
                   if r.modality in AFFIRMED][:3]
    once: dict[str, str] = {}  # "The White House" and "the White House" make one claim
    for claim in claims:
        once.setdefault(claim.lower().replace(": the ", ": "), claim)
    return tuple(once.values())


# -- sections --------------------------------------------------------------------------------------------------


def _headline(ctx: _Context, changes: tuple[Change, ...], timeline: tuple[TimelineItem, ...], anchors: set[str],
              lists: dict[str, int]) -> tuple[Figure, ...]:
    of_counted = f"of {len(ctx.weighted):,} counted"
    figures = [Figure("Reports (stored events)", f"{len(ctx.reports):,}", "#appendix",
                      f"in {len(ctx.scan.docs):,} articles"),
               Figure("Real-world events (clusters)", f"{len(ctx.clusters):,}", "#appendix",
                      f"{len(ctx.weighted):,} counted in the index")]
    index = _series.with_events(ctx.table, "all")
    if len(index):  # the latest period with events, against the one with events before it
        label, quiet = str(index.index[-1]), _series.quiet_after(ctx.table, "all", index.index[-1])
        notes = [f"{index.iloc[-1] - index.iloc[-2]:+.2f} against {index.index[-2]}" if len(index) > 1 else "",
                 f"mean {index.mean():+.2f} over {counted(len(index), 'period')} with events",
                 f"then {counted(quiet, 'period')} with articles but no dated event" if quiet else ""]
        figures.append(Figure(f"Index, all dimensions, {label} (latest with events)", f"{index.iloc[-1]:+.2f}",
                              _period_href(label, anchors), "; ".join(n for n in notes if n)))
    figures.append(Figure("Change points" if len(changes) != 1 else "Change point", str(len(changes)), "#changes",
                          _changes_note(changes)))
    if timeline:
        top = max(timeline, key=lambda item: abs(item.cluster.weighted)).cluster
        figures.append(Figure("Most significant event", f"{top.date} {top.label}", top.href, top.actors))
    return (*figures, Figure("Resting on a single source", f"{lists['single']:,}", "#single-source", of_counted),
            Figure("Only on state media", f"{lists['state']:,}", "#state-only", of_counted),
            Figure("Contested", f"{lists['contested']:,}", "#contested", "numbers or denials that disagree"))


def _changes_note(changes: tuple[Change, ...]) -> str:
    """Where the change points are: one is a dimension's shift in one period, so their count is not of periods."""
    if not changes:
        return "no period where an index shifts"
    periods, dimensions = {c.period for c in changes}, {c.dimension for c in changes}
    return f"index shifts in {counted(len(periods), 'period')}, {counted(len(dimensions), 'dimension')}"


def _period_href(label: str, anchors: set[str]) -> str:
    anchor = _anchor(label)
    return f"#{anchor}" if anchor in anchors else "#index"


def _dimensions(ctx: _Context, anchors: set[str]) -> tuple[tuple[DimensionView, ...], tuple[SeriesRow, ...]]:
    """A chart per dimension (points link to their period in the appendix) and, for periods with events, the
    numbers as rows. A period without events of the dimension is a gap in its line and "—" in the table: it has
    no index. The charts run from the first period with events to
    the last: the articles' other periods (a treaty of 1961 told in 2024) would only squeeze the line."""
    table, names = ctx.table, [d for d in DIMENSIONS if (d, "index") in ctx.table.columns]
    labels = [str(p) for p in table.index]
    with_events = table[[(name, "clusters") for name in names]].gt(0).any(axis=1)
    busy = [i for i, found in enumerate(with_events.tolist()) if found]
    span = slice(busy[0], busy[-1] + 1) if busy else slice(0, 0)
    views, cells = [], []
    for name in names:
        index, count, change, z = (table[(name, f)].tolist() for f in ("index", "clusters", "change", "z"))
        points = [Point(label, value if n else math.nan, _period_href(label, anchors) if n else None,
                        _point_title(name, label, value, n, flag, zv), bool(flag))
                  for label, value, n, flag, zv in zip(labels, index, count, change, z, strict=True)]
        chart = line_chart(points[span], f"{name} index, {ctx.a}–{ctx.b}", bridge_gaps=True)
        views.append(DimensionView(name, Markup(chart), *_latest(table, name), int(sum(count)), int(sum(change))))
        cells.append([f"{v:+.2f} ({n})" + ("*" if flag else "") if n else "—"
                      for v, n, flag in zip(index, count, change, strict=True)])
    rows = tuple(SeriesRow(labels[i], _period_href(labels[i], anchors), tuple(column[i] for column in cells))
                 for i in busy)
    return tuple(views), rows


def _latest(table: pd.DataFrame, name: str) -> tuple[float, str, int, float]:
    """The latest index with events, its period, the covered periods since without events, and the mean over the
    periods with events."""
    measured = _series.with_events(table, name)
    if not len(measured):
        return 0.0, "", 0, 0.0
    latest = measured.index[-1]
    return float(measured.iloc[-1]), str(latest), _series.quiet_after(table, name, latest), float(measured.mean())


def _point_title(name: str, label: str, value: float, clusters: int, change: bool, z: float) -> str:
    if math.isnan(value):
        return f"{name} {label}: no article mentions either party"
    title = f"{name} {label}: index {value:+.2f} from {counted(clusters, 'event cluster')}"
    return title + (f"; change point (z = {z:+.1f})" if change else "")


def _changes(ctx: _Context, anchors: set[str]) -> tuple[Change, ...]:
    """Each change point with the clusters of its dimension and period that weigh most in the index."""
    table, found = ctx.table, []  # (period position, dimension position, change)
    names = [d for d in DIMENSIONS if (d, "change") in table.columns]
    flagged = {name: [i for i, flag in enumerate(table[(name, "change")].tolist()) if flag] for name in names}
    drivers = _drivers(ctx.frame, {int(table.index[i].ordinal) for positions in flagged.values() for i in positions})
    for name in names:
        measured, z = _series.with_events(table, name), table[(name, "z")]  # changes are between periods with events
        delta, before = measured.diff(), measured.index.to_series().shift(1)
        for position in flagged[name]:
            period = table.index[position]
            top = sorted(drivers.get((name, int(period.ordinal)), []))[:DRIVERS]
            found.append((position, DIMENSIONS.index(name), Change(
                name, str(period), _period_href(str(period), anchors), float(measured[period]),
                float(delta[period]), str(before[period]), float(z.iloc[position]),
                tuple(ctx.link(ctx.by_id[c]) for _, c in top))))
    return tuple(change for *_, change in sorted(found, key=lambda f: f[:2]))


def _drivers(frame: pd.DataFrame, periods: set[int]) -> dict[tuple[str, int], list[tuple[float, str]]]:
    """The clusters of each (dimension, period ordinal) in `periods`, as (-|weighted score|, cluster_id); only the
    rows of those periods are read (the periods with a change point: a few of the frame's rows)."""
    drivers: dict[tuple[str, int], list[tuple[float, str]]] = defaultdict(list)
    if not periods:
        return drivers
    rows = frame[frame["period"].isin(sorted(periods))]
    for cluster_id, dimension, period, weighted in zip(rows["cluster_id"].tolist(), rows["dimension"].tolist(),
                                                       rows["period"].tolist(), rows["weighted"].tolist(),
                                                       strict=True):
        drivers[(str(dimension), int(period))].append((-abs(float(weighted)), str(cluster_id)))
    return drivers


def _timeline(ctx: _Context, key_clusters: list[Cluster]) -> tuple[TimelineItem, ...]:
    """The key clusters (the most significant the index counts), in date order; reports of distinct outlets
    quoted first, and one sentence of an article once (two events coded from it are one citation)."""
    order = {c.cluster_id: n for n, c in enumerate(ctx.clusters)}
    items = []
    for cluster in sorted(key_clusters, key=lambda c: order[c.cluster_id]):
        candidates = _citations(ctx, cluster)
        unique = {(ctx.reports[e].doc_id, ctx.records[e]["evidence"]["text"]): e for e in reversed(candidates)}
        kept = set(unique.values())  # the first report of each (article, sentence)
        rows = tuple(ctx.row(e) for e in candidates if e in kept)
        items.append(TimelineItem(ctx.view(cluster), rows, len(cluster.events) - len(candidates)))
    return tuple(items)


def _citations(ctx: _Context, cluster: Cluster) -> list[str]:
    """The reports a timeline item may quote: each outlet's earliest first, then each other article's, in report
    order (so a repeat of one article's sentence is only read when nothing else is left)."""
    by_outlet: dict[str, str] = {}
    by_article: dict[str, str] = {}
    for report in ctx.of_cluster[cluster.cluster_id]:  # dicts keep the first report of each, in order
        by_outlet.setdefault(report.outlet, report.event_id)
        by_article.setdefault(report.doc_id, report.event_id)
    ranked = dict.fromkeys([*by_outlet.values(), *by_article.values(), *cluster.events])
    return list(ranked)[:CITATIONS]


def _cited(ctx: _Context, key_clusters: list[Cluster]) -> list[str]:
    """Every report the timeline quotes (read in full with the appendix's)."""
    return [e for cluster in key_clusters for e in _citations(ctx, cluster)]


def _source_mix(ctx: _Context) -> tuple[Markup, tuple[SourceRow, ...]]:
    """Reports by whose state media they rest on, or none; each with the clusters that carry them."""
    counts = ctx.scan.categories
    total = sum(counts.values()) or 1
    members = ctx.scan.members
    rows = []
    for key, label in ctx.source_labels.items():
        mentioned = Counter({name: n for (category, name), n in ctx.scan.outlets.items() if category == key})
        outlets = ", ".join(f"{name} ({n:,})" for name, n in mentioned.most_common(4))  # (ties: first seen first)
        links, more = ctx.links(members[key])
        rows.append(SourceRow(key, label, counts[key], len(members[key].keys() & ctx.by_id.keys()),
                              counts[key] / total, outlets, links, more))
    bars = [Bar(r.label, 100 * r.share, f"#src-{r.key}", f"{r.label}: {r.reports:,} reports in {r.clusters:,} "
                f"clusters", "dw-indep" if r.key == "independent" else "dw-state",
                f"{r.reports:,} reports ({100 * r.share:.0f}%)") for r in rows]
    return Markup(bar_chart(bars, f"Source mix of the {ctx.a}–{ctx.b} reports")), tuple(rows)


def _network(ctx: _Context) -> tuple[EdgeView, ...]:
    """The edges with the most interactions (then by source and target), as `network.network_from_pairs` ranks
    and counts them; from the scan's tallies, as a table of every actor pair is more than a briefing shows."""
    found = []
    for source, target in sorted(ctx.scan.edges, key=lambda pair: (-len(ctx.scan.edges[pair]), pair))[:NETWORK_EDGES]:
        behind = ctx.scan.edges[(source, target)]  # cluster -> score
        cooperation, conflict = sum(s > 0 for s in behind.values()), sum(s < 0 for s in behind.values())
        signed = cooperation + conflict
        found.append(EdgeView(source, target, len(behind), ctx.scan.pair_reports[(source, target)], cooperation,
                              conflict, (cooperation - conflict) / signed if signed else 0.0,
                              *ctx.links(behind)))
    return tuple(found)


def _appendix(ctx: _Context) -> tuple[PeriodGroup, ...]:
    """Every cluster read, by period (the undated last), with every one of its reports: the first `IN_FULL` with
    their sentence, the others (a wire story's copies, mostly) by outlet, so a large briefing stays readable."""
    groups: dict[str, list[Cluster]] = defaultdict(list)
    for cluster in ctx.clusters:
        groups[ctx.period_of[cluster.cluster_id]].append(cluster)
    return tuple(PeriodGroup(label, _anchor(label), tuple(_appendix_cluster(ctx, c) for c in groups[label]))
                 for label in sorted(groups, key=lambda label: ctx.ordinals[label]))


def _appendix_cluster(ctx: _Context, cluster: Cluster) -> AppendixCluster:
    rest = ctx.of_cluster[cluster.cluster_id][IN_FULL:]
    labels = tuple(f"{r.outlet or 'unnamed outlet'}, {r.modality}" for r in rest)
    return AppendixCluster(ctx.view(cluster), tuple(ctx.row(e) for e in cluster.events[:IN_FULL]),
                           cluster.events[IN_FULL:], labels)

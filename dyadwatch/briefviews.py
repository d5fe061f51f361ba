"""Stage 8, outputs: what the briefing templates get (brief.py builds these, brief_render.py renders them).

Plain immutable records; the per-report ones are tuples, since a briefing makes one per report it quotes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from markupsafe import Markup

__all__ = ["Link", "Figure", "ClusterView", "EventRow", "TimelineItem", "Change", "DimensionView", "SeriesRow",
           "SourceRow", "EdgeView", "AppendixCluster", "PeriodGroup", "Brief", "counted",
           "coverage"]


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """"1 report", "3 reports", "no report": a count a sentence can hold."""
    if n == 0:
        return f"no {noun}"
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"


def coverage(reports: int, articles: int, independent: int) -> str:
    """"3 reports, 2 separate outlets"; "2 reports from 1 article, ..." when one article gave several. Not
    "independent": that word tags a report that does not rest on state media, and a KCNA claim run by one
    independent outlet is one separate outlet, resting only on state media."""
    found = counted(reports, "report") + (f" from {counted(articles, 'article')}" if articles < reports else "")
    return f"{found}, {counted(independent, 'separate outlet')}"


@dataclass(frozen=True)
class Link:
    text: str
    href: str
    title: str = ""


@dataclass(frozen=True)
class Figure:
    label: str
    value: str
    href: str
    note: str = ""


class ClusterView(NamedTuple):
    """One cluster as every section shows it (a tuple: the appendix makes one per cluster)."""

    cluster_id: str
    href: str
    date: str
    label: str  # type (mode)
    actors: str
    place: str
    modality: str
    reports: int
    independent_outlets: int
    coverage: str  # "2 reports from 1 article, 1 independent outlet"
    sources: str  # who says so: claimants and outlets
    evidence: str  # the first report's sentence
    flags: tuple[str, ...]
    claims: tuple[str, ...]  # when contested: each number or denial with its claimant
    dimensions: tuple[str, ...]
    weighted: float  # score x weight (0: not counted in the index)


class EventRow(NamedTuple):
    """One report in the appendix (a tuple: the appendix makes one per event read, and a frozen dataclass costs
    several times more to create)."""

    event_id: str
    date: str
    type: str
    actors: str
    modality: str
    outlet: str
    attribution: str
    source: str  # what the report rests on: "independent outlet", "North Korean state media"
    evidence: str
    tagged: str  # which of outlet or attribution `source` qualifies: "outlet" or "claimant"


@dataclass(frozen=True)
class TimelineItem:
    cluster: ClusterView
    citations: tuple[EventRow, ...]  # one per (article, sentence)
    more: int  # reports not quoted (those of a quoted article's quoted sentence aside)


@dataclass(frozen=True)
class Change:
    dimension: str
    period: str
    href: str
    index: float
    delta: float  # against `previous`, the latest earlier period with events of the dimension
    previous: str
    z: float
    drivers: tuple[Link, ...]


@dataclass(frozen=True)
class DimensionView:
    name: str
    chart: Markup
    latest: float  # the index of the latest period with events of the dimension
    latest_period: str  # "" when the dimension has no event
    quiet_since: int  # covered periods after it with no event of the dimension
    mean: float  # over the periods with events
    clusters: int
    changes: int


@dataclass(frozen=True)
class SeriesRow:
    period: str
    href: str
    cells: tuple[str, ...]  # per dimension: "+0.42 (3)", with * for a change point


@dataclass(frozen=True)
class SourceRow:
    key: str
    label: str
    reports: int
    clusters: int
    share: float
    outlets: str
    links: tuple[Link, ...]
    more: int


@dataclass(frozen=True)
class EdgeView:
    source: str
    target: str
    interactions: int
    reports: int
    cooperation: int
    conflict: int
    balance: float
    links: tuple[Link, ...]
    more: int


class AppendixCluster(NamedTuple):
    """A cluster in the appendix: its first reports in full, the rest by outlet, modality and event id."""

    view: ClusterView
    rows: tuple[EventRow, ...]
    # The rest: event ids, and "outlet, modality" of each (two tuples a cluster, not a pair a report: a briefing
    # lists tens of thousands)
    other_ids: tuple[str, ...]
    other_labels: tuple[str, ...]

    @property
    def reports(self) -> int:
        return len(self.rows) + len(self.other_ids)


@dataclass(frozen=True)
class PeriodGroup:
    label: str
    anchor: str
    clusters: tuple[AppendixCluster, ...]


@dataclass(frozen=True)
class Brief:
    a: str
    b: str
    title: str
    scope: str
    generated: str
    headline: tuple[Figure, ...]
    dimensions: tuple[DimensionView, ...]
    series_rows: tuple[SeriesRow, ...]
    changes: tuple[Change, ...]
    timeline: tuple[TimelineItem, ...]
    source_chart: Markup
    source_mix: tuple[SourceRow, ...]
    single_source: tuple[ClusterView, ...]
    single_more: int
    state_only: tuple[ClusterView, ...]
    state_more: int
    contested: tuple[ClusterView, ...]
    contested_more: int
    network: tuple[EdgeView, ...]
    appendix: tuple[PeriodGroup, ...]
    too_coarse: int  # clusters dated less precisely than one period: in the appendix, not in the index
    in_full: int  # reports of each cluster the appendix quotes with their sentence

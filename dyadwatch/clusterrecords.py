"""Stage 7, analysis: the record of one event cluster. clusters.py decides which reports are one real-world event;
this module says what the cluster of them records: its first report, type, date, outlets and how many of them are
independent (a wire's copies and reprints of one text count once), which parties' state media carried it, the
figures each claimant gave, and its strongest modality.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from .knowledge import KnowledgeBase, Outlet
from .records import claimant_of

if TYPE_CHECKING:
    from .clusterreports import Report

__all__ = ["Cluster", "MODALITY_ORDER", "OutletIndex", "build_cluster", "same_text"]

MODALITY_ORDER = ("asserted", "reported", "planned", "negated", "hypothetical")  # strongest first
NEAR_IDENTICAL = 0.8  # token overlap of two sentences that are one text (a wire copy, a reprint, a restated lede)
MIN_COPY_TOKENS = 5  # shorter sentences are one text only when equal


@dataclass(frozen=True)
class Cluster:
    """One real-world event and every report of it; `events[0]` is the earliest-published report."""

    cluster_id: str  # a hash of first_event: stable across runs
    type: str  # the most common type of its reports (the first report's on a tie)
    parties: tuple[str, str]  # the sorted dyad; ("RUS", "") when the reports name one party only
    source: tuple[str, ...]  # actor codes of the first report
    target: tuple[str, ...]
    date: str | None  # the earliest of its most precise dates
    first_event: str
    events: tuple[str, ...]
    outlets: tuple[str, ...]
    independent_outlets: int  # outlets, counting a wire's copies and reprints of one text once
    state_media_sides: tuple[str, ...]  # the parties whose state media carried or are cited for it
    quantities: tuple[tuple[str, float, str], ...]  # (claimant or outlet, value, unit)
    modality: str
    score: float
    contexts: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        record = asdict(self)
        for key in ("parties", "source", "target", "events", "outlets", "state_media_sides", "contexts"):
            record[key] = list(record[key])
        record["quantities"] = [{"claimant": c, "value": v, "unit": u} for c, v, u in self.quantities]
        return record

    @classmethod
    def from_dict(cls, record: dict[str, Any]) -> Cluster:
        """The cluster `to_dict` gave."""
        fields = dict(record)
        for key in ("parties", "source", "target", "events", "outlets", "state_media_sides", "contexts"):
            fields[key] = tuple(fields[key])
        fields["quantities"] = tuple((q["claimant"], q["value"], q["unit"]) for q in record["quantities"])
        return cls(**fields)


def same_text(a: frozenset[str], b: frozenset[str]) -> bool:
    """Token overlap (shared tokens over the shorter sentence's) >= NEAR_IDENTICAL: a reprint that trims the
    attribution ("..., Russian state media reported.") is still the copy. Very short sentences must be equal."""
    shorter = min(len(a), len(b))
    if shorter < MIN_COPY_TOKENS:
        return a == b
    return len(a & b) / shorter >= NEAR_IDENTICAL


class OutletIndex:
    """Outlet names (an article's outlet, or those an attribution cites) resolved against the knowledge base."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        phrases = sorted((p for p in kb.phrases if p.kind == "outlet"), key=lambda p: (-len(p.text), p.text))
        self.exact = {p.text: p.key for p in phrases if p.case_sensitive}
        self.folded = {p.text.lower(): p.key for p in phrases if not p.case_sensitive}
        alternatives = "|".join(re.escape(p.text) for p in phrases) or "(?!)"
        self.pattern = re.compile(rf"(?<!\w)(?i:{alternatives})(?!\w)")
        self.cache: dict[str, tuple[Outlet, ...]] = {}

    def outlet(self, name: str | None) -> Outlet | None:
        if not name:
            return None
        folded = name.lower()
        key = self.exact.get(name) or self.folded.get(folded) or self.folded.get(folded.removeprefix("the "))
        return self.kb.outlets.get(key) if key else None

    def cited(self, text: str) -> tuple[Outlet, ...]:
        """The outlets named in an attribution ("Yonhap, citing KCNA"), in text order."""
        if text not in self.cache:
            found = [self.outlet(m[0]) for m in self.pattern.finditer(text) if self._exact_case(m[0])]
            self.cache[text] = tuple(o for o in found if o is not None)
        return self.cache[text]

    def _exact_case(self, matched: str) -> bool:
        return matched in self.exact or matched.lower() in self.folded


def build_cluster(reports: list[Report], parties: tuple[str, str], outlets: OutletIndex) -> Cluster:
    """The record of one cluster of reports, `parties` being its dyad."""
    ordered = sorted(reports, key=lambda r: (r.published, r.doc_id, r.start, r.event_id))
    first = ordered[0]
    type_ = _main_type(ordered)
    typed = next(r for r in ordered if r.type == type_)
    return Cluster(
        cluster_id=hashlib.sha1(first.event_id.encode("utf-8")).hexdigest()[:16], type=type_,
        parties=parties, source=tuple(a["code"] for a in first.record["source"]),
        target=tuple(a["code"] for a in first.record["target"]), date=_cluster_date(ordered),
        first_event=first.event_id, events=tuple(r.event_id for r in ordered),
        outlets=tuple(sorted({o for r in ordered if (o := _outlet_name(r))})),
        independent_outlets=_independent(_affirming(ordered), outlets),
        state_media_sides=_state_media_sides(ordered, parties, outlets),
        quantities=_quantities(ordered), modality=_modality(ordered), score=float(typed.record["score"]),
        contexts=tuple(sorted({c for r in ordered for c in r.record.get("contexts") or []})))


def _affirming(reports: list[Report]) -> list[Report]:
    """The reports that say the event happened (or will), when any does: an outlet that reports it denied or only
    supposed does not corroborate it."""
    return [r for r in reports if not r.unreal] or reports


def _main_type(reports: list[Report]) -> str:
    counts = Counter(r.type for r in reports)
    top = max(counts.values())
    return next(r.type for r in reports if counts[r.type] == top)  # a tie goes to the first report's type


def _cluster_date(reports: list[Report]) -> str | None:
    dated = [r for r in reports if r.interval is not None]
    if not dated:
        return None
    best = min(dated, key=lambda r: (r.interval[1] - r.interval[0], r.interval) if r.interval else (0, (0, 0)))
    return str(best.record["date"])


def _outlet_name(report: Report) -> str | None:
    article = report.record.get("article") or {}
    return str(article["outlet"]) if article.get("outlet") else None


def _origin(report: Report, outlets: OutletIndex) -> str:
    """Where a report's text comes from: the wire its attribution cites, else its own outlet (else its article)."""
    attribution = report.record.get("attribution") or {}
    wires = [o for o in outlets.cited(str(attribution.get("text") or "")) if o.wire]
    if wires:
        return wires[-1].name  # "Yonhap, citing TASS": the text goes back to TASS
    name = _outlet_name(report)
    known = outlets.outlet(name)
    return known.name if known else name or f"doc:{report.doc_id}"


def _independent(reports: list[Report], outlets: OutletIndex) -> int:
    """Origins, joined when their reports are near-identical text (a reprint counts with what it copies)."""
    origins = [_origin(r, outlets) for r in reports]
    parent = {o: o for o in origins}

    def root(o: str) -> str:
        while parent[o] != o:
            o = parent[o]
        return o

    distinct = list({(o, r.tokens): (o, r) for o, r in zip(origins, reports, strict=True)}.values())
    for i, (origin_a, a) in enumerate(distinct):
        for origin_b, b in distinct[i + 1:]:
            if root(origin_a) != root(origin_b) and same_text(a.tokens, b.tokens):
                parent[root(origin_b)] = root(origin_a)
    return len({root(o) for o in origins})


def _state_media_sides(reports: list[Report], parties: tuple[str, str], outlets: OutletIndex) -> tuple[str, ...]:
    sides: set[str] = set()
    for report in reports:
        attribution = report.record.get("attribution") or {}
        carriers = [outlets.outlet(_outlet_name(report)), *outlets.cited(str(attribution.get("text") or ""))]
        countries = {o.country for o in carriers if o is not None and o.state_media}
        if attribution.get("state_media"):
            countries.add(attribution.get("country"))
        sides |= {c for c in countries if c and c in parties}
    return tuple(sorted(sides))


def _quantities(reports: list[Report]) -> tuple[tuple[str, float, str], ...]:
    found = set()
    for report in reports:
        if report.quantity is not None:
            claimant = claimant_of(report.record) or _outlet_name(report) or report.doc_id
            found.add((str(claimant), report.quantity[0], report.quantity[1]))
    return tuple(sorted(found, key=lambda q: (q[2], q[1], q[0])))


def _modality(reports: list[Report]) -> str:
    ranks = [MODALITY_ORDER.index(m) if m in MODALITY_ORDER else len(MODALITY_ORDER)
             for m in (r.record.get("modality") for r in reports)]
    best = min(ranks)
    return MODALITY_ORDER[best] if best < len(MODALITY_ORDER) else str(reports[0].record.get("modality"))

"""Stage 7, analysis: what the briefing needs of every report (stored event), computed once per set of events.

A `Report` is a few fields of an event record plus what takes a lookup to find: whose state media the report
rests on (the claimant when it is state media, else the outlet when that is), and the actor-level network pairs.
`clusterstore.py` keeps the reports of a set of events beside its clusters, so a briefing of 80,000 events reads
these small rows instead of every record, and reads whole records only for the reports it quotes.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from .knowledge import KnowledgeBase, Outlet
from .network import node_of
from .records import claimant_of
from .summary import MODALITY_WEIGHTS

__all__ = ["Report", "OutletNames", "report_of"]


class Report(NamedTuple):
    """One stored event as the briefing counts it (a tuple: it is made, stored and read by the tens of thousands)."""

    event_id: str
    doc_id: str
    modality: str
    score: float
    outlet: str  # the article's outlet, "" when unknown
    claimant: str  # who the report attributes the claim to, "" when the outlet speaks for itself
    media_country: str  # the party whose state media the report rests on, "" when none does
    media_name: str  # that state medium (claimant or outlet), else the outlet
    place: str  # "Pyongyang, PRK", or ""
    pairs: tuple[tuple[str, str], ...]  # actor-level (source, target) nodes; none for what did not happen

    @classmethod
    def from_list(cls, values: list[Any]) -> Report:
        """The report `list(report)` stored (JSON turns the pairs into lists)."""
        event_id, doc_id, modality, score, outlet, claimant, media_country, media_name, place, pairs = values
        return cls(event_id, doc_id, modality, score, outlet, claimant, media_country, media_name, place,
                   tuple((s, t) for s, t in pairs))


class OutletNames:
    """Outlet names (as articles carry them, or as claimants are named) -> the knowledge base's outlet."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.by_name = {o.name.lower(): o for o in kb.outlets.values()}
        self.by_name.update({p.text.lower(): kb.outlets[p.key] for p in kb.phrases
                             if p.kind == "outlet" and p.key in kb.outlets})
        self.cache: dict[str, Outlet | None] = {}

    def get(self, name: str) -> Outlet | None:
        if name not in self.cache:
            key = name.lower().strip()
            self.cache[name] = self.by_name.get(key) or self.by_name.get(key.removeprefix("the "))
        return self.cache[name]


def report_of(event: dict[str, Any], outlets: OutletNames) -> Report:
    outlet = str((event.get("article") or {}).get("outlet") or "")
    attribution = event.get("attribution") or {}
    claimant = claimant_of(event)
    country, name = _media(attribution, claimant, outlet, outlets)
    place = event.get("place") or {}
    place_text = ", ".join(str(p) for p in (place.get("name"), place.get("country")) if p)
    return Report(str(event["event_id"]), str(event["doc_id"]), str(event["modality"]), float(event["score"]),
                  outlet, claimant, country, name, place_text, _pairs(event))


def _media(attribution: dict[str, Any], claimant: str, outlet: str, outlets: OutletNames) -> tuple[str, str]:
    """Whose state media a report rests on (the claimant's, else its outlet's), and the medium's name; else ("",
    the outlet)."""
    if attribution.get("state_media"):
        return str(attribution.get("country") or ""), claimant
    known = outlets.get(outlet) if outlet else None
    if known and known.state_media:
        return known.country or "", known.name
    return "", outlet


def _pairs(event: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    """As the network counts them (network.py): actor nodes, only for events that happened or may have."""
    if not MODALITY_WEIGHTS.get(event["modality"], 0.0):
        return ()
    sources = {n for actor in event["source"] if (n := node_of(actor, "actor"))}
    targets = {n for actor in event["target"] if (n := node_of(actor, "actor"))}
    return tuple(sorted((s, t) for s in sources for t in targets if s != t))

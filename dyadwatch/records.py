"""The records that flow between stages: frozen dataclasses, serialisable to the JSON contracts."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = [
    "REPEATED_UNIT",
    "claimant_of",
    "Article",
    "Actor",
    "Place",
    "Attribution",
    "Quantity",
    "Evidence",
    "Event",
]


@dataclass(frozen=True)
class Article:
    """One news text as stored. `id` is the input id when given, else a hash of the normalised text."""

    id: str
    text: str
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    author: str | None = None
    origin: str | None = None  # the file (and line) the article came from
    published_from: str | None = None  # input | metadata | option | dateline | latest date in text

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Actor:
    """A resolved mention: who, in PLOVER terms (country + sector), and where in the text."""

    country: str | None
    sector: str | None
    name: str | None
    text: str
    start: int
    end: int
    org: str | None = None  # an international organisation's code (UNSC, NATO), when the actor is one

    @property
    def code(self) -> str:
        if self.org:
            return self.org
        return f"{self.country or ''}{self.sector or ''}" or "UNK"

    @property
    def party(self) -> str | None:
        """What a dyad is made of: the country, or the organisation for international actors."""
        return self.country or self.org

    def to_dict(self) -> dict[str, Any]:
        return {
            "country": self.country,
            "sector": self.sector,
            "code": self.code,
            "name": self.name,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None

    def to_dict(self) -> dict[str, Any]:  # (field by field: `asdict` copies each value deeply, ten times slower)
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon}


@dataclass(frozen=True)
class Attribution:
    """Who the article says makes the claim (not the outlet that published it)."""

    text: str
    country: str | None = None
    sector: str | None = None
    state_media: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "country": self.country, "sector": self.sector, "state_media": self.state_media}


# the unit of a count of the act itself ("summoned the ambassador three times"): many acts told in one sentence
REPEATED_UNIT = "times"


@dataclass(frozen=True)
class Quantity:
    value: float
    unit: str
    approx: str | None = None

    def to_dict(self) -> dict[str, Any]:
        value: float | int = int(self.value) if float(self.value).is_integer() else self.value
        return {"value": value, "unit": self.unit, "approx": self.approx}


@dataclass(frozen=True)
class Evidence:
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Event:
    """One coded event, in the shape of the event JSONL contract (DESIGN.md)."""

    event_id: str
    doc_id: str
    type: str
    mode: str | None
    contexts: tuple[str, ...]
    source: tuple[Actor, ...]
    target: tuple[Actor, ...]
    date: str | None
    date_precision: str | None
    date_text: str | None
    date_reason: str | None
    place: Place | None
    attribution: Attribution | None
    modality: str
    quantity: Quantity | None
    score: float
    confidence: float
    evidence: Evidence
    predicate: str = field(default="", compare=False)  # the trigger word; kept in the store, not the contract
    predicate_start: int = field(default=-1, compare=False)  # its character offset in the article (for scoring)

    def to_dict(self) -> dict[str, Any]:
        """The event JSONL contract, field for field, in its order."""
        return {
            "event_id": self.event_id,
            "doc_id": self.doc_id,
            "type": self.type,
            "mode": self.mode,
            "contexts": list(self.contexts),
            "source": [a.to_dict() for a in self.source],
            "target": [a.to_dict() for a in self.target],
            "date": self.date,
            "date_precision": self.date_precision,
            "date_text": self.date_text,
            "date_reason": self.date_reason,
            "place": self.place.to_dict() if self.place else None,
            "attribution": self.attribution.to_dict() if self.attribution else None,
            "modality": self.modality,
            "quantity": self.quantity.to_dict() if self.quantity else None,
            "score": self.score,
            "confidence": self.confidence,
            "evidence": self.evidence.to_dict(),
        }


# The keys of the event JSONL contract; stored records carry more (the article, the trigger word).
CONTRACT_FIELDS = ("event_id", "doc_id", "type", "mode", "contexts", "source", "target", "date", "date_precision",
                   "date_text", "date_reason", "place", "attribution", "modality", "quantity", "score",
                   "confidence", "evidence")


def contract_record(record: dict[str, Any]) -> dict[str, Any]:
    """A stored event record cut down to the event JSONL contract, in its order."""
    return {key: record.get(key) for key in CONTRACT_FIELDS}


# A speaker the article leaves as a pronoun the actor resolver could not place ("He denied ..." after a name the
# model did not tag as a person): no claimant to show; the outlet speaks for the report.
UNPLACED_SPEAKERS = frozenset({"he", "she", "it", "they", "we", "i", "you"})


def claimant_of(event: dict[str, Any]) -> str:
    """Who the report attributes its claim to, as the article names them; "" for none, or for a bare pronoun."""
    text = str((event.get("attribution") or {}).get("text") or "")
    return "" if text.lower() in UNPLACED_SPEAKERS else text

"""Matching predicted events against gold annotations (the articles form of DESIGN.md).

A predicted event matches a gold event when its evidence sentence contains the gold quote, its type is one of
the gold types, and its actor/recipient countries match (either direction when the gold is symmetric; `*`
matches anything). A negative is violated by an asserted or reported event whose sentence contains its quote.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["GoldResult", "match_article", "event_matches"]

NOT_EVENTS = frozenset({"hypothetical", "negated"})


@dataclass
class GoldResult:
    doc_id: str
    matched: list[dict[str, Any]] = field(default_factory=list)  # gold events found
    missed: list[dict[str, Any]] = field(default_factory=list)  # gold events not found
    violations: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)  # (negative, event)


def _parties(actors: list[dict[str, Any]]) -> set[str]:
    return {a.get("country") or a.get("code") or "" for a in actors} - {""}


def _side_matches(gold: str | None, parties: set[str]) -> bool:
    if gold in (None, "*"):
        return True
    return gold in parties


def event_matches(gold: dict[str, Any], event: dict[str, Any]) -> bool:
    if gold["quote"] not in event["evidence"]["text"] or event["type"] not in gold["types"]:
        return False
    sources, targets = _parties(event["source"]), _parties(event["target"])
    forward = _side_matches(gold.get("source"), sources) and _side_matches(gold.get("target"), targets)
    if forward or not gold.get("symmetric"):
        return forward
    return _side_matches(gold.get("source"), targets) and _side_matches(gold.get("target"), sources)


def match_article(gold_record: dict[str, Any], events: list[dict[str, Any]]) -> GoldResult:
    result = GoldResult(gold_record["id"])
    for gold in gold_record.get("events", []):
        found = any(event_matches(gold, e) for e in events)
        (result.matched if found else result.missed).append(gold)
    for negative in gold_record.get("negatives", []):
        for event in events:
            if negative["quote"] in event["evidence"]["text"] and event["modality"] not in NOT_EVENTS:
                result.violations.append((negative, event))
    return result

"""Outputs for people: the store's summary and plain-text event tables, and CSV rows for spreadsheets."""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterable
from typing import Any

from .clusterrecords import Cluster
from .lexicon import PLOVER_TYPES
from .store import EventStore

__all__ = ["summarise", "most_significant", "significance", "event_table", "events_csv", "dyad_of", "MODALITY_WEIGHTS"]

# How much an event counts when ranking by significance: what did not happen counts for nothing.
MODALITY_WEIGHTS = {"asserted": 1.0, "reported": 0.8, "planned": 0.5, "hypothetical": 0.0, "negated": 0.0}
CSV_FIELDS = ("event_id", "doc_id", "date", "date_precision", "type", "mode", "source", "target", "modality",
              "attribution", "place", "quantity", "score", "confidence", "outlet", "evidence")


def significance(event: dict[str, Any]) -> float:
    return abs(event["score"]) * event["confidence"] * MODALITY_WEIGHTS.get(event["modality"], 0.0)


def dyad_of(event: dict[str, Any]) -> str | None:
    """The undirected dyad 'AAA-BBB' of an event, or None when it is not between two parties."""
    sources = {a["country"] or a["code"] for a in event["source"] if a["country"] or a["code"] != "UNK"}
    targets = {a["country"] or a["code"] for a in event["target"] if a["country"] or a["code"] != "UNK"}
    pairs = sorted({tuple(sorted((s, t))) for s in sources for t in targets if s != t})
    return "-".join(pairs[0]) if pairs else None


def summarise(store: EventStore, top: int = 10, clusters: Iterable[Cluster] = ()) -> str:
    """The store's counts, its events by dyad and type, and its most significant events: one report of each event
    cluster (`clusters`, as the store keeps them), so that one event told by many outlets is listed once."""
    events = list(store.events())
    lines = [f"Store {store.path}: {store.count('articles')} articles, {len(events)} events", ""]
    lines += _dyad_type_table(events)
    lines += ["", f"The {top} most significant events (|PLOVER score| x confidence x modality weight; on a tie, the "
              "most widely reported, then the dated, first):", ""]
    cluster_of = {event_id: c for c in clusters for event_id in c.events}
    lines += event_table(most_significant(events, cluster_of, top), wide=True, cluster_of=cluster_of).splitlines()
    return "\n".join(lines)


def most_significant(events: list[dict[str, Any]], cluster_of: dict[str, Cluster], top: int) -> list[dict[str, Any]]:
    """The `top` most significant events, one per cluster: on a tie, the event of more independent outlets, then of
    more reports, then a dated one before an undated one ("(no date)" must not head the list), then the earlier."""
    def rank(event: dict[str, Any]) -> tuple[float, int, int, bool, str, str]:
        cluster = cluster_of.get(str(event["event_id"]))
        outlets, reports = (cluster.independent_outlets, len(cluster.events)) if cluster is not None else (1, 1)
        return (-significance(event), -outlets, -reports, event["date"] is None, event["date"] or "",
                str(event["event_id"]))

    chosen, shown = [], set()
    for event in sorted(events, key=rank):
        cluster = cluster_of.get(str(event["event_id"]))
        key = cluster.cluster_id if cluster is not None else str(event["event_id"])
        if key not in shown:
            shown.add(key)
            chosen.append(event)
            if len(chosen) == top:
                break
    return chosen


def _dyad_type_table(events: list[dict[str, Any]], limit: int = 12) -> list[str]:
    counts: Counter[tuple[str, str]] = Counter()
    for event in events:
        dyad = dyad_of(event)
        if dyad:
            counts[(dyad, event["type"])] += 1
    dyads = Counter(d for d, _ in counts.elements()).most_common(limit)
    used = [t for t in PLOVER_TYPES if any(counts[(d, t)] for d, _ in dyads)]
    if not dyads:
        return ["No events between two parties yet."]
    header = ["dyad", *[t[:8] for t in used], "total"]
    rows = [[d, *[str(counts[(d, t)] or "") for t in used], str(n)] for d, n in dyads]
    return ["Events by dyad and PLOVER type:", *_columns([header, *rows])]


def _columns(rows: list[list[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in rows]


def _actors(actors: list[dict[str, Any]]) -> str:
    return "+".join(a["name"] or a["code"] for a in actors) or "-"


def _short_actors(actors: list[dict[str, Any]]) -> str:
    return ",".join(a["code"] for a in actors) or "-"


def event_table(events: Iterable[dict[str, Any]], wide: bool = False,
                cluster_of: dict[str, Cluster] | None = None) -> str:
    """Events as an aligned text table; `wide` adds the outlet, attribution and the evidence sentence, and the
    number of reports and independent outlets of the event's cluster when `cluster_of` knows it."""
    out = []
    for event in events:
        outlet = (event.get("article") or {}).get("outlet") or "-"
        line = (f"{event['date'] or '(no date)':<12} {event['type']:<9} {_short_actors(event['source']):>12} -> "
                f"{_short_actors(event['target']):<12} {event['modality']:<12} {event['score']:+.1f}")
        out.append(line)
        if wide:
            claim = event["attribution"]["text"] if event["attribution"] else "the outlet"
            out.append(f"    {_actors(event['source'])} -> {_actors(event['target'])}; outlet: {outlet}; "
                       f"claimed by: {claim}")
            out.append(f"    \"{_clip(event['evidence']['text'], 220)}\"")
            cluster = (cluster_of or {}).get(str(event["event_id"]))
            if cluster is not None and len(cluster.events) > 1:
                out.append(f"    one of {len(cluster.events)} reports of this event, from "
                           f"{cluster.independent_outlets} independent outlet(s)")
    return "\n".join(out) if out else "(no events)"


def _clip(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def events_csv(events: Iterable[dict[str, Any]]) -> str:
    """CSV with codes kept as text (a spreadsheet must not turn codes or dates into numbers)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS, quoting=csv.QUOTE_NONNUMERIC)
    writer.writeheader()
    for e in events:
        writer.writerow({
            **{k: e[k] for k in ("event_id", "doc_id", "date", "date_precision", "type", "mode", "modality",
                                 "score", "confidence")},
            "source": ";".join(a["code"] for a in e["source"]),
            "target": ";".join(a["code"] for a in e["target"]),
            "attribution": e["attribution"]["text"] if e["attribution"] else "",
            "place": e["place"]["name"] if e["place"] else "",
            "quantity": f"{e['quantity']['value']} {e['quantity']['unit']}" if e["quantity"] else "",
            "outlet": (e.get("article") or {}).get("outlet") or "",
            "evidence": e["evidence"]["text"],
        })
    return buffer.getvalue()

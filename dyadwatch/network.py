"""Stage 7, analysis: the actor network — who interacts with whom, how often, with what balance.

Nodes are actors at a chosen level: `actor` (a named person or organisation with its code, "Vladimir Putin
(RUSGOV)", else the code), `agency` (the PLOVER code: RUSGOV, PRKMIL, UNSC) or `country` (the party: RUS, PRK,
NATO). An edge joins a source to a target of the same event. Hypothetical and negated events are left out.

Per edge: `interactions` counts real-world events (clusters, when given; else events), `reports` the stored events
behind them, `cooperation` and `conflict` the interactions with a positive or negative PLOVER score, `balance`
(cooperation - conflict) / (cooperation + conflict) from -1 (all conflict) to +1 (all cooperation), 0 when
neither, and `mean_score` the mean PLOVER score of the interactions.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .errors import InputError
from .summary import MODALITY_WEIGHTS

if TYPE_CHECKING:
    import pandas as pd

    from .clusters import Cluster

__all__ = ["LEVELS", "EDGE_COLUMNS", "node_of", "actor_network", "actor_pairs", "network_from_pairs"]

LEVELS = ("actor", "agency", "country")
EDGE_COLUMNS = ("source", "target", "interactions", "reports", "cooperation", "conflict", "balance", "mean_score")


def node_of(actor: dict[str, Any], level: str) -> str | None:
    """The node an actor (event contract form) stands for at `level`; None for an unknown actor."""
    code = actor["code"] if actor.get("code") not in (None, "UNK") else None
    if level == "country":
        return actor.get("country") or code
    if level == "agency":
        return code
    name = actor.get("name")
    if name:
        return f"{name} ({code})" if code else name
    return code


def actor_network(events: Iterable[dict[str, Any]], level: str = "actor", clusters: Iterable[Cluster] | None = None,
                  directed: bool = True) -> pd.DataFrame:
    """The edges of the network, most interactions first (columns `EDGE_COLUMNS`)."""
    if level not in LEVELS:
        raise InputError(f"network level {level!r} is not known; use one of {', '.join(LEVELS)}")
    cluster_of = {event_id: c.cluster_id for c in clusters or () for event_id in c.events}
    return network_from_pairs(actor_pairs(events, level, cluster_of), directed)


def network_from_pairs(pairs: list[Pair], directed: bool = True) -> pd.DataFrame:
    """The edges (as `actor_network` gives them) from the rows `actor_pairs` found."""
    import pandas as pd

    frame = pd.DataFrame(pairs, columns=["source", "target", "cluster", "score"])
    if not directed and len(frame):
        ends = frame[["source", "target"]].to_numpy()
        ends.sort(axis=1)
        frame[["source", "target"]] = ends
    return _edges(frame)


Pair = tuple[str, str, str, float]


def actor_pairs(events: Iterable[dict[str, Any]], level: str, cluster_of: dict[str, str]) -> list[Pair]:
    """(source node, target node, cluster or event id, score) for every actor pair of every event; one pass."""
    rows: list[Pair] = []
    for event in events:
        if not MODALITY_WEIGHTS.get(event["modality"], 0.0):
            continue
        sources = {node for a in event["source"] if (node := node_of(a, level))}
        targets = {node for a in event["target"] if (node := node_of(a, level))}
        key = cluster_of.get(event["event_id"], event["event_id"])
        rows += [(s, t, key, float(event["score"])) for s in sources for t in targets if s != t]
    return rows


def _edges(frame: pd.DataFrame) -> pd.DataFrame:
    import pandas as pd  # pandas loads only when a table is built, not with every command
    if frame.empty:
        return pd.DataFrame({name: [] for name in EDGE_COLUMNS})
    reports = frame.groupby(["source", "target"]).size().rename("reports")
    # One interaction per real-world event: the reports of one cluster count once.
    once = frame.drop_duplicates(["source", "target", "cluster"]).assign(
        cooperation=lambda f: f["score"] > 0, conflict=lambda f: f["score"] < 0)
    edges = once.groupby(["source", "target"]).agg(
        interactions=("cluster", "size"), cooperation=("cooperation", "sum"), conflict=("conflict", "sum"),
        mean_score=("score", "mean")).join(reports)
    signed = edges["cooperation"] + edges["conflict"]
    edges["balance"] = ((edges["cooperation"] - edges["conflict"]) / signed.where(signed > 0)).fillna(0.0)
    edges = edges.reset_index().sort_values(["interactions", "source", "target"], ascending=[False, True, True])
    return edges[list(EDGE_COLUMNS)].reset_index(drop=True)

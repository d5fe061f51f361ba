"""Evaluation results for people: a score table per gold set, per-type scores, and the misses to look at."""

from __future__ import annotations

from typing import Any

from .evaluate import Tally
from .goldsets import ActorTally, ClusterTally

__all__ = ["format_scores", "format_details", "format_batches"]

HEADLINE = (("core_recall", "core recall"), ("recall", "recall, all"), ("covered_precision", "precision, covered"),
            ("precision_lower_bound", "precision, lower bound"), ("type_macro_f1", "type macro-F1"),
            ("actor_accuracy", "actors"), ("date_accuracy", "date"), ("attribution_accuracy", "attribution"),
            ("modality_accuracy", "modality"), ("place_accuracy", "place"),
            ("negative_violations", "negative violations"), ("country_accuracy", "actor country"),
            ("country_sector_accuracy", "actor country+sector"), ("cluster_precision", "cluster precision"),
            ("cluster_recall", "cluster recall"), ("cluster_recall_all", "cluster recall, all members"),
            ("cluster_recall_ceiling", "cluster recall, gold similarity"))


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def format_scores(scores: dict[str, dict[str, Any]]) -> str:
    """One column per gold set, one row per headline metric it has."""
    names = list(scores)
    rows = [(label, [scores[n].get(key) for n in names]) for key, label in HEADLINE
            if any(key in scores[n] for n in names)]
    width = max(len(label) for label, _ in rows) + 2
    columns = [max(len(n), 7) + 2 for n in names]
    lines = [" " * width + "".join(n.rjust(c) for n, c in zip(names, columns, strict=True))]
    for label, values in rows:
        lines.append(label.ljust(width) + "".join(_cell(v).rjust(c) for v, c in zip(values, columns, strict=True)))
    sizes = [f"{n}: {_size(scores[n])}" for n in names]
    return "\n".join(lines + ["", "sizes: " + "; ".join(sizes)])


def _size(metrics: dict[str, Any]) -> str:
    if "mentions" in metrics:
        return f"{metrics['mentions']} mentions"
    if "gold_clusters" in metrics:
        return f"{metrics['gold_clusters']} clusters, {metrics['gold_members']} reports"
    return f"{metrics['gold_events']} gold events ({metrics['core_events']} core), " \
           f"{metrics['predicted_events']} predicted"


def format_batches(name: str, batches: dict[str, dict[str, Any]]) -> str:
    """One row per annotation batch of a clusters set: its size and its own pairwise scores."""
    lines = [f"== {name} by batch", f"{'batch':<14}{'clusters':>9}{'reports':>9}{'no event':>10}"
             f"{'precision':>11}{'recall':>8}{'recall, all':>13}{'ceiling':>9}"]
    for batch, row in batches.items():
        lines.append(f"{batch:<14}{row['gold_clusters']:>9}{row['gold_members']:>9}{row['unmatched_members']:>10}"
                     f"{_cell(row['cluster_precision']):>11}{_cell(row['cluster_recall']):>8}"
                     f"{_cell(row['cluster_recall_all']):>13}{_cell(row['cluster_recall_ceiling']):>9}")
    return "\n".join(lines)


def format_per_type(metrics: dict[str, Any]) -> str:
    lines = [f"{'type':<10}{'gold':>6}{'pred':>6}{'P':>8}{'R':>8}{'F1':>8}"]
    for type_, row in metrics["per_type"].items():
        lines.append(f"{type_:<10}{row['gold']:>6}{row['predicted']:>6}{_cell(row['precision']):>8}"
                     f"{_cell(row['recall']):>8}{_cell(row['f1']):>8}")
    return "\n".join(lines)


def format_details(name: str, tally: Tally | ActorTally | ClusterTally, limit: int) -> str:
    """Per-type scores, then up to `limit` misses, false positives, field errors and violations."""
    if isinstance(tally, ClusterTally):
        r = tally.result
        merged = [f"  merged: {m['gold']} {[x['quote'] for x in m['members']]}" for m in r["wrongly_merged"][:limit]]
        split = [f"  split: {m['gold']} {[x['quote'] for x in m['members']]}" for m in r["wrongly_split"][:limit]]
        missing = [f"  no event: {u['cluster']} {u['doc']} {u['quote']!r}" for u in r["unmatched"][:limit]]
        return "\n".join([f"== {name}", *merged, *split, *missing])
    if isinstance(tally, ActorTally):
        errors = [f"  {e['id']}: {e['mention']!r} gold {e['gold']} got {e['predicted']}\n      {e['text']}"
                  for e in tally.errors[:limit]]
        return f"== {name}: {len(tally.errors)} wrong\n" + "\n".join(errors)
    parts = [f"== {name}", format_per_type(tally.metrics())]
    parts.append(f"-- missed ({len(tally.misses)})")
    for miss in tally.misses[:limit]:
        gold = miss["gold"]
        got = "; ".join(f"{p['type']} {p['source']}->{p['target']}" for p in miss["predicted_here"]) or "nothing"
        parts.append(f"  {miss['id']}: {'/'.join(gold.get('types') or [gold.get('plover', '?')])} "
                     f"{gold.get('source')}->{gold.get('target')} {gold.get('quote') or gold.get('trigger')!r}"
                     f" (here: {got})")
    parts.append(f"-- false positives in annotated sentences ({len(tally.false_positives)})")
    for fp in tally.false_positives[:limit]:
        e = fp["event"]
        parts.append(f"  {fp['id']}: {e['type']} {e['source']}->{e['target']} {e['modality']} "
                     f"[{e['predicate']}] {e['sentence'][:150]!r}")
    parts.append(f"-- field errors ({len(tally.field_errors)})")
    for err in tally.field_errors[:limit]:
        parts.append(f"  {err['id']}: {err['field']} gold {err['gold']!r} got {err['predicted']!r} "
                     f"({err['quote']!r})")
    parts.append(f"-- negative violations ({len(tally.violations)})")
    for v in tally.violations[:limit]:
        parts.append(f"  {v['id']}: {v['negative'].get('why')} {v['event']['type']} {v['event']['modality']} "
                     f"{v['negative']['quote'][:100]!r}")
    return "\n".join(parts)

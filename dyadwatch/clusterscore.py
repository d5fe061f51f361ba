"""Scoring event clusters against a team-written cluster gold set (`eval/clusters-<split>.clusters.jsonl`).

A gold record is one real-world event and the sentences that report it:
`{"id": "cl-dev-001", "members": [{"doc": "<article id>", "quote": "<verbatim substring of the sentence>"}]}`.
Each member is mapped to the predicted event of its article whose evidence holds the quote and whose predicate word
is in it (when several are, the one whose predicate word comes first); an event stands for one member only, the
one whose quote names it earliest (`_event_owners`). Over the mapped members, every pair
is scored: precision is the share of pairs put in one predicted cluster that the gold puts in one cluster, recall
the share of gold same-cluster pairs that the prediction keeps together. Members with no event are counted apart
(`unmatched_members`): they measure extraction, not clustering; `recall_all` counts their pairs as missed too.

`recall_ceiling` is the recall the clusterer reaches when its similarity is the gold itself (`gold_similarity`: a
report is like another exactly when both are members of one gold cluster): what is left under it is lost to the
extracted events (a type of another family, another dyad, a date outside the window) and to the rules that hold
whatever the similarity (two sentences of one article, an act and the other side's answer), not to the scorer.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable
from itertools import combinations
from pathlib import Path
from typing import Any

from .clusterreports import Report
from .clusters import Cluster, Similarity, cluster_events
from .errors import DataFileError, InputError, SkippedItem
from .goldsets import json_lines
from .ingest import IngestOptions, read_paths
from .pipeline import Pipeline
from .records import Article

__all__ = ["score_clusters", "score_by_batch", "batch_of", "evaluate_clusters", "read_cluster_gold",
           "member_event", "gold_similarity"]

QUOTE_SPLIT = re.compile(r"[\s-]+")  # a quote's words: "test-fired" is "test" and "fired", as spaCy splits it
BATCH_ID = re.compile(r"(.*-)a?(\d+)")  # a cluster or article id of a batch: "cl-test-912", "cl-test-a912"
OTHER_BATCH = "other"


def read_cluster_gold(path: str | Path) -> list[dict[str, Any]]:
    """The records of a clusters gold file; a malformed line is an error naming the file and line."""
    records = []
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    for number, record in json_lines(lines, str(path), "one cluster per line"):
        members = record.get("members") if isinstance(record, dict) else None
        if not isinstance(members, list) or not isinstance(record.get("id"), str) or not all(
                isinstance(m, dict) and isinstance(m.get("doc"), str) and isinstance(m.get("quote"), str)
                for m in members):
            raise DataFileError(str(path), 'each line must be {"id": "...", "members": [{"doc": "...", '
                                '"quote": "..."}]}', number)
        records.append(record)
    return records


def member_event(member: dict[str, Any], events: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The predicted event a gold member stands for: its sentence holds the quote and its predicate word is in the
    quote (the first such word when the quote holds several; "test-fired" holds "fired"). When the events carry
    their predicate's offset, the word must be the one inside the quote, not the same word elsewhere in the
    sentence. Another event of the sentence does not stand in: a member whose event was not extracted is unmatched,
    not scored as a wrong merge."""
    quote = member["quote"]
    words = [w.strip('",.;:') for w in QUOTE_SPLIT.split(quote.lower())]
    ranked = []
    for number, event in enumerate(events):
        text, predicate = event["evidence"]["text"], str(event.get("predicate") or "").lower()
        if event["doc_id"] != member["doc"] or quote not in text or predicate not in words:
            continue
        offset = event.get("predicate_start", -1)
        if offset >= 0 and not _inside(offset, event["evidence"]["start"], text, quote):
            continue
        ranked.append((words.index(predicate), event["evidence"]["start"], event["event_id"], number))
    return events[min(ranked)[3]] if ranked else None


def _inside(offset: int, sentence_start: int, text: str, quote: str) -> bool:
    """The offset falls within one of the quote's occurrences in the sentence."""
    at = text.find(quote)
    while at >= 0:
        if sentence_start + at <= offset < sentence_start + at + len(quote):
            return True
        at = text.find(quote, at + 1)
    return False


def score_clusters(gold: list[dict[str, Any]], events: list[dict[str, Any]],
                   clusters: list[Cluster]) -> dict[str, Any]:
    """Pairwise precision and recall of the predicted clusters over the gold members (see the module docstring)."""
    by_doc = _events_by_doc(events)
    cluster_of = {event_id: c.cluster_id for c in clusters for event_id in c.events}
    matched: list[tuple[str, str, dict[str, Any]]] = []
    unmatched: list[dict[str, Any]] = []
    owners = _event_owners(gold, by_doc)
    for record in gold:
        for member in record["members"]:
            found = member_event(member, by_doc.get(member["doc"], []))
            if found is None or owners[found["event_id"]] is not member:
                unmatched.append({"cluster": record["id"], **member})
            else:
                predicted = cluster_of.get(found["event_id"], "event:" + found["event_id"])
                matched.append((record["id"], predicted, member))
    result = _pairwise(matched)
    gold_pairs_all = sum(len(r["members"]) * (len(r["members"]) - 1) // 2 for r in gold)
    result.update({
        "gold_clusters": len(gold), "gold_members": len(matched) + len(unmatched),
        "matched_members": len(matched), "unmatched_members": len(unmatched),
        "recall_all": _ratio(result["true_pairs"], gold_pairs_all), "unmatched": unmatched,
    })
    return result


def _events_by_doc(events: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for event in events:
        by_doc[event["doc_id"]].append(event)
    return by_doc


def _event_owners(gold: list[dict[str, Any]], by_doc: dict[str, list[dict[str, Any]]]) -> dict[str, dict[str, Any]]:
    """The one member each predicted event stands for. Two members' quotes may hold one predicate word ("the
    release followed the swap" for a release the tool missed, "the swap in Ankara" for the swap): the event is the
    member's whose quote names it earliest; for the other the tool found no event, a miss of extraction, not a
    wrong merge."""
    owners: dict[str, tuple[int, int, dict[str, Any]]] = {}
    order = 0
    for record in gold:
        for member in record["members"]:
            found = member_event(member, by_doc.get(member["doc"], []))
            if found is not None:
                words = [w.strip('",.;:') for w in QUOTE_SPLIT.split(member["quote"].lower())]
                rank = (words.index(str(found.get("predicate") or "").lower()), order)
                if found["event_id"] not in owners or rank < owners[found["event_id"]][:2]:
                    owners[found["event_id"]] = (*rank, member)
            order += 1
    return {event_id: owner[2] for event_id, owner in owners.items()}


def _pairwise(matched: list[tuple[str, str, dict[str, Any]]]) -> dict[str, Any]:
    true_pairs = predicted_pairs = gold_pairs = 0
    merged, split = [], []
    for (gold_a, pred_a, a), (gold_b, pred_b, b) in combinations(matched, 2):
        same_gold, same_pred = gold_a == gold_b, pred_a == pred_b
        gold_pairs += same_gold
        predicted_pairs += same_pred
        true_pairs += same_gold and same_pred
        if same_pred and not same_gold:
            merged.append({"gold": [gold_a, gold_b], "members": [a, b]})
        elif same_gold and not same_pred:
            split.append({"gold": gold_a, "members": [a, b]})
    return {"precision": _ratio(true_pairs, predicted_pairs), "recall": _ratio(true_pairs, gold_pairs),
            "true_pairs": true_pairs, "predicted_pairs": predicted_pairs, "gold_pairs": gold_pairs,
            "wrongly_merged": merged, "wrongly_split": split}  # all of them: the report lists `--details`


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def evaluate_clusters(pipeline: Pipeline, articles_path: str | Path, clusters_path: str | Path) -> dict[str, Any]:
    """Run the pipeline on a clusters gold set's articles, cluster their events and score the clusters."""
    gold = read_cluster_gold(clusters_path)
    articles = _articles(articles_path)
    missing = sorted({m["doc"] for r in gold for m in r["members"]} - {a.id for a in articles})
    if missing:
        raise InputError(f"{clusters_path}: no article in {articles_path} for doc id(s) {', '.join(missing[:5])}; "
                         "every member's doc must be an article id")
    events = [{**e.to_dict(), "predicate": e.predicate, "predicate_start": e.predicate_start,
               "article": {"outlet": article.outlet, "published": article.published, "title": article.title}}
              for article, found in pipeline.extract(articles) for e in found]
    clusters = cluster_events(events, pipeline.kb)
    ceiling = cluster_events(events, pipeline.kb, similarity=gold_similarity(gold, events))
    return {**score_clusters(gold, events, clusters), "events": len(events), "clusters": len(clusters),
            "recall_ceiling": score_clusters(gold, events, ceiling)["recall"],
            "batches": score_by_batch(gold, events, clusters, ceiling)}


def gold_similarity(gold: list[dict[str, Any]], events: list[dict[str, Any]]) -> Similarity:
    """A similarity that knows the answer: 1 between members of one gold cluster, -1 otherwise (and for events
    no member stands for), so that clustering with it shows what the rest of the clusterer allows."""
    owners = _event_owners(gold, _events_by_doc(events))
    record_of = {id(member): record["id"] for record in gold for member in record["members"]}
    cluster_of = {event_id: record_of[id(owner)] for event_id, owner in owners.items()}

    def similarity(report: Report) -> Callable[[list[Report], float], float]:
        mine = cluster_of.get(report.event_id)

        def closest(members: list[Report], floor: float) -> float:
            if not members:
                return -math.inf
            return 1.0 if mine is not None and any(cluster_of.get(m.event_id) == mine for m in members) else -1.0

        return closest

    return similarity


def score_by_batch(gold: list[dict[str, Any]], events: list[dict[str, Any]], clusters: list[Cluster],
                   ceiling: list[Cluster] | None = None) -> dict[str, dict[str, Any]]:
    """The scores of each annotation batch alone: the reports told in the batch's own articles ("cl-test-a9xx"),
    grouped by their gold clusters, whatever batch first wrote the cluster (a later batch's articles may retell an
    older batch's event). A batch written after the code measures how the rules carry over to text nobody tuned
    them on (eval/GUIDE.md). Articles whose id ends in no number are scored together as "other". With `ceiling`
    (the clusters of `gold_similarity`), each batch's recall ceiling too."""
    batches: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for record in gold:
        for member in record["members"]:
            batches[batch_of(member["doc"])][record["id"]].append(member)
    scored = {}
    for batch in sorted(batches, key=_batch_order):
        records = [{"id": cluster, "members": members} for cluster, members in batches[batch].items()]
        result = score_clusters(records, events, clusters)
        scored[batch] = {"gold_clusters": result["gold_clusters"], "gold_members": result["gold_members"],
                         "unmatched_members": result["unmatched_members"], "cluster_precision": result["precision"],
                         "cluster_recall": result["recall"], "cluster_recall_all": result["recall_all"],
                         "cluster_recall_ceiling": score_clusters(records, events, ceiling)["recall"]
                         if ceiling is not None else None}
    return scored


def batch_of(identifier: str) -> str:
    """"cl-test-a912" and "cl-test-912" are of batch "cl-test-9xx"; "cl-dev-a07" and "cl-dev-007" of "cl-dev-0xx";
    an id with no number at its end of none ("other")."""
    match = BATCH_ID.fullmatch(identifier)
    return f"{match[1]}{int(match[2]) // 100}xx" if match is not None else OTHER_BATCH


def _batch_order(batch: str) -> tuple[int, int]:
    digits = re.search(r"(\d+)xx$", batch)
    return (0, int(digits[1])) if digits else (1, 0)


def _articles(path: str | Path) -> list[Article]:
    items = list(read_paths([path], IngestOptions()))
    skipped = [str(i) for i in items if isinstance(i, SkippedItem)]
    if skipped:
        raise InputError(f"{path}: cannot read every article ({'; '.join(skipped[:3])}); fix the lines named")
    return [i for i in items if isinstance(i, Article)]

"""Gold sets: read them, run the pipeline on them, score them, and hold the scores to pinned floors.

A gold file is JSON Lines in one of three forms (eval/GUIDE.md), told apart by its records:
articles (`{"id", "events": [{"quote", ...}], "negatives"}`, with a separate articles file), sentences
(`{"id", "text", "events": [{"source", "target", "plover"}]}`) and actor mentions (`{"id", "text", "mention"}`).
A split's files are found by name: `<set>-<split>.gold.jsonl` + `<set>-<split>.articles.jsonl`, and
`<set>-<split>.jsonl` for the other two forms.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .actors import ActorResolver
from .errors import DataFileError, InputError, SkippedItem
from .evaluate import Tally, score_record
from .ingest import IngestOptions, read_paths
from .pipeline import Pipeline
from .records import Actor, Article

__all__ = ["GoldSet", "ActorTally", "ClusterTally", "actor_for_mention", "gold_key", "json_lines", "read_gold",
           "discover", "evaluate_set", "check_floors", "raised_floors", "HIGHER_IS_BETTER", "LOWER_IS_BETTER"]

HIGHER_IS_BETTER = ("core_recall", "recall", "covered_precision", "precision_lower_bound", "type_macro_f1",
                    "actor_accuracy", "date_accuracy", "attribution_accuracy", "modality_accuracy",
                    "place_accuracy", "country_accuracy", "country_sector_accuracy", "cluster_precision",
                    "cluster_recall", "cluster_recall_all",  # _all: over every gold member, extraction misses too
                    "cluster_recall_ceiling")  # with the gold as the similarity (clusterscore.gold_similarity)
LOWER_IS_BETTER = ("negative_violations",)
# A floor sits this far under the score it was raised to. Recall is pinned exactly; scores over matched events
# (field and actor accuracy) and precision move a little when recall rises and new, harder events get matched,
# so a gain elsewhere does not have to wait for them.
FLOOR_MARGINS = {"precision_lower_bound": 0.01, "covered_precision": 0.01, "type_macro_f1": 0.01,
                 "actor_accuracy": 0.02, "date_accuracy": 0.02, "attribution_accuracy": 0.02,
                 "modality_accuracy": 0.02, "place_accuracy": 0.02}


@dataclass(frozen=True)
class GoldSet:
    name: str  # e.g. news-dev
    gold: Path
    form: str  # articles | sentences | actors | clusters
    articles: Path | None = None


@dataclass
class ClusterTally:
    """Pairwise scores of cross-article clustering (clusterscore.py), in the shape the report expects."""

    result: dict[str, Any]

    def metrics(self) -> dict[str, Any]:
        r = self.result
        return {"gold_clusters": r["gold_clusters"], "gold_members": r["gold_members"],
                "unmatched_members": r["unmatched_members"], "cluster_precision": r["precision"],
                "cluster_recall": r["recall"], "cluster_recall_all": r["recall_all"],
                "cluster_recall_ceiling": r["recall_ceiling"]}


@dataclass
class ActorTally:
    mentions: int = 0
    country_right: int = 0
    both_right: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    def metrics(self) -> dict[str, Any]:
        whole = self.mentions or 1
        return {"mentions": self.mentions, "country_accuracy": round(self.country_right / whole, 4),
                "country_sector_accuracy": round(self.both_right / whole, 4)}


# -- reading -----------------------------------------------------------------------------------------------------


def read_gold(path: Path) -> tuple[str, list[dict[str, Any]]]:
    """The records of a gold file and its form; a bad line is an error naming the file and line."""
    records: list[dict[str, Any]] = []
    forms: set[str] = set()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the gold file ({exc}); give a UTF-8 JSONL file") from exc
    for number, record in json_lines(lines, str(path), "one record per line"):
        forms.add(_check_record(record, str(path), number))
        records.append(record)
    if len(forms) > 1:
        raise DataFileError(str(path), f"mixes gold forms ({', '.join(sorted(forms))}); keep one form per file")
    if not records:
        raise DataFileError(str(path), "holds no gold records")
    return forms.pop(), records


def json_lines(lines: list[str], path: str, hint: str) -> Iterable[tuple[int, Any]]:
    """(line number, parsed value) of each non-blank JSONL line; a bad line is an error naming file and line."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataFileError(path, f"not JSON ({exc.msg}); {hint}", number) from exc


def _check_record(record: Any, path: str, line: int) -> str:
    if not isinstance(record, dict) or not isinstance(record.get("id"), str):
        raise DataFileError(path, 'each record must be an object with an "id" string', line)
    if "mention" in record:
        if record["mention"] not in record.get("text", ""):
            raise DataFileError(path, f"{record['id']}: the mention is not in the text", line)
        return "actors"
    events = record.get("events")
    if not isinstance(events, list):
        raise DataFileError(path, f'{record["id"]}: "events" must be a list (it may be empty)', line)
    form = "sentences" if "text" in record else "articles"
    needed = ("plover", "source", "target") if form == "sentences" else ("quote", "types")
    for index, event in enumerate(events):
        missing = [k for k in needed if not isinstance(event, dict) or k not in event]
        if missing:
            raise DataFileError(path, f"{record['id']}: events[{index}] lacks {', '.join(missing)}", line)
    return form


def discover(directory: Path, split: str) -> list[GoldSet]:
    """The gold sets of one split in a directory, by file name."""
    sets = []
    for suffix, form in ((".gold.jsonl", "articles"), (".clusters.jsonl", "clusters")):
        for gold in sorted(directory.glob(f"*-{split}{suffix}")):
            name = gold.name.removesuffix(suffix)
            articles = gold.with_name(f"{name}.articles.jsonl")
            if not articles.exists():
                raise InputError(f"{gold}: no articles file beside it; expected {articles}")
            sets.append(GoldSet(name, gold, form, articles))
    for path in sorted(directory.glob(f"*-{split}.jsonl")):
        if path.name.endswith(".articles.jsonl"):
            continue
        form, _ = read_gold(path)
        sets.append(GoldSet(path.stem, path, form))
    if not sets:
        raise InputError(f"no gold files for split {split!r} in {directory}; expected names like news-{split}"
                         f".gold.jsonl")
    return sets


# -- running -----------------------------------------------------------------------------------------------------


def evaluate_set(pipeline: Pipeline, gold_set: GoldSet) -> Tally | ActorTally | ClusterTally:
    if gold_set.form == "clusters":
        from .clusterscore import evaluate_clusters  # clustering pulls in the analysis stage only when scored

        return ClusterTally(evaluate_clusters(pipeline, gold_set.articles or "", gold_set.gold))
    form, records = read_gold(gold_set.gold)
    if form == "actors":
        return _score_actors(pipeline, records)
    if form == "sentences":
        articles = [Article(id=r["id"], text=r["text"], published=r.get("published"), outlet=r.get("outlet"))
                    for r in records]
    else:
        if gold_set.articles is None:
            raise InputError(f"{gold_set.gold}: an articles-form gold file needs --articles FILE with the texts "
                             "(a JSONL file or a directory)")
        articles = _articles_for(records, gold_set.articles)
    predicted = _predict(pipeline, articles)
    tally = Tally()
    for record in records:
        score_record(tally, record, predicted[record["id"]])
    return tally


def _articles_for(records: list[dict[str, Any]], path: Path) -> list[Article]:
    items = list(read_paths([path], IngestOptions()))
    skipped = [str(i) for i in items if isinstance(i, SkippedItem)]
    by_id = {gold_key(a, path): a for a in items if isinstance(a, Article)}
    missing = [r["id"] for r in records if r["id"] not in by_id]
    if missing:
        detail = f"; skipped: {'; '.join(skipped)}" if skipped else ""
        raise InputError(f"{path}: no article for gold id(s) {', '.join(missing[:5])}{detail}")
    # Scored under the gold id, so that file articles (whose own id is a text hash) line up with their gold.
    return [replace(by_id[r["id"]], id=r["id"]) for r in records]


def gold_key(article: Article, root: Path) -> str:
    """The gold id of an article: its input id for JSONL lines, `file:<path under root>` for .txt/.html files."""
    origin = article.origin or ""
    if origin.endswith((".txt", ".html", ".htm")):
        return "file:" + Path(origin).resolve().relative_to(root.resolve()).as_posix()
    return article.id


def _predict(pipeline: Pipeline, articles: Iterable[Article]) -> dict[str, list[dict[str, Any]]]:
    return {article.id: [{**e.to_dict(), "predicate": e.predicate} for e in events]
            for article, events in pipeline.extract(articles)}


def _score_actors(pipeline: Pipeline, records: list[dict[str, Any]]) -> ActorTally:
    tally = ActorTally()
    texts = ((r["text"], r) for r in records)
    for doc, record in pipeline.nlp.pipe(texts, as_tuples=True):
        resolver = ActorResolver(doc, pipeline.kb, record.get("published"))
        actor = actor_for_mention(doc, resolver, record["text"], record["mention"], int(record.get("nth") or 1))
        country, sector = (actor.party, actor.sector) if actor else (None, None)
        tally.mentions += 1
        country_ok = country == record.get("country")
        sector_ok = record.get("sector") is None or sector == record.get("sector")  # null: any sector will do
        tally.country_right += country_ok
        tally.both_right += country_ok and sector_ok
        if not (country_ok and sector_ok):
            tally.errors.append({"id": record["id"], "mention": record["mention"], "gold": [record.get("country"),
                                 record.get("sector")], "predicted": [country, sector], "text": record["text"]})
    return tally


def actor_for_mention(doc: Any, resolver: ActorResolver, text: str, mention: str, nth: int = 1) -> Actor | None:
    """The actor the resolver gives for the nth occurrence of `mention` in `text` (see the comments for ties)."""
    start = -1
    for _ in range(nth):
        start = text.find(mention, start + 1)
    end = start + len(mention)
    span = doc.char_span(start, end, alignment_mode="expand") if start >= 0 else None
    if span is None:
        return None
    root = span.root
    # A modifier ("Kyiv's", "Russian") stands for the actor of the phrase it modifies: that phrase decides.
    heads = [root.head, root] if root.dep_ in ("amod", "compound", "nmod", "poss") and root.head.i != root.i \
        else [root]
    resolved = [resolver.resolve(head) for head in heads]
    for actors in resolved:
        overlapping = [a for a in actors if a.start < end and start < a.end]
        if overlapping:  # the actor most contained in the mention: "North Korean officials" of "Russian and ..."
            return max(overlapping, key=lambda a: (min(a.end, end) - max(a.start, start)) / max(a.end - a.start, 1))
    return next((a for actors in resolved for a in actors), None)


# -- floors ------------------------------------------------------------------------------------------------------


def check_floors(scores: dict[str, dict[str, Any]], floors: dict[str, dict[str, float]]) -> list[str]:
    """Every pinned score that fell below (or, for counts of errors, rose above) its floor."""
    failures = []
    for set_name, pinned in floors.items():
        got = scores.get(set_name)
        if got is None:
            failures.append(f"{set_name}: pinned in the floors file but not evaluated")
            continue
        for metric, floor in pinned.items():
            value = got.get(metric)
            worse = value is None or (value > floor if metric in LOWER_IS_BETTER else value < floor)
            if worse:
                failures.append(f"{set_name}: {metric} {value} is worse than its floor {floor}")
    return failures


def raised_floors(scores: dict[str, dict[str, Any]], floors: dict[str, dict[str, float]]) -> dict[str, Any]:
    """The floors moved to today's scores wherever those are better; never lowered."""
    new: dict[str, dict[str, float]] = {}
    for set_name, got in scores.items():
        pinned = dict(floors.get(set_name, {}))
        for metric in (*HIGHER_IS_BETTER, *LOWER_IS_BETTER):
            value = got.get(metric)
            if value is None:
                continue
            value = round(value - FLOOR_MARGINS.get(metric, 0.0), 4)
            old = pinned.get(metric)
            better = old is None or (value < old if metric in LOWER_IS_BETTER else value > old)
            if better:
                pinned[metric] = value
        new[set_name] = pinned
    return new

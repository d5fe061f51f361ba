"""Scoring predicted events against gold annotations (the articles and sentences forms of eval/GUIDE.md).

A predicted event matches a gold event when its evidence sentence contains the gold quote (articles form) or its
predicate is the gold trigger (sentences form), its type is one of the gold types, and its actor/recipient parties
match (either direction when the gold is symmetric; `*` matches anything). A negative is violated by an asserted or
reported event whose sentence contains its quote, or by any such event in a sentence whose gold lists no event.
Precision counts the events the tool claims (asserted, reported, planned, negated): a hypothetical event that
matches no gold event is left out of it, since the tool itself says it did not happen.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

__all__ = ["GoldResult", "Tally", "match_article", "event_matches", "score_record", "field_correct"]

NOT_EVENTS = frozenset({"hypothetical", "negated"})
SCORED_FIELDS = ("date", "attribution", "modality", "place")


@dataclass
class GoldResult:
    doc_id: str
    matched: list[dict[str, Any]] = field(default_factory=list)  # gold events found
    missed: list[dict[str, Any]] = field(default_factory=list)  # gold events not found
    violations: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)  # (negative, event)


@dataclass
class Tally:
    """Counts over many gold records; `metrics()` turns them into scores."""

    gold: int = 0
    gold_found: int = 0
    core: int = 0
    core_found: int = 0
    covered_predicted: int = 0  # predicted events in sentences the gold annotates
    covered_correct: int = 0
    predicted: int = 0
    correct: int = 0
    typed: int = 0  # gold events with a predicted event of the right type in their sentence
    typed_with_actors: int = 0  # ... whose parties also match
    gold_by_type: Counter[str] = field(default_factory=Counter)
    found_by_type: Counter[str] = field(default_factory=Counter)
    predicted_by_type: Counter[str] = field(default_factory=Counter)  # in covered sentences
    correct_by_type: Counter[str] = field(default_factory=Counter)
    field_scored: Counter[str] = field(default_factory=Counter)
    field_correct: Counter[str] = field(default_factory=Counter)
    violations: list[dict[str, Any]] = field(default_factory=list)
    misses: list[dict[str, Any]] = field(default_factory=list)
    false_positives: list[dict[str, Any]] = field(default_factory=list)
    field_errors: list[dict[str, Any]] = field(default_factory=list)

    def metrics(self) -> dict[str, Any]:
        per_type = {}
        for type_ in sorted(set(self.gold_by_type) | set(self.predicted_by_type)):
            recall = _ratio(self.found_by_type[type_], self.gold_by_type[type_])
            precision = _ratio(self.correct_by_type[type_], self.predicted_by_type[type_])
            per_type[type_] = {"gold": self.gold_by_type[type_], "predicted": self.predicted_by_type[type_],
                               "precision": precision, "recall": recall, "f1": _f1(precision, recall)}
        gold_types = [t for t in per_type if self.gold_by_type[t]]
        macro = sum(per_type[t]["f1"] or 0.0 for t in gold_types) / len(gold_types) if gold_types else None
        return {
            "gold_events": self.gold, "core_events": self.core, "predicted_events": self.predicted,
            "core_recall": _ratio(self.core_found, self.core),
            "recall": _ratio(self.gold_found, self.gold),
            "covered_precision": _ratio(self.covered_correct, self.covered_predicted),
            "precision_lower_bound": _ratio(self.correct, self.predicted),
            "type_macro_f1": None if macro is None else round(macro, 4),
            "actor_accuracy": _ratio(self.typed_with_actors, self.typed),
            **{f"{name}_accuracy": _ratio(self.field_correct[name], self.field_scored[name])
               for name in SCORED_FIELDS},
            "negative_violations": len(self.violations),
            "per_type": per_type,
        }


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _f1(precision: float | None, recall: float | None) -> float | None:
    if precision is None or recall is None:
        return None
    return round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0


# -- matching ----------------------------------------------------------------------------------------------------


def _parties(actors: list[dict[str, Any]]) -> set[str]:
    return {a.get("country") or a.get("code") or "" for a in actors} - {""}


def _side_matches(gold: str | None, parties: set[str]) -> bool:
    if gold in (None, "*"):
        return True
    return gold in parties


def _in_sentence(gold: dict[str, Any], event: dict[str, Any]) -> bool:
    """The event comes from the gold event's sentence: it holds the quote, or the predicate is the trigger."""
    quote = gold.get("quote")
    if quote is not None and quote not in event["evidence"]["text"]:
        return False
    trigger = gold.get("trigger")
    if trigger and event.get("predicate"):
        predicate, words = event["predicate"].lower(), trigger.lower().split()
        return predicate in words or any(w.startswith(predicate) or predicate.startswith(w) for w in words)
    return True


def _actors_match(gold: dict[str, Any], event: dict[str, Any]) -> bool:
    sources, targets = _parties(event["source"]), _parties(event["target"])
    forward = _side_matches(gold.get("source"), sources) and _side_matches(gold.get("target"), targets)
    if forward or not gold.get("symmetric"):
        return forward
    return _side_matches(gold.get("source"), targets) and _side_matches(gold.get("target"), sources)


def _types(gold: dict[str, Any]) -> list[str]:
    return gold.get("types") or [gold["plover"]]


def event_matches(gold: dict[str, Any], event: dict[str, Any]) -> bool:
    return _in_sentence(gold, event) and event["type"] in _types(gold) and _actors_match(gold, event)


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


# -- scoring -----------------------------------------------------------------------------------------------------


def field_correct(name: str, gold: Any, event: dict[str, Any]) -> bool:
    """Whether a predicted event's field agrees with the gold value (names compared loosely, case ignored)."""
    if name == "date":
        return gold == event.get("date")
    if name == "modality":
        return gold == event.get("modality")
    value = event.get(name)
    predicted = (value or {}).get("text" if name == "attribution" else "name") if isinstance(value, dict) else None
    if gold is None or predicted is None:
        return gold is None and predicted is None
    g, p = _loose(gold), _loose(predicted)
    return g in p or p in g


def _loose(text: str) -> str:
    return " ".join(text.lower().replace("the ", " ").replace("'s", "").split())


def score_record(tally: Tally, gold_record: dict[str, Any], events: list[dict[str, Any]]) -> None:
    """Add one gold record (an article, or a sentence) and its predicted events to the tally."""
    doc_id = gold_record["id"]
    golds = gold_record.get("events", [])
    sentence_form = "text" in gold_record
    quotes = [g["quote"] for g in golds if g.get("quote")] + [n["quote"] for n in gold_record.get("negatives", [])]
    for gold in golds:
        _score_gold(tally, doc_id, gold, events)
    for event in events:
        correct = any(event_matches(g, event) for g in golds)
        if not correct and event["modality"] == "hypothetical":
            continue  # flagged as not having happened: a negative's job (violations), not a false claim
        tally.predicted += 1
        tally.correct += correct
        if sentence_form or any(q in event["evidence"]["text"] for q in quotes):
            tally.covered_predicted += 1
            tally.covered_correct += correct
            tally.predicted_by_type[event["type"]] += 1
            tally.correct_by_type[event["type"]] += correct
            if not correct:
                tally.false_positives.append({"id": doc_id, "event": _brief(event)})
    _score_negatives(tally, gold_record, events, sentence_form)


def _score_gold(tally: Tally, doc_id: str, gold: dict[str, Any], events: list[dict[str, Any]]) -> None:
    primary = _types(gold)[0]
    tally.gold += 1
    tally.gold_by_type[primary] += 1
    core = bool(gold.get("core", True))
    tally.core += core
    same_type = [e for e in events if _in_sentence(gold, e) and e["type"] in _types(gold)]
    matches = [e for e in same_type if _actors_match(gold, e)]
    tally.typed += bool(same_type)
    tally.typed_with_actors += bool(same_type and matches)
    if not matches:
        near = [_brief(e) for e in events if _in_sentence(gold, e)]
        tally.misses.append({"id": doc_id, "gold": gold, "predicted_here": near})
        return
    tally.gold_found += 1
    tally.core_found += core
    tally.found_by_type[primary] += 1
    _score_fields(tally, doc_id, gold, matches)


def _score_fields(tally: Tally, doc_id: str, gold: dict[str, Any], matches: list[dict[str, Any]]) -> None:
    """Field accuracy on a matched gold event: right when any matching prediction has the gold value."""
    for name in SCORED_FIELDS:
        if name not in gold:
            continue
        tally.field_scored[name] += 1
        if any(field_correct(name, gold[name], e) for e in matches):
            tally.field_correct[name] += 1
        else:
            tally.field_errors.append({"id": doc_id, "field": name, "gold": gold[name],
                                       "predicted": _field_value(name, matches[0]), "quote": _label(gold)})


def _score_negatives(tally: Tally, gold_record: dict[str, Any], events: list[dict[str, Any]],
                     sentence_form: bool) -> None:
    claimed = [e for e in events if e["modality"] not in NOT_EVENTS]
    for negative in gold_record.get("negatives", []):
        for event in claimed:
            if negative["quote"] in event["evidence"]["text"]:
                tally.violations.append({"id": gold_record["id"], "negative": negative, "event": _brief(event)})
    if sentence_form and not gold_record.get("events"):
        for event in claimed:
            tally.violations.append({"id": gold_record["id"], "negative": {"quote": gold_record["text"],
                                                                           "why": "no event"},
                                     "event": _brief(event)})


def _field_value(name: str, event: dict[str, Any]) -> Any:
    value = event.get(name)
    if name == "attribution" and isinstance(value, dict):
        return value.get("text")
    if name == "place" and isinstance(value, dict):
        return value.get("name")
    return value


def _label(gold: dict[str, Any]) -> str:
    return gold.get("quote") or gold.get("trigger") or _types(gold)[0]


def _brief(event: dict[str, Any]) -> dict[str, Any]:
    """What a person needs to judge a prediction: type, parties, modality, and the sentence."""
    return {
        "type": event["type"],
        "source": sorted(_parties(event["source"])),
        "target": sorted(_parties(event["target"])),
        "modality": event["modality"],
        "date": event.get("date"),
        "predicate": event.get("predicate"),
        "sentence": event["evidence"]["text"],
    }

"""The event-pattern lexicon: predicate lemma + argument pattern -> PLOVER type, mode and contexts.

Read from `dyadwatch/data/events.yaml` (and users' files with the same keys, which add lemmas or replace
them). Every entry is validated against the PLOVER types, the modes listed in the file and the argument roles
the coder understands; a bad entry raises `DataFileError` with the file, the lemma and the problem.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .cache import cached
from .errors import DataFileError
from .resources import data_path, load_yaml_file

__all__ = ["PERSON_SUBJECT", "SPACE_OBJECT", "Pattern", "Lexicon", "load_lexicon", "PLOVER_TYPES", "VERB_ROLES",
           "NOUN_ROLES", "MEASURE_TYPES", "REMOTE_MEANS"]

ACTOR_OBJECT = "@actor"  # in `objects:`, met by a direct object that names an actor
PERSON_SUBJECT = "@person"  # in `subjects:`, met by a subject that is a person by name or pronoun
# in `objects:`, met when what the predicate enters, crosses, stays in or violates is a country's airspace, waters or
# zone ("entered Malaysia's waters", "crossed into Greek airspace", "a violation of its exclusive economic zone")
SPACE_OBJECT = "@space"
PATTERN_KEYS = frozenset({"type", "mode", "contexts", "source", "target", "symmetric", "objects", "subjects",
                          "requires"})
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
# what talks held at a distance go over ("spoke by phone", "held talks over a hotline", "by video link")
REMOTE_MEANS = frozenset({"phone", "telephone", "video", "videoconference", "link", "hotline"})
# types whose modes are different measures: "expelled the ambassador and banned imports" is two acts of one side
MEASURE_TYPES = frozenset({"SANCTION", "COERCE"})
PREPOSITIONS = ("with", "to", "on", "against", "from", "for", "into", "in", "of", "between", "by", "over", "across",
                "toward", "towards", "at", "among", "upon", "outside", "onto", "through", "off")
VERB_ROLES = frozenset({"subj", "obj", "dative", *(f"prep:{p}" for p in PREPOSITIONS)})
NOUN_ROLES = frozenset({"poss", "compound", "amod", "governor_subj", "governor_obj",
                        *(f"prep:{p}" for p in PREPOSITIONS), *(f"governor_prep:{p}" for p in PREPOSITIONS)})
DEFAULTS: dict[str, dict[str, tuple[str, ...]]] = {
    "verb": {"source": ("subj",), "target": ("obj",)},
    "noun": {"source": ("poss", "compound", "amod", "prep:by", "governor_subj"),
             "target": ("prep:to", "prep:with", "prep:on", "prep:against")},
}


@dataclass(frozen=True)
class Pattern:
    lemma: str
    pos: str  # verb | noun
    type: str
    mode: str | None
    contexts: tuple[str, ...]
    source: tuple[str, ...]
    target: tuple[str, ...]
    symmetric: bool
    objects: frozenset[str] | None  # object lemmas that must be present, or None for the fallback entry
    requires_target: bool = False  # only an event when a recipient is found ("fired missiles at X")
    subjects: frozenset[str] | None = None  # subject lemmas that must be present ("soldiers left"), or None

    @property
    def wants_actor_object(self) -> bool:
        """True when the object condition is met by any object naming an actor ("received Lavrov")."""
        return self.objects is not None and ACTOR_OBJECT in self.objects


@dataclass
class Lexicon:
    verbs: dict[str, list[Pattern]]
    nouns: dict[str, list[Pattern]]
    scores: dict[str, float]
    modes: dict[str, list[str]]
    object_classes: dict[str, frozenset[str]]
    phrasal_bases: set[str] = field(default_factory=set)  # verbs with a phrasal entry ("walk" of "walk out")

    def score(self, type_: str, mode: str | None) -> float:
        if mode and f"{type_}:{mode}" in self.scores:
            return self.scores[f"{type_}:{mode}"]
        return self.scores.get(type_, 0.0)

    def verb_patterns(self, lemma: str, particle: str | None) -> list[Pattern] | None:
        """A phrasal verb's own entry ("walk out", "call off") when it has one, else the verb's."""
        if particle:
            phrasal = self.verbs.get(f"{lemma} {particle}")
            if phrasal:
                return phrasal
        return self.verbs.get(lemma)

    def has_phrasal(self, lemma: str) -> bool:
        """Whether some phrasal entry starts with this verb lemma ("walk" for "walk out")."""
        return lemma in self.phrasal_bases

    def class_of(self, lemma: str) -> str | None:
        """The object class a lemma belongs to (weapons, troops, ...), if any."""
        for name, members in self.object_classes.items():
            if lemma in members:
                return name
        return None


def load_lexicon(extra_files: Iterable[str | Path] = ()) -> Lexicon:
    return _load(tuple(map(str, extra_files)))  # (asked by rules for the shipped lexicon, thousands of times)


@lru_cache(maxsize=8)
def _load(extra_files: tuple[str, ...]) -> Lexicon:
    paths = [str(data_path("events.yaml")), *extra_files]
    return cached("lexicon", [Path(__file__), *(Path(p) for p in paths)], lambda: _build(paths))


def _build(paths: list[str]) -> Lexicon:
    lexicon = Lexicon(verbs={}, nouns={}, scores={}, modes={}, object_classes={})
    for path in paths:
        _extend(lexicon, load_yaml_file(path), path)
    return lexicon


def _extend(lexicon: Lexicon, data: Any, path: str) -> None:
    if not isinstance(data, dict):
        raise DataFileError(path, "expected a mapping with keys verbs:, nouns: (and scores:, modes:, object_classes:)")
    unknown = set(data) - {"verbs", "nouns", "scores", "modes", "object_classes"}
    if unknown:
        raise DataFileError(path, f"unknown top-level keys {sorted(unknown)}")
    lexicon.scores.update({str(k): float(v) for k, v in (data.get("scores") or {}).items()})
    lexicon.modes.update({str(k): list(v or []) for k, v in (data.get("modes") or {}).items()})
    for name, members in (data.get("object_classes") or {}).items():
        lexicon.object_classes[str(name)] = frozenset(str(m).lower() for m in members or [])
    for pos, table in (("verb", lexicon.verbs), ("noun", lexicon.nouns)):
        for lemma, entries in (data.get(f"{pos}s") or {}).items():
            if not isinstance(entries, list) or not entries:
                raise DataFileError(path, f"{pos}s.{lemma}: must be a non-empty list of patterns")
            key = " ".join(str(lemma).lower().split())
            if " " in key and (pos != "verb" or key.count(" ") != 1):
                raise DataFileError(path, f"{pos}s.{lemma}: only verbs may have a particle, as one word after the "
                                    "lemma (\"walk out\", \"call off\")")
            table[key] = [_pattern(lexicon, key, pos, e, path) for e in entries]
            if " " in key:
                lexicon.phrasal_bases.add(key.split()[0])


def _pattern(lexicon: Lexicon, lemma: str, pos: str, entry: Any, path: str) -> Pattern:
    where = f"{pos}s.{lemma}"
    if not isinstance(entry, dict):
        raise DataFileError(path, f"{where}: each pattern must be a mapping with at least `type:`")
    unknown = set(entry) - PATTERN_KEYS
    if unknown:
        raise DataFileError(path, f"{where}: unknown keys {sorted(unknown)}; valid: {sorted(PATTERN_KEYS)}")
    if entry.get("requires") not in (None, "target"):
        raise DataFileError(path, f"{where}: requires: {entry['requires']!r}; the only valid value is target")
    type_ = entry.get("type")
    if type_ not in PLOVER_TYPES:
        raise DataFileError(path, f"{where}: type {type_!r} is not a PLOVER type; valid: {' '.join(PLOVER_TYPES)}")
    mode = entry.get("mode")
    if mode is not None and lexicon.modes and mode not in lexicon.modes.get(type_, []):
        raise DataFileError(path, f"{where}: mode {mode!r} is not a mode of {type_}; "
                            f"valid: {lexicon.modes.get(type_, [])}")
    roles = VERB_ROLES if pos == "verb" else NOUN_ROLES
    source = tuple(entry.get("source") or DEFAULTS[pos]["source"])
    target = tuple(entry.get("target") or DEFAULTS[pos]["target"])
    bad = [r for r in (*source, *target) if r not in roles]
    if bad:
        raise DataFileError(path, f"{where}: unknown argument roles {bad}; valid for {pos}s: {sorted(roles)}")
    return Pattern(lemma, pos, type_, mode, tuple(entry.get("contexts") or ()), source, target,
                   bool(entry.get("symmetric")), _objects(lexicon, entry.get("objects")),
                   entry.get("requires") == "target", _objects(lexicon, entry.get("subjects")))


def _objects(lexicon: Lexicon, names: Any) -> frozenset[str] | None:
    if not names:
        return None
    lemmas: set[str] = set()
    for name in names:
        lemmas |= lexicon.object_classes.get(str(name), frozenset({str(name).lower()}))
    return frozenset(lemmas)

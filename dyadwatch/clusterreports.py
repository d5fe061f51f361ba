"""Stage 7, analysis: what clustering (clusters.py) reads of one event record, computed once: a `Report` with its
parties and dyads, the days its date can mean (widened where reports of one act differ: a publication day, a night,
a visit's days), its predicate's class and family, its words, people, place and figure.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .clustersimilarity import people_term
from .clusterwords import (
    content_word,
    family_of,
    predicate_class,
    sentence_tokens,
    stem,
    threatened_measure,
    told_again,
    told_besides,
    trigger_class,
)
from .dates import UP_TO, date_span

__all__ = ["PRECISE_DAYS", "People", "Report", "date_interval", "report_of", "reports_of"]

UNREAL = frozenset({"negated", "hypothetical"})
UP_TO_DAYS = 5  # how far before its clause's day an act told "after" with no count may lie (the window stays precise)
VISIT_DAYS = 2  # a visit's first or last day may lie this far from the day a report gives
EU_SECTOR, EU_PARTY = "EUR", "EU"  # the sector of the European Union's institutions, and the party they act for
NIGHT = re.compile(r"\b(night|overnight)\b", re.IGNORECASE)
OVERNIGHT = re.compile(r"^(?:the )?overnight$", re.IGNORECASE)
# a month's part as its date's words give it ("late March", "mid-May", "the end of December"; not "by the end of
# February", a deadline), and the days of the month (1-31) each part reaches, with slack
MONTH_PART = re.compile(r"^(?:in |on )?(early|mid|middle|late|the end|the beginning|the start)\b", re.IGNORECASE)
PART_DAYS = {"early": (1, 14), "the beginning": (1, 14), "the start": (1, 14), "mid": (6, 25), "middle": (6, 25),
             "late": (15, 31), "the end": (15, 31)}
PRECISE_DAYS = 7  # a date interval shorter than this (a day, a week) is precise


@dataclass(frozen=True, slots=True)
class Report:
    """What clustering needs of one event dict, computed once."""

    event_id: str
    doc_id: str
    type: str
    family: str  # its type's family (`TYPE_FAMILIES`)
    parties: tuple[str, str]  # its home dyad: where it starts a cluster of its own
    sources: frozenset[str]  # the parties on each side
    targets: frozenset[str]
    dyads: tuple[tuple[str, str], ...]  # every dyad it could belong to (several when a side names two parties)
    interval: tuple[int, int] | None  # first and last possible day (date ordinals)
    reach: tuple[int, int] | None  # the days of the cluster it may join: its interval, or the part of its month
    precise: bool  # dated to a day or a week
    published: str
    said_on: int  # the publication day's ordinal (a very large one when unknown)
    start: int
    predicate: str  # normalised predicate word's class (`predicates.yaml`), or "" when the record has no word
    word: str  # the normalised predicate word itself
    mode: str | None
    unreal: bool  # negated or hypothetical: said not to have happened, or only if
    besides: bool  # told as an act besides another of its article ("also closed the border")
    again: bool  # told as one more act of its kind ("lodged another protest")
    planned: bool  # said to be going to happen
    words: frozenset[str]  # content words of the evidence sentence
    size: int  # how many
    tokens: frozenset[str]  # every token of it, for near-identity
    people: People | None = field(compare=False)  # the named people/organisations on each side, if any
    place: tuple[str, str] | None  # (lower-case name, country)
    quantity: tuple[float, str] | None
    record: dict[str, Any] = field(compare=False, repr=False)

    def sort_key(self) -> tuple[Any, ...]:
        """Date order by the last possible day, the most precise first: an explicitly dated report seeds its
        cluster before one dated only by its publication day, and an article's lede before its later sentences."""
        lo, hi = self.interval or (0, 0)
        return hi, hi - lo, self.published, self.doc_id, self.start, self.event_id


class People:
    """The people a report names, by party. Reports naming the same people share one, so how two sets of names
    agree (`clustersimilarity.people_term`) is worked out once."""

    __slots__ = ("by_party", "guessed", "bodies", "agreement")

    def __init__(self, by_party: dict[str, frozenset[str]], guessed: frozenset[str],
                 bodies: frozenset[str] = frozenset()) -> None:
        self.by_party = by_party
        self.guessed = guessed  # parties whose people are only a guess from a plural mention ("the two leaders")
        # the names that are bodies ("the Houthis", "the Pentagon"), not people
        self.bodies = frozenset(n for names in by_party.values() for n in names if n in bodies)
        self.agreement: dict[People, float] = {}

    def term(self, other: People) -> float:
        if other not in self.agreement:
            self.agreement[other] = people_term(self.by_party, other.by_party, self.guessed | other.guessed,
                                                self.bodies | other.bodies)
        return self.agreement[other]


def reports_of(events: Iterable[dict[str, Any]], bodies: frozenset[str] = frozenset()) -> Iterator[Report]:
    """One report per distinct event_id, in a fixed order whatever the input order. `bodies`: the names of
    agencies and organisations, which are no people (`People`)."""
    seen: dict[str, dict[str, Any]] = {}
    for event in events:
        seen.setdefault(str(event["event_id"]), event)
    crowd: dict[tuple[tuple[str, frozenset[str]], ...], People] = {}  # one `People` per set of names
    for event_id in sorted(seen):
        yield report_of(seen[event_id], crowd, bodies)


def report_of(event: dict[str, Any], crowd: dict[tuple[tuple[str, frozenset[str]], ...], People],
              bodies: frozenset[str] = frozenset()) -> Report:
    evidence = event.get("evidence") or {}
    ordered = sentence_tokens(str(evidence.get("text") or ""))
    place = event.get("place") or None
    quantity = event.get("quantity") or None
    article = event.get("article") or {}
    interval = _event_interval(event)
    sources, targets = frozenset(_side(event["source"])), frozenset(_side(event["target"]))
    home, dyads = _dyads(sources, targets)
    type_ = str(event["type"])
    trigger = str(event.get("predicate") or "").lower()
    measure = threatened_measure(ordered, trigger) if type_ == "THREATEN" else ""
    # "threatened the 50% tariff" names the measure others report as announced: its word, and so its family
    predicate = predicate_class(measure, "SANCTION") if measure else trigger_class(ordered, trigger, type_)
    words = frozenset(map(content_word, ordered)) - {""}
    names, guessed = _names(event)
    key = (*names.items(), ("", guessed))
    if names and key not in crowd:
        crowd[key] = People(names, guessed, bodies)
    return Report(
        event_id=str(event["event_id"]), doc_id=str(event.get("doc_id") or ""), type=type_,
        family=family_of(type_, event.get("modality"), event.get("mode"), predicate), parties=home, sources=sources,
        targets=targets, dyads=dyads, interval=interval, reach=_part_of_month(interval, event),
        precise=_precise(interval, event),
        published=str(article.get("published") or "9999"), said_on=_day_ordinal(article.get("published")),
        start=int(evidence.get("start") or 0),
        predicate=predicate,
        word=stem(trigger), mode=event.get("mode"),
        unreal=event.get("modality") in UNREAL, planned=event.get("modality") == "planned",
        besides=told_besides(ordered, trigger), again=told_again(ordered, trigger),
        words=words, size=len(words), tokens=frozenset(ordered),
        people=crowd[key] if names else None,
        place=(str(place.get("name") or "").lower(), str(place.get("country") or "")) if place else None,
        quantity=(float(quantity["value"]), str(quantity.get("unit") or ""))
        if quantity and quantity.get("value") is not None else None,
        record=event)


# -- features ----------------------------------------------------------------------------------------------------


def _side(actors: list[dict[str, Any]]) -> set[str]:
    return {_party(a) for a in actors} - {"", "UNK"}


def _party(actor: dict[str, Any]) -> str:
    """The party an actor acts for: its country, or the European Union for any of its institutions (news tell one
    act as the Commission's, the Council's or the EU's alike)."""
    if actor.get("sector") == EU_SECTOR:
        return EU_PARTY
    return str(actor.get("country") or actor.get("code") or "")


def _dyads(sources: frozenset[str], targets: frozenset[str]) -> tuple[tuple[str, str], tuple[tuple[str, str], ...]]:
    """The event's home dyad and every dyad it could belong to. Source x target pairs, and the pairs within a side
    naming several parties ("Russia and Ukraine swapped"); home is the first source x target pair, as
    `summary.dyad_of` gives it, else the first pair, else the one party named ("RUS", "")."""
    across = {(min(s, t), max(s, t)) for s in sources for t in targets if s != t}
    pairs = set(across)
    for side in (sources, targets):
        pairs |= {(a, b) for a in side for b in side if a < b}
    known = sorted(sources | targets)
    home = min(across) if across else min(pairs) if pairs else (known[0], "") if known else ("", "")
    return home, tuple(sorted(pairs))


def _event_interval(event: dict[str, Any]) -> tuple[int, int] | None:
    interval = date_interval(_held_from(event) or event.get("date"))
    if interval and str(event.get("date_reason") or "").startswith("publication date"):
        # Dated by default with the day it was published: the news is of that day or the day before.
        return interval[0] - 1, interval[1]
    if interval and event.get("date_reason") == UP_TO:
        # "after Rabat froze contacts", said of Wednesday: that day or the days before it
        return interval[0] - UP_TO_DAYS, interval[1]
    if interval and _visit_done(event):
        # a visit lasts days: arriving on Saturday and talks on Monday are one visit
        return interval[0] - VISIT_DAYS, interval[1] + VISIT_DAYS
    said = str(event.get("date_text") or "")
    if interval and NIGHT.search(said):
        if interval[1] - interval[0] == 1:
            return interval[1], interval[1]  # "the night of May 24-25": the night that ended on the 25th
        if not OVERNIGHT.search(said):
            # "late on Tuesday night" in one time zone is early Wednesday in another: the night reaches the next
            # day (an "overnight" dated to a morning is that morning's night: "pounded Kyiv overnight", said Saturday)
            return interval[0], interval[1] + 1
    return interval


def _part_of_month(interval: tuple[int, int] | None, event: dict[str, Any]) -> tuple[int, int] | None:
    """The days of a month "early", "mid" or "late" in it can mean, with a few days' slack (writers differ on where
    the middle begins): "left Chad in early December" is not the departure of December 26. The date stays the
    month, as written; only the clusters it may join narrow."""
    part = MONTH_PART.match(str(event.get("date_text") or ""))
    if interval is None or part is None or event.get("date_precision") != "month":
        return interval
    first, last = PART_DAYS[part[1].lower()]
    return interval[0] + first - 1, min(interval[1], interval[0] + last - 1)


def _precise(interval: tuple[int, int] | None, event: dict[str, Any]) -> bool:
    """Dated to a day or a week, as written: a visit's reach either side of its days ("visited from March 25 to
    28") does not make its date vague."""
    if interval is None:
        return False
    reach = 2 * VISIT_DAYS if _visit_done(event) else 0
    return interval[1] - interval[0] - reach < PRECISE_DAYS


def _visit_done(event: dict[str, Any]) -> bool:
    """A visit or a drill told as done: it lasts days ("launched the exercise on Friday" and "are conducting joint
    drills this week" are one exercise)."""
    if event.get("modality") == "planned":
        return False
    return event.get("mode") == "visit" or predicate_class(str(event.get("predicate") or "").lower(),
                                                           str(event.get("type") or "")) == "drill"


def _held_from(event: dict[str, Any]) -> str | None:
    """A detention told as a state from its start ("held since October 2016"): the arrest is of that start."""
    value, said = str(event.get("date") or ""), str(event.get("date_text") or "")
    if event.get("type") != "COERCE" or event.get("mode") != "arrest" or "/" not in value \
            or not said.lower().startswith("since"):
        return None
    return value.split("/")[0]


def _day_ordinal(value: Any) -> int:
    interval = date_interval(str(value)[:10]) if value else None
    return interval[0] if interval else 10**9


def _names(event: dict[str, Any]) -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """The people named on each side, and the parties whose people were only guessed from a plural mention ("the
    foreign ministers", "the two leaders": the article's main pair, which may not be the pair that met)."""
    named: dict[str, set[str]] = defaultdict(set)
    sure: set[str] = set()
    for actor in event["source"] + event["target"]:
        if actor.get("name"):
            party = actor.get("country") or actor.get("code") or ""
            named[party].add(str(actor["name"]))
            if not _plural_mention(str(actor.get("text") or "")):
                sure.add(party)
    return {party: frozenset(names) for party, names in sorted(named.items())}, frozenset(named) - sure


def _plural_mention(text: str) -> bool:
    """A common noun in the plural: the people it stands for were not named in the sentence."""
    return text.islower() and text.endswith("s") and len(text) > 3


@lru_cache(maxsize=65536)
def date_interval(value: str | None) -> tuple[int, int] | None:
    """The first and last day a date value can mean (`dates.date_span`), as ordinals; None for a value dyadwatch
    does not write: treated as undated rather than guessed."""
    span = date_span(value)
    return (span[0].toordinal(), span[1].toordinal()) if span else None

"""Stage 7, analysis: cross-article event clustering. Reports of one real-world event become one `Cluster`.

A report (an event dict, as `store.events()` yields it) joins a cluster when:
1. **dyad**: it is between the cluster's two parties, in either direction. A report whose dyad is unsure (a side
   names two parties: a dateline read as an actor, a mediator; or one side is missing) may join a cluster of any
   dyad it could be in, and starts one in the dyad most reports are sure of;
2. **type**: its PLOVER type is the cluster's or in the same `TYPE_FAMILIES` group (AGREE/SUPPORT for "agreed"
   and "pledged"; AID/COOPERATE/MOBILIZE for joint drills, troop deployments and arms transfers);
3. **date**: it is within `window_days` of the cluster's first date (no chaining), a date being an interval at its
   precision (`2024-06` is any day of June; a date that is only the publication day, that day or the day before).
   An undated report joins only through a near-identical sentence of its own article, or a report of another
   article with the same predicate and the same quantity (or none);
4. **similarity**: `_similarity` (evidence words, predicate, type, day gap, place, named people, numbers) with one
   of the cluster's first reports reaches `THRESHOLD`. Different people on one side ("Lavrov met Kim" vs "Lavrov
   met Choe") or places in different countries count heavily against;
5. **one article**: two events of one article share a cluster only as the same predicate repeated with no other
   number (a lede restated), or as one sentence coded twice ("met Kim ... wrapping up a visit"). When a sentence
   fits a cluster better than the sentence of its article already there, the two change places.

Reports are placed one by one in date order (precise dates first, then month/season/year, then undated), each
compared only with the clusters of its (dyad, type family) block whose first date is near its own: no all-pairs
comparison. Inputs are sorted first, so the same events always give the same clusters and `cluster_id`s.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right, insort
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from .knowledge import KnowledgeBase, Outlet, load_knowledge_base

__all__ = ["Cluster", "cluster_events", "TYPE_FAMILIES", "MODALITY_ORDER", "THRESHOLD"]

# PLOVER types that outlets use for one event: "agreed" (AGREE) / "pledged" (SUPPORT); "joint drills", "sent troops"
# and "arms transfers" as COOPERATE, MOBILIZE or AID. Each type maps to its family's name.
TYPE_FAMILIES = {"SUPPORT": "AGREE", "COOPERATE": "AID", "MOBILIZE": "AID"}
MODALITY_ORDER = ("asserted", "reported", "planned", "negated", "hypothetical")  # strongest first
THRESHOLD = 0.3  # the similarity a report needs with a cluster's report to join it (tuned on clusters-dev)
UNDATED_THRESHOLD = 0.45  # an undated report, or one dated to a season or a year, needs more of the rest
MONTH_DAYS = 31
SWAP_MARGIN = 0.05  # how much better a sentence must fit a cluster to take its article's place there
MAX_SWAPS = 2  # a displaced report may displace another, this many times over
NEAR_IDENTICAL = 0.8  # token overlap of two sentences that are one text (a wire copy, a reprint, a restated lede)
MIN_COPY_TOKENS = 5  # shorter sentences are one text only when equal
PRECISE_DAYS = 7  # a date interval shorter than this (a day, a week) is precise
REPRESENTATIVES = 6  # a report is compared with this many of a cluster's reports (the earliest placed)
STOPWORDS = frozenset({
    "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "that", "this",
    "these", "those", "its", "it", "his", "her", "their", "was", "were", "is", "are", "be", "been", "has", "have",
    "had", "will", "would", "said", "says", "say", "told", "after", "before", "over", "into", "about", "than",
    "also", "who", "which", "while", "he", "she", "they", "we", "s", "mr", "ms"
})
IRREGULAR = {"met": "meet", "held": "hold", "sent": "send", "spoke": "speak", "began": "begin", "begun": "begin",
             "took": "take", "gave": "give", "fought": "fight", "struck": "strike", "shot": "shoot", "led": "lead",
             "sought": "seek", "brought": "bring", "threw": "throw", "flew": "fly", "told": "tell", "made": "make",
             "paid": "pay", "sold": "sell", "bought": "buy", "won": "win", "lost": "lose", "froze": "freeze",
             "undertook": "undertake", "withdrew": "withdraw", "withdrawn": "withdraw", "seized": "seize"}


@dataclass(frozen=True)
class Cluster:
    """One real-world event and every report of it; `events[0]` is the earliest-published report."""

    cluster_id: str  # a hash of first_event: stable across runs
    type: str  # the most common type of its reports (the first report's on a tie)
    parties: tuple[str, str]  # the sorted dyad; ("RUS", "") when the reports name one party only
    source: tuple[str, ...]  # actor codes of the first report
    target: tuple[str, ...]
    date: str | None  # the earliest of its most precise dates
    first_event: str
    events: tuple[str, ...]
    outlets: tuple[str, ...]
    independent_outlets: int  # outlets, counting a wire's copies and reprints of one text once
    state_media_sides: tuple[str, ...]  # the parties whose state media carried or are cited for it
    quantities: tuple[tuple[str, float, str], ...]  # (claimant or outlet, value, unit)
    modality: str
    score: float
    contexts: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        record = asdict(self)
        for key in ("parties", "source", "target", "events", "outlets", "state_media_sides", "contexts"):
            record[key] = list(record[key])
        record["quantities"] = [{"claimant": c, "value": v, "unit": u} for c, v, u in self.quantities]
        return record

    @classmethod
    def from_dict(cls, record: dict[str, Any]) -> Cluster:
        """The cluster `to_dict` gave."""
        fields = dict(record)
        for key in ("parties", "source", "target", "events", "outlets", "state_media_sides", "contexts"):
            fields[key] = tuple(fields[key])
        fields["quantities"] = tuple((q["claimant"], q["value"], q["unit"]) for q in record["quantities"])
        return cls(**fields)


@dataclass(frozen=True, slots=True)
class _Report:
    """What clustering needs of one event dict, computed once."""

    event_id: str
    doc_id: str
    type: str
    parties: tuple[str, str]  # its home dyad: where it starts a cluster of its own
    dyads: tuple[tuple[str, str], ...]  # every dyad it could belong to (several when a side names two parties)
    interval: tuple[int, int] | None  # first and last possible day (date ordinals)
    precise: bool  # dated to a day or a week
    published: str
    start: int
    predicate: str  # normalised predicate word, or "" when the record does not carry it
    mode: str | None
    words: frozenset[str]  # content words of the evidence sentence
    tokens: frozenset[str]  # every token of it, for near-identity
    names: tuple[tuple[str, frozenset[str]], ...]  # party -> named people/organisations on that side
    place: tuple[str, str] | None  # (lower-case name, country)
    quantity: tuple[float, str] | None
    record: dict[str, Any] = field(compare=False, repr=False)

    def sort_key(self) -> tuple[Any, ...]:
        """Date order by the last possible day, the most precise first: an explicitly dated report seeds its
        cluster before one dated only by its publication day, and an article's lede before its later sentences."""
        lo, hi = self.interval or (0, 0)
        return hi, hi - lo, self.published, self.doc_id, self.start, self.event_id


class _Group:
    """A cluster being built: its reports and what admission needs to know quickly."""

    __slots__ = ("index", "parties", "settled", "type", "anchor", "blocks", "reports", "by_doc")

    def __init__(self, report: _Report, index: int, parties: tuple[str, str]) -> None:
        self.index = index  # creation order: ties go to the older cluster
        self.parties = parties  # its dyad; until a report sure of its dyad joins, the likeliest one
        self.settled = len(report.dyads) == 1
        self.type = report.type  # the seed's type: every report must be compatible with it
        self.anchor = report.interval  # the seed's date: every report is within the window of it (no chaining)
        self.blocks: set[tuple[tuple[str, str], str]] = set()  # where it is indexed
        self.reports: list[_Report] = []
        self.by_doc: dict[str, list[_Report]] = defaultdict(list)
        self.add(report)

    def add(self, report: _Report) -> None:
        self.reports.append(report)
        self.by_doc[report.doc_id].append(report)

    def remove(self, report: _Report) -> None:
        self.reports.remove(report)
        self.by_doc[report.doc_id].remove(report)


# -- the entry point ---------------------------------------------------------------------------------------------


def cluster_events(events: Iterable[dict[str, Any]], knowledge: KnowledgeBase | None = None,
                   window_days: int = 7) -> list[Cluster]:
    """Group reports of the same real-world event (see the module docstring for the rules), in date order."""
    kb = knowledge if knowledge is not None else load_knowledge_base()
    outlets = _OutletIndex(kb)
    groups = _Clustering(window_days).run(list(_reports(events)))
    clusters = [_build(g.reports, g.parties, outlets) for g in groups]
    return sorted(clusters, key=lambda c: (_interval(c.date) or (1 << 62, 0), c.cluster_id))  # date order


def _reports(events: Iterable[dict[str, Any]]) -> Iterator[_Report]:
    """One report per distinct event_id, in a fixed order whatever the input order."""
    seen: dict[str, dict[str, Any]] = {}
    for event in events:
        seen.setdefault(str(event["event_id"]), event)
    for event_id in sorted(seen):
        yield _report(seen[event_id])


def _report(event: dict[str, Any]) -> _Report:
    evidence = event.get("evidence") or {}
    tokens = _tokens(str(evidence.get("text") or ""))
    place = event.get("place") or None
    quantity = event.get("quantity") or None
    article = event.get("article") or {}
    interval = _event_interval(event)
    home, dyads = _dyads(event)
    return _Report(
        event_id=str(event["event_id"]), doc_id=str(event.get("doc_id") or ""), type=str(event["type"]),
        parties=home, dyads=dyads, interval=interval,
        precise=interval is not None and interval[1] - interval[0] < PRECISE_DAYS,
        published=str(article.get("published") or "9999"), start=int(evidence.get("start") or 0),
        predicate=_stem(str(event.get("predicate") or "").lower()), mode=event.get("mode"),
        words=frozenset(map(_content_word, tokens)) - {""}, tokens=frozenset(tokens),
        names=_names(event),
        place=(str(place.get("name") or "").lower(), str(place.get("country") or "")) if place else None,
        quantity=(float(quantity["value"]), str(quantity.get("unit") or ""))
        if quantity and quantity.get("value") is not None else None,
        record=event)


# -- features ----------------------------------------------------------------------------------------------------


def _side(actors: list[dict[str, Any]]) -> set[str]:
    return {a.get("country") or a.get("code") or "" for a in actors} - {"", "UNK"}


def _dyads(event: dict[str, Any]) -> tuple[tuple[str, str], tuple[tuple[str, str], ...]]:
    """The event's home dyad and every dyad it could belong to. Source x target pairs, and the pairs within a side
    naming several parties ("Russia and Ukraine swapped"); home is the first source x target pair, as
    `summary.dyad_of` gives it, else the first pair, else the one party named ("RUS", "")."""
    sources, targets = _side(event["source"]), _side(event["target"])
    across = {(min(s, t), max(s, t)) for s in sources for t in targets if s != t}
    pairs = set(across)
    for side in (sources, targets):
        pairs |= {(a, b) for a in side for b in side if a < b}
    known = sorted(sources | targets)
    home = min(across) if across else min(pairs) if pairs else (known[0], "") if known else ("", "")
    return home, tuple(sorted(pairs))


def _event_interval(event: dict[str, Any]) -> tuple[int, int] | None:
    interval = _interval(event.get("date"))
    if interval and str(event.get("date_reason") or "").startswith("publication date"):
        # Dated by default with the day it was published: the news is of that day or the day before.
        return interval[0] - 1, interval[1]
    return interval


def _names(event: dict[str, Any]) -> tuple[tuple[str, frozenset[str]], ...]:
    named: dict[str, set[str]] = defaultdict(set)
    for actor in event["source"] + event["target"]:
        if actor.get("name"):
            named[actor.get("country") or actor.get("code") or ""].add(str(actor["name"]))
    if not named:
        return ()
    return tuple(sorted((party, frozenset(names)) for party, names in named.items()))


@lru_cache(maxsize=65536)
def _interval(value: str | None) -> tuple[int, int] | None:
    """The first and last day a date value can mean: 2024-06-19, 2024-W25, 2024-06, 2024, and A/B ranges."""
    if not value:
        return None
    first, _, last = str(value).partition("/")
    try:
        lo, hi = _bounds(first), _bounds(last or first)
    except ValueError:
        return None  # a value dyadwatch does not write: treated as undated rather than guessed
    return lo[0], hi[1]


def _bounds(value: str) -> tuple[int, int]:
    if m := re.fullmatch(r"(\d{4})-W(\d{2})", value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1).toordinal()
        return monday, monday + 6
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        day = date(*parts).toordinal()
        return day, day
    if len(parts) == 2:
        year, month = parts
        following = date(year + month // 12, month % 12 + 1, 1).toordinal()
        return date(year, month, 1).toordinal(), following - 1
    if len(parts) == 1 and len(value) == 4:
        return date(parts[0], 1, 1).toordinal(), date(parts[0], 12, 31).toordinal()
    raise ValueError(value)


def _tokens(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace(",", ""))


@lru_cache(maxsize=65536)
def _content_word(token: str) -> str:
    return "" if token in STOPWORDS or len(token) < 2 else _stem(token)


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """A crude stem, enough to tell "visited" and "visit" are one predicate and "met" is "meet"."""
    word = IRREGULAR.get(word, word)
    for suffix, replacement in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + replacement
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]  # "stopped" -> "stopp" -> "stop"
    return word.removesuffix("e") if len(word) > 3 else word


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared) if a or b else 0.0


def _same_text(a: frozenset[str], b: frozenset[str]) -> bool:
    """Token overlap (shared tokens over the shorter sentence's) >= NEAR_IDENTICAL: a reprint that trims the
    attribution ("..., Russian state media reported.") is still the copy. Very short sentences must be equal."""
    shorter = min(len(a), len(b))
    if shorter < MIN_COPY_TOKENS:
        return a == b
    return len(a & b) / shorter >= NEAR_IDENTICAL


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Days between two intervals; 0 when they overlap."""
    return max(0, a[0] - b[1], b[0] - a[1])


def _family(type_: str) -> str:
    return TYPE_FAMILIES.get(type_, type_)


# -- clustering -------------------------------------------------------------------------------------------------


class _Anchors:
    """Anchor dates, sorted by first day, for finding the clusters near a date by bisection."""

    def __init__(self) -> None:
        self.starts: list[tuple[int, int]] = []  # (anchor's first day, position in the block's groups)
        self.longest = 0  # the longest anchor interval, which bounds how far back a search must look

    def insert(self, anchor: tuple[int, int], position: int) -> None:
        insort(self.starts, (anchor[0], position))
        self.longest = max(self.longest, anchor[1] - anchor[0])

    def near(self, interval: tuple[int, int], window: int) -> list[int]:
        first = bisect_left(self.starts, (interval[0] - window - self.longest, -1))
        last = bisect_right(self.starts, (interval[1] + window, 1 << 62))
        return [position for _, position in self.starts[first:last]]


class _Block:
    """The clusters of one (dyad, type family), indexed by anchor date and by article and claim."""

    def __init__(self, key: tuple[tuple[str, str], str]) -> None:
        self.key = key
        self.groups: list[_Group] = []
        # Precise and coarse anchors apart: one year-long anchor must not widen every search to a year.
        self.short, self.long = _Anchors(), _Anchors()
        self.by_doc: dict[str, list[_Group]] = defaultdict(list)
        self.by_claim: dict[tuple[str, tuple[float, str] | None], list[_Group]] = defaultdict(list)

    def near(self, interval: tuple[int, int], window: int) -> list[_Group]:
        """Clusters whose anchor may lie within `window` days of the interval."""
        found = self.short.near(interval, window) + self.long.near(interval, window)
        return [self.groups[position] for position in found]

    def related(self, report: _Report) -> list[_Group]:
        """Where an undated report may go: clusters holding its article, or its predicate and number."""
        claim = self.by_claim.get((report.predicate, report.quantity), []) if report.predicate else []
        return list({g.index: g for g in self.by_doc.get(report.doc_id, []) + claim}.values())

    def candidates(self, report: _Report, window: int) -> list[_Group]:
        return self.near(report.interval, window) if report.interval is not None else self.related(report)

    def new(self, report: _Report, index: int) -> _Group:
        group = _Group(report, index, self.key[0])
        self.adopt(group)
        return group

    def adopt(self, group: _Group) -> None:
        """Index a cluster here (a new one, or one whose dyad was unsure and may be this one)."""
        if self.key in group.blocks:
            return
        group.blocks.add(self.key)
        if group.anchor is not None:
            short = group.anchor[1] - group.anchor[0] < PRECISE_DAYS
            (self.short if short else self.long).insert(group.anchor, len(self.groups))
        self.groups.append(group)
        for report in group.reports:
            self.index(group, report)

    def index(self, group: _Group, report: _Report) -> None:
        self.by_doc[report.doc_id].append(group)
        self.by_claim[(report.predicate, report.quantity)].append(group)


class _Clustering:
    """Blocks of (dyad, type family), filled in one pass in date order. A report whose dyad is unsure (a side
    names two parties, or one side is missing) may join a cluster of any block it could be in."""

    def __init__(self, window: int) -> None:
        self.window = window
        self.blocks: dict[tuple[tuple[str, str], str], _Block] = {}
        self.by_party: dict[tuple[str, str], list[_Block]] = defaultdict(list)  # (party, family) -> blocks
        self.population: Counter[tuple[tuple[str, str], str]] = Counter()
        self.groups: list[_Group] = []

    def run(self, reports: list[_Report]) -> list[_Group]:
        self.population.update((r.dyads[0], _family(r.type)) for r in reports if len(r.dyads) == 1)
        for report in _pass_order(reports):
            self.place(report, self.homes(report))
        return self.groups

    def block(self, key: tuple[tuple[str, str], str]) -> _Block:
        if key not in self.blocks:
            self.blocks[key] = _Block(key)
            for party in {p for p in key[0] if p}:
                self.by_party[(party, key[1])].append(self.blocks[key])
        return self.blocks[key]

    def homes(self, report: _Report) -> list[_Block]:
        """The blocks a report may join; the first is where it starts a cluster of its own: its dyad, or of its
        possible dyads the one most reports are sure of, or its one party's block."""
        family = _family(report.type)
        if not report.dyads:
            party = report.parties[0]
            return [self.block((report.parties, family)), *self.by_party.get((party, family), [])]
        home = min(report.dyads, key=lambda d: (-self.population[(d, family)], d))
        one_sided = [((p, ""), family) for p in sorted({p for d in report.dyads for p in d})]
        found = [self.blocks[k] for k in [(d, family) for d in report.dyads] + one_sided if k in self.blocks]
        return [self.block((home, family)), *found]

    def place(self, report: _Report, blocks: list[_Block], depth: int = 0) -> None:
        found = [g for b in blocks for g in b.candidates(report, self.window)]
        best = _best(report, found, self.window, swaps=depth < MAX_SWAPS)
        if best is None:
            group = blocks[0].new(report, len(self.groups))
            self.groups.append(group)
            for dyad in report.dyads:  # an unsure dyad: findable from each dyad it may be
                self.block((dyad, _family(report.type))).adopt(group)
            return
        group, displaced = best
        if displaced is not None:
            group.remove(displaced)
        group.add(report)
        for key in sorted(group.blocks):
            self.blocks[key].index(group, report)
        if not group.settled and len(report.dyads) == 1:
            group.parties, group.settled = report.dyads[0], True
            self.block((group.parties, _family(group.type))).adopt(group)
        if displaced is not None:
            self.place(displaced, self.homes(displaced), depth + 1)


def _pass_order(reports: list[_Report]) -> list[_Report]:
    """Precise dates first (they anchor clusters), then coarse dates, then undated reports; each in date order."""
    return sorted(reports, key=lambda r: (0 if r.precise else 1 if r.interval else 2, r.sort_key()))


def _best(report: _Report, groups: list[_Group], window: int, swaps: bool) -> tuple[_Group, _Report | None] | None:
    """The admissible cluster most similar to the report, if any reaches the threshold (older wins a tie), and
    the report of the same article it displaces, if any."""
    vague = report.interval is None or report.interval[1] - report.interval[0] > MONTH_DAYS
    best, best_score = None, UNDATED_THRESHOLD if vague else THRESHOLD
    seen = set()
    for group in groups:
        if group.index in seen or not _admissible(report, group, window):
            continue
        seen.add(group.index)
        score, displaced = _fit(report, group, swaps)
        if score > best_score or (score == best_score and (best is None or group.index < best[0].index)):
            best, best_score = (group, displaced), score
    return best


def _fit(report: _Report, group: _Group, swaps: bool) -> tuple[float, _Report | None]:
    """How well the report fits the cluster. Another sentence of its article already there that is not the same
    predicate repeated keeps it out, unless the report is dated as precisely and fits the others better: then the
    two change places."""
    conflicts = [m for m in group.by_doc.get(report.doc_id, []) if not _restated(report, m)]
    if not conflicts:
        return max(_similarity(report, m) for m in group.reports[:REPRESENTATIVES]), None
    if not swaps or len(conflicts) > 1 or len(group.reports) == 1 or _vaguer(report, conflicts[0]):
        return 0.0, None
    others = [r for r in group.reports if r is not conflicts[0]][:REPRESENTATIVES]
    mine, theirs = (max(_similarity(r, m) for m in others) for r in (report, conflicts[0]))
    return (mine, conflicts[0]) if mine > theirs + SWAP_MARGIN else (0.0, None)


def _vaguer(a: _Report, b: _Report) -> bool:
    """`a` is dated less precisely than `b` (an explicit day beats a publication day): it cannot displace `b`."""
    return _width(a) > _width(b)


def _width(report: _Report) -> int:
    return report.interval[1] - report.interval[0] if report.interval else 1 << 30


def _admissible(report: _Report, group: _Group, window: int) -> bool:
    """Type, date window, and for an undated report a link to one of the cluster's reports."""
    if _family(report.type) != _family(group.type):
        return False
    if report.interval is not None and group.anchor is not None and _gap(report.interval, group.anchor) > window:
        return False
    if report.interval is None:
        return any(_undated_link(report, member) for member in group.reports)
    return True


def _restated(report: _Report, member: _Report) -> bool:
    """Two events of one article are one event only as the same predicate repeated with no other number, or as
    one sentence coded twice for one act ("met Kim ..., wrapping up a two-day visit": meet + visit)."""
    if _numbers_differ(report, member):
        return False
    if report.predicate and report.predicate == member.predicate:
        return True
    return report.start == member.start and report.type == member.type and report.tokens == member.tokens \
        and _people_term(report, member) >= 0


def _undated_link(report: _Report, member: _Report) -> bool:
    """An undated report: a near-identical sentence of its own article, or another's same predicate and number."""
    if member.doc_id == report.doc_id:
        return _same_text(report.tokens, member.tokens)
    return bool(report.predicate) and report.predicate == member.predicate and report.quantity == member.quantity


def _numbers_differ(a: _Report, b: _Report) -> bool:
    return a.quantity is not None and b.quantity is not None and a.quantity[1] == b.quantity[1] \
        and a.quantity[0] != b.quantity[0]


# -- similarity of two reports -----------------------------------------------------------------------------------


def _similarity(a: _Report, b: _Report) -> float:
    """Evidence words, predicate and type, plus what the dates, places, people and numbers say."""
    score = 0.5 * _jaccard(a.words, b.words)
    if a.predicate and a.predicate == b.predicate:
        score += 0.2
    elif a.mode and a.mode == b.mode:
        score += 0.1
    if a.type == b.type:
        score += 0.1
    if a.quantity is not None and a.quantity == b.quantity:
        score += 0.2  # one figure from two outlets; different figures are common for one event, so no penalty
    return score + _date_term(a, b) + _place_term(a, b) + _people_term(a, b)


def _date_term(a: _Report, b: _Report) -> float:
    """Reports of one event mostly give the same day; a day apart is a time zone or a late report."""
    if not (a.precise and b.precise) or a.interval is None or b.interval is None:  # (None: for mypy)
        return 0.0
    gap = _gap(a.interval, b.interval)
    return 0.15 if gap == 0 else 0.05 if gap == 1 else -0.1 * gap


def _place_term(a: _Report, b: _Report) -> float:
    if a.place is None or b.place is None:
        return 0.0
    if a.place[0] and a.place[0] == b.place[0]:
        return 0.1
    return -0.4 if a.place[1] and b.place[1] and a.place[1] != b.place[1] else 0.0


def _people_term(a: _Report, b: _Report) -> float:
    """Named people: the same person on a side agrees; only different people on one side disagree."""
    if not (a.names and b.names):
        return 0.0
    theirs = dict(b.names)
    shared = [(names, theirs[party]) for party, names in a.names if party in theirs]
    if any(not (mine & other) for mine, other in shared):
        return -0.4
    return 0.15 if len(shared) > 1 else 0.05 if shared else 0.0  # both sides named alike, or one


# -- the cluster record ------------------------------------------------------------------------------------------


class _OutletIndex:
    """Outlet names (an article's outlet, or those an attribution cites) resolved against the knowledge base."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        phrases = sorted((p for p in kb.phrases if p.kind == "outlet"), key=lambda p: (-len(p.text), p.text))
        self.exact = {p.text: p.key for p in phrases if p.case_sensitive}
        self.folded = {p.text.lower(): p.key for p in phrases if not p.case_sensitive}
        alternatives = "|".join(re.escape(p.text) for p in phrases) or "(?!)"
        self.pattern = re.compile(rf"(?<!\w)(?i:{alternatives})(?!\w)")
        self.cache: dict[str, tuple[Outlet, ...]] = {}

    def outlet(self, name: str | None) -> Outlet | None:
        if not name:
            return None
        folded = name.lower()
        key = self.exact.get(name) or self.folded.get(folded) or self.folded.get(folded.removeprefix("the "))
        return self.kb.outlets.get(key) if key else None

    def cited(self, text: str) -> tuple[Outlet, ...]:
        """The outlets named in an attribution ("Yonhap, citing KCNA"), in text order."""
        if text not in self.cache:
            found = [self.outlet(m[0]) for m in self.pattern.finditer(text) if self._exact_case(m[0])]
            self.cache[text] = tuple(o for o in found if o is not None)
        return self.cache[text]

    def _exact_case(self, matched: str) -> bool:
        return matched in self.exact or matched.lower() in self.folded


def _build(reports: list[_Report], parties: tuple[str, str], outlets: _OutletIndex) -> Cluster:
    ordered = sorted(reports, key=lambda r: (r.published, r.doc_id, r.start, r.event_id))
    first = ordered[0]
    type_ = _main_type(ordered)
    typed = next(r for r in ordered if r.type == type_)
    return Cluster(
        cluster_id=hashlib.sha1(first.event_id.encode("utf-8")).hexdigest()[:16], type=type_,
        parties=parties, source=tuple(a["code"] for a in first.record["source"]),
        target=tuple(a["code"] for a in first.record["target"]), date=_cluster_date(ordered),
        first_event=first.event_id, events=tuple(r.event_id for r in ordered),
        outlets=tuple(sorted({o for r in ordered if (o := _outlet_name(r))})),
        independent_outlets=_independent(ordered, outlets),
        state_media_sides=_state_media_sides(ordered, parties, outlets),
        quantities=_quantities(ordered), modality=_modality(ordered), score=float(typed.record["score"]),
        contexts=tuple(sorted({c for r in ordered for c in r.record.get("contexts") or []})))


def _main_type(reports: list[_Report]) -> str:
    counts = Counter(r.type for r in reports)
    top = max(counts.values())
    return next(r.type for r in reports if counts[r.type] == top)  # a tie goes to the first report's type


def _cluster_date(reports: list[_Report]) -> str | None:
    dated = [r for r in reports if r.interval is not None]
    if not dated:
        return None
    best = min(dated, key=lambda r: (r.interval[1] - r.interval[0], r.interval) if r.interval else (0, (0, 0)))
    return str(best.record["date"])


def _outlet_name(report: _Report) -> str | None:
    article = report.record.get("article") or {}
    return str(article["outlet"]) if article.get("outlet") else None


def _origin(report: _Report, outlets: _OutletIndex) -> str:
    """Where a report's text comes from: the wire its attribution cites, else its own outlet (else its article)."""
    attribution = report.record.get("attribution") or {}
    wires = [o for o in outlets.cited(str(attribution.get("text") or "")) if o.wire]
    if wires:
        return wires[-1].name  # "Yonhap, citing TASS": the text goes back to TASS
    name = _outlet_name(report)
    known = outlets.outlet(name)
    return known.name if known else name or f"doc:{report.doc_id}"


def _independent(reports: list[_Report], outlets: _OutletIndex) -> int:
    """Origins, joined when their reports are near-identical text (a reprint counts with what it copies)."""
    origins = [_origin(r, outlets) for r in reports]
    parent = {o: o for o in origins}

    def root(o: str) -> str:
        while parent[o] != o:
            o = parent[o]
        return o

    distinct = list({(o, r.tokens): (o, r) for o, r in zip(origins, reports, strict=True)}.values())
    for i, (origin_a, a) in enumerate(distinct):
        for origin_b, b in distinct[i + 1:]:
            if root(origin_a) != root(origin_b) and _same_text(a.tokens, b.tokens):
                parent[root(origin_b)] = root(origin_a)
    return len({root(o) for o in origins})


def _state_media_sides(reports: list[_Report], parties: tuple[str, str], outlets: _OutletIndex) -> tuple[str, ...]:
    sides: set[str] = set()
    for report in reports:
        attribution = report.record.get("attribution") or {}
        carriers = [outlets.outlet(_outlet_name(report)), *outlets.cited(str(attribution.get("text") or ""))]
        countries = {o.country for o in carriers if o is not None and o.state_media}
        if attribution.get("state_media"):
            countries.add(attribution.get("country"))
        sides |= {c for c in countries if c and c in parties}
    return tuple(sorted(sides))


def _quantities(reports: list[_Report]) -> tuple[tuple[str, float, str], ...]:
    found = set()
    for report in reports:
        if report.quantity is not None:
            attribution = report.record.get("attribution") or {}
            claimant = attribution.get("text") or _outlet_name(report) or report.doc_id
            found.add((str(claimant), report.quantity[0], report.quantity[1]))
    return tuple(sorted(found, key=lambda q: (q[2], q[1], q[0])))


def _modality(reports: list[_Report]) -> str:
    ranks = [MODALITY_ORDER.index(m) if m in MODALITY_ORDER else len(MODALITY_ORDER)
             for m in (r.record.get("modality") for r in reports)]
    best = min(ranks)
    return MODALITY_ORDER[best] if best < len(MODALITY_ORDER) else str(reports[0].record.get("modality"))

"""Stage 7, analysis: cross-article event clustering. Reports of one real-world event become one `Cluster`.

A report (an event dict, as `store.events()` yields it) joins a cluster when:
1. **dyad**: it is between the cluster's two parties, in either direction. A report whose dyad is unsure (a side
   names two parties: a dateline read as an actor, a mediator; or one side is missing) may join a cluster of any
   dyad it could be in, and starts one in the dyad most reports are sure of;
2. **type**: its PLOVER type is the cluster's or in the same `TYPE_FAMILIES` group (AGREE/SUPPORT for "agreed"
   and "pledged"; AID/COOPERATE/MOBILIZE for joint drills, troop deployments and arms transfers; a planned
   transfer, "would send", is a promise and goes with AGREE; an invitation is an AGREE of its own; an abduction
   goes with the arrests, as its captor tells it); the other
   side's one-way act (`ONE_WAY_TYPES`: "India struck", "Pakistan shot down") is another event, but a two-sided
   act ("clashed") has no other side;
3. **date**: it is within `window_days` of the cluster's first date (no chaining), a date being an interval at its
   precision (`2024-06` is any day of June, though "in early June" joins only a cluster of its first half or so; a
   date that is only the publication day, that day or the day before; a night, that day or the next).
   An undated report joins only through a near-identical sentence of its own article, or a report of another
   article with the same predicate (or a word of its class) counting the same thing (or nothing), and, told as
   done, only a cluster that began by its article's day or the next (told as planned, by its article's day: an act
   of the next day is the one it announces; and not one of acts done weeks before); an undated accusation joins
   no cluster begun more than `RECENT_DAYS` before its paper (condemnations are too common to reach further);
4. **similarity**: `clustersimilarity.scorer` (evidence words, predicate, type, day gap, place, named people,
   numbers) with one of the cluster's first reports reaches `THRESHOLD`; words outlets use for one act ("struck",
   "bombed": `data/predicates.yaml`) count as the same predicate. Different people
   on one side ("Lavrov met Kim" vs "Lavrov met Choe") or places in different countries count heavily against;
   type, mode and day alone are not enough (`MIN_CONTENT`) for acts one day may bring many of (`MANY_A_DAY`:
   strikes, threats), and one verb counting different things ("five jets", "25 drones") is two acts;
5. **one article**: two events of one article share a cluster only as the same predicate repeated with no other
   number (a lede restated, in another sentence), a word of its class, or a word of the family of a rare act in
   the same mode, if both give one ("expelled" / "declared persona non grata"; "signed" / "pledged"), on the same
   known days ("met" / "held talks"), but not one side's act and the other's answer ("invited" / "accepted"),
   nor a call and a meeting ("spoke by telephone" / "met"; "the call took place during the talks"), nor an act
   told further down as done "also" in a word of another class ("cut ties" / "also closed its land border"), with
   the same people on each side; or as one sentence coded twice ("met Kim ... wrapping up a visit"; "pledged
   to provide 31 tanks": a pledge and a planned transfer; not two verbs joined by "and", "opened an office ... and
   signed agreements"). A sentence so let in that tells an act of the type, mode
   and precise days of its article's sentence there, at no other place, joins whatever its words ("signed a landmark
   agreement" / "put their names to the accord"). When a sentence fits a cluster better than the sentence
   of its article already there, the two change places;
6. **announced, then done**: a planned report ("will expel") dated, or published, before the act is the
   announcement, another event. A visit or a drill lasts days: its report reaches `VISIT_DAYS` either side of its date;
   a night reaches the next morning, and "overnight" or "the night of May 24-25" is the night that ended that day;
7. **one day**: the precisely dated reports of a strike (an act of `MANY_A_DAY`) all allow one day, give or take a
   day: no chain of reports a day apart makes the strikes of three nights one.

Reports are placed one by one in date order (precise dates first, then month/season/year, then undated; denials
and conditionals last, to join the act they are about and never displace it), each
compared only with the clusters of its (dyad, type family) block whose first date is near its own: no all-pairs
comparison. Inputs are sorted first, so the same events always give the same clusters and `cluster_id`s.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from typing import Any, TypeAlias

from .clusterarticle import answered, restated, retold_alike
from .clusterrecords import MODALITY_ORDER, Cluster, OutletIndex, build_cluster, same_text
from .clusterreports import PRECISE_DAYS, Report, date_interval, reports_of
from .clustersimilarity import MANY_A_DAY, ROUNDING, Outline, scorer
from .clusterwords import TYPE_FAMILIES
from .knowledge import KnowledgeBase, load_knowledge_base

__all__ = ["Cluster", "cluster_events", "TYPE_FAMILIES", "MODALITY_ORDER", "THRESHOLD"]

# acts one side does to the other: the other side's act of the same type in the same days is its own event
# ("India struck nine sites" and "Pakistan shot down five Indian jets"; "Russia backs Pyongyang's demand" and
# "Pyongyang backs Moscow's war"; each side lifting its own sanctions)
ONE_WAY_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "ACCUSE", "SANCTION", "PROTEST", "REJECT", "DEMAND",
                           "SUPPORT", "CONCEDE"})
THRESHOLD = 0.3  # the similarity a report needs with a cluster's report to join it (tuned on clusters-dev)
UNDATED_THRESHOLD = 0.35  # an undated report (linked to the cluster: `_Block.related`) needs more of the rest
COARSE_THRESHOLD = 0.4  # and one dated to a season or a year more still: "met several times in 2024"
MONTH_DAYS = 31
RECENT_IF_UNDATED = frozenset({"ACCUSE"})  # acts so common that an undated one is of its paper's year
RECENT_DAYS = 365  # (tried 30 and 90 days: dev recall fell)
PLAN_REACH = 7  # an undated plan is an announcement of its paper's days, not an act done weeks before it
SWAP_MARGIN = 0.05  # how much better a sentence must fit a cluster to take its article's place there
MAX_SWAPS = 2  # a displaced report may displace another, this many times over
REPRESENTATIVES = 6  # a report is compared with this many of a cluster's reports (the earliest placed)
# a report's best similarity with some reports, when it reaches a floor: `clustersimilarity.scorer`, or for the
# evaluation's ceiling (clusterscore.py) the gold clusters themselves
Similarity: TypeAlias = Callable[[Report], Callable[[list[Report], float], float]]


class _Group:
    """A cluster being built: its reports and what admission needs to know quickly."""

    __slots__ = ("index", "parties", "settled", "type", "family", "seed", "anchor", "blocks", "reports", "by_doc",
                 "_outline", "_common")

    def __init__(self, report: Report, index: int, parties: tuple[str, str]) -> None:
        self.index = index  # creation order: ties go to the older cluster
        self.parties = parties  # its dyad; until a report sure of its dyad joins, the likeliest one
        self.settled = len(report.dyads) == 1
        self.type = report.type  # the seed's type: every report must be compatible with it
        self.family = report.family
        self.seed = report  # its direction decides which one-way acts may join
        self.anchor = report.reach  # the seed's days (a month's part, if named); no chaining
        self.blocks: set[tuple[tuple[str, str], str]] = set()  # where it is indexed
        self.reports: list[Report] = []
        self.by_doc: dict[str, list[Report]] = defaultdict(list)
        self._outline: Outline | None = None  # of the representatives; None when they changed
        self._common: tuple[int, int] | None = None  # the days every precisely dated strike report allows
        self.add(report)

    def add(self, report: Report) -> None:
        self.reports.append(report)
        self.by_doc[report.doc_id].append(report)
        if len(self.reports) <= REPRESENTATIVES:
            self._outline = None
        self._common = _narrowed(self._common, report)

    def remove(self, report: Report) -> None:
        self.reports.remove(report)
        self.by_doc[report.doc_id].remove(report)
        self._outline = None
        self._common = None
        for other in self.reports:
            self._common = _narrowed(self._common, other)

    def fits_one_day(self, report: Report) -> bool:
        """A strike is one day or night: its precisely dated reports all allow one day, give or take a day (a time
        zone, a late report). "Kyiv was pounded overnight" on the 24th and on the 25th are two attacks, however
        alike, even when a report between them (dated only by its paper) could be either."""
        if self._common is None or not _pins_the_day(report):
            return True
        lo, hi = report.interval or (0, 0)
        return max(self._common[0], lo) - min(self._common[1], hi) <= 1

    def outline(self) -> Outline:
        if self._outline is None:
            self._outline = Outline(self.reports[:REPRESENTATIVES])
        return self._outline


# -- the entry point ---------------------------------------------------------------------------------------------


def cluster_events(events: Iterable[dict[str, Any]], knowledge: KnowledgeBase | None = None,
                   window_days: int = 7, similarity: Similarity | None = None) -> list[Cluster]:
    """Group reports of the same real-world event (see the module docstring for the rules), in date order.
    `similarity` replaces `clustersimilarity.scorer` (and its cheap bound): the evaluation's ceiling."""
    kb = knowledge if knowledge is not None else load_knowledge_base()
    outlets = OutletIndex(kb)
    groups = _Clustering(window_days, similarity).run(list(reports_of(events, kb.body_names())))
    clusters = [build_cluster(g.reports, g.parties, outlets) for g in groups]
    return sorted(clusters, key=lambda c: (date_interval(c.date) or (1 << 62, 0), c.cluster_id))  # date order


# -- clustering -------------------------------------------------------------------------------------------------


class _Anchors:
    """Clusters sorted by their anchor's first day, for finding those near a date by bisection."""

    def __init__(self) -> None:
        self.days: list[int] = []  # each anchor's first day, ascending
        self.groups: list[_Group] = []  # the cluster of each; of one day, the older first
        self.longest = 0  # the longest anchor interval, which bounds how far back a search must look

    def insert(self, group: _Group, anchor: tuple[int, int]) -> None:
        at = bisect_right(self.days, anchor[0])
        self.days.insert(at, anchor[0])
        self.groups.insert(at, group)
        self.longest = max(self.longest, anchor[1] - anchor[0])

    def near(self, interval: tuple[int, int], window: int) -> list[_Group]:
        first = bisect_left(self.days, interval[0] - window - self.longest)
        last = bisect_right(self.days, interval[1] + window)
        return self.groups[first:last]


class _Block:
    """The clusters of one (dyad, type family), indexed by anchor date and by article and claim."""

    def __init__(self, key: tuple[tuple[str, str], str]) -> None:
        self.key = key
        # Precise and coarse anchors apart: one year-long anchor must not widen every search to a year.
        self.short, self.long = _Anchors(), _Anchors()
        # Each as an ordered set of clusters (by index), for undated reports.
        self.by_doc: dict[str, dict[int, _Group]] = defaultdict(dict)
        # claim -> cluster index -> (cluster, the articles whose reports made that claim there)
        self.by_claim: dict[tuple[str, str | None], dict[int, tuple[_Group, set[str]]]] = defaultdict(dict)

    def near(self, interval: tuple[int, int], window: int) -> list[_Group]:
        """Clusters whose anchor may lie within `window` days of the interval."""
        return self.short.near(interval, window) + self.long.near(interval, window)

    def related(self, report: Report) -> list[_Group]:
        """Where an undated report may go: clusters holding a near-identical sentence of its article, or its
        predicate (or a word of its class) counting the same thing (or nothing) in another article."""
        doc, claim = report.doc_id, _claim(report)
        found = {i: g for i, g in self.by_doc.get(doc, {}).items()
                 if any(same_text(report.tokens, m.tokens) for m in g.by_doc.get(doc, ()))}
        if report.predicate:
            found.update((i, g) for i, (g, docs) in self.by_claim.get(claim, {}).items() if docs - {doc})
        return list(found.values())

    def candidates(self, report: Report, window: int) -> list[_Group]:
        return self.near(report.reach, window) if report.reach is not None else self.related(report)

    def new(self, report: Report, index: int) -> _Group:
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
            (self.short if short else self.long).insert(group, group.anchor)
        for report in group.reports:
            self.index(group, report)

    def index(self, group: _Group, report: Report) -> None:
        self.by_doc[report.doc_id][group.index] = group
        self.by_claim[_claim(report)].setdefault(group.index, (group, set()))[1].add(report.doc_id)


class _Clustering:
    """Blocks of (dyad, type family), filled in one pass in date order. A report whose dyad is unsure (a side
    names two parties, or one side is missing) may join a cluster of any block it could be in."""

    def __init__(self, window: int, similarity: Similarity | None = None) -> None:
        self.window = window
        self.similarity = similarity or scorer
        self.blocks: dict[tuple[tuple[str, str], str], _Block] = {}
        self.by_party: dict[tuple[str, str], list[_Block]] = defaultdict(list)  # (party, family) -> blocks
        self.population: Counter[tuple[tuple[str, str], str]] = Counter()
        self.groups: list[_Group] = []
        self.known_homes: dict[tuple[Any, ...], list[_Block]] = {}  # homes() of like reports, until a new block

    def run(self, reports: list[Report]) -> list[_Group]:
        self.population.update((r.dyads[0], r.family) for r in reports if len(r.dyads) == 1)
        for report in _pass_order(reports):
            self.place(report, self.homes(report))
        return self.groups

    def block(self, key: tuple[tuple[str, str], str]) -> _Block:
        if key not in self.blocks:
            self.blocks[key] = _Block(key)
            self.known_homes.clear()
            for party in {p for p in key[0] if p}:
                self.by_party[(party, key[1])].append(self.blocks[key])
        return self.blocks[key]

    def homes(self, report: Report) -> list[_Block]:
        """The blocks a report may join, each once; the first is where it starts a cluster of its own: its dyad,
        or of its possible dyads the one most reports are sure of, or its one party's block."""
        key = (report.dyads, report.parties, report.family)
        if key not in self.known_homes:
            found = self.find_homes(report)
            self.known_homes[key] = found  # (after find_homes: it may add a block)
        return self.known_homes[key]

    def find_homes(self, report: Report) -> list[_Block]:
        family = report.family
        if not report.dyads:
            party = report.parties[0]
            return list(dict.fromkeys([self.block((report.parties, family)), *self.by_party.get((party, family), [])]))
        home = min(report.dyads, key=lambda d: (-self.population[(d, family)], d))
        one_sided = [((p, ""), family) for p in sorted({p for d in report.dyads for p in d})]
        found = [self.blocks[k] for k in [(d, family) for d in report.dyads] + one_sided if k in self.blocks]
        return list(dict.fromkeys([self.block((home, family)), *found]))  # home is among its dyads
    def place(self, report: Report, blocks: list[_Block], depth: int = 0) -> None:
        found = _admissible(report, [g for b in blocks for g in b.candidates(report, self.window)], self.window)
        best = _best(report, found, depth < MAX_SWAPS, self.similarity)
        if best is None:
            group = blocks[0].new(report, len(self.groups))
            self.groups.append(group)
            for dyad in report.dyads:  # an unsure dyad: findable from each dyad it may be
                self.block((dyad, report.family)).adopt(group)
            return
        group, displaced = best
        if displaced is not None:
            group.remove(displaced)
        group.add(report)
        for key in sorted(group.blocks):
            self.blocks[key].index(group, report)
        if not group.settled and len(report.dyads) == 1:
            group.parties, group.settled = report.dyads[0], True
            self.block((group.parties, group.family)).adopt(group)
        if displaced is not None:
            self.place(displaced, self.homes(displaced), depth + 1)


def _pass_order(reports: list[Report]) -> list[Report]:
    """Precise dates first (they anchor clusters), then coarse dates, then undated reports; each in date order.
    Denials and conditions come after all of them: they join the act they deny, they do not seed one for others."""
    return sorted(reports, key=lambda r: (r.unreal, 0 if r.precise else 1 if r.interval else 2, r.sort_key()))


def _admissible(report: Report, groups: list[_Group], window: int) -> list[_Group]:
    """The distinct clusters the report may join: of its type family, and within the date window of it, or for an
    undated report linked to one of its reports."""
    distinct = [g for g in {g.index: g for g in groups if g.family == report.family}.values()  # (a cluster of
                if not _reversed(report, g.seed)]  # unsure dyad is in several blocks)
    if report.reach is None:  # linked to it (`_Block.related`); told as done, it was done by its paper's day,
        # and told as planned, its event is the announcement by then, not the act done later
        distinct = [g for g in distinct if not _accusation_of_long_before(report, g)]
        return [g for g in distinct if (g.anchor is None and not _plan_after_act(g.seed, report))
                or (g.anchor is not None and g.anchor[0] <= report.said_on + _announced(report, g.seed)
                    and not (report.planned and not g.seed.planned and g.anchor[1] < report.said_on - PLAN_REACH))]
    if window < 0:
        return [g for g in distinct if g.anchor is None]
    earliest, latest = report.reach[0] - window, report.reach[1] + window  # what an anchor must reach
    return [g for g in distinct if (g.anchor is None or (g.anchor[1] >= earliest and g.anchor[0] <= latest))
            and g.fits_one_day(report)]


def _accusation_of_long_before(report: Report, group: _Group) -> bool:
    """An undated accusation is too common an act to be one a year or more before its paper ("The United States
    condemned Iran's action" is not a condemnation of another Iranian attack years before), unless its article's
    own near-identical sentence is there."""
    return report.family in RECENT_IF_UNDATED and group.anchor is not None \
        and group.anchor[1] < report.said_on - RECENT_DAYS and not group.by_doc.get(report.doc_id)


def _plan_after_act(a: Report, b: Report) -> bool:
    """Two undated reports, one of a plan told in a later paper than the other's act told as done: the plan is of
    something still to come after the act was done."""
    plan, done = (a, b) if a.planned else (b, a)
    return plan.planned and not done.planned and plan.said_on > done.said_on + 1


def _announced(report: Report, seed: Report) -> int:
    """How many days after its paper's day an undated report may find the act it tells: a day for an act told as
    done (a late report, a time zone), none for a plan of an act: "would summon the ambassador" said on Sunday is
    the announcement of Monday's summons, another event."""
    return 0 if report.planned and not seed.planned else 1


def _narrowed(common: tuple[int, int] | None, report: Report) -> tuple[int, int] | None:
    """The days a strike's precisely dated reports all allow, with this report's too (if it pins the day)."""
    if not _pins_the_day(report) or report.interval is None:
        return common
    lo, hi = report.interval
    return (lo, hi) if common is None else (max(common[0], lo), min(common[1], hi))


def _pins_the_day(report: Report) -> bool:
    """A report of an act one day may bring many of, dated precisely (a publication day counts: its span says so)."""
    return report.type in MANY_A_DAY and report.precise and not report.unreal


def _reversed(report: Report, seed: Report) -> bool:
    """A one-way act by the side that was the target of the cluster's first report (and not also its source); a
    two-sided act ("clashed", "exchanged fire") has no direction to reverse."""
    return report.type in ONE_WAY_TYPES and seed.type in ONE_WAY_TYPES and answered(report, seed)


def _best(report: Report, groups: list[_Group], swaps: bool,
          similarity: Similarity) -> tuple[_Group, Report | None] | None:
    """The cluster most similar to the report, if any reaches the threshold (older wins a tie), and the report of
    the same article it displaces, if any. A cluster's score is only needed exactly when it can win: its fit is
    asked with the score to beat (`Outline` bounds only `scorer`'s)."""
    best, best_score = None, _threshold(report)
    closest, bounded = similarity(report), similarity is scorer
    for group in groups:
        if group.by_doc.get(report.doc_id):  # a sentence of its article is there
            score, displaced = _fit(report, group, closest, similarity, swaps, best_score)
        elif bounded and not group.outline().reachable(report, best_score - ROUNDING):
            continue  # cannot reach the score to beat
        else:
            score, displaced = closest(group.reports[:REPRESENTATIVES], best_score), None
        if score > best_score or (score == best_score and (best is None or group.index < best[0].index)):
            best, best_score = (group, displaced), score
    return best


def _threshold(report: Report) -> float:
    """What a report's best similarity must beat: more for an undated one, most for one dated to a season or year."""
    if report.interval is None:
        return UNDATED_THRESHOLD
    return COARSE_THRESHOLD if report.interval[1] - report.interval[0] > MONTH_DAYS else THRESHOLD


def _fit(report: Report, group: _Group, closest: Callable[[list[Report], float], float], similarity: Similarity,
         swaps: bool, floor: float) -> tuple[float, Report | None]:
    """How well the report fits the cluster; a fit below `floor` (it cannot win) may be given as any score below
    it. Another sentence of its article already there that is not the same predicate repeated keeps it out,
    unless the report is dated as precisely (or is sure of its dyad and the other is not) and fits the others better:
    then the two change places."""
    conflicts = [m for m in group.by_doc.get(report.doc_id, ()) if not restated(report, m)]
    if not conflicts:
        score = closest(group.reports[:REPRESENTATIVES], floor)
        # an article's own retelling in other words joins (the gold's similarity, for the ceiling, needs no help)
        retold = similarity is scorer and any(retold_alike(report, m) for m in group.by_doc.get(report.doc_id, ()))
        return (max(score, THRESHOLD) if retold else score), None
    if not swaps or len(conflicts) > 1 or len(group.reports) == 1 or report.unreal > conflicts[0].unreal or (
            _vaguer(report, conflicts[0]) and not _surer(report, conflicts[0])) or \
            _restates_another(conflicts[0], group):  # a denial displaces no act
        return 0.0, None
    others = [r for r in group.reports if r is not conflicts[0]][:REPRESENTATIVES]
    mine, theirs = closest(others, -math.inf), similarity(conflicts[0])(others, -math.inf)
    return (mine, conflicts[0]) if mine > theirs + SWAP_MARGIN else (0.0, None)


def _restates_another(member: Report, group: _Group) -> bool:
    """The member tells again an act another sentence of its article in the cluster tells ("opened the summit on
    Wednesday" beside "the summit ended on Thursday"): it is held there by its article, and no sentence of that
    article saying something else takes its place."""
    return any(other is not member and restated(member, other) for other in group.by_doc[member.doc_id])


def _vaguer(a: Report, b: Report) -> bool:
    """`a` is dated less precisely than `b` (an explicit day beats a publication day): it cannot displace `b`."""
    return _width(a) > _width(b)


def _surer(a: Report, b: Report) -> bool:
    """`a` names both parties of its dyad and `b` only one: "Kim and Shoigu met" beats a sentence that lost Kim."""
    return len(a.dyads) == 1 and not b.dyads


def _width(report: Report) -> int:
    return report.interval[1] - report.interval[0] if report.interval else 1 << 30


def _claim(report: Report) -> tuple[str, str | None]:
    """What an undated report is linked by: its predicate and what it counts, if anything."""
    return report.predicate, report.quantity[1] if report.quantity is not None else None

"""Stage 7, analysis: how alike two reports are, for clusters.py. `scorer` gives a report's best similarity with
some of a cluster's reports (evidence words, predicate, type, figures, day gap, place, named people); `Outline`
bounds it cheaply for a whole cluster, so most clusters are ruled out without a comparison.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Set
from typing import TYPE_CHECKING

from .records import REPEATED_UNIT

if TYPE_CHECKING:
    from .clusterreports import Report

__all__ = ["MIN_CONTENT", "ROUNDING", "Outline", "names_meet", "people_term", "scorer"]

# what the reports themselves must share (words, predicate or its class, figure, place, people) beyond type, mode
# and day: in a war, one day brings many acts of one type between the same two sides (for other acts the mode
# counts too: MANY_A_DAY)
MIN_CONTENT = 0.05
# acts of which one day between two sides may bring many (strikes, threats, accusations): for the others, a shared
# mode ("freed 10 Americans" and "handed over ten U.S. citizens": a release) says enough beyond type and day, and two
# modes of one type are two acts ("expelled the ambassador" and "froze trade", one Monday)
MANY_A_DAY = frozenset({"ASSAULT", "COERCE", "THREATEN", "ACCUSE", "PROTEST", "REJECT", "DEMAND", "MOBILIZE"})
PREDICATE = 0.2  # one word, or two words for one act ("struck", "bombed": tried at 0.15, dev recall 0.741 -> 0.713)
COARSE_OVERLAP = 0.05  # two dates of which one is coarser than a week, and which may be the same day
COARSE_APART = 0.05  # a coarse date that cannot be the other's day or span ("in December", "on November 27")
SAME_SPAN = 0.1  # two coarse dates of one span ("in 1993", "in March 2017"): as a shared day
PERSONS = frozenset({"people", "prisoners", "troops", "workers", "casualties"})  # counts of people, of one kind or any
FORCES_SENT_HOME = frozenset({"discontinue", "expel"})  # the modes of "revoked the military accord", "ordered out"
MILITARY_WORDS = frozenset({"military", "troops", "forces", "soldiers", "defence", "defense", "base", "bases"})
ROUNDING = 1e-9  # far above the rounding error of a sum of similarity terms, far below their steps of 0.05


def scorer(report: Report) -> Callable[[list[Report], float], float]:
    """The report's highest similarity with one of some members, when it reaches a floor (else some score below
    the floor). A similarity adds, in this order: half the evidence words' overlap (Jaccard), the predicate (or
    else the mode), the type, the number (or what was counted), and what the dates (a day apart, one coarse span,
    a coarse date that may be the other's or one that cannot be), places and people say. Most members of a
    candidate cluster fall short, and their cheaper terms tell so: the people and the words are compared only with
    a member that could still reach the floor, or a higher score already found."""
    words, size, predicate, mode, type_ = report.words, report.size, report.predicate, report.mode, report.type
    tokens = report.tokens
    planned = report.planned
    quantity, place, people = report.quantity, report.place, report.people
    agreement = people.agreement if people is not None else {}
    precise = report.precise and report.interval is not None
    lo, hi = report.interval if report.interval is not None else (0, 0)
    named = len(people.by_party) if people is not None else 0
    hope = 0.5 + (0.15 if named > 1 else 0.05 if named else 0.0)  # every word shared, each side's people
    rare = type_ not in MANY_A_DAY  # one mode of such an act ("release") on one day is content enough
    spread = _spread(report)

    def closest(members: list[Report], floor: float) -> float:
        best, need = -math.inf, floor - ROUNDING  # need: what a member's score must reach to matter
        if any(_one_more_after(report, m) or _one_more_after(m, report) for m in members):
            return best  # "lodged another protest" on Thursday: not a cluster holding the protest of Tuesday
        for member in members:
            verb = PREDICATE if predicate and predicate == member.predicate else \
                0.1 if mode and mode == member.mode else 0.0
            kind = 0.1 if type_ == member.type else 0.0
            if rare and mode and member.mode and mode != member.mode and type_ == member.type \
                    and not _forces_sent_home(report, member):
                continue  # "expelled the ambassador" and "froze trade" the same day: two measures
            if spread != _spread(member):
                continue  # "visited Tunis three times this year" tells many visits, none of them this one
            figure = _figure_term(quantity, member.quantity)
            if verb == PREDICATE and _counts_differ(quantity, member.quantity) \
                    and not _counts_told_by_both(quantity, member.quantity, tokens, member.tokens):
                continue  # one verb counting different things: "shot down five jets" / "shot down 25 drones"
            when = 0.0
            if member.interval is not None and report.interval is not None:
                first, last = member.interval
                if planned != member.planned and _announced_before(report, member):
                    continue  # announced before it happened: the announcement is another event
                gap = max(0, lo - last, first - hi)  # days between the two; a day: a time zone, a late report
                if precise and member.precise:
                    when = 0.15 if gap == 0 else 0.05 if gap == 1 else -0.1 * gap
                elif member.interval == report.interval:
                    when = SAME_SPAN
                elif gap == 0:
                    when = COARSE_OVERLAP  # "in January" and "at the beginning of the year" may be one time
                else:
                    when = -COARSE_APART
            where = _place_term(place, member.place) if place is not None and member.place is not None else 0.0
            if verb + kind + figure + when + where + hope < need:
                continue
            who, theirs = 0.0, member.people
            if people is not None and theirs is not None:
                who = agreement[theirs] if theirs in agreement else people.term(theirs)
                if who < 0 and _named_in_other_roles(people.by_party, theirs.by_party, tokens, member.tokens):
                    who = 0.0  # each sentence names the other's person too, in another role: no contradiction
            other = member.size
            most = (size / other if size < other else other / size) if size and other else 0.0  # best overlap
            if 0.5 * most + verb + kind + figure + when + where + who < need:
                continue
            shared = len(words & member.words)
            overlap = shared / (size + other - shared) if size or other else 0.0
            said = verb if verb == PREDICATE or rare else 0.0  # the act named alike, or its mode when rare
            if 0.5 * overlap + said + figure + max(where, 0.0) + max(who, 0.0) < MIN_CONTENT:
                continue
            score = 0.5 * overlap + verb + kind + figure + when + where + who  # in the order above: same bits
            if score > best:
                best, need = score, max(need, score - ROUNDING)
        return best

    return closest


def _forces_sent_home(a: Report, b: Report) -> bool:
    """Ending a military accord and ordering the troops out, both told of forces: one act in two words ("revoked
    the accord that allowed U.S. troops" / "ordered the U.S. forces out")."""
    return {a.mode, b.mode} == FORCES_SENT_HOME and not MILITARY_WORDS.isdisjoint(a.tokens) \
        and not MILITARY_WORDS.isdisjoint(b.tokens)


def _one_more_after(a: Report, b: Report) -> bool:
    """`a` is told as one more act of its kind ("another protest") and `b`, precisely dated, is of days before it."""
    return a.again and a.precise and b.precise and a.interval is not None and b.interval is not None \
        and b.interval[1] < a.interval[0]


def _announced_before(a: Report, b: Report) -> bool:
    """Of a planned report and an actual one, the plan was for an earlier time, or was published before the act
    ("Xi will pay state visits from April 14", said on the 11th, is not the visit of the 14th)."""
    plan, act = (a, b) if a.planned else (b, a)
    if plan.interval is None or act.interval is None:
        return False
    return plan.interval[1] < act.interval[0] or plan.said_on < act.interval[0]


def _spread(report: Report) -> bool:
    """An act told as done several times over a span ("three times since August"); several times in a day ("locked
    their radar onto the jets twice on Saturday") is the day's incident, as outlets tell it."""
    return report.quantity is not None and report.quantity[1] == REPEATED_UNIT and not report.precise


def _figure_term(a: tuple[float, str] | None, b: tuple[float, str] | None) -> float:
    """One figure from two outlets agrees; two counts of one thing ("some 180 missiles", "dozens of missiles")
    agree on what was counted. Different figures are common for one event, so they cost nothing."""
    if a is None or b is None:
        return 0.0
    return 0.2 if a == b else 0.1 if a[1] and a[1] == b[1] else 0.0


def _counts_told_by_both(a: tuple[float, str] | None, b: tuple[float, str] | None, tokens: frozenset[str],
                         other: frozenset[str]) -> bool:
    """Each sentence holds the other's figure: one strike "with 250 drones and 14 missiles", each report having
    read another of its numbers."""
    return a is not None and b is not None and _figure(a[0]) in other and _figure(b[0]) in tokens


def _figure(value: float) -> str:
    return f"{value:.0f}" if value == int(value) else f"{value:g}"


def _counts_differ(a: tuple[float, str] | None, b: tuple[float, str] | None) -> bool:
    if a is None or b is None or not a[1] or not b[1] or a[1] == b[1]:
        return False
    return not ({a[1], b[1]} <= PERSONS and "people" in (a[1], b[1]))  # "390 people" may be the 390 prisoners


class Outline:
    """What some reports (a cluster's representatives) hold, for a cheap bound on the similarity of a report with
    any of them: the most each term can give, and for the words, the share of its words found in any of theirs."""

    __slots__ = ("predicates", "modes", "types", "quantities", "units", "vocabulary", "span", "all_precise",
                 "dated", "places", "countries", "placeless", "named_by_all", "named", "bodies", "members", "_tokens")

    def __init__(self, members: list[Report]) -> None:
        self.predicates = {m.predicate for m in members}
        self.modes = {m.mode for m in members}
        self.types = {m.type for m in members}
        self.quantities = {m.quantity for m in members}
        self.units = {m.quantity[1] for m in members if m.quantity is not None and m.quantity[1]}
        self.vocabulary = frozenset().union(*(m.words for m in members))
        dated = [m.interval for m in members if m.precise and m.interval is not None]
        self.dated = any(m.interval is not None for m in members)
        self.span = (min(i[0] for i in dated), max(i[1] for i in dated)) if dated else None
        self.all_precise = len(dated) == len(members)
        self.places = {m.place[0] for m in members if m.place is not None}
        self.countries = {m.place[1] for m in members if m.place is not None}
        self.placeless = any(m.place is None or not m.place[1] for m in members)
        named: dict[str, set[str]] = defaultdict(set)
        naming: Counter[str] = Counter()
        self.bodies = frozenset().union(*(m.people.bodies for m in members if m.people is not None))
        for member in members:
            for party, names in (member.people.by_party if member.people else {}).items():
                named[party] |= names
                naming[party] += party not in member.people.guessed  # type: ignore[union-attr]
        self.named_by_all = {party: names for party, names in named.items() if naming[party] == len(members)}
        self.named = {party: frozenset(names) for party, names in named.items()}
        self.members = members
        self._tokens: frozenset[str] | None = None

    @property
    def tokens(self) -> frozenset[str]:
        """Every word of the members, for people named in another role (read only when names clash: rare)."""
        if self._tokens is None:
            self._tokens = frozenset().union(*(m.tokens for m in self.members))
        return self._tokens

    def reachable(self, report: Report, need: float) -> bool:
        """Whether the report's similarity with one of the members may reach `need`; False when none can."""
        most = 0.5 * len(report.words & self.vocabulary) / report.size if report.size else 0.0  # >= each overlap
        if report.predicate and report.predicate in self.predicates:
            most += 0.2
        elif report.mode and report.mode in self.modes:
            most += 0.1
        if report.type in self.types:
            most += 0.1
        if report.quantity is not None and report.quantity in self.quantities:
            most += 0.2
        elif report.quantity is not None and report.quantity[1] in self.units:
            most += 0.1
        if report.precise and report.interval is not None and self.span is not None:
            gap = max(0, report.interval[0] - self.span[1], self.span[0] - report.interval[1])  # <= each member's
            when = 0.15 if gap == 0 else 0.05 if gap == 1 else -0.1 * gap
            most += when if self.all_precise else max(when, COARSE_OVERLAP)
        elif report.interval is not None and self.dated:
            most += SAME_SPAN
        if most + 0.25 < need:  # the most a place and people can add
            return False
        return most + self._where(report) + self._who(report) >= need

    def _where(self, report: Report) -> float:
        if report.place is None:
            return 0.0
        name, country = report.place
        if name and name in self.places:
            return 0.1
        return -0.4 if country and not self.placeless and country not in self.countries else 0.0

    def _who(self, report: Report) -> float:
        if report.people is None:
            return 0.0
        named, bodies = report.people.by_party, report.people.bodies | self.bodies
        clashes = {party: names for party, names in named.items() if party in self.named_by_all
                   and party not in report.people.guessed and not names_meet(names, self.named_by_all[party])
                   and not _body_beside_person(names, self.named_by_all[party], bodies)}
        if clashes:  # a party every member names, by none of the report's names
            # (no contradiction if a member may name the report's person in another role, or the other way round)
            return 0.0 if _named_in_other_roles(clashes, self.named, report.tokens, self.tokens) else -0.4
        return 0.15 if len(named) > 1 else 0.05


def _place_term(a: tuple[str, str], b: tuple[str, str]) -> float:
    if a[0] and a[0] == b[0]:
        return 0.1
    return -0.4 if a[1] and b[1] and a[1] != b[1] else 0.0


def _named_in_other_roles(mine: dict[str, frozenset[str]], theirs: dict[str, frozenset[str]],
                          my_words: frozenset[str], their_words: frozenset[str]) -> bool:
    """For every party the two name by different people, a person of one appears (by the last word of the name) in
    the other's sentence: "sanctioned Justice Alexandre de Moraes, who oversees Jair Bolsonaro's trial" and
    "sanctioned de Moraes, the judge trying Bolsonaro" with Bolsonaro taken for the target."""
    clashes = [party for party, names in mine.items() if party in theirs and not names_meet(names, theirs[party])]
    return bool(clashes) and all(
        any(_last_word(n) in their_words for n in mine[p]) or any(_last_word(n) in my_words for n in theirs[p])
        for p in clashes)


def names_meet(mine: Set[str], theirs: Set[str]) -> bool:
    """Some person is named on both sides: by the same name, or by one word of the other's full name ("Meng" told
    again after "Meng Wanzhou" when the base does not know her, so the article's alias gave no full name)."""
    if not mine.isdisjoint(theirs):
        return True
    return any(_one_word_of(a, b) or _one_word_of(b, a) for a in mine for b in theirs)


def _one_word_of(short: str, full: str) -> bool:
    return " " not in short and short in full.split()


def _last_word(name: str) -> str:
    return name.lower().rsplit(" ", 1)[-1]


def _body_beside_person(mine: Set[str], theirs: Set[str], bodies: Set[str]) -> bool:
    """One side names only a body ("the Houthis"), the other a person ("Mahdi al-Mashat"): no contradiction, the
    person may well be of the body."""
    return (mine <= bodies) != (theirs <= bodies)


def people_term(a: dict[str, frozenset[str]], b: dict[str, frozenset[str]], guessed: frozenset[str],
                bodies: frozenset[str] = frozenset()) -> float:
    """Named people: the same person on a side agrees; only different people on one side disagree, unless one of
    them is only guessed (`guessed` parties), or one names only a body (`bodies`: "the Houthis" and their leader
    named in another report are no contradiction)."""
    shared = 0
    for party, mine in a.items():
        theirs = b.get(party)
        if theirs is not None:
            if not names_meet(mine, theirs):
                if party in guessed or _body_beside_person(mine, theirs, bodies):
                    continue
                return -0.4
            shared += 1
    return 0.15 if shared > 1 else 0.05 if shared else 0.0  # both sides named alike, or one

"""Stage 7, analysis: two events of one article, for clusters.py: one act told again (a lede restated further
down, "met" and "held talks" of the same days, one sentence coded twice) or two acts (other numbers, other people,
an act and the other side's answer to it, a call and a meeting, an act told as "also" done)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .clustersimilarity import MANY_A_DAY
from .clusterwords import predicate_class, two_sided
from .lexicon import MEASURE_TYPES, REMOTE_MEANS

if TYPE_CHECKING:
    from .clusterreports import Report

__all__ = ["answered", "restated", "retold_alike"]

CAME = r"(?:came|followed|happened|occurred|took place|was the latest)\b"  # "The launch came a day after ..."
PHONE = "phone"  # the CONSULT mode of a call
LINE_WORDS = REMOTE_MEANS | {"call"}  # the words that say a contact is a call


def restated(report: Report, member: Report) -> bool:
    """Two events of one article are one event only as the same predicate repeated with no other number (or a word
    of its class on the same days), or as one sentence coded twice for one act ("met Kim ..., wrapping up a two-day
    visit"); never when a side names other people, nor a call and a meeting."""
    if _numbers_differ(report, member):
        return False
    if not _same_people(report, member):
        return False  # "Lavrov held talks with Choe" and "Kim received Lavrov": two meetings of one visit
    if _added(report, member) or _added(member, report):
        return False  # "cut ties with Qatar" and, further down, "Riyadh also closed its land border"
    if _call_and_meeting(report, member):
        return False  # "spoke by telephone" beside "met" or "the talks in Jeddah": a call is another contact
    if (report.interval is None) != (member.interval is None):
        return _undated_retelling(report, member)
    if report.planned != member.planned and (report.family == "CONSULT" or (
            report.family != "AGREE" and report.predicate != member.predicate)):
        # "Kim invited Putin to visit North Korea" beside their talks: the visit to come is another; "cut electricity
        # to the border areas" and "would also stop supplying fuel": a measure taken and another to come (but an
        # agreement's terms are plans: "agreed to restore ties" and "decided to resume relations" are one deal)
        return False
    if report.predicate and report.word == member.word:
        # in one sentence, the same verb dated differently is two acts ("fired on Tuesday, a week after it fired"),
        # and so is the same one-way act done each way ("Kim invited Trump ..., and Trump invited Kim")
        if report.start == member.start:
            return report.interval == member.interval and not answered(report, member)
        return True
    if report.start != member.start:
        # another sentence of the same known days (not "traveled to Asmara" in a month that also holds "arrived in
        # Ethiopia on Saturday") telling the act in a word of its class ("met" / "held talks") or, for an act one day
        # seldom brings two of, in a word of its family and the same mode, if any ("signed the declaration" /
        # "pledged to work together"; "ordered 12 French staff to leave" / "declared persona non grata")
        told_alike = (bool(report.predicate) and report.predicate == member.predicate) or (
            _rare_alike(report, member) and not answered(report, member)) or _one_call(report, member) \
            or _named_as_it_came(report, member)
        return told_alike and report.precise and member.precise and _overlap(report.interval, member.interval)
    # one sentence coded twice, of one time: "fired two missiles on Thursday, two days after it launched one" is two
    return _coded_alike(report, member) and report.tokens == member.tokens \
        and _overlap(report.interval, member.interval) and not _two_measures(report, member)


def retold_alike(report: Report, member: Report) -> bool:
    """The member, of the report's article, tells an act of its type and mode on the same precise days and at no
    other place ("signed a landmark agreement on Tuesday" / "put their names to the accord"; "granted a pardon" /
    "were pardoned"; a call told as talks over a hotline): the article's own retelling, which joins it whatever
    its words, once `restated` lets it in."""
    return report.precise and member.precise and member.type == report.type \
        and (member.mode == report.mode or _one_call(report, member)) and member.planned == report.planned \
        and _overlap(report.interval, member.interval) \
        and (member.place is None or report.place is None or member.place == report.place)


def _named_as_it_came(a: Report, b: Report) -> bool:
    """The later one opens its sentence naming an act of the earlier one's type by a noun, as what came, followed
    or happened ("The shooting came as ...", "The detentions came days after ..."): that act told again, in
    whatever word."""
    later, earlier = (a, b) if a.start > b.start else (b, a)
    return later.type == earlier.type and not answered(later, earlier) and _opens_as_what_came(later)


def _opens_as_what_came(report: Report) -> bool:
    word = str(report.record.get("predicate") or "")
    text = str(report.record["evidence"]["text"])
    return bool(word) and re.match(rf"(?:The|This|That) (?:[\w-]+ ){{0,2}}{re.escape(word)} {CAME}", text) is not None


def _added(a: Report, b: Report) -> bool:
    """`a`, told after `b`, is an act besides it ("also closed its land border" after "cut ties"), in another word
    than its class ("also inked 15 accords" after "signed the declaration" may be the signing told again)."""
    return a.besides and a.start > b.start and a.predicate != b.predicate


def _call_and_meeting(a: Report, b: Report) -> bool:
    """One is a call and the other not: told in one sentence ("the call took place during the talks"), or in
    another sentence that names no line ("held talks over a hotline" is the call told again)."""
    call, other = (a, b) if a.mode == PHONE else (b, a)
    if call.mode != PHONE or other.mode == PHONE:
        return False
    return call.start == other.start or not other.tokens & LINE_WORDS


def _one_call(a: Report, b: Report) -> bool:
    """Two calls of the same people on the same days ("held talks over a hotline on Monday" / "spoke over the
    hotline"): one call told again (two calls a day between the same people are rarely told apart)."""
    return a.family == b.family and all(r.mode == PHONE or bool(r.tokens & LINE_WORDS) for r in (a, b))


def _undated_retelling(a: Report, b: Report) -> bool:
    """Of an undated and a dated event of one article: an undated act beside a dated one is another act ("days
    after it had fired ..."), unless it is of a kind one day seldom brings two of, told in a word of the dated one's
    class in another sentence ("recalled its ambassador on Aug. 10" and "weeks after Beijing withdrew its own
    envoy"); not an agreement, of which one summit brings several."""
    return _rare_alike(a, b) and a.family != "AGREE" and a.predicate != "" and a.predicate == b.predicate \
        and a.planned == b.planned and a.start != b.start and not answered(a, b)


def _rare_alike(a: Report, b: Report) -> bool:
    """Of one family, of a kind one day seldom brings two of between two sides, and of one mode when both say."""
    if a.family != b.family or a.type in MANY_A_DAY or b.type in MANY_A_DAY:
        return False
    if _proposing(a) != _proposing(b):
        return False  # "proposed a joint commission" beside "agreed to handle the dispute": an offer, not the deal
    return a.mode == b.mode or not a.mode or not b.mode


def _proposing(report: Report) -> bool:
    return report.predicate == predicate_class("propose")


def answered(a: Report, b: Report) -> bool:
    """`a` is done by the side `b` was done to (and not also by `b`'s doer): "Kim invited Xi" and "Xi accepted the
    invitation", an act and its answer, not one act retold (a two-sided act, "met", has no direction)."""
    if not a.sources or a.sources & b.sources or not a.sources <= b.targets:
        return False
    return not two_sided(a.type, a.word) and not two_sided(b.type, b.word)


def _overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is None or b is None or (a[0] <= b[1] and b[0] <= a[1])


def _same_people(a: Report, b: Report) -> bool:
    return a.people is None or b.people is None or a.people.term(b.people) >= 0


def _coded_alike(a: Report, b: Report) -> bool:
    """Of one type (and measure: "imposed sanctions ... and doubled tariffs" is two), or a promise coded twice:
    "pledged to provide Ukraine with 31 tanks" is a pledge (AGREE) and a planned transfer (AID, planned), of one
    family."""
    if a.type == b.type:
        return a.type not in MEASURE_TYPES or a.mode == b.mode
    return a.family == b.family == "AGREE" and "AGREE" in (a.type, b.type) and not _coordinated(a, b)


def _coordinated(a: Report, b: Report) -> bool:
    """The two words are two verbs joined by "and" ("opened a liaison office ... and signed a series of
    agreements"), not a promise and its content ("pledged to provide")."""
    text, ((first, _), (second, _)) = _trigger_spots(a, b)
    between = f" {text[first:second]} "
    return first >= 0 and " and " in between and " to " not in between


def _numbers_differ(a: Report, b: Report) -> bool:
    return a.quantity is not None and b.quantity is not None and a.quantity[1] == b.quantity[1] \
        and a.quantity[0] != b.quantity[0]


def _two_measures(a: Report, b: Report) -> bool:
    """One sentence's two words of one type naming different acts: "severed relations and banned its planes from
    their airspace" is two measures, while a participle after a comma tells the first act again ("ordered the staff
    out, giving them 48 hours to leave"), and a meeting has many words (a promise coded twice, a pledge and the
    transfer, is of two types)."""
    if a.type != b.type or a.type == "CONSULT" or not a.predicate or not b.predicate or a.predicate == b.predicate:
        return False
    text, ((first, _), (second, later)) = _trigger_spots(a, b)
    return first >= 0 and not (later.endswith("ing") and text[:second].rstrip().endswith(","))


def _trigger_spots(a: Report, b: Report) -> tuple[str, list[tuple[int, str]]]:
    """Their sentence (one for both) and where each trigger word stands in it, the earlier first (-1: not found)."""
    text = str(a.record["evidence"]["text"])
    return text, sorted((_word_at(word, text), word) for word in (str(r.record.get("predicate") or "") for r in (a, b)))


def _word_at(word: str, text: str) -> int:
    """Where the word first stands as a whole word in the text ("cut", not the "cut" of "executive"), or -1."""
    found = re.search(rf"\b{re.escape(word)}\b", text) if word else None
    return found.start() if found else -1

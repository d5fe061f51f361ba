"""Stage 4, events: an attack told again without its attacker named ("The strikes hit the group's headquarters",
"Iran had fired 14 missiles"), read from the attacks the article has told so far (used by `events.py`). Only when
one side alone has attacked in the article: in a war both sides strike, and the text leaves open whose it was.
A measure ordered or announced by its bare noun ("ordered the closure") is likewise the one told before, and "the
meeting" told after a summons is the summons (`summons_told_again`). A definite act noun as the subject of a
clause told as fact ("The expulsion marked a new low", "The closure took effect at 8 p.m.") is the act told before
(`subject_of_a_told_clause`, `in_force_as_told`).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from .actors import ActorResolver
from .lexicon import Lexicon, load_lexicon
from .parsetree import children_of, definite
from .readings import EXPECTATIONS, takes_effect
from .records import Actor
from .sameact import act_class
from .verdicts import earlier_act_doers
from .vows import COURT_WORDS

__all__ = ["CONDITIONS", "SUMMONS_KEY", "class_key", "in_force_as_told", "ordered_as_told", "retold_attack",
           "retold_key", "ruling_told", "sending_told_again", "struck_before", "subject_of_a_told_clause", "summoned",
           "summons_told_again", "takes_effect_as_told"]

DOWNINGS = frozenset({"down", "intercept"})  # the classes of "shot down", "downed", "intercepted" (sameact.act_class)
DECREEING_VERBS = frozenset({"order", "announce", "decree"})  # (ordered_as_told)
DEFENDING_VERBS = frozenset({"destroy", "neutralise", "neutralize", "repel", "repulse"})  # (_flying_things_destroyed)
SUMMONS_KEY = "ACCUSE:summons"  # under which a summons is remembered (`summoned`), for "the meeting" told after it
# a court's verdict ("convicted two men of murder") or finding ("ruled that Colombia had violated ..."), with the mode
# its order is told in (`ruling_told`)
RULING_MODES = {"SANCTION": "convict", "ACCUSE": "allege"}
COURT_BODIES = frozenset({"ICJ", "ICC", "PCA", "ITLOS", "ECHR"})  # international courts, by their codes
SUMMONING_VERBS = frozenset({"summon", "call", "receive"})  # "summoned", "called in" (or "received") the envoy
SUMMONS_MEETING_NOUNS = frozenset({"meeting", "conversation", "encounter"})  # what a summons is told again as
# "The deployment marked a new chapter": the sending of forces told again by its definite noun, as a clause's subject
SENDING_NOUNS = frozenset({"deployment", "dispatch"})
CONDITIONS = frozenset({"if", "unless", "whether"})
# "the visit amounted to pressure", "the levies were meant to hold Beijing accountable", "the truce remained
# fragile", "the deal rewarded aggression": what an act is judged to be or do, was for or how it stands, not the act
# told (`subject_of_a_told_clause`)
JUDGING_CLAUSES = frozenset({"amount", "constitute", "represent", "mean", "intend", "design", "aim", "remain",
                             "stay", "seem", "appear", "look", "become", "reward", "undermine", "embolden",
                             "legitimize", "legitimise"})
# "the trip had started in Vietnam": where an act began may be of a stop before the one told
BEGINNING_VERBS = frozenset({"start", "begin"})

def class_key(type_: str, token: Token) -> str:
    """The key an act is remembered under besides its type: for an attack, whether it is a downing (air defence
    shooting down jets, drones or missiles) or a strike of the side's own. "The strikes hit mosques" in a story of
    India's attacks and of Pakistan downing Indian jets are India's: only India struck."""
    return f"{type_}:{'downing' if act_class(token) in DOWNINGS or _flying_things_destroyed(token) else 'strike'}"


def _flying_things_destroyed(verb: Token) -> bool:
    """"Air defences destroyed 300 drones", "intercepted two missiles": craft or missiles in flight destroyed are
    downed, the defender's act, not a strike of its own."""
    if verb.lemma_.lower() not in DEFENDING_VERBS:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _flying_words() for c in children_of(verb))


@lru_cache(maxsize=1)
def _flying_words() -> frozenset[str]:
    """The lexicon's aircraft and missiles: what flies."""
    classes = load_lexicon().object_classes
    return frozenset(classes.get("aircraft", frozenset())) | frozenset(classes.get("missiles", frozenset()))


def retold_key(token: Token, type_: str, resolver: ActorResolver, by_kind: bool = True) -> str | None:
    """Under which key an act told again with no party named finds the one side that did it: its type, when one
    side alone did acts of it; else, for a definite noun (and `by_kind`), its kind (`class_key`), when one side
    alone did acts of that kind. In a war where both sides strike, no guess."""
    # ("a strike": maybe another one)
    kind = by_kind and token.pos_ == "NOUN" and definite(token)
    keys = (type_, class_key(type_, token)) if kind else (type_,)
    return next((key for key in keys if len(resolver.sides_doing(key)) == 1), None)


def struck_before(source: list[Actor], resolver: ActorResolver) -> list[Actor]:
    """"Iran fired 14 missiles" in an article that told Iran's attack on a US base: the missiles of that attack,
    not a test; the recipients of the attack the article told last, when that side alone has attacked."""
    parties = {a.party for a in source if a.party}
    if not parties or not parties <= resolver.sides_doing("ASSAULT"):
        return []
    return [a for party in sorted(parties) for a in resolver.done_by("ASSAULT", party) if a.party not in parties]


def retold_attack(verb: Token, pos: str, target: list[Actor], lexicon: Lexicon,
                   resolver: ActorResolver) -> tuple[list[Actor], list[Actor]]:
    """The sides of an attack told again with no attacker named (`_earlier_attackers`); none when the act is aimed
    at the side that attacked before ("the rockets fired into Thailand" after Thailand's strikes are the other's)."""
    source = _earlier_attackers(verb, pos, lexicon, resolver)
    aimed = {a.party for p in children_of(verb) if p.dep_ == "prep" for o in children_of(p) if o.dep_ == "pobj"
             for a in resolver.resolve(o)}
    if not source or ({a.party for a in target} | aimed) & {a.party for a in source}:
        return [], target
    own = {a.party for a in source}
    return source, target or [a for a in resolver.done_to("ASSAULT") if a.party not in own]


def _earlier_attackers(verb: Token, pos: str, lexicon: Lexicon, resolver: ActorResolver) -> list[Actor]:
    """"The strikes hit the group's headquarters", "Drones hit the port": an attack told again through its strikes
    or its weapons, with no owner named, is by whoever carried out the attacks told so far, when one side did: in a
    war both sides strike, and "the operation hit targets in Tel Aviv" may be either's."""
    if pos != "verb":
        return []
    weapons = lexicon.object_classes.get("weapons", frozenset())
    for subject in (c for c in children_of(verb) if c.dep_ == "nsubj"):  # not "the rockets fired into Thailand"
        if subject.pos_ != "NOUN" or any(resolver.resolve(c) for c in children_of(subject)):
            continue
        weapon = subject.lemma_.lower() in weapons
        # ("the strikes hit" is of the side that struck, not of the side that shot down jets; a weapon has no kind)
        told = retold_key(subject, "ASSAULT", resolver, by_kind=not weapon)
        if told is not None and (weapon or earlier_act_doers(subject, lexicon, resolver)):
            return [a for a in resolver.doers_of(told) if a.party]
    return []


def ordered_as_told(noun: Token, pos: str, objects: set[str]) -> bool:
    """"Algeria closed its airspace to Moroccan planes. The council ordered the closure over provocations": a
    definite event noun with nothing of its own that it acts on, ordered or announced, is the act of its type told
    before (its pattern's object condition is that act's; `retold_key` finds whose, when one side did it)."""
    return pos == "noun" and not objects and noun.dep_ == "dobj" and definite(noun) \
        and noun.head.lemma_.lower() in DECREEING_VERBS


def summoned(lemma: str, type_: str) -> bool:
    """The act is a summons of an envoy ("summoned Ghana's ambassador", "called in the envoy"): a protest told in a
    meeting, which the article may go on to tell as "the meeting"."""
    return type_ == "ACCUSE" and lemma in SUMMONING_VERBS


def summons_told_again(noun: Token, pos: str, resolver: ActorResolver) -> tuple[list[Actor], list[Actor]] | None:
    """"The ministry summoned Ghana's ambassador ... The meeting took place at the ministry": a definite meeting, the
    subject of how it went, that names no side but the summons' own, told after a summons and before any other
    meeting, is the summons told again (its sides, its type), not a consultation of its own."""
    if pos != "noun" or noun.lemma_.lower() not in SUMMONS_MEETING_NOUNS or not definite(noun) \
            or noun.dep_ != "nsubj":
        return None  # (how the meeting went is told of it; "defended the meeting" judges another one, its cause)
    source, target = resolver.doers_of(SUMMONS_KEY), resolver.done_to(SUMMONS_KEY)
    if not source or not any(a.party for a in target):
        return None
    own = {a.party for c in noun.subtree if c.i != noun.i for a in resolver.resolve(c)}
    if not own <= {a.party for a in (*source, *target)}:
        return None  # ("the meeting with Lavrov": another meeting; "at the foreign ministry" is the summoner's)
    told_at = max(a.start for a in (*source, *target))
    if any(a.start > told_at for a in resolver.doers_of("CONSULT")):
        return None  # a meeting told since the summons is what "the meeting" may be
    return list(source), list(target)


def ruling_told(resolver: ActorResolver) -> tuple[str, str | None, list[Actor], list[Actor]] | None:
    """The ruling a court gave last in the article so far: its type and mode, the court and whom it ruled against;
    an order the court gives after it ("the judges ordered Colombia to stop ...") is a part of that ruling."""
    told = [(max(a.start for a in doers), type_, doers) for type_ in RULING_MODES
            if (doers := resolver.doers_of(type_)) and any(_a_court(a) for a in doers)]
    if not told:
        return None
    _, type_, doers = max(told, key=lambda t: t[0])
    return type_, RULING_MODES[type_], doers, resolver.done_to(type_)


def _a_court(actor: Actor) -> bool:
    """A court or its judges, by sector, international court or name."""
    return actor.sector == "JUD" or actor.org in COURT_BODIES or any(w in actor.text.lower() for w in COURT_WORDS)


def sending_told_again(noun: Token) -> bool:
    """"Chad sent troops to Niger. The deployment marked a new chapter": a definite noun of forces sent, the subject
    of its own clause, is the sending told before (unlike "troops deployed under the treaty", whose passive names
    the giver's own forces as background)."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in SENDING_NOUNS and noun.dep_ in ("nsubj", "nsubjpass") \
        and definite(noun)


def subject_of_a_told_clause(noun: Token) -> bool:
    """"The expulsion marked a new low", "the shelling had killed 27 people", "the raid was carried out at dawn": a
    definite event noun (the, this, that) as the subject of a clause told as a fact, in the past or present, with no
    modal, negation or condition, is the act told before (not what it is judged to be: `JUDGING_CLAUSES`)."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX") \
            or verb.lemma_.lower() in JUDGING_CLAUSES | BEGINNING_VERBS or not any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in children_of(noun)):
        return False
    children = list(children_of(verb))
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or (verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP") for c in children))
    return finite and not any(c.tag_ == "MD" or c.dep_ == "neg" or (c.dep_ == "mark" and c.lower_ in CONDITIONS)
                              or (c.dep_ in ("acomp", "xcomp") and c.lower_ in EXPECTATIONS) for c in children)

def in_force_as_told(noun: Token, pos: str, objects: set[str], type_: str, resolver: ActorResolver) -> bool:
    """"Maduro ordered the border closed. The closure took effect at 8 p.m.": a definite measure noun with nothing of
    its own that it acts on, said to take effect, is the act of the pattern's type told before (when one side did
    acts of that type: `retold_key`), whose object condition that act met."""
    return pos == "noun" and not objects and definite(noun) and takes_effect_as_told(noun) \
        and retold_key(noun, type_, resolver) is not None

def takes_effect_as_told(noun: Token) -> bool:
    """"The closure took effect at 8 p.m.": a measure said to start applying, with no modal ("will take effect"
    may not), is the measure told before, now in force."""
    verb = noun.head
    return noun.dep_ == "nsubj" and (measure := takes_effect(verb)) is not None and measure.i == noun.i \
        and not any(c.tag_ == "MD" for c in children_of(verb))

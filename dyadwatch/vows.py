"""Stage 4, events: what a vow promises, and what an order asks (used by `events.py`). The lexicon's fallback for
"vow" is THREATEN (a bare "vowed to ..." in international news is mostly defiance); these readings find the vows
that promise help instead.

- "Vowed to unconditionally support Russia's position": the infinitive is a cooperative act, coded by itself; the
  vow threatens nothing.
- "Russia and North Korea will build new payment channels, as Putin has vowed": a vow told as a comment on its
  main clause vows that clause; a cooperative one makes the vow a promise (AGREE).
- "Told Britain to withdraw its envoy", "ordered Latvia to pay": an order one state gives another asks it (REQUEST),
  unless what it orders is an act coded by itself (`told_to_act` finds what is ordered, `ordered_another`
  keeps the orders given to another side).
- "Ordered the carrier to the region": an order that sends something to a place, with no act to do there, is the
  deployment (`sent_by_order`).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .lexicon import Lexicon
from .parsetree import children_of, marked_infinitive, negated
from .roles import is_passive, particle_of

if TYPE_CHECKING:
    from .events import Predicate

__all__ = ["COOPERATIVE", "COURT_WORDS", "court_order", "ordered_another", "sent_by_order", "told_to_act", "vowed_help",
           "vows_its_main_clause"]

# the acts a vow can promise (and a refusal can refuse)
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
COMMENT_MARKS = frozenset({"as", "like"})  # "as Putin has vowed", "like he promised"
CONTENT_DEPS = frozenset({"dobj", "xcomp", "ccomp"})  # a vow that names what it vows
ORDERING_VERBS = frozenset({"tell", "order", "instruct", "direct"})  # with whom they order and what (`told_to_act`)
COURT_WORDS = frozenset({"court", "judge", "tribunal", "arbitrator"})  # whose orders are their rulings


def vowed_help(verb: Token, lexicon: Lexicon) -> bool:
    """"Vowed to unconditionally support Russia's position": a vow whose infinitive is a cooperative act promises
    that act (coded by the infinitive itself), it threatens nothing; "vowed to retaliate" stays a threat.
    "Warned the rulers to respect the treaty" vows nothing: the infinitive is the act of the one warned (the object),
    what the warning demands of them."""
    if any(c.dep_ in ("dobj", "dative") for c in children_of(verb)):
        return False
    for act in (c for c in children_of(verb) if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")):
        if negated(act):
            continue  # "vowed never to allow Iran to obtain the capability" is a threat
        if _cooperative(act, lexicon):
            return True
    return False


def vows_its_main_clause(verb: Token, lexicon: Lexicon) -> bool:
    """"The two will set up payment channels of their own, as Putin has vowed": a vow in an "as" clause that names
    nothing vowed vows its main clause; when that clause's act is cooperative and not denied, the vow is a promise
    ("Iran will hit back, as its leaders vowed" stays a threat)."""
    children = list(children_of(verb))
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in COMMENT_MARKS for c in children) \
            or any(c.dep_ in CONTENT_DEPS for c in children):
        return False
    main = verb.head
    return not negated(main) and _cooperative(main, lexicon)


def _cooperative(act: Token, lexicon: Lexicon) -> bool:
    """Every reading the lexicon has for the verb is a cooperative act."""
    patterns = lexicon.verb_patterns(act.lemma_.lower(), particle_of(act)) or []
    return bool(patterns) and all(p.type in COOPERATIVE for p in patterns)


def told_to_act(verb: Token) -> list[Token] | None:
    """What an order given to someone tells them to do, or None: "told Britain to withdraw its envoy", "ordered
    Latvia to pay" (an infinitive); not a court's ("the judges told both countries to ..."), nor "ordered the
    equipment to be stripped out" (a thing to be dealt with)."""
    children = list(children_of(verb))
    if verb.lemma_.lower() not in ORDERING_VERBS or not any(c.dep_ in ("dobj", "dative") for c in children) \
            or _by_a_court(children):
        return None  # (a court's order is a part of its ruling, told with the rest of it)
    # ("told Moscow that its guards must leave" reads as notice given as often as an order: not taken)
    acts = [c for c in children_of(verb) if c.dep_ == "xcomp" and marked_infinitive(c) and not is_passive(c)]
    return acts or None


def court_order(verb: Token) -> bool:
    """"The judges ordered Colombia to stop ...", "the court ordered the three men to pay ...": an order a court
    gives someone (the part of its ruling that says what they must do)."""
    children = list(children_of(verb))
    return verb.lemma_.lower() in ORDERING_VERBS and verb.pos_ == "VERB" and _by_a_court(children) \
        and any(c.dep_ in ("dobj", "dative") for c in children) \
        and any(c.dep_ == "xcomp" and marked_infinitive(c) for c in children)


def _by_a_court(children: list[Token]) -> bool:
    """The verb's subject is a court or its judges."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in COURT_WORDS for c in children)


def sent_by_order(verb: Token, event_nouns: Collection[str]) -> bool:
    """"Ordered the carrier to the region", "ordered two destroyers to the Black Sea": what is ordered goes to a
    place (a "to" phrase on the verb, no infinitive); not "ordered the closure", whose noun is the act itself."""
    if verb.lemma_.lower() != "order" or verb.pos_ != "VERB":
        return False
    children = children_of(verb)
    objects = [c for c in children if c.dep_ == "dobj"]
    return bool(objects) and all(o.lemma_.lower() not in event_nouns for o in objects) \
        and not any(c.dep_ in ("xcomp", "ccomp") for c in children) \
        and any(c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" for g in children_of(c))
                for c in children)


def ordered_another(found: Predicate | None) -> Predicate | None:
    """An order read as a request stands when the one ordered names another side ("told reporters to wait",
    "ordered its troops to withdraw" and "ordered tariffs on Colombian goods, to be raised" ask no state)."""
    own = {a.party for a in found.source if a.party} if found is not None else set()
    if found is None or found.inferred or not own:
        return None  # (a court's order: "the judges told both countries", by no state the text names)
    ordered = [(o.left_edge.idx, o.idx + len(o)) for o in children_of(found.token)
               if o.dep_ in ("dobj", "dative")]
    return found if any(a.party and a.party not in own and any(start <= a.start < end for start, end in ordered)
                        for a in found.target) else None

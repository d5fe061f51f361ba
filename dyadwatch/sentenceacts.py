"""Stage 4, events: when two coded predicates of one sentence tell one act (for events.py). A sentence gives one
event per type (and measure), parties and time: "met Kim ... and held talks" is one meeting, but "struck Kyiv on
Monday and hit Kharkiv on Thursday" is two strikes, "met Prime Minister Mikati and later held talks with Speaker
Berri" two meetings (one trip's counterparts), and an act said of "it" or counted from another clause is an act
told before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from .clauses import clause_of, shift_marker
from .lexicon import MEASURE_TYPES
from .parsetree import children_of, entities_of
from .roles import governor_of

if TYPE_CHECKING:
    from .events import Predicate

__all__ = ["Identity", "another_counterpart", "another_time", "identity"]

Identity = tuple[str, str | None, frozenset[str | None], frozenset[str | None], bool, bool]


def identity(found: Predicate) -> Identity:
    """One event per type (and measure: `MEASURE_TYPES`) and parties in a sentence; but an event noun said of "it"
    ("It was Iran's second attack on Israel, after Iran launched drones at the country in April") names an event
    told before, not the one of the sentence's other clause, and so does a clause counted from another ("fired
    missiles on Tuesday, eight days after it test-fired a new missile"): an act cannot come after itself."""
    parties = frozenset(a.party for a in found.source)
    targets = frozenset(a.party for a in found.target)
    if found.pattern.symmetric:
        parties = targets = parties | targets
    counted = shift_marker(clause_of(found.token))[0] is not None
    measure = found.pattern.mode if found.pattern.type in MEASURE_TYPES and not _spelling_out(found.token) else None
    return found.pattern.type, measure, parties, targets, _said_of_it(found.token), counted


def another_time(found: Predicate, earlier: Predicate, sent: Span) -> bool:
    """Two acts of one type and parties in one sentence are two events when each verb gives its own time and the
    times differ: "struck Kyiv on Monday and hit Kharkiv on Thursday", "met in June and again in October"."""
    own, before = _own_times(found.token, sent), _own_times(earlier.token, sent)
    return bool(own) and bool(before) and own != before


def another_counterpart(found: Predicate, earlier: Predicate) -> bool:
    """Two meetings of one sentence with people of one state are two events when each names its own counterpart:
    "met Prime Minister Mikati and later held talks with Speaker Berri" (the counterparts of one trip are met one
    by one); "met Xi and held talks with the Chinese president" names Xi twice, one meeting."""
    if found.pattern.type != "CONSULT":
        return False
    own, before = _counterparts(found), _counterparts(earlier)
    return bool(own) and bool(before) and own.isdisjoint(before)


def _counterparts(found: Predicate) -> frozenset[str]:
    """The people a meeting names on its other side (on either side of a joint one, but its own actors)."""
    actors = {a.name for a in found.source}
    met = (*found.source, *found.target) if found.pattern.symmetric else found.target
    return frozenset(a.name for a in met if a.name and a.name not in actors)


def _own_times(verb: Token, sent: Span) -> frozenset[str]:
    """The date phrases that hang on the verb itself, not on another verb of the sentence; for an event noun, on
    the verb it hangs from ("held talks with Ri last Wednesday and met Kim the following day": two meetings)."""
    if verb.pos_ in ("NOUN", "PROPN") and (governor := governor_of(verb)) is not None:
        verb = governor
    if verb.pos_ not in ("VERB", "AUX"):
        return frozenset()
    return frozenset(entity.text.lower() for entity in entities_of(sent.doc)  # (`sent.ents` reads every entity)
                     if sent.start <= entity.start and entity.end <= sent.end and entity.label_ == "DATE"
                     and _nearest_verb(entity.root, verb).i == verb.i)


def _nearest_verb(node: Token, verb: Token) -> Token:
    """The first verb (or the predicate) above a token."""
    while node.i != verb.i and node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node


def _spelling_out(verb: Token) -> bool:
    """A participle that tells what the clause's measure consists of: "imposed sanctions, banning trade in arms"."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG"


def _said_of_it(noun: Token) -> bool:
    return noun.dep_ == "attr" and noun.head.lemma_ == "be" and any(
        c.dep_ == "nsubj" and c.lower_ in ("it", "this", "that") for c in children_of(noun.head))

"""Stage 4, events: an act someone says another side must do is a demand (for `events.py`).

"Rice said Pakistan must cooperate fully with the investigation", "Misri said Pakistan must end its support for
cross-border terrorism": the speaker asks the other side to act (REQUEST, from the speaker to the side that must),
and nothing was done yet. "We must strengthen our cooperation with Russia, Kim said" obliges the speaker's own side:
a stance, left as it is.

"Washington agreed to Seoul's demand that the workers leave without handcuffs": agreeing to what the other side
demanded is yielding to it (CONCEDE), not an agreement between equals.
"""

from __future__ import annotations

from spacy.tokens import Token

from .actors import ActorResolver
from .parsetree import children_of
from .records import Actor
from .roles import governor_of, subjects

__all__ = ["demanded_by", "yields_to_a_demand"]

OBLIGING_MODALS = frozenset({"must"})
SAYING_VERBS = frozenset({"say", "tell", "insist", "declare", "state", "add", "stress", "warn", "write"})


def demanded_by(token: Token, source: list[Actor], resolver: ActorResolver) -> list[Actor]:
    """The speakers who say the predicate's own actor must do it, when they are another side; else []."""
    clause = token if token.pos_ in ("VERB", "AUX") else governor_of(token)
    if clause is None or not any(c.dep_ == "aux" and c.lower_ in OBLIGING_MODALS for c in children_of(clause)):
        return []
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in SAYING_VERBS:
        return []
    own = {a.party for a in source}
    if not own - {None}:
        return []
    return [a for s in subjects(clause.head) for a in resolver.resolve(s) if a.party and a.party not in own]


DEMAND_NOUNS = frozenset({"demand", "request", "ultimatum", "condition", "term"})


def yields_to_a_demand(verb: Token) -> bool:
    """An agreeing verb whose "to" object is a demand: "agreed to Seoul's demand", "acceded to the request"."""
    return any(o.lemma_.lower() in DEMAND_NOUNS for p in children_of(verb) if p.dep_ == "prep" and p.lower_ == "to"
               for o in children_of(p) if o.dep_ == "pobj")


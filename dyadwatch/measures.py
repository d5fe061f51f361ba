"""Stage 4, events: a measure its own side says it could take is a threat made now (for `events.py`).

"It also said it could hold in abeyance all bilateral agreements with India": Pakistan names a sanction it may
impose; the act of the day is the warning (THREATEN), as "Israel has said it would strike again" is for an
attack. "Said it will impose tariffs from Aug. 1" announces the measure itself (planned), and "warned that Tehran
could receive billions" is what someone else may do: neither is retyped.
"""

from __future__ import annotations

from spacy.tokens import Token

from .actors import ActorResolver
from .parsetree import children_of
from .records import Actor
from .roles import subjects

__all__ = ["measure_held_over", "THREATENED_MODES"]

POSSIBLE_MODALS = frozenset({"could", "might", "may"})
SAYING_VERBS = frozenset({"say", "warn", "declare", "announce", "tell", "state", "threaten", "signal"})
# the threat's mode for the measure threatened (PLOVER THREATEN modes)
THREATENED_MODES = {("SANCTION", "discontinue"): "relations", ("SANCTION", "expel"): "expel",
                    ("COERCE", "restrict"): "restrict", ("COERCE", "ban"): "ban", ("COERCE", "arrest"): "arrest"}


def measure_held_over(verb: Token, source: list[Actor], resolver: ActorResolver) -> bool:
    """The measure's verb is what its own actor says it could do: "said it could hold in abeyance ...", "warned
    it might expel the envoys"."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SAYING_VERBS:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in POSSIBLE_MODALS for c in children_of(verb)):
        return False
    speakers = list(subjects(verb.head))
    if {a.party for s in speakers for a in resolver.resolve(s)} & {a.party for a in source} - {None}:
        return True
    # "It said it could ...": the same pronoun for the speaker and the doer is one side
    doers = {s.lower_ for s in subjects(verb) if s.pos_ == "PRON"}
    return bool(doers & {s.lower_ for s in speakers if s.pos_ == "PRON"})

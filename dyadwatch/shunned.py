"""Acts others are told to keep from, for `events.py`: "advised its citizens to avoid travelling to Japan", "urged
students to refrain from visiting Japan". The act under such a verb is advice's content, not done; the telling verb
is the event, if any. An avoiding told as done ("have avoided criticising Moscow") stays: gold codes it as the act
negated."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["SHUNNING", "shunned"]

# verbs whose gerund or infinitive complement is an act not done
SHUNNING = frozenset({"avoid", "refrain", "shun", "forgo", "forego"})
TOLD_DEPS = frozenset({"xcomp", "ccomp"})  # the avoiding verb is itself what someone is told or urged to do


def shunned(token: Token) -> bool:
    """The predicate is what a verb of avoiding, itself told or urged, keeps from happening: "to avoid [travelling]
    to Japan" (an xcomp), "to refrain from [visiting]" (the object of its "from")."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    head = token.head
    if token.dep_ == "pcomp" and head.lower_ == "from":
        head = head.head
    elif token.dep_ != "xcomp":
        return False
    return head.i != token.i and head.lemma_.lower() in SHUNNING and head.dep_ in TOLD_DEPS

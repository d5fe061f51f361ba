"""A country named before a gathering held in it: "promised at the Singapore summit" was said where the summit met;
Singapore is no side of the promise, nor of the summit (the capitals are in actors._names_an_accord)."""

from __future__ import annotations

from spacy.tokens import Token

from .parsetree import children_of

__all__ = ["GATHERING_NOUNS", "hosted_gathering"]

# gatherings named after where they met; not "talks" or "deal" ("the Iran talks" are talks with Iran)
GATHERING_NOUNS = frozenset({"summit", "meeting", "conference", "forum"})
# the preposition says when or where something was done, with the gathering as its time or place
AROUND_PREPS = frozenset({"at", "during", "after", "before", "since", "on", "from", "following", "ahead"})


def hosted_gathering(last: Token) -> bool:
    """`last`, the last word of a country's name, is the only name before a gathering noun that is itself the object
    of a time or place word ("at the Singapore meeting", "after the Hanoi summit"); not "the U.S.-Russia summit"
    nor "the Putin-Trump meeting"."""
    noun = last.head
    if last.dep_ != "compound" or noun.lemma_.lower() not in GATHERING_NOUNS or noun.dep_ != "pobj":
        return False
    if noun.head.lower_ not in AROUND_PREPS:
        return False
    names = [c for c in children_of(noun) if c.dep_ in ("compound", "nmod", "amod") and c.pos_ == "PROPN"]
    return names == [last] and "-" not in last.text and all(t.pos_ != "PROPN" for t in last.lefts)

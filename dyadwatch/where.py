"""Where: the place of one coded predicate, from an "in"/"at" phrase attached to its clause or arguments."""

from __future__ import annotations

from spacy.tokens import Token

from .actors import ActorResolver
from .events import role_tokens
from .records import Place
from .when import distance

__all__ = ["event_place"]

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def event_place(token: Token, chain: list[Token], resolver: ActorResolver) -> Place | None:
    candidates: list[Token] = []
    # "met Kim in Vladivostok": the parser often hangs the location on the last argument
    arguments = role_tokens(token, "obj") + [o for c in token.children if c.dep_ == "prep" for o in c.children
                                             if o.dep_ == "pobj"]
    for link in [*chain, *arguments]:
        for child in link.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "at"):
                candidates.extend(o for o in child.children if o.dep_ == "pobj")
    for obj in sorted(candidates, key=lambda o: distance(token, o)):
        place = _place_from(obj, resolver)
        if place:
            return place
    return None


def _place_from(obj: Token, resolver: ActorResolver) -> Place | None:
    entity = next((e for e in resolver.entities if e.start <= obj.i < e.end and e.label_ in PLACE_LABELS), None)
    if entity is None:
        return None
    meaning = resolver.mention_actor(entity.start, entity.end)
    return Place(entity.text, meaning.country if meaning else None)

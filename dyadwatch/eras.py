"""Stage 5, context: the state a country was, at the date of an act. Essays name the Soviet Union's acts "Russia's"
("In 1961 Russia signed a treaty with Pyongyang"), and a pair guessed from an article about Russia today carries
RUS back into the Cold War. An act dated wholly inside the Soviet era, in a text that names the Soviet state, is the
Soviet Union's (SUN). Before 1922 and after 1991 Russia stays Russia.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from .dates import date_span
from .records import Actor

__all__ = ["of_their_era"]

# a continuing state -> (its predecessor, the predecessor's first and last day)
PREDECESSORS = {"RUS": ("SUN", date(1922, 12, 30), date(1991, 12, 25))}


def of_their_era(actors: tuple[Actor, ...], when: str | None, named: set[str]) -> tuple[Actor, ...]:
    """The actors as the states of the act's date: a continuing state's actor is its predecessor's when the date
    lies wholly in the predecessor's time and the text names the predecessor (`named`: the codes it mentions)."""
    span = date_span(when) if when else None
    if span is None:
        return actors
    return tuple(_predecessor(a, span, named) or a for a in actors)


def _predecessor(actor: Actor, span: tuple[date, date], named: set[str]) -> Actor | None:
    if actor.country not in PREDECESSORS or actor.org or actor.name:
        return None  # (a person keeps the state of the role the knowledge base dates)
    code, first, last = PREDECESSORS[actor.country]
    if code not in named or not first <= span[0] <= span[1] <= last:
        return None
    return replace(actor, country=code)

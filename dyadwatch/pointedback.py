"""Stage 5, context: a time the text points back to, for `when.py`.

"At the time, Ottawa expelled Rai" is the last time the sentence before names (`at_that_time`); "Under that deal,
China agreed to ..." is the deal the sentence before told, at the time it names (`under_that_deal`).
"""

from __future__ import annotations

from spacy.tokens import Token

from .clauses import bare_time, clause_of
from .dates import NARRATIVE, ResolvedDate, resolve_date
from .parsetree import children_of
from .storydates import Story, story_day, times_before

__all__ = ["at_that_time", "under_that_deal", "DEALS"]


def at_that_time(token: Token, story: Story) -> ResolvedDate | None:
    """"... since September last year, when Trudeau alleged ... At the time, Ottawa expelled Rai": "at the time"
    is the last time the sentence before names."""
    clause = clause_of(token)
    if not any(c.dep_ == "prep" and c.lower_ == "at" and any(bare_time(o) for o in children_of(c))
               for c in children_of(clause)):
        return None
    for entity in times_before(token, story):
        resolved = resolve_date(entity.text, story.published, False, story_day(entity.root, story))
        if resolved is not None:
            return ResolvedDate(resolved.value, resolved.precision, f"at the time ({entity.text})",
                                "relative to the text")
    return None


DEALS = frozenset({"deal", "agreement", "accord", "pact", "treaty", "understanding", "declaration"})


def under_that_deal(token: Token, story: Story) -> ResolvedDate | None:
    """"... the agreement reached after Xi and Biden met at Woodside in November 2023. Under that deal, China agreed
    to crack down on ...": "under that deal" is the deal the sentence before told, at the time it names."""
    deals = [o for c in children_of(clause_of(token)) if c.dep_ == "prep" and c.lower_ == "under"
             for o in children_of(c)
             if o.dep_ == "pobj" and o.lemma_.lower() in DEALS
             and any(d.dep_ == "det" and d.lower_ in ("that", "this") for d in children_of(o))]
    if not deals:
        return None
    for entity in times_before(token, story):
        resolved = resolve_date(entity.text, story.published, False, story_day(entity.root, story))
        if resolved is not None and resolved.reason != NARRATIVE:
            return ResolvedDate(resolved.value, resolved.precision, f"under that deal ({entity.text})",
                                "relative to the text")
    return None

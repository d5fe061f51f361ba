"""Stage 5, context: times counted from another time or act ("weeks after", "a day before the clashes"), for
`when.py`.

A count before "after"/"before" says how far the act it hangs on is from another; it is no time of its own clause
(`counts_a_shift`). Weeks counted from a time told by its month fall within two months of it
(`weeks_from_a_month`). The parse may hang the "before" phrase on the count itself ("A day before the clashes,
Thailand expelled ...": "before" under "day"), where the act counted from is found too (`count_before_an_act`).
"""

from __future__ import annotations

import re

from dateutil.relativedelta import relativedelta
from spacy.tokens import Token

from .clauses import NOUN_POS, SHIFT_MARKS
from .dates import ResolvedDate, first_day
from .parsetree import children_of

__all__ = ["counts_a_shift", "weeks_from_a_month", "count_before_an_act", "counted_text", "first_in"]

NOT_COUNTS = frozenset({"last", "next", "this", "that", "same", "previous", "following"})
WEEKS = re.compile(r"\bweeks\b", re.I)


def counts_a_shift(root: Token) -> bool:
    """"days after Israel struck": a count of how long after (or before) is the shift's to read, not a time; "last
    month after Taiwan opened ..." is a time."""
    doc = root.doc
    if root.dep_ != "npadvmod" or root.i + 1 >= len(doc) or doc[root.i + 1].lower_ not in SHIFT_MARKS:
        return False
    return not any(c.lower_ in NOT_COUNTS for c in children_of(root))


def weeks_from_a_month(count: str, marker: Token, base: ResolvedDate | None) -> ResolvedDate | None:
    """"took over the corridor in late May, weeks after they seized the crossing": weeks before a month is within
    the two months before it or that month itself (March to May); after it, that month or the two after."""
    if base is None or base.precision != "month" or not WEEKS.search(count):
        return None
    month = first_day(base.value)
    if SHIFT_MARKS[marker.lower_] < 0:
        first, last = month - relativedelta(months=2), month
    else:
        first, last = month, month + relativedelta(months=2)
    return ResolvedDate(f"{first:%Y-%m}/{last:%Y-%m}", "range", f"{count} {marker.text}", "relative to the text")


def count_before_an_act(verb: Token) -> list[tuple[Token, list[Token]]]:
    """"A day before the clashes, Thailand expelled ...": the parse hangs "before the clashes" on "day", the count
    of the verb; the marker with the acts it names, as `clauses.acts_counted_from` gives them."""
    found = []
    for count in (c for c in children_of(verb) if c.dep_ == "npadvmod"):
        for marker in (c for c in children_of(count) if c.dep_ == "prep" and c.lower_ in SHIFT_MARKS):
            acts = [c for c in children_of(marker) if c.dep_ == "pobj" and c.pos_ in NOUN_POS]
            if acts:
                found.append((marker, acts))
    return found


def counted_text(marker: Token) -> str:
    """The count a marker hangs on, as written ("A day" of "A day before the clashes"); "" when it hangs on none."""
    count = marker.head
    if count.dep_ != "npadvmod" or count.i >= marker.i:
        return ""
    return count.doc[count.left_edge.i:marker.i].text


def first_in(root: Token) -> bool:
    """"Putin's first visit to the United States in a decade": the stretch since the last such act, not when this
    one was (which a vague "in a decade" would otherwise leave open)."""
    if root.dep_ != "pobj" or root.head.lower_ not in ("in", "for"):
        return False
    holder = root.head.head
    for _ in range(3):  # the noun or verb the "first" is said of, a step or two above the stretch
        if any(c.lower_ in ("first", "last") for c in children_of(holder)):
            return True
        if holder.head.i == holder.i:
            break
        holder = holder.head
    return False

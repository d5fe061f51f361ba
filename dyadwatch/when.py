"""When: the date of one coded predicate, from the date expressions of its sentence or the publication date.

The date expression nearest the predicate in the parse wins; with none, past or present reporting takes the
publication date (reason "publication date"), and undated background in a paragraph about another period, or a
planned or hypothetical event, stays null rather than wrong. `dates.py` resolves the expressions themselves.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from .dates import ResolvedDate, resolve_date

__all__ = ["event_date", "distance"]

PAST_OR_PRESENT_TAGS = frozenset({"VBD", "VBN", "VBZ", "VBP"})


def event_date(token: Token, sent: Span, published: str | None, modality: str,
          entities: tuple[Span, ...]) -> ResolvedDate | None:
    anchor = date.fromisoformat(published) if published else None
    dates = [e for e in entities if e.label_ == "DATE" and sent.start <= e.start < sent.end]
    candidates = sorted(dates, key=lambda e: distance(token, e.root))
    for entity in candidates:
        resolved = resolve_date(entity.text, anchor)
        if resolved is not None:
            return resolved
    if anchor is None or modality in ("planned", "hypothetical"):
        return None
    if _tense_token(token).tag_ not in PAST_OR_PRESENT_TAGS or _paragraph_is_about_the_past(sent, anchor, entities):
        return None
    return ResolvedDate(anchor.isoformat(), "day", "", "publication date")


def _tense_token(token: Token) -> Token:
    """The verb that carries tense for a predicate (a noun predicate's governing verb)."""
    current = token
    while current.pos_ not in ("VERB", "AUX") and current.head.i != current.i:
        current = current.head
    return current


def _paragraph_is_about_the_past(sent: Span, anchor: date, entities: tuple[Span, ...]) -> bool:
    """True when the paragraph, up to this sentence, names an explicit date more than a year before publication."""
    text = sent.doc.text
    start = text.rfind("\n\n", 0, sent.start_char)
    for entity in entities:
        if entity.label_ == "DATE" and start < entity.start_char < sent.end_char:
            resolved = resolve_date(entity.text, anchor)
            if resolved and resolved.value[:4].isdigit() and int(resolved.value[:4]) < anchor.year - 1:
                return True
    return False


def distance(a: Token, b: Token) -> int:
    """Edges between two tokens in the dependency tree."""
    up_a = {t.i: n for n, t in enumerate([a, *a.ancestors])}
    for n, t in enumerate([b, *b.ancestors]):
        if t.i in up_a:
            return n + up_a[t.i]
    return 1000

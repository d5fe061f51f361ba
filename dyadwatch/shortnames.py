"""Stage 3, actors: the short names an article gives a body it named in full.

- "the Allied Democratic Forces (ADF)": initials in brackets after a body the knowledge base knows by its full name
  mean that body for the rest of the article, even initials left out of the knowledge base because they are
  shared;
- "Iran's Revolutionary Guards fired ... The Guards said": "the" and the last word of a body's name, capitalised,
  after the body was named (unless two bodies named end with that word: "the Ministry" of two countries).
"""

from __future__ import annotations

from spacy.tokens import Doc

__all__ = ["short_names"]

Mention = tuple[int, int, str, str]
BODY_KINDS = frozenset({"agency", "organisation"})  # (a country or a person is not named by initials in brackets)


def short_names(doc: Doc, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """The mentions, with every later use of a short name the article gave a body named in full."""
    taken = {i for m in mentions for i in range(m[0], m[1])}
    found = _initials_used(doc, mentions, taken) + _last_words_used(doc, mentions, taken)
    if not found:
        return mentions
    return tuple(sorted({*mentions, *found}))


def _initials_used(doc: Doc, mentions: tuple[Mention, ...], taken: set[int]) -> list[Mention]:
    defined: dict[str, tuple[str, str]] = {}
    for start, end, kind, key in mentions:
        if kind in BODY_KINDS and end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" \
                and end + 1 not in taken and _initials_of(doc[end + 1].text, doc[start:end].text):
            defined.setdefault(doc[end + 1].text, (kind, key))
    return [(t.i, t.i + 1, *defined[t.text]) for t in doc if t.text in defined and t.i not in taken]


def _last_words_used(doc: Doc, mentions: tuple[Mention, ...], taken: set[int]) -> list[Mention]:
    """"the Guards" after "the Revolutionary Guards": each use after the body's first mention."""
    bodies: dict[str, set[tuple[str, str]]] = {}
    first: dict[str, int] = {}
    for start, end, kind, key in mentions:
        last = doc[end - 1]
        if kind in BODY_KINDS and end - start > 1 and last.is_alpha and last.is_title:
            bodies.setdefault(last.text, set()).add((kind, key))
            first.setdefault(last.text, end)
    return [(t.i, t.i + 1, *next(iter(bodies[t.text]))) for t in doc
            if t.text in bodies and len(bodies[t.text]) == 1 and t.i >= first[t.text] and t.i not in taken
            and t.i > 0 and doc[t.i - 1].lower_ == "the"]


def _initials_of(short: str, name: str) -> bool:
    """"ADF" abbreviates "Allied Democratic Forces": capitals only, the name's first capital first, and every
    letter found in order among the name's capitals."""
    if len(short) < 2 or not short.isalpha() or not short.isupper():
        return False
    capitals = iter(c for c in name if c.isupper())
    return next(capitals, "") == short[0] and all(letter in capitals for letter in short[1:])

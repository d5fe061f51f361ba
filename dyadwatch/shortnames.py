"""Stage 3, actors: the short names an article gives a body it named in full, and the abbreviations two bodies
share settled by the article ("RSF" is Sudan's Rapid Support Forces where Sudan is named).

- "the Allied Democratic Forces (ADF)": initials in brackets after a body the knowledge base knows by its full name
  mean that body for the rest of the article, even initials left out of the knowledge base because they are
  shared;
- "Iran's Revolutionary Guards fired ... The Guards said": "the" and the last word of a body's name, capitalised,
  after the body was named (unless two bodies named end with that word: "the Ministry" of two countries).
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span

from .knowledge import COUNTRY_KINDS, Agency, KnowledgeBase
from .parsetree import tokens_of, tokens_with

__all__ = ["settled_abbreviations", "short_names"]

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
    if not defined:
        return []  # (most articles: no token is looked at again)
    return [(t.i, t.i + 1, *defined[t.text]) for t in tokens_with(doc, ORTH, defined) if t.i not in taken]


def _last_words_used(doc: Doc, mentions: tuple[Mention, ...], taken: set[int]) -> list[Mention]:
    """"the Guards" after "the Revolutionary Guards": each use after the body's first mention."""
    bodies: dict[str, set[tuple[str, str]]] = {}
    first: dict[str, int] = {}
    for start, end, kind, key in mentions:
        last = doc[end - 1]
        if kind in BODY_KINDS and end - start > 1 and last.is_alpha and last.is_title:
            bodies.setdefault(last.text, set()).add((kind, key))
            first.setdefault(last.text, end)
    if not bodies:
        return []
    tokens = tokens_of(doc)  # (the doc's own Token objects while it is coded, not a new one per word)
    return [(t.i, t.i + 1, *next(iter(bodies[t.text]))) for t in tokens_with(doc, ORTH, bodies)
            if len(bodies[t.text]) == 1 and t.i >= first[t.text] and t.i not in taken
            and t.i > 0 and tokens[t.i - 1].lower_ == "the"]


def _initials_of(short: str, name: str) -> bool:
    """"ADF" abbreviates "Allied Democratic Forces": capitals only, the name's first capital first, and every
    letter found in order among the name's capitals."""
    if len(short) < 2 or not short.isalpha() or not short.isupper():
        return False
    capitals = iter(c for c in name if c.isupper())
    return next(capitals, "") == short[0] and all(letter in capitals for letter in short[1:])


def settled_abbreviations(doc: Doc, kb: KnowledgeBase) -> tuple[Mention, ...]:
    """The article's knowledge-base mentions, with an abbreviation two entries share given to the agency it means
    here: "RSF" is Sudan's Rapid Support Forces in an article that names Sudan (or the force in full) and does not
    name Reporters Without Borders in full."""
    mentions: tuple[Mention, ...] = doc._.kb_mentions
    shared = {m for m in mentions if _text_of(doc, m) in kb.shared_agency_names}
    if not shared:
        return mentions
    settled = []
    for mention in mentions:
        agency = kb.agencies.get(kb.shared_agency_names.get(doc[mention[0]:mention[1]].text, ""))
        if mention in shared and agency is not None and _agency_meant(doc, mentions, mention, agency):
            mention = (mention[0], mention[1], "agency", agency.name)
        settled.append(mention)
    return tuple(settled)


def _text_of(doc: Doc, mention: Mention) -> str:
    """A mention's text, asked of every mention of every article: a one-word mention's (most) is its word's, with no
    Span made; a longer one's Span is made directly, not by slicing the doc (which normalises the slice first)."""
    start, end = mention[0], mention[1]
    return doc[start].text if end - start == 1 else Span(doc, start, end).text


def _agency_meant(doc: Doc, mentions: tuple[Mention, ...], abbreviation: Mention, agency: Agency) -> bool:
    short = doc[abbreviation[0]:abbreviation[1]].text
    others = [m for m in mentions if doc[m[0]:m[1]].text != short]
    if any(m[2:] == abbreviation[2:] for m in others):
        return False  # the other entry named in full ("Reporters Without Borders (RSF)")
    return any(m[2:] == ("agency", agency.name) for m in others) or any(
        m[2] in COUNTRY_KINDS and (m[3] == agency.country or m[3] in agency.cues) for m in others)

"""Stage 5, context: who tells a predicate's clause, and in what mood, from the dependency parse.

- the verb of saying a predicate is told under ("..., officials said"; "Kim told Putin that ..."; "according to");
- mood, for `events.py`: an indirect question ("whether ..."), an indicative (not a subjunctive) that-clause, a
  modal of possibility ("could", "may", "might").
The verbs of saying are `context.yaml`'s. `clauses.py` reads a clause's time.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from .parsetree import VERB_POS, children_of
from .resources import load_yaml

__all__ = ["reporter_of", "reporting_verbs", "indirect_question", "indicative", "possibility"]

QUESTION_WORDS = frozenset({"whether", "if", "why", "how", "what", "when", "who", "where", "which"})
POSSIBILITY_MODALS = frozenset({"could", "may", "might"})
WARNING_VERBS = frozenset({"warn", "caution", "predict"})  # "warned that any attack would ...": told then


def _relative_clause(token: Token) -> bool:
    """"the United States, which have never confirmed ...": told by nobody the sentence names; but "a banquet, where
    Shoigu praised ..." is part of what is told, and so is a that-clause the model hung on a noun."""
    return token.dep_ == "relcl" and not any(c.lower_ in ("where", "when") for c in children_of(token)) \
        and not _misread_complement(token)


def _misread_complement(clause: Token) -> bool:
    """"Shoigu told reporters after the talks that Pyongyang would send ...": a clause with the complementizer
    "that" and a subject of its own, read as a relative clause of the noun before it. A relative "that" stands
    for the noun (subject or object), so it is no "mark"."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(clause)) \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(clause))


def reporter_of(token: Token, sent: Span) -> Token | None:
    """The verb of saying the predicate is told under ("..., officials said"; "Kim told Putin that ..."), or the
    sentence's root when an "according to" phrase vouches for it."""
    current = token
    while current.head.i != current.i and not _relative_clause(current):
        child, current = current, current.head
        if child.dep_ in ("ccomp", "parataxis", "xcomp", "advcl") and current.lemma_.lower() in reporting_verbs():
            return current
        if child.dep_ == "relcl" and current.pos_ not in VERB_POS:  # a that-clause misread (_misread_complement):
            governor = next((t for t in current.ancestors if t.pos_ in VERB_POS), None)  # told by the verb of
            if governor is not None and governor.lemma_.lower() in reporting_verbs():  # its noun, if one of saying
                return governor
    if any(t.lower_ == "according" and t.i + 1 < sent.end and t.nbor().lower_ == "to" for t in sent):
        return sent.root
    return None


@lru_cache(maxsize=1)
def reporting_verbs() -> frozenset[str]:
    """The verbs of saying of `context.yaml`, with those of warning ("warned that any attack would ...")."""
    return frozenset(str(v).lower() for v in load_yaml("context.yaml")["reporting_verbs"]) | WARNING_VERBS


# -- mood ---------------------------------------------------------------------------------------------------------

def indirect_question(clause: Token) -> bool:
    """"(asked) whether the world would wait", "(asked) why Tehran ...": the clause opens with a question word."""
    first = clause.doc[clause.left_edge.i]
    return first.lower_ in QUESTION_WORDS and first.i < clause.i


def indicative(clause: Token) -> bool:
    """"(insisted) that Washington was not looking": a tensed verb or a modal, but not the subjunctive ("that the
    troops leave") or "should"."""
    words = [clause, *(c for c in children_of(clause) if c.dep_ in ("aux", "auxpass"))]
    if any(w.lower_ == "should" for w in words):
        return False
    return any(w.tag_ in ("VBD", "VBZ", "VBP", "MD") for w in words)


def possibility(clause: Token) -> bool:
    """"Tehran could receive", "deaths may follow": a modal of possibility, not of will."""
    return any(c.dep_ == "aux" and c.lower_ in POSSIBILITY_MODALS for c in children_of(clause))

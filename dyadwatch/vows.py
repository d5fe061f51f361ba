"""Stage 4, events: what a vow promises (used by `events.py`). The lexicon's fallback for "vow" is THREATEN (a bare
"vowed to ..." in international news is mostly defiance); these readings find the vows that promise help instead.

- "Vowed to unconditionally support Russia's position": the infinitive is a cooperative act, coded by itself; the
  vow threatens nothing.
- "Russia and North Korea will build new payment channels, as Putin has vowed": a vow told as a comment on its
  main clause vows that clause; a cooperative one makes the vow a promise (AGREE).
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon
from .parsetree import children_of, negated
from .roles import particle_of

__all__ = ["COOPERATIVE", "vowed_help", "vows_its_main_clause"]

# the acts a vow can promise (and a refusal can refuse)
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
COMMENT_MARKS = frozenset({"as", "like"})  # "as Putin has vowed", "like he promised"
CONTENT_DEPS = frozenset({"dobj", "xcomp", "ccomp"})  # a vow that names what it vows


def vowed_help(verb: Token, lexicon: Lexicon) -> bool:
    """"Vowed to unconditionally support Russia's position": a vow whose infinitive is a cooperative act promises
    that act (coded by the infinitive itself), it threatens nothing; "vowed to retaliate" stays a threat.
    "Warned the rulers to respect the treaty" vows nothing: the infinitive is the act of the one warned (the object),
    what the warning demands of them."""
    if any(c.dep_ in ("dobj", "dative") for c in children_of(verb)):
        return False
    for act in (c for c in children_of(verb) if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")):
        if negated(act):
            continue  # "vowed never to allow Iran to obtain the capability" is a threat
        if _cooperative(act, lexicon):
            return True
    return False


def vows_its_main_clause(verb: Token, lexicon: Lexicon) -> bool:
    """"The two will set up payment channels of their own, as Putin has vowed": a vow in an "as" clause that names
    nothing vowed vows its main clause; when that clause's act is cooperative and not denied, the vow is a promise
    ("Iran will hit back, as its leaders vowed" stays a threat)."""
    children = list(children_of(verb))
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in COMMENT_MARKS for c in children) \
            or any(c.dep_ in CONTENT_DEPS for c in children):
        return False
    main = verb.head
    return not negated(main) and _cooperative(main, lexicon)


def _cooperative(act: Token, lexicon: Lexicon) -> bool:
    """Every reading the lexicon has for the verb is a cooperative act."""
    patterns = lexicon.verb_patterns(act.lemma_.lower(), particle_of(act)) or []
    return bool(patterns) and all(p.type in COOPERATIVE for p in patterns)

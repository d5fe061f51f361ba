"""Stage 4, events: when an agreement noun is no agreement of its own sentence (for `events.py`).

- "Under the Ankara Declaration, the two leaders committed to begin talks": the deal frames the act the sentence
  tells (a pledge), and gives way to it when both are one type and parties; it was told, and dated, where it was
  made. Alone ("Under the new treaty, the two sides pledge ...", with the sides unresolved) it still stands.
- "denounced the 2018 agreement", "decided to keep the Indus Waters Treaty in abeyance": the verb undoes the deal
  (a sanction, or a rejection); the noun names what is undone, not an agreement reached.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon

__all__ = ["frames_an_act", "undone_agreement"]

AGREEING = frozenset({"AGREE", "SUPPORT"})
FRAMING_PREPS = frozenset({"under"})  # "under the deal", "under the treaty"
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})


def frames_an_act(noun: Token, lexicon: Lexicon) -> bool:
    """"Under the deal, Iran agreed to ...": an agreement noun the sentence's act is done under. One told by its
    own clause ("under agreements signed in Beijing on Tuesday") is news of its own."""
    return noun.dep_ == "pobj" and noun.head.lower_ in FRAMING_PREPS and _agreement_noun(noun, lexicon) \
        and not any(c.dep_ in ("acl", "relcl") for c in noun.children)


def undone_agreement(noun: Token, lexicon: Lexicon) -> bool:
    """An agreement noun that is the object of a verb whose first entry for it is of another type than agreeing
    ("denounced the treaty", "suspended the accord"); "signed the treaty" and "kept the agreement" are not."""
    if noun.dep_ not in OBJECT_DEPS or not _agreement_noun(noun, lexicon) or noun.head.pos_ not in ("VERB", "AUX"):
        return False
    lemma = noun.lemma_.lower()
    for pattern in lexicon.verbs.get(noun.head.lemma_.lower(), []):
        if pattern.objects is not None and lemma in pattern.objects:
            return pattern.type not in AGREEING
    return False


def _agreement_noun(noun: Token, lexicon: Lexicon) -> bool:
    patterns = lexicon.nouns.get(noun.lemma_.lower(), []) if noun.pos_ in ("NOUN", "PROPN") else []
    return bool(patterns) and all(p.type in AGREEING for p in patterns)

"""Judgements of an act told before, for `events.py`.

- A definite event noun with no party of its own ("condemned the launch", "the attack drew protests") refers back
  to the last act of its kind in the article: its actors are that act's actors (`ActorResolver.record_act`). One
  called by a name ("the Prespa agreement") is that named act, whoever did the last one.
- Saying or ruling that another side's act broke a rule ("Blinken said the launch violated U.N. Security Council
  resolutions", "the court ruled that Uganda had violated international law") accuses that side: ACCUSE from the
  speaker or judge to the violator, as "called it a violation of its borders" is. Told in the outlet's own voice,
  with no one saying it, it is a statement and no event.
"""

from __future__ import annotations

from spacy.tokens import Token

from .actors import ActorResolver
from .lexicon import Lexicon, Pattern
from .parsetree import children_of, definite
from .records import Actor
from .roles import role_tokens, subjects
from .telling import reporting_verbs

__all__ = ["VIOLATING", "earlier_act_doers", "says_a_rule_was_broken", "violation_roles"]

VIOLATING = frozenset({"violate", "breach"})
# a court's or an inquiry's finding ("the court ruled that Uganda had violated international law"): its judgement
JUDGING_VERBS = frozenset({"rule", "find", "conclude", "determine"})


def says_a_rule_was_broken(pattern: Pattern) -> bool:
    """The pattern is a speaker's accusation that another side's act broke a rule ("said the launch violated U.N.
    resolutions"): the statement is the event, the speaker its doer. Jets violating airspace are the incursion."""
    return pattern.lemma in VIOLATING and pattern.type == "ACCUSE"
OWN_PARTY_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
# "the decision", "the move" with no author: the last act done or decided (any kind), which it judges
DECISION_NOUNS = frozenset({"decision", "move", "step"})
DATES = frozenset({"DATE", "TIME"})  # "the June measures" is dated, not named


def earlier_act_doers(noun: Token, lexicon: Lexicon, resolver: ActorResolver) -> list[Actor]:
    """The actors of the act a definite event noun with no party of its own refers back to: "the launch"."""
    if noun.pos_ != "NOUN" or not definite(noun):
        return []
    if any(resolver.resolve(c) for c in children_of(noun) if c.dep_ in OWN_PARTY_DEPS):
        return []
    if noun.lemma_.lower() in DECISION_NOUNS and not _of_something(noun):
        # "Iran condemned the decision", "called the move illegal": another side's last act (not the judge's own)
        judges = {a.party for s in subjects(noun.head) for a in resolver.resolve(s)} if noun.dep_ == "dobj" else set()
        return [a for a in resolver.last_deciders() if a.party not in judges]
    patterns = lexicon.nouns.get(noun.lemma_.lower())
    if not patterns:
        return []
    if any(c.dep_ in OWN_PARTY_DEPS and c.pos_ == "PROPN" and c.ent_type_ not in DATES for c in children_of(noun)):
        return []  # "approved the Prespa agreement": a deal called by its own name, not the act told last
    # the entry a bare noun takes: its fallback if it has one ("the suspension": of something, not of attacks)
    pattern = next((p for p in patterns if p.objects is None), patterns[0])
    if pattern.symmetric and _names_a_side(noun, resolver):
        return []  # "approved the accord with Tripoli": a deal told by its other side, not the last one agreed
    return resolver.doers_of(pattern.type)


def _of_something(noun: Token) -> bool:
    """The noun tells what it is ("the decision to expel", "the move by Moscow", "the step toward talks")."""
    return any(c.dep_ in ("acl", "relcl", "prep") for c in children_of(noun))


def _names_a_side(noun: Token, resolver: ActorResolver) -> bool:
    """A joint act named with one of its sides ("the accord with Tripoli", "the talks between Seoul and Tokyo")."""
    return any(resolver.resolve(o) for o in role_tokens(noun, "prep:with") + role_tokens(noun, "prep:between"))


def violation_roles(verb: Token, lexicon: Lexicon, resolver: ActorResolver) -> tuple[list[Actor], list[Actor]]:
    """Speaker and violator of "X said [Y violated ...]", or of a judge's finding ("the court ruled that Y had
    violated ..."); nothing when no one is said to say it."""
    reporter = verb.head
    if verb.dep_ != "ccomp" or reporter.lemma_.lower() not in reporting_verbs() | JUDGING_VERBS:
        return [], []
    speakers = [a for s in subjects(reporter) for a in resolver.resolve(s)]
    violators = [a for s in subjects(verb) for a in resolver.resolve(s) or earlier_act_doers(s, lexicon, resolver)]
    return speakers, [a for a in violators if a.party not in {s.party for s in speakers}]

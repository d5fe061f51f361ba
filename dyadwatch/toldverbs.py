"""Stage 4, events: one act told by an event noun and by a verb about it (for `events.py`).

"The treaty was signed by Putin and Kim", "a declaration that Kinshasa and Kigali signed in April", "the declaration
signed in 2007 by Abe and Howard": the noun names the act, the later verb tells it, with its date and place. The
verb's event stands when it names the noun's parties or both sides, else the noun's. A verb of the noun's act that
names no party of its own ("a treaty the two countries signed in 1973", "an accord signed in April") tells the
noun's act all the same: the noun's event, with the verb as its word (`_uncoded_teller`). A relative clause about
an event noun that gives no event of its type is not the act ("the missile attack Iran launched" launches no
missile); neither is a verb matched only by a word in front of its object, an event noun of another type
(`_light_on`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .lexicon import Lexicon
from .parsetree import children_of
from .readings import effect_verbs
from .roles import acts_on_its_noun, is_passive, particle_of

if TYPE_CHECKING:
    from .events import Predicate

__all__ = ["told_by_verbs"]

INNER_PREPS = frozenset({"of", "on", "between", "with", "for", "over"})  # "a deal on X", "the treaty between A and B"
UNDONE_MARKS = frozenset({"if", "unless", "whether", "to"})  # "a deal to be signed", "if the accord is signed"


def told_by_verbs(coded: list[Predicate], lexicon: Lexicon) -> list[Predicate]:
    """The coded predicates of one sentence with each act told by a noun and a verb about it kept once (see the
    module's docstring)."""
    by_token = {found.token.i: found for found in coded}
    dropped = set()
    for noun in coded:
        for verb in (by_token[v.i] for v in telling_verbs(noun.token) if v.i in by_token):
            # ("the talks, mediated by the EU": a mediation is another act than the talks it brokers)
            if verb.pattern.type != noun.pattern.type \
                    or (verb.token.dep_ == "acl" and verb.pattern.mode != noun.pattern.mode):
                continue
            both = all(any(a.party for a in side) for side in (verb.source, verb.target))
            dropped.add(id(noun) if both or _parties(noun) <= _parties(verb) else id(verb))
    for verb in coded:
        kinds = {p.type for p in lexicon.nouns.get(verb.token.head.lemma_.lower(), ())}
        # ("the embargo that Washington demanded": asking for the noun's act is an act of its own)
        if kinds and verb.pattern.type not in kinds and verb.pattern.type != "REQUEST" and acts_on_its_noun(verb.token):
            dropped.add(id(verb))
        if any(_light_on(verb, noun, lexicon) for noun in coded):
            dropped.add(id(verb))
    kept = [found for found in coded if id(found) not in dropped]
    return [_told_by_its_verb(found, by_token, lexicon) for found in kept]


def _told_by_its_verb(noun: Predicate, by_token: dict[int, Predicate], lexicon: Lexicon) -> Predicate:
    """The noun's event, with the verb that tells it as its word when that verb names no party of its own (and so
    was not coded): "a treaty the two countries signed in 1973" is the signing, in 1973."""
    teller = _uncoded_teller(noun, by_token, lexicon)
    return noun if teller is None else replace(noun, token=teller)


def _uncoded_teller(noun: Predicate, by_token: dict[int, Predicate], lexicon: Lexicon) -> Token | None:
    """A later verb done to the noun, not coded, whose lexicon entry for the noun as its object is the noun's act
    (its type and mode: "signed" for a treaty, not "hosted" for a meeting nor "brokered" for talks), told as done
    (not "a deal to be signed", "an accord never signed")."""
    lemma = noun.token.lemma_.lower()
    for verb in telling_verbs(noun.token) + _hung_lower(noun.token):
        if verb.i in by_token or verb.pos_ not in ("VERB", "AUX") or not _told_as_done(verb) \
                or (verb.dep_ == "relcl" and not acts_on_its_noun(verb) and not is_passive(verb)):
            continue  # ("fighting that has killed 35 people": what the noun's act did, another act)
        if any(p.type == noun.pattern.type and p.mode == noun.pattern.mode and p.objects and lemma in p.objects
               for p in lexicon.verb_patterns(verb.lemma_.lower(), particle_of(verb)) or ()):
            return verb
    return None


def _hung_lower(noun: Token) -> list[Token]:
    """Participles and relative clauses the parse hangs on a noun inside the noun's own phrase: "an agreement on
    the protection of domestic workers [signed] in April" (the nearest noun, the workers, is not what was signed;
    `_uncoded_teller` asks that the noun be the verb's object in the lexicon)."""
    found = []
    for prep in (c for c in children_of(noun) if c.dep_ == "prep" and c.lower_ in INNER_PREPS):
        for inner in (o for o in children_of(prep) if o.dep_ == "pobj"):
            found += [c for c in children_of(inner) if c.dep_ == "relcl" or (c.dep_ == "acl" and c.tag_ == "VBN")]
            found += _hung_lower(inner)
    return found


def _told_as_done(verb: Token) -> bool:
    return not any(c.dep_ == "neg" or c.tag_ == "MD" or c.lower_ in UNDONE_MARKS or c.lower_ in ("never", "yet")
                   for c in children_of(verb))


def _light_on(verb: Predicate, noun: Predicate, lexicon: Lexicon) -> bool:
    """The verb matched only by a word in front of its object, an event noun of another type: "launched missile
    and drone strikes" is the strikes, not a launch of missiles (the model often reads "drone" there as a second
    verb, with "strikes" its object)."""
    objects, head = verb.pattern.objects, noun.token.head
    # (a word the model read as a verb joined to it, in a bare form; a past or participle there is a verb of its own:
    # "postponed talks on a loan and imposed fees" imposes, the postponement stands)
    if head.dep_ == "conj" and head.head.i == verb.token.i and head.lemma_.lower() not in lexicon.verbs \
            and head.tag_ not in ("VBD", "VBN", "VBG", "VBZ"):
        head = head.head
    return (head.i == verb.token.i and noun.token.dep_ == "dobj" and objects is not None
            and noun.pattern.type != verb.pattern.type and noun.token.lemma_.lower() not in objects)


def telling_verbs(noun: Token) -> list[Token]:
    """The later verbs that tell a noun's act: a passive it is the subject of, a relative clause or a participle on
    it ("the declaration signed in 2007 by Abe and Howard")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return []
    verbs = [c for c in children_of(noun) if c.dep_ == "relcl" or (c.dep_ == "acl" and c.tag_ == "VBN")] \
        + ([noun.head] if noun.dep_ == "nsubjpass" else []) + effect_verbs(noun)
    return [v for v in verbs if v.i > noun.i]


def _parties(found: Predicate) -> set[tuple[str, str | None]]:
    return {(side, a.party) for side, actors in (("source", found.source), ("target", found.target))
            for a in actors if a.party}

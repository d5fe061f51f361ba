"""Stage 4, events: the side a sentence leaves unnamed (used by `events.py`).

- A recipient named inside the predicate's own arguments: "shot down 41 Ukrainian drones", "hit a refinery in
  Russia's Ryazan region", "sent troops to the Kursk region" (the country of a gazetteer place).
- One side named and the other implicit ("Seoul protested"): the counterpart in the sentence, or the article's main
  pair; marked as inferred. Captives freed with no one named as freeing them are freed by whoever the participle on
  them says held them ("aid workers held by the rebels were released").
- Symmetric relations: coordinated actors split ("Putin and Kim signed"); an agreement noun with no parties takes
  the countries of its sentence, else the pair discussed just before.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Span, Token

from .actors import ActorResolver
from .bystanders import in_proceedings
from .clauses import clause_of, infinitive
from .eventnouns import judged_act
from .geocode import REGION_WORDS, lookup, normalise
from .hardware import STRUCK_TYPES, aim_phrases, is_hardware, shows_weapons
from .lexicon import Pattern, load_lexicon
from .parsetree import children_of, definite, sentence_before
from .phrases import WATER_WORDS, unique_parties
from .pronouns import parallel_subject
from .records import Actor
from .resources import load_yaml
from .roles import RELATIVE_PRONOUNS, governor_of, reacted_to_after, role_tokens, subjects

__all__ = ["a_thing_does_it", "as_place", "implied_target", "from_discourse", "complete", "landed_in", "names_own_doer"]

REPORTING_LEMMAS = frozenset({"say", "report", "claim", "state", "announce", "tell", "add", "confirm", "estimate",
                              "believe", "assess", "reveal", "show", "indicate", "allege", "quote", "cite"})
# who blames someone for an act does not do it ("Ukraine accused separatists of shooting down the airliner")
ACCUSING_LEMMAS = frozenset({"accuse", "blame", "charge", "condemn", "denounce", "criticise", "criticize"})
SPEAKING_LEMMAS = REPORTING_LEMMAS | ACCUSING_LEMMAS  # whose subjects are who speaks (_speakers)
# where a recipient may hide when the pattern's roles name none (see implied_target)
IMPLIED_TARGET_DEPS = frozenset({"dobj", "nsubjpass", "dative"})
IMPLIED_TARGET_PREPS = frozenset({"at", "against", "on", "toward", "towards", "into", "over", "for", "to",
                                  "across", "near", "inside", "through"})
VISIT_TIME_PREPS = frozenset({"after", "before", "during", "following"})  # (_hosts_of_the_clause)
PLACE_KINDS = frozenset({"country", "demonym", "capital"})
HELPING_VERBS = frozenset({"help", "assist", "aid", "support", "reinforce", "bolster", "back"})
LOCATIVE_PREPS = frozenset({"in", "inside", "near", "across", "within"})  # where an act lands, not who it is aimed at
SETTLEMENT_WORDS = REGION_WORDS | {"town", "city", "village", "port", "settlement"}  # "the town of X"
PACT_CLASSES = ("agreement", "standing_ties")  # things a pronoun may stand for that do no act (a_thing_does_it)
THING_PRONOUNS = frozenset({"it", "this"})  # a subject that may stand for a thing (a treaty), not an actor
HELD_BY_THE_PLACE = frozenset({"COERCE"})  # acts with no doer named that the state of their place does
PRIVATE_PERSONS = frozenset({"man", "woman", "boy", "girl", "child", "family"})  # (with CVL: "citizen", "civilian")
CROWD_COUNTS = frozenset({"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "million", "millions"})
DONE_TO_PEOPLE = frozenset({"RETREAT", "COERCE", "SANCTION"})  # acts an owner may be the patient of (names_own_doer)
FREEING_TYPES = frozenset({"RETREAT"})  # captives freed by whoever held them (_holders)
# acts that show two parties on one side, and acts that show them at odds (_ally_guessed)
ALLIED_TYPES = frozenset({"AID", "COOPERATE", "SUPPORT", "AGREE"})
HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "ACCUSE", "PROTEST", "SANCTION", "REJECT"})


def implied_target(token: Token, pattern: Pattern, source: list[Actor], resolver: ActorResolver) -> list[Actor]:
    """A recipient named inside the predicate's own arguments when no role gave one: "shot down 41 Ukrainian
    drones", "hit a refinery in Russia's Ryazan region", "suspended visas for Pakistani nationals"."""
    own = {a.party for a in source} - {None}
    if not own:
        return []  # without an actor there is no event to complete
    arguments = aim_phrases(token, pattern, _slot_fillers(token, pattern))
    if pattern.type in STRUCK_TYPES:
        operated = _base_operator(arguments, own)
        if operated:
            return operated  # "launched missiles at Al Udeid Air Base in Qatar": the base is America's
    for argument in arguments:
        for word in _clause_subtree(argument):
            if word.i not in resolver.mention_at or resolver.mention_at[word.i][2] not in PLACE_KINDS:
                continue
            head = word.head if word.dep_ in ("amod", "compound", "poss", "nmod") else word
            found = [a for a in resolver.resolve(head) if a.party and a.party not in own]
            if found:
                return [as_place(found[0], head)]
    if pattern.type in STRUCK_TYPES:
        return _place_country(arguments, own, resolver)
    if pattern.type == "RETREAT" and "prep:from" in pattern.target:
        # "Russian troops have withdrawn from the city of Kherson": the country of the place left
        return _place_country([c for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "from"], own, resolver)
    if pattern.mode == "visit" and (hosts := _hosts_of_the_clause(token, own, resolver)):
        return hosts
    if pattern.type == "AID" and (helped := _helped(token, own, resolver)):
        # "sent thousands of troops to help Russia", "approved 20 million euros to support Rwanda's mission": the
        # troops or the money aid whom they are sent to help
        return helped
    if pattern.type == "AID" and pattern.mode == "military" and "prep:to" in pattern.target:
        # "send 1,000 sappers and 5,000 builders to the Kursk Region": the host is the country of the place
        holders = [token, *(o for d in children_of(token) if d.dep_ == "dobj" for o in (d, *d.conjuncts))]
        return _place_country([c for h in holders for c in children_of(h) if c.dep_ == "prep" and c.lower_ == "to"],
                              own, resolver)
    return []


def _hosts_of_the_clause(noun: Token, own: set[str | None], resolver: ActorResolver) -> list[Actor]:
    """"The junta ended the agreement after a visit by U.S. officials": a visit with no host named, told as the time
    of another act, was paid to that act's doer (the subject of the verb the "after" phrase hangs on)."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj" or noun.head.lower_ not in VISIT_TIME_PREPS \
            or noun.head.head.pos_ not in ("VERB", "AUX"):
        return []
    return [a for s in subjects(noun.head.head) for a in resolver.resolve(s) if a.party and a.party not in own][:1]


def landed_in(token: Token, pattern: Pattern, source: list[Actor], target: list[Actor],
              resolver: ActorResolver) -> list[Actor]:
    """The country an attack lands in, when the first country its arguments name is not a recipient already: "bombed
    a FARC camp inside Ecuador" (the doer's own rebels), "struck Hezbollah positions near Damascus" (another's
    fighters abroad)."""
    named = {a.party for a in target}
    return [a for a in implied_target(token, pattern, source, resolver) if a.party not in named]


def _slot_fillers(token: Token, pattern: Pattern) -> list[Token]:
    """The predicate's (and an attack noun's governing verb's) arguments where an implied recipient may be named:
    objects and the prepositions of `_implied_slots`, not a court case an attack cannot land in."""
    deps, preps = _implied_slots(pattern)
    struck = pattern.type in STRUCK_TYPES
    return [c for holder in (token, *_governing_verb(token, pattern)) for c in children_of(holder)
            if (c.dep_ in deps or (c.dep_ == "prep" and c.lower_ in preps)) and not (struck and in_proceedings(c))]


def _governing_verb(noun: Token, pattern: Pattern) -> list[Token]:
    """The verb an attack noun hangs from, when the pattern reads the noun's recipient there: "carried out strikes
    against rebels in eastern Congo" lands in Congo (an attack only: a measure "taken against" ships is read by its
    own roles)."""
    if pattern.type != "ASSAULT" or noun.pos_ not in ("NOUN", "PROPN") or not any(
            r.startswith("governor_") for r in pattern.target):
        return []
    governor = governor_of(noun)
    return [governor] if governor is not None else []


def _helped(verb: Token, own: set[str | None], resolver: ActorResolver) -> list[Actor]:
    """Whom forces are sent to help: the object of a purpose clause of helping ("sent troops to help Russia",
    "deployed soldiers to assist the Syrian army"), when it is another party."""
    for clause in children_of(verb):
        if clause.lemma_.lower() not in HELPING_VERBS or not infinitive(clause):
            continue
        for helped in (c for c in children_of(clause) if c.dep_ == "dobj"):
            found = [a for a in resolver.resolve(helped) if a.party and a.party not in own]
            if found:
                return found[:1]
    return []


def as_place(actor: Actor, head: Token) -> Actor:
    """A country named as where an act lands ("struck targets in Lebanon") is the country, not its government."""
    if head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS and actor.sector == "GOV" and not actor.name:
        return replace(actor, sector=None)
    return actor


def _place_country(arguments: list[Token], own: set[str | None], resolver: ActorResolver) -> list[Actor]:
    """The country of a named town or region an attack lands on or troops are sent to: "fired cruise missiles at a
    nuclear facility in Isfahan", "shelled Kramatorsk", "sent troops to the Kursk region" (a gazetteer place of that
    very name, not an actor or a person; a place in the actor's own country names no recipient)."""
    for argument in arguments:
        for word in _phrase_words(argument):
            # "Sisaket province", "the town of Avdiivka": named as a place by the word it hangs on
            region = (word.dep_ == "compound" and word.head.lower_ in REGION_WORDS) or (
                word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.lower_ in SETTLEMENT_WORDS)
            if word.pos_ != "PROPN" or (word.dep_ == "compound" and not region) or word.i in resolver.mention_at \
                    or word.ent_type_ in ("DATE", "TIME") or _a_water(word):
                continue  # ("annexed Crimea in March": March, Cambridgeshire is no place here)
            start = word.i
            while start > 0 and word.doc[start - 1].dep_ == "compound" and word.doc[start - 1].pos_ == "PROPN":
                start -= 1
            span = word.doc[start:word.i + 1]
            place = lookup(span.text)
            # (a name the gazetteer knows as another's spelling, "Duhok" for Dihok, only when tagged as a place or
            # named as one: "Duhok province")
            if place and place.country and place.country not in own and (
                    _names(place.name, span.text) or word.ent_type_ in ("GPE", "LOC") or region):
                return [Actor(place.country, None, None, span.text, span.start_char, span.end_char)]
    return []


def _a_water(word: Token) -> bool:
    """A sea, gulf or bay ("seized a tanker in the Gulf of Oman"): open water, no country's land, though the
    gazetteer knows its bare word as a province somewhere ("Gulf", a province of Papua New Guinea)."""
    if word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.is_title:
        word = word.head.head  # ("the Gulf of Oman": Oman names the water here, not the land)
    return word.lower_ in WATER_WORDS


def _base_operator(arguments: list[Token], own: set[str | None]) -> list[Actor]:
    """The country operating a foreign military base an argument names (`data/bases.yaml`)."""
    for argument in arguments:
        words = sorted(_phrase_words(argument), key=lambda t: t.i)
        text = " " + " ".join(normalise(w.text) for w in words) + " "
        for name, operator in _bases().items():
            if f" {name} " in text and operator not in own:
                return [Actor(operator, None, None, argument.text, words[0].idx, words[-1].idx + len(words[-1]))]
    return []


@lru_cache(maxsize=1)
def _bases() -> dict[str, str]:
    return {normalise(name): str(base["operator"]) for base in load_yaml("bases.yaml")["bases"]
            for name in base["names"]}


def _names(place: str, text: str) -> bool:
    """The text is the place's name, or the region named after it ("the Kursk Region" after the city of Kursk)."""
    words, name = normalise(text).split(), normalise(place).replace(" ", "")  # "Sisaket" is GeoNames' "Si Sa Ket"
    return name in ("".join(words), "".join(words[:-1]) if words[-1:] and words[-1] in REGION_WORDS else None)


def _phrase_words(token: Token) -> Iterator[Token]:
    """A phrase with its coordinated parts ("the Fordow and Natanz sites"), without its clauses."""
    yield token
    for child in children_of(token):
        if child.dep_ not in ("relcl", "acl", "advcl", "ccomp", "appos"):
            yield from _phrase_words(child)


def _implied_slots(pattern: Pattern) -> tuple[frozenset[str], frozenset[str]]:
    """The dependencies and prepositions of a predicate where an implied recipient may be looked for."""
    # "in X" is where an attack lands, but only where troops are stationed or talks are held
    preps = IMPLIED_TARGET_PREPS | ({"in"} if pattern.type in STRUCK_TYPES else set())
    if pattern.type in STRUCK_TYPES:
        # the act's own recipient slot may name a place, not an actor: "the annexation of Crimea", "the occupation
        # of the Golan Heights" (the country the place is in)
        preps |= {r.removeprefix("prep:") for r in pattern.target if r.startswith("prep:")}
    if not pattern.requires_target:
        return IMPLIED_TARGET_DEPS, preps
    # a required recipient hides only in the roles the pattern names: "fired missiles at a site in Iran" is an
    # attack, "fired missiles towards Japan" is not one (the next pattern, a show of force, takes it)
    named = {r.removeprefix("prep:") for r in pattern.target}
    deps = frozenset(d for d, role in (("dobj", "obj"), ("nsubjpass", "obj"), ("dative", "dative")) if role in named)
    return deps, preps & (named | {"in"})  # "hit a refinery in Russia's Ryazan region"


def from_discourse(token: Token, sent: Span, pattern: Pattern, source: list[Actor], target: list[Actor],
                    resolver: ActorResolver) -> tuple[list[Actor], list[Actor], bool]:
    """One side named and the other left implicit ("Seoul protested", "was shot down on Wednesday"): the other
    side is the counterpart in the sentence or the article's main pair. Marked as inferred (lower confidence).
    A test or launch keeps no recipient (hardware.py): the article's other country is no one it was aimed at."""
    has_source, has_target = any(a.party for a in source), any(a.party for a in target)
    if has_source == has_target or (has_source and shows_weapons(pattern)):
        return source, target, False
    if not has_source and pattern.type in HELD_BY_THE_PLACE and (held := _authority_of_place(token, target, resolver)):
        return held, target, True
    if not has_source and (names_own_doer(token, pattern) or judged_act(token, load_lexicon())
                           or reacted_to_after(token)):
        # "a minister's criticism": its doer is named, if not known; no one else's. "Iran condemned the attack on
        # the embassy": the one who judges an act is not its doer, nor is the other side of the sentence
        return source, target, False
    if not has_source and pattern.type == "ASSAULT" and _private_people(target, sent):
        return source, target, False
    if not has_source and pattern.type in FREEING_TYPES and (holders := _holders(token, target, resolver)):
        return holders, target, True
    known = (source if has_source else target)[0]
    other = resolver.counterpart(known.party, sent, _speakers(token), act=token,
                                   seek_doer=not has_source)
    if other is None or (not has_source and pattern.type == "ASSAULT" and _ally_guessed(other, known, sent, resolver)):
        return source, target, False
    # the actor keeps the text and offsets of the mention it was taken from, so it stays traceable
    if has_source:
        return source, [other], True
    sector = _unplaced_doers_sector(token, pattern, resolver)
    return [replace(other, sector=sector) if sector else other], target, True


def _holders(verb: Token, target: list[Actor], resolver: ActorResolver) -> list[Actor]:
    """"Sixteen Saudis and three Sudanese held by the rebels were released": who frees captives with no one named
    as freeing them is who held them, named by the participle on them ("held by", "detained by")."""
    named = {a.party for a in target}
    freed = [w for c in children_of(verb) if c.dep_ == "nsubjpass" for w in (c, *c.conjuncts)]
    for participle in (c for w in freed for c in children_of(w) if c.dep_ == "acl" and c.tag_ == "VBN"):
        found = [a for g in role_tokens(participle, "prep:by") for a in resolver.resolve(g)
                 if a.party and a.party not in named]
        if found:
            return found[:1]
    return []


def _other_side_not_a_state(token: Token, pattern: Pattern, resolver: ActorResolver) -> bool:
    """A joint act's other side is named in its own role, as no state or body the knowledge base knows ("the
    fight against jihadist groups", "clashes with armed men"): the sentence's or the story's other country is not
    it."""
    named = [w for role in pattern.target for w in role_tokens(token, role)]
    return bool(named) and not any(a.party for w in named for a in resolver.resolve(w))


def a_thing_does_it(verb: Token, resolver: ActorResolver) -> bool:
    """"This partnership was sealed in a treaty ... It has provided the Soviet Union with a strategic cushion": a
    subject pronoun that stands for no actor, after a sentence about a pact, stands for the pact, which does no
    act of a party (and no doer is to be guessed from the other parties named)."""
    return verb.pos_ in ("VERB", "AUX") and any(
        s.dep_ == "nsubj" and s.lower_ in THING_PRONOUNS and not any(a.party for a in resolver.resolve(s))
        and _after_a_thing(parallel_subject(s) or s, resolver) for s in subjects(verb))


def _after_a_thing(pronoun: Token, resolver: ActorResolver) -> bool:
    """The pronoun opens its sentence's main clause, and the sentence before is about an agreement or standing ties
    (lexicon classes agreement and standing_ties): "This partnership was legalized in 1961 in a treaty". (A
    statement or a presidency may speak or act for someone: "The statement noted ... It denounced Malaysia".)"""
    before = sentence_before(pronoun)
    if pronoun.head.i != pronoun.sent.root.i or before is None:
        return False
    subject = next((c for c in children_of(before.root) if c.dep_ in ("nsubj", "nsubjpass")), None)
    classes = load_lexicon().object_classes
    return subject is not None and any(subject.lemma_.lower() in classes.get(name, ()) for name in PACT_CLASSES) \
        and not any(a.party for a in resolver.resolve(subject))


def _ally_guessed(other: Actor, victim: Actor, sent: Span, resolver: ActorResolver) -> bool:
    """The attacker guessed from the article's main pair, not the sentence, is the victim's ally there: "4,700 North
    Korean soldiers had been killed" in an article on North Korea sending troops to help Russia was not Russia's
    doing. Allies: the article told one helping or backing the other, and neither acting against the other."""
    if sent.start_char <= other.start < sent.end_char or other.party is None or victim.party is None:
        return False
    pair = {other.party, victim.party}

    def between(types: frozenset[str]) -> bool:  # one of the two did an act of these types to the other
        return any(x.party in pair - {a} for t in types for a in pair for x in resolver.done_by(t, a))

    return between(ALLIED_TYPES) and not between(HOSTILE_TYPES)


def _private_people(target: list[Actor], sent: Span) -> bool:
    """"A Georgian man was shot dead in Berlin", "the killing of a Georgian citizen": an attack on private people
    with no attacker named. Nothing in the article says who did it (the country where it happened, or the one the
    sentence is about, is no guess for it)."""
    for actor in target:
        span = sent.doc.char_span(actor.start, actor.end, alignment_mode="expand")
        if actor.name or actor.org or span is None or not (
                actor.sector == "CVL" or span.root.lemma_.lower() in PRIVATE_PERSONS):
            return False
    return bool(target)


def names_own_doer(noun: Token, pattern: Pattern) -> bool:
    """An act whose owner, a noun, is its doer: "over a minister's criticism". Acts done to people may be owned by
    whom they are done to ("the pilot's release", "Santos' arrest"): no doer is named there. A "by" phrase names
    the doer of any act: "released the detainees after a visit by a U.S. envoy" is the envoy's visit."""
    doers = role_tokens(noun, "prep:by") if noun.pos_ == "NOUN" else []  # (a verb's: "by telephone", the means)
    if doers and not is_hardware(doers):  # ("strikes by F-16 jets": the weapon, not the doer)
        return True
    return pattern.type not in DONE_TO_PEOPLE and any(c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")
                                                      for c in children_of(noun))


def _authority_of_place(token: Token, target: list[Actor], resolver: ActorResolver) -> list[Actor]:
    """Who arrests, holds or tries someone with no doer named is the state where it happens: "a doctor arrested
    in Iran", "was detained at Tehran airport", "sentenced to death in Iran" (a country or a city named there)."""
    own = {a.party for a in target}
    # "detained while changing planes at Vancouver's airport", "the detention of its executive Meng in Canada"
    held = [o for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of"
            for o in children_of(c) if o.dep_ == "pobj"]
    holders = [token, *held, *(a for o in held for a in children_of(o) if a.dep_ == "appos"),
               *(c for c in children_of(token) if c.dep_ == "advcl")]
    for prep in (c for h in holders for c in children_of(h) if c.dep_ == "prep" and c.lower_ in ("in", "at")):
        for place in (o for o in children_of(prep) if o.dep_ == "pobj"):
            for word in (place, *(c for c in children_of(place) if c.dep_ in ("compound", "poss"))):
                found = [a for a in resolver.resolve(word) if a.country and a.party not in own and not a.name]
                if found:
                    return found[:1]
            if (town := _place_country([prep], own, resolver)):
                return town  # "at Vancouver's international airport": a gazetteer place
    return []


def _unplaced_doers_sector(token: Token, pattern: Pattern, resolver: ActorResolver) -> str | None:
    """"Protesters rallied outside the U.S. embassy in Seoul", "thousands marched": the doers the clause names
    without a country are people of the country guessed for them, not its government."""
    if token.pos_ == "NOUN":
        return None
    # ("Thousands protested outside ...": the small model may hang the verb on the crowd as a relative clause; a
    # protest's crowd, even as a participle: "hundreds of activists protested")
    hung = token.dep_ == "acl" and (token.tag_ == "VBD" or pattern.type == "PROTEST")
    doers = subjects(clause_of(token)) or ([token.head] if hung else [])
    for subject in doers:
        counted = role_tokens(subject, "prep:of")  # "hundreds of activists"
        for word in (*counted, subject):
            if (lemma := word.lemma_.lower()) in resolver.kb.sector_nouns:
                return resolver.kb.sector_nouns[lemma]
        if subject.lemma_.lower() in CROWD_COUNTS and not counted:
            return "CVL"
    return None


def _speakers(token: Token) -> frozenset[int]:
    """Tokens of the subjects of reporting or accusing verbs above the predicate ("the NIS estimated that ...",
    "Kyiv accused the rebels of shooting down ...")."""
    found: set[int] = set()
    for ancestor in token.ancestors:
        if ancestor.lemma_.lower() in SPEAKING_LEMMAS:
            for subject in (c for c in children_of(ancestor) if c.dep_ == "nsubj"):
                found.update(t.i for t in subject.subtree)
    return frozenset(found)


def _clause_subtree(token: Token) -> Iterator[Token]:
    """The tokens of a phrase, without the clauses inside it (a relative clause names other parties)."""
    yield token
    for child in children_of(token):
        if child.dep_ not in ("relcl", "acl", "advcl", "ccomp", "conj", "appos"):
            yield from _clause_subtree(child)


def _unplaced_partner(sent: Span, source: list[Actor], resolver: ActorResolver) -> bool:
    """A named person coordinated with a side's actor whom the resolver cannot place ("Tsipras and Zaev"): the
    other side is that person, not a country named elsewhere."""
    for actor in source:
        span = sent.doc.char_span(actor.start, actor.end, alignment_mode="expand")
        if span is None:
            continue
        for partner in span.root.conjuncts:
            if partner.ent_type_ == "PERSON" and not any(a.party for a in resolver.resolve(partner)):
                return True
    return False


COMPANION_PREPS = frozenset({"with", "alongside"})


def _companions(verb: Token, pattern: Pattern, resolver: ActorResolver) -> set[str | None]:
    """"fought with Russian troops", "fighting alongside Cuban units": parties beside the doer, where the pattern
    does not make "with" a recipient; no guess for the other side."""
    if "prep:with" in pattern.target:
        return set()
    return {a.party for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in COMPANION_PREPS
            for o in children_of(c) if o.dep_ == "pobj" for a in resolver.resolve(o)}


def _joint_act_told_before(noun: Token, type_: str, sent: Span, resolver: ActorResolver) -> list[Actor]:
    """"The agreement", "Friday's deal", "the drills", "the swap" with no party named in the phrase is the joint act
    told before: its two sides are those of the last act of its type, else the last two countries named acting
    together ("Seoul and Washington decided to deploy ... Friday's agreement could cost Seoul dearly in trade with
    China": not China), when that pair takes in a country of the sentence or the sentence names none."""
    if not _told_again(noun, resolver, named_ok=type_ != "AGREE"):
        return []
    told = unique_parties([a for a in resolver.doers_of(type_) + resolver.done_to(type_) if a.country and not a.org])
    pair = told if len(told) == 2 else resolver.recent_coordinated_pair(sent.start)
    if len(pair) != 2 or pair[0].start >= noun.idx or pair[1].start >= noun.idx:
        return []
    here = {a.party for a in resolver.countries_in(sent)}
    return pair if not here or here & {a.party for a in pair} else []


def _told_again(noun: Token, resolver: ActorResolver, named_ok: bool) -> bool:
    """The noun names an act the text has told ("the agreement", "that deal", "Friday's agreement"), not one named
    for a place or a party ("the U.S.-Japan deal"), nor, unless `named_ok`, one of its own name ("the Minsk
    agreements" may be an older accord than the one just told; "the Freedom Shield drills" are the ones told)."""
    if noun.pos_ == "PROPN" or noun.ent_type_:
        return False  # "the signing of the Treaty on Comprehensive Strategic Partnership": a document of its own name
    modifiers = [c for c in children_of(noun) if c.dep_ in ("compound", "amod", "nmod")]
    if any(c.pos_ == "PROPN" or c.ent_type_ for c in modifiers) and not (
            named_ok and not any(c.i in resolver.mention_at for c in modifiers)):
        return False
    dated = any(c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME") for c in children_of(noun))
    return dated or definite(noun)


def _other_countries(sent: Span, named: list[Actor], resolver: ActorResolver,
                     token: Token | None = None) -> list[Actor]:
    """The countries of the sentence other than the parties already named; with the act's `token`, not those of
    another act its clause is timed by (`_timing_acts`)."""
    parties = {a.party for a in named}
    apart = _timing_acts(token) + _effects_foretold(token) if token is not None else []
    return [a for a in resolver.countries_in(sent) if a.party not in parties
            and not any(start <= a.start < end for start, end in apart)]


def _topic_of_talks(verb: Token, pattern: Pattern) -> list[tuple[int, int]]:
    """The character spans of what talks are about, the direct object of a verb of talks whose partner comes with
    "with" ("discussed new sanctions against Belarus", "discussed Belarus"): no one named there is at the talks."""
    if pattern.type != "CONSULT" or "obj" in pattern.target:
        return []
    return [(words[0].idx, words[-1].idx + len(words[-1])) for topic in children_of(verb) if topic.dep_ == "dobj"
            for words in [list(topic.subtree)]]


TIMING_WORDS = frozenset({"after", "before", "since", "until", "following"})
FORETELLING_AUX = frozenset({"will", "would", "could", "can", "may", "might"})


def _effects_foretold(token: Token) -> list[tuple[int, int]]:
    """The character spans of relative clauses on an act's noun that tell what the act will do: "the agreement,
    which the premier said would let Japan focus on the Chinese threat" (China is no party to the agreement)."""
    spans = []
    for clause in (c for c in children_of(token) if c.dep_ == "relcl"):
        verbs = [clause, *(c for c in children_of(clause) if c.dep_ == "ccomp")]
        if any(_done_by_the_relative(verb) and any(c.dep_ == "aux" and c.lower_ in FORETELLING_AUX
                                                   for c in children_of(verb)) for verb in verbs):
            words = list(clause.subtree)
            spans.append((words[0].idx, words[-1].idx + len(words[-1])))
    return spans


def _done_by_the_relative(verb: Token) -> bool:
    """The relative pronoun is the verb's subject: the noun it stands for does the act ("which would allow")."""
    return any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in children_of(verb))


def _timing_acts(token: Token) -> list[tuple[int, int]]:
    """The character spans of the clauses that time the act's own clause by another act, done by a doer of its own:
    "the negotiations in Doha came a week after Washington suspended aid to Kyiv" (the two named there are the
    suspension's sides, not the talks'); not "after the premier took office" or "after the ministry said", no act."""
    own = token if token.pos_ in ("VERB", "AUX") else next(
        (a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), token)
    verbs = load_lexicon().verbs
    spans = []
    for clause in (c for c in children_of(own) if c.dep_ == "advcl"):
        if clause.lemma_.lower() not in verbs or not any(c.dep_ == "nsubj" for c in children_of(clause)) \
                or not any(c.dep_ == "mark" and c.lower_ in TIMING_WORDS for c in children_of(clause)):
            continue
        words = list(clause.subtree)
        spans.append((words[0].idx, words[-1].idx + len(words[-1])))
    return spans


def complete(sent: Span, pattern: Pattern, source: list[Actor], target: list[Actor],
              resolver: ActorResolver, signed: bool = False,
              token: Token | None = None) -> tuple[list[Actor], list[Actor], bool]:
    """Symmetric relations: "Putin and Kim signed" splits the coordinated actors; a joint act with one side named
    takes the other from its sentence; an agreement noun with no parties named in its phrase takes the countries of
    its sentence, else the pair discussed just before, and so does a verb that `signed` one ("At the summit, Kim
    signed a joint statement": with the summit's other side)."""
    if not pattern.symmetric:
        return source, target, False
    if not target and len(source) >= 2:
        return source[:1], source[1:], False
    if target and not any(a.party for a in source) and pattern.pos == "noun":
        # "The talks were held ..., with Lavrov accompanying Putin and Rubio accompanying Trump": the other side
        # is the sentence's other country
        other = _other_countries(sent, target, resolver, token)
        return (other[:1], target, True) if other else (source, target, False)
    if target:
        return source, target, False
    if token is not None and _other_side_not_a_state(token, pattern, resolver):
        return source, target, False  # "the fight against terrorist groups": no country is that other side
    if _unplaced_partner(sent, source, resolver):
        return source, target, False  # "Tsipras and Zaev announced the deal": the other side is Zaev, unknown here
    if pattern.pos != "noun" and not signed:
        # "Colombia agreed late Sunday to accept deportees flown back from the United States": the sentence's other
        # country is the other side of a joint act with one side named
        beside = _companions(token, pattern, resolver) if token is not None else set()
        topic = _topic_of_talks(token, pattern) if token is not None else []
        other = [a for a in _other_countries(sent, source, resolver, token) if a.party not in beside
                 and not any(start <= a.start < end for start, end in topic)]
        return (source, other[:1], True) if any(a.party for a in source) and other else (source, target, False)
    if token is not None and not any(a.party for a in source) \
            and (told := _joint_act_told_before(token, pattern.type, sent, resolver)):
        return told[:1], told[1:2], True
    known = {a.party for a in source}
    extra = _other_countries(sent, source, resolver, token)
    if len(source) + len(extra) < 2:
        extra = [a for a in resolver.recent_pair(sent.start) if a.party not in known]
    parties = source + extra
    if len(parties) < 2:
        return source, target, False
    return parties[:1], parties[1:2], True

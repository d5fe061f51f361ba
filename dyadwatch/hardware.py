"""Military hardware in a clause: what its motion or its firing makes of the predicate (used by `events.py`).

- Hardware is no visitor: "the system arrived" is no visit. Warcraft flying or sailing near a country is a show of
  force (MOBILIZE weapons), the warcraft of two countries together a joint patrol (COOPERATE).
- Weapons of a named owner arriving in another country are a delivery from the owner to that country ("U.S. Abrams
  tanks have arrived in Ukraine": AID military USA -> UKR). Weapons whose owner is not named give no event: the
  text does not say who delivered them.
- Weapons fired or launched AT a target ("at six locations in Punjab", "at the country") are an attack, even when
  the target is a word that names no party; a test or a launch into the sea has no target.
- A show of weapons (a test, a launch, a patrol, a scramble: MOBILIZE weapons) is aimed only at whom its own sentence
  names: fired toward, at, over or near X, a missile "aimed at" X, "in a warning to" X, "to deter" X. Otherwise no
  recipient, as in the gold sets ("fired two ballistic missiles into the sea" and "carried out a nuclear test" are
  PRK -> *, "fired four ballistic missiles towards Japan" PRK -> JPN, "scrambled fighter jets" JPN -> *): the
  country the article is about is no guess for it, or one launch lands in a different dyad in every story.
- Weapons launched "in the attack" are the attack, not a show of force.
- An attack's weapons give its mode when its verb does not: "targeted three bases with dozens of ballistic
  missiles", "a missile attack", "a drone strike" are heavy-weapons attacks, "an attack with gunfire" a firearms one.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .lexicon import Pattern
from .parsetree import children_of, read_once

__all__ = ["HARDWARE", "is_hardware", "enters_a_countrys_space", "intrusion_parts", "motion_pattern", "aimed_at",
           "shows_weapons", "aim_phrases", "armed", "in_an_attack"]

# weapons that are carried or shipped somewhere: their arrival is a delivery
DELIVERED = frozenset({"tank", "missile", "system", "battery", "weapon", "munition", "ammunition", "shell",
                       "howitzer", "launcher", "artillery"})
# warcraft flying or sailing somewhere shows force (a patrol), unlike a plane carrying a leader
WARCRAFT = frozenset({"bomber", "fighter", "warplane", "warship", "destroyer", "frigate", "submarine", "carrier",
                      "fleet", "flotilla", "drone"})
HARDWARE = WARCRAFT | DELIVERED | frozenset({"jet", "aircraft", "plane", "helicopter", "ship", "vessel", "convoy",
                                             "part", "component", "shipment", "cargo"})
PATROL_TARGETS = ("prep:near", "prep:over", "prep:toward", "prep:towards", "prep:into", "prep:off")
MEASURE_WORDS = frozenset({"batch", "shipment", "consignment", "delivery", "lot", "first", "group", "number"})
STRUCK_TYPES = frozenset({"ASSAULT", "COERCE"})  # acts that land somewhere; a named town can stand for its country
AIMING_PREPS = frozenset({"at", "on", "against"})
# "fired a missile at sea", "launched at dawn": an "at" phrase that names no target
NO_TARGET_NOUNS = frozenset({"sea", "ocean", "water", "waters", "dawn", "dusk", "night", "midnight", "noon", "time",
                             "random", "rate", "range", "altitude", "speed"})
# "in a warning to Washington", "as a message to Seoul": the purpose of the act, which names whom it is addressed to
MESSAGE_NOUNS = frozenset({"warning", "message", "signal", "show"})  # "show": "in a show of force against"
PURPOSE_PREPS = frozenset({"in", "as"})
# "a missile aimed at South Korea", "launches directed against Japan"
AIMING_VERBS = frozenset({"aim", "direct", "target"})
AIM_PREPS = frozenset({"at", "toward", "towards", "against"})
# "deployed a carrier to deter Iran", "fired missiles to warn Seoul": whom the purpose clause acts on
# the object classes (events.yaml) whose use in an attack gives it a mode
WEAPON_MODES = (("missiles", "heavy-weapons"), ("munitions", "heavy-weapons"), ("small_arms", "firearms"))
ATTACK_NOUNS = frozenset({"attack", "strike", "assault", "barrage", "bombardment", "raid", "offensive"})
# what aircraft and ships enter or stay in when they intrude ("waters": lemma "water"; "the zone": an economic or
# air defence identification zone)
SOVEREIGN_SPACE = frozenset({"airspace", "water", "waters", "zone", "eez", "adiz"})
SPACE_PREPS = frozenset({"into", "in", "inside", "within", "over", "of", "off"})
DETERRING_VERBS = frozenset({"deter", "warn", "intimidate", "threaten", "pressure", "monitor", "track", "shadow",
                             "intercept"})  # "scrambled jets to monitor the Chinese aircraft": aimed at China


def enters_a_countrys_space(predicate: Token) -> bool:
    """What the predicate enters, crosses into, flies over, stays in or violates is airspace, waters or a zone: its
    object ("entered Malaysia's waters"; the model reads "flew over territorial waters" so) or the object of one of
    its prepositions ("crossed into Greek airspace", "remained in its exclusive economic zone", "a violation of its
    waters"), or of the craft's ("an incursion by Chinese ships into its waters", read with "into" on the ships)."""
    return any(o.lemma_.lower() in SOVEREIGN_SPACE for o in intrusion_parts(predicate)[1])


@read_once  # (asked by each pattern that reads what the predicate acts on, and again for the sides)
def intrusion_parts(predicate: Token) -> tuple[tuple[Token, ...], tuple[Token, ...]]:
    """The craft that intrude and where they are, for an intrusion's words: the "by" or "of" objects of a noun ("the
    presence of Chinese vessels", "an incursion by Chinese ships"; "a violation of its waters by Chinese ships" hangs
    "by" on the verb that names it so), and the objects of the predicate's or the craft's place prepositions and of
    a verb's direct object."""
    craft = [o for c in children_of(predicate) if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "of")
             for o in children_of(c) if o.dep_ == "pobj" and o.lemma_.lower() not in SOVEREIGN_SPACE]
    if predicate.pos_ == "NOUN" and predicate.dep_ in ("oprd", "attr", "pobj") and predicate.head.pos_ == "VERB":
        craft += [o for c in children_of(predicate.head) if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                  for o in children_of(c) if o.dep_ == "pobj"]  # "what it called a violation ... by Chinese ships"
    holders = [predicate, *craft]
    if predicate.pos_ == "NOUN" and predicate.dep_ == "oprd":
        holders.append(predicate.head)  # "what it called an incursion by Chinese ships into its waters"
    places = [o for holder in holders for c in children_of(holder)
              if c.dep_ == "prep" and c.lower_ in SPACE_PREPS for o in children_of(c) if o.dep_ == "pobj"]
    places += [c for c in children_of(predicate) if c.dep_ == "dobj" and c.lemma_.lower() in SOVEREIGN_SPACE]
    return tuple(craft), tuple(places)


def is_hardware(subjects: list[Token]) -> bool:
    """The subject is military hardware or a force ("two bombers", "a missile defence system", "the fleet")."""
    return any(s.lemma_.lower() in HARDWARE for s in _things(subjects))


def _things(subjects: list[Token]) -> list[Token]:
    """The subjects, and what a measure word among them counts: "the first batch of U.S. Abrams tanks"."""
    counted = [o for s in subjects if s.lemma_.lower() in MEASURE_WORDS for p in children_of(s)
               if p.dep_ == "prep" and p.lower_ == "of" for o in children_of(p) if o.dep_ == "pobj"]
    return subjects + counted


def motion_pattern(verb: Token, subjects: list[Token], owners: set[str], visit: Pattern) -> Pattern | None:
    """What hardware moving (the subject of a visit verb) is: a patrol, a delivery to where it arrives, or
    nothing. `owners` are the countries the subject names, `visit` the verb's visit pattern."""
    if _warcraft_move(verb, subjects):
        return _patrol(verb, owners)  # "two Chinese bombers flew near Japanese airspace"
    if owners and any(s.lemma_.lower() in DELIVERED for s in _things(subjects)):
        return replace(visit, type="AID", mode="military", contexts=("military",), source=("subj",),
                       requires_target=True)
    return None  # "the plane arrived", "Abrams tanks arrived": no visit, and no one named who delivered them


def armed(predicate: Token, pattern: Pattern, classes: dict[str, frozenset[str]]) -> Pattern:
    """An attack of no mode takes the mode of the weapons it is made with: its "with" object ("with dozens of
    missiles": the "of" object of a measure word) or the noun's compound ("a drone strike")."""
    if pattern.type != "ASSAULT" or pattern.mode is not None:
        return pattern
    used = [o for p in children_of(predicate) if p.dep_ == "prep" and p.lower_ == "with"
            for o in children_of(p) if o.dep_ == "pobj"]
    used += [o for u in list(used) for p in children_of(u) if p.dep_ == "prep" and p.lower_ == "of"
             for o in children_of(p) if o.dep_ == "pobj"]
    if predicate.pos_ in ("NOUN", "PROPN"):
        used += [c for c in children_of(predicate) if c.dep_ == "compound"]
    lemmas = {u.lemma_.lower() for u in used}
    for name, mode in WEAPON_MODES:
        if lemmas & classes.get(name, frozenset()):
            return replace(pattern, mode=mode)
    return pattern


def in_an_attack(verb: Token, pattern: Pattern) -> Pattern:
    """Weapons launched or fired "in the attack" are the attack (its recipient is the attack's), not a show of
    force: "Russia had launched 598 drones and 31 missiles in the attack"."""
    if not shows_weapons(pattern):
        return pattern
    if any(p.lower_ == "in" and any(o.lemma_.lower() in ATTACK_NOUNS for o in children_of(p) if o.dep_ == "pobj")
           for p in children_of(verb) if p.dep_ == "prep"):
        return replace(pattern, type="ASSAULT", mode="heavy-weapons")
    return pattern


def aimed_at(verb: Token) -> bool:
    """Fired or launched at something: "fired missiles at six locations", "launched drones at the country"."""
    return any(o.dep_ == "pobj" and o.lemma_.lower() not in NO_TARGET_NOUNS and o.ent_type_ not in ("DATE", "TIME")
               for p in children_of(verb) if p.dep_ == "prep" and p.lower_ in AIMING_PREPS for o in children_of(p))


def shows_weapons(pattern: Pattern) -> bool:
    """A test, launch, patrol or scramble of weapons (MOBILIZE weapons): aimed only at whom its sentence names."""
    return pattern.type == "MOBILIZE" and pattern.mode == "weapons"


def aim_phrases(verb: Token, pattern: Pattern, phrases: list[Token]) -> list[Token]:
    """The phrases of the verb (`phrases`, its own roles) that may name whom fired or shown weapons are aimed at: an
    attack lands nowhere "into the sea (near Japan)" or "in a warning to Washington", which a show of force adds."""
    if pattern.type in STRUCK_TYPES:
        return [p for p in phrases if not _lands_nowhere(p)]
    return phrases + _addressed(verb) if shows_weapons(pattern) else phrases


def _addressed(verb: Token) -> list[Token]:
    """The phrases naming whom a show of weapons is addressed to, besides the verb's own prepositions: a purpose ("in
    a warning to Washington", "in what analysts called a warning to the US", "in a show of force against North
    Korea", "to deter Iran") or an aim ("a missile aimed at Seoul")."""
    purposes = [w for p in children_of(verb) if _purpose(p) for w in p.subtree
                if w.dep_ == "prep" and w.lower_ in ("to", "against")]  # "a show of force against North Korea"
    deterred = [o for c in children_of(verb) if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in DETERRING_VERBS
                for o in children_of(c) if o.dep_ == "dobj"]
    aims = [p for h in (verb, *(c for c in children_of(verb) if c.dep_ == "dobj")) for a in children_of(h)
            if a.dep_ in ("acl", "advcl") and a.lemma_.lower() in AIMING_VERBS
            for p in children_of(a) if p.dep_ == "prep" and p.lower_ in AIM_PREPS]
    return purposes + deterred + aims


def _lands_nowhere(prep: Token) -> bool:
    """A phrase that names no place an attack lands on: "into the sea (near Japan)", "in a warning to Washington"."""
    return _purpose(prep) or (prep.lower_ == "into" and any(o.dep_ == "pobj" and o.lemma_.lower() in NO_TARGET_NOUNS
                                                            for o in children_of(prep)))


def _purpose(prep: Token) -> bool:
    """"In a warning to ...", "as a message to ...": what the act is meant to say, not where it happens."""
    return prep.dep_ == "prep" and prep.lower_ in PURPOSE_PREPS and any(
        w.lemma_.lower() in MESSAGE_NOUNS for w in prep.subtree)


def _warcraft_move(verb: Token, subjects: list[Token]) -> bool:
    """Warcraft flying or sailing, with no object ("flew a joint patrol": the noun is the event)."""
    if any(c.dep_ == "dobj" for c in children_of(verb)):
        return False
    things = _things(subjects)
    return any(w.lemma_.lower() in WARCRAFT for w in (*things, *(c for s in things for c in children_of(s)
                                                               if c.dep_ == "conj")))


def _patrol(verb: Token, owners: set[str]) -> Pattern:
    """Warcraft on the move is a show of force (MOBILIZE weapons) aimed at whom it flies near or over; the
    warcraft of two countries flying together is a joint patrol (COOPERATE, symmetric)."""
    base = Pattern(verb.lemma_.lower(), "verb", "MOBILIZE", "weapons", ("military",), ("subj",), PATROL_TARGETS,
                   False, None)
    if len(owners) >= 2:
        return replace(base, type="COOPERATE", mode=None, target=(), symmetric=True)
    return base

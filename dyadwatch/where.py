"""Where: the place of one coded predicate, and its coordinates.

The place is a spaCy place entity (GPE, LOC, FAC: a common word or a person's name is never one) found, nearest to
the predicate first, in:
- an "in"/"at"/"near" phrase on the predicate's clause, its arguments or its subject ("met Kim in Vladivostok", "the
  embassy in Moscow sent"), also one level down ("through its embassy in Beijing");
- a "to" phrase after a word of travel ("delivered supplies to Wuhan", "Putin's visit to Pyongyang");
- the noun a "where" clause hangs on ("Beijing, where he had met Jiang"), the object of a visit ("visited Pyongyang");
- failing those, the object of a strike or capture unless a whole country ("struck the port of Odesa", but not
  "attacked Ukraine");
looking inside a phrase whose head is no place ("at the Eastern Economic Forum in Vladivostok", "near the border town
of Balakot", "in the Belarusian capital, Minsk"). A proper noun the entity recogniser missed counts when a place noun
says what it is ("the port of Odesa", "Al Udeid, a US air base"). The gazetteer (`geocode.py`) then adds
coordinates, and the country when the knowledge base gave none, preferring the event's own countries; a place the
gazetteer does not know takes the country of a known place it is said to be near ("Knevichi airfield near
Vladivostok").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Span, Token

from .actors import ActorResolver
from .clauses import distance
from .geocode import FACILITY_WORDS, REGION_WORDS, country_place, lookup
from .parsetree import children_of
from .records import Actor, Place
from .roles import role_tokens

__all__ = ["event_place"]

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
PLACE_PREPS = frozenset({"in", "at", "near", "into", "outside", "inside", "along"})
VENUE_PREPS = frozenset({"at"})
INNER_PREPS = PLACE_PREPS | {"of"}  # "at the site of a factory near Savannah", "the port of Odesa"
TRAVEL_WORDS = frozenset({"visit", "trip", "travel", "fly", "journey", "tour", "arrive", "return", "deliver", "come",
                          "go", "head", "deploy", "move", "withdraw"})  # their "to" phrase is where it happens
VISIT_VERBS = frozenset({"visit", "tour"})  # their object is the place
# their object is the place unless it is a whole country ("struck Ukraine" names the target, not the place)
STRIKE_VERBS = frozenset({"strike", "hit", "capture", "seize", "shell", "bomb", "attack", "raid", "occupy", "storm",
                          "target"})
# "the port of X", "X, a US air base": a proper noun these name is a place even if the recogniser missed it
NAMED_PLACE_NOUNS = REGION_WORDS | {"city", "town", "village", "port", "capital", "base", "airbase", "airport",
                                    "island", "harbour", "harbor"}
PLACE_TAIL_WORDS = NAMED_PLACE_NOUNS | FACILITY_WORDS  # what may follow a place's name: "Knevichi airfield"
# "the East China Sea", "the Kerch Strait": a proper noun with one of these heads is a place
GEO_FEATURES = frozenset({"sea", "strait", "ocean", "gulf", "bay", "river", "lake", "peninsula", "heights",
                          "mountains", "desert", "canal", "channel"})
# "blamed Israel for attacks in Tehran": the place of what these introduce is not the event's
TOPIC_PREPS = frozenset({"for", "over", "about", "against", "from", "regarding", "concerning"})
# acts done by saying: what their objects name ("compared the campaign in Gaza to ...", "condemned the strike on
# Kharkiv") is the topic, and its place is not where the act was done
SAID_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN", "DEMAND", "REQUEST"})
# acts done nowhere in particular: "into" is where what they promise goes ("a pledge to steer investment into India",
# "agreed to send troops into the zone"), not where they were done
PROMISE_TYPES = frozenset({"AGREE", "SUPPORT", "COOPERATE"}) | SAID_TYPES
INNER_DEPTH = 3  # "at" -> site -> "of" -> factory -> "near" -> Savannah
Candidate = tuple[int, Token, bool]  # rank (0 phrases, 1 objects), head token, whether a whole country may stand


def event_place(token: Token, chain: list[Token], resolver: ActorResolver, parties: Iterable[Actor] = (),
                type_: str = "") -> Place | None:
    """The place of the predicate `token` (its clause `chain`) of an event of `type_`; `parties`, the event's actors,
    say which of several same-name places is meant."""
    prefer = tuple(dict.fromkeys(a.country for a in parties if a.country))
    preps = PLACE_PREPS - {"into"} if type_ in PROMISE_TYPES else PLACE_PREPS
    candidates = _candidates(token, chain, type_ in SAID_TYPES, preps)
    for _rank, obj, whole_country in sorted(candidates, key=lambda c: (c[0], distance(token, c[1]))):
        found = _place_phrase(obj, resolver, INNER_DEPTH)
        if found is None or (not whole_country and _is_country(found[0], resolver)):
            continue
        return _geocoded(found, resolver, prefer)
    return None


def _candidates(token: Token, chain: list[Token], said: bool, preps: frozenset[str]) -> Iterator[Candidate]:
    # "met Kim in Vladivostok": the parser often hangs the location on the last argument
    objects = role_tokens(token, "obj")
    arguments = _with_parts(objects + [o for c in children_of(token) if c.dep_ == "prep" and c.lower_ not in TOPIC_PREPS
                                       for o in children_of(c) if o.dep_ == "pobj"])
    topics = {t.i for t in _with_parts(objects)} if said else set()
    modifiers = [c for c in children_of(token) if c.dep_ in ("acl", "relcl")]  # "agreements signed in Beijing"
    travellers = {token.i} | {t.i for t in arguments}
    if token.dep_ in ("xcomp", "advcl"):
        travellers.add(token.head.i)  # "will fly to Seoul to coordinate"
    for link in [*chain, *modifiers, *arguments, *role_tokens(token, "subj")]:
        yield from _phrases(link, link.i in travellers and link.lemma_.lower() in TRAVEL_WORDS, preps, link.i in topics)
    for link in chain:
        if link.dep_ == "relcl" and any(c.lower_ == "where" for c in children_of(link)):
            yield 0, link.head, True  # "Beijing, where he had met Jiang"
        for prep in (c for c in children_of(link) if c.dep_ == "prep" and c.lower_ not in PLACE_PREPS | TOPIC_PREPS):
            # one level down: "through its embassy in Beijing", "during Putin's visit to Pyongyang"
            for noun in (o for o in children_of(prep) if o.dep_ == "pobj"):
                yield from _phrases(noun, noun.lemma_.lower() in TRAVEL_WORDS, preps)
    yield from _objects(token)


def _with_parts(heads: list[Token]) -> list[Token]:
    # "aircraft and a helicopter in X", "a container ship, the MSC Aries, near X"
    heads = heads + [c for h in heads for c in children_of(h) if c.dep_ in ("conj", "appos")]
    heads += [o for h in heads for c in children_of(h) if c.dep_ == "prep" and c.lower_ == "of" for o in children_of(c)
              if o.dep_ == "pobj"]  # "dozens of targets in Syria"
    return heads


def _phrases(link: Token, travel: bool, places: frozenset[str], topic: bool = False) -> Iterator[Candidate]:
    """Place phrases on `link`; on what an act of saying speaks of ("the campaign in Gaza"), only a venue the
    parser hung there ("condemned the sanctions at talks in Moscow")."""
    preps = VENUE_PREPS if topic else places
    for child in children_of(link):
        to = travel and child.lower_ == "to" and child.dep_ in ("prep", "dative")
        if to or (child.dep_ == "prep" and child.lower_ in preps):
            yield from ((0, o, True) for o in children_of(child) if o.dep_ == "pobj")


def _objects(token: Token) -> Iterator[Candidate]:
    lemma = token.lemma_.lower()
    if lemma in VISIT_VERBS or lemma in STRIKE_VERBS:
        visit = lemma in VISIT_VERBS
        yield from ((0 if visit else 1, o, visit) for o in children_of(token) if o.dep_ == "dobj")


def _place_phrase(obj: Token, resolver: ActorResolver, depth: int) -> tuple[Span, str] | None:
    """The place `obj` names, with its name: its own place entity, else one inside its phrase (its apposition, a
    compound as in "the Luhansk region", an "of"/"in"/"near" phrase on it)."""
    entity = next((e for e in resolver.entities if e.start <= obj.i < e.end
                   and (e.label_ in PLACE_LABELS or _city_read_as_a_body(e))), None)
    if entity is None:
        entity = _named_by_place_noun(obj)
    if entity is not None or depth == 0:
        return (entity, entity.text) if entity is not None else None
    for child in children_of(obj):
        if child.dep_ == "compound" and not _is_country(child, resolver):  # not "US" in "a US air base"
            found = _place_phrase(child, resolver, 0)
            if found is not None and obj.lemma_.lower() in REGION_WORDS:
                return found[0], f"{found[1]} {obj.text}"  # "the Luhansk region" is the region, not the city
        elif child.dep_ == "appos" or (child.dep_ == "prep" and child.lower_ in INNER_PREPS):
            inner = [child] if child.dep_ == "appos" else [o for o in children_of(child) if o.dep_ == "pobj"]
            found = next(filter(None, (_place_phrase(o, resolver, depth - 1) for o in inner)), None)
        else:
            continue
        if found is not None:
            return found
    return None


def _named_by_place_noun(obj: Token) -> Span | None:
    """A proper noun a place noun names: "the port of Odesa", "Al Udeid, a US air base", "the Kursk region", "the
    Kerch Strait" (the recogniser misses or mislabels these: "Kursk" is a submarine to it)."""
    if obj.pos_ != "PROPN":
        return None
    nouns = [c for c in children_of(obj) if c.dep_ == "appos"]
    if obj.dep_ == "pobj" and obj.head.lower_ == "of":
        nouns.append(obj.head.head)
    if obj.dep_ == "compound" and obj.head.lemma_.lower() in REGION_WORDS:
        nouns.append(obj.head)
    if obj.lemma_.lower() not in GEO_FEATURES and not any(n.lemma_.lower() in NAMED_PLACE_NOUNS for n in nouns):
        return None
    start = min([obj.i] + [c.left_edge.i for c in children_of(obj) if c.dep_ == "compound" and c.i < obj.i])
    return obj.doc[start:obj.i + 1]


def _is_country(item: Span | Token, resolver: ActorResolver) -> bool:
    mention = resolver.mention_at.get(item.start if isinstance(item, Span) else item.i)
    return mention is not None and mention[2] == "country"


def _geocoded(found: tuple[Span, str], resolver: ActorResolver, prefer: tuple[str, ...]) -> Place:
    """The place as written, with the knowledge base's country and the gazetteer's coordinates."""
    entity, name = found
    mention = resolver.mention_at.get(entity.start)
    kind = mention[2] if mention is not None and mention[1] >= entity.end else None
    if mention is not None and kind == "country":
        return _country(name, mention[3], prefer)
    meaning = resolver.mention_actor(entity.start, entity.end)
    known = meaning.country if meaning and not meaning.org else None
    place = lookup(name, (known,) if known else prefer, within=known)
    if place is None and kind == "seat" and known:
        place = country_place(known)  # "the Kremlin": a seat of government is in the capital
    if place is None and known is None:
        return _at(name, _country_near(entity, resolver, prefer), None)
    return _at(name, known or (place.country if place else None), place)


def _city_read_as_a_body(entity: Span) -> bool:
    """"talks in Brussels": a one-word city the model tags as an organisation (for the body seated there), named
    where a place is (the gazetteer's own spelling: not "Hamas", which it would match to Hamm)."""
    if entity.label_ != "ORG" or len(entity) != 1:
        return False
    place = lookup(entity.text, ())
    return place is not None and place.name == entity.text


def _country_near(entity: Span, resolver: ActorResolver, prefer: tuple[str, ...]) -> str | None:
    """The country of a known place a place unknown to the gazetteer is said to be near: "Knevichi airfield near
    Vladivostok" is in Russia. Read from the words, since the parser often breaks such a phrase; only the country is
    taken, as the unknown place's own coordinates are not known."""
    doc, i = entity.doc, entity.end
    while i < len(doc) and doc[i].lemma_.lower() in PLACE_TAIL_WORDS:
        i += 1  # "airfield", "air base"
    if i + 1 >= len(doc) or doc[i].lower_ not in ("near", "outside"):
        return None
    anchor = next((e for e in resolver.entities if e.start == i + 1 and e.label_ in PLACE_LABELS), None)
    if anchor is None:
        return None
    meaning = resolver.mention_actor(anchor.start, anchor.end)
    if meaning is not None and meaning.country and not meaning.org:
        return meaning.country
    place = lookup(anchor.text, prefer)
    return place.country if place else None


def _country(name: str, code: str, prefer: tuple[str, ...]) -> Place:
    """A country named as the place ("in Russia", "the US"), unless the event's own countries have a place of that
    name and it is not one of them: a Korean plant in Georgia, in a story about the US, is in the state."""
    if prefer and code not in prefer:
        namesake = lookup(name, prefer)
        if namesake is not None and namesake.country in prefer:
            return _at(name, namesake.country, namesake)
    return _at(name, code, country_place(code))


def _at(name: str, country: str | None, place: Place | None) -> Place:
    return Place(name, country, place.lat if place else None, place.lon if place else None)

"""Readings the small parser's tree hides, restored for `events.py` and `roles.py` without a second parse.

- A free relative as the object: "fired what appeared to be a ballistic missile", "struck what it called terrorist
  camps": the object is the noun the relative clause says the thing is.
- A gerund read as a noun: in "said after meeting leader Kim Jong Un" the model makes "meeting" a compound of
  "leader"; after a preposition, an -ing word that modifies the preposition's object is the verb of that clause,
  with the object as its object and the subject of the clause the preposition hangs on as its subject.
- A reciprocal ("imposed tariffs on each other") names no one: the coordinated actors act on one another.
- A past verb read as an adjective on the name after it ("Trump hosted Putin in Alaska"): the clause's verb.
- A measure of events: "carried out three waves of strikes", "held a series of talks": the event noun is governed
  by what governs its measure word.
- "Declared eight diplomats persona non grata": an expulsion, of the ones declared (the model makes them the
  subject of "persona").
- "Put 15 firms on its export control list", "took Cuba off the list": a blacklisting, or its easing.
- "Called in Japan's ambassador": a summons (the model reads "in" as a preposition, the envoy as its object).
- "Told travel agencies to stop selling tours to South Korea": the act is what is stopped (see `halted`).
- "Called the South Korean president a puppet": the name given is an object of the naming (see `called_names`).
- "Beijing announced the duties last Tuesday": a measure announced is the act, aimed at the side the article is
  about even when the sentence does not name it (see `announced_measure`).
"""

from __future__ import annotations

from collections.abc import Container
from functools import lru_cache

from spacy.tokens import Token

from .lexicon import MEASURE_TYPES, load_lexicon
from .parsetree import children_of, marked_infinitive, negated, read_once

__all__ = ["each_on_the_other", "free_relative_object", "shifted_object", "misparsed_gerund", "gerund_lemma",
           "measured_by", "reciprocal",
           "misparsed_finite", "misparsed_subjects", "declared_unwelcome", "ordered_done", "ordered_objects",
           "called_in", "given_time_to_leave",
           "TOLD_TO_LEAVE", "verdict_verb", "takes_effect", "effect_verbs", "promise_verb",
           "placing_verb", "held_verb", "reading_verb", "READING_LEMMAS", "GERUND_DEP", "halted", "called_names",
           "given_name", "judging", "announced_measure", "to_the_frontier", "told_as_fact", "due_to_act",
           "NAMING_VERBS", "REQUEST_NOUNS", "answered_request"]

# a side's request answered by another, told as the answer's object (answered_request)
REQUEST_NOUNS = frozenset({"request", "bid", "application", "appeal", "plea", "petition"})
ANSWERING_VERBS = frozenset({"reject", "refuse", "decline", "dismiss", "deny", "grant", "approve", "uphold",
                             "spurn", "rebuff"})
NAMING_VERBS = frozenset({"call", "describe", "term", "dub", "label", "brand"})  # "what Moscow called a violation"

# the label of every word `misparsed_gerund` reads as a gerund: a noun modifier
GERUND_DEP = "compound"
# prepositions that take a gerund clause ("after meeting", "before visiting", "upon arriving", "by signing")
GERUND_PREPS = frozenset({"after", "before", "since", "upon", "on", "while", "following", "without", "by", "when"})
# nouns that count or group events: "three waves of strikes", "a series of talks", "a spate of attacks"
EVENT_MEASURES = frozenset({"wave", "series", "round", "spate", "string", "flurry", "succession", "barrage", "volley",
                            "package", "raft", "batch", "set"})  # "a new package of sanctions"
FREE_RELATIVE_DEPS = frozenset({"ccomp", "dobj", "xcomp"})
PERSON_OBJECTS = frozenset({"him", "her", "them"})  # "called him in": the envoy named before
LOOSE_IN = frozenset({"prt", "oprd"})  # how the model reads the "in" of "called him in"
LEAVING_VERBS = frozenset({"leave", "depart", "quit", "exit", "go"})  # "gave him 72 hours to leave"
# verbs that code nothing by themselves but expel the one they tell to leave ("told the ambassador to leave")
TOLD_TO_LEAVE = frozenset({"tell", "ask", "instruct", "request"})
# "told Britain to cut its embassy staff": told to send part of its mission home
REDUCING_VERBS = frozenset({"cut", "reduce", "slash", "halve", "shrink", "downsize", "trim"})
STAFF_NOUNS = frozenset({"staff", "diplomat", "personnel", "employee", "envoy", "mission"})
# "what appeared to be X", "what was described as X", "what it called X"
PREDICATE_NOUN_DEPS = frozenset({"attr", "oprd"})


def free_relative_object(verb: Token) -> list[Token]:
    """The noun a free relative object names: "fired [what appeared to be an intermediate-range missile]"."""
    for clause in children_of(verb):
        if clause.dep_ in FREE_RELATIVE_DEPS and clause.i > verb.i and any(
                c.lower_ == "what" for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass", "dobj")):
            noun = _predicate_noun(clause)
            return [noun] if noun is not None else []
    return []


def shifted_object(verb: Token) -> list[Token]:
    """An object put after the verb's place or time ("received at Kosyam Palace [the President of Ghana]"), as state
    media write: the model hangs it on the place as an apposition, though no comma sets it off."""
    if any(c.dep_ in ("dobj", "nsubjpass") for c in children_of(verb)):
        return []
    places = [o for p in children_of(verb) if p.dep_ == "prep" and p.i > verb.i
              for o in children_of(p) if o.dep_ == "pobj"]
    return [a for place in places for a in children_of(place)
            if a.dep_ == "appos" and a.left_edge.i == place.i + 1][:1]


def _predicate_noun(clause: Token) -> Token | None:
    """What a clause says its subject is: "appeared [to be] X", "was described as X", "called X"."""
    for child in children_of(clause):
        if child.dep_ in PREDICATE_NOUN_DEPS:
            return child
        if child.dep_ == "prep" and child.lower_ == "as":
            return next((o for o in children_of(child) if o.dep_ == "pobj"), None)
        if child.dep_ == "xcomp":
            found = _predicate_noun(child)
            if found is not None:
                return found
    return None


def misparsed_gerund(token: Token) -> Token | None:
    """The object of a gerund the model read as a noun modifier: "after [meeting] leader Kim Jong Un" gives the
    token of "Un" (the preposition's object); None for any other token."""
    if token.dep_ != GERUND_DEP or token.tag_ != "NN" or not token.lower_.endswith("ing") or token.i == 0:
        return None
    preposition = token.doc[token.i - 1]
    if preposition.dep_ != "prep" or preposition.lower_ not in GERUND_PREPS:
        return None
    head = token.head
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return head if head.dep_ == "pobj" and head.head.i == preposition.i else None


def gerund_lemma(token: Token, verbs: Container[str]) -> str | None:
    """The verb of a misparsed gerund when the lexicon knows it: meeting -> meet, visiting -> visit, making ->
    make, hitting -> hit."""
    if misparsed_gerund(token) is None:
        return None
    stem = token.lower_[:-3]
    candidates = [stem, stem + "e"] + ([stem[:-1]] if len(stem) > 2 and stem[-1] == stem[-2] else [])
    return next((c for c in candidates if c in verbs), None)


@read_once
def measured_by(noun: Token) -> Token | None:
    """The measure word an event noun is counted by: "three [waves] of strikes"."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ != "of" or preposition.dep_ != "prep":
        return None
    measure = preposition.head
    return measure if measure.lemma_.lower() in EVENT_MEASURES and measure.i != noun.i else None


def reciprocal(token: Token) -> bool:
    """"each other", "one another"."""
    return token.lower_ in ("other", "another") and any(c.lower_ in ("each", "one") for c in children_of(token))


def each_on_the_other(acted_on: list[Token], asked_for: list[Token], parties: set[str | None],
                      targets: set[str | None]) -> bool:
    """Two sides doing the act to one another: "imposed tariffs on each other", "expelled each other's diplomats",
    and, when nothing else names a target, "Colombia and Venezuela recalled their ambassadors" (`asked_for`: the
    objects the act's pattern asks for, whose owner is then the doers themselves; not "from their skies")."""
    owners = [c for o in acted_on + asked_for for c in o.children if c.dep_ == "poss"]
    if any(map(reciprocal, acted_on + asked_for)) or any(map(reciprocal, owners)):
        return True
    theirs = any(c.dep_ == "poss" and c.lower_ == "their" for o in asked_for for c in o.children)
    return theirs and targets <= parties


@read_once
def misparsed_finite(verb: Token) -> bool:
    """"Trump hosted Putin in Alaska": the small model may read a past-tense verb as an adjective on the name after
    it. A participle is an adjective on a common noun ("the planned summit"); on a name with no article and a name
    before it, it is the clause's verb, with the name after it as its object and the one before as its subject; so
    is "test-fired" on a common noun ("North Korea test-fired two missiles")."""
    head = verb.head
    return verb.dep_ == "amod" and verb.tag_ in ("VBD", "VBN") and head.i > verb.i \
        and (head.pos_ == "PROPN" or _test_fired(verb)) \
        and not any(c.dep_ == "det" for c in children_of(head)) and bool(misparsed_subjects(verb))


def _test_fired(verb: Token) -> bool:
    """"North Korea test-fired two missiles", read as missiles that are "test-fired": the hyphened verb is the
    clause's, as no headline calls missiles so."""
    return any(c.dep_ == "npadvmod" and c.lower_ == "test" and c.i == verb.i - 2 for c in children_of(verb))


def misparsed_subjects(verb: Token) -> list[Token]:
    """The subject of such a verb: its own, or the name the model hung on its object before it ("Trump" in "Trump
    hosted Putin", read as a modifier of "Putin")."""
    own = [c for c in children_of(verb) if c.dep_ == "nsubj"]
    return own or [c for c in children_of(verb.head) if c.dep_ in ("nmod", "compound") and c.i < verb.i
                   and c.pos_ in ("PROPN", "NOUN")]


def called_in(verb: Token, envoy_words: Container[str]) -> list[Token] | None:
    """The envoys (nouns of `envoy_words`, or named with one) a verb "called in", or None: "called in Japanese
    Ambassador Kenji Kanasugi" (a summons); "called him in again", a person told of before."""
    if verb.lemma_.lower() != "call":
        return None
    particle = next((c for c in children_of(verb) if c.lower_ == "in" and (c.i == verb.i + 1 or c.dep_ in LOOSE_IN)),
                    None)
    if particle is None:
        return None
    envoys = [o for o in children_of(particle) if o.dep_ in ("pobj", "dobj")]
    # "called him in"; "Ambassador Max Baucus was called in": the passive's subject is the one summoned
    envoys += [c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")] if particle.dep_ in LOOSE_IN else []
    named = any(w.lemma_.lower() in envoy_words for o in envoys
                for w in (o, *(c for c in children_of(o) if c.dep_ == "compound")))
    return envoys if named or any(o.lower_ in PERSON_OBJECTS for o in envoys) else None


def given_time_to_leave(verb: Token) -> list[Token] | None:
    """The ones a verb gives a time to leave, or tells to leave (an expulsion), or None: "gave the Mexican
    ambassador 72 hours to leave the country", "told the Russian ambassador to leave", "were told to leave"."""
    if verb.lemma_.lower() in TOLD_TO_LEAVE:  # "told the Russian ambassador to leave the country": the one told
        ones = [c for c in children_of(verb) if c.dep_ in ("dobj", "dative", "nsubjpass")]  # ("were told to leave")
        leaving = any(c.dep_ == "xcomp" and (c.lemma_.lower() in LEAVING_VERBS or _cuts_its_staff(c))
                      for c in children_of(verb))
        return ones if leaving and ones else None
    if verb.lemma_.lower() != "give":
        return None
    leaving = any(c.dep_ in ("advcl", "xcomp", "acl", "relcl") and c.lemma_.lower() in LEAVING_VERBS
                  for t in (verb, *children_of(verb)) for c in children_of(t))
    ones = [c for c in children_of(verb) if c.dep_ == "dative"]
    return ones if leaving and ones else None


def _cuts_its_staff(verb: Token) -> bool:
    """"told Britain to cut more than 50 of its diplomatic staff", "asked Moscow to reduce the number of its
    diplomats": the staff the one told must send home, an expulsion of part of its mission."""
    if verb.lemma_.lower() not in REDUCING_VERBS:
        return False
    held = [c for c in children_of(verb) if c.dep_ == "dobj"]
    held += [g for c in held for p in children_of(c) if p.lower_ == "of" for g in children_of(p) if g.dep_ == "pobj"]
    return any(c.lemma_.lower() in STAFF_NOUNS for c in held)


# a verb and the judgement it passes on its object, read as one verb: "found him guilty" convicts him, "held Russia
# responsible" blames Russia
VERDICTS = {("find", "guilty"): "convict", ("hold", "responsible"): "blame", ("hold", "accountable"): "blame",
            ("hold", "liable"): "blame", ("find", "liable"): "convict"}
VERDICT_VERBS = frozenset(verb for verb, _ in VERDICTS)  # checked on every word of every sentence: kept cheap


def verdict_verb(verb: Token) -> str | None:
    """The verb a judgement on the object stands for ("found Nouri, 61, guilty": convict), or None. The model
    hangs the adjective on the verb or on the object."""
    lemma = verb.lemma_.lower()
    if lemma not in VERDICT_VERBS:
        return None
    objects = [c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")]
    for word in (c for holder in (verb, *objects) for c in children_of(holder) if c.pos_ == "ADJ"):
        if (lemma, word.lower_) in VERDICTS:
            return VERDICTS[(lemma, word.lower_)]
    return None


# a verb and where it puts its object, read as one verb: "took Poland to the WTO" sues it ("into custody" is the
# custody noun's)
PLACED_IN = {("take", "to", "court"): "sue", ("take", "to", "tribunal"): "sue",
             ("take", "to", "organization"): "sue", ("take", "to", "organisation"): "sue", ("take", "to", "wto"): "sue",
             ("take", "to", "icj"): "sue", ("take", "to", "arbitration"): "sue",
             # "decided to keep the treaty in abeyance": suspended it
             ("keep", "in", "abeyance"): "suspend", ("hold", "in", "abeyance"): "suspend",
             ("place", "in", "abeyance"): "suspend"}


# a state's list of the ones it punishes or no longer punishes: "put 15 firms on its export control list", "returned
# Cuba to the list of state sponsors of terrorism" blacklist them; "took Cuba off the list" eases the measure; "put
# the minister on a wanted list" charges him
LISTING = {("put", "on"), ("place", "on"), ("add", "to"), ("return", "to")}
DELISTING = {("remove", "from"), ("take", "off"), ("strike", "from"), ("drop", "from"), ("delete", "from")}
LIST_NOUNS = frozenset({"list", "blacklist", "register", "registry"})
SIGNATURES = frozenset({"name", "signature", "voice"})  # "added its name to the list of signatories" joins it
PLACING_VERBS = frozenset(verb for verb, _, _ in PLACED_IN) | {v for v, _ in LISTING | DELISTING}


def placing_verb(verb: Token) -> str | None:
    """The verb that putting the object somewhere stands for ("took Poland to the WTO": sue; "put Cuba back on the
    list": blacklist; "removed Cuba from the list": delist), or None."""
    lemma = verb.lemma_.lower()
    if lemma not in PLACING_VERBS or verb.pos_ != "VERB":
        return None
    holders = (verb, *(c for c in children_of(verb) if c.dep_ == "advmod" and c.lower_ == "back"))  # "put X back on"
    # ("take the dispute to the International Court": the model hangs the place on what is taken there)
    placed = (*holders, *(c for c in children_of(verb) if c.dep_ == "dobj"))
    for prep in (c for h in placed for c in children_of(h) if c.dep_ == "prep"):
        for place in (o for o in children_of(prep) if o.dep_ == "pobj"):
            if (found := PLACED_IN.get((lemma, prep.lower_, place.lemma_.lower()))) is not None:
                return found
    for prep in (c for h in holders for c in children_of(h) if c.dep_ == "prep"):
        for place in (o for o in children_of(prep) if o.dep_ == "pobj"):
            listed = [c for c in children_of(verb) if c.dep_ == "dobj" and c.lemma_.lower() not in SIGNATURES]
            if place.lemma_.lower() in LIST_NOUNS and listed:
                return _listing(lemma, prep.lower_, place, listed[0])
    return None


def _listing(lemma: str, preposition: str, place: Token, listed: Token) -> str | None:
    if (lemma, preposition) in DELISTING:
        # a court removing a case from its list dismisses it
        return "dismiss" if listed.lemma_.lower() in load_lexicon().object_classes["legal_actions"] else "delist"
    if (lemma, preposition) not in LISTING:
        return None
    return "charge" if any(c.lower_ == "wanted" for c in children_of(place)) else "blacklist"


# people a state may hold, besides the lexicon's class of persons (not its "body" and "remains": things held)
HELD_PEOPLE = frozenset({"pastor", "diplomat", "worker", "businessman", "executive", "researcher", "academic", "man",
                         "woman", "teacher"})
NOT_HELD = frozenset({"body", "remains"})


def held_verb(verb: Token) -> str | None:
    """"detain" for a person held ("a Swedish citizen has been held in Iran for 500 days", "an American pastor held
    in Turkey since 2016"), else None: "talks were held in Moscow" and "held a summit" are no detention."""
    if verb.lemma_.lower() != "hold" or verb.tag_ != "VBN" or any(c.dep_ == "dobj" for c in children_of(verb)):
        return None
    if verb.dep_ == "acl":  # "an American pastor [held] in Turkey"
        held = [verb.head]
    elif any(c.dep_ == "auxpass" for c in children_of(verb)):
        held = [c for c in children_of(verb) if c.dep_ == "nsubjpass"]
    else:
        return None
    return "detain" if any(h.ent_type_ == "PERSON" or _a_person(h.lemma_.lower()) for h in held) else None


def _a_person(lemma: str) -> bool:
    return lemma in HELD_PEOPLE or (lemma in load_lexicon().object_classes["persons"] and lemma not in NOT_HELD)


JAILING_VERBS = frozenset({"jail", "imprison"})
TERMS = frozenset({"life", "year", "month", "decade"})  # what a prison term is counted in


def term_verb(verb: Token) -> str | None:
    """"sentence" for a jailing for a term ("a court jailed him for life", "was imprisoned for 11 years"): the
    verdict, one act with "sentenced to life", not the arrest; else None."""
    if verb.lemma_.lower() not in JAILING_VERBS or verb.pos_ != "VERB":
        return None
    spans = (o for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "for"
             for o in children_of(c) if o.dep_ == "pobj")
    return "sentence" if any(o.lemma_.lower() in TERMS for o in spans) else None


PROMISING_VERBS = frozenset({"commit", "undertake"})  # "committed to begin talks", "undertook to withdraw": pledged


def promise_verb(verb: Token) -> str | None:
    """"pledge" (or "agree", said of two together) for a verb that commits its subject to an act ("committed to
    begin negotiations", "committed to resolving the dispute", "undertook to pull out"), else None. "Committed
    troops" and a state ("remains committed to peace") are other readings."""
    if verb.lemma_.lower() not in PROMISING_VERBS or verb.pos_ != "VERB" or verb.dep_ in ("acomp", "amod"):
        return None
    if any(c.dep_ in ("auxpass", "dobj") or (c.dep_ == "aux" and c.lemma_ == "be") for c in children_of(verb)):
        return None
    acts = [c for c in children_of(verb) if c.pos_ == "VERB" and (c.dep_ == "xcomp" or _infinitive_clause(c))] + \
        [o for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "to"
         for o in children_of(c) if o.dep_ == "pcomp" and o.pos_ == "VERB"]
    if not acts:
        return None
    together = any(c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in children_of(c)) for c in children_of(verb))
    return "agree" if together else "pledge"  # "Abiy and Hassan committed to ...": they agreed with each other


# a comparison with one of these condemns what is compared: "compared Israel's offensive to the Holocaust"
COMPARING_VERBS = frozenset({"compare", "equate"})
INFAMIES = frozenset({"holocaust", "shoah", "nazi", "nazis", "hitler", "apartheid", "genocide", "fascism", "gestapo",
                      "pogrom", "extermination"})


def likening_verb(verb: Token) -> str | None:
    """"liken" for a comparison with an infamy ("compared the campaign in Gaza to the Holocaust", "equated the
    blockade with apartheid"): an accusation of the side whose act is compared; "compared the two offers" is none."""
    if verb.lemma_.lower() not in COMPARING_VERBS or verb.pos_ != "VERB":
        return None
    # the model hangs the "to" on the verb or on its object
    holders = [verb, *(c for c in children_of(verb) if c.dep_ == "dobj")]
    preps = [c for h in holders for c in children_of(h) if c.dep_ == "prep" and c.lower_ in ("to", "with")]
    infamous = any(w.lemma_.lower() in INFAMIES or w.lower_ in INFAMIES for p in preps for w in p.subtree)
    return "liken" if infamous else None


def _infinitive_clause(clause: Token) -> bool:
    """"committed to begin talks" read by the model as an adverbial clause: an infinitive after the verb."""
    return clause.dep_ == "advcl" and clause.i > clause.head.i and marked_infinitive(clause)


EFFECT_VERBS = frozenset({"come", "enter", "go"})  # "came into force", "entered into force", "went into effect"


def takes_effect(verb: Token) -> Token | None:
    """The measure a verb says starts to apply, or None: "the tariffs took effect in December", "the ban came
    into force on Monday", "the treaty entered into force", "the curbs went into effect"."""
    lemma = verb.lemma_.lower()
    if lemma == "take":
        starts = any(c.dep_ == "dobj" and c.lower_ == "effect" for c in children_of(verb))
    elif lemma in EFFECT_VERBS:
        starts = any(c.dep_ == "prep" and c.lower_ == "into" and any(o.lower_ in ("force", "effect")
                                                                      for o in children_of(c))
                     for c in children_of(verb))
    else:
        return None
    if not starts:
        return None
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None) or _misread_subject(verb)
    if subject is not None and subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subject = verb.head  # "the treaty, which took effect in December"
    return subject if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None


CLAUSE_MARKS = frozenset({"as", "after", "before", "since", "until", "when"})


def _misread_subject(verb: Token) -> Token | None:
    """"families returned as a ceasefire between Israel and Hezbollah came into force": the model reads "as" as a
    preposition with the noun as its object, and the verb as a second verb of the sentence. The subject is the
    noun whose phrase ends just before the verb."""
    if verb.dep_ != "conj" or verb.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)):
        return None
    before = verb.doc[verb.i - 1]
    return next((n for n in (before, *before.ancestors) if n.dep_ == "pobj" and n.head.lower_ in CLAUSE_MARKS
                 and n.right_edge.i == verb.i - 1), None)


def effect_verbs(noun: Token) -> list[Token]:
    """The verbs that tell a measure noun takes effect ("the ban came into force", "as a truce came into force")."""
    if noun.dep_ == "nsubj":
        return [noun.head] if takes_effect(noun.head) is not None else []
    if noun.dep_ != "pobj" or noun.head.lower_ not in CLAUSE_MARKS or noun.right_edge.i + 1 >= len(noun.doc):
        return []
    verb = noun.doc[noun.right_edge.i + 1]
    return [verb] if takes_effect(verb) is not None and takes_effect(verb) == noun else []


# a state telling its own people to keep away from another country: a travel warning ("advised its citizens not
# to travel to Uganda", "told its nationals to avoid Japan", "warned its citizens against travelling to Iran")
# ("urged its citizens to avoid Japan" stays the request it is coded as: an appeal, with its own actor tests)
ADVISING_VERBS = frozenset({"advise", "tell", "warn", "caution", "ask", "instruct"})
OWN_PEOPLE = frozenset({"citizen", "national", "tourist", "traveller", "traveler", "resident", "people", "student"})
TRAVEL_VERBS = frozenset({"travel", "go", "visit"})  # kept from only when told not to, or against
AVOIDING_VERBS = frozenset({"avoid", "shun"})
TRAVEL_WARNING = "warn against"  # the lexicon's entry for it (data/events.yaml)


def travel_warning(verb: Token) -> str | None:
    """`TRAVEL_WARNING` for a state's warning to its own people against another country, else None: "advised its
    citizens not to travel to Uganda", "advised its citizens against travelling to Uganda", "told its nationals to
    avoid Japan". Not "urged its citizens to leave" (an evacuation) nor "told reporters he would travel"."""
    if verb.lemma_.lower() not in ADVISING_VERBS or verb.pos_ != "VERB":
        return None
    told = [c for c in children_of(verb) if c.dep_ in ("dobj", "dative", "nsubjpass")]
    if not any(t.lemma_.lower() in OWN_PEOPLE for t in told):
        return None
    clauses = [c for c in children_of(verb) if c.dep_ in ("xcomp", "ccomp", "advcl")]
    against = [o for p in children_of(verb) if p.dep_ == "prep" and p.lower_ == "against"
               for o in children_of(p) if o.dep_ in ("pcomp", "pobj")]
    kept_away = any(c.lemma_.lower() in AVOIDING_VERBS or (c.lemma_.lower() in TRAVEL_VERBS and negated(c))
                    for c in clauses)
    return TRAVEL_WARNING if kept_away or any(o.lemma_.lower() in TRAVEL_VERBS | {"trip"} for o in against) \
        else None


# what a reception of an envoy is told to have been for, when it is a summons: "received the ambassador to express
# the government's disapproval", "was received by the minister, who conveyed Seoul's protest"
SAYING_VERBS = frozenset({"express", "convey", "voice", "lodge", "register", "deliver", "reiterate", "hand"})
PROTESTING_VERBS = frozenset({"protest", "condemn", "complain", "denounce"})
GRIEVANCES = frozenset({"disapproval", "condemnation"})  # besides the lexicon's concerns


def summons_received(verb: Token) -> str | None:
    """"summon" for an envoy received to be told of a grievance ("received Ghana's ambassador to express the
    government's disapproval of the remarks", "was received by the minister, who expressed strong displeasure"):
    the host's protest, as state media tell a summons; else None ("received the envoy" alone is a courtesy)."""
    if verb.lemma_.lower() != "receive" or verb.pos_ != "VERB":
        return None
    envoys = load_lexicon().object_classes["diplomats"]
    received = [c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")]
    # ("Ambassador Boniface Adagbila": the title is a compound of the name, as far in front as the name is long)
    if not any(w.lemma_.lower() in envoys for r in received for w in r.subtree if w.i <= r.i and w.dep_ != "poss"):
        return None
    hosts = [o for p in children_of(verb) if p.dep_ == "agent" for o in children_of(p)]
    clauses = [c for h in (verb, *hosts) for c in children_of(h) if c.dep_ in ("xcomp", "advcl", "relcl")]
    return "summon" if any(map(_voices_a_grievance, clauses)) else None


def _voices_a_grievance(clause: Token) -> bool:
    lemma = clause.lemma_.lower()
    if lemma in PROTESTING_VERBS:
        return True
    return lemma in SAYING_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in _grievances()
                                         for c in children_of(clause))


@lru_cache(maxsize=1)
def _grievances() -> frozenset[str]:
    return frozenset(load_lexicon().object_classes["concerns"]) | GRIEVANCES


@lru_cache(maxsize=1)
def _condemning_words() -> frozenset[str]:
    """The names and qualities a naming condemns with: the lexicon's condemnations, epithets and censures."""
    classes = load_lexicon().object_classes
    return frozenset(classes["condemnations"]) | frozenset(classes["epithets"]) | frozenset(classes["censures"])


def naming_verdict(verb: Token) -> str | None:
    """"condemn" for a naming that condemns what it names: a name or quality the lexicon counts as condemning
    ("called the levy unfair", "called the demand blackmail", "described the expulsions as another unfriendly
    step", "described it as a dictatorship"); else None ("called the talks useful", "described it as a success")."""
    if verb.lemma_.lower() not in NAMING_VERBS or verb.pos_ != "VERB" or any(
            c.dep_ == "dobj" and c.lower_ == "what" for c in children_of(verb)):
        return None  # ("struck what it described as terrorist camps": the name an actor gives its own target)
    condemning = _condemning_words()
    return "condemn" if any(w.lemma_.lower() in condemning or w.lower_ in condemning for w in _names_given(verb)) \
        else None


def _names_given(verb: Token) -> list[Token]:
    """The name or quality a verb of naming gives, with its modifiers and conjuncts: "called the levy [unfair]",
    "described the expulsions as another [unfriendly] [step]" (the "as" hung on the verb or on its object)."""
    names = [c for c in children_of(verb)
             if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.pos_ in ("NOUN", "ADJ")]
    holders = (verb, *(c for c in children_of(verb) if c.dep_ == "dobj"))
    names += [o for h in holders for p in children_of(h) if p.dep_ == "prep" and p.lower_ == "as"
              for o in children_of(p) if o.dep_ in ("pobj", "amod", "acomp")]
    return [w for n in names for w in (n, *n.conjuncts, *(c for c in children_of(n) if c.dep_ in ("amod", "compound")))]


def reading_verb(verb: Token) -> str | None:
    """The verb a phrase stands for: a verdict ("found Nouri guilty": convict), a promise ("committed to begin
    talks": pledge), a placing ("took Poland to the WTO": sue), a holding ("a citizen held in Iran": detain), a
    prison term ("jailed him for life": sentence), a comparison that condemns ("compared ... to the Holocaust":
    liken), a travel warning ("advised its citizens not to travel to Uganda") or a summons told as a reception
    ("received the ambassador to express its disapproval": summon)."""
    return verdict_verb(verb) or promise_verb(verb) or placing_verb(verb) or held_verb(verb) or term_verb(verb) \
        or likening_verb(verb) or travel_warning(verb) or summons_received(verb) or naming_verdict(verb)


# every lemma `reading_verb` and `takes_effect` can answer for ("took effect", "held in Iran": they return None for
# any other word): `events.find_predicates` asks them only about these, not about every word of every sentence
READING_LEMMAS = VERDICT_VERBS | PROMISING_VERBS | EFFECT_VERBS | PLACING_VERBS | JAILING_VERBS | COMPARING_VERBS \
    | ADVISING_VERBS | NAMING_VERBS | {"take", "hold", "receive"}


def declared_unwelcome(verb: Token) -> list[Token] | None:
    """The ones a verb declares persona non grata (an expulsion), or None when it declares no such thing."""
    if verb.lemma_.lower() != "declare":
        return None
    status = next((c for c in children_of(verb) if c.lower_ == "persona"
                   and any(w.lower_ == "grata" for w in c.subtree)), None)
    if status is None:
        return None
    # "declared eight employees persona non grata": the model makes the employees the subject of "persona";
    # "had been declared persona non grata": the passive's subject; else a direct object
    return [c for c in children_of(status) if c.dep_ == "nsubj"] + \
        [c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")]


ORDERING_VERBS = frozenset({"order", "command"})  # "ordered the crossing closed"


@read_once
def ordered_done(verb: Token) -> Token | None:
    """The verb of ordering whose object the participle says is to be done to: "ordered the border closed",
    "ordered it shut" (the model reads the border as the participle's subject or as the order's object). None
    otherwise."""
    head = verb.head
    if verb.dep_ != "ccomp" or verb.tag_ not in ("VBN", "VBD") or head.lemma_.lower() not in ORDERING_VERBS:
        return None
    if any(c.dep_ in ("aux", "auxpass", "mark", "dobj") for c in children_of(verb)):
        return None  # "ordered that the border be closed", "ordered the troops had left": a clause of its own
    return head if ordered_objects(verb, head) else None


def ordered_objects(verb: Token, head: Token) -> list[Token]:
    """What "ordered X closed" orders done: the participle's subject, else the order's object before it."""
    return [c for c in children_of(verb) if c.dep_ == "nsubj"] or [
        c for c in children_of(head) if c.dep_ == "dobj" and c.i < verb.i]


HALTING_VERBS = frozenset({"stop", "cease", "halt", "quit", "suspend", "discontinue", "end"})
HALTABLE = frozenset({"COOPERATE", "AID"})  # acts whose halt is a sanction ("stopped supplying gas")


def halted(verb: Token, kind: str) -> bool:
    """An act of trade or aid that is the complement of a verb stopping it, or told as no longer done: "stopped
    selling tours to South Korea", "ceased to supply gas", "no longer transfers weapons" tell its halt (a sanction),
    not the act."""
    return kind in HALTABLE and (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in HALTING_VERBS
                                 or _no_longer(verb))


def _no_longer(verb: Token) -> bool:
    """"We are no longer transferring weapons to Ukraine": the act told as stopped."""
    return any(c.lower_ == "longer" and any(n.lower_ == "no" for n in (*children_of(c), verb.doc[c.i - 1]))
               for c in children_of(verb) if c.dep_ == "advmod" and c.i > 0)


def called_names(verb: Token) -> set[str]:
    """The nouns a verb of naming gives its object ("called the president a puppet and a traitor"), matched like
    objects: the name says whether the naming condemns or praises."""
    if verb.lemma_.lower() != "call":
        return set()
    names = [c for c in children_of(verb) if c.dep_ == "oprd" and c.pos_ == "NOUN"]
    return {n.lemma_.lower() for name in names for n in (name, *name.conjuncts)}


def given_name(verb: Token) -> bool:
    """A verb of naming that only gives its object a name: "launched what it called Operation Bunyan-um-Marsoos",
    "in what Imran Khan called a gesture of peace", "launched what it called anti-terrorist activities". "What
    Moscow called a violation of its borders" condemns: the name is one of the lexicon's condemning words."""
    if verb.lemma_.lower() != "call":
        return False
    names = [c for c in children_of(verb) if c.dep_ == "oprd"]
    if any(n.pos_ == "PROPN" for n in names):
        return True
    if not names or not any(c.dep_ == "dobj" and c.lower_ == "what" for c in children_of(verb)):
        return False
    classes = load_lexicon().object_classes
    condemning = classes["condemnations"] | classes["epithets"]
    return not any(n.lemma_.lower() in condemning for name in names for n in (name, *name.conjuncts))


def judging(verb: Token) -> bool:
    """"called the talks useful", "called Kim a partner": a verb of naming with an adjective or noun complement
    judges; it neither asks for anything nor phones anyone."""
    return any(c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.pos_ == "ADJ"
               or c.dep_ == "oprd" and c.pos_ == "NOUN" for c in children_of(verb)) or _names_its_antecedent(verb)


def _names_its_antecedent(verb: Token) -> bool:
    """"a visit that Niamey called a breach of courtesy": in a relative clause the thing named is the noun it
    describes, and the parse makes the name the object (and the clause, with its subject, at times an "acl")."""
    relative = verb.dep_ == "relcl" or verb.dep_ == "acl" and any(c.dep_ == "nsubj" for c in children_of(verb))
    return relative and verb.lemma_.lower() in NAMING_VERBS and verb.head.pos_ == "NOUN" and any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i > verb.i for c in children_of(verb)) and not any(
        c.dep_ == "prep" and c.lower_ in ("on", "for") for c in children_of(verb))


ANNOUNCING_VERBS = frozenset({"announce", "unveil", "order", "introduce", "approve", "authorise", "authorize"})


def announced_measure(noun: Token, kind: str) -> bool:
    """A sanction noun that is what a side announces or orders ("Trump announced the levy in a letter", "ordered
    an additional penalty"): the act itself, whose recipient the article gives when the sentence does not."""
    return kind in MEASURE_TYPES and noun.pos_ == "NOUN" and noun.dep_ == "dobj" \
        and noun.head.lemma_.lower() in ANNOUNCING_VERBS


FRONTIER_NOUNS = frozenset({"border", "frontier", "boundary"})  # troops sent there face the neighbour, not aid it
FRONTIER_PREPS = frozenset({"to", "toward", "towards"})


def to_the_frontier(verb: Token) -> bool:
    """Sent "to the border" (or "to the Colombian frontier"): the place noun the transfer goes to is a border."""
    holders = [verb, *(c for c in children_of(verb) if c.dep_ == "dobj")]  # "sent [troops to the border]"
    return any(o.lemma_.lower() in FRONTIER_NOUNS for h in holders for p in children_of(h)
               if p.dep_ in ("prep", "dative") and p.lower_ in FRONTIER_PREPS
               for o in children_of(p) if o.dep_ == "pobj")


CONDITION_MARKS = frozenset({"if", "unless", "whether", "until", "once"})
EXPECTATIONS = frozenset({"due", "likely", "expected", "set", "poised", "about"})  # "the truce is due to take effect"


# what befalls an act as it happens: it comes (after another), takes place, is, begins, lasts, ends, breaks out,
# collapses; strikes and kills
COURSE_VERBS = frozenset({"come", "follow", "precede", "take", "happen", "occur", "be", "begin", "start", "open",
                          "last", "continue", "end", "conclude", "close", "collapse", "break", "hit", "strike", "kill",
                          "wound", "destroy", "damage"})


def told_as_fact(verb: Token) -> bool:
    """The verb tells, as a fact in the past or present, how its subject's act went ("the attack came hours before",
    "the summit collapsed in February", "the shelling struck the resort", "the visit was the first by"): no modal,
    no condition, no expectation."""
    return verb.lemma_.lower() in COURSE_VERBS and verb.tag_ in ("VBD", "VBZ", "VBP") and not any(
        c.tag_ == "MD" or (c.dep_ == "mark" and c.lower_ in CONDITION_MARKS) or c.lower_ in EXPECTATIONS
        for c in children_of(verb))


def due_to_act(copula: Token) -> bool:
    """"The Houthis are due to free Saudi detainees": "due" on a copula, with "to" read as a preposition and the verb
    after it as an adjective or a noun. "Due to" schedules an act when a verb in its base form follows (a verb of
    the lexicon, as written: "due to free", not "due to attacks" or "due to bad weather", which give a cause)."""
    for due in children_of(copula):
        if due.dep_ != "acomp" or due.lower_ != "due":
            continue
        for to in (c for c in children_of(due) if c.dep_ == "prep" and c.lower_ == "to" and c.i + 1 < len(c.doc)):
            word = to.doc[to.i + 1]
            if word.tag_ == "VB" or word.lower_ in load_lexicon().verbs:
                return True
    return False


def answered_request(noun: Token) -> Token | None:
    """The verb that answers a side's request told as its object, its own act: "rejected Argentina's request to
    halt construction", "turned down Kyiv's bid to join", "granted Chile's application"."""
    if noun.lemma_.lower() not in REQUEST_NOUNS or noun.dep_ != "dobj" or not any(
            c.dep_ == "poss" for c in children_of(noun)):
        return None
    verb = noun.head
    lemma = verb.lemma_.lower()
    answers = lemma in ANSWERING_VERBS or (lemma == "turn" and any(c.dep_ == "prt" and c.lower_ == "down"
                                                                    for c in children_of(verb)))
    return verb if answers else None

"""Stage 4, events: an event's sides, who does the act (source) and to whom (target).

The lexicon pattern names the dependency roles that give each side; `roles.py` reads those roles. This module
chooses among them and reads what they misread: a receiving verb turns its "from" object into the sender
("received a request from Pyongyang"), "at the request of" names who asks, the host of talks between two sides is
neither of them. It falls back when the roles name no one: hardware without an owner takes the owner of the clause
it is joined to, a subject sent by someone ("rockets fired by the rebels") is done by that someone, "the meeting"
told again is the meeting told before, people named only as of a body ("the heads of delegation of the two
sides signed") act for that body, and words to one's own people ("urged its citizens to avoid Japan") are
aimed at the country they are about. It also says whether an object names an actor and whether a recipient is on
the doer's own side. Moved out of `events.py`, which decides what the act is.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Token

from .actors import ActorResolver
from .bystanders import in_proceedings, mediation_act
from .clauses import answered_act
from .eventnouns import judged_act
from .hardware import STRUCK_TYPES, is_hardware
from .implied import as_place, names_own_doer
from .lexicon import PERSON_SUBJECT, Pattern, load_lexicon
from .parsetree import children_of, definite
from .phrases import names_a_place, phrase_root, unique_parties
from .readings import answered_request, told_as_fact
from .records import Actor
from .roles import NAMED_ACTOR_ENTITIES, asked_by, asking_clause, governor_of, role_tokens, subjects
from .vows import COURT_WORDS  # (who rules on a case's requests)

__all__ = ["actor_object", "at_home", "carried", "machines_move", "owners", "same_side", "sides", "subject_words"]

# "Moscow received a formal request from Pyongyang": the one who receives a message is its recipient
RECEIVING_VERBS = frozenset({"receive", "get", "accept"})
# words addressed to one's own people ("urged its citizens", "warned its nationals"): aimed at the country they
# are told about (_abroad)
ADDRESSED_TYPES = frozenset({"REQUEST", "THREATEN", "CONSULT"})
PLACE_KINDS = frozenset({"country", "demonym", "capital"})
HOSTING_VERBS = frozenset({"host"})
# "rockets fired by", "troops sent by", "a convoy led by": the participles whose agent acts through the subject
SENDING_PARTICIPLES = frozenset({"fire", "launch", "lob", "shoot", "drop", "send", "dispatch", "deploy", "fly",
                                 "pilot", "operate", "command", "lead", "order", "impose"})
# participles that tell an act noun as done or decided by their agent ("the sanctions imposed by the EU")
# ("the drills held by Russia and Belarus", "the accord signed by both sides", "the drills that Seoul started")
DOING_PARTICIPLES = frozenset({"announce", "impose", "order", "introduce", "adopt", "declare", "decide", "enact",
                               "carry", "conduct", "launch", "take", "hold", "stage", "sign", "start", "begin",
                               "resume"})
# words that name whose hardware it is ("coalition jets", "rebel drones", "enemy aircraft"), not what kind
OWNER_WORDS = frozenset({"coalition", "alliance", "enemy", "rebel", "militia", "regime", "government", "army", "navy",
                         "junta", "insurgent", "separatist", "militant", "jihadist", "opposition"})
AIMED_PREPS = frozenset({"on", "against"})  # "imposed sanctions on Russia", "measures against Iran"
RELATIVE_WORDS = frozenset({"that", "which", "who", "whom"})
# papers that carry out what they say ("an executive order imposing tariffs"): their signer does it
DOCUMENT_NOUNS = frozenset({"order", "decree", "proclamation", "directive", "memorandum", "resolution", "law", "bill"})
MEETING_NOUNS = frozenset({"talk", "talks", "meeting", "summit", "negotiation", "negotiations", "dialogue",
                           "conference", "round"})


def sides(token: Token, pos: str, pattern: Pattern, resolver: ActorResolver) -> tuple[list[Actor], list[Actor]]:
    """Who does the act of `token` (a "verb" or "noun" predicate, `pos`) and to whom, as the pattern's roles name
    them, read again where they mislead and completed where they name no one (see the module's docstring)."""
    if pos == "noun" and _received(token):
        return _sender_and_receiver(token, resolver)
    if pos == "noun" and (asked := _asker_and_asked(token, resolver)) is not None:
        return asked
    if pos == "noun" and (answer := answered_request(token)) is not None:
        # "the court rejected Argentina's request": Argentina asked the court (not the court itself)
        askers = [a for c in children_of(token) if c.dep_ == "poss" for a in resolver.resolve(c) if a.party]
        if _answered_by_a_court(answer) and (opponent := _opponent_in_request(token, askers, resolver)):
            return askers, opponent
        return askers, [a for a in _subject_actors(answer, resolver) if not same_side(a, askers)]
    if pos == "verb" and (met := _hosted_between(token, resolver)):
        return met
    source = _done_by_its_participle(token, pos, resolver) or _done_by_its_clause(token, pos, resolver) \
        or _by_hung_on_its_object(token, pos, resolver) \
        or _participants(token, _doer_roles(token, pos, pattern), resolver) \
        or _wrongdoer_answered(token, pos, resolver) \
        or _hardware_owner(token, pos, resolver) or _sent_by(token, pos, resolver) \
        or _fired_from(token, pos, resolver) or _subject_read_as_object(token, pos, pattern, resolver) \
        or _signer_of_its_document(token, pos, pattern, resolver) \
        or _members_of(token, pos, pattern, resolver) or _owner_of_its_compound(token, pos, pattern, resolver)
    target = [a for a in _participants(token, pattern.target, resolver, pattern.type in STRUCK_TYPES)
              if not same_side(a, source)] or _with_its_object(token, pos, pattern, source, resolver)
    if pos == "noun" and not any(a.party for a in (*source, *target)) \
            and (pair := _meeting_told_again(token, resolver)):
        return pair[:1], pair[1:]
    if pattern.type in ADDRESSED_TYPES and at_home(source, target):
        target = _abroad(token, source, resolver) or target
    return source, target


def _answered_by_a_court(answer: Token) -> bool:
    """The verb answering a request is a court's ("the court turned down Kenya's request"): the request is a move in
    a case, aimed at the other side of it, not at the court that rules on it."""
    return any(w.lemma_.lower() in COURT_WORDS for s in subjects(answer) for w in (s, *s.children)
               if w.dep_ in ("nsubj", "nsubjpass", "compound") or w.i == s.i)


def _opponent_in_request(noun: Token, askers: list[Actor], resolver: ActorResolver) -> list[Actor]:
    """The side a request to a court names in what it asks for ("Guyana's request to order the withdrawal of
    Venezuelan troops"), not a place named as where ("on the Uruguay River")."""
    asked = [w for c in children_of(noun) if c.dep_ in ("acl", "relcl", "ccomp", "prep") for w in c.subtree]
    return unique_parties([a for w in asked if w.i in resolver.mention_at and not names_a_place(w)
                           for a in resolver.resolve(w) if a.party and a.country and not same_side(a, askers)])[:1]


def _subject_read_as_object(verb: Token, pos: str, pattern: Pattern, resolver: ActorResolver) -> list[Actor]:
    """"... have fled since Azerbaijan routed separatist forces": the model may read the subject of a clause that a
    conjunction opens as the object of that conjunction ("since Azerbaijan"), leaving the verb with no subject. A
    country or person so hung before a verb that has no subject of its own is its subject."""
    if pos != "verb" or "subj" not in pattern.source \
            or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in children_of(verb)):
        return []
    marks = [c for c in children_of(verb) if c.dep_ in ("mark", "prep") and c.i < verb.i]
    named = [o for m in marks for o in children_of(m) if o.dep_ == "pobj" and o.pos_ == "PROPN" and o.i + 1 == verb.i]
    return [a for o in named for a in resolver.resolve(o) if a.party]


def _members_of(verb: Token, pos: str, pattern: Pattern, resolver: ActorResolver) -> list[Actor]:
    """"The chiefs of staff of the two armies signed an agreement", "the foreign ministers of both countries met":
    a subject that names no actor itself, only people of a body, does the act for the body its "of" phrase names
    (the first one down the chain of "of" phrases that names an actor)."""
    if pos != "verb" or "subj" not in pattern.source:
        return []
    for subject in (s for s in subjects(verb) if s.pos_ == "NOUN"):
        if any(a.party for a in resolver.resolve(subject)):
            continue
        body = _of_object(subject)
        while body is not None:
            found = [a for a in resolver.resolve(body) if a.party]
            if found:
                return found
            body = _of_object(body)
    return []


def _with_its_object(noun: Token, pos: str, pattern: Pattern, source: list[Actor],
                     resolver: ActorResolver) -> list[Actor]:
    """"announced the severance of diplomatic relations with the UAE": the model hangs the recipient's phrase on
    what the act is done to ("relations with"), not on the act noun; a recipient so hung is the act's."""
    done_to = _of_object(noun) if pos == "noun" else None
    if done_to is None or pattern.objects is None or done_to.lemma_.lower() not in pattern.objects:
        return []
    preps = tuple(r for r in pattern.target if r.startswith("prep:"))
    return [a for a in _participants(done_to, preps, resolver) if not same_side(a, source)]


def _of_object(noun: Token) -> Token | None:
    """What a noun is "of": "the two armies" of "the chiefs of staff", "staff" of "the chiefs"."""
    return next((o for p in children_of(noun) if p.dep_ == "prep" and p.lower_ == "of"
                 for o in children_of(p) if o.dep_ == "pobj"), None)


def _hosted_between(verb: Token, resolver: ActorResolver) -> tuple[list[Actor], list[Actor]] | None:
    """"Qatar hosted talks between the United States and the Taliban": the talks' two sides meet; the host is
    neither of them (bystanders.py). Hosting talks "with" someone is still the host's own meeting."""
    if verb.lemma_.lower() not in HOSTING_VERBS:
        return None
    objects = role_tokens(verb, "obj")
    objects += [of for o in objects for of in role_tokens(o, "prep:of")]  # "a new round of talks between"
    meetings = [o for o in objects if o.lemma_.lower() in MEETING_NOUNS]
    between = [a for o in meetings for b in role_tokens(o, "prep:between") for a in resolver.resolve(b) if a.party]
    first = between[:1]
    others = [a for a in between[1:] if a.party != between[0].party]
    return (first, others) if first and others else None


def _meeting_told_again(noun: Token, resolver: ActorResolver) -> list[Actor]:
    """"Kim held a second summit with Xi ... The meeting came 40 days after": a definite meeting noun that names no
    side is the meeting told before, not one between the countries its sentence names ("... after Kim made a trip
    to Beijing", "Hours after the meeting was made public, Xi held a phone call with Trump"). Only where the noun
    is told as an event of its own (the subject of how it went, the object of a verb), not a frame ("under the
    talks")."""
    if noun.lemma_.lower() not in MEETING_NOUNS or not definite(noun) or _framing(noun):
        return []
    return resolver.meeting_before(noun.idx)


def _framing(noun: Token) -> bool:
    """The noun is a subject or a preposition's object that tells nothing of how the meeting went ("under the talks",
    "the talks aim to"): left to the events stage, which reads it as a reference to an earlier event."""
    return noun.dep_ in ("nsubj", "pobj") and noun.head.lower_ != "of" and not told_as_fact(noun.head)


def _abroad(verb: Token, source: list[Actor], resolver: ActorResolver) -> list[Actor]:
    """"Beijing urged its citizens to avoid Japan": a state telling its own people what to do about another
    country acts on that country, named in what it tells them (a country, demonym or capital)."""
    own = {a.party for a in source}
    for clause in (c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "advcl", "prep")):
        for word in clause.subtree:
            mention = resolver.mention_at.get(word.i)
            if mention is None or mention[2] not in PLACE_KINDS:
                continue
            found = [a for a in resolver.resolve(phrase_root(word)) if a.party and a.party not in own]
            if found:
                return found[:1]
    return []


def _doer_roles(token: Token, pos: str, pattern: Pattern) -> tuple[str, ...]:
    """The roles that may name the doer. A noun whose owner names its doer ("over a minister's criticism":
    `implied.names_own_doer`) is not done by the subject of the verb it hangs on ("Kuwait recalled its envoy"); a
    pronoun owner ("their objection") is that subject. Nor is an act a verb judges ("Iran condemned the attack":
    `eventnouns.judged_act`) the judge's."""
    if pos != "noun" or not (("poss" in pattern.source and names_own_doer(token, pattern))
                             or judged_act(token, load_lexicon())):
        return pattern.source
    return tuple(r for r in pattern.source if not r.startswith("governor_"))


def _received(noun: Token) -> bool:
    governor = governor_of(noun)
    return noun.dep_ == "dobj" and governor is not None and governor.lemma_.lower() in RECEIVING_VERBS


def _sender_and_receiver(noun: Token, resolver: ActorResolver) -> tuple[list[Actor], list[Actor]]:
    """"Received a request from Pyongyang", "accepted an invitation from Xi": the "from" object sends, the
    subject of the receiving verb receives."""
    senders = _participants(noun, ("prep:from",), resolver) or _participants(noun.head, ("prep:from",), resolver)
    return senders, [a for a in _subject_actors(noun.head, resolver) if not same_side(a, senders)]


def _asker_and_asked(noun: Token, resolver: ActorResolver) -> tuple[list[Actor], list[Actor]] | None:
    """"Turkey will send troops to Libya at the request of the government in Tripoli": the "of" object asks, the
    subject of the clause is asked (not the other way round, as the subject of the verb a noun hangs on would be)."""
    askers = [a for o in asked_by(noun) or [] for a in resolver.resolve(o) if a.party]
    clause = asking_clause(noun)
    if not askers or clause is None:
        return None
    return askers, [a for a in _subject_actors(clause, resolver) if not same_side(a, askers)]


def machines_move(verb: Token) -> bool:
    """The verb's subject is hardware, not people: "the bombers flew", "the system arrived"."""
    return is_hardware(subjects(verb))


def carried(verb: Token) -> bool:
    """"The detainees were flown from Abha to Sanaa", "the wounded soldiers were taken to Moscow": prisoners,
    citizens or soldiers a passive verb moves are carried by others, no visitors ("the delegation was flown to
    Pyongyang", "Choe was received by Putin" still visit)."""
    if not any(c.dep_ == "auxpass" for c in children_of(verb)):
        return False
    moved = [c for c in children_of(verb) if c.dep_ == "nsubjpass"]
    persons = load_lexicon().object_classes["persons"]
    return bool(moved) and all(m.lemma_.lower() in persons and m.ent_type_ != "PERSON" for m in moved)


def owners(verb: Token, resolver: ActorResolver) -> set[str]:
    """The parties the verb's subject names ("Russian bombers flew": RUS)."""
    return {a.party for a in _subject_actors(verb, resolver) if a.party}


def _subject_actors(verb: Token, resolver: ActorResolver) -> list[Actor]:
    """The actors the verb's subjects name, in order."""
    return [a for s in subjects(verb) for a in resolver.resolve(s)]


def _done_by_its_participle(noun: Token, pos: str, resolver: ActorResolver) -> list[Actor]:
    """"the sanctions imposed by the European Union", "the expulsions announced by Theresa May": the agent of a
    participle that tells the act as done or decided is its doer (not of one that judges it: "condemned by")."""
    if pos != "noun":
        return []
    told = [c for c in children_of(noun)
            if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in DOING_PARTICIPLES]
    return [a for c in told for a in _participants(c, ("prep:by",), resolver) if a.party]


def _wrongdoer_answered(noun: Token, pos: str, resolver: ActorResolver) -> list[Actor]:
    """"Australia sanctioned Russian hackers over a cyberattack on an insurer", "expelled 23 Russian diplomats over
    the poisoning": an act the clause answers, with no doer of its own, was done by the side the answer is aimed
    at (the answering verb's object, or the "on"/"against" object of it or of its object), not by a side of the
    one answering ("recalled its ambassador over the strike")."""
    if pos != "noun" or not answered_act(noun):
        return []
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    answering = {a.party for a in _subject_actors(verb, resolver) if a.party}
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    aimed = objects + [o for h in (verb, *objects) for p in children_of(h) if p.dep_ == "prep"
                       and p.lower_ in AIMED_PREPS for o in children_of(p) if o.dep_ == "pobj"]
    return [a for o in aimed for a in resolver.resolve(o) if a.party and a.party not in answering]


def _done_by_its_clause(noun: Token, pos: str, resolver: ActorResolver) -> list[Actor]:
    """"answering the sanctions (that) Ottawa imposed on Tuesday": the subject of a relative clause that tells the
    act as done or decided is its doer, not the subject of the verb the noun hangs on (who answers it)."""
    if pos != "noun":
        return []
    told = [c for c in children_of(noun) if c.dep_ == "relcl" and c.lemma_.lower() in DOING_PARTICIPLES
            and not any(o.dep_ == "dobj" and o.lower_ not in RELATIVE_WORDS for o in children_of(c))]
    return [a for c in told for s in children_of(c) if s.dep_ == "nsubj" and s.lower_ not in RELATIVE_WORDS
            for a in resolver.resolve(s) if a.party]


def _by_hung_on_its_object(noun: Token, pos: str, resolver: ActorResolver) -> list[Actor]:
    """"criticism of its prison record by the Dutch minister", "the expulsion of two envoys by Lima": the model may
    hang the doer's "by" phrase on what the act is "of"; so hung (on a thing that is no act itself: "criticism of
    attacks by the army" leaves the army to the attacks), it names the noun's doer."""
    done_to = _of_object(noun) if pos == "noun" else None
    if done_to is None or done_to.lemma_.lower() in load_lexicon().nouns:
        return []
    agents = [o for p in children_of(done_to) if p.dep_ == "prep" and p.lower_ == "by"
              for o in children_of(p) if o.dep_ == "pobj"]
    if is_hardware(agents):
        return []  # ("strikes on the depot by drones": the means, not the doer)
    return [a for o in agents for a in resolver.resolve(o) if a.party]


def _signer_of_its_document(noun: Token, pos: str, pattern: Pattern, resolver: ActorResolver) -> list[Actor]:
    """"Trump signed an executive order imposing a 25% tariff on goods from India": a measure that a document
    carries out (a participle on the document) is done by whoever signs or issues the document, or owns it."""
    if pos != "noun" or "governor_subj" not in pattern.source or noun.dep_ != "dobj":
        return []
    carrying = noun.head
    document = carrying.head
    if carrying.dep_ != "acl" or carrying.tag_ != "VBG" or document.lemma_.lower() not in DOCUMENT_NOUNS:
        return []
    owners = [c for c in children_of(document) if c.dep_ == "poss"]
    signers = [c for c in children_of(document.head) if c.dep_ == "nsubj"] if document.dep_ == "dobj" else []
    return [a for o in owners or signers for a in resolver.resolve(o) if a.party]


def _owner_of_its_compound(noun: Token, pos: str, pattern: Pattern, resolver: ActorResolver) -> list[Actor]:
    """"During India's missile strikes": the model may hang the owner on the word in front of the noun, not on the
    noun; an owner so hung, when the noun has none of its own, is the noun's."""
    if pos != "noun" or "poss" not in pattern.source or any(c.dep_ == "poss" for c in children_of(noun)):
        return []
    fronts = [c for c in children_of(noun) if c.dep_ == "compound" and c.i < noun.i]
    return [a for c in fronts for o in children_of(c) if o.dep_ == "poss" for a in resolver.resolve(o) if a.party]


def _hardware_owner(verb: Token, pos: str, resolver: ActorResolver) -> list[Actor]:
    """Hardware named without its owner takes the owner of the clause it is joined to: "US B-2 bombers dropped
    bombs on Fordow, while a submarine fired cruise missiles at Isfahan" (the submarine is American)."""
    if pos != "verb" or verb.dep_ not in ("advcl", "conj") or not machines_move(verb) or _owned_by_word(verb):
        return []
    head = verb.head
    if head.i == verb.i or head.pos_ not in ("VERB", "AUX") or not machines_move(head):
        return []
    return [a for a in _subject_actors(head, resolver) if a.party]


def _owned_by_word(verb: Token) -> bool:
    """The hardware names its owner with a word the resolver may not place ("coalition jets pounded Sanaa", "rebel
    drones hit the base"): it is that owner's, not the other clause's."""
    return any(c.dep_ in ("compound", "amod", "poss") and c.lemma_.lower() in OWNER_WORDS
               for s in subjects(verb) for c in children_of(s))


def _sent_by(verb: Token, pos: str, resolver: ActorResolver) -> list[Actor]:
    """What a subject is said to be sent by is the doer: "rockets fired by Cambodian troops struck a gas station",
    "drones launched by the rebels hit the airport", "the contingent, commanded by a Russian general, arrived". Not
    whoever else a participle names ("soldiers trained by Britain attacked", "the agreement, signed by both
    ministers, provides for"): who trained or signed did not act."""
    if pos != "verb":
        return []
    return [a for _subject, participle in _sent_subjects(verb)
            for agent in children_of(participle) if agent.dep_ == "agent"
            for o in children_of(agent) if o.dep_ == "pobj" for a in resolver.resolve(o) if a.party]


def _fired_from(verb: Token, pos: str, resolver: ActorResolver) -> list[Actor]:
    """Where weapons are fired from is whose attack it is: "a mortar shell fired from Myanmar hit a house",
    "rockets launched from Lebanon landed in the north". Only a country (or its capital or people), not a town
    or "across the border": the text names no side there."""
    if pos != "verb":
        return []
    found = [a for subject, participle in _sent_subjects(verb) if subject.lemma_.lower() in _fired_things()
             for prep in children_of(participle) if prep.dep_ == "prep" and prep.lower_ == "from"
             for o in children_of(prep) if o.dep_ == "pobj" and _names_a_country(o, resolver)
             for a in resolver.resolve(o) if a.party]
    return [replace(a, sector=None) if a.sector == "GOV" and not a.name else a for a in found]


def _sent_subjects(verb: Token) -> list[tuple[Token, Token]]:
    """The verb's subjects said to be sent, with the participle saying so: "rockets [fired] by ...", "a shell
    [fired] from ..." (`_sent_by`, `_fired_from`)."""
    return [(s, participle) for s in subjects(verb) for participle in children_of(s) if participle.dep_ == "acl"
            and participle.tag_ == "VBN" and participle.lemma_.lower() in SENDING_PARTICIPLES]


@lru_cache(maxsize=1)
def _fired_things() -> frozenset[str]:
    classes = load_lexicon().object_classes
    return frozenset(classes["munitions"] | classes["missiles"])


def _names_a_country(word: Token, resolver: ActorResolver) -> bool:
    mention = resolver.mention_at.get(word.i)
    return mention is not None and mention[2] in PLACE_KINDS


def subject_words(verb: Token) -> set[str]:
    """The lemmas naming the subject: its head and a title before a name ("ambassador Walid Bukhari returned"); and
    PERSON_SUBJECT when the subject is a person by name or pronoun ("Tsai landed in Guatemala", not "the plane")."""
    # (a noun's doer is its possessor: "the envoy's return")
    heads = subjects(verb) if verb.pos_ in ("VERB", "AUX") else [c for c in verb.children if c.dep_ == "poss"]
    # (a capitalised title is a proper noun to the model: "French Ambassador Christian Masset"; a first name
    # is not a title: "Marine Le Pen")
    titles = [c for s in heads if s.pos_ == "PROPN" for c in s.children if c.dep_ == "compound"
              and (c.pos_ == "NOUN" or (c.pos_ == "PROPN" and not c.ent_type_))]
    words = {w.lemma_.lower() for w in (*heads, *titles)}  # (not "fighter" of "fighter jets": a kind, no title)
    if any(s.ent_type_ == "PERSON" or s.lower_ in ("he", "she") for s in heads):
        words.add(PERSON_SUBJECT)
    return words


def actor_object(token: Token, pattern: Pattern, resolver: ActorResolver) -> bool:
    """The object itself names an actor ("received Lavrov"); "received Russian oil" names a thing. A pronoun
    counts when it stands for another party than the subject's ("informed it", Russia; not "Moscow welcomed it")."""
    if not pattern.wants_actor_object:
        return False
    own = {a.party for a in _subject_actors(token, resolver)}
    for o in role_tokens(token, "obj"):
        if o.pos_ == "PRON":
            if any(a.party not in own for a in resolver.resolve(o)):
                return True
        elif (o.i in resolver.mention_at or o.ent_type_ in NAMED_ACTOR_ENTITIES) and resolver.resolve(o):
            return True
    return False


def _participants(token: Token, roles: tuple[str, ...], resolver: ActorResolver, lands: bool = False,
                  ) -> list[Actor]:
    """Actors filling any of the roles; one per identity ("Putin ... his visit" is one actor). For an act that
    `lands` somewhere, a country named as the place ("strikes in Lebanon") is the country, not its government."""
    actors: list[Actor] = []
    for role in roles:
        for argument in role_tokens(token, role):
            if mediation_act(argument) or (lands and in_proceedings(argument)):
                continue  # "reached with Qatari mediation", "intervened in South Africa's case": no side
            for actor in resolver.resolve(argument):
                actor = as_place(actor, argument) if lands else actor
                if all((a.party, a.sector, a.name) != (actor.party, actor.sector, actor.name) for a in actors):
                    actors.append(actor)
    return actors


def same_side(actor: Actor, source: list[Actor]) -> bool:
    """A recipient that is the actor itself, or its own government ("Powell urged him" misread)."""
    return any(a == actor or (a.party == actor.party and (a.sector == actor.sector or None in (a.sector,
               actor.sector))) for a in source)


def at_home(source: list[Actor], target: list[Actor]) -> bool:
    """Every recipient is of the acting side's own country (its rebels, its citizens)."""
    own = {a.party for a in source if a.party}
    return bool(own) and any(a.party for a in target) and {a.party for a in target if a.party} <= own

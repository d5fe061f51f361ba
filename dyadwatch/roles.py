"""Stage 4, events: which tokens fill a predicate's roles (used by `events.py`, `context.py` and `where.py`).

The subject, object, dative and prepositional arguments of a verb or event noun as the lexicon names them
(`lexicon.VERB_ROLES` / `NOUN_ROLES`), with the parse's usual slips mended: passives and their agents, envoys
summoned or recalled in the passive, infinitives and gerunds that take the subject or object of the clause above
them, phrasal-verb particles, and the verb a noun predicate hangs from.
"""

from __future__ import annotations

from collections.abc import Container
from functools import lru_cache

from spacy.tokens import Token

from .bystanders import sided_with_in_act
from .clauses import answered_act, counted_from_act
from .eventnouns import HALTED_PREPS, HALTING_NOUNS, RESISTING_VERBS
from .geocode import REGION_WORDS
from .lexicon import load_lexicon
from .parsetree import children_of, doc_memo, infinitive_chain, read_once, since_object
from .readings import (
    called_in,
    declared_unwelcome,
    free_relative_object,
    given_time_to_leave,
    measured_by,
    misparsed_finite,
    misparsed_gerund,
    misparsed_subjects,
    ordered_done,
    ordered_objects,
    shifted_object,
)
from .telling import reporting_verbs

__all__ = ["FINITE_TAGS", "NAMED_ACTOR_ENTITIES", "RELATIVE_PRONOUNS", "REQUESTING", "acts_on_its_noun", "asked_by",
           "asking_clause", "called_in_envoys", "governor_of", "is_passive", "object_lemmas", "particle_of",
           "particles_of", "envoy_called_for_consultations", "reacted_to_after", "recalled_for_consultations",
           "reduced_passive", "role_tokens", "subjects"]

RELATIVE_PRONOUNS = frozenset({"which", "that", "who", "whom"})
# nouns that say where something happened: a relative clause after one is about that something
GROUND_NOUNS = REGION_WORDS | {"soil", "territory", "land", "ground", "side", "border", "frontier", "town", "village",
                               "city"}
# where an act lands or happens ("on Iran's consulate in Damascus", "aimed at Israeli cities")
WHERE_PREPS = frozenset({"in", "at", "on", "inside", "near", "against", "into"})
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
RELATIVE_TAGS = frozenset({"WDT", "WP"})  # the tags of a relative pronoun ("that" is also a determiner)
INHERIT_SUBJECT_DEPS = frozenset({"xcomp", "conj", "advcl", "pcomp"})
GERUND_TIME_PREPS = ("after", "before", "while", "since", "upon", "without", "despite")
GOVERNED_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd", "pobj", "appos"})
# "deployed troops to the border": a place is where, not to whom
PLACE_NOUNS = frozenset({"border", "frontier", "region", "area", "zone", "city", "town", "front", "coast", "sea",
                         "island", "peninsula", "province", "territory", "airspace", "waters", "line"})
# what the country an envoy is posted to does to him ("Russia's envoy to Japan was summoned"), unlike a recall
HOST_ACTS = frozenset({"summon", "expel", "reprimand"})
SENDER_ACTS = frozenset({"recall", "withdraw"})  # an envoy is recalled by its own state
CONSULTATION_WORDS = frozenset({"consultation", "consultations", "talk", "talks"})  # "recalled for consultations"
# "urged Moscow to halt ...", "called on Russia to release ...", "demanded that Pakistan hand over ...": what is
# asked for is the content of the request (coded by the request verb), not an event of its own
REQUESTING = frozenset({"urge", "ask", "call", "appeal", "press", "pressure", "push", "implore", "exhort", "tell",
                        "encourage", "request", "demand", "beg", "plead", "lobby", "persuade", "advise", "warn"})
# verbs whose object does what their infinitive says: "urged Seoul to accept", "invited Putin to visit"
# (not order, force or compel: "ordered China to close its consulate" is the order's act, a sanction by its giver)
OBJECT_CONTROL = REQUESTING | frozenset({"invite", "allow", "permit", "help", "enable", "authorize", "authorise",
                                         "expect", "want",
                                         # "prompting Algiers to withdraw its ambassador": the one moved acts
                                         "prompt", "spur", "lead", "drive", "cause"})
SCHEDULING = frozenset({"expect", "schedule", "set", "slate", "poise"})  # "is expected to meet": left as it was
NAMED_ACTOR_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# what a side spends or loses doing something ("suffered heavy casualties fighting", "spent years building"): the
# gerund after it is the side's own act, not the noun's
SPENT_NOUNS = frozenset({"casualty", "loss", "life", "year", "month", "week", "day", "time", "money", "billion",
                         "million", "effort", "resource"})
# "sent troops at the request of Tripoli", "visited Moscow at the invitation of Putin": the "of" object asked, and
# the clause's subject acts on its word (not a side of the clause's own act: "arrived at the request of Kazakhstan")
ASKING_NOUNS = frozenset({"request", "invitation", "behest", "urging", "insistence", "suggestion", "instigation",
                          "bidding", "order", "demand", "call", "appeal", "initiative"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
CAUSE_PREPS = frozenset({"over", "for", "after", "following", "amid"})  # what an act answers
# particles of phrasal verbs, as the small model attaches them ("out" of "walked out of" is often a preposition)
PARTICLES = frozenset({"out", "off", "back", "down", "up", "away", "over", "home"})
PARTICLE_DEPS = frozenset({"prt", "advmod", "prep"})
# "evaded UN sanctions", "the restrictions the country has tried to confront", "survived an attack": whoever faces,
# dodges or resists an act is not its doer (rather the one it is done to)
SETTLING_VERBS = frozenset({"agree", "decide", "settle"})
SETTLED_PREPS = frozenset({"on", "upon", "to"})  # "agreed on sanctions", "agreed to a package of sanctions"
BORNE_PREPS = frozenset({"under", "against", "despite"})  # "is under sanctions": the clause's subject is no doer
# verbs that punish or protest an act ("sanctioned officials after the invasion"), and the prepositions that date
# them after it
REACTING_VERBS = frozenset({"sanction", "condemn", "denounce", "protest", "criticise", "criticize", "expel", "recall",
                            "summon", "retaliate", "respond", "react", "punish", "blacklist", "decry", "slam"})
AFTER_PREPS = frozenset({"after", "following", "since"})
FACING_VERBS = RESISTING_VERBS | {"face", "endure", "suffer", "withstand", "weather", "survive", "undergo"}


def role_tokens(token: Token, role: str) -> list[Token]:
    """The head tokens that fill an argument role of a predicate (see lexicon.VERB_ROLES / NOUN_ROLES).

    Read from the parse alone, and asked again and again of the same predicate (by the coding, its place, its
    quantity): kept while its doc is being coded (`parsetree.doc_memo`)."""
    memo = doc_memo(token.doc, "role_tokens")
    if memo is None:
        return _role_tokens(token, role)
    key = (token.i, role)
    found = memo.get(key)
    if found is None:
        found = memo[key] = tuple(_role_tokens(token, role))
    return list(found)


def _role_tokens(token: Token, role: str) -> list[Token]:
    if role.startswith("governor_"):
        governor = governor_of(token)
        if governor is None or _anothers_named_act(token) or reduced_passive(governor) or answered_act(token) or (
                role == "governor_subj" and (_faces_it(governor) or borne_or_opposed(token)
                                             or reacted_to_after(token))):
            # (another's act named; hung on a participle: "a delegation led by its minister to the parade"; what
            # the clause answers: "sanctions on Russian hackers over a cyberattack", whose sides are not the
            # clause's; or what its subject faces: "evaded sanctions", is under or acts against: "which is under
            # U.S. sanctions", "would retaliate against the sanctions")
            return []
        return [t for t in role_tokens(governor, role.removeprefix("governor_")) if t.i != token.i]
    if role == "subj":
        return subjects(token)
    if role == "obj":
        if (gerund_object := misparsed_gerund(token)) is not None:  # "after [meeting] leader Kim"
            return [gerund_object]
        if (orderer := ordered_done(token)) is not None:  # "ordered [the border] closed"
            return ordered_objects(token, orderer)
        if (declared := declared_unwelcome(token) or given_time_to_leave(token)) is not None:
            return declared  # "declared [eight diplomats] persona non grata", "gave [him] 72 hours to leave"
        if (envoys := called_in_envoys(token)) is not None:  # "called in [Japan's ambassador]"
            return envoys
        if misparsed_finite(token):  # "Trump hosted [Putin]", read as an adjective on Putin
            return [token.head]
        if acts_on_its_noun(token):
            return [token.head]  # "the declaration (that) Greece and Turkey signed": what the clause is about
        if is_passive(token) and (envoys := _passive_envoys(token)):
            return envoys  # "since he was recalled": the ambassador the sentence is about
        if reduced_passive(token):
            return [token.head]
        if (patient := misread_participle(token)) is not None:
            return [patient]
        deps = ("nsubjpass",) if is_passive(token) else ("dobj",)
        return [c for c in children_of(token) if c.dep_ in deps] or _shared_passive_subject(token) \
            or free_relative_object(token) or shifted_object(token)
    if role == "dative":
        return [c for c in children_of(token) if c.dep_ == "dative"] + _misparsed_dative(token)
    if role.startswith("prep:"):
        word = role.removeprefix("prep:")
        holders = _prep_holders(token)
        found = [o for holder in holders for c in children_of(holder)
                 if c.dep_ in ("prep", "agent") and c.lower_ == word
                 for o in children_of(c) if o.dep_ in ("pobj", "pcomp") and o.lemma_.lower() not in PLACE_NOUNS
                 and not _absolute_clause(o) and asked_by(o) is None and not sided_with_in_act(o, token)
                 and not (word == "by" and _cause_doer(c, holder))]
        return found + [o for holder in holders for o in _in_front_of(holder)] if word == "outside" else found
    return [c for c in children_of(token) if c.dep_ == role]


def _cause_doer(by: Token, holder: Token) -> bool:
    """"was expelled over repeated interference by Mexico's leaders": a "by" right after the noun of a cause phrase
    names who did the cause (the model often hangs it on the verb), not the verb's doer."""
    for prep in (c for c in children_of(holder) if c.dep_ == "prep" and c.lower_ in CAUSE_PREPS and c.i < by.i):
        if any(o.dep_ == "pobj" and o.pos_ == "NOUN" and max(t.i for t in o.subtree) == by.i - 1
               for o in children_of(prep)):
            return True
    return False


@read_once  # (asked once for each preposition a predicate's patterns name)
def _prep_holders(token: Token) -> tuple[Token, ...]:
    """The words a predicate's prepositional argument may hang on: the predicate, and for a verb its objects too."""
    holders = [token]
    if token.pos_ in ("VERB", "AUX"):  # "cut ties with Japan", "the summit with Putin was called off": the
        objects = [c for c in children_of(token) if c.dep_ in ("dobj", "nsubjpass")]  # prep hangs off the object
        # or its last conjunct
        holders += objects + [c for o in objects for c in children_of(o) if c.dep_ == "conj"]
        holders += particles_of(token)  # "walked out [of] the chamber", "pulled back [from] the border"
        holders += [token.head] if misparsed_finite(token) else []  # "hosted Putin [in] Alaska", misread
        holders += role_tokens(token, "obj") if ordered_done(token) is not None else []  # "the border [with]"
    return tuple(holders)


def asked_by(noun: Token) -> list[Token] | None:
    """Who asked, when the noun says on whose word the clause's act was done ("at the request of the government in
    Tripoli", "at the invitation of Putin", "on the orders of the commander"): the "of" objects; None otherwise."""
    if noun.lemma_.lower() not in ASKING_NOUNS or noun.dep_ != "pobj" or noun.head.lower_ not in ("at", "on", "upon"):
        return None
    return [o for p in children_of(noun) if p.dep_ == "prep" and p.lower_ == "of"
            for o in children_of(p) if o.dep_ == "pobj"]


def asking_clause(noun: Token) -> Token | None:
    """The verb whose act was done at someone's request ("arrived in Moscow for a visit [at the invitation of]")."""
    return next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _in_front_of(holder: Token) -> list[Token]:
    """"burned a Koran in front of the Turkish embassy": the objects of "in front of", which says "outside"."""
    return [o for c in children_of(holder) if c.dep_ == "prep" and c.lower_ == "in"
            for front in children_of(c) if front.dep_ == "pobj" and front.lower_ == "front"
            for of in children_of(front) if of.dep_ == "prep" and of.lower_ == "of"
            for o in children_of(of) if o.dep_ == "pobj"]


def _absolute_clause(word: Token) -> bool:
    """"signed the deal, with the Secretary of State looking on": a clause with its own subject after "with" says
    what went on around the act; whoever does that takes no part in it."""
    return word.dep_ == "pcomp" and word.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" for c in children_of(word))


def _misparsed_dative(verb: Token) -> list[Token]:
    """The small model often parses "offered Russia equipment" with Russia as a modifier of the object."""
    found = []
    for obj in (c for c in children_of(verb) if c.dep_ == "dobj"):
        found += [c for c in children_of(obj)
                  if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and c.i == verb.i + 1]
    return found


def _antecedent(noun: Token) -> Token:
    """What a relative clause is about: the noun it hangs on, or, when that noun only says where a thing named
    before it happened, that thing ("a Colombian raid on Ecuadorean soil that killed some 20 people": the raid;
    "the strike on Iran's consulate in Damascus, which killed seven": the strike; "missiles aimed at Israeli cities,
    which killed 28": the missiles)."""
    if not _only_where(noun):
        return noun
    node = noun
    while node.dep_ == "pobj" and (node.head.lower_ in WHERE_PREPS or node is noun):
        above = node.head.head  # (a ground word of any preposition: "the Palestinian side of the crossing")
        if above.dep_ == "acl" and above.tag_ == "VBN":
            above = above.head  # ("aimed at Israeli cities": the missiles aimed)
        if above.pos_ not in ("NOUN", "PROPN"):
            break
        node = above
    return node


def _only_where(noun: Token) -> bool:
    """The noun names a place: a ground word ("soil", "cities", "side") or, after where-words, a place's name
    ("in Damascus")."""
    return noun.dep_ == "pobj" and (noun.lemma_.lower() in GROUND_NOUNS or (
        noun.ent_type_ in PLACE_ENTITIES and noun.head.lower_ in WHERE_PREPS))


@read_once
def is_passive(token: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in children_of(token)) or reduced_passive(token) \
        or misread_participle(token) is not None


def misread_participle(token: Token) -> Token | None:
    """"Ambassador Li, summoned to the ministry on Friday, rejected the protest": a participle set off by a comma
    after a noun, which the model read as the sentence's verb with the noun its subject (and the real verb joined to
    it); the noun is whom the participle is done to. Returns that noun."""
    if token.tag_ != "VBN" or token.i == 0 or token.doc[token.i - 1].text != ",":
        return None
    children = children_of(token)
    if any(c.dep_ in ("aux", "auxpass", "dobj") for c in children) \
            or not any(c.dep_ in ("conj", "dep") and c.tag_ in FINITE_TAGS and c.i > token.i for c in children):
        return None
    return next((c for c in children if c.dep_ == "nsubj" and c.i < token.i), None)


def reduced_passive(token: Token) -> bool:
    """A participle after the noun it is done to: "a doctor [arrested in Iran in 2016]", "diplomats [expelled by
    Moscow]"."""
    return token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ in ("NOUN", "PROPN") \
        and token.i > token.head.i and not any(c.dep_ in ("nsubj", "dobj") for c in children_of(token)) \
        and token.head.dep_ != "ROOT"  # ("a spokesman on Wednesday called on ...": the sentence's own verb)


def subjects(token: Token) -> list[Token]:
    if (orderer := ordered_done(token)) is not None:  # "Maduro ordered the border closed": Maduro closed it
        return subjects(orderer)
    if (gerund_object := misparsed_gerund(token)) is not None:  # "Shoigu said after meeting Kim": the subject of
        return subjects(gerund_object.head.head)  # the clause "after" hangs on
    if is_passive(token):
        return role_tokens(token, "prep:by") or _host_of_envoy(token) or _sender_of_envoy(token)
    if misparsed_finite(token):
        return misparsed_subjects(token)
    found = [c for c in children_of(token) if c.dep_ == "nsubj"]
    if found and found[0].lower_ in RELATIVE_PRONOUNS and token.dep_ == "relcl":
        return [_antecedent(token.head)]
    if found:
        return found + [m for f in found for m in _hung_first_conjunct(f)]
    if token.dep_ == "pcomp" and token.head.lower_ in ("by", *GERUND_TIME_PREPS):
        # "Ankara responded by suspending the talks ... and by calling off a visit": the means of the verb's subject;
        # "Petro sent the aircraft after agreeing with Washington": its time, also the subject's own act
        means = token.head
        while means.dep_ == "conj" and means.head.i != means.i:
            means = means.head
        if means.head.pos_ in ("VERB", "AUX") and means.head.i != means.i:
            return subjects(means.head)
    if token.dep_ == "pcomp" and token.head.dep_ == "prep":
        # "accused North Korea of selling shells", "thanked Kim for sending troops": the object does it
        if (accused := _relative_object(token.head)) is not None:
            return [accused]
        objects = [c for c in children_of(token.head.head) if c.dep_ == "dobj"]
        if objects and token.head.lower_ == "in" and token.head.head.lemma_.lower() == "join":
            # "Canada joined the United States in sanctioning Chinese officials": the news is Canada's act (the
            # one joined did its own, told as such)
            return subjects(token.head.head)
        if objects:
            return objects
        if (said_of := token.head.head).dep_ == "acl" and said_of.tag_ == "VBN" and said_of.head.i < said_of.i:
            return [said_of.head]  # "12 Chinese companies accused of helping Russia's war effort": the companies
    if token.dep_ == "conj" and token.tag_ in FINITE_TAGS and (token.head.tag_ == "VB" or _told_back(token)) \
            and token.head.dep_ in ("xcomp", "ccomp", "advcl") and token.head.head.i != token.head.i:
        # "urged Moscow to resume talks and called a meeting", "demanded that Pakistan hand over suspects and
        # summoned its envoy": a finite verb joined to an infinitive belongs to the clause above it
        return subjects(token.head.head)
    if token.dep_ == "acl" and token.tag_ == "VBG" and token.head.lemma_.lower() in SPENT_NOUNS \
            and token.head.dep_ == "dobj" and token.head.head.pos_ in ("VERB", "AUX"):
        # "troops have suffered heavy casualties fighting Ukrainian forces": what the subject spent or lost in doing
        return subjects(token.head.head)
    if token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN") and token.i > token.head.i:
        # "New Delhi's decision to suspend the treaty", "a move by Moscow to expel diplomats": the noun's owner;
        # "the US proclamation recognising ...": a state named in front of it
        owners = [c for c in children_of(token.head) if c.dep_ == "poss"] + role_tokens(token.head, "prep:by")
        if owners or (owners := _state_in_front(token.head)):
            return owners
    if token.dep_ in ("xcomp", "advcl") and token.head.lemma_.lower() in OBJECT_CONTROL:
        controllers = _controllers(token.head)
        if controllers:
            return controllers  # "urged Seoul to accept", "called on Russia to release": the one asked acts
    if token.dep_ in ("conj", "dep") and (patient := misread_participle(token.head)) is not None:
        return [patient]  # "Li, summoned to the ministry, rejected ...": the noun the participle is about acts
    if token.dep_ == "conj" and (stray := _stray_subject(token)):
        return stray
    if made_to := _made_to_act(token):  # "the Chinese side was compelled to downgrade the ties": China downgrades
        return made_to
    if token.dep_ in INHERIT_SUBJECT_DEPS and token.head.i != token.i and token.head.pos_ in ("VERB", "AUX"):
        return subjects(token.head)
    if token.dep_ == "xcomp" and token.head.lower_ == "due" and token.head.dep_ == "acomp":
        # "Modi is due to meet Xi": a scheduled act is the copula's subject's (not "ready" or "able" to act: the
        # modality stage does not read those as unreal yet)
        return subjects(token.head.head)
    return []


def _relative_object(prep: Token) -> Token | None:
    """"the companies it accused of supplying arms", "the firms that Kyiv blamed for selling drones": the verb of
    the preposition sits in a relative clause whose object is the noun the clause hangs on, which does the act."""
    verb = prep.head
    if prep.lower_ not in ("of", "for") or verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN") \
            or verb.head.i > verb.i:
        return None
    said_by = [c for c in children_of(verb) if c.dep_ == "nsubj"]
    if not said_by or said_by[0].lower_ in RELATIVE_PRONOUNS:  # ("companies that accused ..." name the accuser)
        return None
    if any(c.dep_ == "dobj" and c.lower_ not in RELATIVE_PRONOUNS for c in children_of(verb)):
        return None  # ("the day it accused Minsk of ...": the named object acts)
    return _antecedent(verb.head)


def _made_to_act(verb: Token) -> list[Token]:
    """The subject of the passive an infinitive hangs on ("was compelled to", "was asked to"): the one made or asked
    to act does it, when no one is named doing the making (a scheduled act, "is expected to meet", is left to
    the clause's usual reading)."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i or head.lemma_.lower() in SCHEDULING or not is_passive(head):
        return []
    return [c for c in children_of(head) if c.dep_ == "nsubjpass"]


def _told_back(verb: Token) -> bool:
    """"Russia said Israel had informed it of the strikes, and called on both sides to show restraint": a word said
    in the simple past, joined to a past perfect that a past verb of saying reports, is the sayer's own next word
    (what was said is told a tense back; the sayer's acts are not). Only words: "said the attack had killed 78
    people and wounded 320" shares the "had"."""
    said, lemma = verb.head.head, verb.lemma_.lower()
    return verb.tag_ == "VBD" and (lemma in REQUESTING or lemma in reporting_verbs()) \
        and verb.head.tag_ == "VBN" and verb.head.dep_ == "ccomp" and said.tag_ == "VBD" \
        and said.lemma_.lower() in reporting_verbs() and any(c.lower_ == "had" for c in children_of(verb.head)) \
        and not any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in children_of(verb))


def _state_in_front(noun: Token) -> list[Token]:
    """"the US proclamation recognising ...": a state's name in front of the noun a participle describes is who
    acts (not a nationality: "Chinese nationals travelling" are not China travelling)."""
    return [c for c in children_of(noun) if c.dep_ == "compound" and c.ent_type_ == "GPE" and c.i < noun.i][:1]


def _hung_first_conjunct(subject: Token) -> list[Token]:
    """"U.S. President Donald Trump and North Korean leader Kim Jong Un met": after a dateline the model may hang
    the first of two joined names on the second as a modifier, with the "and" under it; it is a subject too (but
    not a nationality joined to an adjective: "Ugandan and Congolese troops" are the troops of both)."""
    return [c for c in children_of(subject) if c.dep_ == "nmod" and c.ent_type_ in ("PERSON", "GPE", "NORP")
            and c.i < subject.i and any(g.dep_ == "cc" and g.lower_ == "and" for g in children_of(c))
            and not any(g.dep_ == "conj" and g.pos_ == "ADJ" for g in children_of(c))]


def _stray_subject(verb: Token) -> list[Token]:
    """The names just before a joined verb that the parse hung on the clause before ("Ecuador broke off ties on
    Monday and Venezuela sent tanks": "Venezuela" joined to "Monday"; "since Manila and Beijing forged a deal":
    both after "since"): the verb's own subjects, not conjuncts."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    while before is not None and before.dep_ == "advmod" and before.i > 0:  # "and Venezuela also sent"
        before = verb.doc[before.i - 1]
    if before is None or before.pos_ != "PROPN" or before.dep_ != "conj" or before.head.dep_ in ("nsubj", "conj"):
        return []  # ("Russia and China sent": coordinated subjects are the head verb's)
    first = before.head
    if not any(c.dep_ == "cc" and c.i < before.i for c in children_of(first)) or verb.head not in before.ancestors:
        return []
    if first.dep_ == "pobj" and first.head.pos_ == "SCONJ" and first.head.i == first.i - 1:
        return [first, before]  # "since Manila and Beijing forged": a clause the parse read as a phrase
    return [before]


def called_in_envoys(verb: Token) -> list[Token] | None:
    return called_in(verb, _envoy_words())


def _sender_of_envoy(verb: Token) -> list[Token]:
    """"Peru's envoy had been recalled": an envoy is recalled by the state whose envoy it is."""
    if verb.lemma_.lower() not in SENDER_ACTS and not _sent_home(verb):
        return []
    return [c for envoy in _passive_envoys(verb) for c in _envoy_phrase(envoy)
            if c.dep_ in ("poss", "amod", "compound") and c.lemma_.lower() not in _envoy_words()
            and c.ent_type_ != "PERSON"]  # (not a first name: "Ambassador Rosa Fuentes")


def _envoy_phrase(envoy: Token) -> list[Token]:
    """The words on an envoy and on the title it was given ("French Ambassador Christian Masset"; "its ambassador
    to Peru, Rosa Fuentes ... Fuentes was recalled"): his state and his post are told on either."""
    title = envoy_title(envoy)
    return [*children_of(envoy), *(children_of(title) if title is not None and title.i != envoy.i else ())]


def _shared_passive_subject(verb: Token) -> list[Token]:
    """A passive joined to an earlier verb acts on that verb's subject: "Masset returned to Rome and was received
    by Mattarella", "the soldiers landed in Bamako and were arrested"."""
    if verb.dep_ != "conj" or verb.head.i == verb.i or not is_passive(verb) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)):
        return []
    return [c for c in children_of(verb.head) if c.dep_ in ("nsubj", "nsubjpass")]


def _passive_envoys(verb: Token) -> list[Token]:
    """The envoys a passive verb is about: "Russia's envoy to the bloc had been summoned", or "he" for the envoy
    the sentence is about ("Ankara's ambassador has stayed home since he was recalled in November")."""
    found = []
    for subject in (s for s in children_of(verb) if s.dep_ == "nsubjpass"):
        if envoy_title(subject) is not None:
            found.append(subject)
        elif subject.lower_ in ("he", "she"):
            found += [t for t in subject.sent if t.i < subject.i and t.dep_ in ("nsubj", "nsubjpass")
                      and envoy_title(t) is not None][:1]
        elif recalled_for_consultations(verb):  # "Soto, who had been recalled for consultations": an envoy
            found.append(verb.head if subject.lower_ in ("who", "that") and verb.dep_ == "relcl" else subject)
    return found


def envoy_title(noun: Token) -> Token | None:
    """The envoy word a person is told by: the noun itself ("the ambassador"), the title on a name ("French
    Ambassador Christian Masset"), or for a name alone the title it had when the article named it first ("its
    ambassador to Israel, Mehmet Kaya ... Kaya was called back")."""
    envoys = _envoy_words()
    if noun.lemma_.lower() in envoys:
        return noun
    if not _a_name(noun):
        return None
    return _title_on_name(noun, envoys) or next(
        (title for earlier in reversed(noun.doc[:noun.i]) if earlier.lower_ == noun.lower_
         and (title := _title_on_name(earlier, envoys)) is not None), None)


def _a_name(noun: Token) -> bool:
    """A name, or a capitalised word read as a noun: the model may read a surname alone as an organisation or a
    plural ("Fuentes"); a title given to it before decides."""
    return noun.pos_ == "PROPN" or (noun.pos_ == "NOUN" and noun.text[:1].isupper())


def _title_on_name(name: Token, titles: frozenset[str]) -> Token | None:
    """"Ambassador Christian Masset" (the title hung on the name), "its ambassador, Mehmet Kaya" (the name in
    apposition to it, or to its post)."""
    if name.dep_ == "appos" and name.head.lemma_.lower() in titles:
        return name.head
    post = name.head  # "its ambassador to Ankara, Mehmet Kaya": the model may hang the name on the post
    if name.dep_ == "appos" and post.dep_ == "pobj" and post.head.lower_ in ("to", "in") \
            and post.head.head.lemma_.lower() in titles:
        return post.head.head
    return next((c for c in children_of(name) if c.dep_ == "compound" and c.lemma_.lower() in titles), None)


def recalled_for_consultations(verb: Token) -> bool:
    """"was recalled for consultations": the diplomatic form of calling an envoy home, whoever is named."""
    return verb.lemma_.lower() == "recall" and _for_consultations(verb)


def envoy_called_for_consultations(verb: Token) -> bool:
    """"called its ambassador in Paris for consultations", "the ambassador was called for consultations": an envoy
    called home, a recall (not a phone call: "called Kim for consultations on the crisis")."""
    return verb.lemma_.lower() == "call" and _for_consultations(verb) and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _envoy_words() for c in children_of(verb))


def _for_consultations(verb: Token) -> bool:
    return any(
        p.dep_ == "prep" and p.lower_ == "for" and any(o.lemma_.lower() in CONSULTATION_WORDS for o in children_of(p))
        for p in children_of(verb))


def _envoy_words() -> frozenset[str]:
    return load_lexicon().object_classes["diplomats"]  # (the shipped lexicon, cached)


def _host_of_envoy(verb: Token) -> list[Token]:
    """"Russia's envoy to the bloc had been summoned": an envoy is summoned or expelled by where he is posted."""
    if verb.lemma_.lower() not in HOST_ACTS or _sent_home(verb):
        return []
    return [o for envoy in _passive_envoys(verb) for p in _envoy_phrase(envoy)
            if p.dep_ == "prep" and p.lower_ in ("to", "in") for o in children_of(p) if o.dep_ == "pobj"]


def _sent_home(verb: Token) -> bool:
    """"was summoned home", "called its envoy home" (or "back", or "for consultations"): an envoy brought home is
    recalled by his own state."""
    return any(particle.lower_ in ("home", "back") for particle in particles_of(verb)) \
        or envoy_called_for_consultations(verb)


def _controllers(verb: Token) -> list[Token]:
    """Who is to do what an object-control verb says: its object, or the one called on / appealed to."""
    objects = [c for c in children_of(verb) if c.dep_ in ("dobj", "dative")]
    if objects:
        return objects
    return [o for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in ("on", "to", "upon")
            for o in children_of(c) if o.dep_ == "pobj"]


def _anothers_named_act(noun: Token) -> bool:
    """An act the clause is counted from, named as someone's: "Quito recalled its envoy after a Colombian
    raid" (the raid is not Quito's; but "condemned the attack after a video call" is the condemners' call). An act a
    "since" phrase names is the start of a stretch of time ("has visited Moscow five times since the invasion"),
    not the clause subject's act (its owner, "since his meeting with Modi", still names its doer)."""
    if since_object(noun):
        return True
    return counted_from_act(noun) and any(
        c.dep_ in ("poss", "amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON")
        for c in children_of(noun))


@read_once
def governor_of(noun: Token) -> Token | None:
    """The verb a noun predicate hangs from: "held [talks]", "imposed [sanctions]", "arrived for [talks]"."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if (measure := measured_by(noun)) is not None:  # "carried out three waves of strikes": what governs the
        return governor_of(measure)  # measure word governs the events it counts
    head = noun.head
    if noun.dep_ == "conj" and head.pos_ in ("NOUN", "PROPN") and head.i < noun.i and not any(
            c.dep_ in ("det", "poss") for c in children_of(noun)):
        # "imposed sanctions and tariffs", "carried out air and artillery strikes" (read with "air" the object and
        # "strikes" its conjunct): a bare later conjunct hangs from the verb of the first (not a phrase of its own:
        # "supports the North's efforts and its dialogue with the US" supports the dialogue, which is an act)
        return governor_of(head)
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
        if head.dep_ in PARTICLE_DEPS and head.lower_ in PARTICLES and head.pos_ == "ADP":
            head = head.head  # "pulled out of [the deal]"
    elif noun.dep_ not in GOVERNED_DEPS:
        return _object_clause(noun)
    return head if head.pos_ in ("VERB", "AUX") and head.i != noun.i else None


def _object_clause(noun: Token) -> Token | None:
    """A relative clause whose verb acts on the noun: "the sanctions (that) Washington imposed on Iran" (an active
    verb whose only object, if any, is the relative pronoun, and whose subject is not)."""
    for clause in children_of(noun):
        if clause.dep_ != "relcl" or clause.pos_ not in ("VERB", "AUX") or is_passive(clause):
            continue
        objects = [c for c in children_of(clause) if c.dep_ == "dobj"]
        doers = [c for c in children_of(clause) if c.dep_ == "nsubj"]
        if all(_relative(o) for o in objects) and not any(s.tag_ in RELATIVE_TAGS for s in doers):
            return clause
    return None


def _relative(word: Token) -> bool:
    """A relative pronoun, also when the model tags a "that" right after the noun as a conjunction ("the pact that
    Baghdad and Tehran signed")."""
    return word.tag_ in RELATIVE_TAGS or (word.lower_ == "that" and word.tag_ == "IN" and word.i > 0
                                          and word.doc[word.i - 1].pos_ in ("NOUN", "PROPN"))


def _faces_it(governor: Token) -> bool:
    """The verb faces, dodges or resists the act it governs (FACING_VERBS); for a relative clause, through its
    infinitives ("the restrictions that the country has attempted to confront")."""
    verbs = infinitive_chain(governor) if governor.dep_ == "relcl" else (governor,)
    return any(verb.lemma_.lower() in FACING_VERBS for verb in verbs)


def reacted_to_after(noun: Token) -> bool:
    """The clause answers the act its time phrase names ("London sanctioned Russian officials after the invasion of
    Ukraine", "condemned Minsk following the arrests"): who reacts is not who did the act reacted to, nor is any
    other side the clause names."""
    return noun.dep_ == "pobj" and noun.head.lower_ in AFTER_PREPS and noun.head.dep_ == "prep" \
        and noun.head.head.lemma_.lower() in REACTING_VERBS


def borne_or_opposed(noun: Token) -> bool:
    """The clause's subject is under a restriction the noun names ("Venezuela, which is under U.S. sanctions"), or
    acts against it ("would retaliate against the sanctions", "despite the embargo"): it bears or opposes the
    measure, it does not impose it."""
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in BORNE_PREPS \
        and noun.lemma_.lower() in _restrictions()


@lru_cache(maxsize=1)
def _restrictions() -> frozenset[str]:
    return load_lexicon().object_classes.get("restrictions", frozenset())


def acts_on_its_noun(verb: Token) -> bool:
    """The verb is a relative clause acting on the noun it hangs on (`_object_clause`)."""
    clause = _object_clause(verb.head) if verb.dep_ == "relcl" else None
    return clause is not None and clause.i == verb.i


def object_lemmas(token: Token, pos: str, mentions: Container[int] = ()) -> set[str]:
    """Lemmas of what the predicate acts on: direct objects for verbs; "of" objects and modifiers for nouns."""
    if pos == "verb":
        heads = role_tokens(token, "obj") + role_tokens(token, "dative")
        # "pulled out of the deal", "walked away from the talks": what a phrasal verb leaves is its object
        heads += [o for p in particles_of(token) for c in children_of(p) if c.dep_ == "prep"
                  for o in children_of(c) if o.dep_ == "pobj"]
        # "agreed on a new package of sanctions", "decided on an embargo": what is settled is the object
        if token.lemma_.lower() in SETTLING_VERBS:
            heads += [o for c in children_of(token) if c.dep_ == "prep" and c.lower_ in SETTLED_PREPS
                      for o in children_of(c) if o.dep_ == "pobj"]
        # "supplied China with oil", "targeted Russian banks with sanctions": what is given to an actor or done to
        # its things is the object of "with" (but not in "resumed diplomacy with a summit")
        # "hit back with duties of 125%": what a side strikes back with is what it does; "Russia was hit with
        # sanctions": the passive's subject is the actor done to
        if any(c.dep_ in ("dobj", "nsubjpass") and _of_an_actor(c, mentions) for c in children_of(token)) or "back" in (
                p.lower_ for p in particles_of(token)):
            heads += [o for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "with"
                      for o in children_of(c) if o.dep_ == "pobj"]
    else:  # (a place noun counts here, unlike as an "of" participant: "the closure of the Belarus border")
        # ("missile and drone operations": the model reads a coordinated first modifier as nmod)
        # ("a halt to attacks": what a halt stops is its object, after any of its prepositions)
        preps = HALTED_PREPS if token.lemma_.lower() in HALTING_NOUNS else ("of",)
        heads = [o for c in children_of(token) if c.dep_ == "prep" and c.lower_ in preps for o in children_of(c)
                 if o.dep_ in ("pobj", "pcomp")] + [c for c in children_of(token)
                                                    if c.dep_ in ("compound", "amod", "nmod")]
    # "volumes of military equipment": the measure word's "of" object is what is sold
    heads += [o for h in list(heads) for o in role_tokens(h, "prep:of")]
    heads += [a for h in heads if h.pos_ == "PRON" and (a := pronoun_antecedent(h)) is not None]
    # "Fuentes was recalled": a name the article gave an envoy's title before is an envoy's
    heads += [t for h in heads if _a_name(h) and (t := envoy_title(h)) is not None and t.head.i != h.i]
    lemmas = set()
    for head in heads:
        for item in (head, *[c for c in children_of(head) if c.dep_ == "conj"]):
            lemmas.add(item.lemma_.lower())
            modifiers = [c for c in children_of(item) if c.dep_ in ("compound", "amod")]
            # "a police liaison team": the model hangs "police" on "liaison", itself on "team"
            modifiers += [c for m in modifiers if m.dep_ == "compound" for c in children_of(m) if c.dep_ == "compound"]
            lemmas.update(m.lemma_.lower() for m in modifiers)
    return lemmas


def pronoun_antecedent(pronoun: Token) -> Token | None:
    """The thing a pronoun object stands for, for what the predicate acts on ("reopened the crossings two weeks
    after closing them", "recalled him": the ambassador): the nearest noun before it, in its sentence or the one
    before, that "them" (plural) or "it" (singular) can be; for "him" and "her", a person's title ("ambassador
    Mohamad Nizan", "its envoy, Li")."""
    lower = pronoun.lower_
    if lower not in ("them", "it", "him", "her"):
        return None
    sent = pronoun.sent
    first = sent.start if sent.start == 0 else pronoun.doc[sent.start - 1].sent.start
    for token in reversed(pronoun.doc[first:pronoun.i]):
        if token.pos_ != "NOUN" or token.ent_type_ in ("DATE", "TIME"):
            continue  # ("two weeks after closing them": no time is closed)
        if token.dep_ == "compound" and lower not in ("him", "her"):
            continue  # (a title is a compound of the name it holds: "ambassador Walid Bukhari")
        if lower in ("him", "her"):
            if _titles_a_person(token):
                return token
        elif (token.tag_ == "NNS") == (lower == "them"):
            return token
    return None


def _titles_a_person(noun: Token) -> bool:
    """"ambassador Mohamad Nizan" (the name hung on the title), "its ambassador, Mohamad Nizan" (an apposition)."""
    return any(c.ent_type_ == "PERSON" and c.dep_ in ("appos", "compound", "nmod") for c in children_of(noun)) or (
        noun.dep_ == "compound" and noun.head.ent_type_ == "PERSON")


def _of_an_actor(noun: Token, mentions: Container[int]) -> bool:
    """The noun names an actor ("China") or something an actor has ("Russian banks", "Iran's oil sector")."""
    return any(w.ent_type_ in NAMED_ACTOR_ENTITIES or w.i in mentions
               for w in (noun, *(c for c in children_of(noun) if c.dep_ in ("poss", "amod", "compound"))))


def particles_of(verb: Token) -> list[Token]:
    return [c for c in children_of(verb) if c.i > verb.i and c.dep_ in PARTICLE_DEPS and c.lower_ in PARTICLES]


def particle_of(verb: Token) -> str | None:
    """The particle of a phrasal verb: "walked [out] of", "called [off] the talks", "pulled the US [out] of"; an
    envoy "called for consultations" is "called home", a recall (not a phone call)."""
    if envoy_called_for_consultations(verb):
        return "home"
    return next((particle.lower_ for particle in particles_of(verb)), None)

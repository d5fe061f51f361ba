"""Stage 4, events: predicates in the dependency parse -> PLOVER events with actors and recipients.

A predicate is a verb or an event noun whose lemma is in the lexicon. The pattern chosen for it (the first
whose object condition holds) says which dependency arguments give the actor (source) and the recipient
(target); `roles.py` reads those arguments (passive voice, coordination, prepositional recipients,
possessives) and `eventsides.py` picks the sides from them. Light verbs ("held talks", "imposed sanctions on")
are handled here; context (date, place, attribution, modality, quantity) is added by the context stage.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from .actors import ActorResolver
from .demands import demanded_by, yields_to_a_demand
from .eventnouns import (
    ARMED_OPERATION,
    OPERATION,
    another_act,
    answered_unnamed,
    answered_with_an_act,
    armed_operation,
    described_by_a_copula,
    described_state,
    describes_a_noun,
    frames_an_act,
    in_a_heading,
    in_charge,
    named_operation,
    news_conference,
    reacted_to,
    resisted_measure,
    standing_ties,
    told_in_general,
    topic_of_talks,
    undone_agreement,
    way_of_doing,
)
from .eventsides import actor_object, carried, machines_move, owners, same_side, sides, subject_words
from .hardware import (
    aimed_at,
    armed,
    enters_a_countrys_space,
    in_an_attack,
    intrusion_parts,
    motion_pattern,
    shows_weapons,
)
from .implied import a_thing_does_it, complete, from_discourse, implied_target, landed_in
from .lexicon import ACTOR_OBJECT, MEASURE_TYPES, REMOTE_MEANS, SPACE_OBJECT, Lexicon, Pattern, load_lexicon
from .measures import THREATENED_MODES, measure_held_over
from .parsetree import PRESENT_TAGS, children_of, tokens_of
from .readings import (
    GERUND_DEP,
    READING_LEMMAS,
    REQUEST_NOUNS,
    TOLD_TO_LEAVE,
    announced_measure,
    answered_request,
    called_names,
    declared_unwelcome,
    each_on_the_other,
    gerund_lemma,
    given_name,
    given_time_to_leave,
    halted,
    judging,
    misparsed_finite,
    reading_verb,
    takes_effect,
    to_the_frontier,
    told_as_fact,
)
from .records import Actor
from .retold import (
    CONDITIONS,
    SUMMONS_KEY,
    class_key,
    in_force_as_told,
    ordered_as_told,
    retold_attack,
    retold_key,
    ruling_told,
    sending_told_again,
    struck_before,
    subject_of_a_told_clause,
    summoned,
    summons_told_again,
    takes_effect_as_told,
)
from .roles import (
    REQUESTING,
    called_in_envoys,
    governor_of,
    is_passive,
    object_lemmas,
    particle_of,
    recalled_for_consultations,
    reduced_passive,
    role_tokens,
    subjects,
)
from .sentenceacts import Identity, another_counterpart, another_time, identity
from .shunned import shunned
from .telling import indicative, indirect_question, possibility, reporter_of
from .toldverbs import told_by_verbs
from .verdicts import earlier_act_doers, says_a_rule_was_broken, violation_roles
from .vows import court_order, ordered_another, sent_by_order, told_to_act, vowed_help, vows_its_main_clause

__all__ = ["Predicate", "find_predicates"]

# verbs whose subject bears or escapes a measure laid on it ("faces sanctions", "evaded sanctions")
UNDERGOING_VERBS = frozenset({"face", "bow", "defy", "evade", "circumvent", "dodge", "withstand", "weather", "endure",
                              "suffer", "survive", "escape", "hit"})

REQUEST_READING = "urge"  # the lexicon verb an order given to another side is read as
DEPLOY_READING = "deploy"  # the lexicon verb an order sending forces to a place is read as
LODGING_VERBS = frozenset({"lodge", "file", "register", "deliver", "convey"})  # a protest made in words
# the acts of ships or aircraft in another's airspace or waters, as nouns (their entries in events.yaml ask for the
# airspace, waters or craft)
INTRUSION_NOUNS = frozenset({"incursion", "intrusion", "violation", "presence"})
NAMED_BODIES = frozenset({"organisation", "agency"})  # knowledge-base mentions whose words are a name, not acts
# "the troops were deployed under the treaty": what an aid passive names is the giver's own troops or goods, told
# again as background more often than as the news; such a sentence is left to its own parties
GIVEN_THINGS = frozenset({"AID"})
TRIP_SELLING_VERBS = frozenset({"run", "operate", "organise", "organize", "sell", "offer", "market", "advertise",
                                "book"})


GENERIC_ADVERBS = frozenset({"long", "always", "traditionally", "historically", "routinely", "habitually",
                             "previously", "customarily"})
QUESTION_VERBS = frozenset({"ask", "wonder", "question"})
# "insisted that Washington was not looking for war" states a fact; only a subjunctive ("insisted that the
# troops leave") or "should" makes a demand of it
MANDATIVE_VERBS = frozenset({"insist"})
# "in return, Russia will supply China with oil", "a contract under which Russia will supply": one side of an
# exchange is trade (economic cooperation), not aid
EXCHANGE_WORDS = frozenset({"return", "exchange"})
PARTICIPLE_TYPES = frozenset({"COERCE", "SANCTION", "RETREAT", "AGREE", "SUPPORT"})  # see _told_by_its_participle
PARTICIPLE_LEMMAS = frozenset({"summon"})  # "Ambassador Li, summoned to the ministry on Friday, ...": the summons
COMMERCIAL_NOUNS = frozenset({"contract"})
# "Israel has said it would strike again": an attack announced by its own actor is a threat of violence
THREAT_VERBS = frozenset({"say", "warn", "declare", "announce", "tell", "vow", "threaten", "insist", "state"})
REQUESTING_THAT = frozenset({"urge", "ask", "demand", "request"})  # with a that-clause ("told ... that" reports)
# "said it would not support the resolution", "will not hold talks", "would not back down": a cooperative act
# negated under a modal of will is a refusal, REJECT with the mode of what is refused
REFUSABLE = {"AGREE": None, "CONSULT": "meet", "SUPPORT": "assist", "COOPERATE": None, "AID": "assist",
             "CONCEDE": "yield", "RETREAT": "yield"}
WILL_MODALS = frozenset({"will", "would", "wo", "'ll", "shall"})
# "refused to let the plane land", "refused to allow the ship to dock": entry refused, a restriction on movement
PERMITTING_VERBS = frozenset({"let", "allow", "permit"})
CASUALTY_VERBS = frozenset({"kill", "wound", "injure"})  # harm told of an attack named beside it (_attack_it_befell)
INCIDENT_NOUNS = frozenset({"incident", "episode"})  # what happened, named by the event noun before it
HAPPENING_VERBS = frozenset({"happen", "occur"})  # (and "take place": _course_told_done)
ENTERING_WORDS = frozenset({"land", "enter", "dock", "berth", "cross", "disembark", "overfly", "transit"})


@dataclass(frozen=True)
class Predicate:
    """A coded predicate before context: the trigger token, its pattern and resolved participants."""

    token: Token
    sent: Span  # the predicate's sentence (token.sent is slow to recompute)
    pattern: Pattern
    source: tuple[Actor, ...]
    target: tuple[Actor, ...]
    object_lemma: str | None
    inferred: bool  # participants came from the sentence or the preceding text, not from the parse
    refusal: bool = False  # a cooperative act negated under "will"/"would", coded as the refusal (REJECT)
    threat: bool = False  # an attack its own actor says it will make, coded as the threat (THREATEN)


def find_predicates(sent: Span, lexicon: Lexicon, resolver: ActorResolver) -> Iterator[Predicate]:
    """Every event predicate of one sentence with at least one resolved participant, without duplicates."""
    text = resolver.text_of(sent)
    if text.rstrip().endswith("?"):
        return  # a question reports no event
    lowered = text.lower()
    recorded: set[Identity] = set()
    identities: dict[int, Identity] = {}  # id(predicate) -> its identity, read once
    coded_verbs: dict[int, str] = {}  # token index -> the type coded for it
    coded: list[Predicate] = []
    for token in tokens_of(sent.doc)[sent.start:sent.end]:
        lemma = token.lemma_.lower()
        # (asked of every word: the look-ups first, then the readings, for the few words they leave)
        if lemma not in lexicon.verbs and lemma not in lexicon.nouns and lemma not in lexicon.phrasal_bases \
                and lemma not in TOLD_TO_LEAVE and (lemma not in READING_LEMMAS or not _special_reading(token)) \
                and (token.dep_ != GERUND_DEP or gerund_lemma(token, lexicon.verbs) is None) \
                and (lemma not in REQUEST_NOUNS or answered_request(token) is None) \
                and (lemma not in INCIDENT_NOUNS or _incident_named(token, lexicon) is None) \
                and (token.pos_ != "PROPN" or not named_operation(token)):
            continue
        if _in_a_name(token, resolver):
            continue  # "the Government of National Accord signed ...": the accord is a word of the body's name
        if ("?" in text and _in_question(token, sent)) or _is_generic(token, sent, lowered) or _requested(token) \
                or shunned(token):
            continue  # a quoted question, a habit ("has long condemned"), a request's content or an act avoided
        if _asks_nothing(token):
            continue  # "asked whether ...", "insisted that it was ...": neither asks anything of anyone
        if describes_a_noun(token, lexicon) or undone_agreement(token, lexicon) or described_state(token, lexicon) \
                or in_charge(token) or news_conference(token) or resisted_measure(token, lexicon) \
                or standing_ties(token, lexicon) or way_of_doing(token) or topic_of_talks(token, lexicon):
            # "curbs on technology exports", "denounced the treaty", "its trade was normal", "took charge", "told a
            # news conference", "evaded the sanctions", "talks on a loan"
            continue
        governor = governor_of(token)
        governing_type = coded_verbs.get(governor.i) if governor is not None else None
        # "condemned Iran's attack": the attack too
        judged = governing_type is not None and reacted_to(token, governing_type, lexicon)
        if governing_type is not None and not another_act(token) and not _grievance(token) \
                and not judged and answered_request(token) is None:  # ("rejected Argentina's request": Argentina's)
            continue  # "cut its assistance to X": the verb's event is the event, not the noun's
        if answered_unnamed(token, lexicon):
            continue  # "responded to the attack with strikes": the attack answered is the other side's, told before
        found = _code(token, sent, lexicon, resolver)
        if found is None and (ordered := told_to_act(token)) is not None and all(
                _code(act, sent, lexicon, resolver) is None for act in ordered):
            # "told Britain to withdraw its envoy": asked it (as "urged"); but "ordered Russia to cut its embassy
            # staff" is the cut, coded by itself
            found = ordered_another(_code(token, sent, lexicon, resolver, reading=REQUEST_READING))
        if found is None and court_order(token):  # "the judges ordered Colombia to stop ...": part of the ruling
            found = _ruling_ordered(_code(token, sent, lexicon, resolver, reading=REQUEST_READING), resolver)
        if found is None and sent_by_order(token, lexicon.nouns):  # "ordered the carrier to the region": deployed it
            found = _code(token, sent, lexicon, resolver, reading=DEPLOY_READING)
        if found is not None and (named := _incident_named(token, lexicon)) is not None:
            found = replace(found, token=named)  # "a shooting incident": the shooting names the act
        if found is None or (judged and not _names_a_party(found)):
            continue  # ("criticised the drill": the drill told before, whose parties its phrase does not name)
        coded_verbs[token.i] = found.pattern.type
        if (attack := _attack_it_befell(found, lexicon)) is not None:
            found = replace(found, token=attack)  # "killed in Tuesday's attack": the attack is the event told
        coded.append(found)
        if (key := identities.setdefault(id(found), identity(found))) not in recorded:
            recorded.add(key)
            resolver.record_act(found.pattern.type, found.source, found.target)  # for "the launch" later on
            if found.pattern.type == "ASSAULT":  # (and by its kind: a strike or a downing, `retold.class_key`)
                resolver.record_act(class_key("ASSAULT", found.token), found.source, found.target)
            if summoned(found.token.lemma_.lower(), found.pattern.type):  # (for "the meeting" told after it)
                resolver.record_act(SUMMONS_KEY, found.source, found.target)
    seen: dict[Identity, list[Predicate]] = {}
    # "Under the deal, Iran agreed to ...": the act told gives the event, not the deal it is done under
    for found in sorted(told_by_verbs(coded, lexicon), key=lambda f: frames_an_act(f.token, lexicon)):
        told = seen.setdefault(identities.get(id(found)) or identity(found), [])
        if all(another_time(found, earlier, sent) or another_counterpart(found, earlier) for earlier in told):
            told.append(found)
            yield found


def _in_a_name(token: Token, resolver: ActorResolver) -> bool:
    """A word of an organisation's or agency's name the knowledge base knows ("National Accord", "Shanghai
    Cooperation Organisation"), not an act."""
    mention = resolver.mention_at.get(token.i)
    return mention is not None and mention[2] in NAMED_BODIES and mention[1] - mention[0] > 1


def _special_reading(token: Token) -> bool:
    """A measure taking effect or a phrase read as another verb ("took effect", "found him guilty", "committed to
    begin talks", "held in Iran"): asked only of a word whose lemma is one of `READING_LEMMAS`."""
    return takes_effect(token) is not None or reading_verb(token) is not None


def _in_question(token: Token, sent: Span) -> bool:
    """The predicate's stretch of text, up to a closing quotation mark or the sentence end, ends in "?" (asked
    only of a sentence with one)."""
    for later in sent[token.i - sent.start:]:
        if later.text == "?":
            return True
        if later.text in ('"', "”", "’", "'") and later.i > token.i:
            return False
    return False


def _requested(token: Token) -> bool:
    """The predicate is what a request asks for: "urged Moscow [to halt] cooperation", "urged leaders to impose
    [sanctions]", "called on Russia [to release] the sailors", "demanded that Pakistan [hand over] suspects"."""
    clause = token if token.pos_ in ("VERB", "AUX") else governor_of(token)
    # "to abide by ... and to halt": an infinitive shares its request; a finite verb ("and held a meeting") not
    while clause is not None and clause.dep_ == "conj" and clause.tag_ == "VB" and clause.head.i != clause.i:
        clause = clause.head
    if clause is None or clause.dep_ not in ("xcomp", "advcl", "ccomp") or clause.i < clause.head.i:
        return False  # "X waived the fee, a charge Y had asked it to scrap": a clause before the verb is no request
    lemma = clause.head.lemma_.lower()
    if clause.dep_ == "ccomp":
        return lemma in REQUESTING_THAT and not is_passive(clause)
    return lemma in REQUESTING and any(c.dep_ in ("aux", "mark") and c.lower_ in ("to", "for")
                                       for c in children_of(clause))


def _asks_nothing(verb: Token) -> bool:
    """"Asked whether the world would wait" (an indirect question), "insisted that Washington was not looking for
    war" (a claim, not a mandative subjunctive)."""
    lemma = verb.lemma_.lower()
    complements = [c for c in children_of(verb) if c.dep_ == "ccomp"]
    if lemma in QUESTION_VERBS:
        return any(map(indirect_question, complements))
    return lemma in MANDATIVE_VERBS and any(map(indicative, complements))


def _is_generic(token: Token, sent: Span, lowered: str) -> bool:
    """Habitual or timeless statements: "has long condemned", "will always defend", "has armed X for decades";
    and asking a question ("asked: 'Who else gains?'"), which requests nothing. `lowered`: the sentence's text in
    lower case."""
    if _habit_of_a_thing(token):
        return True
    verb = token if token.pos_ in ("VERB", "AUX") else (governor_of(token) or token)
    if verb.lemma_.lower() in QUESTION_VERBS:
        before = verb.doc[max(sent.start - 2, 0):sent.start]  # '"...?" he asked.' is often split after the "?"
        if any(t.text == "?" for t in (*before, *sent)):
            return True
    # "has armed and funded Hezbollah for decades": coordinated verbs share their modifiers; "has long accused
    # Israel of killing ...": a habit above the predicate makes it part of the habit
    linked = [verb, *(c for c in children_of(verb) if c.dep_ == "conj")] + ([verb.head] if verb.dep_ == "conj" else [])
    if ("long" in lowered or "always" in lowered) and any(  # (a walk up the tree, for a word most sentences lack)
            c.dep_ == "advmod" and c.lower_ in ("long", "always") for a in verb.ancestors for c in children_of(a)):
        return True
    for child in (c for v in linked for c in children_of(v)):
        if child.dep_ == "advmod" and child.lower_ in GENERIC_ADVERBS and not _vowed_forever(verb, sent):
            return True
        if child.dep_ == "prep" and child.lower_ in ("for", "over") and any(map(_ongoing, linked)) and any(
                o.lower_ in ("decades", "years", "centuries", "generations") and not any(
                    n.dep_ == "nummod" for n in children_of(o)) for o in children_of(child)):
            return True  # "has armed Hezbollah for decades" (but "supplied oil for decades" is history)
    return False


def _habit_of_a_thing(verb: Token) -> bool:
    """A simple present in a relative clause describes what a thing is for, not an act: "switched off the
    electricity it sells to Myanmar", "the pipeline that carries Russian gas to China"; but a deal's terms are
    acts ("a deal under which Russia writes off $10 billion")."""
    if verb.dep_ != "relcl" or verb.tag_ not in PRESENT_TAGS:
        return False
    children = children_of(verb)
    return not any(c.dep_ in ("aux", "auxpass", "neg") for c in children) and not any(
        c.dep_ == "prep" and any(o.lower_ in ("which", "whom") for o in children_of(c)) for c in children)


def _vowed_forever(verb: Token, sent: Span) -> bool:
    """"Kim said the DPRK would always stand with Russia": a promise for all time, made by someone on an occasion,
    is news (unlike "Israel will always defend itself" or "has always maintained")."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would") for c in children_of(verb)) \
        and reporter_of(verb, sent) is not None


def _ongoing(verb: Token) -> bool:
    """Present or present perfect: "has armed", "arms"."""
    return verb.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.lower_ in ("has", "have")
                                              for c in children_of(verb))


def _code(token: Token, sent: Span, lexicon: Lexicon, resolver: ActorResolver,
          reading: str | None = None) -> Predicate | None:
    """The predicate a word codes, or None; `reading`: the verb to read it as ("told X to" as "urge")."""
    if (measure := takes_effect(token)) is not None:
        # "the tariffs took effect in December": the measure's act, told (and dated) by the verb
        found = _code(measure, sent, lexicon, resolver) if measure.lemma_.lower() in lexicon.nouns else None
        return replace(found, token=token) if found is not None else None
    lemma = token.lemma_.lower()
    gerund = gerund_lemma(token, lexicon.verbs)  # "after [meeting] leader Kim", read by the model as a noun
    envoys = called_in_envoys(token)
    if reading is not None:
        candidates, pos = lexicon.verb_patterns(reading, None), "verb"
    elif gerund is not None:
        candidates, pos = lexicon.verb_patterns(gerund, None), "verb"
    elif declared_unwelcome(token) is not None or given_time_to_leave(token) is not None:
        # "declared eight diplomats persona non grata", "gave the ambassador 72 hours to leave": expelled them
        candidates, pos = lexicon.verb_patterns("expel", None), "verb"
    elif (judged := reading_verb(token)) is not None:
        # "found Nouri guilty", "held Russia responsible", "committed to begin talks", "took Poland to the WTO",
        # "a citizen held in Iran": convicted, blamed, pledged, sued, detained
        candidates, pos = lexicon.verb_patterns(judged, None), "verb"
    elif (named := _incident_named(token, lexicon)) is not None:  # "a shooting incident": read as "a shooting"
        candidates, pos = lexicon.nouns.get(named.lemma_.lower()), "noun"
    elif envoys is not None:  # "called in Japan's ambassador", "in" read as a preposition
        candidates, pos = lexicon.verb_patterns(lemma, "in"), "verb"
    elif token.pos_ in ("VERB", "AUX") and (token.dep_ != "amod" or misparsed_finite(token)) \
            and not _noun_read_as_verb(token):
        particle = particle_of(token) or _off_as_preposition(token, lexicon)
        candidates, pos = lexicon.verb_patterns(lemma, particle), "verb"
    elif answered_request(token) is not None:  # "turned down Argentina's bid to stop ...": a request
        candidates, pos = lexicon.nouns.get("request"), "noun"
    elif (token.pos_ in ("NOUN", "PROPN") and token.dep_ != "compound") or _noun_read_as_verb(token):
        # ("launched Operation Sindoor": the name's head word stands for the operation)
        candidates, pos = lexicon.nouns.get(OPERATION if named_operation(token) else lemma), "noun"
    else:
        return None
    if not candidates:
        return None
    objects: set[str] | None = None  # what it acts on: read when a pattern first asks (many ask nothing of it)
    for pattern in candidates:
        if pattern.objects is not None:
            objects = _acted_on(token, pos, envoys, resolver) if objects is None else objects
            if not (objects & pattern.objects or actor_object(token, pattern, resolver)
                    or ordered_as_told(token, pos, objects)
                    or in_force_as_told(token, pos, objects, pattern.type, resolver)):
                continue
        if pattern.type in ("REQUEST", "CONSULT") and judging(token):
            continue  # "a conversation the Kremlin called useful", "called Kim a partner": neither asks nor phones
        if given_name(token):
            continue  # "launched what it called Operation Bunyan-um-Marsoos": a name given, no judgement or request
        if pattern.subjects is not None and pattern.subjects.isdisjoint(subject_words(token)):
            continue  # "the last French soldiers left Niger", but not "Lavrov left Pyongyang"
        if pattern.mode == "visit" and pos == "noun" and _sold_trips(token):
            continue  # "a Beijing agency runs tours to North Korea": a business selling trips visits no one
        if pattern.mode == "visit" and pos == "verb" and carried(token):
            continue  # "the detainees were flown from Abha to Sanaa": people moved by others visit no one
        if pattern.mode == "visit" and pos == "verb" and machines_move(token):
            moved = motion_pattern(token, subjects(token), owners(token, resolver), pattern)
            if moved is None:
                continue  # "the plane arrived", "the system arrived": hardware on the move is no visit
            pattern = moved
        pattern = in_an_attack(token, pattern)
        pattern = _borne_by_its_subject(token, pos, pattern)
        if pos == "verb" and reduced_passive(token) and not _told_by_its_participle(pattern):
            continue  # "soldiers killed in the war", "a ceremony attended by both leaders": background, not news
        source, target = sides(token, pos, pattern, resolver)
        if pattern.type == "CONSULT" and (summons := summons_told_again(token, pos, resolver)) is not None:
            # "... summoned Ghana's ambassador. The meeting took place at the ministry": the summons told again
            pattern, (source, target) = replace(pattern, type="ACCUSE", mode="disapprove",
                                                contexts=("diplomatic",)), summons
        if pattern.objects is not None and (SPACE_OBJECT in pattern.objects or pattern.lemma in INTRUSION_NOUNS):
            source, target = _intruders(token, source, target, resolver)
        if not _a_party(source) and a_thing_does_it(token, resolver):
            continue  # "It has provided Vietnam with a shield", said of a treaty: no party acts
        if not source and pattern.type == "ASSAULT":
            source, target = retold_attack(token, pos, target, lexicon, resolver)
        if shows_weapons(pattern) and not target and (struck := struck_before(source, resolver)):
            pattern, target = replace(pattern, type="ASSAULT", mode="heavy-weapons"), struck
        if says_a_rule_was_broken(pattern):  # "Blinken said the launch violated ...": the speaker accuses
            source, target = violation_roles(token, lexicon, resolver)
        elif len(source) > 1 and each_on_the_other(  # ("recalled their ambassadors": the object asked for)
                [o for r in pattern.target for o in role_tokens(token, r)],
                role_tokens(token, "obj") if pattern.objects else [], {a.party for a in source},
                {a.party for a in target}):
            source, target = source[:1], source[1:]  # "the US and China imposed tariffs on each other"
        elif not target:  # "condemned the launch": the act's own actors
            target = [a for r in pattern.target for o in role_tokens(token, r)
                      for a in earlier_act_doers(o, lexicon, resolver) if not same_side(a, source)]
        if pattern.type == "THREATEN" and (_caution(token, source, resolver) or vowed_help(token, lexicon)
                                           or answered_with_an_act(token, lexicon)):
            # "warned that a second wave of deaths could follow", "vowed to support" threaten no one; "responded
            # to the attack with strikes" is the strikes, coded by their noun
            continue
        if pattern.type == "THREATEN" and vows_its_main_clause(token, lexicon):  # "..., as Putin has vowed"
            pattern = replace(pattern, type="AGREE", mode=None, contexts=("diplomatic",))
        signed = pattern.type == "AGREE" and pattern.objects is not None  # "signed a treaty": told as its noun
        source, target, inferred = complete(sent, pattern, source, target, resolver, signed, token)
        # ("ordered the closure": the closure told before, whose sides the order's own clause may only half name)
        retells = pattern.objects is not None and (ordered_as_told(token, pos, objects or set()) or in_force_as_told(
            token, pos, objects or set(), pattern.type, resolver)) and not (_a_party(source) and _a_party(target))
        if (retells or (not _a_party((*source, *target)) and _done_again_unnamed(token))) \
                and (pattern.type not in GIVEN_THINGS or sending_told_again(token)) \
                and (told := retold_key(token, pattern.type, resolver)):
            source, target, inferred = resolver.doers_of(told), resolver.done_to(told), True
        if inferred and pos == "noun" and _refers_back(token):
            return None
        if not pattern.symmetric and pattern.target and not _a_party(target):
            target = implied_target(token, pattern, source, resolver)
        elif pattern.type == "ASSAULT":
            # "bombed a FARC camp inside Ecuador", "struck Hezbollah positions near Damascus": the country it lands
            # in is struck too
            target = target + landed_in(token, pattern, source, target, resolver)
        if pattern.requires_target and not _a_party(target) and not _needs_no_party(token, pattern):
            continue
        if not _a_party((*source, *target)):
            return None
        if not pattern.symmetric and pattern.target:
            source, target, guessed = from_discourse(token, sent, pattern, source, target, resolver)
            inferred = inferred or guessed
        if inferred and pos == "noun" and (described_by_a_copula(token) or (
                (told_in_general(token, sent) or in_a_heading(sent)) and not _named_in(sent, [*source, *target]))):
            return None  # "the main feature of this collaboration is ...", "a story which legitimizes collaboration"
        object_lemma = None
        if pattern.objects:  # (the pattern may have been read anew since: "launched missiles" as an attack)
            objects = _acted_on(token, pos, envoys, resolver) if objects is None else objects
            object_lemma = next(iter(sorted(objects & pattern.objects)), None)
        if askers := demanded_by(token, source, resolver):  # "Rice said Pakistan must cooperate fully"
            pattern, source, target = replace(pattern, type="REQUEST", mode=None, symmetric=False), askers, source
        pattern, refusal, threat = _retyped(token, pos, armed(token, pattern, lexicon.object_classes), source,
                                            resolver)
        return Predicate(token, sent, pattern, tuple(source), tuple(target), object_lemma, inferred, refusal, threat)
    return None


def _ruling_ordered(found: Predicate | None, resolver: ActorResolver) -> Predicate | None:
    """A court's order read as the ruling it told before, of its type: by that court, against the side ordered (or,
    when the one ordered names no party, "the three men", against whom the ruling went)."""
    if found is None or (ruling := ruling_told(resolver)) is None:
        return None
    type_, mode, court, ruled_against = ruling
    courts = {a.party for a in court}
    ordered = [a for a in found.target if a.party and a.party not in courts]  # (not the court's own country)
    target = ordered or list(ruled_against)
    if not _a_party(target):
        return None
    pattern = replace(found.pattern, type=type_, mode=mode, contexts=("legal",))
    return replace(found, pattern=pattern, source=tuple(court), target=tuple(target), inferred=True)


def _attack_it_befell(found: Predicate, lexicon: Lexicon) -> Token | None:
    """"Two children were killed and three girls wounded in Tuesday's attack", "troops killed the commander in a
    raid on the camp": the harm is told of the attack named beside it, which names the event (the noun of the
    verb's "in" phrase, or of a harm verb joined to it), coded once, with the verb's sides."""
    verb = found.token
    if found.pattern.type != "ASSAULT" or verb.pos_ != "VERB" or verb.lemma_.lower() not in CASUALTY_VERBS:
        return None
    joined = [verb, *verb.conjuncts]
    harms = joined + [a for w in joined for a in children_of(w)
                      if a.dep_ == "acl" and a.lemma_.lower() in CASUALTY_VERBS]  # "and three girls wounded in"
    for harm in harms:
        for prep in (c for c in children_of(harm) if c.dep_ == "prep" and c.lower_ == "in"):
            attack = next((g for g in children_of(prep) if g.dep_ == "pobj"), None)
            if attack is not None and _an_attack_noun(attack, lexicon):
                return attack
    return None


def _an_attack_noun(word: Token, lexicon: Lexicon) -> bool:
    return word.pos_ == "NOUN" and any(p.type == "ASSAULT" and p.objects is None
                                       for p in lexicon.nouns.get(word.lemma_.lower(), ()))


def _incident_named(noun: Token, lexicon: Lexicon) -> Token | None:
    """"A shooting incident", "the firing incident": a word that only says something happened, named by the event
    noun before it, is that event; its sides are read on the whole phrase (its determiner, its place in the clause)
    and the event noun is the report's word."""
    if noun.lemma_.lower() not in INCIDENT_NOUNS or noun.pos_ != "NOUN":
        return None
    return next((c for c in children_of(noun) if c.dep_ == "compound" and c.i == noun.i - 1
                 and c.lemma_.lower() in lexicon.nouns), None)


def _noun_read_as_verb(token: Token) -> bool:
    """"during India's missile strikes": the model may read a plural noun after a preposition as a verb in the
    present; a preposition's object is no finite verb."""
    return token.tag_ == "VBZ" and token.dep_ == "pobj"


def _acted_on(token: Token, pos: str, envoys: list[Token] | None, resolver: ActorResolver) -> set[str]:
    """The lemmas of what the predicate acts on, as a pattern's object condition reads them."""
    objects = object_lemmas(token, pos, resolver.mention_at) | called_names(token)
    if envoys is not None:
        objects |= {ACTOR_OBJECT}  # the reading found envoys, named ones or "him": persons to summon
    if enters_a_countrys_space(token):
        objects |= {SPACE_OBJECT}
    if armed_operation(token):
        objects |= {ARMED_OPERATION}  # "launched an operation against militants": an armed one
    if recalled_for_consultations(token):
        objects |= {"envoy"}  # "Soto, who had been recalled for consultations": whoever is named is an envoy
    return objects | _particle_object(token, pos) | _measures_borne(token, pos)


def _measures_borne(verb: Token, pos: str) -> set[str]:
    """"Iran has been hit by U.S. sanctions", "firms targeted by tariffs": the measure a passive's subject is hit
    by is what it is hit with (a sanction, not an attack)."""
    if pos != "verb" or not any(c.dep_ == "auxpass" for c in children_of(verb)):
        return set()
    measures = load_lexicon().object_classes.get("restrictions", frozenset())
    return {o.lemma_.lower() for a in children_of(verb) if a.dep_ == "agent" for o in children_of(a)
            if o.dep_ == "pobj" and o.lemma_.lower() in measures}


def _particle_object(verb: Token, pos: str) -> set[str]:
    """"Thailand switched off the electricity it sells": the model reads the particle as a preposition and what
    is switched off as its object; that is the phrasal verb's object."""
    if pos != "verb":
        return set()
    return {o.lemma_.lower() for p in children_of(verb) if p.dep_ in ("prt", "prep") and p.lower_ == "off"
            and p.i == verb.i + 1 for o in children_of(p) if o.dep_ == "pobj"}


def _borne_by_its_subject(noun: Token, pos: str, pattern: Pattern) -> Pattern:
    """"Russia faces new sanctions from the EU", "will not bow to Western sanctions", "helped Pyongyang evade UN
    sanctions": the subject of a verb of undergoing or escaping a measure is whom it is laid on, not its author
    (who may be the noun's "from" object)."""
    if pos != "noun" or pattern.type != "SANCTION" or "governor_subj" not in pattern.source \
            or noun.dep_ not in ("dobj", "pobj") or _undergoing_verb(noun) is None:
        return pattern
    source = tuple(r for r in pattern.source if r != "governor_subj") + ("prep:from",)
    return replace(pattern, source=source, target=(*pattern.target, "governor_subj"))


def _undergoing_verb(noun: Token) -> Token | None:
    """The verb whose object the measure is when it names undergoing or escaping it ("faces sanctions", "bow to
    sanctions", "hit by sanctions")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in ("to", "under", "by") and head.head.lemma_.lower() in UNDERGOING_VERBS:
        return head.head  # ("bow to", "suffer under", "hit by")
    return head if noun.dep_ == "dobj" and head.lemma_.lower() in UNDERGOING_VERBS else None


def _off_as_preposition(verb: Token, lexicon: Lexicon) -> str | None:
    """"switched off the gas": "off" right after a verb that has an "off" entry, read by the model as a
    preposition, is the particle."""
    right_after = verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1]
    if right_after and right_after.lower_ == "off" and right_after.dep_ == "prep" and right_after.head.i == verb.i \
            and lexicon.verbs.get(f"{verb.lemma_.lower()} off"):
        return "off"
    return None


def _named_in(sent: Span, actors: list[Actor]) -> bool:
    """Some party of the act is named in its own sentence (not only guessed from the text around it)."""
    return any(a.party and sent.start_char <= a.start < sent.end_char for a in actors)


def _names_a_party(found: Predicate) -> bool:
    """The noun's own phrase names a party of its act: "Iran's attack", "accusations by Rwanda"."""
    words = list(found.token.subtree)
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    return any(a.party and start <= a.start < end for a in (*found.source, *found.target))


def _sold_trips(noun: Token) -> bool:
    """Trips that a business runs, sells or offers: "runs tours to North Korea", "offers trips to Pyongyang"."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in TRIP_SELLING_VERBS


def _done_again_unnamed(verb: Token) -> bool:
    """"The four were declared persona non grata and must leave": a passive act with no party named, neither the
    doer nor whom it is done to, retells the act of its type the article told last, when it tells it as done; so
    does an event noun whose course is told ("the attack came hours before": readings.told_as_fact)."""
    if verb.pos_ in ("NOUN", "PROPN"):
        return (verb.dep_ == "nsubj" and (told_as_fact(verb.head) or _course_told_done(verb.head)
                                          or takes_effect_as_told(verb))) or subject_of_a_told_clause(verb)
    # a clause, not a participle that describes a noun ("a verdict upheld on appeal")
    told = any(c.dep_ == "auxpass" for c in children_of(verb))
    return told and not role_tokens(verb, "prep:by") and not _not_told_as_done(verb)


def _a_party(actors: Iterable[Actor]) -> bool:
    """Some actor of them is a party (a state or a body the dyad is of), not only a person or place unplaced."""
    return any(a.party for a in actors)


def _not_told_as_done(verb: Token) -> bool:
    """"would not be barred", "if his flight was barred", "demanded that the body be returned", "no document was
    signed": denied, supposed or asked for, not an act done."""
    children = list(children_of(verb))
    return any(c.dep_ == "neg" or c.tag_ == "MD" or (c.dep_ == "mark" and c.lower_ in CONDITIONS) for c in children) \
        or any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in children) \
        or any(c.dep_ == "nsubjpass" and any(d.lower_ == "no" for d in children_of(c)) for c in children)


def _retyped(token: Token, pos: str, pattern: Pattern, source: list[Actor],
             resolver: ActorResolver) -> tuple[Pattern, bool, bool]:
    """What the clause makes of the act: a refusal ("would not support"), trade ("in return, ... will supply"),
    a threat ("said it would strike"). Also says whether it is a refusal or a threat."""
    if pattern.type in REFUSABLE and refusal_clause(token) is not None:
        return replace(pattern, type="REJECT", mode=REFUSABLE[pattern.type]), True, False
    if pos == "verb" and halted(token, pattern.type):  # "told agencies to stop selling tours to X"
        return replace(pattern, type="SANCTION", mode="discontinue"), False, False
    if pattern.type == "REJECT" and pos == "verb" and _entry_refused(token):
        # "refused to let two US military planes land": not a refusal of a proposal but a restriction on movement
        return replace(pattern, type="COERCE", mode="restrict"), False, False
    if pattern.type == "AGREE" and pos == "verb" and yields_to_a_demand(token):  # "agreed to Seoul's demand"
        return replace(pattern, type="CONCEDE", mode=None), False, False
    if pattern.type == "AID" and _exchanged(token):
        return replace(pattern, type="COOPERATE", mode=None, contexts=("economic",)), False, False
    if pattern.type == "AID" and pattern.mode == "military" and to_the_frontier(token):
        # "deployed troops to the Ukrainian border": a show of force against Ukraine, not help for it
        manned = pattern.objects is None or "troop" in pattern.objects  # (the entry for troops, not for arms)
        return replace(pattern, type="MOBILIZE", mode="troops" if manned else "weapons"), False, False
    if pattern.type == "ASSAULT" and pos == "verb" and _own_attack_announced(token, source, resolver):
        return replace(pattern, type="THREATEN", mode="violence"), False, True
    if pattern.type in MEASURE_TYPES and pos == "verb" and measure_held_over(token, source, resolver):
        # "said it could hold in abeyance all bilateral agreements": the warning is the act
        mode = THREATENED_MODES.get((pattern.type, pattern.mode or ""))
        return replace(pattern, type="THREATEN", mode=mode), False, True
    if pattern.type == "PROTEST" and pos == "noun" and (governor := governor_of(token)) is not None \
            and governor.lemma_.lower() in LODGING_VERBS:  # "lodged a protest with Pyongyang": said, not marched
        return replace(pattern, type="ACCUSE", mode="disapprove", contexts=("diplomatic",)), False, False
    if pattern.type == "CONSULT" and pattern.mode is None and pos == "verb" and any(
            p.lower_ in ("by", "over", "via") and o.lemma_.lower() in REMOTE_MEANS
            for p in children_of(token) if p.dep_ == "prep" for o in children_of(p) if o.dep_ == "pobj"):
        return replace(pattern, mode="phone"), False, False  # "spoke by phone", "talked over a video link"
    if pattern.mode == "expel" and pos == "verb" and token.lemma_.lower() == "order" and any(
            c.lower_ == "home" for c in children_of(token)):  # "ordered its own diplomats home": a recall
        return replace(pattern, mode="withdraw"), False, False
    if pattern.type == "PROTEST" and pos == "verb" and token.lemma_.lower() == "protest" and source and all(
            a.sector == "GOV" for a in source):
        # "Seoul protested to Tokyo", "Japan's government protested": a state complains, crowds demonstrate
        return replace(pattern, type="ACCUSE", mode="disapprove", contexts=("diplomatic",)), False, False
    return pattern, False, False


def _needs_no_party(verb: Token, pattern: Pattern) -> bool:
    """A required recipient the sentence leaves unnamed: "fired missiles at six locations" is aimed at a target,
    "announced the duties" and "ordered troops to the border" face the side the article is about."""
    return (pattern.type == "ASSAULT" and aimed_at(verb)) or announced_measure(verb, pattern.type) or (
        pattern.type == "AID" and pattern.mode == "military" and to_the_frontier(verb)) or _back_at_post(verb)


def _back_at_post(noun: Token) -> bool:
    """"The envoy's return followed a call": an envoy's return told with no place goes back to the post the text
    has named (the side it names is found in the discourse); "his return home" or "to Paris" may be the recall."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() == "return" and not any(
        c.lower_ in ("to", "home") for c in children_of(noun))


def _entry_refused(verb: Token) -> bool:
    """The refusal is of letting someone come in: "refused to let the plane land", "declined to allow the ship to
    dock" (the model may read "land" as a noun)."""
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in PERMITTING_VERBS
               and any(w.lemma_.lower() in ENTERING_WORDS for w in c.subtree) for c in children_of(verb))


def _told_by_its_participle(pattern: Pattern) -> bool:
    """Acts a participle after a noun tells as news: "a doctor arrested in Iran", "Krasikov, freed by Germany",
    "the declaration, signed by Abiy and Isaias", "a swap mediated by the UAE"."""
    return pattern.type in PARTICIPLE_TYPES or (pattern.type, pattern.mode) == ("CONSULT", "third-party") \
        or pattern.lemma in PARTICIPLE_LEMMAS


def _exchanged(verb: Token) -> bool:
    """A transfer made "in return" or "in exchange", or under a commercial contract ("a contract under which
    Russia will supply China with gas")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    for prep in (c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "in"):
        if any(o.lemma_.lower() in EXCHANGE_WORDS for o in children_of(prep) if o.dep_ == "pobj"):
            return True
    return verb.dep_ == "relcl" and verb.head.lemma_.lower() in COMMERCIAL_NOUNS


def _caution(verb: Token, source: list[Actor], resolver: ActorResolver) -> bool:
    """"Warned that Tehran could receive billions", "warned that a second wave of deaths could follow": what may
    happen, done by someone other than the one warning, is a caution and no threat."""
    if verb.lemma_.lower() != "warn":
        return False
    own = {a.party for a in source}
    for clause in (c for c in children_of(verb) if c.dep_ == "ccomp"):
        if not possibility(clause):
            continue
        doers = {a.party for s in subjects(clause) for a in resolver.resolve(s)}
        if not doers & own:
            return True
    return False


def _own_attack_announced(verb: Token, source: list[Actor], resolver: ActorResolver) -> bool:
    """"Israel has said it would strike again", "Iran warned it will hit back": an attack under will/would in what
    its own actor says is the threat made now."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in THREAT_VERBS:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in WILL_MODALS for c in children_of(verb)):
        return False
    speakers = {a.party for s in subjects(verb.head) for a in resolver.resolve(s)}
    return bool(speakers & {a.party for a in source} - {None})


def refusal_clause(token: Token) -> Token | None:
    """The verb of the predicate's clause when it is negated under a modal of will: "would not support",
    "will not hold [talks]", "won't back down"."""
    clause = token
    if token.pos_ not in ("VERB", "AUX"):  # "will not hold [talks]", but not "would not bargain at [talks]"
        clause = token.head
        if token.dep_ not in ("dobj", "nsubj", "nsubjpass") or clause.pos_ not in ("VERB", "AUX"):
            return None
    children = list(children_of(clause))
    if any(c.dep_ == "neg" for c in children) and any(c.dep_ == "aux" and c.lower_ in WILL_MODALS for c in children):
        return clause
    return None


def _course_told_done(verb: Token) -> bool:
    """"A shooting incident had taken place", "the attack has occurred near ...": an act told in the perfect as having
    happened (no modal: "could have taken place" is a guess). Only verbs of happening: "the trip had started in
    Vietnam" may be of a stop before the one told."""
    children = list(children_of(verb))
    lemma = verb.lemma_.lower()
    return (lemma in HAPPENING_VERBS or (lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place"
                                                                  for c in children))) \
        and verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children) \
        and not any(c.tag_ == "MD" for c in children)


def _refers_back(noun: Token) -> bool:
    """"Under the deal", "the talks began": a definite event noun whose parties the sentence does not name
    refers to an event told before, not a new one."""
    if noun.dep_ not in ("nsubj", "pobj") or noun.head.lower_ == "of" or told_as_fact(noun.head) \
            or _course_told_done(noun.head) or takes_effect_as_told(noun) or subject_of_a_told_clause(noun):
        # "signed the agreement", "the deal was reached", "the attack came hours before", "the closure took effect
        # at 8 p.m.": told again
        return False
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in children_of(noun)) \
        or any(c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her") for c in children_of(noun))


def _intruders(token: Token, source: list[Actor], target: list[Actor], resolver: ActorResolver,
               ) -> tuple[list[Actor], list[Actor]]:
    """The sides of an intrusion: the craft's country intrudes, and where the roles name no recipient, the country
    whose airspace, waters or coast they are in is intruded on (a place noun is no recipient elsewhere: "clashes on
    the border")."""
    craft, places = intrusion_parts(token)
    # (the craft's country, not the one that "called it an incursion")
    source = [a for c in craft for a in resolver.resolve(c) if a.party] or source
    if not _a_party(target):
        owners = [o for p in places for o in (p, *(c for c in children_of(p) if c.dep_ == "poss"))]  # "its waters"
        target = [a for o in owners for a in resolver.resolve(o) if a.party and not same_side(a, source)][:1] \
            or _complainant(token, source, resolver) or target
    return source, target


def _complainant(token: Token, source: list[Actor], resolver: ActorResolver) -> list[Actor]:
    """Whose space it is when the text says only "its waters" or "the zone": the side that protests, describes or
    reports the intrusion ("Indonesia lodged a protest over the presence of Chinese boats", "Bakamla said Chinese
    boats had entered the zone"), the subject of the first clause above it that is not the intruder's."""
    for above in token.ancestors:
        for subject in (c for c in children_of(above) if c.dep_ == "nsubj"):
            found = [a for a in resolver.resolve(subject) if a.party and not same_side(a, source)]
            if found:
                return found[:1]
    return []


def _grievance(noun: Token) -> bool:
    """The noun names the other side's intrusion that its verb protests or describes, an act of its own: "protested
    over the presence of Chinese vessels", "what it called a violation of its waters by Chinese ships"."""
    return noun.lemma_.lower() in INTRUSION_NOUNS

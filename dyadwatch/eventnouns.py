"""Stage 4, events: when an event noun is no event of its own sentence (for `events.py`).

- "relations of strategic partnership", "the Treaty of Good-Neighbourliness and Friendly Cooperation": a noun that
  says what another noun is; "curbs on technology exports": what a restriction restricts.
- "Under the Ankara Declaration, the two leaders committed to begin talks": the deal frames the act the sentence
  tells (a pledge), and gives way to it when both are one type and parties; it was told, and dated, where it was
  made. Alone ("Under the new treaty, the two sides pledge ...", with the sides unresolved) it still stands.
- "its trade with Russia was normal": an exchange noun described by a copula is a state of the ties, no act.
- "The main feature of this collaboration is energy cooperation": an event noun in what a present copula equates
  says what a relationship is like, no act (asked only where the noun's parties were guessed); so does a bare
  event noun in a timeless present clause ("a story which legitimizes collaboration"), and one in a heading with no
  verb ("Military and Security Cooperation: Between Arms Trade and Deployment").
- "helped Iran evade the sanctions", "blocked or watered down sanctions on North Korea": a measure resisted is no
  measure imposed here (who imposed it, if anyone, is told elsewhere).
- "signed five agreements during the visit": a noun that names the occasion of its verb's act is an act of its own
  (`another_act`); so is the act a condemnation or a welcome names with its doer ("condemned the Israeli air
  strike": `reacted_to`).
- "denounced the 2018 agreement", "decided to keep the Indus Waters Treaty in abeyance": the verb undoes the deal
  (a sanction, or a rejection); the noun names what is undone, not an agreement reached; "cancelled a trip": no
  visit.
- "launched an operation against militants in Afghanistan", "India launched Operation Sindoor": an operation
  launched against someone, or given a name of the form "Operation X", is an armed one (`armed_operation`).
- "responded to the attack with strikes on Kyiv": the response is the strikes; the attack answered is the other
  side's (`answered_unnamed`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .lexicon import Lexicon
from .parsetree import PRESENT_TAGS, VERB_POS, children_of, infinitive_chain, marked_infinitive, negated

__all__ = ["ARMED_OPERATION", "HALTED_PREPS", "HALTING_NOUNS", "OPERATION", "RESISTING_VERBS", "another_act",
           "answered_unnamed", "answered_with_an_act", "armed_operation", "named_operation", "describes_a_noun",
           "described_by_a_copula", "described_state", "frames_an_act", "in_a_heading", "in_charge",
           "news_conference", "reacted_to", "resisted_measure", "standing_ties", "told_in_general", "topic_of_talks",
           "undone_agreement", "way_of_doing"]

AGREEING = frozenset({"AGREE", "SUPPORT"})
TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})
# what talks are held on: "talks focused on a permanent ceasefire", "discussed ..." (the verbs of a topic)
TOPIC_VERBS = frozenset({"focus", "centre", "center", "dwell", "touch", "discuss"})
FRAMING_PREPS = frozenset({"under"})  # "under the deal", "under the treaty"
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
# "relations of strategic partnership", "the Treaty of ... Cooperation": a noun naming the kind of a relation or a
# treaty; "sanctions on technology exports": what a restriction restricts. Neither is an event of its own
KIND_HEAD_CLASSES = frozenset({"agreement", "relations"})
RESTRICTING_TYPES = frozenset({"SANCTION", "COERCE"})
EXCHANGE_TYPES = frozenset({"COOPERATE", "AID"})  # trade, cooperation, supplies: ongoing ties more than acts
# "a three-day halt to attacks", "the suspension of drone strikes": the attacks are what stops, no attack made
# (not "end": "at the end of the talks" ends talks that were held)
HALTING_NOUNS = frozenset({"halt", "pause", "suspension", "cessation", "moratorium", "freeze"})
HALTED_PREPS = frozenset({"to", "of", "in", "on"})
# "took charge of the embassy": the idiom of taking control, not an accusation (the charge noun's only reading)
TAKING_LEMMAS = frozenset({"take", "assume"})
# "took full charge": how much of it, still the idiom
CONTROL_DEGREES = frozenset({"full", "overall", "sole", "complete", "total", "direct", "operational"})
# verbs whose subject resists a measure, rather than imposing it: "evaded the sanctions", "watered down sanctions"
RESISTING_VERBS = frozenset({"evade", "avoid", "circumvent", "bypass", "skirt", "dodge", "escape", "resist", "defy",
                             "confront", "counter", "contest", "oppose", "block", "veto", "water", "weaken",
                             "dilute", "overcome", "navigate"})
COPULAS = frozenset({"be", "become", "remain"})
EQUATED_DEPS = frozenset({"nsubj", "attr"})  # the two sides of "X is Y"
NOMINAL_POS = frozenset({"NOUN", "PROPN", "NUM", "PRON"})  # ("one of the characteristics of this cooperation")
# words in front of a noun that make it one occasion or a count of them ("the talks", "their deal", "two summits")
PARTICULAR_DEPS = frozenset({"det", "poss", "nummod", "quantmod"})
JUDGING_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT"})  # condemning, welcoming or rejecting another's act
BLAMING_VERBS = frozenset({"blame", "pin"})  # "blamed the ambush on rebels": the "on" names its doer, not its target
REACTION_TYPES = frozenset({"ACCUSE", "SUPPORT"})  # condemning or welcoming another's act
OCCASION_PREPS = frozenset({"at", "during", "after", "following", "before", "since", "amid"})
OPERATION = "operation"  # the noun whose armed reading `armed_operation` tells
OPERATION_NAME = "Operation"  # how the names of military operations open ("Operation Sindoor")
ARMED_OPERATION = "offensive"  # an object word of the lexicon's armed operation, given to one launched against X
# verbs that set an operation going ("launched", "conducted", "mounted an operation against ...")
LAUNCHING_VERBS = frozenset({"launch", "conduct", "mount", "begin", "start", "stage", "wage", "intensify",
                             "expand", "carry"})
AIMING_PREPS = frozenset({"against", "into"})  # whom an operation launched is aimed at
RESPONDING_VERBS = frozenset({"respond", "react", "reply"})  # answered with an act (`answered_with_an_act`)


def reacted_to(noun: Token, reaction: str, lexicon: Lexicon) -> bool:
    """The object of a verb coded as condemning or welcoming another's act (`judged_act`), an act of its own:
    "condemned the attack on the embassy", "welcomed the court's order". (A rejected act may never have been made:
    "rejected the offer of talks".)"""
    if reaction not in REACTION_TYPES or not judged_act(noun, lexicon) \
            or negated(noun.head):
        return False  # ("did not recognise the agreement": the judging is denied, the act told only in passing)
    return reaction not in {p.type for p in lexicon.nouns.get(noun.lemma_.lower(), ())}


def judged_act(noun: Token, lexicon: Lexicon) -> bool:
    """The direct object of a verb that only judges acts ("condemned the attack", "welcomed the deal", "rejected the
    ruling"): someone else's act, not the judge's (`eventsides` takes no doer from the verb's subject)."""
    if noun.dep_ != "dobj" or noun.head.pos_ not in VERB_POS:
        return False
    lemma = noun.head.lemma_.lower()
    kinds = {p.type for p in lexicon.verbs.get(lemma, ())}
    return bool(kinds) and kinds <= JUDGING_TYPES and lemma not in BLAMING_VERBS


def another_act(noun: Token) -> bool:
    """The noun names an act of its own, not the one of the verb it hangs on: the occasion of the verb's act ("had
    not signed anything at his talks with Kurti", "signed five agreements during the visit")."""
    return noun.dep_ == "pobj" and noun.head.lower_ in OCCASION_PREPS


def frames_an_act(noun: Token, lexicon: Lexicon) -> bool:
    """"Under the deal, Iran agreed to ...": an agreement noun the sentence's act is done under. One told by its
    own clause ("under agreements signed in Beijing on Tuesday") is news of its own."""
    return noun.dep_ == "pobj" and noun.head.lower_ in FRAMING_PREPS and _agreement_noun(noun, lexicon) \
        and not any(c.dep_ in ("acl", "relcl") for c in children_of(noun))


def undone_agreement(noun: Token, lexicon: Lexicon) -> bool:
    """An agreement noun that is the object of a verb whose first entry for it is of another type than agreeing
    ("denounced the treaty", "suspended the accord"); "signed the treaty" and "kept the agreement" are not. So is a
    meeting noun whose verb rejects it ("forced him to cancel a trip to Tokyo": no visit, even when the verb finds
    no one to code it with)."""
    if noun.dep_ not in OBJECT_DEPS or noun.head.pos_ not in ("VERB", "AUX"):
        return False
    agreement = _agreement_noun(noun, lexicon)
    if not agreement and not _meeting_noun(noun, lexicon):
        return False
    lemma = noun.lemma_.lower()
    for pattern in lexicon.verbs.get(noun.head.lemma_.lower(), []):
        if pattern.objects is not None and lemma in pattern.objects:
            return pattern.type not in AGREEING if agreement else pattern.type == "REJECT"
    return False


def _meeting_noun(noun: Token, lexicon: Lexicon) -> bool:
    patterns = lexicon.nouns.get(noun.lemma_.lower(), []) if noun.pos_ in ("NOUN", "PROPN") else []
    return bool(patterns) and all(p.type == "CONSULT" for p in patterns)


def _agreement_noun(noun: Token, lexicon: Lexicon) -> bool:
    patterns = lexicon.nouns.get(noun.lemma_.lower(), []) if noun.pos_ in ("NOUN", "PROPN") else []
    return bool(patterns) and all(p.type in AGREEING for p in patterns)


def describes_a_noun(noun: Token, lexicon: Lexicon) -> bool:
    """An event noun that says what another noun is ("relations of strategic partnership", "the Treaty of
    Good-Neighbourliness and Friendly Cooperation"), what a restriction restricts ("curbs on technology
    exports") or what a halt stops ("a halt to missile attacks")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    head = noun
    while head.dep_ in ("conj", "appos") and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.dep_ == "prep":
        preposition = head.head
        head = preposition.head
        if preposition.lower_ in ("on", "of", "against") and _restricts(head, lexicon):
            return True
        if preposition.lower_ in HALTED_PREPS and head.lemma_.lower() in HALTING_NOUNS:
            return True  # "a halt to attacks": what the halt stops
        if preposition.lower_ != "of":
            return False
    elif head.i == noun.i:
        return False
    return head.i != noun.i and head.pos_ in ("NOUN", "PROPN") and \
        lexicon.class_of(head.lemma_.lower()) in KIND_HEAD_CLASSES


def described_state(noun: Token, lexicon: Lexicon) -> bool:
    """"said its trade with Russia was normal and legitimate": an exchange noun that a copula describes with an
    adjective is a state of the ties, no act of cooperation (unlike a statement of support: "the commitment was
    ironclad" pledges it)."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() != "be" or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if not any(c.dep_ == "acomp" for c in children_of(verb)):
        return False
    patterns = lexicon.nouns.get(noun.lemma_.lower(), [])
    return bool(patterns) and all(p.type in EXCHANGE_TYPES for p in patterns)


def _restricts(noun: Token, lexicon: Lexicon) -> bool:
    patterns = lexicon.nouns.get(noun.lemma_.lower(), []) if noun.pos_ in ("NOUN", "PROPN") else []
    return bool(patterns) and all(p.type in RESTRICTING_TYPES for p in patterns)


def resisted_measure(noun: Token, lexicon: Lexicon) -> bool:
    """A sanction or restriction that the verb above it resists ("helped the DPRK evade UN sanctions", "block or
    water down sanctions on North Korea", "restrictions that the country has tried to confront"): told as what a
    side works against, no measure imposed in this sentence."""
    if noun.pos_ not in ("NOUN", "PROPN") or not _restricts(noun, lexicon):
        return False
    if noun.dep_ in OBJECT_DEPS and noun.head.lemma_.lower() in RESISTING_VERBS:
        return True
    return any(verb.lemma_.lower() in RESISTING_VERBS  # ("has attempted to confront": through its infinitives)
               for clause in children_of(noun) if clause.dep_ == "relcl" for verb in infinitive_chain(clause))


MADE_DEPS = frozenset({"dobj", "nsubjpass"})  # "declared a partnership", "a partnership was established"


def standing_ties(noun: Token, lexicon: Lexicon) -> bool:
    """"The partnership between Moscow and Hanoi has deepened", "the vision of the partnership": a noun of ties that
    stand (lexicon class standing_ties) names them unless a verb makes them ("declared a partnership")."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() not in lexicon.object_classes.get("standing_ties", ()):
        return False
    head = noun
    while head.dep_ in ("conj", "appos") and head.head.i != head.i:
        head = head.head
    return head.dep_ not in MADE_DEPS


# nouns that name a kind of act, not an occasion of it ("weeks of fighting", "the resumption of fighting" tell one)
WAY_NOUNS = frozenset({"cause", "goal", "aim", "purpose", "objective", "idea", "notion", "concept", "policy",
                       "strategy", "principle", "practice", "tradition", "habit", "way", "means", "method", "art",
                       "business", "task", "duty", "mission"})


def way_of_doing(gerund: Token) -> bool:
    """"the common cause of fighting against the West", "the policy of building up ties": a gerund after "of" on a
    noun of kinds (WAY_NOUNS) names a kind of act, no act done ("accused Iran of arming the rebels" hangs on a verb
    and tells one); so does an infinitive on one ("maybe as a strategy to send more troops")."""
    if gerund.dep_ == "acl" and marked_infinitive(gerund):
        return gerund.head.lemma_.lower() in WAY_NOUNS  # "as a strategy to send more troops"
    preposition = gerund.head
    if not gerund.lower_.endswith("ing") or gerund.dep_ not in ("pcomp", "pobj") or preposition.lower_ != "of":
        return False  # (the model reads some gerunds as nouns: "the cause of [fighting]")
    return preposition.head.lemma_.lower() in WAY_NOUNS and preposition.head.i != preposition.i


def news_conference(noun: Token) -> bool:
    """"told a news conference in Jerusalem", "held a press conference": one side speaking to reporters, no
    meeting with another (a "joint news conference" of two leaders is held at their talks, and kept)."""
    return noun.lemma_.lower() in ("conference", "briefing") and any(
        c.dep_ == "compound" and c.lower_ in ("news", "press") for c in children_of(noun)) and not any(
        c.lower_ == "joint" for c in children_of(noun))


def in_charge(noun: Token) -> bool:
    """"Brazil took charge of the Argentine embassy": a bare "charge" taken or assumed is control of something, no
    charge laid against anyone ("took the charges to court" keeps its determiner and its reading)."""
    if noun.lower_ != "charge" or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in TAKING_LEMMAS:
        return False
    return not any(c.dep_ in ("det", "poss", "compound") or c.dep_ == "amod" and c.lemma_.lower() not in CONTROL_DEGREES
                   for c in children_of(noun))


def described_by_a_copula(noun: Token) -> bool:
    """"The main feature of this collaboration is energy cooperation", "economic cooperation has become a pillar of
    the relationship": an event noun in the subject or the attribute of a copula in the present, whose clause
    names no date, says what a relationship is like; it tells no act. Through noun phrases only ("one of the
    features of"): "the Mossad was behind a cyber operation", "are in talks with" say what went on; and not a
    particular act as the subject ("the deal is worth $400 billion")."""
    node = noun
    while node.dep_ not in EQUATED_DEPS:
        if node.dep_ in ("conj", "appos") and node.head.pos_ in NOMINAL_POS and node.head.i != node.i:
            node = node.head
        elif node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.pos_ in NOMINAL_POS:
            node = node.head.head
        else:
            return False
    if node is noun and node.dep_ == "nsubj" and any(c.dep_ in ("det", "poss") for c in children_of(noun)):
        return False  # "the deal is worth $400 billion", "the drills are the largest ever": one act told again
    verb = node.head
    return verb.lemma_.lower() in COPULAS and _in_the_present(verb) and not _dated(verb)


def told_in_general(noun: Token, sent: Span) -> bool:
    """"A story which legitimizes collaboration to home audiences", "it lowers the costs during negotiations": a
    bare event noun (no article, owner or number; not counted: "months of negotiations") in a clause in the simple
    present with no date speaks of such acts in general. Asked only where the sentence names no party of the act."""
    if noun.pos_ not in ("NOUN", "PROPN") or any(c.dep_ in PARTICULAR_DEPS for c in children_of(noun)):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        return False
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.tag_ in PRESENT_TAGS and not any(
        c.dep_ in ("aux", "auxpass") for c in children_of(verb)) and not _dated(sent.root)


def in_a_heading(sent: Span) -> bool:
    """"Economic and Trade Cooperation: Navigating the Sanctions": a sentence with no verb at all is a heading, which
    names a topic. Asked only where the sentence names no party of the act ("Russia, North Korea sign deal" is a
    headline, even when the model reads no verb in it)."""
    return not any(t.pos_ in VERB_POS for t in sent)


def _in_the_present(verb: Token) -> bool:
    """"is", "are", "has been", "is becoming"; not "was" (an act told again: "the visit was the first by") nor
    "would be"."""
    auxiliaries = [c for c in children_of(verb) if c.dep_ == "aux"]
    if any(c.tag_ == "MD" for c in auxiliaries):
        return False
    return verb.tag_ in PRESENT_TAGS or any(c.tag_ in PRESENT_TAGS for c in auxiliaries)


def _dated(verb: Token) -> bool:
    """The clause names a date with a number in it ("in June 2024", "since 2019"); "centuries-old" is no date."""
    return any(t.ent_type_ in ("DATE", "TIME") and any(ch.isdigit() for ch in t.text) for t in verb.subtree)


def topic_of_talks(noun: Token, lexicon: Lexicon) -> bool:
    """"postponed talks on a $4.2 billion loan", "the talks focused on a permanent ceasefire": what talks are about
    is their topic, not an act done (the loan is neither given nor the ceasefire agreed by saying so)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in TOPIC_PREPS or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    held_on = noun.head.head
    if held_on.pos_ in VERB_POS:
        return held_on.lemma_.lower() in TOPIC_VERBS
    return _meeting_noun(held_on, lexicon)


def named_operation(token: Token) -> bool:
    """"launched Operation Sindoor", "conducting Operation Claw-Lock": a name that opens with the word "Operation"
    is a military operation's (its head word stands for the operation)."""
    if token.pos_ != "PROPN" or token.dep_ == "compound":
        return False
    first = min(t.i for t in token.subtree)
    return any(c.dep_ == "compound" and c.text == OPERATION_NAME and c.i == first for c in children_of(token))


def armed_operation(noun: Token) -> bool:
    """An operation a side sets going against someone ("launched an operation against militants", "launched a
    cross-border operation into Syria"), or one named "Operation X": armed, unlike "an operation in Kenya" of a
    company or a surgeon's."""
    if named_operation(noun):
        return True
    if noun.lemma_.lower() != OPERATION or (verb := _launching_verb(noun)) is None:
        return False
    return any(c.dep_ == "prep" and c.lower_ in AIMING_PREPS for h in (noun, verb) for c in children_of(h))


def _launching_verb(noun: Token) -> Token | None:
    """The verb that sets the operation going: "launched an operation", or "launched what it called an operation"
    (the name given is the object of the launching)."""
    head = noun.head
    if noun.dep_ == "oprd" and head.lemma_.lower() == "call":
        what = next((c for c in children_of(head) if c.dep_ == "dobj" and c.lower_ == "what"), None)
        head = head.head if what is not None else head  # (the free relative hangs on the launching verb)
        return head if what is not None and head.lemma_.lower() in LAUNCHING_VERBS else None
    return head if noun.dep_ == "dobj" and head.lemma_.lower() in LAUNCHING_VERBS else None


def answered_unnamed(noun: Token, lexicon: Lexicon) -> bool:
    """"Russia responded to the attack with strikes": what a response made with an act answers, named by a bare
    noun, is the other side's act told before, not one of the responder's."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "to" or not answered_with_an_act(noun.head.head, lexicon):
        return False
    return not any(c.dep_ in ("poss", "compound", "amod") for c in children_of(noun))


def answered_with_an_act(verb: Token, lexicon: Lexicon) -> bool:
    """"Russia responded to the attack with strikes on Kyiv": a response made with an act the lexicon codes is that
    act, not a threat of one (the model hangs "with" on the verb or on what is answered)."""
    if verb.lemma_.lower() not in RESPONDING_VERBS:
        return False
    answered = [o for p in children_of(verb) if p.dep_ == "prep" and p.lower_ == "to"
                for o in children_of(p) if o.dep_ == "pobj"]
    return any(w.dep_ == "prep" and w.lower_ == "with" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in lexicon.nouns for o in children_of(w))
        for holder in (verb, *answered) for w in children_of(holder))

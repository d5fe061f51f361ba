"""Stage 5, context: when, where, who says so, did it happen, and how much, for one coded predicate.

- attribution: the subject of a reporting verb whose complement holds the predicate ("KCNA reported that"),
  an "according to" phrase, or a reporting noun ("assessments by South Korean officials show");
- modality: negated > hypothetical > planned > reported > asserted, from negation, denial verbs, conditional
  subordinators, modals and planning verbs on the path from the predicate up to its sentence's root;
- date: see `when.py`; place: see `where.py`;
- quantity: a number attached to the predicate's arguments with a unit ("over 15,000 troops", "$1.2 billion").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from spacy.tokens import Span, Token

from .actors import ActorResolver
from .clauses import not_until_then, tense_of
from .dates import ResolvedDate, first_day, publication_day
from .events import Predicate
from .knowledge import KnowledgeBase
from .lexicon import Lexicon
from .parsetree import PRESENT_TAGS, children_of, definite, marked_infinitive, negated, sentence_before
from .phrases import noun_phrase
from .pronouns import PERSON_PRONOUNS
from .readings import answered_request, due_to_act
from .records import REPEATED_UNIT, Actor, Attribution, Place, Quantity
from .resources import load_yaml
from .roles import particle_of, role_tokens
from .verdicts import says_a_rule_was_broken
from .when import event_date
from .where import event_place

__all__ = ["EventContext", "describe", "context_words"]

RELATIVE_WORDS = frozenset({"who", "whom", "whose", "which", "that", "where", "when"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})  # ("the truce signed last week is due to take effect")



@dataclass(frozen=True)
class EventContext:
    date: ResolvedDate | None
    place: Place | None
    attribution: Attribution | None
    modality: str
    quantity: Quantity | None
    contexts: tuple[str, ...]

NEGATABLE_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})  # an argument with "no" negates its verb
# "agreed not to use force, following talks between the presidents": the talks are a given time, not denied
TIME_PREPS = frozenset({"after", "following", "since"})  # (not "during": "to sign ... during the visit")
# nouns about an act that took place: what they are about is not denied with them
PRESUPPOSING_NOUNS = frozenset({"investigation", "probe", "inquiry", "trial", "verdict", "anniversary", "aftermath",
                                "victim", "funeral", "prosecution", "perpetrator", "regret", "apology", "remorse"})
# ("no regrets about switching ties", "offered no apology for the raid": the switch and the raid took place)
# clauses with a subject of their own: the place of the clause they hang on is not theirs
OWN_CLAUSE_DEPS = frozenset({"advcl", "conj", "ccomp", "relcl", "parataxis"})
# verbs that say whether an event noun, their subject, happened ("the summit did not happen"); also "take place",
# "go ahead"
# verbs of answering an act named after their preposition ("will not bow to sanctions", "did not respond to the
# strikes", "gave in to pressure"): the act is there already; the clause's negation or modal is about the answer
ANSWERING_VERBS = frozenset({"bow", "yield", "succumb", "submit", "respond", "react", "bend", "cave", "capitulate",
                             "kowtow", "give"})
# verbs that stop what they take as object from being done ("blocked an agreement on sanctions", "vetoed the sale
# of jets"): the act, or what the agreement or sale is about, is not done
BLOCKING_VERBS = frozenset({"block", "veto", "thwart", "torpedo", "scuttle"})
# prepositions that carry what an agreement or plan is about ("an agreement on sanctions", "a package of sanctions")
CONTENT_PREPS = frozenset({"on", "of", "for"})
OCCURRING_VERBS = frozenset({"happen", "occur", "proceed", "materialise", "materialize", "start", "begin", "resume",
                             "succeed"})

@lru_cache(maxsize=1)
def context_words() -> dict[str, Any]:
    data = load_yaml("context.yaml")
    for key, value in data.items():
        if isinstance(value, list):
            data[key] = frozenset(str(v).lower() for v in value)
    return data


def describe(pred: Predicate, published: str | None, resolver: ActorResolver, kb: KnowledgeBase,
             lexicon: Lexicon) -> EventContext:
    words = context_words()
    chain = list(_clause_chain(pred.token, words))
    attribution = _attribution(pred.token, pred.sent, chain, resolver, kb, words)
    # the event is the statement itself: a refusal, a threat, an accusation ("said the launch violated ...")
    stated = pred.refusal or pred.threat or says_a_rule_was_broken(pred.pattern)
    if stated and attribution is not None and attribution.country in {a.party for a in pred.source}:
        attribution = None  # "Iran's spokesman said Iran would not bargain": saying so is the refusal itself
    modality = _modality(pred.token, pred.sent, chain, words, attribution, stated)
    when = event_date(pred.token, pred.sent, published, modality, resolver.entities)
    if modality in ("asserted", "reported") and _in_the_present(pred.token) and _after(when, published):
        # "The EU bans imports of Russian gas from January 2027": decided now, it takes effect later; an
        # announcement is dated when announced (eval/GUIDE.md)
        modality, when = "planned", publication_day(str(published))
    contexts = list(pred.pattern.contexts)
    extra = words["class_contexts"].get(lexicon.class_of(pred.object_lemma or "") or "")
    if extra and extra not in contexts:
        contexts.append(extra)
    place = event_place(pred.token, _own_clauses(chain), resolver, pred.source + pred.target, pred.pattern.type)
    return EventContext(when, place, attribution, modality,
                        _quantity(pred.token, words), tuple(contexts))


def _after(when: ResolvedDate | None, published: str | None) -> bool:
    """The act's time begins after the text was published: news tells such a time only of what is to come."""
    return when is not None and published is not None and first_day(when.value) > date.fromisoformat(published[:10])


def _in_the_present(token: Token) -> bool:
    """The predicate's clause is in the simple present ("bans", "is to receive"), not the past or the present
    perfect ("agreed to resume talks next month", "have told agencies to stop selling tours from next week": the
    decision is done, only what it is about lies ahead)."""
    tense = tense_of(token)
    return tense is not None and tense.tag_ in PRESENT_TAGS and tense.lemma_.lower() != "have"


def _clause_chain(token: Token, words: dict[str, Any]) -> Iterator[Token]:
    """The predicate and its heads up to the root, stopping after the first reporting verb."""
    current = token
    while True:
        yield current
        if current.lemma_.lower() in words["reporting_verbs"] and current.i != token.i:
            return
        if current.head.i == current.i:
            return
        current = current.head


def _own_clauses(chain: list[Token]) -> list[Token]:
    """The chain up to a clause with a subject of its own: "a missile slammed into a hospital in southern Israel
    as Israel struck Arak" does not put the strike in Israel. A clause on a time ("in Pyongyang on November 6,
    when a delegation met ...") is told as what happened there and then."""
    return _chain_until(chain, lambda link: link.dep_ in OWN_CLAUSE_DEPS and _has_subject(link) and not (
        link.dep_ == "relcl" and link.head.ent_type_ in ("DATE", "TIME")))


def _before_a_past_clause(chain: list[Token]) -> list[Token]:
    """The chain up to a relative or adverbial clause told in the simple past with a subject of its own: what is
    planned above it does not reach a past fact below it ("agreed to restore ties, closing a rift that opened when
    Colombian troops bombed a camp")."""
    return _chain_until(chain, lambda link: link.dep_ in ("relcl", "advcl") and link.tag_ == "VBD"
                        and _has_subject(link))


def _chain_until(chain: list[Token], ends_it: Callable[[Token], bool]) -> list[Token]:
    """The chain up to and with the first link (below the top) that ends it."""
    return next((chain[:n + 1] for n, link in enumerate(chain[:-1]) if ends_it(link)), chain)


def _has_subject(clause: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(clause))


# -- attribution --------------------------------------------------------------------------------------------

def _attribution(token: Token, sent: Span, chain: list[Token], resolver: ActorResolver, kb: KnowledgeBase,
                 words: dict[str, Any]) -> Attribution | None:
    claimant = _according_to(sent, resolver.text_of(sent))
    if claimant is not None:
        claimant = _reporting_noun_source(claimant, words)  # "according to the report made by China Daily"
    # "Trutnev, who visited Pyongyang, said ...": a relative clause on the speaker is not part of the claim
    relative = next((n for n, link in enumerate(chain) if link.dep_ == "relcl" and any(
        c.lower_ in RELATIVE_WORDS for c in children_of(link))), None)
    top = chain[-1] if relative is None else chain[relative]
    if claimant is None and top.i != token.i and top.lemma_.lower() in words["reporting_verbs"]:
        # the speaker: the subject of an active verb, the "by" agent of a passive one ("No deals were announced":
        # the deals are what was announced, not who announced it)
        subjects = [c for c in children_of(top) if c.dep_ == "nsubj"] + \
            [o for c in children_of(top) if c.dep_ == "agent" for o in children_of(c) if o.dep_ == "pobj"]
        if subjects:
            claimant = _reporting_noun_source(_antecedent_of(subjects[0], top), words)
    if claimant is None:
        claimant = _parenthetical_speaker(chain[-1], words)
    if claimant is None or claimant.lemma_.lower() in words["unspoken_nouns"] or (
            claimant.lower_ in ("it", "this") and not resolver.resolve(claimant)):
        # "The meetings ... revealed", "the emphasis ... suggests", "it [the emphasis] suggests": an event or an
        # idea claims nothing
        return None
    return _attribution_for(claimant, resolver, kb)


def _parenthetical_speaker(clause: Token, words: dict[str, Any]) -> Token | None:
    """"Russia supplied fuel to North Korea, KCNA said, while ...": a reporting clause set into the sentence
    (parsed as parataxis of the clause it reports) names who claims it."""
    for verb in (c for c in children_of(clause)
                 if c.dep_ == "parataxis" and c.lemma_.lower() in words["reporting_verbs"]):
        subjects = [c for c in children_of(verb) if c.dep_ == "nsubj"]
        if subjects:
            return _reporting_noun_source(subjects[0], words)
    return None


def _according_to(sent: Span, text: str) -> Token | None:
    """The source an "according to" phrase names; `text`: the sentence's."""
    if "according to" not in text.lower():
        return None
    for token in sent:
        if token.lower_ == "according" and token.i + 1 < sent.end and token.nbor().lower_ == "to":
            objects = [c for c in children_of(token.nbor()) if c.dep_ == "pobj"]
            objects += [c for c in children_of(token) if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def _antecedent_of(subject: Token, verb: Token) -> Token:
    """"KCNA, which reported that ...": the speaker is the noun the relative pronoun stands for."""
    if verb.dep_ == "relcl" and subject.lower_ in RELATIVE_WORDS and verb.head.i != verb.i:
        return verb.head
    return subject


def _reporting_noun_source(subject: Token, words: dict[str, Any]) -> Token:
    """"Assessments by South Korean officials" -> the officials; "the report made by China Daily" -> China Daily;
    "KCNA" -> KCNA."""
    if subject.lemma_.lower() in words["reporting_nouns"]:
        for child in children_of(subject):
            if child.dep_ == "acl" and (maker := _agent_of(child)) is not None:
                return maker
            if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
                objects = [c for c in children_of(child) if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
            if child.dep_ in ("poss", "compound", "amod") and child.pos_ in ("PROPN", "ADJ", "NOUN"):
                return child
    return subject


def _agent_of(participle: Token) -> Token | None:
    """The "by" agent of a participle: "made by China Daily", "published by the ministry"."""
    return next((o for c in children_of(participle) if c.dep_ == "agent" for o in children_of(c) if o.dep_ == "pobj"),
                None)


def _attribution_for(claimant: Token, resolver: ActorResolver, kb: KnowledgeBase) -> Attribution:
    scope = sorted(noun_phrase(claimant), key=lambda t: t.i)
    end = scope[-1].i + 1
    if end < len(claimant.doc) and claimant.doc[end].text == ")" and "(" in claimant.doc[scope[0].i:end].text:
        end += 1  # "the Korean Central News Agency (KCNA)": its closing bracket too
    text = claimant.doc[scope[0].i:end].text
    citing = _citing(claimant)
    actors = resolver.resolve(claimant)
    actor = actors[0] if actors else None
    outlet = kb.outlets.get(actor.name or "") if actor else None
    if claimant.tag_ == "PRP" and actor is not None:
        text = _named_before(claimant, actor, resolver) or text  # "He denied ...": who he is
    if citing:
        text = f"{text}, citing {citing}"
    return Attribution(text, actor.country if actor else None, actor.sector if actor else None,
                       bool(outlet and outlet.state_media))


def _named_before(pronoun: Token, actor: Actor, resolver: ActorResolver) -> str | None:
    """Whom a pronoun claimant stands for, as the article named them: the person's name ("Dmitry Peskov" for "he"),
    else the subject of the sentence before when it names the same actor ("Azerbaijan's foreign minister briefed
    reporters. He said ..."), else the last earlier mention of it (a person's for "he" and "she": not "Baku")."""
    if actor.name:
        return actor.name
    same = (actor.country, actor.sector, actor.org, None)
    before = sentence_before(pronoun)
    if before is not None:
        for subject in (c for c in children_of(before.root) if c.dep_ == "nsubj"):
            if any((a.country, a.sector, a.org, a.name) == same for a in resolver.resolve(subject)):
                scope = sorted(noun_phrase(subject), key=lambda t: t.i)
                return pronoun.doc[scope[0].i:scope[-1].i + 1].text
    person = pronoun.lower_ in PERSON_PRONOUNS
    earlier = [a.text for i, a in resolver.history if i < pronoun.i and (a.country, a.sector, a.org, a.name) == same
               and (not person or a.start in resolver.people_at)]
    return earlier[-1] if earlier else None


def _citing(claimant: Token) -> str | None:
    for token in claimant.subtree:
        if token.lower_ == "citing":
            objects = [c for c in children_of(token) if c.dep_ in ("dobj", "pobj")]
            if objects:
                return " ".join(t.text for t in noun_phrase(objects[0]))
    return None


# -- modality -----------------------------------------------------------------------------------------------

def _modality(token: Token, sent: Span, chain: list[Token], words: dict[str, Any],
              attribution: Attribution | None, stated: bool = False) -> str:
    # "said it would not support", "said it would strike": stated now; only a condition makes it hypothetical
    if stated:
        if any(c.dep_ == "mark" and c.lower_ in words["hypothetical_marks"]
               for link in chain for c in children_of(link)):
            return "hypothetical"
        return "reported" if attribution is not None else "asserted"
    if _time_given(token) or answered_request(token) is not None or _answered(token):
        # "agreed not to use force, following talks": the talks are when, not what is denied; "failed to approve
        # Colombia's request": the request was made all the same
        chain = [token]
    if _is_negated(token, chain, words):
        return "negated"
    if _presupposed(token, words):
        chain = [token]  # "the aggression will not go unanswered": the modal speaks of the answer, not the aggression
    if _is_hypothetical(token, sent, chain, words):
        return "hypothetical"
    if _is_planned(token, _before_a_past_clause(chain), words):
        return "planned"
    return "reported" if attribution is not None else "asserted"


TIME_MARKS = frozenset({"since", "after", "before", "until", "when", "once"})  # a time clause is told as fact


def _is_negated(token: Token, chain: list[Token], words: dict[str, Any]) -> bool:
    if token.dep_ in ("pobj", "pcomp") and token.head.lower_ == "without":
        return True  # "emerged without a deal": no deal was made
    if _turned_down(token, words) or _blocked(token):
        return True
    sibling = -1  # the clause a conjunct with its own subject is joined to: its denial is its own
    for link in chain:
        if link.i != token.i and link.lemma_.lower() in words["reporting_verbs"]:
            break
        if link.i != token.i and link.lemma_.lower() in PRESUPPOSING_NOUNS:
            break  # "failed to cooperate with the investigation into the killing": the killing happened
        if link.i == sibling:
            continue  # "Petro refused to accept the flights and Trump threatened tariffs": Trump did threaten
        if link.dep_ == "conj" and _has_subject(link):
            sibling = link.head.i
        if link.i != token.i and _rules_out(link):
            return not negated(link)  # "ruled out sending troops"; "did not rule out": possible (hypothetical)
        if link.i == token.head.i and token.dep_ == "nsubj" and token.pos_ in ("NOUN", "PROPN") \
                and not _tells_it_happened(link):
            continue  # "the aggression will not go unanswered" happened; "the talks did not take place" did not
        if any((c.dep_ == "neg" and not _not_only(c) and not not_until_then(link)) or (
                c.dep_ == "det" and c.lower_ == "no") for c in children_of(link)):
            return True
        if any(c.dep_ in NEGATABLE_ARGUMENTS and any(d.dep_ == "det" and d.lower_ == "no" for d in children_of(c))
               for c in children_of(link)):
            return True  # "no military facilities had been targeted", "sent no troops"
        if link.i != token.i and link.lemma_.lower() in words["denial_verbs"]:
            return True
        if link.dep_ == "advcl" and _has_subject(link) and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS
                                                                for c in children_of(link)):
            break  # "has not been in Pyongyang since Malaysia recalled him": the recall is given, not denied
    return False


RESTRICTIVE_ADVERBS = frozenset({"only", "merely", "just", "simply", "solely"})


def _not_only(negation: Token) -> bool:
    """"do not only help Moscow", "is not merely a gesture": the clause says more, it does not deny."""
    after = negation.nbor(1) if negation.i + 1 < len(negation.doc) else None
    return after is not None and after.lower_ in RESTRICTIVE_ADVERBS


def _offered(token: Token, words: dict[str, Any]) -> Token | None:
    """The offer, plan or request an act noun is the content of: "an offer of talks", "a request for a meeting"."""
    if token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ in ("for", "of") \
            and token.head.head.lemma_.lower() in words["planned_nouns"]:
        return token.head.head
    return None


def _turned_down(token: Token, words: dict[str, Any]) -> bool:
    """"China turned down a U.S. request for military talks", "rejected the offer of talks": not held."""
    offer = _offered(token, words)
    if offer is None or offer.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb, lemma = offer.head, offer.head.lemma_.lower()
    return lemma in words["refusing_verbs"] or (lemma == "turn" and particle_of(verb) == "down")


def _blocked(token: Token) -> bool:
    """An act noun that is, or that is what, the object of a blocking verb is about: "vetoed new sanctions",
    "blocked an EU agreement on new sanctions against Russia" (not "blocked a deal over the invasion": the cause)."""
    noun = token
    while noun.dep_ == "pobj" and noun.head.lower_ in CONTENT_PREPS and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
    return token.pos_ == "NOUN" and noun.dep_ in ("dobj", "nsubjpass") \
        and noun.head.lemma_.lower() in BLOCKING_VERBS


def _rules_out(verb: Token) -> bool:
    """"Ruled out sending troops", "ruled any talks out": says the act will not happen."""
    return verb.lemma_.lower() == "rule" and particle_of(verb) == "out"


def _answered(token: Token) -> bool:
    """An act noun that a verb of answering is about ("will not bow to U.S. sanctions"): a given, not denied."""
    if token.pos_ != "NOUN" or token.dep_ != "pobj" or token.head.lower_ != "to":
        return False
    verb = token.head.head
    if verb.lemma_.lower() == "give":
        return any(c.dep_ == "prt" and c.lower_ == "in" for c in children_of(verb))  # not "give aid to"
    return verb.lemma_.lower() in ANSWERING_VERBS


def _time_given(token: Token) -> bool:
    """An event noun that another act comes after ("after the talks", "following talks"): a given, past."""
    return token.pos_ == "NOUN" and token.dep_ in ("pobj", "dobj") and token.head.lower_ in TIME_PREPS


def _presupposed(token: Token, words: dict[str, Any]) -> bool:
    """An event noun named as known ("the aggression", "Washington's strikes") as the subject of a clause that does
    not say whether or when it happens: the clause's modal is about something else."""
    head = token.head
    if token.pos_ != "NOUN" or token.dep_ != "nsubj" or head.i == token.i:
        return False
    if _tells_it_happened(head) or head.lemma_.lower() in words["planned_verbs"] or any(
            c.dep_ in ("xcomp", "ccomp") for c in children_of(head)):
        return False  # "the talks will take place", "the visit is expected to ...": about the event itself
    return definite(token) or any(c.dep_ == "poss" for c in children_of(token))  # "the aggression": named as known


def _subjunctive(verb: Token) -> bool:
    """A bare verb with no tense or modal: "(that) Pakistan hand over", "(that) the meeting be held"."""
    auxiliaries = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VB":
        return not auxiliaries
    return verb.tag_ == "VBN" and [a.lower_ for a in auxiliaries] == ["be"]


def _tells_it_happened(verb: Token) -> bool:
    """The verb says whether its subject, an event, happened: "did not happen", "did not take place", "did not go
    ahead"."""
    lemma = verb.lemma_.lower()
    return lemma in OCCURRING_VERBS or (lemma == "take" and any(c.lower_ == "place" for c in children_of(verb))) \
        or (lemma == "go" and any(c.lower_ in ("ahead", "forward") for c in children_of(verb)))


def _is_hypothetical(token: Token, sent: Span, chain: list[Token], words: dict[str, Any]) -> bool:
    reported = _under_reporting_verb(token, chain, words)
    for link in chain:
        for child in children_of(link):
            if child.dep_ == "mark" and child.lower_ in words["hypothetical_marks"]:
                return True
            # "said X would send" is the future in the past, not a hypothetical
            if (child.dep_ == "aux" and child.lower_ in words["hypothetical_modals"]
                    and not (reported and child.lower_ == "would")):
                return True
        if link.dep_ == "advcl" and link.lemma_.lower() in words["hypothetical_verbs"]:
            return True
        if link.i != token.i and _rules_out(link) and negated(link):
            return True  # "has not ruled out new sanctions": they may come
        if link.i != token.i and _has_condition(link, words):
            return True  # "If Putin does travel, it would be his first visit": the consequence of a condition
        if link.lower_ in words["hypothetical_marks"] and link.dep_ in ("advcl", "prep", "mark"):
            return True
        if _told_past_clause(link):
            break  # "ties could grow further as the meeting took place in May": the meeting is told as done
    first = sent[0].lower_
    return first in words["hypothetical_marks"] and token.dep_ in ("advcl", "ccomp") and token.i < sent.root.i


FACT_MARKS = TIME_MARKS | {"as", "because"}


def _told_past_clause(clause: Token) -> bool:
    """An adverbial clause in the simple past with its own subject and a time or reason mark ("as the talks took
    place", "after Seoul recalled its envoy"): the modal of the clause above is not about it."""
    return clause.dep_ == "advcl" and clause.tag_ == "VBD" and _has_subject(clause) and any(
        c.dep_ == "mark" and c.lower_ in FACT_MARKS for c in children_of(clause))


def _has_condition(clause: Token, words: dict[str, Any]) -> bool:
    """The clause has an if-clause ("if ..., it would be ...") and a modal of possibility: its content is
    conditional."""
    if not any(c.dep_ == "aux" and c.lower_ in words["hypothetical_modals"] for c in children_of(clause)):
        return False
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in words["hypothetical_marks"]
                                         for m in children_of(c)) for c in children_of(clause))


def _under_reporting_verb(token: Token, chain: list[Token], words: dict[str, Any]) -> bool:
    return chain[-1].i != token.i and chain[-1].lemma_.lower() in words["reporting_verbs"]


def _is_planned(token: Token, chain: list[Token], words: dict[str, Any]) -> bool:
    if _under_reporting_verb(token, chain, words) and any(
            c.dep_ == "aux" and c.lower_ == "would" for link in chain for c in children_of(link)):
        return True
    if any(c.dep_ == "amod" and c.lower_ in words["planned_modifiers"] for c in children_of(token)):
        return True
    if _offered(token, words) is not None:
        return True  # "welcomed Seoul's offer of talks", "a proposal for a summit": the talks are still to come
    for at, (previous, link) in enumerate(zip(chain, chain[1:], strict=False)):
        if previous.dep_ == "xcomp" and link.lemma_.lower() in words["planned_verbs"]:
            return True
        if previous.i == token.i and previous.dep_ == "acl" and link.pos_ == "NOUN" \
                and link.lemma_.lower() in words["planned_nouns"] \
                and marked_infinitive(previous):
            return True  # "accepted an invitation to visit North Korea": the visit is to come
        if previous.dep_ == "ccomp" and link.lemma_.lower() in words["planned_verbs"] and _subjunctive(previous) \
                and not any(c.dep_ == "conj" for c in chain[:at + 1]):
            return True  # "suggested their next meeting be held in Moscow" (but not "..., and also summoned")
    if any(due_to_act(link) for below, link in zip(chain, chain[1:], strict=False) if below.dep_ not in SUBJECTS):
        return True  # "The Houthis are due to free detainees in an exchange", misread: the exchange is to come
    return any(c.dep_ == "aux" and c.lower_ in words["planned_modals"] for link in chain for c in children_of(link))


# -- quantity -----------------------------------------------------------------------------------------------

def _quantity(token: Token, words: dict[str, Any]) -> Quantity | None:
    if (repeated := _times_done(token, words)) is not None:
        return repeated
    heads = _counted_heads(token)
    for xcomp in (c for c in children_of(token) if c.dep_ == "xcomp" or _infinitive_on_noun(c)):
        # "pledged to provide Ukraine with 31 tanks", "a pledge to steer 10 trillion yen into India": the pledge
        # is of what it promises
        heads += _counted_heads(xcomp)
    units = words["quantity_units"]
    for head in heads:
        for item in noun_phrase(head):
            # (only a sum of money, a counted unit or a number counts: the rest of the phrase is passed over)
            if item.ent_type_ != "MONEY" and not item.like_num and item.lemma_.lower() not in units:
                continue
            found = _money(item, words) or _counted(item, words)
            if found:
                return found
    return None


def _infinitive_on_noun(clause: Token) -> bool:
    """"a pledge to steer ...": an infinitive clause that says what a noun's act is of."""
    return clause.dep_ == "acl" and clause.head.pos_ == "NOUN" \
        and marked_infinitive(clause)


def _times_done(token: Token, words: dict[str, Any]) -> Quantity | None:
    """"has summoned the ambassador three times since August", "visited Tunis twice this year": how many times the
    act was done, told as one sentence; a count of the acts, not of what each acted on (unit "times")."""
    for child in children_of(token):
        # ("visited Moscow twice this year": the model may hang "twice" on the time phrase)
        if any(w.lower_ == "twice" and w.dep_ == "advmod" for w in (child, *children_of(child))):
            return Quantity(2, REPEATED_UNIT)
        if child.dep_ == "npadvmod" and child.lemma_.lower() == "time":
            for number in (c for c in children_of(child) if c.dep_ == "nummod"):
                value = _number(number, words)
                if value is not None and value >= 2:
                    return Quantity(value, REPEATED_UNIT, _approx(number, words))
    return None


def _counted_heads(token: Token) -> list[Token]:
    heads = [token] + role_tokens(token, "obj") + role_tokens(token, "dative")
    return heads + [o for c in children_of(token) if c.dep_ == "prep" for o in children_of(c) if o.dep_ == "pobj"]


def _counted(noun: Token, words: dict[str, Any]) -> Quantity | None:
    unit = words["quantity_units"].get(noun.lemma_.lower())
    if unit is None:
        return _partitive(noun, words)
    numbers = [c for c in children_of(noun) if c.dep_ == "nummod" and c.like_num]
    # "promised Kiev 31 Abrams tanks": the model may hang the number on a name before the noun
    numbers = numbers or [n for c in children_of(noun) if c.dep_ in ("nmod", "compound") and c.i < noun.i
                          for n in children_of(c) if n.dep_ == "nummod" and n.like_num]
    if numbers:
        return _count(numbers[0], unit, words)
    if noun.head.dep_ == "prep" and noun.head.lower_ == "of":
        vague = noun.head.head
        scale = words["scale_words"].get(vague.lower_)
        if scale and vague.tag_ == "NNS":
            return Quantity(scale, unit, vague.lower_)
    return None


def _partitive(number: Token, words: dict[str, Any]) -> Quantity | None:
    """ "would send 31 of the tanks": a number whose "of" object is a counted noun."""
    if not number.like_num:
        return None
    for noun in (o for p in children_of(number) if p.dep_ == "prep" and p.lower_ == "of" for o in children_of(p)
                 if o.dep_ == "pobj"):
        unit = words["quantity_units"].get(noun.lemma_.lower())
        if unit is not None:
            return _count(number, unit, words)
    return None


def _count(number: Token, unit: str, words: dict[str, Any]) -> Quantity | None:
    value = _number(number, words)
    return Quantity(value, unit, _approx(number, words)) if value is not None else None


def _money(token: Token, words: dict[str, Any]) -> Quantity | None:
    if token.ent_type_ != "MONEY" or token.ent_iob_ != "B":
        return None
    entity = token.doc[token.i:token.i + 1]
    while entity.end < len(token.doc) and token.doc[entity.end].ent_iob_ == "I":
        entity = token.doc[token.i:entity.end + 1]
    text = entity.text.lower()
    currency = next((code for symbol, code in words["currency_symbols"].items() if symbol in text), None)
    currency = currency or next((code for word, code in words["currency_words"].items() if word in text), None)
    match = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    if not currency or not match:
        return None
    value = float(match[0].replace(",", ""))
    for word, scale in words["scale_words"].items():
        if re.search(rf"\b{word}\b", text):
            value *= scale
    prefix = token.doc[max(entity.start - 2, 0):entity.start].text.lower()
    approx = next((label for phrase, label in words["approx_words"].items() if prefix.endswith(phrase)), None)
    return Quantity(value, currency, approx)


def _number(token: Token, words: dict[str, Any]) -> float | None:
    try:
        value = float(token.text.replace(",", ""))
    except ValueError:
        written = _written_number(token, words)
        if written is None:
            return None
        value = written
    for child in children_of(token):
        scale = words["scale_words"].get(child.lower_)
        if scale:
            value *= scale
    nxt = token.nbor() if token.i + 1 < len(token.doc) else None
    if nxt is not None and nxt.lower_ in words["scale_words"] and nxt.dep_ in ("compound", "nummod", "quantmod"):
        value *= words["scale_words"][nxt.lower_]
    return value


def _written_number(token: Token, words: dict[str, Any]) -> float | None:
    """A number in words: "five", or "two hundred" when parsed as "hundred" with "two" under it."""
    numbers, scales = words["number_words"], words["scale_words"]
    if token.lower_ in numbers:
        return float(numbers[token.lower_])
    factor = next((numbers[c.lower_] for c in children_of(token) if c.lower_ in numbers), None)
    return float(factor * scales[token.lower_]) if factor and token.lower_ in scales else None


def _approx(number: Token, words: dict[str, Any]) -> str | None:
    before = number.doc[max(number.i - 2, 0):number.i].text.lower()
    for phrase, label in sorted(words["approx_words"].items(), key=lambda kv: -len(kv[0])):
        if before.endswith(phrase):
            return str(label)
    return None

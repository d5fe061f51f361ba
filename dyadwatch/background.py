"""Stage 5, context: whether a predicate the text gives no date is background (null) rather than news, for `when.py`.

Background: an act the text places at a time it leaves open ("once", "has long", "under the shah", "after the Soviet
collapse"), a past perfect, a plan, hypothesis or denial nobody is reported voicing, or an agreement to act with no
time ("agreed to set up a working group"). Not background: a bound that names the meeting the story tells ("after
the talks") or a place ("under the Kerch bridge").
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .clauses import (
    BOUNDARY_PREPS,
    DAY_PARTS,
    MODAL_OR_FUTURE,
    TIME_LABELS,
    VERB_POS,
    clause_of,
    finite_of,
    given_as_reason,
    governing_verb,
    infinitive,
    misread_clause,
    named_after,
    past_perfect,
    perfect,
    so_far,
    tense_of,
)
from .dates import SAME_DAY_RE
from .lexicon import load_lexicon
from .parsetree import children_of, since_object
from .telling import reporter_of

__all__ = ["background", "undated_commitment", "committed_to", "meeting_word", "the_or_that", "standing_measure",
           "measure_named_before", "MEETINGS", "MEETING_PREPS", "TIMES_OF_DAY", "COMMITMENT_VERBS"]

BACKGROUND_ADVERBS = frozenset({"once", "long", "formerly", "historically", "traditionally", "previously"})
COMMITMENT_VERBS = frozenset({"agree", "pledge", "commit", "promise", "undertake"})
MEETINGS = frozenset({"summit", "meeting", "talks", "conference", "ceremony", "session", "visit", "negotiation"})
TIMES_OF_DAY = DAY_PARTS | {"midnight", "noon", "dawn", "overnight"}
MEETING_PREPS = frozenset({"at", "during", "after", "following"})  # "After the talks, the two signed ...": that day


def background(token: Token, sent: Span, modality: str) -> bool:
    """Whether an undated predicate is background rather than news: "once", "has long", "under the shah", "after
    the Soviet collapse", a past perfect, or a plan, hypothesis or denial that nobody is reported voicing."""
    clause = clause_of(token)
    if _background_cue(token, token) or any(_background_cue(c, token) for c in _conjuncts_up(clause)) \
            or given_as_reason(token) or named_after(token) or _began_since(token, clause) or _regretted(token) \
            or _done_to_what_is_reported(token):
        return True
    if reporter_of(token, sent) is not None:
        return past_perfect(clause) and any(c.lower_ == "earlier" and not _earlier_that_day(c)
                                            for c in children_of(clause))
    if modality in ("planned", "hypothetical", "negated"):
        return not _told_as_done(token)
    # a participle goes with the clause it hangs on ("had acted with the EU, freezing the assets": a past perfect)
    finite = finite_of(clause) or (tense_of(clause) if clause.tag_ == "VBG" and clause.dep_ == "advcl" else None)
    if finite is None:
        return False
    return finite.lower_ in MODAL_OR_FUTURE or (finite.lower_ == "had" and finite.dep_ == "aux")


def _earlier_that_day(earlier: Token) -> bool:
    """"had summoned the envoy earlier in the day" (or "earlier that day", "earlier today"): earlier on the day
    the report is of, not long before it."""
    text = earlier.doc.text[earlier.idx:].lower()
    return re.match(SAME_DAY_RE, text) is not None or text.startswith(("earlier today", "earlier tonight"))


def _done_to_what_is_reported(token: Token) -> bool:
    """"Sisi said on Monday that the troops captured by the RSF were safe": a past participle saying what was done
    to the subject of a reported state tells an act before the report, at a time the text does not give."""
    subject = token.head
    state = subject.head
    return token.dep_ == "acl" and token.tag_ == "VBN" and subject.dep_ in ("nsubj", "nsubjpass") \
        and state.dep_ == "ccomp" and state.lemma_.lower() == "be"


# measures that stand for months or years once taken, and the verbs that tell them taken, changed or ended
STANDING_MEASURES = frozenset({"sanction", "embargo"})
MEASURE_TAKING_VERBS = frozenset({"impose", "announce", "adopt", "slap", "approve", "unveil", "introduce", "levy",
                                  "extend", "expand", "tighten", "widen", "renew", "lift", "ease", "end", "suspend",
                                  "agree", "order", "sign", "declare", "place", "put", "issue", "vote", "pass"})
NEW_WORDS = frozenset({"new", "fresh", "latest", "additional", "further", "more", "first", "initial"})


def standing_measure(token: Token) -> bool:
    """"Iran said on Friday that U.S. sanctions on its central bank amounted to economic terrorism": a measure that
    stands once taken, named in a clause that does not take, change or end it and not called new, was taken at a
    time the text does not give (not on the day it is talked about)."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in STANDING_MEASURES:
        return False
    if any(c.dep_ == "amod" and c.lower_ in NEW_WORDS for c in children_of(token)):
        return False
    verb = governing_verb(token)
    return verb is not None and verb.lemma_.lower() not in MEASURE_TAKING_VERBS \
        and not any(c.lemma_.lower() in MEASURE_TAKING_VERBS for c in children_of(token) if c.dep_ in ("acl", "relcl"))


def measure_named_before(token: Token, sent: Span) -> Token | None:
    """The earlier mention of the standing measure a verb of taking it names again as its object ("U.S. sanctions on
    Rosneft ... Washington imposed the sanctions"): the same measure, taken when that mention says."""
    # (the measure may be coded by its noun: "imposed [the sanctions]")
    verb = token.head if token.pos_ == "NOUN" and token.dep_ in ("dobj", "nsubjpass") else token
    if verb.lemma_.lower() not in MEASURE_TAKING_VERBS:
        return None
    told = next((c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"
                 and c.lemma_.lower() in STANDING_MEASURES and the_or_that(c)), None)
    if told is None:
        return None
    return next((w for w in reversed(verb.doc[:sent.start]) if w.pos_ == "NOUN" and w.lemma_ == told.lemma_), None)


def _began_since(token: Token, clause: Token) -> bool:
    """"Tensions have risen since troops seized the crossing", "ties have been frozen since the expulsion of its
    ambassador": the act a stretch up to the told time runs from is before it by a stretch the text leaves open."""
    if clause.dep_ in ("advcl", "acl") and any(c.dep_ == "mark" and c.lower_ == "since" for c in children_of(clause)):
        return _runs_a_stretch(clause.head)  # "the first visit since Israel bombed Doha"
    # "his fifth visit since the invasion"
    return token.pos_ == "NOUN" and since_object(token) and _runs_a_stretch(token.head.head)


def _runs_a_stretch(head: Token) -> bool:
    """What a "since" hangs on counts a stretch up to the told time: a perfect ("have risen since"), a noun ("the
    first visit since"), or "be" ("it was the first time since")."""
    return perfect(head) or head.pos_ == "NOUN" or head.lemma_.lower() == "be"


# "had no regrets about switching ties", "apologised for the raid": the act regretted lies before, when the text
# does not say
REGRET_WORDS = frozenset({"regret", "apology", "remorse", "apologise", "apologize"})
REGRET_PREPS = frozenset({"about", "for", "over"})


def _regretted(token: Token) -> bool:
    return token.dep_ in ("pcomp", "pobj") and token.head.lower_ in REGRET_PREPS \
        and token.head.head.lemma_.lower() in REGRET_WORDS


DONE_PARTICIPLES = frozenset({"sign", "reach", "conclude", "strike", "seal", "ink"})


def _told_as_done(noun: Token) -> bool:
    """"Under agreements signed in Beijing, China will lend ...": an agreement its own participle tells as done is
    past, whatever the clause it sits in plans."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in DONE_PARTICIPLES
                                       for c in children_of(noun))


def undated_commitment(token: Token) -> bool:
    """"The two sides also agreed to set up a working group, the ministry said": a plan with no time (the agreeing
    and the setting up alike), even when someone is reported making it."""
    if committed_to(token):
        return True
    return token.lemma_.lower() in COMMITMENT_VERBS and any(infinitive(c) for c in children_of(token))


def committed_to(token: Token) -> bool:
    """The infinitive an agreement or a pledge commits to: "set up" in "agreed to set up a working group"."""
    return infinitive(token) and token.head.lemma_.lower() in COMMITMENT_VERBS


def _conjuncts_up(verb: Token) -> list[Token]:
    """A verb and the verbs it is conjoined after: a cue on the first holds for the rest."""
    chain = [verb]
    while chain[-1].dep_ == "conj" and chain[-1].head.pos_ in VERB_POS:
        chain.append(chain[-1].head)
    return chain


def _background_cue(head: Token, pred: Token) -> bool:
    for child in children_of(head):
        if child.dep_ == "advmod" and (child.lower_ in BACKGROUND_ADVERBS or so_far(child)):
            return True
        if child.dep_ == "prep" and child.lower_ in BOUNDARY_PREPS and _bounds_in_time(child, pred) \
                and (child.lower_ != "since" or perfect(head)):
            return True
    return False


# "under the bridge" is a place; "under the Ankara Declaration", "under the deal" (the lexicon's agreements) and these
# the terms an act is done on: "under a decree", "under the new law", "under pressure" say how, not when
# who an act is done in front of: "signed the accord before hundreds of guests", "testified before the committee"
AUDIENCES = frozenset({"guest", "reporter", "journalist", "crowd", "audience", "lawmaker", "parliament", "camera",
                       "press", "delegate", "supporter", "court", "tribunal", "committee", "assembly", "congress",
                       "senate", "parliamentarian", "dignitary", "diplomat", "envoy", "leader", "official"})
NOT_ERAS = frozenset({"bridge", "sea", "plan", "terms", "resolution", "decree", "law", "order", "pressure", "warrant",
                      "mandate", "framework", "programme", "program"})


def _not_an_era(lemma: str) -> bool:
    return lemma in NOT_ERAS or lemma in load_lexicon().object_classes["agreement"]


def _bounds_in_time(prep: Token, pred: Token) -> bool:
    """"after the Soviet collapse", "under the shah", "since independence"; not "minutes after the vote" (the
    same time), "under which" (a relative clause), "under the Kerch bridge" (a place) or the predicate itself."""
    objects = [c for c in children_of(prep) if c.dep_ == "pobj"]
    if not objects or objects[0].i == pred.i or any(c.dep_ == "npadvmod" for c in children_of(prep)):
        return False
    obj = objects[0]
    if _meeting_told(prep, obj) or _before_an_audience(prep, obj) or _new_occasion(prep, obj):
        return False  # "Following the talks, Turkey and Libya signed ...": the news goes on, not an era
    if misread_clause(obj):
        return False  # "greeted at the airport before the pair held talks": what came next, not an era
    return obj.lower_ not in ("which", "whom", "that") and obj.ent_type_ not in ("GPE", "LOC", "FAC") \
        and obj.ent_type_ not in TIME_LABELS and not (prep.lower_ == "under" and _not_an_era(obj.lemma_.lower())) \
        and obj.lower_ not in TIMES_OF_DAY  # "struck before dawn": that day's dawn


def _before_an_audience(prep: Token, obj: Token) -> bool:
    """"before hundreds of guests", "before reporters": in front of people, not earlier than something."""
    if prep.lower_ != "before":
        return False
    # "hundreds of"
    counted = [g for c in children_of(obj) if c.lower_ == "of" for g in children_of(c) if g.dep_ == "pobj"]
    return any(w.lemma_.lower() in AUDIENCES or w.ent_type_ in ("PERSON", "NORP") for w in [obj, *counted])


def _meeting_told(prep: Token, obj: Token) -> bool:
    """"after the talks", "following the meeting": the meeting the story tells, not an era it looks back to."""
    return prep.lower_ in MEETING_PREPS and meeting_word(obj) and the_or_that(obj)


def _new_occasion(prep: Token, obj: Token) -> bool:
    """"released the detainees after a visit by a U.S. envoy", "after talks with Beijing", "resumed flights after a
    five-year pause": an occasion the text brings in as new (an indefinite article, or a bare meeting noun) is
    what the news follows, not an era it looks back to ("after the Soviet collapse", "after independence")."""
    if prep.lower_ not in ("after", "following"):
        return False
    determiners = [c.lower_ for c in children_of(obj) if c.dep_ == "det"]
    if determiners in (["a"], ["an"]) or (not determiners and meeting_word(obj) and obj.tag_ == "NNS"):
        return True
    # "freed three soldiers following mediation by Togo": an act of the lexicon named bare is new too (not "after
    # the Dalai Lama's visit", one the text names as known)
    return not determiners and obj.tag_ == "NN" and obj.lemma_.lower() in load_lexicon().nouns \
        and not any(c.dep_ == "poss" for c in children_of(obj))


def the_or_that(noun: Token) -> bool:
    """"the talks", "that meeting": a determiner that points to a meeting the text told before."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "that") for c in children_of(noun))


def meeting_word(noun: Token, words: frozenset[str] = MEETINGS) -> bool:
    """The word is one of `words` (the meeting nouns unless told), by its lemma or as written."""
    return noun.lemma_.lower() in words or noun.lower_ in words  # "talks" may be lemmatised "talk"

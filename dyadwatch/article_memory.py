"""Stage 3, actors: what an article has named so far, for the short references that point back to it.

`ArticleMemory` holds the actors of one parsed article in text order (the knowledge-base mentions and the people it
does not know) and the acts coded so far, and answers from them: the countries of a sentence, the last two named, the
article's main pair, the other side an act is most likely aimed at, the last actor that fits. `ActorResolver`
(actors.py) fills it and reads "the two countries", "the launch", "he" with it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from .bystanders import helped_to_a_goal, sided_with_in_act
from .geocode import lookup as find_place
from .knowledge import KnowledgeBase
from .parsetree import children_of, since_object
from .phrases import (
    DATELINE_DASHES,
    dateline_end,
    named_as_partner,
    names_a_place,
    names_a_topic,
    phrase_root,
    unique_parties,
)
from .records import Actor
from .telling import reporting_verbs

__all__ = ["ArticleMemory", "said_as"]

ARMED_GROUP_WORDS = frozenset({"rebel", "militia", "insurgent", "guerrilla", "paramilitary", "militant",
                               "jihadist"})
REASON_PREPS = frozenset({"over", "for"})  # "sanctioned over its war", "... for its role in the attack"
# the wrongs a sanction or protest answers, and the prepositions that name whom they struck
AGGRESSION_NOUNS = frozenset({"war", "invasion", "aggression", "attack", "annexation", "occupation", "offensive",
                              "incursion", "assault", "bombardment", "bombing", "strike"})
VICTIM_PREPS = frozenset({"in", "of", "on", "against", "into"})
SPOKEN_TYPES = frozenset({"ACCUSE", "PROTEST", "CONSULT", "REQUEST"})  # judgements and talk: no one's "move"
MEETING_TYPE = "CONSULT"  # talks, visits, summits: what "the meeting" told again is one of
TOWARD_PREPS = frozenset({"to", "toward", "towards"})
VOTING = frozenset({"UNO", "IGO", "EUR"})  # the sectors of bodies that vote resolutions
PERSON_TITLES = frozenset({"counterpart"})  # a person named by a relation to another (besides the titles)
# a pair that acts together, named together ("X and Y"): who "the allies", "the two countries" are, rather than
# the last two named ("... at a ceremony hosted by Trump")
ALLIED_NOUNS = frozenset({"ally", "partner", "country", "nation", "side", "state", "government", "neighbour",
                          "neighbor"})
# "the two navies", "the two air forces": the forces of the pair last told acting together ("Chinese and Russian
# bombers flew together"), not the last two countries named ("American and Canadian jets intercepted them")
FORCE_NOUNS = frozenset({"navy", "army", "military", "force", "militaries"})


class ArticleMemory:
    """The actors one article has named, in text order, and the acts coded from it so far."""

    def __init__(self, doc: Doc, kb: KnowledgeBase) -> None:
        self.doc = doc
        self.kb = kb
        self.history: list[tuple[int, Actor]] = []  # (token index, actor) in text order, for short references
        # main_pair's answers (with and without places), worked out on first asking: the history is complete by then
        self._main_pairs: dict[bool, list[Actor]] = {}
        self.people_at: set[int] = set()  # character offsets of history actors that are people ("he", "the minister")
        self.bodies_at: set[int] = set()  # ... that are organisations or agencies (for "the alliance")
        self.located: set[int] = set()  # token indices of history mentions named as places ("in Vienna")
        self.dateline_end = dateline_end(doc)  # "Tehran, IRNA --": where the story is filed from is no actor
        self.filed_from = _filed_from(doc, self.dateline_end)  # ... but whose "the government" is, if a party
        self._doers: dict[str, tuple[Actor, ...]] = {}  # PLOVER type -> the actors of its last coded event
        self._recipients: dict[str, tuple[Actor, ...]] = {}  # ... and whom it was done to
        self._recipients_of: dict[tuple[str, str], tuple[Actor, ...]] = {}  # by each party: (type, party) -> whom
        self._doing: dict[str, frozenset[str]] = {}  # PLOVER type -> every party that did one
        self._last_doers: tuple[Actor, ...] = ()  # the actors of the last coded act of any type
        self._last_deciders: tuple[Actor, ...] = ()  # ... of the last one that is no judgement or talk
        self._meetings: list[tuple[Actor, Actor]] = []  # the two sides of each meeting coded, in text order

    def record_act(self, type_: str, source: tuple[Actor, ...], target: tuple[Actor, ...] = ()) -> None:
        """Remember who did the last coded act of a type, and to whom, for "the launch", "the attack" later on; and
        the two sides of a meeting, for "the meeting" told again (`meeting_before`)."""
        parties = {a.party for a in source if a.party}
        if parties:
            self._last_doers = source
            if type_ not in SPOKEN_TYPES and any((a.country and not a.org) or a.org == "EU" for a in source):
                # (a state's or the EU's act: "the decision" of a court or another body is told as such)
                self._last_deciders = source
            self._doers[type_] = source
            self._recipients[type_] = target
            self._doing[type_] = self._doing.get(type_, frozenset()) | parties
            for party in parties:
                self._recipients_of[(type_, party)] = target
        sides = unique_parties([a for a in (*source, *target) if a.country and not a.org])  # (not "the G20 summit")
        if type_ == MEETING_TYPE and len(sides) == 2:
            self._meetings.append((sides[0], sides[1]))

    def meeting_before(self, at: int) -> list[Actor]:
        """The two sides of the meeting told before character `at`: who met in "the meeting", "the talks" told again
        with no side named. Of the pairs that met, the one told most often (the article's news, not a dialogue it
        mentions in passing), the last told of equals."""
        told = [(first, second) for first, second in self._meetings if first.start < at and second.start < at]
        counts: dict[frozenset[str | None], int] = {}
        for first, second in told:
            key = frozenset((first.party, second.party))
            counts[key] = counts.get(key, 0) + 1
        best = max(counts.values(), default=0)
        return next(([a, b] for a, b in reversed(told) if counts[frozenset((a.party, b.party))] == best), [])

    def last_deciders(self) -> list[Actor]:
        """The actors of the last coded act that was done or decided, not said or talked about: whose "the move"
        or "the decision" is ("The EU approved new sanctions on Iran. Tehran condemned the decision")."""
        return list(self._last_deciders)

    def doers_of(self, type_: str) -> list[Actor]:
        """The actors of the last coded act of this type in the article so far."""
        return list(self._doers.get(type_, ()))

    def sides_doing(self, type_: str) -> frozenset[str]:
        """Every party that did an act of this type in the article so far."""
        return self._doing.get(type_, frozenset())

    def done_by(self, type_: str, party: str) -> list[Actor]:
        """The recipients of the last coded act of this type by this party in the article so far."""
        return list(self._recipients_of.get((type_, party), ()))

    def done_to(self, type_: str) -> list[Actor]:
        """The recipients of the last coded act of this type in the article so far."""
        return list(self._recipients.get(type_, ()))

    def countries_in(self, sent: Span) -> list[Actor]:
        """Distinct country actors mentioned in a sentence, in order; a place named as where something happens
        ("signed in Vienna", "a summit in Singapore") is not a party."""
        return unique_parties([actor for _, actor in self._sentence_mentions(sent)])

    def _sentence_mentions(self, sent: Span) -> list[tuple[int, Actor]]:
        """The country mentions of a sentence, with their token index, not those named as where (`countries_in`)."""
        return [(index, actor) for index, actor in self.history
                if sent.start <= index < sent.end and actor.country and index not in self.located]

    def recent_pair(self, before: int, window: int = 400, people: bool = False) -> list[Actor]:
        """The last two distinct countries mentioned before token `before` (within `window` tokens); with
        `people`, only people count ("the two leaders")."""
        pair: list[Actor] = []
        for index, actor in reversed(self.history):
            if index >= before or not actor.country or (people and not actor.name) or index in self.located:
                continue  # (a place named as where: "met in Ohrid" names no North Macedonia)
            if index < before - window:
                break
            if all(a.country != actor.country for a in pair):
                pair.append(actor)
            if len(pair) == 2:
                return list(reversed(pair))
        return []

    def recent_coordinated_pair(self, before: int, window: int = 400, people: bool = False) -> list[Actor]:
        """The last two countries named together ("The United States and South Korea fired ...") before token
        `before`: who "the allies" are, rather than the last two named ("... after the North fired over Japan");
        with `people`, two people named together."""
        named = [(i, a) for i, a in self.history if before - window <= i < before and a.country
                 and (not people or self._is_person(a) or self._titled(i))]
        for later in range(len(named) - 1, 0, -1):
            second = named[later][1]
            joined = phrase_root(self.doc[named[later][0]])  # "Rwandan President Paul Kagame": Kagame
            if joined.dep_ != "conj" and not _a_second_subject(joined):
                continue
            for index, first in reversed(named[:later]):
                head = phrase_root(self.doc[index])
                if first.country != second.country and (joined.head.i in (index, head.i) or (
                        _a_second_subject(joined) and head.dep_ == joined.dep_ and head.head.i == joined.head.i)):
                    return [first, second]
        return []

    def acting_pair_with(self, party: str | None, before: int) -> list[Actor]:
        """The last two countries named together as a clause's subject before token `before`, one of them `party`
        ("The United States and Vietnam elevated their ties")."""
        named = [(i, a) for i, a in self.history if i < before and a.country and i not in self.located]
        for later in range(len(named) - 1, 0, -1):
            second = named[later][1]
            joined = phrase_root(self.doc[named[later][0]])
            if joined.dep_ != "conj":
                continue
            for index, first in reversed(named[:later]):
                if phrase_root(self.doc[index]).i == joined.head.i and first.country != second.country \
                        and party in (first.party, second.party) and self.a_subject(first):
                    return [first, second]
        return []

    def dyad_pair(self, before: int, lemma: str) -> list[Actor]:
        """Who "the two countries" (`lemma` "country") or "the two navies" named at token `before` are, when the
        word says more than the last two countries named: a pair named together, else the article's main pair."""
        if lemma in ALLIED_NOUNS:
            return self.recent_coordinated_pair(before) or self.main_pair_before(before)
        if lemma in FORCE_NOUNS:
            joint = unique_parties(self.doers_of("COOPERATE") + self.done_to("COOPERATE"))
            return joint if len(joint) == 2 else self.main_pair_before(before, unplaced=True)
        return []

    def counterpart(self, party: str | None, sent: Span, speakers: frozenset[int], act: Token,
                    seek_doer: bool = False) -> Actor | None:
        """The other side an act is most likely aimed at when the clause names none: another country of the same
        sentence that is not who reports it (`speakers`: token indices of reporting subjects) nor told as anything
        but a side (`_may_be_aimed_at`), else the doer of the act just before (a passive with no agent), else the
        article's other main country (the two most mentioned, if `party` is one of them). When the doer is sought
        (`seek_doer`), not the victim of the wrong the act answers ("sanctions on Russia over its war in Ukraine")
        nor one named in a clause that describes what the act is done to ("sanctioned firms that shipped chips to
        Russia")."""
        if (body := self._body_in_its_object(party, act)) is not None:
            return body
        # every mention, not one per country: the speaker's own country named again ("Shoigu said North Korea
        # would send troops to Russia's Kursk region") is still a side
        reasons = {actor.party for index, actor in self._sentence_mentions(sent)
                   if seek_doer and _in_its_reason(self.doc[index], act)}
        fitting = [(index, actor) for index, actor in self._sentence_mentions(sent)
                   if actor.party != party and index not in speakers and self._may_be_aimed_at(index, actor, act)
                   and actor.party not in reasons and not (seek_doer and _describes_its_object(self.doc[index], act))]
        # a side named for itself before one that only says where ("move troops from the Afghan border ... if India
        # massed forces": India)
        fitting.sort(key=lambda found: self._rank_aimed(found[0], act))
        if fitting:
            return fitting[0][1]
        if (doer := self._doer_just_before(party, act)) is not None:
            return doer
        if _armed_group_acts(act):
            return None  # "the rebel militia's drones targeted the air base": no state is the doer
        main = self.main_pair()
        if party in (a.party for a in main):
            return next((a for a in main if a.party != party and a.party not in reasons), None)
        return None

    def _body_in_its_object(self, party: str | None, act: Token) -> Actor | None:
        """"Colombia sought a session of the Organization of American States": a body that votes resolutions, named
        in the "of" phrase of what the act asks for, is the one asked (no country of the sentence)."""
        objects = [c for c in children_of(act) if c.dep_ == "dobj"]
        held = {o.i for c in objects for p in children_of(c) if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.subtree}
        return next((a for i, a in self.history if i in held and a.party != party and a.start in self.bodies_at
                     and (body := self.kb.organisations.get(a.org or "")) is not None and body.sector in VOTING),
                    None)

    def _may_be_aimed_at(self, index: int, actor: Actor, act: Token) -> bool:
        """The mention (`actor`, named at `index`) may be the side an act is aimed at: it is no news outlet aside, no
        partner ("in concert with the United States"), no topic, no side the act stands by, no person described, no
        side doing its own act, no reason given, not whom an earlier act was done to, nor where those an act was
        done to were taken."""
        word = self.doc[index]
        return not self._outlet_aside(index, actor, act) and not named_as_partner(word) and not names_a_topic(word) \
            and not sided_with_in_act(word, act) and not self._describing_a_person(index, act) \
            and not self._doer_alongside(index, act) and not self._reason_given(index, act) \
            and not self._done_to_before(index, act) and not _sent_there(word, act) \
            and not _acts_in_the_stretch(word, act)

    def _rank_aimed(self, index: int, act: Token) -> int:
        """Where a guessed side (named at `index`) comes among the sentence's others: the one the act moves forces
        toward ("sent troops toward its Colombian border") first, one only saying where ("from the Afghan border")
        last."""
        word = self.doc[index]
        if helped_to_a_goal(word, act):
            return 3  # ("helping Macron to mend ties with Riyadh": Riyadh first)
        return 0 if _moved_toward(word, act) else 2 if names_a_place(word) else 1

    def _doer_just_before(self, party: str | None, act: Token) -> Actor | None:
        """"The ministry summoned South Korea's ambassador. U.S. Ambassador Max Baucus was called in separately": a
        passive with no one named as its doer goes on from the act told just before (in this sentence or the one
        before), when another side did it."""
        if not _doerless_passive(act):
            return None
        since = self._sentence_before(act).idx
        return next((a for a in self._last_doers if a.party and a.party != party and since <= a.start < act.idx), None)

    def _doer_alongside(self, index: int, act: Token) -> bool:
        """The mention is the subject of a clause joined after the act's own ("Poland imposed its own embargo on
        Friday, and Hungary announced similar curbs"): a side doing its own act alongside, not the one aimed at."""
        root = phrase_root(self.doc[index])
        if root.dep_ == "nsubj" and _joined_after(root.head, act):
            return True
        # ... or what that side's clause is about ("walked out of talks, and a Dutch court sentenced two Russians and
        # a Ukrainian separatist")
        while root.dep_ == "conj" and root.head.i != root.i:
            root = phrase_root(root.head)  # (one of a list: "two Russians and a Ukrainian separatist")
        clause = next((a for a in root.ancestors if a.pos_ in ("VERB", "AUX")), root)
        return root.dep_ in ("dobj", "dative") and _joined_after(clause, act) \
            and any(c.dep_ == "nsubj" for c in clause.children)

    def _done_to_before(self, index: int, act: Token) -> bool:
        """The mention is the object of the verb the act is joined after ("Netanyahu hosted Austin and vowed never
        to allow Iran to obtain ..."): whom the first act was done to, not the second."""
        if act.dep_ != "conj" or act.head.pos_ not in ("VERB", "AUX"):
            return False
        root = phrase_root(self.doc[index])
        return root.dep_ in ("dobj", "dative") and root.head.i == act.head.i

    def _reason_given(self, index: int, act: Token) -> bool:
        """The mention is in what the actor says while acting ("asked for more time, arguing that a pullout would
        send the wrong signal to North Korea", "protested, saying ..."): a reason given, not whom the act is aimed
        at (left to the article's main pair)."""
        for content in (a for a in self.doc[index].ancestors if a.dep_ == "ccomp"):
            saying = content.head
            if saying.tag_ == "VBG" and saying.dep_ == "advcl" and saying.lemma_.lower() in reporting_verbs() \
                    and saying.head in (act, *act.ancestors) and not _holds(saying, act):
                return True
        return False

    def _describing_a_person(self, index: int, act: Token) -> bool:
        """The mention is in a "who" clause that does not hold the act ("Spavor, who organises trips to North Korea,
        was detained there"): it tells who the person is, not whom the act is aimed at."""
        for clause in (a for a in self.doc[index].ancestors if a.dep_ == "relcl"):
            who = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "whom") for c in clause.children)
            if who and not _holds(clause, act):
                return True
        return False

    def _outlet_aside(self, index: int, actor: Actor, act: Token) -> bool:
        """The mention (`actor`, named at `index`) is a news outlet outside the act's phrase ("in an interview with
        France 24", but "pulled the BBC's channel") or named as whose report it is ("according to Xinhua")."""
        if actor.sector != "JRN":
            return False
        if _source_of_the_report(phrase_root(self.doc[index])):
            return True  # ("..., according to Xinhua": whose report it is, even within the act's sentence tree)
        return not act.left_edge.idx <= actor.start < act.right_edge.idx + len(act.right_edge)

    def main_pair(self, unplaced: bool = False) -> list[Actor]:
        """The two countries the article mentions most (ties: the one named first), or none; a place named as where
        something happens ("talks in Quito") counts half, and with `unplaced` not at all."""
        if unplaced not in self._main_pairs:
            self._main_pairs[unplaced] = self._most_named_pair(unplaced)
        return list(self._main_pairs[unplaced])

    def _most_named_pair(self, unplaced: bool) -> list[Actor]:
        counts: dict[str, float] = {}
        first: dict[str, Actor] = {}
        for index, actor in self.history:
            if actor.country and not actor.org and actor.sector != "JRN" and not (
                    unplaced and index in self.located):  # (an outlet tells, it is no side)
                # a place named as where counts half: "talks in Vienna" twice is no side of the story
                counts[actor.country] = counts.get(actor.country, 0) + (0.5 if index in self.located else 1)
                first.setdefault(actor.country, actor)
        ranked = sorted(counts, key=lambda c: -counts[c])[:2]
        return [first[c] for c in ranked] if len(ranked) == 2 else []

    def main_pair_before(self, before: int, unplaced: bool = False) -> list[Actor]:
        """The article's main pair, when both were named before token `before`: who "the two sides" are, rather
        than the last two countries named ("... as both brace for steep U.S. tariffs. Later the two sides signed")."""
        main = {a.party for a in self.main_pair(unplaced)}
        named = [a for i, a in self.history if i < before and a.party in main and i not in self.located]
        return unique_parties(named) if len({a.party for a in named}) == 2 else []

    def voted_by(self, head: Token) -> list[Actor]:
        """"The UN Security Council voted on Saturday to impose sanctions ... North Korea rejected the resolution":
        the last body that votes resolutions named acting (a clause's subject), else the last named; a body itself,
        not one that qualifies a person ("North Korea's UN ambassador")."""
        def voting(actor: Actor) -> bool:
            span = self._span_of(actor)
            body = self.kb.organisations.get(actor.org or "")
            return actor.start in self.bodies_at and body is not None and body.sector in VOTING \
                and span is not None and phrase_root(span.root).i < span.end

        return self._last(head.i, lambda a: voting(a) and self.a_subject(a), head) or self._last(head.i, voting, head)

    def a_subject(self, actor: Actor) -> bool:
        """The actor is named in a clause's subject ("Russia expelled", "North Korea's foreign ministry said")."""
        span = self._span_of(actor)
        if span is None:
            return False
        root = phrase_root(span.root)
        while root.dep_ == "pobj" and root.head.lower_ in ("of", "from") and root.head.head.pos_ in ("NOUN", "PROPN"):
            root = phrase_root(root.head.head)  # "The Ministry of Foreign Affairs of Turkey recalled ..."
        return root.dep_ in ("nsubj", "nsubjpass")

    def _span_of(self, actor: Actor) -> Span | None:
        """The words an actor is named with here."""
        return self.doc.char_span(actor.start, actor.end, alignment_mode="expand")

    def named_with_noun(self, head: Token) -> list[Actor]:
        """"China's foreign ministry voiced opposition ... The ministry also summoned the ambassador": the state whose
        body of that name ("ministry") was named in this sentence or the one before."""
        since = self._sentence_before(head).i
        lemma = head.lemma_.lower()
        for index, actor in reversed(self.history):
            if since <= index < head.i and actor.country and not actor.org \
                    and phrase_root(self.doc[index]).lemma_.lower() == lemma:
                return [said_as(actor, head)]
        return []

    def _sentence_before(self, token: Token) -> Token:
        """The first word of the sentence before the token's (of its own, in the first sentence): where "the act
        just before", "the ministry named before" are looked for."""
        sent = token.sent
        return self.doc[sent.start - 1].sent[0] if sent.start > 0 else sent[0]

    def _titled(self, index: int) -> bool:
        """The mention at `index` is a person's title ("her Rwandan counterpart", "the Chinese premier")."""
        lemma = phrase_root(self.doc[index]).lemma_.lower()
        return lemma in self.kb.titles or lemma in PERSON_TITLES

    def _is_person(self, actor: Actor) -> bool:
        return actor.start in self.people_at

    def _last(self, before: int, wanted: Callable[[Actor], bool], head: Token, since: int = -1,
              unplaced: bool = False) -> list[Actor]:
        """The last actor named before `before` (from `since` on) that is wanted, said as `head`; with `unplaced`,
        not one named only as the place of something ("talks in Vienna")."""
        for index, actor in reversed(self.history):
            if since <= index < before and wanted(actor) and not (unplaced and index in self.located):
                return [said_as(actor, head)]
        return []


def said_as(actor: Actor, token: Token) -> Actor:
    """An actor found earlier, as the word that refers to it here ("it", "his", "the government") says it."""
    return replace(actor, text=token.text, start=token.idx, end=token.idx + len(token.text))


def _filed_from(doc: Doc, end: int) -> str | None:
    """The country of the place a dateline names ("ROTTERDAM (ANP) -", "KUALA LUMPUR, Feb 20 (Reuters) -")."""
    if end == 0:
        return None
    words = []
    for token in doc[:end]:
        if token.text in (",", "(") or token.text in DATELINE_DASHES:
            break
        words.append(token.text)
    place = find_place(" ".join(words)) if words else None
    return place.country if place is not None else None


def _armed_group_acts(act: Token) -> bool:
    """The act's subject names an armed group the knowledge base does not place ("the rebel militia's drones",
    "insurgents attacked"): its doer is named, if not known; the article's main pair is no guess for it."""
    return any(w.lemma_.lower() in ARMED_GROUP_WORDS for s in act.children if s.dep_ == "nsubj" for w in s.subtree)


def _moved_toward(word: Token, act: Token) -> bool:
    """"Venezuela sent tanks and troops toward its Colombian border": a place the act itself moves forces to names
    the side it is aimed at, not only where ("from the Afghan border" does not)."""
    root = phrase_root(word)
    return root.dep_ == "pobj" and root.head.lower_ in TOWARD_PREPS and root.head.head.i == act.i


def _acts_in_the_stretch(word: Token, act: Token) -> bool:
    """The mention is the subject of the clause whose time a "since" phrase with the act starts ("Orban has been
    to Moscow five times since the invasion of Ukraine"): what that side did in the stretch, not the act it is
    counted from. With its doer named ("since Russia's invasion"), the side the clause is about may be its target
    ("Zelenskiy's first visit to Poland since Russia's invasion")."""
    if not since_object(act) or _owner_named(act):
        return False
    root = phrase_root(word)
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.i == act.head.head.i


def _owner_named(act: Token) -> bool:
    return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") or (
        c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON")) for c in children_of(act))


def _joined_after(clause: Token, act: Token) -> bool:
    """A clause joined after the act's own that does not hold the act: another side's act, told alongside. (Any
    clause of the act's sentence hangs, like the act, under the sentence's root: no need to ask that.)"""
    return clause.dep_ == "conj" and clause.i > act.i and not _holds(clause, act)


def _in_its_reason(word: Token, act: Token) -> bool:
    """The word names the side struck in the war or attack the act is over, hung on the act or on a verb above it
    ("imposed sanctions on Russia over its invasion of Ukraine", "... for its war in Ukraine"): the victim of the
    wrong the act answers, not who acts (which may still be the one wronged: "over the detention of its citizens")."""
    root = phrase_root(word)
    struck = root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.lower_ in VICTIM_PREPS \
        and root.head.head.lemma_.lower() in AGGRESSION_NOUNS
    return struck and any(p.dep_ == "prep" and p.lower_ in REASON_PREPS and act not in p.subtree
                          and (p.head == act or p.head in act.ancestors) for p in word.ancestors)


def _describes_its_object(word: Token, act: Token) -> bool:
    """The word is in a clause that tells about what the act is done to ("sanctioned companies that shipped
    electronics to Russia", "... on firms accused of helping Russia"): not who does the act."""
    done_to = [c for c in act.children if c.dep_ == "dobj"]
    done_to += [o for h in (act, *done_to) for p in h.children if p.dep_ == "prep" for o in p.children
                if o.dep_ == "pobj"]
    within = {t.i for o in done_to for t in o.subtree}
    return any(a.dep_ in ("relcl", "acl") and a.i in within and not _holds(a, act) for a in word.ancestors)


def _holds(clause: Token, act: Token) -> bool:
    """The act is within the clause's stretch of text."""
    return clause.left_edge.i <= act.i <= clause.right_edge.i


def _doerless_passive(act: Token) -> bool:
    """"Was called in separately", "were released in return": a passive verb with no agent named."""
    return any(c.dep_ == "auxpass" for c in act.children) and not any(c.dep_ == "agent" for c in act.children)


def _sent_there(word: Token, act: Token) -> bool:
    """"103 Russian soldiers were released in return and flown to Belarus": where those an act was done to were
    taken is not who did it (asked only when the doer is guessed: a passive with no agent)."""
    if not _doerless_passive(act):
        return False
    root = phrase_root(word)
    return root.dep_ == "pobj" and root.head.lower_ in ("to", "into") and root.head.head.i != act.i \
        and root.head.head.dep_ == "conj" and root.head.head.head.i == act.i


def _source_of_the_report(word: Token) -> bool:
    """"according to Xinhua", "citing KCNA": named as who tells it."""
    return (word.dep_ == "pobj" and word.head.lower_ == "to" and word.head.head.lower_ == "according") or (
        word.dep_ == "dobj" and word.head.lower_ == "citing")


def _a_second_subject(word: Token) -> bool:
    """"Congolese President Tshisekedi and Rwandan President Kagame signed": the model may make each name a
    subject of the verb rather than join the second to the first; "and" just before the second tells they are one
    subject named together."""
    return word.dep_ in ("nsubj", "nsubjpass") and any(
        t.dep_ == "cc" and t.lower_ == "and" for t in word.doc[max(word.left_edge.i - 1, 0):word.left_edge.i])

"""Stage 5, context: what the dependency parse says about the time of a predicate's clause, for `when.py`.

- where a time phrase belongs: its whole text ("from 2014 to 2016", "Tuesday night"), and whether it is part of the
  predicate's own clause, names another thing ("the 1960 treaty") or sits in another clause;
- which clause a predicate shares its time with or counts it from: a later conjunct, an infinitive, a "by"-phrase,
  the report it is told in, "two days after capturing him";
- tense: a perfect, a future ("will meet", "is due to fly", "said it would"), the word that carries a clause's
  tense.
Who tells a clause, and in what mood, is `telling.py`.
Nothing here resolves a date (`dates.py` does) or knows the story (`storydates.py`). `distance`, edges between two
tokens, is here for `where.py`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .dates import duration
from .parsetree import VERB_POS, children_of, marked_infinitive, read_once, since_object
from .readings import NAMING_VERBS, misparsed_gerund
from .telling import reporting_verbs

__all__ = [
    "TIME_LABELS", "VERB_POS", "NOUN_MODIFIER_DEPS", "DAY_PARTS", "SHIFT_MARKS", "BOUNDARY_PREPS", "FUTURE_AUX",
    "verb_above", "time_phrases", "belongs", "when_clause", "hops_up", "shares_time", "carrier", "governing_verb",
    "clause_of", "shift_marker", "counted_from_act", "answered_act", "blamed_act", "refers_back", "since_a_record",
    "misread_clause", "acts_counted_from", "named_after", "so_far", "bare_time", "given_as_reason", "later_clauses",
    "count_before", "phrase_text", "looks_ahead", "reported_future", "infinitive", "perfect", "past_perfect",
    "present_perfect", "tense_of", "not_until_then", "finite_of", "distance", "year_like", "named_by", "MODALS",
]

TIME_LABELS = frozenset({"DATE", "TIME"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
CLAUSE_DEPS = frozenset({"advcl", "relcl", "ccomp", "xcomp", "conj", "acl", "pcomp", "csubj", "parataxis"})
NOUN_MODIFIER_DEPS = frozenset({"compound", "nummod", "amod", "nmod", "poss"})
VALUE_WORDS = frozenset({"worth"})  # "goods worth $2 billion": the parse hangs what follows the sum on it
FRAME_PREPS = frozenset({"in", "during", "throughout"})  # "fought in the 1950-53 war": the war's years date it
JOINING_WORDS = frozenset({"to", "and", "until", "till", "through"})  # "from 2014 to 2016"
LEADING_WORDS = frozenset({"since", "from", "between", "for", "over", "until", "till", "by"})
SAME_TIME_MARKS = frozenset({"as", "while", "when", "whilst"})  # an advcl with these happens with its head
SHIFT_MARKS = {"after": -1, "following": -1, "before": 1}  # "a day after X": X is a day before its head
# verbs whose past is their bare form, which the model may tag as one when the sentence has a subject
INVARIANT_PASTS = frozenset({"put", "cut", "set", "hit", "let", "shut", "spread", "cast", "quit", "hurt", "split"})
BLAME_PHRASES = frozenset({("for", "responsible"), ("for", "blame"), ("for", "accountable"), ("of", "guilty"),
                           ("in", "role"), ("in", "involvement"), ("in", "complicity"), ("of", "accuse")})
PRAISING_VERBS = frozenset({"praise", "hail", "laud", "commend", "applaud", "salute"})
# "escalating a dispute over Madrid's decision to back ...": the act a dispute is over came before it
DISPUTE_NOUNS = frozenset({"dispute", "row", "spat", "feud", "standoff", "quarrel", "rift", "tension", "crisis"})
REACTION_NOUNS = frozenset({"response", "retaliation", "reprisal", "protest", "revenge", "reaction", "answer"})
DEMONSTRATIVES = frozenset({"that", "this"})
DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})  # "on [Monday] night"
BOUNDARY_PREPS = frozenset({"after", "before", "following", "since", "under"})  # "after the Soviet collapse"
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
FUTURE_WORDS = frozenset({"due", "expect", "schedule", "set", "plan", "poise"})  # "is due to fly on Friday"
PERFECT_AUX = frozenset({"has", "have", "had", "'ve", "'d"})
MODALS = frozenset({"would", "could", "might", "may", "must", "should", "can", "ca"})
MODAL_OR_FUTURE = MODALS | FUTURE_AUX


# -- where a time phrase belongs ----------------------------------------------------------------------------------


def verb_above(node: Token, pred: Token) -> Token:
    """The verb a time phrase hangs on ("signed ... in June" in a clause on the predicate), else the predicate."""
    current = node
    while current.i != pred.i and current.pos_ not in VERB_POS and current.head.i != current.i:
        current = current.head
    return current if current.pos_ in VERB_POS else pred


def time_phrases(times: list[Span]) -> dict[int, tuple[str, list[Token]]]:
    """Each time expression's text with its leading "since"/"from" and a second end joined on ("from 2014 to
    2016", "the late 1970s and early 1980s", "Tuesday" + "night"), with the heads of its parts, by start; a joined
    end has no entry of its own."""
    starts = {e.start: e for e in times}
    phrases: dict[int, tuple[str, list[Token]]] = {}
    joined: set[int] = set()
    for entity in sorted(times, key=lambda e: e.start):
        if entity.start in joined:
            continue
        tail, other = _tail(entity, starts)
        roots = [entity.root]
        if other is not None:
            joined.add(other)
            roots.append(starts[other].root)
        elif (part := _part_of_day(entity)) is not None:  # "on [Monday] night": the night is what "on" holds
            tail += f" {part.text}"
            roots.append(part)
        phrases[entity.start] = (entity.doc[_left_end(entity):entity.end].text + tail, roots)
    return phrases


def _tail(entity: Span, starts: dict[int, Span]) -> tuple[str, int | None]:
    """What continues a time phrase, and the start of the entity it swallows: "night" after "Tuesday", "to 2016"
    after "from 2014" (the parser may leave 2016 out of any entity), "today" after "two years ago"."""
    doc, end = entity.doc, entity.end
    if end >= len(doc):
        return "", None
    after = doc[end]
    if end in starts:
        return f" {starts[end].text}", end
    if after.lower_ in JOINING_WORDS and end + 1 in starts:
        return f" {after.text} {starts[end + 1].text}", end + 1
    if after.lower_ in JOINING_WORDS and end + 1 < len(doc) and year_like(doc[end + 1]):
        return f" {after.text} {doc[end + 1].text}", None
    return (f" {after.text}", None) if after.lower_ in ("today", "tonight") else ("", None)


def _part_of_day(entity: Span) -> Token | None:
    """The part of the day a day entity names, when the model left it out ("Monday" of "on Monday night")."""
    root, end = entity.root, entity.end
    if end >= len(entity.doc) or entity.doc[end].lower_ not in DAY_PARTS or entity.doc[end].ent_type_:
        return None
    return entity.doc[end] if root.dep_ == "compound" and root.head.i == end else None


def _left_end(entity: Span) -> int:
    """Where a time phrase starts: at a leading "since"/"from" whose object it is, or at "between 2014 and" when
    the parser left the first year out of the entity."""
    doc, start = entity.doc, entity.start
    if start >= 3 and doc[start - 1].lower_ in JOINING_WORDS and year_like(doc[start - 2]) \
            and doc[start - 3].lower_ in ("between", "from"):
        return start - 3
    leading = doc[start - 1] if start > 0 else None
    if leading is not None and leading.lower_ in LEADING_WORDS and entity.root.head.i == leading.i:
        return start - 1
    return start


def year_like(token: Token) -> bool:
    """A four-digit year from 1600 to 2099, as dates.YEAR_RE reads them."""
    return token.shape_ == "dddd" and token.text[:2] in ("16", "17", "18", "19", "20")


def belongs(node: Token, pred: Token) -> bool:
    """Whether a time phrase headed by `node` is part of the predicate's own clause (a noun's: its own phrase)."""
    reporting = _reporting_verb_of(node)
    if reporting is not None:
        return reporting.i == pred.i
    current, child = node, None
    while current.i != pred.i:
        if current.head.i == current.i or _other_clause(current, pred, child) \
                or _names_another_thing(current, pred) or current.lower_ == "than" or _counted_from(current, pred) \
                or _topic_of(current, pred) or _year_of_a_name(current, pred) or _since_an_act(current, child):
            return False
        current, child = current.head, current
    return True


def _reporting_verb_of(node: Token) -> Token | None:
    """"India said on Friday it shot down a drone on Thursday": the model hangs "on Friday" on "shot". A time told
    after a verb of saying and before the subject of what it reports is the saying's."""
    link = node.head if node.dep_ == "pobj" and node.head.dep_ == "prep" else node
    verb = link.head
    if link.dep_ not in ("prep", "npadvmod") or verb.dep_ != "ccomp" or verb.pos_ not in VERB_POS \
            or not verb.head.i < link.i < verb.i or verb.head.lemma_.lower() not in reporting_verbs() \
            or any(c.dep_ == "aux" and c.lower_ in MODAL_OR_FUTURE for c in children_of(verb)):
        return None  # ("said on Monday it would impose tariffs from Aug. 1": a plan is dated as it is told)
    if any(c.dep_ == "mark" and c.i < link.i for c in children_of(verb)):
        return None  # after "that", within the clause: "suggest that since 2024, North Korea sent"
    subject = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    return verb.head if subject is not None and link.i < subject.i else None


def _since_an_act(current: Token, child: Token | None) -> bool:
    """"the first visit since the Dalai Lama's trip to Ulaanbaatar in November": a time within what a "since"
    names dates that, not the act counted from it (a time that is itself the object starts a stretch)."""
    return child is not None and since_object(current) and current.ent_type_ not in ("DATE", "TIME")


def counted_from_act(token: Token) -> bool:
    """A noun an "after"/"before" phrase names: another act the clause it hangs on is counted from ("hours after a
    visit", "two days after the attack on Jan. 27")."""
    return token.dep_ == "pobj" and token.pos_ in NOUN_POS and token.head.lower_ in SHIFT_MARKS \
        and token.head.dep_ == "prep"


def answered_act(noun: Token) -> bool:
    """An act a reaction answers: "recalled its envoy in protest at the Iranian strike", "in response to the
    attack", "summoned the ambassador over the strike". It is dated that day or before (when.py) and is not the
    reacting side's act (roles.py: "imposed sanctions over the detention of the pastor")."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj":
        return False
    prep = noun.head  # ("following the strike" is counted from its clause already: when.py's `_shifted`)
    if prep.lower_ == "over" and prep.head.pos_ in ("VERB", "AUX"):
        return True
    # ("lodged representations and protests over the detention": the reaction noun may be a conjunct)
    return prep.lower_ in ("to", "for", "at", "against", "over") and any(
        n.lemma_.lower() in REACTION_NOUNS for n in (prep.head, *prep.head.conjuncts))


def praised_act(noun: Token) -> bool:
    """An act of someone named that a verb of praise has as its object ("praised her government's break with
    Taiwan"): done before the praise, at a time the praise leaves open."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in PRAISING_VERBS \
        and any(c.dep_ == "poss" for c in children_of(noun))


def blamed_act(noun: Token) -> bool:
    """An act someone is blamed for or a dispute is over: "holds Russia responsible for the downing", "its role in
    the attack", "accused Moscow of the poisoning" or "of closing the border", "a row over the expulsion". It was
    done before the blaming, at a time the blaming does not give."""
    if noun.dep_ == "pcomp" and noun.tag_ == "VBG":  # a gerund: "accused Kigali of unilaterally closing ..."
        return (noun.head.lower_, noun.head.head.lemma_.lower()) in BLAME_PHRASES
    if noun.pos_ not in NOUN_POS or noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ == "over":  # "a row over X", or "escalated a row over X" as the parse may hang it
        disputed = [prep.head, *(c for c in children_of(prep.head) if c.dep_ == "dobj")]
        return any(word.lemma_.lower() in DISPUTE_NOUNS for word in disputed)
    return (prep.lower_, prep.head.lemma_.lower()) in BLAME_PHRASES


def _counted_from(token: Token, pred: Token) -> bool:
    """The act a predicate is counted from: "evacuated it two days after the attack on Jan. 27" (Jan. 27 is the
    attack's day, not the evacuation's)."""
    return counted_from_act(token) and token.head.head.i == pred.i


def _topic_of(token: Token, pred: Token) -> bool:
    """A noun an inner noun is about: "cooperate with the investigation into the killing in August" (August is the
    killing's time)."""
    return token.dep_ == "pobj" and token.head.lower_ in ("into", "about", "regarding", "concerning") \
        and token.head.head.i != pred.i


# words the model reads as a clause's verb where no clause is: "declared two diplomats persona non grata on Monday",
# "lower ties to charge d'affaires from February 24" (the word after, if it takes one)
NOT_VERBS: dict[str, tuple[str, ...] | None] = {"persona": None, "charge": ("d'affaires", "d’affaires")}


def _other_clause(token: Token, pred: Token, child: Token | None = None) -> bool:
    """A clause of its own, except a relative clause on a noun predicate ("a visit Xi made in March"), and a gerund
    naming what a noun is about when the parse hangs a "during" phrase on it ("signed the agreement on building
    the bridge during Putin's visit in June 2024": the signing was during the visit)."""
    if token.dep_ not in CLAUSE_DEPS or token.pos_ not in VERB_POS or _naming_clause(token) or when_clause(token) \
            or _not_a_verb(token):
        return False
    if token.dep_ == "pcomp" and child is not None and child.dep_ == "prep" and child.lower_ in ("during", "amid"):
        return False
    return not (token.head.i == pred.i and pred.pos_ not in VERB_POS and token.dep_ in ("relcl", "acl"))


def _not_a_verb(token: Token) -> bool:
    """A word of `NOT_VERBS`, followed by the word it needs there, if any."""
    if token.lower_ not in NOT_VERBS:
        return False
    after = NOT_VERBS[token.lower_]
    return after is None or (token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ in after)


def when_clause(token: Token) -> bool:
    """"demanded $5 billion a year when the talks began last year": its time is the time of what it hangs on."""
    return token.dep_ in ("advcl", "relcl") and any(c.lower_ == "when" and c.dep_ in ("advmod", "mark")
                                                    for c in children_of(token))


def _naming_clause(token: Token) -> bool:
    """"struck what it called terrorist infrastructure ... on May 7": the parse hangs the date on "called"."""
    return token.lemma_.lower() in NAMING_VERBS and any(c.lower_ == "what" for c in children_of(token))


def _names_another_thing(token: Token, pred: Token) -> bool:
    """"put the 1960 treaty in abeyance": a modifier dates its own noun, unless that noun frames the predicate in
    time ("fought in the 1950-53 Korean War") or is one of its arguments ("Last year's Ulchi Freedom Guardian
    drills involved")."""
    if token.dep_ == "amod" and token.lower_ in VALUE_WORDS and token.i > token.head.i:
        return False  # "raised duties on goods worth $5 billion in May": a price has no time, the act has
    head = token.head
    while head.dep_ == "compound" and head.head.i != head.i and token.dep_ in NOUN_MODIFIER_DEPS:
        head = head.head  # the noun a compound name belongs to
    if token.dep_ not in NOUN_MODIFIER_DEPS or head.pos_ not in NOUN_POS or head.i == pred.i:
        return False
    if head.dep_ in ("nsubj", "nsubjpass", "dobj") and head.head.i == pred.i and not year_like(token):
        return False  # "brokered Friday's agreement", "Last year's drills involved"
    return not (head.dep_ == "pobj" and head.head.lower_ in FRAME_PREPS)


def _year_of_a_name(token: Token, pred: Token) -> bool:
    """"in accordance with the Vienna Convention on Diplomatic Relations of 1961", "the Treaty of 1947": the time
    an "of" hangs on a name with is part of that name (not "in March of 2014": a time's own name)."""
    head = token.head
    return token.lower_ == "of" and token.dep_ == "prep" and head.pos_ == "PROPN" and head.i != pred.i \
        and head.ent_type_ not in ("DATE", "TIME")


def hops_up(node: Token, pred: Token) -> int:
    """Edges from a time phrase up to the predicate, a preposition and its object counting as one."""
    hops, current = 0, node
    while current.i != pred.i and current.head.i != current.i:
        hops += current.dep_ != "prep"
        current = current.head
    return hops


# -- clauses that share another's time or count from it -----------------------------------------------------------


def shares_time(clause: Token) -> bool:
    """A later conjunct, an infinitive or gerund complement, or a "when" clause: their plain time phrase may be
    the one the whole sentence happened at."""
    if clause.pos_ not in VERB_POS:
        return False
    if clause.dep_ == "conj":
        return True
    if clause.dep_ == "advcl" and _marks(clause) and _marks(clause)[0] in SAME_TIME_MARKS:
        return True
    infinitive = marked_infinitive(clause)
    return (infinitive and clause.dep_ in ("xcomp", "advcl")) or (clause.dep_ == "xcomp" and clause.tag_ == "VBG")


FOLLOWING_VERBS = frozenset({"follow", "precede"})  # "X followed Y": Y is another act, earlier than X
DECIDING_NOUNS = frozenset({"decision", "move", "order", "vote"})  # a decision to act is the act, on its day


def carrier(token: Token) -> Token | None:
    """The clause whose date this one shares: the verb a noun belongs to, the first of two conjoined verbs (unless
    this one has a tense of its own), the verb of an infinitive, participle or "by"-phrase, the report a clause
    is told in, or the clause a relative clause in the simple past hangs on."""
    if token.pos_ not in VERB_POS:
        verb = governing_verb(token)
        return None if verb is not None and _follows_its_object(token, verb) else verb
    dep, head = token.dep_, token.head
    if dep == "conj" and head.pos_ in VERB_POS:
        return None if _own_auxiliary(token) else head
    if dep in ("xcomp", "ccomp") and head.pos_ in VERB_POS | {"ADJ"}:
        return _earlier_report(token) or head
    if dep == "advcl":
        marks = _marks(token)
        return head if not marks or marks[0] in SAME_TIME_MARKS else None
    if dep == "pcomp" and head.lower_ in ("by", "while", "in", "on", "upon", "with"):  # "..., with Egypt blaming"
        return head.head
    if dep == "acl" and token.tag_ == "VBG":
        return governing_verb(head) if head.pos_ not in VERB_POS else head
    if dep == "acl" and token.tag_ == "VB" and head.lemma_.lower() in DECIDING_NOUNS:
        return head  # "Tokyo's decision on April 8 to expel eight diplomats": the act is decided when decided
    if dep == "relcl" and token.tag_ == "VBD" and not _own_auxiliary(token):
        return governing_verb(head)
    return None


def _follows_its_object(noun: Token, verb: Token) -> bool:
    """"The release followed the swap in Ankara last August": the time of the clause is the swap's (the act it
    follows), not that of the act told as following it."""
    return noun.dep_ == "nsubj" and verb.lemma_.lower() in FOLLOWING_VERBS \
        and any(c.dep_ == "dobj" for c in children_of(verb))


def _marks(clause: Token) -> list[str]:
    """The words that open an adverbial clause: "after", "as", "when" (which the parser calls an adverb)."""
    return [c.lower_ for c in children_of(clause)
            if c.dep_ == "mark" or (c.dep_ == "advmod" and c.lower_ in ("when", "where", "whereas"))]


def _own_auxiliary(verb: Token) -> bool:
    """"In June the Treasury sanctioned ..., and officials have warned": a tense of its own."""
    return any(c.dep_ == "aux" and (c.lemma_.lower() == "have" or c.lower_ in MODAL_OR_FUTURE)
               for c in children_of(verb))


def _earlier_report(token: Token) -> Token | None:
    """"Seoul offered last month to pay, but the Pentagon turned down the proposal, officials said": two things
    told in one report, the second continuing the first."""
    if token.dep_ != "ccomp":
        return None
    earlier = [c for c in children_of(token.head) if c.dep_ == "ccomp" and c.i < token.i]
    return earlier[-1] if earlier else None


@read_once
def governing_verb(token: Token) -> Token | None:
    """The verb whose clause a noun belongs to, unless the noun sits in an "after"/"since" phrase of it."""
    current = token
    while current.pos_ not in VERB_POS:
        if current.head.i == current.i or current.lower_ in BOUNDARY_PREPS:
            return None
        current = current.head
    return current


def clause_of(token: Token) -> Token:
    return token if token.pos_ in VERB_POS else (governing_verb(token) or token)


def shift_marker(token: Token) -> tuple[Token | None, Token | None]:
    """The "after"/"before" that ties this clause to its governing one, and the governing predicate."""
    if token.dep_ in ("advcl", "ccomp"):  # "said on Thursday, a day after Putin and Pashinyan held talks": the
        marks = [c for c in children_of(token) if c.dep_ == "mark" and c.lower_ in SHIFT_MARKS]  # model may read it as
        return (marks[0], token.head) if marks else (None, None)  # what was said (ccomp); "after" says otherwise
    if token.dep_ == "pcomp" and token.head.lower_ in SHIFT_MARKS:
        return token.head, token.head.head
    if counted_from_act(token):
        return token.head, token.head.head  # an act told as a noun: "on Nov. 28, hours after a visit by Barrot"
    gerund_object = misparsed_gerund(token)  # "said after [meeting] leader Kim": a gerund read as a noun
    if gerund_object is not None and gerund_object.head.lower_ in SHIFT_MARKS:
        return gerund_object.head, gerund_object.head.head
    if token.dep_ == "ROOT":
        return _root_read_for_its_after_clause(token)
    return None, None


def _root_read_for_its_after_clause(root: Token) -> tuple[Token | None, Token | None]:
    """"Relations between the two countries soured in February after Lula compared ...": the model may make the
    "after" clause the sentence's root, and its main verb a clause on the noun before it ("countries soured")."""
    marks = [c for c in children_of(root) if c.dep_ == "mark" and c.lower_ in SHIFT_MARKS]
    if not marks:
        return None, None
    main = next((w for w in root.doc[root.left_edge.i:marks[0].i]
                 if w.dep_ == "acl" and w.tag_ in ("VBD", "VBN") and w.head.dep_ == "pobj"), None)
    return (marks[0], main) if main is not None else (None, None)


def count_before(token: Token, marker: Token, governor: Token) -> Token | None:
    """The "two days" of "two days after": on the clause, on its "after", the noun the "after" hangs on, or just
    before the "after" on the governing clause ("The barrage came [a day] after Russian forces hit Kyiv")."""
    right_before = [c for c in children_of(governor) if c.right_edge.i == marker.i - 1]
    for candidate in (*children_of(token), *children_of(marker), governor, *right_before):
        if candidate.dep_ == "npadvmod" and candidate.i < marker.i and duration(phrase_text(candidate)) is not None:
            # (a count comes before its "after": not "after the rulers gave French forces [a month] to leave")
            return candidate
    return None


def phrase_text(token: Token) -> str:
    """A noun with what comes before it: "less than a day" (not the "after ..." that may follow)."""
    return token.doc[token.left_edge.i:token.i + 1].text


def refers_back(sent: Span) -> bool:
    """A sentence whose subject points back at what the one before told: "That ruling prompted ...", "This led"."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in DEMONSTRATIVES or any(
        d.dep_ == "det" and d.lower_ in DEMONSTRATIVES for d in children_of(c))) for c in children_of(sent.root))


def since_a_record(root: Token) -> bool:
    """"the first by a Chinese premier since 2017", "the largest attack since 2022": the time says how long the
    record stood, not when the act took place."""
    if root.dep_ != "pobj" or root.head.lower_ != "since":
        return False
    holder = root.head.head  # "the first ... since", or a verb whose object is the record ("carried out the
    nouns = [holder, *(c for c in children_of(holder) if c.dep_ == "dobj")]  # biggest attack on Kyiv since 2022")
    return any(_a_record(n) or any(c.dep_ == "amod" and _a_record(c) for c in children_of(n)) for n in nouns)


def _a_record(word: Token) -> bool:
    return word.ent_type_ == "ORDINAL" or word.tag_ in ("JJS", "RBS") or word.lower_ in ("first", "last")


def misread_clause(noun: Token) -> bool:
    """"(before) the pair held talks" read as a noun phrase: a verb hung on the noun with a subject of its own."""
    return any(c.pos_ == "VERB" and c.dep_ == "amod" and any(g.dep_ in ("nsubj", "npadvmod") for g in children_of(c))
               for c in children_of(noun))


def acts_counted_from(verb: Token) -> list[tuple[Token, list[Token]]]:
    """The "after"/"before" phrases of a verb, each with the acts it names ("a day after the March 3 incident");
    also one the parse reads as the subject of an infinitive ("hours after [the quake] to offer condolences"), which
    "after" cannot begin."""
    found = []
    for child in children_of(verb):
        if child.dep_ == "prep" and child.lower_ in SHIFT_MARKS:
            found.append((child, [c for c in children_of(child) if c.dep_ == "pobj" and c.pos_ in NOUN_POS]))
        elif child.dep_ == "advcl" and marked_infinitive(child):
            marks = [c for c in children_of(child) if c.dep_ == "mark" and c.lower_ in SHIFT_MARKS]
            subjects = [c for c in children_of(child) if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
            if marks and subjects:
                found.append((marks[0], subjects))
    return found


def named_after(token: Token) -> bool:
    """An act an "after"/"following" phrase names with no count ("following the US proclamation recognising ...",
    "after intense lobbying by Japan"): some time before its clause, how long the text does not say."""
    noun = token.head if token.dep_ == "acl" else token
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("after", "following") or prep.dep_ != "prep":
        return False
    return not any(c.dep_ == "npadvmod" and c.right_edge.i == prep.i - 1
                   for c in (*children_of(prep), *children_of(prep.head)))


def so_far(token: Token) -> bool:
    return token.lower_ == "far" and any(c.lower_ == "so" for c in children_of(token))


def bare_time(noun: Token) -> bool:
    """"the time", "that time": no "of the summit" after it, which would date by the summit instead."""
    return noun.dep_ == "pobj" and noun.lower_ == "time" \
        and [c.lower_ for c in children_of(noun)] in (["the"], ["that"])


def given_as_reason(token: Token) -> bool:
    """"thanked Kim for sending soldiers": an earlier deed given as a reason."""
    current = token
    while current.head.i != current.i:
        if current.dep_ == "pcomp" and current.head.lower_ == "for":
            return True
        if current.dep_ not in ("xcomp", "advcl", "conj", "dobj", "pobj", "compound", "amod"):
            return False
        current = current.head
    return False


def later_clauses(verb: Token) -> list[Token]:
    """The clauses of a verb, and a past-tense verb the parse conjoins to its infinitive ("called on Russia to
    release the sailors and held a meeting on Monday": "held" goes on from "called", not from "release")."""
    clauses = list(children_of(verb))
    return clauses + [c for child in clauses if infinitive(child) for c in children_of(child)
                      if c.dep_ == "conj" and c.tag_ == verb.tag_ == "VBD"]


def named_by(noun: Token) -> list[Token]:
    """The noun a relative clause hangs on, and the noun that one is "of" ("the 2022 ruling of a lower court")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in ("NOUN", "PROPN"):
        return [noun, head.head]
    return [noun]


# -- tense and reports --------------------------------------------------------------------------------------------


def looks_ahead(token: Token) -> bool:
    """Whether the predicate's clause speaks of what is to come: "will meet", "is due to fly", "is expected to"."""
    current = clause_of(token)
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in children_of(current)):
            return True
        if current.lemma_.lower() in FUTURE_WORDS and any(infinitive(c) for c in children_of(current)):
            return True
        if not (current.dep_ in ("xcomp", "acomp", "conj") or infinitive(current)) or current.head.i == current.i:
            return False
        current = current.head
    return False


def reported_future(verb: Token) -> bool:
    """"Latvia said it would downgrade its relations from Feb. 24": "will", told in the past."""
    verb = clause_of(verb)
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in reporting_verbs() \
        and any(c.dep_ == "aux" and c.lower_ == "would" for c in children_of(verb))


def infinitive(token: Token) -> bool:
    """"(expected Kim) to hold": a clause whose verb takes "to"."""
    return token.dep_ in ("xcomp", "ccomp", "advcl") and marked_infinitive(token)


def perfect(verb: Token, auxiliaries: frozenset[str] = PERFECT_AUX) -> bool:
    """"had supplied", "has pledged $50 million and sent helicopters" (the second verb shares the first one's
    "has"); the tagger sometimes reads the participle as a simple past ("had earlier turned")."""
    while verb.dep_ == "conj" and not _own_auxiliary(verb) and verb.head.pos_ in VERB_POS:
        verb = verb.head
    return verb.tag_ in ("VBN", "VBD") and any(c.dep_ == "aux" and c.lower_ in auxiliaries for c in children_of(verb))


def past_perfect(verb: Token) -> bool:
    return perfect(verb, frozenset({"had", "'d"}))


def present_perfect(verb: Token) -> bool:
    return perfect(verb, frozenset({"has", "have", "'ve", "'s"}))


def tense_of(token: Token) -> Token | None:
    """The word that carries the tense of the predicate's clause, looking up through infinitives, participles and
    conjuncts; None for a heading or a phrase without a verb."""
    current = clause_of(token)
    for _ in range(6):
        if current.pos_ in VERB_POS and (finite := finite_of(current)) is not None:
            return finite
        if current.head.i == current.i:
            return _verb_read_as_modifier(current)
        current = current.head
    return None


def _verb_read_as_modifier(root: Token) -> Token | None:
    """"The swap, carried out at Ankara's airport, involved 26 people": the parse may make the subject the root and
    its past-tense verb a modifier of it; a heading has no such verb."""
    if root.pos_ not in NOUN_POS:
        return None
    return next((c for c in children_of(root) if c.dep_ == "acl" and c.tag_ == "VBD" and c.i > root.i), None)


def finite_of(verb: Token) -> Token | None:
    """The word that carries the clause's tense: its first auxiliary, or the verb itself when finite."""
    auxiliaries = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass") and c.lower_ != "to"]
    if auxiliaries:
        return auxiliaries[0]
    if verb.tag_ == "VB" and verb.dep_ == "ROOT" and verb.lower_ in INVARIANT_PASTS \
            and any(c.dep_ == "nsubj" for c in children_of(verb)):
        return verb  # "the two ministers put their names to the deal": a past the model read as a bare verb
    return verb if verb.tag_ in ("VBD", "VBZ", "VBP", "MD") else None


def distance(a: Token, b: Token) -> int:
    """Edges between two tokens in the dependency tree."""
    up_a = {t.i: n for n, t in enumerate([a, *a.ancestors])}
    for n, t in enumerate([b, *b.ancestors]):
        if t.i in up_a:
            return n + up_a[t.i]
    return 1000


def not_until_then(verb: Token) -> bool:
    """"Quito did not return its ambassador until November 2010": a past act told by the time it finally came
    (neither denied nor a stretch's bound: of that time)."""
    children = children_of(verb)
    in_the_past = verb.tag_ in ("VBD", "VBN") or any(c.dep_ == "aux" and c.lower_ in ("did", "had") for c in children)
    return in_the_past and any(c.dep_ == "prep" and c.lower_ in ("until", "till")
                               and any(o.ent_type_ == "DATE" for o in c.subtree) for c in children)

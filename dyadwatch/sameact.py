"""Stage 5, context: an act the text told before with a time of its own, named again without one, for `when.py`.

A report of one incident tells it with its day ("Serbia detained three officers on Wednesday", "a German court
sentenced him for the 2019 murder") and names it again further down with none ("The arrests came weeks after
clashes", "the judge said the killing had been ordered by ..."). A definite noun of the act ("the arrests", "the
killing"), in a clause with no time of its own, is the act told before: of its time, not of the day the story has
reached or of publication. The act it names is the nearest earlier one of its word, else of its class
(`ACT_CLASSES`: "the killing" is "the 2019 murder"); an undated act told within it ("23 soldiers were killed in
the assault") is of its time too (`told_within`). A meeting noun is left to the story ("the talks" is as often
the next round as the last one); but a meeting told again as done, by a verb ("held their first summit on
Thursday. Kim arrived on Wednesday. The two leaders met one-on-one"), is of the day of the meeting told before, not
of the arrival the story has reached since, and so is an act of a class told again of the same people ("detained
three officers on Wednesday ... the officers were arrested deep inside Serbia": `same_act_told_before`). An act a
reaction answers, or one told as drawn out or blamed, named of a person ("sanctions over the prolonged detention of
pastor Andrew Brunson") is of the time the article gives the same act of that person further down ("Brunson was
detained in Izmir in October 2016": `told_after`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from .background import meeting_word
from .clauses import VERB_POS, answered_act, blamed_act, clause_of, governing_verb, praised_act
from .dates import NARRATIVE, UP_TO, ResolvedDate
from .parsetree import children_of, definite
from .storydates import NO_DATE, Story, drawn_out

__all__ = ["named_before", "same_act_told_before", "told_within", "told_after", "fired_when_it_hit", "ACT_CLASSES",
           "act_class"]

DateOf = Callable[[Token, Story], ResolvedDate | None]
# words outlets use for one act, by the first word of their class (narrower than clustering's `predicates.yaml`:
# arriving is not meeting, and a ship seized is not its crew detained)
ACT_CLASSES = {word: words[0] for words in (
    ("arrest", "detain", "apprehend", "detention"),
    ("strike", "attack", "bomb", "shell", "raid", "pound", "storm", "assault", "airstrike", "bombing", "shelling"),
    ("kill", "killing", "murder", "assassinate", "assassination"),
    ("expel", "expulsion"),
    ("close", "closure", "shut"),
    ("release", "free"),
    ("down", "shoot"),
    ("fly", "sail", "patrol"),  # bombers or warships on a joint patrol
    ("sign", "signing", "ink"),  # a document signed once: "the agreement was signed" is the signing told before
    ("launch", "fire", "firing"),
    ("break", "sever", "severance"),  # ties  # "fired two missiles on Wednesday ... The launch came a day after"
) for word in words}
MEETING = "meet"
# the words, verbs and nouns, that tell a meeting as an act (not "arrive"); background.MEETINGS are the meeting
# nouns a time phrase may name ("after the talks")
MEETING_ACTS = frozenset({"meet", "summit", "talks", "talk", "meeting", "negotiate", "negotiation"})
FROM_THE_TEXT = ("explicit", "relative to publication")  # a time the earlier act names for itself


def named_before(noun: Token, story: Story, own_date: DateOf) -> ResolvedDate | None:
    """The day of the act a definite act noun names again, when neither it nor its clause has a time of its own
    (`own_date`): the nearest earlier act of its word ("struck ... the strikes"), else of its class."""
    word = act_class(noun)
    if noun.pos_ != "NOUN" or word not in ACT_CLASSES or not _definite(noun):
        return None
    clause = governing_verb(noun)
    if clause is not None and own_date(clause, story) not in (None, NO_DATE):
        return None  # "announced the closure on Tuesday": the clause's day, which `when.py` gives it
    earlier = [w for w in reversed(noun.doc[:noun.sent.start])
               if w.pos_ in (*VERB_POS, "NOUN") and act_class(w) == word]
    ordered = sorted(earlier, key=lambda w: w.lemma_.lower() != noun.lemma_.lower())
    dates = [found for found in (own_date(act, story) for act in ordered)
             if found is not None and found is not NO_DATE and found.reason in FROM_THE_TEXT]
    # (its word first, stable; a day before a coarser time: "fired missiles on Tuesday, its second launch this year")
    found = next((found for found in dates if found.precision == "day"), dates[0] if dates else None)
    return replace(found, reason=NARRATIVE) if found is not None else None


def same_act_told_before(verb: Token, story: Story, date_of: DateOf) -> ResolvedDate | None:
    """For a verb in the simple past with no time of its own, the day of the nearest act of its kind told before
    (`date_of`), if that one names its day: any meeting for a meeting, else one done to the same people or things
    (a verb repeated of others is as often another act, and the gold dates an undated retelling by publication)."""
    kind = _kind(verb)
    mine = _undergoers(verb) if kind != MEETING else set()
    if (kind not in ACT_CLASSES and kind != MEETING) or not _told_as_done(verb) or (kind != MEETING and not mine):
        return None
    for earlier in reversed(verb.doc[:verb.sent.start]):
        if earlier.pos_ not in (*VERB_POS, "NOUN") or _kind(earlier) != kind \
                or (mine and not mine & _undergoers(earlier)):  # "detained three officers ... the officers were"
            continue
        found = date_of(earlier, story)
        if found is None or found is NO_DATE:
            continue
        if found.precision == "day" and found.reason in (*FROM_THE_TEXT, UP_TO):
            return found if found.reason == UP_TO else replace(found, reason=NARRATIVE)
        if found.precision == "month" and found.reason in FROM_THE_TEXT and mine:  # (not a meeting: shared undergoers)
            # "The Agreement, signed ... in January last year, ... The agreement was signed during a video summit"
            return replace(found, reason=NARRATIVE)
        return None  # the nearest such act with a date names no day of its own: not guessed further back
    return None


def _kind(token: Token) -> str:
    """A meeting (`MEETING`), the class of an act of `ACT_CLASSES`, or the word itself."""
    return MEETING if meeting_word(token, MEETING_ACTS) else act_class(token)


def _undergoers(verb: Token) -> set[str]:
    """Who or what an act is done to (or, with no object, who does it): its head words, names in full."""
    heads = [c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")] \
        or [c for c in children_of(verb) if c.dep_ == "nsubj"]
    if not heads and verb.dep_ == "acl" and verb.tag_ == "VBN":
        heads = [verb.head]  # "the Agreement, signed by Kishida and Morrison": what was signed
    # (a name as written, but a treaty's name tagged ORG as its noun: "the Access Agreement" ... "the agreement")
    return {h.text if h.ent_type_ not in ("", "ORG") else h.lemma_.lower() for h in heads
            if h.pos_ in ("NOUN", "PROPN")} | {word for h in heads for word in _own_name_words(h)}


def _own_name_words(head: Token) -> set[str]:
    """Each word of the person's name a phrase is headed by or gives in apposition: "Huawei's finance chief Meng
    Wanzhou" is the "Meng" told again, not a person named in a phrase about someone else ("an aide to Kim")."""
    words = set()
    for token in head.subtree:
        path = token
        while path.i != head.i and path.dep_ in ("compound", "appos", "flat"):
            path = path.head
        if path.i == head.i and token.ent_type_ == "PERSON":
            words.add(token.text)
    return words


def _told_as_done(verb: Token) -> bool:
    """A verb in the simple past, active or passive ("met", "were held"): not an infinitive ("an invitation to
    meet"), nor a perfect looking back from the story."""
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in children_of(verb))


WITHIN = frozenset({"in", "during"})


def told_within(token: Token, story: Story, own_date: DateOf) -> ResolvedDate | None:
    """"Militants stormed a base late on Saturday. 23 soldiers were killed in the assault": an undated act told
    within an act named again is of that act's time."""
    for prep in children_of(clause_of(token)):
        if prep.dep_ == "prep" and prep.lower_ in WITHIN:
            for noun in (c for c in children_of(prep) if c.dep_ == "pobj"):
                found = named_before(noun, story, own_date)
                if found is not None:
                    return found
    return None


def told_after(noun: Token, story: Story, own_date: DateOf) -> ResolvedDate | None:
    """"imposed sanctions on Wednesday over the prolonged detention of American pastor Andrew Brunson ... Brunson
    was detained in Izmir in October 2016": an act a reaction answers, or one told as drawn out or blamed, is
    dated by the same act of the same person told later in the article with a time of its own."""
    word = act_class(noun)
    praised = praised_act(noun)  # ("praised her government's break with Taiwan ... broke with Taiwan on March 25")
    if noun.pos_ != "NOUN" or word not in ACT_CLASSES or not (_definite(noun) or praised) \
            or not (answered_act(noun) or drawn_out(noun) or blamed_act(noun) or praised):
        return None
    names = _names_of(noun)
    for later in noun.doc[noun.sent.end:]:
        if later.pos_ in VERB_POS and act_class(later) == word and names & _undergone_by(later):
            found = own_date(later, story)
            if found is not None and found is not NO_DATE and found.reason in FROM_THE_TEXT:
                return replace(found, reason="relative to the text")
    return None


FIRING = frozenset({"fire", "launch", "lob"})
NAMED_UNDERGOERS = frozenset({"PERSON", "GPE"})  # who an act is done to, by name: a person, or a state broken with


def fired_when_it_hit(verb: Token, story: Story, own_date: DateOf) -> ResolvedDate | None:
    """"Turkish forces fired the shells that hit the Barakh resort in Zakho on July 20": a shot is fired when it
    hits, on the day the relative clause gives its hitting."""
    if verb.lemma_.lower() not in FIRING or verb.pos_ != "VERB":
        return None
    for shot in (c for c in children_of(verb) if c.dep_ == "dobj"):
        for hit in (c for c in children_of(shot) if c.dep_ == "relcl" and c.tag_ == "VBD"):
            found = own_date(hit, story)
            if found is not None and found is not NO_DATE and found.reason in FROM_THE_TEXT:
                return replace(found, reason="relative to the text")
    return None


def _names_of(noun: Token) -> set[str]:
    """The names an act noun is said "of" or by a possessive: "the detention of pastor Andrew Brunson"."""
    held = [g for c in children_of(noun) if c.dep_ == "prep" and c.lower_ in ("of", "with") for g in children_of(c)
            if g.dep_ == "pobj"]
    return {t.text for h in held for t in h.subtree if t.ent_type_ in NAMED_UNDERGOERS}


def _undergone_by(verb: Token) -> set[str]:
    """The names of those a verb is done to ("Brunson was detained", "detained Brunson")."""
    held = [c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")] + [
        g for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "with" for g in children_of(c)
        if g.dep_ == "pobj"]  # ("broke with Taiwan")
    return {t.text for c in held for t in c.subtree if t.ent_type_ in NAMED_UNDERGOERS}


def act_class(token: Token) -> str:
    lemma = token.lemma_.lower()
    if lemma == "hold" and any(c.dep_ == "nsubjpass" and c.ent_type_ == "PERSON" for c in children_of(token)):
        return "arrest"  # "Meng was held by Canadian authorities": a person held is detained
    if lemma == "shoot" and token.pos_ == "VERB" and not any(c.lower_ == "down" for c in children_of(token)):
        return "kill"  # "had shot Zelimkhan Khangoshvili ... the murder"; "shot down a drone" is a downing
    return ACT_CLASSES.get(lemma) or ACT_CLASSES.get(token.lower_) or lemma


def _definite(noun: Token) -> bool:
    """"the arrests", "the killing"; not "the Zakho attack", "the Kerch seizure" (named for another one)."""
    return definite(noun) and not any(
        c.dep_ in ("compound", "amod", "nmod", "poss") and (c.pos_ == "PROPN" or c.ent_type_)
        for c in children_of(noun))

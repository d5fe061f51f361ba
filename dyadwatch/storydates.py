"""Stage 5, context: the story of one article, the day its narrative has reached at each sentence, for `when.py`.

Each sentence starts on the day the one before it took place: a day that sentence names for its main clause, or for
the report it tells ("Putin landed on Wednesday. The two leaders signed ...", "Hours later ..."); the publication date
to start with and after a sentence about another period. A past perfect sentence looks back and leaves the story
where it was ("it had carried out a test on Monday"). A sentence more than a year before publication ("Moscow signed
the treaty in 1961") puts its paragraph in an earlier period until a recent day is named. How a clause is dated is
`when.py`'s business: the story asks it (`date_of`) about each sentence's main clause. Beside the story's day are
the times the text gives an act away from its own phrase: the act the sentence before told ("two days after the
attack"), the last act of its word named earlier ("after the quake"), and a time the parse hangs after the act on
another word ("responsible for the downing of the airliner in 2014"); and the time named before a phrase in its
own sentence, which "the year" of "towards the end of the year" refers to ("since 2024 towards the end of the year").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from weakref import WeakKeyDictionary

from spacy.attrs import SHAPE
from spacy.tokens import Doc, Span, Token

from .clauses import (
    BOUNDARY_PREPS,
    NOUN_MODIFIER_DEPS,
    TIME_LABELS,
    answered_act,
    past_perfect,
    year_like,
)
from .dates import NARRATIVE, ResolvedDate, publication_day, resolve_date, span_of
from .parsetree import children_of, sentences_of, tokens_with
from .telling import reporting_verbs

__all__ = ["NO_DATE", "REACTION_VERBS", "Story", "story_of", "sentence_times", "publication_date", "narrative_date",
           "story_day", "told_before", "earlier_time", "of_the_year_named", "told_earlier", "trailing_time",
           "answer_time", "drawn_out", "sentence_start"]

REACTION_VERBS = frozenset({"respond", "retaliate", "react", "reciprocate", "answer"})  # "Ankara responded by ..."
DRAWN_OUT = frozenset({"prolonged", "continued", "continuing", "ongoing", "protracted"})  # not "lengthy": a call
NO_DATE = ResolvedDate("", "none", "", "undated")  # the text places the event at a time it leaves open


@dataclass
class Story:
    """The time expressions of one article, by sentence, and the day its narrative has reached at each sentence."""

    published: date | None
    starts: list[int] = field(default_factory=list)  # where each sentence starts, in order
    times: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # sentence start -> DATE/TIME spans
    anchors: dict[int, date | None] = field(default_factory=dict)  # sentence start -> narrative day
    dated: dict[int, ResolvedDate | None] = field(default_factory=dict)  # token index -> its own date, memoised
    past: set[int] = field(default_factory=set)  # starts of sentences in a paragraph about an earlier period
    lead: set[int] = field(default_factory=set)  # starts of the sentences of the first paragraph
    # sentence start -> the coarse past date ("last October") of the sentence before, for a past tense that goes on
    after_coarse: dict[int, ResolvedDate] = field(default_factory=dict)


_STORIES: WeakKeyDictionary[Doc, Story] = WeakKeyDictionary()
DateOf = Callable[[Token, Story], ResolvedDate | None]  # the date the text gives a clause (when.py's `_dated`)


def story_of(doc: Doc, published: str | None, entities: tuple[Span, ...], date_of: DateOf) -> Story:
    """Built once per article: every predicate of the article reads the same story. Kept beside the doc, not on it
    (it holds token offsets only, so it goes when the doc goes). `date_of` dates a sentence's main clause."""
    day = date.fromisoformat(published) if published else None
    story = _STORIES.get(doc)
    if story is None or story.published != day:
        story = Story(day, [sent.start for sent in sentences_of(doc)])
        spans = [part for e in entities if e.label_ in TIME_LABELS for part in _two_times(e)]
        spans += [(t.i, t.i + 1) for t in tokens_with(doc, SHAPE, ("dddd",)) if _untagged_year(t)]  # (years' shape)
        for start, end in sorted(spans):
            story.times.setdefault(sentence_start(start, story), []).append((start, end))
        _STORIES[doc] = story
        _follow_story(doc, story, date_of)
    return story


COUNTED_UNITS = frozenset({"hour", "day", "week", "month", "year"})


def _two_times(entity: Span) -> list[tuple[int, int]]:
    """"in January, weeks after the two leaders signed ...": the model may tag a time and the count of the clause
    counted from it as one; they are two, one of each clause ("January" the arriving, "weeks" the signing)."""
    entity = entity.doc[_own_start(entity):entity.end]
    comma = next((t.i for t in entity if t.text == ","), None)
    last = entity[-1]
    if comma is None or comma == entity.start or last.lemma_.lower() not in COUNTED_UNITS \
            or last.i + 1 >= len(entity.doc) or entity.doc[last.i + 1].lower_ not in ("after", "before"):
        return [(entity.start, entity.end)]
    return [(entity.start, comma), (comma + 1, entity.end)]


LEADING_STRAYS = frozenset({"det", "dobj", "nsubj", "nsubjpass"})


def _own_start(entity: Span) -> int:
    """Where the time itself starts: the model may take in a word before it that belongs elsewhere, the article of
    the noun the time modifies ("missing persons from [the 1990s] war": a war's time, not the talks') or the object
    before a count ("filed [its lawsuit a month later]")."""
    start = entity.start
    while start < entity.end - 1:
        word = entity.doc[start]
        inside = range(start + 1, entity.end)
        if word.dep_ not in LEADING_STRAYS or word.head.i in inside or any(
                w.head.i == word.i for w in entity.doc[start + 1:entity.end]):
            break
        start += 1
    return start


YEAR_PREPS = frozenset({"in", "from", "since", "between", "during", "until", "by"})


def _untagged_year(token: Token) -> bool:
    """"fought the War of the Pacific from 1879 to 1884": a year after a preposition of time is a time, even when
    the model tagged it part of a name (an EVENT) or nothing at all."""
    return year_like(token) and token.dep_ == "pobj" and token.head.lower_ in YEAR_PREPS \
        and token.ent_type_ not in TIME_LABELS


def sentence_start(i: int, story: Story) -> int:
    """Where the sentence of token `i` starts (`token.sent` walks the whole doc on every call)."""
    return story.starts[max(bisect_right(story.starts, i) - 1, 0)]


def sentence_times(token: Token, story: Story) -> list[Span]:
    """The DATE and TIME entities of the token's sentence."""
    return [Span(token.doc, start, end) for start, end in story.times.get(sentence_start(token.i, story), [])]


def times_before(token: Token, story: Story) -> list[Span]:
    """The DATE and TIME entities of the sentence before the token's, last first."""
    at = bisect_right(story.starts, token.i) - 2
    if at < 0:
        return []
    return [Span(token.doc, start, end) for start, end in reversed(story.times.get(story.starts[at], []))]


def told_before(act: Token, story: Story) -> ResolvedDate | None:
    """"... opened fire inside the compound on Jan. 27. Baku evacuated the staff two days after the attack": "the
    attack" with no time of its own is the act the sentence before told, on the day that sentence names."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in children_of(act)):
        return None
    spans = times_before(act, story)
    if not spans or any(s.end <= act.i and resolve_date(s.text, story.published) is not None
                        for s in sentence_times(act, story)):
        return None  # (a time named earlier in its own sentence may be the act's: not guessed here)
    found = resolve_date(spans[0].text, story.published, False, story_day(spans[0].root, story))
    return found if found is not None and found.reason != NARRATIVE else None


def told_earlier(act: Token, story: Story, own_date: DateOf) -> ResolvedDate | None:
    """"... after the October 8 earthquake. [...] Singh telephoned Musharraf hours after the quake": "the quake"
    with no time of its own is the last act of its word (or a longer word ending in it) the text named earlier with
    a time of its own (`own_date`, not one counted from the story's day)."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(act)):
        return None
    word = act.lemma_.lower()
    for earlier in reversed(act.doc[:act.sent.start]):
        if earlier.pos_ == "NOUN" and _one_word(earlier.lemma_.lower(), word):
            # "The fighting erupted on July 24": an act told as its clause's subject has the clause's time
            found = own_date(earlier, story) or (own_date(earlier.head, story) if earlier.dep_ == "nsubj" else None)
            if found is not None and found is not NO_DATE and found.reason != NARRATIVE:
                return found
    return None


# the words outlets use for one bout of fighting: "The fighting erupted on July 24 ... a day before the clashes"
FIGHTING = frozenset({"fighting", "clash", "clashes", "hostility", "hostilities", "skirmish", "skirmishes"})


def _one_word(earlier: str, word: str) -> bool:
    """The same act: its word, a longer word ending in it ("earthquake", "quake"), or another word for fighting."""
    return earlier.endswith(word) or (earlier in FIGHTING and word in FIGHTING)


def drawn_out(noun: Token) -> bool:
    """"sanctions over the prolonged detention of the pastor": a state told as lasting began before the clause,
    how long before the text does not say."""
    return any(c.dep_ == "amod" and c.lower_ in DRAWN_OUT for c in children_of(noun))


def trailing_time(noun: Token, holder: Token, story: Story) -> ResolvedDate | None:
    """A time the parse hangs on `holder` after the act `noun`, which is the act's: "holds Russia responsible for
    the downing of the airliner in 2014" (on the word of blame), "struck on Saturday in response to Tehran's barrage
    earlier this month" (on a verb that has a time of its own before it)."""
    for entity in sentence_times(noun, story):
        root = entity.root
        held = root.head.head if root.dep_ == "pobj" else root.head if root.dep_ in ("npadvmod", "advmod") else None
        if entity.start > noun.i and held is not None and held.i == holder.i:
            found = resolve_date(entity.text, story.published, False, story_day(root, story))
            if found is not None and found.reason != NARRATIVE:
                return found
    return None


def answer_time(noun: Token, verb: Token | None, story: Story) -> ResolvedDate | None:
    """The trailing time of an act a reaction answers, when the reacting verb has its own before the act."""
    if verb is None or not answered_act(noun) or not any(
            e.end <= noun.i and e.root.head.i in (verb.i, *(c.i for c in children_of(verb) if c.dep_ == "prep"))
            for e in sentence_times(noun, story)):
        return None
    return trailing_time(noun, verb, story)


# -- the story's own day ------------------------------------------------------------------------------------------


def publication_date(story: Story) -> ResolvedDate | None:
    return publication_day(story.published.isoformat()) if story.published else None


def narrative_date(token: Token, story: Story) -> ResolvedDate | None:
    """The day the story has reached at the token's sentence."""
    day = story_day(token, story)
    if day is None:
        return None
    reason = "publication date" if day == story.published else "relative to the text"
    return ResolvedDate(day.isoformat(), "day", "", reason)


def story_day(token: Token, story: Story) -> date | None:
    """The day the story has reached when the token's sentence begins (the publication date to start with)."""
    return story.anchors.get(sentence_start(token.i, story), story.published)


def _follow_story(doc: Doc, story: Story, date_of: DateOf) -> None:
    """Each sentence starts on the day the one before it took place (a day it names for its main clause, or for
    the report it tells), or on publication day after one about another period."""
    day = published = story.published
    if published is None:
        return
    past, paragraphs = False, 0
    coarse: ResolvedDate | None = None
    back: ResolvedDate | None = None
    text = doc.text  # built anew on every access: read it once
    for sent in sentences_of(doc):
        if _opens_paragraph(sent, text):
            past, paragraphs, coarse, back = False, paragraphs + 1, None, None
        story.anchors[sent.start] = day
        if coarse is not None:
            story.after_coarse[sent.start] = coarse
        elif back is not None and sent.root.lemma_.lower() in REACTION_VERBS:
            story.after_coarse[sent.start] = back
        found = _sentence_date(sent, story, date_of)
        coarse = found if _coarse_past(found, story) else _month_of_an_old_day(found, story)
        # "Relations had soured in January ... Ankara responded by ...": a past perfect leaves the story's day
        # where it was, and the next sentence is mostly back in the news; but one answering it goes on in the
        # month it looked back to
        back = date_of(sent.root, story) if found is None and past_perfect(sent.root) else None
        back = back if _coarse_past(back, story) else None
        if found is not None and found is not NO_DATE:
            told = date.fromisoformat(found.value) if found.precision == "day" else published
            day = min(told, published)  # a sentence about what lies ahead ("will apply from March 10") does
            # not carry the story there: "Beijing also put 15 firms on its list" next was done when it was told
        past = (past or _of_an_earlier_period(found, story) or _sets_an_earlier_period(sent, story)) \
            and not _recent(found, story)
        if past:
            story.past.add(sent.start)
        if paragraphs <= 1:
            story.lead.add(sent.start)


def _recent(found: ResolvedDate | None, story: Story) -> bool:
    """A day, or a month or season, of the year before publication: it brings the story back from an earlier
    period ("He was arrested in 2016 ... Washington imposed sanctions in August. Ankara retaliated ...")."""
    if found is None or found is NO_DATE or _of_an_earlier_period(found, story):
        return False
    return found.precision in ("day", "week", "month", "part_of_year")


def _month_of_an_old_day(found: ResolvedDate | None, story: Story) -> ResolvedDate | None:
    """"Ten years ago today, Colombian aircraft bombed a FARC camp. Ecuador responded by expelling ...": what a
    sentence of another period dated to the day led to is of that month, its day unsaid."""
    if found is None or found is NO_DATE or found.precision != "day" or not _of_an_earlier_period(found, story):
        return None
    return ResolvedDate(found.value[:7], "month", "", NARRATIVE)


def _coarse_past(found: ResolvedDate | None, story: Story) -> bool:
    """A month, season or year that ended before the publication month ("last October", "in 2023")."""
    if found is None or found is NO_DATE or found.precision == "day" or story.published is None:
        return False
    return span_of(found.value)[1][:7] < story.published.isoformat()[:7]


def _opens_paragraph(sent: Span, text: str) -> bool:
    return sent.start_char == 0 or "\n\n" in text[max(0, sent.start_char - 4):sent.start_char + 1]


def _sets_an_earlier_period(sent: Span, story: Story) -> bool:
    """A time phrase of the sentence more than a year before publication, other than a year naming a thing ("the
    1960 treaty") or a starting point ("since he took power in late 2011")."""
    for entity in sentence_times(sent.root, story):
        if entity.root.dep_ in NOUN_MODIFIER_DEPS or _in_boundary(entity.root) or _in_relative_clause(entity.root):
            continue
        if _of_an_earlier_period(resolve_date(entity.text, story.published), story):
            return True
    return False


def _in_relative_clause(token: Token) -> bool:
    """"replaces a treaty that Moscow signed in 1961", "an accord signed in 1961": the year dates the thing the
    clause describes, not the sentence (the parse reads the first as an "acl" as often as a "relcl"); not an
    infinitive ("a bid to join NATO at a summit in 2008" may be the parse's reading of the vetoing's time)."""
    return any(a.dep_ == "relcl" or (a.dep_ == "acl" and a.tag_ in ("VBN", "VBD")) for a in token.ancestors)


def _in_boundary(token: Token) -> bool:
    """Inside an "after", "before", "since" or "under" phrase or clause."""
    for ancestor in token.ancestors:
        if ancestor.lower_ in BOUNDARY_PREPS or any(c.dep_ == "mark" and c.lower_ in BOUNDARY_PREPS
                                                    for c in children_of(ancestor)):
            return True
    return False


def _of_an_earlier_period(found: ResolvedDate | None, story: Story) -> bool:
    """A sentence dated more than a year before publication ("Moscow signed the treaty in 1961")."""
    if found is None or found is NO_DATE or story.published is None or not found.value[:4].isdigit():
        return False
    return int(span_of(found.value)[1][:4]) < story.published.year - 1


def _sentence_date(sent: Span, story: Story, date_of: DateOf) -> ResolvedDate | None:
    """The date of a sentence's main clause, or of the clause it reports when the main one is "X said"; none for a
    past perfect, which looks back from where the story is ("it had carried out a test on Monday")."""
    root = sent.root
    found = None if past_perfect(root) else date_of(root, story)
    if (found is None or found is NO_DATE) and root.lemma_.lower() in reporting_verbs():
        told = [c for c in children_of(root) if c.dep_ == "ccomp" and not past_perfect(c)]
        found = date_of(told[0], story) if told else None
    return found


def earlier_time(root: Token, story: Story, sentence_before: bool = True,
                  of_things: bool = True) -> ResolvedDate | None:
    """The last time named before `root` in its sentence (else, with `sentence_before`, in the sentence before) that
    resolves on its own, not counted from the story's day; without `of_things`, not a time naming a thing ("the June
    2023 killing")."""
    spans = [*reversed([s for s in sentence_times(root, story) if s.end <= root.i and s.root.i != root.i]),
             *(times_before(root, story) if sentence_before else [])]
    for span in spans:
        if not of_things and span.root.dep_ in NOUN_MODIFIER_DEPS:
            continue
        base = resolve_date(span.text, story.published, False, None)
        if base is not None and base.reason != NARRATIVE:
            return base
    return None


THE_YEAR = re.compile(r"\bthe year\b")


def of_the_year_named(phrase: str, root: Token, story: Story) -> ResolvedDate | None:
    """"Since 2024 towards the end of the year", "in 1998, early in the year": "the year" is the year named before
    it in its sentence, not the one the publication date is in."""
    if not THE_YEAR.search(phrase.lower()):
        return None
    base = earlier_time(root, story, sentence_before=False)
    if base is None or base.precision != "year":
        return None
    found = resolve_date(THE_YEAR.sub(base.value, phrase.lower()), story.published)
    return replace(found, text=phrase, reason=NARRATIVE) if found is not None else None

"""When: the date of one coded predicate, from the time expressions of its sentence, its story, or publication.

A predicate takes, in order:
1. a time expression of its own clause (a noun predicate: of its own phrase, then of the clause it sits in), the
   nearest in the parse first: "signed ... on Wednesday", "the 2006 nuclear test", "a visit Xi made in March";
   a date that only names another thing ("put the 1960 treaty in abeyance") or sits in another clause ("urged ...
   and called a meeting for Wednesday") is not its date;
2. the date of the clause it continues: a later conjunct ("visited Pyongyang last month and signed a treaty"), an
   infinitive or participle ("agreed on Saturday to open"), a "by"-phrase ("retaliated the next day by firing"),
   the report it is told in ("officials said on Wednesday");
3. a date counted from its governing clause: "on Friday, two days after capturing him" -> Wednesday;
otherwise null when the text places it at a time it leaves open ("weeks ago", "for decades", "once", "under the
shah", "after the Soviet collapse", a past perfect told as background), when it is planned, hypothetical or denied
and nobody is reported saying so, or an agreement to act with no time ("agreed to set up a working group"); else
- told in an undated report ("..., KCNA said"): the publication date;
- a present perfect: the publication date in the lead sentence ("Iran has blamed Israel"), null later on
  ("Washington has accused Pyongyang of ...", background);
- null without a tense (a heading), or in a paragraph about another period ("... signed in 1961. The Soviet Union
  supplied ...");
- else the day the story has reached: that of the last sentence naming one for its main clause ("Putin landed on
  Wednesday. The two leaders signed ...", "Hours later ..."), the publication date to start with and after a
  sentence about another period. A past perfect sentence looks back and leaves the story where it was.
`dates.py` resolves the expressions themselves.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Span, Token

from .dates import ResolvedDate, duration, is_vague, resolve_date, span_of, stretch_to
from .resources import load_yaml

__all__ = ["event_date", "distance"]

TIME_LABELS = frozenset({"DATE", "TIME"})
VERB_POS = frozenset({"VERB", "AUX"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
CLAUSE_DEPS = frozenset({"advcl", "relcl", "ccomp", "xcomp", "conj", "acl", "pcomp", "csubj", "parataxis"})
NOUN_MODIFIER_DEPS = frozenset({"compound", "nummod", "amod", "nmod", "poss"})
NAMING_VERBS = frozenset({"call", "describe", "term", "dub", "label", "brand"})
FRAME_PREPS = frozenset({"in", "during", "throughout"})  # "fought in the 1950-53 war": the war's years date it
JOINING_WORDS = frozenset({"to", "and", "until", "till", "through"})  # "from 2014 to 2016"
LEADING_WORDS = frozenset({"since", "from", "between", "for", "over", "until", "till", "by"})
SAME_TIME_MARKS = frozenset({"as", "while", "when", "whilst"})  # an advcl with these happens with its head
SHIFT_MARKS = {"after": -1, "following": -1, "before": 1}  # "a day after X": X is a day before its head
BOUNDARY_PREPS = frozenset({"after", "before", "following", "since", "under"})  # "after the Soviet collapse"
BACKGROUND_ADVERBS = frozenset({"once", "long", "formerly", "historically", "traditionally", "previously"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
FUTURE_WORDS = frozenset({"due", "expect", "schedule", "set", "plan", "poise"})  # "is due to fly on Friday"
COMMITMENT_VERBS = frozenset({"agree", "pledge", "commit", "promise", "undertake"})
PERFECT_AUX = frozenset({"has", "have", "had", "'ve", "'d"})
MODALS = frozenset({"would", "could", "might", "may", "must", "should", "can", "ca"})
TIMES_OF_DAY = frozenset({"morning", "afternoon", "evening", "night", "midnight", "noon", "dawn", "overnight"})
WARNING_VERBS = frozenset({"warn", "caution", "predict"})  # "warned that any attack would ...": told then
NO_DATE = ResolvedDate("", "none", "", "undated")  # the text places the event at a time it leaves open


@lru_cache(maxsize=1)
def _reporting_verbs() -> frozenset[str]:
    return frozenset(str(v).lower() for v in load_yaml("context.yaml")["reporting_verbs"]) | WARNING_VERBS


@dataclass
class _Story:
    """The time expressions of one article, by sentence, and the day its narrative has reached at each sentence."""

    published: date | None
    starts: list[int] = field(default_factory=list)  # where each sentence starts, in order
    times: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # sentence start -> DATE/TIME spans
    anchors: dict[int, date | None] = field(default_factory=dict)  # sentence start -> narrative day
    dated: dict[int, ResolvedDate | None] = field(default_factory=dict)  # token index -> its own date, memoised
    past: set[int] = field(default_factory=set)  # starts of sentences in a paragraph about an earlier period
    lead: set[int] = field(default_factory=set)  # starts of the sentences of the first paragraph


_STORIES: WeakKeyDictionary[Doc, _Story] = WeakKeyDictionary()


def event_date(token: Token, sent: Span, published: str | None, modality: str,
               entities: tuple[Span, ...]) -> ResolvedDate | None:
    """The date of the predicate `token` (see the module docstring); `entities` are its doc's entities."""
    story = _story(sent.doc, published, entities)
    found = _dated(token, story)
    if found is not None:
        return None if found is NO_DATE else found
    if story.published is None or _background(token, sent, modality) or _undated_commitment(token):
        return None
    return _undated_news(token, sent, story)


def _undated_news(token: Token, sent: Span, story: _Story) -> ResolvedDate | None:
    """The date of a predicate the text gives none: the report's, publication's, the story's, or none after all."""
    reporter = _reporter(token, sent)
    if reporter is not None:
        said = _dated(reporter, story)
        if said is not None and said is not NO_DATE:
            return said
        if reporter.head.i == reporter.i:  # "..., officials said": told as of publication
            return _publication_date(story)
    tense = _tense(token)
    if _present_perfect(_clause_of(token)) or (tense is not None and _present_perfect(tense.head)):
        # "Iran has blamed Israel ..." leads the news; "Washington has accused ..." later on is background
        return _publication_date(story) if sent.start == 0 else None
    if tense is None or (sent.start in story.past and (tense.tag_ in ("VBD", "VBN") or sent.start not in story.lead)):
        return None  # a heading, or background to a paragraph about another period (past, or later in the text)
    return _narrative_date(token, story)


def _story(doc: Doc, published: str | None, entities: tuple[Span, ...]) -> _Story:
    """Built once per article: every predicate of the article reads the same story. Kept beside the doc, not on it
    (it holds token offsets only, so it goes when the doc goes)."""
    day = date.fromisoformat(published) if published else None
    story = _STORIES.get(doc)
    if story is None or story.published != day:
        story = _Story(day, [sent.start for sent in doc.sents])
        for entity in entities:
            if entity.label_ in TIME_LABELS:
                story.times.setdefault(_sentence_start(entity.start, story), []).append((entity.start, entity.end))
        _STORIES[doc] = story
        _follow_story(doc, story)
    return story


def _sentence_start(i: int, story: _Story) -> int:
    """Where the sentence of token `i` starts (`token.sent` walks the whole doc on every call)."""
    return story.starts[max(bisect_right(story.starts, i) - 1, 0)]


def _times(token: Token, story: _Story) -> list[Span]:
    """The DATE and TIME entities of the token's sentence."""
    return [token.doc[start:end] for start, end in story.times.get(_sentence_start(token.i, story), [])]


# -- dates the text gives the predicate ---------------------------------------------------------------------------


def _dated(token: Token, story: _Story) -> ResolvedDate | None:
    """The date the text gives this predicate: its own, one counted from its governing clause, or that clause's."""
    if token.i in story.dated:
        return story.dated[token.i]
    story.dated[token.i] = None  # a clause that leads back to itself finds nothing
    found = _own_date(token, story) or _stretch(token, story) or _shifted(token, story) or _carried(token, story)
    story.dated[token.i] = found
    return found


def _own_date(token: Token, story: _Story) -> ResolvedDate | None:
    """The nearest time expression of the predicate's own clause that resolves; NO_DATE for "weeks ago"."""
    anchor = _anchor(token, story)
    vague = False
    for phrase, root in _own_phrases(token, story):
        resolved = resolve_date(phrase, story.published, _looks_ahead(_verb_above(root, token)), anchor)
        if resolved is not None and not (phrase.lower().startswith("for ") and resolved.precision != "range"):
            return resolved
        vague = vague or is_vague(phrase)
    return NO_DATE if vague else None


def _verb_above(node: Token, pred: Token) -> Token:
    """The verb a time phrase hangs on ("signed ... in June" in a clause on the predicate), else the predicate."""
    current = node
    while current.i != pred.i and current.pos_ not in VERB_POS and current.head.i != current.i:
        current = current.head
    return current if current.pos_ in VERB_POS else pred


def _own_phrases(token: Token, story: _Story) -> list[tuple[str, Token]]:
    """The time phrases of the predicate's own clause, nearest first (a bare "night" or "morning" last)."""
    times = _times(token, story)
    clause = _clause_of(token)
    own = []
    for start, (text, roots) in _phrases(times).items():
        mine = [root for root in roots if _belongs(root, token)]
        if _when_clause(clause) and clause.dep_ == "relcl" and clause.head in roots:
            # "on November 6, 2025, when a delegation had met ...": the time the clause hangs on
            own.append((False, 0, abs(start - token.i), text, clause.head))
        elif mine:
            own.append((text.lower() in TIMES_OF_DAY, _hops(mine[0], token), abs(start - token.i), text, mine[0]))
    return [(text, root) for *_, text, root in sorted(own, key=lambda o: o[:3])]


def _phrases(times: list[Span]) -> dict[int, tuple[str, list[Token]]]:
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
    if after.lower_ in JOINING_WORDS and end + 1 < len(doc) and _year_like(doc[end + 1]):
        return f" {after.text} {doc[end + 1].text}", None
    return (f" {after.text}", None) if after.lower_ in ("today", "tonight") else ("", None)


def _left_end(entity: Span) -> int:
    """Where a time phrase starts: at a leading "since"/"from" whose object it is, or at "between 2014 and" when
    the parser left the first year out of the entity."""
    doc, start = entity.doc, entity.start
    if start >= 3 and doc[start - 1].lower_ in JOINING_WORDS and _year_like(doc[start - 2]) \
            and doc[start - 3].lower_ in ("between", "from"):
        return start - 3
    leading = doc[start - 1] if start > 0 else None
    if leading is not None and leading.lower_ in LEADING_WORDS and entity.root.head.i == leading.i:
        return start - 1
    return start


def _year_like(token: Token) -> bool:
    return token.shape_ == "dddd" and token.text[:2] in ("19", "20")


def _belongs(node: Token, pred: Token) -> bool:
    """Whether a time phrase headed by `node` is part of the predicate's own clause (a noun's: its own phrase)."""
    current = node
    while current.i != pred.i:
        if current.head.i == current.i or _other_clause(current, pred) or _names_another_thing(current, pred) \
                or current.lower_ == "than":
            return False
        current = current.head
    return True


def _other_clause(token: Token, pred: Token) -> bool:
    """A clause of its own, except a relative clause on a noun predicate ("a visit Xi made in March")."""
    if token.dep_ not in CLAUSE_DEPS or token.pos_ not in VERB_POS or _naming_clause(token) or _when_clause(token):
        return False
    return not (token.head.i == pred.i and pred.pos_ not in VERB_POS and token.dep_ in ("relcl", "acl"))


def _when_clause(token: Token) -> bool:
    """"demanded $5 billion a year when the talks began last year": its time is the time of what it hangs on."""
    return token.dep_ in ("advcl", "relcl") and any(c.lower_ == "when" and c.dep_ in ("advmod", "mark")
                                                    for c in token.children)


def _naming_clause(token: Token) -> bool:
    """"struck what it called terrorist infrastructure ... on May 7": the parse hangs the date on "called"."""
    return token.lemma_.lower() in NAMING_VERBS and any(c.lower_ == "what" for c in token.children)


def _names_another_thing(token: Token, pred: Token) -> bool:
    """"put the 1960 treaty in abeyance": a modifier dates its own noun, unless that noun frames the predicate in
    time ("fought in the 1950-53 Korean War") or is one of its arguments ("Last year's Ulchi Freedom Guardian
    drills involved")."""
    head = token.head
    while head.dep_ == "compound" and head.head.i != head.i and token.dep_ in NOUN_MODIFIER_DEPS:
        head = head.head  # the noun a compound name belongs to
    if token.dep_ not in NOUN_MODIFIER_DEPS or head.pos_ not in NOUN_POS or head.i == pred.i:
        return False
    if head.dep_ in ("nsubj", "nsubjpass", "dobj") and head.head.i == pred.i and not _year_like(token):
        return False  # "brokered Friday's agreement", "Last year's drills involved"
    return not (head.dep_ == "pobj" and head.head.lower_ in FRAME_PREPS)


def _hops(node: Token, pred: Token) -> int:
    """Edges from a time phrase up to the predicate, a preposition and its object counting as one."""
    hops, current = 0, node
    while current.i != pred.i and current.head.i != current.i:
        hops += current.dep_ != "prep"
        current = current.head
    return hops


def _looks_ahead(token: Token) -> bool:
    """Whether the predicate's clause speaks of what is to come: "will meet", "is due to fly", "is expected to"."""
    current = _clause_of(token)
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in current.children):
            return True
        if current.lemma_.lower() in FUTURE_WORDS and any(_infinitive(c) for c in current.children):
            return True
        if not (current.dep_ in ("xcomp", "acomp", "conj") or _infinitive(current)) or current.head.i == current.i:
            return False
        current = current.head
    return False


def _infinitive(token: Token) -> bool:
    """"(expected Kim) to hold": a clause whose verb takes "to"."""
    return token.dep_ in ("xcomp", "ccomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to"
                                                              for c in token.children)


def _stretch(token: Token, story: _Story) -> ResolvedDate | None:
    """"almost two years of intensive talks", "12 days of fighting": a stretch that ends when its clause happens;
    "a decade of haggling", "months of negotiations" leave it open."""
    if token.head.lower_ != "of" or token.head.dep_ != "prep":
        return None
    amount = token.head.head
    times = [e for e in _times(token, story) if e.start <= amount.i < e.end]
    text = times[0].text if times else amount.text
    if duration(text) is None:
        return NO_DATE if is_vague(text) or is_vague(amount.text) else None
    clause = _governing_verb(amount)
    end = _dated(clause, story) if clause is not None else None
    if end is None or end is NO_DATE:
        end = _narrative_date(token, story)
    return stretch_to(text, date.fromisoformat(end.value)) if end is not None and end.precision == "day" else None


def _shifted(token: Token, story: _Story) -> ResolvedDate | None:
    """"on Friday, two days after capturing him": counted back (or on, for "before") from the governing clause."""
    marker, governor = _shift_marker(token)
    if marker is None or governor is None:
        return None
    count = _count_before(token, marker, governor)
    if count is not None and count.i == governor.i:  # "arrived on Thursday, a day after holding talks"
        governor = governor.head
    base = _dated(governor, story)
    if base is None or base is NO_DATE:
        base = _narrative_date(governor, story)
    count_text = _phrase_text(count) if count is not None else ""
    span = duration(count_text)
    if span is None:  # "conveyed concern on Tuesday after their bombers flew together": the same day
        return None if _past_perfect(token) else base
    if base is None or base.precision != "day":
        return None
    then = date.fromisoformat(base.value) + SHIFT_MARKS[marker.lower_] * span
    precision = "day" if span.years == span.months == 0 and span.days < 7 else "year" if span.years else "month"
    value = then.isoformat() if precision == "day" else then.isoformat()[:7] if precision == "month" else str(then.year)
    return ResolvedDate(value, precision, f"{count_text} {marker.text}", "relative to the text")


def _count_before(token: Token, marker: Token, governor: Token) -> Token | None:
    """The "two days" of "two days after": on the clause, on its "after", or the noun the "after" hangs on."""
    for candidate in (*token.children, *marker.children, governor):
        if candidate.dep_ == "npadvmod" and duration(_phrase_text(candidate)) is not None:
            return candidate
    return None


def _phrase_text(token: Token) -> str:
    """A noun with what comes before it: "less than a day" (not the "after ..." that may follow)."""
    return token.doc[token.left_edge.i:token.i + 1].text


def _shift_marker(token: Token) -> tuple[Token | None, Token | None]:
    """The "after"/"before" that ties this clause to its governing one, and the governing predicate."""
    if token.dep_ == "advcl":
        marks = [c for c in token.children if c.dep_ == "mark" and c.lower_ in SHIFT_MARKS]
        return (marks[0], token.head) if marks else (None, None)
    if token.dep_ == "pcomp" and token.head.lower_ in SHIFT_MARKS:
        return token.head, token.head.head
    return None, None


def _carried(token: Token, story: _Story) -> ResolvedDate | None:
    """A plain time phrase it shares with a later conjunct or a clause of its own ("downgraded ties and suspended
    trade in August", "sent troops to help last year"), else the date of the clause it continues or is told in."""
    for clause in token.children:
        if _shares_time(clause):
            found = _own_date(clause, story)
            if found is not None and found is not NO_DATE and _plain_time_phrase(clause, story):
                return found
    head = _carrier(token)
    return _dated(head, story) if head is not None else None


def _shares_time(clause: Token) -> bool:
    """A later conjunct, an infinitive or gerund complement, or a "when" clause: their plain time phrase may be
    the one the whole sentence happened at."""
    if clause.pos_ not in VERB_POS:
        return False
    if clause.dep_ == "conj":
        return True
    if clause.dep_ == "advcl" and _marks(clause) and _marks(clause)[0] in SAME_TIME_MARKS:
        return True
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    return (infinitive and clause.dep_ in ("xcomp", "advcl")) or (clause.dep_ == "xcomp" and clause.tag_ == "VBG")


def _plain_time_phrase(clause: Token, story: _Story) -> bool:
    """A plain "in August"/"on Monday"/"last week" on the clause, not "for Wednesday" or "from November 7"."""
    for entity in _times(clause, story):
        root = entity.root
        if root.head.i == clause.i and root.dep_ == "npadvmod":
            return True
        if root.dep_ == "pobj" and root.head.lower_ in ("in", "on") and root.head.head.i == clause.i:
            return True
    return False


def _carrier(token: Token) -> Token | None:
    """The clause whose date this one shares: the verb a noun belongs to, the first of two conjoined verbs (unless
    this one has a tense of its own), the verb of an infinitive, participle or "by"-phrase, the report a clause
    is told in, or the clause a relative clause in the simple past hangs on."""
    if token.pos_ not in VERB_POS:
        return _governing_verb(token)
    dep, head = token.dep_, token.head
    if dep == "conj" and head.pos_ in VERB_POS:
        return None if _own_auxiliary(token) else head
    if dep in ("xcomp", "ccomp") and head.pos_ in VERB_POS | {"ADJ"}:
        return _earlier_report(token) or head
    if dep == "advcl":
        marks = _marks(token)
        return head if not marks or marks[0] in SAME_TIME_MARKS else None
    if dep == "pcomp" and head.lower_ in ("by", "while", "in", "on", "upon"):
        return head.head
    if dep == "acl" and token.tag_ == "VBG":
        return _governing_verb(head) if head.pos_ not in VERB_POS else head
    if dep == "relcl" and token.tag_ == "VBD" and not _own_auxiliary(token):
        return _governing_verb(head)
    return None


def _marks(clause: Token) -> list[str]:
    """The words that open an adverbial clause: "after", "as", "when" (which the parser calls an adverb)."""
    return [c.lower_ for c in clause.children
            if c.dep_ == "mark" or (c.dep_ == "advmod" and c.lower_ in ("when", "where", "whereas"))]


def _own_auxiliary(verb: Token) -> bool:
    """"In June the Treasury sanctioned ..., and officials have warned": a tense of its own."""
    return any(c.dep_ == "aux" and (c.lemma_.lower() == "have" or c.lower_ in MODALS | FUTURE_AUX)
               for c in verb.children)


def _earlier_report(token: Token) -> Token | None:
    """"Seoul offered last month to pay, but the Pentagon turned down the proposal, officials said": two things
    told in one report, the second continuing the first."""
    if token.dep_ != "ccomp":
        return None
    earlier = [c for c in token.head.children if c.dep_ == "ccomp" and c.i < token.i]
    return earlier[-1] if earlier else None


def _governing_verb(token: Token) -> Token | None:
    """The verb whose clause a noun belongs to, unless the noun sits in an "after"/"since" phrase of it."""
    current = token
    while current.pos_ not in VERB_POS:
        if current.head.i == current.i or current.lower_ in BOUNDARY_PREPS:
            return None
        current = current.head
    return current


def _clause_of(token: Token) -> Token:
    return token if token.pos_ in VERB_POS else (_governing_verb(token) or token)


# -- undated predicates -------------------------------------------------------------------------------------------


def _background(token: Token, sent: Span, modality: str) -> bool:
    """Whether an undated predicate is background rather than news: "once", "has long", "under the shah", "after
    the Soviet collapse", a past perfect, or a plan, hypothesis or denial that nobody is reported voicing."""
    clause = _clause_of(token)
    if _background_cue(token, token) or any(_background_cue(c, token) for c in _conjuncts_up(clause)) \
            or _given_as_reason(token):
        return True
    if _reporter(token, sent) is not None:
        return _past_perfect(clause) and any(c.lower_ == "earlier" for c in clause.children)
    if modality in ("planned", "hypothetical", "negated"):
        return True
    finite = _finite(clause)
    if finite is None:
        return False
    return finite.lower_ in MODALS | FUTURE_AUX or (finite.lower_ == "had" and finite.dep_ == "aux")


def _undated_commitment(token: Token) -> bool:
    """"The two sides also agreed to set up a working group, the ministry said": a plan with no time (the agreeing
    and the setting up alike), even when someone is reported making it."""
    if _infinitive(token) and token.head.lemma_.lower() in COMMITMENT_VERBS:
        return True
    return token.lemma_.lower() in COMMITMENT_VERBS and any(_infinitive(c) for c in token.children)


def _conjuncts_up(verb: Token) -> list[Token]:
    """A verb and the verbs it is conjoined after: a cue on the first holds for the rest."""
    chain = [verb]
    while chain[-1].dep_ == "conj" and chain[-1].head.pos_ in VERB_POS:
        chain.append(chain[-1].head)
    return chain


def _background_cue(head: Token, pred: Token) -> bool:
    for child in head.children:
        if child.dep_ == "advmod" and (child.lower_ in BACKGROUND_ADVERBS or _so_far(child)):
            return True
        if child.dep_ == "prep" and child.lower_ in BOUNDARY_PREPS and _bounds_in_time(child, pred) \
                and (child.lower_ != "since" or _perfect(head)):
            return True
    return False


def _given_as_reason(token: Token) -> bool:
    """"thanked Kim for sending soldiers": an earlier deed given as a reason."""
    current = token
    while current.head.i != current.i:
        if current.dep_ == "pcomp" and current.head.lower_ == "for":
            return True
        if current.dep_ not in ("xcomp", "advcl", "conj", "dobj", "pobj", "compound", "amod"):
            return False
        current = current.head
    return False


def _so_far(token: Token) -> bool:
    return token.lower_ == "far" and any(c.lower_ == "so" for c in token.children)


def _bounds_in_time(prep: Token, pred: Token) -> bool:
    """"after the Soviet collapse", "under the shah", "since independence"; not "minutes after the vote" (the
    same time), "under which" (a relative clause), "under the Kerch bridge" (a place) or the predicate itself."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects or objects[0].i == pred.i or any(c.dep_ == "npadvmod" for c in prep.children):
        return False
    obj = objects[0]
    return obj.lower_ not in ("which", "whom", "that") and obj.ent_type_ not in ("GPE", "LOC", "FAC") \
        and obj.ent_type_ not in TIME_LABELS and not (prep.lower_ == "under" and obj.lemma_ in ("bridge", "sea"))


def _perfect(verb: Token, auxiliaries: frozenset[str] = PERFECT_AUX) -> bool:
    """"had supplied", "has pledged $50 million and sent helicopters" (the second verb shares the first one's
    "has"); the tagger sometimes reads the participle as a simple past ("had earlier turned")."""
    while verb.dep_ == "conj" and not _own_auxiliary(verb) and verb.head.pos_ in VERB_POS:
        verb = verb.head
    return verb.tag_ in ("VBN", "VBD") and any(c.dep_ == "aux" and c.lower_ in auxiliaries for c in verb.children)


def _past_perfect(verb: Token) -> bool:
    return _perfect(verb, frozenset({"had", "'d"}))


def _present_perfect(verb: Token) -> bool:
    return _perfect(verb, frozenset({"has", "have", "'ve", "'s"}))


def _tense(token: Token) -> Token | None:
    """The word that carries the tense of the predicate's clause, looking up through infinitives, participles and
    conjuncts; None for a heading or a phrase without a verb."""
    current = _clause_of(token)
    for _ in range(6):
        if current.pos_ in VERB_POS and (finite := _finite(current)) is not None:
            return finite
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def _relative_clause(token: Token) -> bool:
    """"the United States, which have never confirmed ...": told by nobody the sentence names; but "a banquet, where
    Shoigu praised ..." is part of what is told."""
    return token.dep_ == "relcl" and not any(c.lower_ in ("where", "when") for c in token.children)


def _finite(verb: Token) -> Token | None:
    """The word that carries the clause's tense: its first auxiliary, or the verb itself when finite."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.lower_ != "to"]
    if auxiliaries:
        return auxiliaries[0]
    return verb if verb.tag_ in ("VBD", "VBZ", "VBP", "MD") else None


def _reporter(token: Token, sent: Span) -> Token | None:
    """The verb of saying the predicate is told under ("..., officials said"; "Kim told Putin that ..."), or the
    sentence's root when an "according to" phrase vouches for it."""
    current = token
    while current.head.i != current.i and not _relative_clause(current):
        child, current = current, current.head
        if child.dep_ in ("ccomp", "parataxis", "xcomp", "advcl") and current.lemma_.lower() in _reporting_verbs():
            return current
    if any(t.lower_ == "according" and t.i + 1 < sent.end and t.nbor().lower_ == "to" for t in sent):
        return sent.root
    return None


# -- the story's own day ------------------------------------------------------------------------------------------


def _publication_date(story: _Story) -> ResolvedDate | None:
    return ResolvedDate(story.published.isoformat(), "day", "", "publication date") if story.published else None


def _narrative_date(token: Token, story: _Story) -> ResolvedDate | None:
    """The day the story has reached at the token's sentence."""
    day = _anchor(token, story)
    if day is None:
        return None
    reason = "publication date" if day == story.published else "relative to the text"
    return ResolvedDate(day.isoformat(), "day", "", reason)


def _anchor(token: Token, story: _Story) -> date | None:
    """The day the story has reached when the token's sentence begins (the publication date to start with)."""
    return story.anchors.get(_sentence_start(token.i, story), story.published)


def _follow_story(doc: Doc, story: _Story) -> None:
    """Each sentence starts on the day the one before it took place (a day it names for its main clause, or for
    the report it tells), or on publication day after one about another period."""
    day = story.published
    if day is None:
        return
    past, paragraphs = False, 0
    text = doc.text  # built anew on every access: read it once
    for sent in doc.sents:
        if _opens_paragraph(sent, text):
            past, paragraphs = False, paragraphs + 1
        story.anchors[sent.start] = day
        found = _sentence_date(sent, story)
        if found is not None and found is not NO_DATE:
            day = date.fromisoformat(found.value) if found.precision == "day" else story.published
        recent_day = found is not None and found.precision == "day" and not _of_an_earlier_period(found, story)
        past = (past or _of_an_earlier_period(found, story) or _sets_an_earlier_period(sent, story)) \
            and not recent_day
        if past:
            story.past.add(sent.start)
        if paragraphs <= 1:
            story.lead.add(sent.start)


def _opens_paragraph(sent: Span, text: str) -> bool:
    return sent.start_char == 0 or "\n\n" in text[max(0, sent.start_char - 4):sent.start_char + 1]


def _sets_an_earlier_period(sent: Span, story: _Story) -> bool:
    """A time phrase of the sentence more than a year before publication, other than a year naming a thing ("the
    1960 treaty") or a starting point ("since he took power in late 2011")."""
    for entity in _times(sent.root, story):
        if entity.root.dep_ in NOUN_MODIFIER_DEPS or _in_boundary(entity.root):
            continue
        if _of_an_earlier_period(resolve_date(entity.text, story.published), story):
            return True
    return False


def _in_boundary(token: Token) -> bool:
    """Inside an "after", "before", "since" or "under" phrase or clause."""
    for ancestor in token.ancestors:
        if ancestor.lower_ in BOUNDARY_PREPS or any(c.dep_ == "mark" and c.lower_ in BOUNDARY_PREPS
                                                    for c in ancestor.children):
            return True
    return False


def _of_an_earlier_period(found: ResolvedDate | None, story: _Story) -> bool:
    """A sentence dated more than a year before publication ("Moscow signed the treaty in 1961")."""
    if found is None or found is NO_DATE or story.published is None or not found.value[:4].isdigit():
        return False
    return int(span_of(found.value)[1][:4]) < story.published.year - 1


def _sentence_date(sent: Span, story: _Story) -> ResolvedDate | None:
    """The date of a sentence's main clause, or of the clause it reports when the main one is "X said"; none for a
    past perfect, which looks back from where the story is ("it had carried out a test on Monday")."""
    root = sent.root
    found = None if _past_perfect(root) else _dated(root, story)
    if (found is None or found is NO_DATE) and root.lemma_.lower() in _reporting_verbs():
        told = [c for c in root.children if c.dep_ == "ccomp" and not _past_perfect(c)]
        found = _dated(told[0], story) if told else None
    return found


def distance(a: Token, b: Token) -> int:
    """Edges between two tokens in the dependency tree."""
    up_a = {t.i: n for n, t in enumerate([a, *a.ancestors])}
    for n, t in enumerate([b, *b.ancestors]):
        if t.i in up_a:
            return n + up_a[t.i]
    return 1000

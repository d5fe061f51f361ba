"""Stage 5, context: a coded predicate's date, from the time expressions of its sentence, its story, or publication.

A predicate takes, in order:
1. a time expression of its own clause (a noun predicate: of its own phrase, then of the clause it sits in), the
   nearest in the parse first: "signed ... on Wednesday", "the 2006 nuclear test", "a visit Xi made in March";
   a date that only names another thing ("put the 1960 treaty in abeyance") or sits in another clause ("urged ...
   and called a meeting for Wednesday") is not its date;
2. the date of the clause it continues: a later conjunct ("visited Pyongyang last month and signed a treaty"), an
   infinitive or participle ("agreed on Saturday to open"), a "by"-phrase ("retaliated the next day by firing"),
   the report it is told in ("officials said on Wednesday"), the meeting told before ("At the summit, Kim
   signed ..."), but not of a clause telling what it followed ("The
   release followed the swap last August": August is the swap's);
3. a date counted from its governing clause: "on Friday, two days after capturing him" -> Wednesday; "on Friday,
   ending a five-month absence that began when Riyadh recalled him" -> five months before;
4. for a definite act noun in a clause with no time ("The arrests came weeks after ..."), the time of the act it
   names again, told before with a time of its own ("detained three officers on Wednesday"; `sameact.py`);
otherwise null when the text places it at a time it leaves open ("weeks ago", "for decades", "once", "under the
shah", "after the Soviet collapse", a past perfect told as background, an act someone is blamed for: "holds
Moscow responsible for the downing"), when it is planned, hypothetical or denied and nobody is reported saying so,
or an agreement to act with no time ("agreed to set up a working group"); else
- told in an undated report ("..., KCNA said"): the publication date;
- a present perfect: the publication date in the lead sentence ("Iran has blamed Israel"), null later on
  ("Washington has accused Pyongyang of ...", background);
- null without a tense (a heading), or in a paragraph about another period ("... signed in 1961. The Soviet Union
  supplied ...");
- else the day the story has reached: that of the last sentence naming one for its main clause ("Putin landed on
  Wednesday. The two leaders signed ...", "Hours later ..."), the publication date to start with and after a
  sentence about another period. A past perfect sentence looks back and leaves the story where it was.
`dates.py` resolves the expressions themselves, `storydates.py` follows the day the story has reached,
`background.py` tells undated background from news and `clauses.py` reads the parse (where a time phrase belongs,
which clause another continues, tenses, reports).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dateutil.relativedelta import relativedelta
from spacy.attrs import LOWER
from spacy.tokens import Span, Token

from .background import (
    MEETING_PREPS,
    MEETINGS,
    TIMES_OF_DAY,
    background,
    committed_to,
    measure_named_before,
    meeting_word,
    standing_measure,
    the_or_that,
    undated_commitment,
)
from .clauses import (
    SHIFT_MARKS,
    acts_counted_from,
    answered_act,
    belongs,
    blamed_act,
    carrier,
    clause_of,
    count_before,
    counted_from_act,
    governing_verb,
    hops_up,
    infinitive,
    later_clauses,
    looks_ahead,
    named_by,
    not_until_then,
    past_perfect,
    phrase_text,
    praised_act,
    present_perfect,
    refers_back,
    reported_future,
    shares_time,
    shift_marker,
    since_a_record,
    tense_of,
    time_phrases,
    verb_above,
    when_clause,
)
from .countdates import count_before_an_act, counted_text, counts_a_shift, first_in, weeks_from_a_month
from .dates import (
    MONTH_RE,
    MONTHS,
    NARRATIVE,
    RELATIVE,
    UP_TO,
    ResolvedDate,
    a_few_days,
    duration,
    first_day,
    is_vague,
    months_later,
    resolve_date,
    stretch_to,
    years_later,
)
from .parsetree import children_of, doc_memo, doc_value
from .pointedback import at_that_time, under_that_deal
from .readings import answered_request
from .sameact import FROM_THE_TEXT, fired_when_it_hit, named_before, same_act_told_before, told_after, told_within
from .storydates import (
    NO_DATE,
    REACTION_VERBS,
    Story,
    answer_time,
    drawn_out,
    earlier_time,
    narrative_date,
    of_the_year_named,
    publication_date,
    sentence_start,
    sentence_times,
    story_day,
    story_of,
    told_before,
    told_earlier,
    trailing_time,
)
from .telling import reporter_of

__all__ = ["event_date"]

MEETINGS_OR_MEET = MEETINGS | {"meet"}  # a meeting noun, or the verb that tells one
FRAMING_PREPS = frozenset({"during"})  # an act whose time frames the clause's act: both are of one time
# periods of months or years named by what they were: an act "during the pandemic" is not of the story's day
LONG_PERIODS = frozenset({"pandemic", "war", "crisis", "occupation", "presidency", "tenure", "era", "rule", "term",
                          "lockdown", "conflict", "standoff", "blockade", "dictatorship", "administration", "reign"})



def event_date(token: Token, sent: Span, published: str | None, modality: str,
               entities: tuple[Span, ...]) -> ResolvedDate | None:
    """The date of the predicate `token` (see the module docstring); `entities` are its doc's entities."""
    story = story_of(sent.doc, published, entities, _dated)
    found = _date_of(token, sent, modality, story)
    frame = _framing_clause(token)
    if frame is not None and (found is None or found.reason not in FROM_THE_TEXT):
        # "shot down six jets on May 7 during India's strikes": the strikes are of the day of what was done in them
        framed = _date_of(frame, sent, modality, story)
        return framed if framed is not None and framed.reason in FROM_THE_TEXT else found
    return found


def _framing_clause(noun: Token) -> Token | None:
    """The verb an act noun is the time frame of: "shot down six jets on May 7 [during] India's strikes"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in FRAMING_PREPS or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
        return None
    return prep.head


def _date_of(token: Token, sent: Span, modality: str, story: Story) -> ResolvedDate | None:
    found = _dated(token, story)
    if found is not None:
        return None if found is NO_DATE else found
    if story.published is None or background(token, sent, modality) or (
            undated_commitment(token) and not (sent.start == story.starts[0] and present_perfect(token))):
        return None  # (a lede's "Indonesia and Malaysia have agreed to ..." is the article's news, of its paper)
    return _undated_news(token, sent, story)


def _undated_news(token: Token, sent: Span, story: Story) -> ResolvedDate | None:
    """The date of a predicate the text gives none: a meeting's told before, an attack's it is told within, the
    report's, publication's, the story's, or none after all."""
    told = same_act_told_before(token, story, _dated) or told_within(token, story, _own_date)
    if told is not None:
        return told
    named = measure_named_before(token, sent)
    if named is not None:
        # "The move follows U.S. sanctions on Rosneft ... Washington imposed the sanctions to ...": taken when that
        # mention says, if it says
        found = _dated(named, story)
        return None if found is None or found is NO_DATE else found
    if _within_a_long_period(token):
        return None  # "During the pandemic, Kenya closed its border": not on the day the story is about
    reporter = reporter_of(token, sent)
    if reporter is not None:
        said = _dated(reporter, story)
        if said is not None and said is not NO_DATE:
            return said
        if reporter.head.i == reporter.i:  # "..., officials said": told as of publication
            return publication_date(story)
    tense = tense_of(token)
    if present_perfect(clause_of(token)) or (tense is not None and present_perfect(tense.head)):
        # "Iran has blamed Israel ..." leads the news; "Washington has accused ..." later on is background
        return publication_date(story) if sent.start == 0 else None
    goes_on = tense is not None and tense.tag_ == "VBD" and sent.start in story.after_coarse \
        and not sentence_times(token, story)
    if goes_on and (refers_back(sent) or sent.root.lemma_.lower() in REACTION_VERBS):
        # "In December 2021 a Berlin court sentenced him. That ruling prompted Germany to expel two diplomats":
        # what the sentence before told, and what it led to ("Ecuador responded by ..."), in that sentence's
        # month, even long ago
        return replace(story.after_coarse[sent.start], reason="relative to the text")
    if tense is None or (sent.start in story.past and (tense.tag_ in ("VBD", "VBN") or sent.start not in story.lead)):
        return None  # a heading, or background to a paragraph about another period (past, or later in the text)
    if goes_on:
        # "Relations collapsed last October when Ottawa expelled ... New Delhi ordered out six diplomats in return."
        return replace(story.after_coarse[sent.start], reason="relative to the text")
    return _also_done_before(token, sent, story) or narrative_date(token, story)


def _within_a_long_period(token: Token) -> bool:
    """The clause is set within a period of months or years the text names by what it was, not by its time
    ("during the pandemic", "throughout the war", "during his presidency")."""
    verb = clause_of(token)
    return any(p.dep_ == "prep" and p.lower_ in ("during", "throughout")
               and any(o.dep_ == "pobj" and o.lemma_.lower() in LONG_PERIODS for o in children_of(p))
               for p in children_of(verb))


def _also_done_before(token: Token, sent: Span, story: Story) -> ResolvedDate | None:
    """"signed the treaty on Monday. Jiang arrived on Sunday. The two also signed a joint statement": "also" and
    the verb of an act told before, on that act's day."""
    verb = clause_of(token)  # (a noun: its verb's, "also signed a joint statement")
    if verb.pos_ != "VERB" or not any(c.dep_ == "advmod" and c.lower_ == "also" for c in children_of(verb)):
        return None
    lemma = verb.lemma_.lower()
    earlier = next((w for w in reversed(verb.doc[:sent.start]) if w.pos_ == "VERB" and w.lemma_.lower() == lemma),
                   None)
    found = _dated(earlier, story) if earlier is not None else None
    return found if found is not None and found is not NO_DATE and found.reason != "publication date" else None


# -- dates the text gives the predicate ---------------------------------------------------------------------------


def _dated(token: Token, story: Story) -> ResolvedDate | None:
    """The date the text gives this predicate: its own, one counted from its governing clause, or that clause's."""
    if token.i in story.dated:
        return story.dated[token.i]
    story.dated[token.i] = None  # a clause that leads back to itself finds nothing
    if answered_request(token) is not None:
        # "the court on Thursday rejected Argentina's request": asked at a time the answer leaves open
        story.dated[token.i] = NO_DATE
        return NO_DATE
    found = _own_date(token, story) or at_that_time(token, story) or _at_that_meeting(token, story) \
        or under_that_deal(token, story) \
        or _stretch(token, story) \
        or _shifted(token, story) or _counted_on(token, story) or _began_a_stretch(token, story) \
        or _until_then(token, story) \
        or named_before(token, story, _own_date) or told_after(token, story, _own_date) \
        or fired_when_it_hit(token, story, _own_date) or _carried(token, story)
    story.dated[token.i] = found
    return found


def _own_date(token: Token, story: Story, nights: bool = True) -> ResolvedDate | None:
    """The nearest time expression of the predicate's own clause that resolves; NO_DATE for "weeks ago"; with
    `nights`, a bare "overnight" too."""
    anchor = story_day(token, story)
    vague = False
    for phrase, root in _own_phrases(token, story):
        ahead = looks_ahead(verb_above(root, token)) or _purpose_deadline(phrase, token) \
            or (START_WORD.match(phrase) is not None and reported_future(verb_above(root, token)))
        resolved = _that_month(phrase, root, story) or _day_of_the_visit(phrase, root, story) \
            or resolve_date(phrase, story.published, ahead, anchor)
        if resolved is not None and resolved.reason == NARRATIVE:
            resolved = _counted_in_sentence(phrase, root, story) or resolved
        elif resolved is not None and resolved.reason == RELATIVE:  # "since 2024 towards the end of the year"
            resolved = of_the_year_named(phrase, root, story) or resolved
        elif resolved is None:
            resolved = _of_that_time(phrase, root, story) or _perfect_stretch(phrase, token, story) \
                or _years_along(phrase, root, story)
        if resolved is not None and not ahead and _after_publication(resolved, token, story):
            # "cancelled the Jan. 27 visit" (said on the 21st), "Three months later, Algiers froze the treaty": a
            # past act is not dated after the text that tells it; the time is another thing's, or counted amiss
            continue
        if resolved is not None and not (phrase.lower().startswith("for ") and resolved.precision != "range"):
            return resolved
        vague = vague or (is_vague(phrase) and not first_in(root) and not _after_a_stretch(root))
    if not vague and nights and _says_overnight(token) and any(
            w.lower_ == "overnight" and w.dep_ == "advmod" and (verb := governing_verb(w)) is not None
            and verb.i == token.i for w in token.subtree):
        # "launched 69 missiles at Ukraine overnight" (the model often tags no time): the night ending that day
        return _night_ending(token, story)
    return NO_DATE if vague else None


def _night_ending(token: Token, story: Story) -> ResolvedDate | None:
    """The night that ended on the day the act is told: that of a dated report it is told in ("drones attacked
    Odesa overnight, officials said on Tuesday": Monday night), else the day the story has reached."""
    reporter = reporter_of(token, token.sent)
    said = _own_date(reporter, story, nights=False) if reporter is not None else None
    if said is not None and said is not NO_DATE and said.precision == "day":
        return ResolvedDate(said.value, "day", "overnight", "relative to the text")
    day = story_day(token, story)
    return ResolvedDate(day.isoformat(), "day", "overnight", "relative to the text") if day else None


def _after_a_stretch(root: Token) -> bool:
    """"reached an agreement after years of negotiations": the years led up to the act, which is no less of its
    own day."""
    return root.dep_ == "pobj" and root.head.lower_ == "after" and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in children_of(root))


def _says_overnight(token: Token) -> bool:
    """Whether "overnight" lies within the token's subtree bounds: a cheap test before walking the subtree for it,
    which most predicates' would be in vain. The doc's words are read once while it is coded (as an array: a
    fraction of the cost of making a Token of each), and kept as offsets only."""
    doc = token.doc
    found = doc_value(doc, "overnight",
                      lambda: tuple((doc.to_array(LOWER) == doc.vocab.strings["overnight"]).nonzero()[0].tolist()))
    return any(token.left_edge.i <= i <= token.right_edge.i for i in found)


def _after_publication(found: ResolvedDate, token: Token, story: Story) -> bool:
    """A date that begins after publication, for a predicate told in the past tense (not what was agreed to be
    done: "agreed to open talks next month")."""
    if committed_to(token):
        return False
    tense = tense_of(token)
    if story.published is None or tense is None or tense.tag_ not in ("VBD", "VBN"):
        return False
    return first_day(found.value) > story.published


def _perfect_stretch(phrase: str, token: Token, story: Story) -> ResolvedDate | None:
    """"has been held in Iran for more than 500 days": a present perfect told "for" a stretch runs up to
    publication, as "for the past four months" does (April 2022 to September 2023)."""
    words = phrase.lower()
    if not words.startswith("for ") or story.published is None or not present_perfect(clause_of(token)):
        return None
    return stretch_to(words.removeprefix("for "), story.published)


def _of_that_time(phrase: str, root: Token, story: Story) -> ResolvedDate | None:
    """"in April of that year", "later that year", "the same month": the year or month of the time named before,
    in its own sentence or the one before it."""
    match = THAT_TIME.fullmatch(phrase.lower().strip(" ,."))
    if match is None:
        return None
    base = earlier_time(root, story)
    if base is None:
        return None
    first = first_day(base.value)
    year, month = first.year, first.month
    if match["month"] or match["named"]:
        value, precision = f"{year}-{MONTHS[(match['month'] or match['named'])[:3]]:02d}", "month"
    elif match["unit"] == "month" and base.precision in ("day", "week", "month"):
        value, precision = f"{year}-{month:02d}", "month"
    else:
        value, precision = str(year), "year"
    return ResolvedDate(value, precision, phrase, NARRATIVE)


NTH_DAY = re.compile(r"(?:on |during )?the (first|second|third|fourth|fifth) day")
VISIT_WORDS = MEETINGS | {"trip", "tour"}
VISIT_TOLD = VISIT_WORDS | {"meet", "arrive"}  # the words a visit "the second day" counts from is told by
DAY_ORDINALS = ("first", "second", "third", "fourth", "fifth")


def _day_of_the_visit(phrase: str, root: Token, story: Story) -> ResolvedDate | None:
    """"arrived on Wednesday for a two-day visit ... held talks on the second day of the visit": counted from the
    day the text gave the visit (or meeting, or trip) it told before, its first day."""
    match = NTH_DAY.fullmatch(phrase.lower())
    nouns = [g for c in children_of(root) if c.dep_ == "prep" and c.lower_ == "of" for g in children_of(c)
             if g.dep_ == "pobj" and (meeting_word(g) or g.lemma_.lower() in VISIT_WORDS)]
    if match is None or not nouns:
        return None
    told = next((w for w in reversed(root.doc[:root.sent.start])
                 if meeting_word(w) or w.lemma_.lower() in VISIT_TOLD), None)
    base = _dated(told, story) if told is not None else None
    if base is None or base is NO_DATE or base.precision != "day" or base.reason == "publication date":
        return None
    day = date.fromisoformat(base.value) + relativedelta(days=DAY_ORDINALS.index(match[1]))
    return ResolvedDate(day.isoformat(), "day", phrase, NARRATIVE)


def _that_month(phrase: str, root: Token, story: Story) -> ResolvedDate | None:
    """"took office in April 2018 ... signed a declaration that July": the month of the year named before (the
    model leaves "that" out of the time it tags, which alone would be read as this year's July)."""
    if phrase != root.text or root.lower_[:3] not in MONTHS or root.i == 0 or root.nbor(-1).lower_ != "that":
        return None
    return _of_that_time(f"that {phrase}", root, story)


def _counted_in_sentence(phrase: str, root: Token, story: Story) -> ResolvedDate | None:
    """"accepted a ceasefire on September 20, and talks held the following day": a day counted from the time
    named before it in its own sentence, not from the day the story had reached. From a coarse time ("in December,
    when Baku expelled ... and Paris responded the next day") it is that time, as coarse; "a month later" moves a
    month along."""
    base = earlier_time(root, story, sentence_before=False)
    if base is None:
        # "... since January, when a gunman attacked the embassy. Baku withdrew its diplomats two days later": the
        # sentence before ended on a month, which a few days later is still (about) that month
        before = earlier_time(root, story, of_things=False)  # "hours earlier" than a killing named is no time
        if before is not None and before.precision == "month" and a_few_days(phrase):
            return replace(before, text=phrase, reason=NARRATIVE)
        if before is not None and before.precision == "month" and (months := months_later(phrase)) is not None:
            # "... was sentenced in July 2022. Three months earlier, Tehran had detained ...": April 2022
            first = first_day(before.value) + relativedelta(months=months)
            return ResolvedDate(f"{first.year}-{first.month:02d}", "month", phrase, NARRATIVE)
        return None
    if base.precision == "month" and (months := months_later(phrase)) is not None:
        first = first_day(base.value) + relativedelta(months=months)  # "in January 2023 ...; a month later"
        return ResolvedDate(f"{first.year}-{first.month:02d}", "month", phrase, NARRATIVE)
    if base.precision != "day":
        return replace(base, text=phrase, reason=NARRATIVE) if a_few_days(phrase) else None
    return resolve_date(phrase, story.published, False, date.fromisoformat(base.value))


def _years_along(phrase: str, root: Token, story: Story) -> ResolvedDate | None:
    """"signed the accord in March 2015. Two years later, Moscow suspended it": the year counted from the time named
    before it in its sentence, else in the sentence before."""
    years = years_later(phrase)
    if years is None:
        return None
    base = earlier_time(root, story, sentence_before=False) or earlier_time(root, story, of_things=False)
    if base is None:
        return None
    return ResolvedDate(str(int(base.value[:4]) + years), "year", phrase, NARRATIVE)


# "in April of that year", "the same month", "that July" (the July of the year named before)
THAT_TIME = re.compile(rf"(?:(?:in|by|during|later|earlier|early|late|from)\s+)*"
                       rf"(?:(?:(?P<month>{MONTH_RE})\s+(?:of\s+)?)?(?:that|the same) (?P<unit>year|month)"
                       rf"|that (?P<named>{MONTH_RE}))")


def _at_that_meeting(token: Token, story: Story) -> ResolvedDate | None:
    """"... after meeting Kim in Singapore on June 12 ... At the summit, Kim signed a joint statement": "at the
    summit", "during the visit", "after the talks" is the meeting the text told before, on its day."""
    for prep in children_of(clause_of(token)):
        if prep.dep_ == "prep" and prep.lower_ in MEETING_PREPS:
            for noun in (c for c in children_of(prep) if c.dep_ == "pobj" and meeting_word(c)):
                found = _meeting_told_before(noun, story)
                if found is not None:
                    return replace(found, text=f"{prep.text} {noun.text} ({found.text})", reason=NARRATIVE)
    return None


def _meeting_told_before(noun: Token, story: Story) -> ResolvedDate | None:
    """The date of the last meeting the text told before "the summit" (by its word, else a meeting word or "met":
    "had talks with Trump on June 12. On June 10, Kim met Lee ... At the talks": the 12th), if it gave one."""
    if not the_or_that(noun):
        return None
    before = list(reversed(noun.doc[:noun.sent.start]))
    earlier = next((w for w in before if w.lower_ == noun.lower_), None) \
        or next((w for w in before if w.lemma_.lower() in MEETINGS_OR_MEET), None)
    if earlier is not None and earlier.dep_ == "conj" and meeting_word(earlier.head):
        earlier = earlier.head  # "had the first meeting and talks with Trump on June 12": the pair's time
    found = _dated(earlier, story) if earlier is not None else None
    return found if found is not None and found is not NO_DATE and found.reason != "publication date" else None


def _purpose_deadline(phrase: str, token: Token) -> bool:
    """"signed a road map on Tuesday to resolve the questions by the end of the year": the deadline of what a
    clause is meant to achieve lies ahead of it, whatever the tense of the clause it serves."""
    return phrase.lower().startswith("by ") and infinitive(clause_of(token))


START_WORD = re.compile(r"(?:from|starting|beginning|as of) ", re.I)  # "said it would cut ties from Feb. 24": ahead
UNTIL_WORD = re.compile(r"^(?:until|till) ", re.I)
BOUND_WORD = re.compile(r"^(?:ever )?(?:since|until|till|from) ", re.I)  # a stretch's bound, not its time


def _own_phrases(token: Token, story: Story) -> list[tuple[str, Token]]:
    """The time phrases of the predicate's own clause, nearest first (a bare "night" or "morning" last)."""
    clause = clause_of(token)
    own = []
    for start, (text, roots) in _sentence_phrases(token, story).items():
        mine = [root for root in roots if belongs(root, token) and not counts_a_shift(root)]
        if when_clause(clause) and clause.dep_ == "relcl" and clause.head in roots:
            # "on November 6, 2025, when a delegation had met ...": the time the clause hangs on; of "since June
            # 17, when ... boarded the boats" only the day, which the stretch is counted from
            own.append((False, 0, abs(start - token.i), BOUND_WORD.sub("", text), clause.head))
        elif mine and not since_a_record(mine[0]):
            bare = text.lower().removeprefix("the ") in TIMES_OF_DAY  # "on the night of May 24-25": the date
            if UNTIL_WORD.match(text) and not_until_then(clause):
                text = UNTIL_WORD.sub("", text)  # "did not return its envoy until November 2010": then
            own.append((bare, hops_up(mine[0], token), abs(start - token.i), _of_the_night(text, mine[0]), mine[0]))
    return [(text, root) for *_, text, root in sorted(own, key=lambda o: o[:3])]


def _sentence_phrases(token: Token, story: Story) -> dict[int, tuple[str, list[Token]]]:
    """The time phrases of the token's sentence (`time_phrases`), read once per sentence while the doc is coded:
    each predicate of the sentence, and each clause its date is carried from, asks for them."""
    memo = doc_memo(token.doc, "time_phrases")
    if memo is None:
        return time_phrases(sentence_times(token, story))
    start = sentence_start(token.i, story)
    if start not in memo:
        memo[start] = time_phrases(sentence_times(token, story))
    found: dict[int, tuple[str, list[Token]]] = memo[start]
    return found


def _of_the_night(text: str, root: Token) -> str:
    """"May 24-25" of "on the night of May 24-25" is said of a night: the text keeps it (clustering reads it)."""
    holder = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
    return f"the night of {text}" if holder is not None and holder.lower_ == "night" else text


def _stretch(token: Token, story: Story) -> ResolvedDate | None:
    """"almost two years of intensive talks", "12 days of fighting": a stretch that ends when its clause happens;
    "a decade of haggling", "months of negotiations" leave it open."""
    if token.head.lower_ != "of" or token.head.dep_ != "prep":
        return None
    amount = token.head.head
    times = [e for e in sentence_times(token, story) if e.start <= amount.i < e.end]
    text = times[0].text if times else amount.text
    if duration(text) is None:
        return NO_DATE if is_vague(text) or is_vague(amount.text) else None
    clause = governing_verb(amount)
    end = _dated(clause, story) if clause is not None else None
    if end is None or end is NO_DATE:
        end = narrative_date(token, story)
    return stretch_to(text, date.fromisoformat(end.value)) if end is not None and end.precision == "day" else None


def _began_a_stretch(token: Token, story: Story) -> ResolvedDate | None:
    """"returned on Friday, ending a five-month absence that began when Riyadh recalled him": the recall is five
    months before the day the stretch ended (its month; a stretch of days, that day)."""
    began = token.head
    if not when_clause(token) or token.dep_ != "advcl" or began.lemma_.lower() not in ("begin", "start") \
            or began.dep_ != "relcl":
        return None
    stretch = began.head
    length = duration(stretch.doc[stretch.left_edge.i:stretch.i].text.replace("-", " ").removeprefix("a ").strip())
    clause = governing_verb(stretch)
    if length is None or length.years or clause is None:
        return None  # (a stretch of years is told rounded, by as much as half a year)
    end = _dated(clause, story)
    if end is None or end is NO_DATE or end.precision not in ("day", "month"):
        return None
    start = first_day(end.value) - length
    if end.precision == "day" and not length.months and length.days < 7:
        return ResolvedDate(start.isoformat(), "day", f"{began.text} {stretch.text}", "relative to the text")
    return ResolvedDate(f"{start:%Y-%m}", "month", f"{began.text} {stretch.text}", "relative to the text")


def _until_then(token: Token, story: Story) -> ResolvedDate | None:
    """"in January, when ... Trump threatened tariffs until Bogota backed down": what ended a stretch told by its
    month (or a coarser time) is of that time too; of a stretch told by its day, some day after it."""
    if token.dep_ != "advcl" or token.tag_ != "VBD" \
            or not any(c.dep_ == "mark" and c.lower_ in ("until", "till") for c in children_of(token)):
        return None
    found = _dated(token.head, story)
    if found is None or found is NO_DATE or found.precision in ("day", "week"):
        return None
    return replace(found, reason="relative to the text")


def _shifted(token: Token, story: Story) -> ResolvedDate | None:
    """"on Friday, two days after capturing him": counted back (or on, for "before") from the governing clause."""
    marker, governor = shift_marker(token)
    if marker is None or governor is None:
        return None
    count = count_before(token, marker, governor)
    if count is not None and count.i == governor.i:  # "arrived on Thursday, a day after holding talks"
        governor = governor.head
    base = _dated(_what_came(governor), story)
    if base is None or base is NO_DATE:  # "met one-on-one before holding expanded talks": the meeting's day
        base = same_act_told_before(governor, story, _dated) or narrative_date(governor, story)
    count_text = phrase_text(count) if count is not None else _open_count(token, marker, governor)
    if count_text and is_vague(count_text):
        # "months after Washington agreed to send the tanks": earlier by a stretch the text leaves open, so not
        # on the day of the clause it is counted from (a date can say no "before"): undated. But "days after"
        # (or "days before") a clause told by its month is (about) that month still
        if a_few_days(count_text) and base is not None and base is not NO_DATE and base.precision == "month":
            return ResolvedDate(base.value, "month", f"{count_text} {marker.text}", "relative to the text")
        return weeks_from_a_month(count_text, marker, base) or NO_DATE
    span = duration(count_text)
    if span is None:  # "conveyed concern on Tuesday after their bombers flew together": the same day, or before
        if past_perfect(token) or base is None:
            return None
        return replace(base, reason=UP_TO) if SHIFT_MARKS[marker.lower_] < 0 and base.precision == "day" else base
    if base is None or base.precision != "day":
        return None
    then = date.fromisoformat(base.value) + SHIFT_MARKS[marker.lower_] * span
    precision = "day" if span.years == span.months == 0 and span.days < 7 else "year" if span.years else "month"
    value = then.isoformat() if precision == "day" else then.isoformat()[:7] if precision == "month" else str(then.year)
    return ResolvedDate(value, precision, f"{count_text} {marker.text}", "relative to the text")


def _what_came(governor: Token) -> Token:
    """"The launch came a day after Pyongyang criticised the drills": counted from the act that came (its subject),
    not from the day the story has reached."""
    if governor.lemma_.lower() != "come":
        return governor
    return next((c for c in children_of(governor) if c.dep_ == "nsubj" and c.pos_ == "NOUN"), governor)


def _counted_on(token: Token, story: Story) -> ResolvedDate | None:
    """"pulled its diplomats out two days after the January 2023 shooting", "closed the border a day after the
    March 3 incident": counted on from the day the act it follows names for itself (an uncounted "after the
    election" is some day after it: no date)."""
    for marker, acts in [*acts_counted_from(token), *count_before_an_act(token)]:
        # "two days" just before the "after"
        count = next((c for c in (*children_of(marker), *children_of(token), *children_of(marker.head))
                      if c.dep_ == "npadvmod" and c.right_edge.i == marker.i - 1), None)
        count_text = phrase_text(count) if count is not None else counted_text(marker)
        span = duration(count_text) if count_text else None
        if span is None:
            continue
        for act in acts:
            base = _own_date(act, story) or told_earlier(act, story, _own_date) or told_before(act, story)
            if base is not None and base is not NO_DATE and base.precision in ("day", "month"):
                then = first_day(base.value) - SHIFT_MARKS[marker.lower_] * span
                value = then.isoformat() if base.precision == "day" else then.isoformat()[:7]
                said = f"{count_text} {marker.text}"
                return ResolvedDate(value, base.precision, said, "relative to the text")
    return None


def _open_count(clause: Token, marker: Token, governor: Token) -> str:
    """A bare "days"/"weeks"/"months" before the "after" ("days after it sent ...", "came weeks after clashes
    left dozens hurt"), which `count_before` reads only as a duration it can count."""
    before = clause.doc[marker.i - 1] if marker.i > 0 else None
    if before is not None and before.dep_ in ("npadvmod", "advmod") \
            and before.head.i in (clause.i, marker.i, governor.i):
        return phrase_text(before)
    return ""


def _carried(token: Token, story: Story) -> ResolvedDate | None:
    """A plain time phrase it shares with a later conjunct or a clause of its own ("downgraded ties and suspended
    trade in August", "sent troops to help last year"), else the date of the clause it continues or is told in."""
    if _judged(token):
        return NO_DATE  # "ruled on Wednesday that Nicaragua violated its sovereignty by sending troops": years before
    if standing_measure(token) and not answered_act(token):
        return NO_DATE  # "said on Friday that U.S. sanctions amounted to economic terrorism": taken long before
    for clause in later_clauses(token):
        if shares_time(clause):
            found = _own_date(clause, story)
            if found is not None and found is not NO_DATE and _plain_time_phrase(clause, story):
                return found
    if token.dep_ == "relcl" and token.head.pos_ in ("NOUN", "PROPN") and token.tag_ == "VBD":
        for noun in named_by(token.head):  # "upheld the 2022 ruling of a lower court, which sentenced Nouri"
            named = _own_date(noun, story)
            if (named is None or named is NO_DATE) and counted_from_act(noun):
                named = _dated(noun, story)  # "two days after the attack, which killed a guard": the attack's day
            if named is not None and named is not NO_DATE:
                return named
    if token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN"):
        # "over his remarks in Addis Ababa on Sunday comparing the offensive to ...": the time of the noun it tells
        named = _own_date(token.head, story)
        if named is not None and named is not NO_DATE:
            return named
    if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.dep_ == "pobj":
        return _done_by_its_clause(token, story)
    if drawn_out(token):
        return trailing_time(token, token.head.head, story) or NO_DATE
    if blamed_act(token):
        return trailing_time(token, token.head.head, story) or _blamed_by_then(token, story) or NO_DATE
    if praised_act(token):
        return NO_DATE  # "praised her government's break with Taiwan": before the praise, when it does not say
    head = carrier(token)
    found = answer_time(token, head, story) or (_dated(head, story) if head is not None else None)
    if found is not None and found is not NO_DATE and found.precision == "day" and (
            answered_act(token) or _asked_for(token)):
        return replace(found, reason=UP_TO)  # the act a reaction answers: that day or the days before
    return found


def _done_by_its_clause(participle: Token, story: Story) -> ResolvedDate | None:
    """"retaliated on Tuesday with missiles fired at Israel", "swapped prisoners on Sunday in a deal brokered by
    the UAE": a participle on a noun in a phrase of a dated clause tells an act done by that clause's day."""
    verb = governing_verb(participle.head)
    found = _dated(verb, story) if verb is not None else None
    if found is None or found is NO_DATE or found.reason not in FROM_THE_TEXT:
        return None
    return replace(found, reason=UP_TO) if found.precision == "day" else found


VERDICT_VERBS = frozenset({"rule", "find", "conclude", "determine", "judge"})


def _judged(act: Token) -> bool:
    """An act within what a court or an inquiry found ("ruled that Nicaragua violated its sovereignty by sending
    troops", "found Uganda responsible for killings during its occupation"): of its own time, mostly long before the
    finding, which is of the finding's day (the finding itself: "violated", "responsible")."""
    below = act
    for above in act.ancestors:
        if above.pos_ == "VERB" and above.lemma_.lower() in VERDICT_VERBS:
            return below.i != act.i and below.dep_ in ("ccomp", "oprd")
        below = above
    return False


def _blamed_by_then(act: Token, story: Story) -> ResolvedDate | None:
    """"accused Belizean soldiers on Thursday of killing a boy": the act blamed was done by the blaming's day, and
    mostly in the days before it; not an act a row is over ("escalating a row over the arrest"), which rows can
    outlast by months."""
    if act.head.lower_ == "over":
        return None
    blaming = act.head.head
    found = _dated(blaming, story) if blaming.pos_ in ("VERB", "AUX") else None
    if found is None or found is NO_DATE or found.precision != "day" or found.reason == "publication date":
        return None
    return replace(found, reason=UP_TO)


ASKING_NOUNS = frozenset({"request", "invitation", "behest", "urging", "appeal"})


def _asked_for(noun: Token) -> bool:
    """"arrived on January 6 at the request of the Kazakh side": the asking came before what it asked for, that day
    or the days before."""
    return noun.lemma_.lower() in ASKING_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ in ("at", "upon", "on")


def _plain_time_phrase(clause: Token, story: Story) -> bool:
    """A plain "in August"/"on Monday"/"last week" after the clause's verb, not "for Wednesday" or "from November
    7"; one that opens the clause is its own ("evacuated the staff, and in April it expelled four diplomats")."""
    for entity in sentence_times(clause, story):
        root = entity.root
        if entity.start < clause.i and clause.dep_ == "conj":
            continue
        if root.head.i == clause.i and root.dep_ == "npadvmod":
            return True
        if root.dep_ == "pobj" and root.head.lower_ in ("in", "on") and root.head.head.i == clause.i:
            return True
    return False

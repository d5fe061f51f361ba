"""One act, one family of PLOVER types, whichever words an outlet tells it with: the same resignation, boycott,
deployment or ratification read the same way. Through the real pipeline; the sentences are written for these
tests."""

from __future__ import annotations

import pytest

from conftest import find, make_article

SAME_ACT = [
    # (sentence, the type it must give, its parties, types it must not give)
    ("Japan's defence minister stepped down on Friday after the row with Seoul.", "RETREAT", ("JPN", None), ()),
    ("Lukashenko skipped the CSTO summit in Yerevan in November.", "PROTEST", ("BLR", None), ("CONSULT",)),
    ("Polish troops have been arriving at the base in recent days, the Polish ministry said.", "MOBILIZE",
     ("POL", None), ("CONSULT",)),
    ("Beijing withdrew its consent for the opening of the Lithuanian consulate in Shanghai.", "COERCE",
     ("CHN", "LTU"), ("RETREAT",)),
    ("Armenian and Iranian diplomats exchanged the instruments of ratification in Tehran on Monday.", "AGREE",
     ("ARM", "IRN"), ("COOPERATE",)),
    ("Japan and South Korea concluded an understanding on export controls on Monday.", "AGREE", ("JPN", "KOR"),
     ()),
    ("Armenia and Georgia have exchanged several official delegations this year.", "CONSULT", ("ARM", "GEO"),
     ("COOPERATE",)),
    ("Russia and Ukraine will exchange lists of prisoners next week.", "COOPERATE", ("RUS", "UKR"), ("RETREAT",)),
    ("French and British forces coordinated closely to intercept the drones on Sunday.", "COOPERATE",
     ("FRA", "GBR"), ("SUPPORT",)),
    ("Islamabad barred Indian carriers from its skies last week.", "SANCTION", ("PAK", "IND"), ("COERCE",)),
]


@pytest.mark.parametrize(("text", "kind", "pair", "not_kinds"), SAME_ACT, ids=[s[0][:40] for s in SAME_ACT])
def test_words_for_one_act_give_its_type(code, text, kind, pair, not_kinds):
    events = code(text)
    assert find(events, kind, *pair), events
    assert not any(find(events, other) for other in not_kinds), events


def test_skipping_lunch_is_no_boycott(code):
    assert not find(code("The Belarusian delegation skipped lunch in Yerevan on Monday."), "PROTEST")


def test_an_act_done_under_a_deal_is_the_act(pipeline):
    article = make_article("Under the Tashkent Declaration, Uzbek President Shavkat Mirziyoyev and Kyrgyz President "
                           "Sadyr Japarov committed to begin border talks by the end of March.", published="2025-01-10")
    events = [e for _, found in pipeline.extract([article]) for e in found]
    assert [e.predicate for e in events if e.type == "AGREE"] == ["committed"], events


UNDONE = [
    ("Kyrgyzstan on Monday decided to keep the 1996 water treaty with Tajikistan in abeyance.", ("KGZ", "TJK")),
    ("Mali's government on Wednesday denounced the 2014 defence agreement with France.", ("MLI", "FRA")),
]


@pytest.mark.parametrize(("text", "pair"), UNDONE, ids=[u[0][:40] for u in UNDONE])
def test_a_deal_undone_is_a_sanction_not_an_agreement(code, text, pair):
    events = code(text)
    assert find(events, "SANCTION", *pair, directed=True), events
    assert not find(events, "AGREE") and not find(events, "SUPPORT"), events


def test_a_truce_coming_into_force_in_an_as_clause_is_told_by_its_verb(pipeline):
    article = make_article("Displaced families began returning home on Sunday as a ceasefire between Armenia and "
                           "Azerbaijan came into force after six weeks of fighting.", published="2020-11-10")
    events = [e for _, found in pipeline.extract([article]) for e in found]
    assert [e.predicate for e in events if e.type == "RETREAT"] == ["came"], events


READ_AS_ANOTHER = [
    # an aid or trade act told as no longer done is its halt
    ("Slovakia is no longer supplying fighter jets to Ukraine, the Slovak defence minister said.", "SANCTION",
     ("SVK", "UKR"), ("AID",)),
]


@pytest.mark.parametrize(("text", "kind", "pair", "not_kinds"), READ_AS_ANOTHER,
                         ids=[s[0][:40] for s in READ_AS_ANOTHER])
def test_a_phrase_reads_as_the_act_it_tells(code, text, kind, pair, not_kinds):
    events = code(text)
    assert find(events, kind, *pair, directed=True), events
    assert not any(find(events, other) for other in not_kinds), events


HELD_OVER = [
    ("Lithuania warned of a firm reply. It also said it could suspend all transit agreements with Belarus.",
     ("LTU", "BLR")),
    ("Beijing said it may suspend trade talks with Canberra.", ("CHN", "AUS")),
]


@pytest.mark.parametrize(("text", "pair"), HELD_OVER, ids=[h[0][:40] for h in HELD_OVER])
def test_a_measure_its_side_says_it_could_take_is_a_threat(code, text, pair):
    events = code(text)
    assert find(events, "THREATEN", *pair, directed=True), events
    assert not find(events, "SANCTION"), events


def test_a_measure_announced_for_a_date_stays_the_measure(code):
    events = code("Trump said on Wednesday he would impose a 50% tariff on imports from Brazil starting Aug. 1.")
    assert find(events, "SANCTION", "USA", "BRA", directed=True), events
    assert not find(events, "THREATEN"), events


ENTRY_REFUSED = [
    "Venezuela turned away two Colombian military aircraft carrying deportees on Sunday.",
    "Venezuela refused the Colombian flights on Sunday.",
    "Venezuela refused to let two Colombian military planes land on Sunday.",
]


@pytest.mark.parametrize("text", ENTRY_REFUSED, ids=[t[:40] for t in ENTRY_REFUSED])
def test_another_sides_planes_refused_entry_are_one_restriction(code, text):
    events = code(text)
    assert find(events, "COERCE", "VEN", "COL", directed=True), events
    assert not find(events, "REJECT"), events


def test_a_name_given_in_a_free_relative_judges_only_when_it_condemns(code):
    praised = code("Islamabad handed back the captured Indian pilot on Friday, in what Imran Khan called a gesture "
                   "of peace.")
    assert not find(praised, "ACCUSE"), praised
    labelled = code('Azerbaijan launched what it called "anti-terrorist activities" in Nagorno-Karabakh on Tuesday.')
    assert not find(labelled, "ACCUSE"), labelled
    condemned = code("Beijing protested on Monday what it called a violation of its sovereignty by Manila.")
    assert find(condemned, "ACCUSE", "CHN"), condemned


def test_an_act_another_side_says_one_must_do_is_a_demand(code):
    events = code("Japan's foreign minister said on Monday that North Korea must cooperate fully with the "
                  "investigation.")
    assert find(events, "REQUEST", "JPN", "PRK", directed=True), events
    assert not find(events, "COOPERATE"), events
    own = code("We must strengthen our cooperation with Russia, Kim Jong Un said on Monday.")
    assert not find(own, "REQUEST"), own


def test_agreeing_to_the_other_sides_demand_yields_to_it(code):
    events = code("Tokyo agreed on Friday to Seoul's demand that the fishermen be released without charge.")
    assert find(events, "CONCEDE", "JPN", "KOR", directed=True), events
    assert not find(events, "AGREE"), events
    assert find(code("Israel and Iran agreed to a ceasefire on Tuesday."), "AGREE", "ISR", "IRN")

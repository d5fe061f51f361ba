"""Analytic sentences of an essay tell no act: what a relationship is like, with parties only guessed."""

from __future__ import annotations

import pytest

from conftest import find

NEWS = "Japan and India signed a defence pact in Tokyo on Monday. "


def in_sentence(events: list[dict], words: str) -> list[dict]:
    return [e for e in events if words in e["evidence"]["text"]]


DESCRIPTIONS = [
    # "The central pillar of this partnership is maritime cooperation": the subject and the attribute of "is" say
    # what the ties are like; neither noun becomes the event in the other's place
    ("The central pillar of this strategic partnership is maritime cooperation. Technology cooperation has become "
     "one of the main strands of the relationship.", ("central pillar", "main strands")),
    # "a shared narrative which justifies cooperation", "it cuts costs during negotiations": acts of the kind in
    # general, with no party named in the sentence (only guessed from the pact before)
    ("Shared history also offers a narrative which justifies cooperation to voters at home. It cuts the cost of "
     "bargaining during negotiations, since each side knows the other's limits.",
     ("justifies cooperation", "during negotiations")),
]


@pytest.mark.parametrize(("text", "phrases"), DESCRIPTIONS, ids=["present copula", "timeless present"])
def test_an_event_noun_in_a_description_is_no_act(code, text, phrases):
    events = code(NEWS + text, published="2025-03-04")
    assert find(events, "AGREE", "JPN", "IND")
    for phrase in phrases:
        assert not in_sentence(events, phrase), events


def test_an_act_told_again_by_a_past_copula_stays(code):
    """"The talks were the first in two years": a past copula tells how an act went."""
    events = code("Japanese and Indian diplomats met in Delhi on Monday. The talks were the first in two years.",
                  published="2025-03-04")
    assert find(in_sentence(events, "first in two years"), "CONSULT", "JPN", "IND"), events


def test_who_faces_or_evades_a_measure_does_not_impose_it(code):
    """"the curbs that the country has tried to confront", "helped Iran evade the sanctions": the one facing or
    dodging a measure is no side imposing it."""
    events = code("Iran and Venezuela signed an oil deal in Caracas on Monday. Harsh Western curbs that the country "
                  "has tried to confront for years give it a reason to look east.", published="2025-03-04")
    assert not in_sentence(events, "Western curbs"), events
    events = code("Caracas has helped Tehran evade the oil sanctions, officials said on Monday.",
                  published="2025-03-04")
    assert not find(events, "SANCTION", "VEN", directed=True), events
    assert not find(events, "SANCTION", "IRN", directed=True), events


def test_who_imposes_a_measure_in_a_relative_clause_still_does(code):
    events = code("The sanctions that Washington imposed on Caracas in March remain in force.", published="2025-03-04")
    assert find(events, "SANCTION", "USA", "VEN", directed=True), events


def test_a_heading_with_no_verb_and_no_party_is_no_act(code):
    """An essay's section heading names a topic; a headline that names its parties still tells its act."""
    events = code(NEWS + "\n\nMaritime and Technology Cooperation: Between Shipyards and Satellites.\n\n"
                  "The two navies will train together next year.", published="2025-03-04")
    assert find(events, "AGREE", "JPN", "IND")
    assert not in_sentence(events, "Maritime and Technology Cooperation"), events


def test_a_measure_resisted_is_no_measure_imposed(code):
    """"has been able to block or water down sanctions on Venezuela", "helped Tehran evade the oil sanctions": who
    imposed them is told elsewhere, if at all; no sanction is guessed from the article's pair."""
    events = code("China and Venezuela signed an oil deal in Beijing on Monday. China has been able to block or water "
                  "down sanctions on Venezuela at the UN Security Council.", published="2025-03-04")
    assert find(events, "AGREE", "CHN", "VEN")
    assert not find(in_sentence(events, "water down"), "SANCTION"), events
    events = code("Caracas has helped Tehran evade the oil sanctions, officials said on Monday.",
                  published="2025-03-04")
    assert not find(events, "SANCTION"), events


def test_a_particular_act_as_the_subject_of_a_copula_is_told_again(code):
    """"The deal is the largest in the history of the two countries": a definite act noun as the subject is the act
    told before, told again (a cluster's member), not a description of the ties."""
    events = code("Russia and China signed a gas deal in Shanghai on Wednesday. The deal is the largest in the "
                  "history of the two countries, officials said.", published="2014-05-22")
    assert find(in_sentence(events, "The deal is the largest"), "AGREE", "RUS", "CHN"), events


def test_what_talks_are_about_is_no_act_done(code):
    events = code("Japan has postponed talks on a $2 billion loan to Laos and imposed new fees on Laotian timber.")
    assert find(events, "REJECT", "JPN", "LAO") and not find(events, "AID"), events
    events = code("Thai and Cambodian officials met in Kuala Lumpur on Monday. The talks focused on a lasting "
                  "ceasefire and the return of displaced villagers.", published="2025-07-29")
    assert not find(events, "RETREAT"), events

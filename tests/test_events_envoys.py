"""Envoys in diplomatic rows (dyadwatch/events.py, roles.py, data/events.yaml): sent back, returning, received,
recalled and detained, told in the shapes news gives them. The sentences are written for these tests, not taken
from the evaluation sets."""

from __future__ import annotations

import pytest

from conftest import find


@pytest.mark.parametrize(("text", "source", "target"), [
    # a capitalised title in front of the name ("Ambassador" is a proper noun to the model)
    ("Chilean Ambassador Rafael Soto returned to Lima on Monday after a three-week absence.", "CHL", "PER"),
    # a state sending its own envoy back
    ("Ankara will return its ambassador to Vienna, the Turkish foreign ministry said on Monday.", "TUR", "AUT"),
])
def test_an_envoy_going_back_to_his_post_restores_ties(code, text, source, target):
    events = code(text, published="2024-03-12")
    assert find(events, "SUPPORT", source, target, directed=True), events


def test_a_first_name_is_no_title_for_a_subject(code):
    # "Marine" of "Marine Le Pen" is a name, not marines leaving a country
    events = code("Marine Le Pen left Belgium on Friday after a party rally.", published="2024-03-12")
    assert not find(events, "RETREAT"), events


def test_a_passive_joined_to_an_earlier_verb_acts_on_its_subject(code):
    text = ("Chilean Ambassador Rafael Soto returned to Lima on Monday and was received by Peru's president "
            "Dina Boluarte.")
    events = code(text, published="2024-03-12")
    assert any(e["mode"] == "visit" for e in find(events, "CONSULT", "CHL", "PER", directed=True)), events


def test_an_envoys_return_told_by_its_noun_goes_back_to_the_post_named_before(code):
    text = ("Chilean Ambassador Rafael Soto flew back to Lima on Monday. "
            "The envoy's return came a week after a phone call between the two presidents.")
    returns = [e for e in code(text, published="2024-03-12") if e["evidence"]["text"].startswith("The envoy")]
    assert find(returns, "SUPPORT", "CHL", "PER", directed=True), returns
    # "his return home" may be the recall itself
    events = code("Chile recalled its ambassador to Peru. The ambassador's return home was confirmed on Monday.",
                  published="2024-03-12")
    assert not find(events, "SUPPORT"), events


def test_the_envoy_is_the_person_introduced_as_one_not_the_host_named_since(code):
    text = ("Chilean Ambassador Rafael Soto was received in Lima by Peruvian President Dina Boluarte on Monday. "
            "The envoy later accused Peru of stalling the border talks.")
    accusations = find(code(text, published="2024-03-12"), "ACCUSE")
    assert find(accusations, "ACCUSE", "CHL", "PER", directed=True), accusations


@pytest.mark.parametrize(("text", "envoy", "host"), [
    # the model reads the participle as the sentence's verb, with the envoy its subject
    ("Chinese Ambassador Li Wei, summoned to the Japanese Foreign Ministry on Friday, rejected Tokyo's protest.",
     "CHN", "JPN"),
    # the same, with the real verb hung loosely on the participle
    ("Russian Ambassador to Japan Ivan Petrov, summoned to the Japanese Foreign Ministry on Monday, flatly rejected "
     "Tokyo's efforts to pressure and intimidate Moscow, the embassy said.", "RUS", "JPN"),
    # read as a participle on the envoy
    ("Russian Ambassador Ivan Petrov, summoned to the South Korean Foreign Ministry on Friday, firmly rejected "
     "Seoul's demands, the embassy said.", "RUS", "KOR"),
])
def test_an_envoy_summoned_in_a_participle_is_summoned_not_summoning(code, text, envoy, host):
    events = code(text, published="2024-06-21")
    assert find(events, "ACCUSE", host, envoy, directed=True), events
    assert not find(events, "ACCUSE", envoy, host, directed=True), events
    assert find(events, "REJECT", envoy, host, directed=True), events


def test_who_did_the_cause_of_an_expulsion_is_not_the_expeller(code):
    # the model hangs "by" on the passive verb, not on the noun of the cause
    events = code("Estonia's government on Monday expelled a Russian diplomat. The diplomat was expelled over alleged "
                  "spying by Russia's intelligence services in Estonia, the ministry said.", published="2024-06-18")
    expelled = [e for e in find(events, "SANCTION") if e["evidence"]["text"].startswith("The diplomat")]
    assert expelled and all(find([e], "SANCTION", "EST", "RUS", directed=True) for e in expelled), events

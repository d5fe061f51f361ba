"""Modality the verbs around an act give it: ruled out, not ruled out, an offer of it, an offer turned down."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "type_", "modality"), [
    ("Washington ruled out sending troops to Ukraine.", "AID", "negated"),
    ("Japan has ruled out new sanctions on China.", "SANCTION", "negated"),
    ("The White House has not ruled out sending Tomahawk missiles to Ukraine.", "AID", "hypothetical"),
    ("Washington did not rule out new sanctions on Iran.", "SANCTION", "hypothetical"),
    ("Beijing welcomed Seoul's offer of talks.", "CONSULT", "planned"),
    ("Pyongyang rejected Seoul's offer of talks.", "CONSULT", "negated"),
    ("China turned down a U.S. request for military talks.", "CONSULT", "negated"),
])
def test_the_modality_of_an_act_another_verb_speaks_of(code, text, type_, modality):
    events = code(text, published="2024-05-10")
    found = [e["modality"] for e in events if e["type"] == type_]
    assert found == [modality], events


@pytest.mark.parametrize("text", [
    "Ethiopian authorities are due to free Eritrean soldiers in a wider prisoner swap.",
    "Yemen's Houthis are due to free Saudi detainees on Friday in a larger prisoner exchange.",
])
def test_an_act_due_to_happen_is_planned_when_to_reads_as_a_preposition(code, text):
    """"due to free ...": the small model reads "to" as a preposition and "free" as an adjective; a verb in its base
    form after "due to" still schedules the act (not "due to bad weather", a cause)."""
    events = code(text, published="2025-06-10")
    assert events and all(e["modality"] == "planned" for e in events), events


def test_due_to_a_cause_plans_nothing(code):
    events = code("The Houthis freed Saudi detainees in Sanaa on Friday, a day late due to bad weather.",
                  published="2025-06-10")
    assert [e["modality"] for e in events if e["type"] == "RETREAT"] == ["asserted"], events


def test_a_measure_decided_now_that_takes_effect_later_is_announced_now(code):
    """"Norway bans imports of Russian fish from March 2027", said in 2026: the ban is decided now and takes effect
    later: planned, dated when announced (eval/GUIDE.md); "will ban ... from" stays dated by when it is to happen."""
    events = code("Norway bans imports of Russian fish from March 2027.", published="2026-05-12")
    assert [(e["type"], e["modality"], e["date"]) for e in events] == [("SANCTION", "planned", "2026-05-12")], events
    events = code("Norway will ban imports of Russian fish from March 2027.", published="2026-05-12")
    assert [(e["modality"], e["date"]) for e in events] == [("planned", "2027-03")], events
    events = code("Norway banned imports of Russian fish in March.", published="2026-05-12")
    assert [(e["modality"], e["date"]) for e in events] == [("asserted", "2026-03")], events


def test_an_act_one_has_no_regrets_about_took_place(code):
    events = code("The Nicaraguan president said he had no regrets about expelling the Vatican's ambassador.",
                  published="2024-05-10")
    expelled = [e for e in events if e["type"] == "SANCTION"]
    assert expelled and all(e["modality"] != "negated" for e in expelled), events


@pytest.mark.parametrize(("text", "type_", "date"), [
    ("Lima did not return its ambassador to Santiago until March 2012.", "SUPPORT", "2012-03"),
    ("Moscow did not pull its troops out of Moldova until June 2003.", "RETREAT", "2003-06"),
])
def test_an_act_that_did_not_come_until_a_time_came_then(code, text, type_, date):
    """"did not return ... until March 2012": the act came in March 2012 (a past "not ... until" is no denial)."""
    events = [e for e in code(text, published="2024-05-10") if e["type"] == type_]
    assert [(e["modality"], e["date"]) for e in events] == [("asserted", date)], events


def test_a_plain_not_still_denies_the_act(code):
    events = code("Moscow has not recalled its ambassador from Chisinau.", published="2024-05-10")
    assert [e["modality"] for e in events if e["type"] == "SANCTION"] == ["negated"], events


@pytest.mark.parametrize("text", [
    "Venezuela will not bow to American sanctions, its foreign minister said.",
    "Pyongyang will never give in to Western sanctions, the state news agency said.",
])
def test_an_act_one_will_not_bow_to_is_not_denied(code, text):
    """"will not bow to sanctions": the not belongs to the bowing; the sanctions are there already."""
    events = code(text, published="2024-05-10")
    sanctions = [e for e in events if e["type"] == "SANCTION"]
    assert sanctions and all(e["modality"] not in ("negated", "planned") for e in sanctions), events


def test_sanctions_one_did_not_impose_stay_denied(code):
    events = code("Japan did not impose new sanctions on Venezuela.", published="2024-05-10")
    assert [e["modality"] for e in events if e["type"] == "SANCTION"] == ["negated"], events


def test_sanctions_under_a_blocked_agreement_are_not_imposed(code):
    """"blocked an agreement on new sanctions": the veto stops the sanctions; the blocking itself is done."""
    events = code("Slovakia blocked an EU agreement on new sanctions against Iran on Monday.", published="2024-05-10")
    assert [e["modality"] for e in events if e["type"] == "SANCTION"] in ([], ["negated"]), events
    assert any(e["modality"] == "asserted" for e in events if e["type"] != "SANCTION"), events


def test_an_act_a_blocked_deal_is_over_is_not_denied(code):
    events = code("Slovakia blocked a deal over Russia's invasion of Ukraine on Monday.", published="2024-05-10")
    assert [e["modality"] for e in events if e["type"] == "ASSAULT"] == ["asserted"], events

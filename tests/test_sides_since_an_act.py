"""An act named by a "since" phrase starts the stretch of time the clause tells of; the clause subject is not its
doer. The sentences are written for these tests, not taken from the evaluation sets."""

from __future__ import annotations

from conftest import find


def test_act_a_since_phrase_names_is_not_the_clause_subjects(code):
    events = code("Fico has travelled to Beijing three times since the invasion of Ukraine.", published="2024-07-05")
    assert not find(events, "ASSAULT", "SVK", "UKR", directed=True), events


def test_occasion_of_a_meeting_stays_the_subjects(code):
    events = code("Xi met Fico during a visit to Beijing on Monday.", published="2024-07-05")
    assert find(events, "CONSULT", "CHN", "SVK"), events


def test_owned_act_since_keeps_its_owner(code):
    events = code("Slovak President Peter Pellegrini made his first trip to Kyiv since Russia's invasion.",
                  published="2024-07-05")
    assert find(events, "ASSAULT", "RUS", directed=True), events

"""The doer of an act named after "accused ... of" or "blamed ... for" when the accused noun is what a relative
clause hangs on. The sentences are written for these tests, not taken from the evaluation sets."""

from __future__ import annotations

from conftest import find


def test_noun_a_relative_clause_accuses_does_the_act(code):
    # "companies it accused of shipping": the companies (Indian) ship the parts, not Canada that accuses them
    events = code("Canada imposed sanctions on four Indian companies it accused of shipping drone parts to Iran.",
                  published="2024-05-02")
    assert find(events, "AID", "IND", "IRN", directed=True), events
    assert not find(events, "AID", "CAN", "IRN", directed=True), events


def test_relative_pronoun_object_points_to_the_noun(code):
    events = code("Poland expelled two Belarusian diplomats whom it blamed for helping Russian agents.",
                  published="2024-05-02")
    assert find(events, "AID", "BLR", "RUS", directed=True), events
    assert not find(events, "AID", "POL", "RUS", directed=True), events


def test_drills_a_judge_condemns_are_done_by_the_subject_of_their_own_clause(code):
    events = code("Venezuela condemned the drills that Guyana and Brazil started on Monday.", published="2024-06-21")
    drills = [e for e in events if e["type"] == "COOPERATE"]
    assert drills and find(drills, "COOPERATE", "GUY", "BRA") and not find(drills, "COOPERATE", "VEN"), events

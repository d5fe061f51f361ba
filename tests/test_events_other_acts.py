"""A sentence that tells two acts gives two events: the other side's act a condemnation names ("condemned the
Israeli air strike"). The sentences are written for these tests, not taken from the evaluation sets."""

from __future__ import annotations

from conftest import find


def test_the_act_a_condemnation_names_with_its_doer_is_an_event_of_its_own(code):
    events = code("Jordan on Tuesday condemned the Israeli air strike on a school in Gaza.", published="2024-03-12")
    assert find(events, "ACCUSE", "JOR", "ISR", directed=True), events
    struck = find(events, "ASSAULT")
    assert struck and all({a["country"] for a in e["source"]} == {"ISR"} for e in struck), events


def test_who_condemns_an_attack_is_not_its_doer(code):
    events = code("Iran on Friday condemned the armed attack on the Azerbaijani embassy in Tehran.",
                  published="2024-03-12")
    struck = find(events, "ASSAULT", target="AZE")
    assert struck and not any(e["source"] for e in struck), events

"""A response made with an act ("responded to the raid with air strikes") is that act, not a threat, and the act it
answers, named by a bare noun, is not the responder's (dyadwatch/events.py, _answered_with_an_act). The sentences
are written for these tests, not taken from the evaluation sets."""

from __future__ import annotations

from conftest import find


def test_a_response_made_with_strikes_is_the_strikes_only(code):
    events = code("Ethiopia responded to the raid with air strikes on Eritrea on Sunday.", published="2024-09-12")
    assert find(events, "ASSAULT", "ETH", "ERI", directed=True), events
    assert not find(events, "THREATEN"), events
    assert not find(events, "ASSAULT", "ERI", "ETH", directed=True), events


def test_a_response_announced_is_still_a_threat(code):
    events = code("Ethiopia said it would respond to Eritrea at a time of its choosing.", published="2024-09-12")
    assert find(events, "THREATEN", "ETH", "ERI", directed=True), events

"""A side's request a court rules on is a move in its case, aimed at the other side of it (dyadwatch/eventsides.py).
The sentences are written for these tests, not taken from the evaluation sets."""

from __future__ import annotations

from conftest import find


def test_a_request_a_court_rejects_is_aimed_at_the_side_it_names(code):
    events = code("The International Court of Justice on Tuesday rejected Guyana's request to order the withdrawal of "
                  "Venezuelan troops from the disputed zone.", published="2024-06-21")
    assert find(events, "REQUEST", "GUY", "VEN", directed=True), events


def test_a_request_a_council_rejects_is_still_aimed_at_the_council(code):
    events = code("The UN Security Council rejected Russia's request for a vote on Ukraine on Monday.",
                  published="2024-06-21")
    requests = find(events, "REQUEST", "RUS")
    assert requests and not find(requests, "REQUEST", "RUS", "UKR"), events

"""Events the extractor used to miss in cluster reports, through the real pipeline: each test names the general
rule that now finds them. The sentences are written for these tests."""

from __future__ import annotations

from conftest import find


def test_it_after_an_agency_that_said_so_is_the_agency(code):
    # "it" in what a named agency said stands for the agency (a body, like a state), not for no one
    events = code("The Israel Defense Forces said it had shot down three drones launched by Hezbollah.")
    shot = find(events, "ASSAULT", "ISR", "LBN", directed=True)
    assert shot and shot[0]["modality"] == "reported", events


def test_it_opening_the_next_sentence_is_the_agency_the_sentence_before_was_about(code):
    events = code("The Israel Defense Forces struck Hezbollah targets in Lebanon on Monday. "
                  "It also shot down two drones launched by Hezbollah.")
    shot = [e for e in find(events, "ASSAULT", "ISR", "LBN", directed=True) if "shot down" in e["evidence"]["text"]]
    assert shot, events

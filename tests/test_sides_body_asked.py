"""A request with no one named as asked, whose object is a session of a body that votes resolutions, is aimed at
that body, not at the story's other country. The sentences are written for these tests, not taken from the
evaluation sets."""

from __future__ import annotations

from conftest import find


def test_a_session_sought_of_a_body_is_asked_of_that_body(code):
    # what is asked for is a session of the regional body: the body is asked, not the neighbour named before
    events = code("Peru closed its border with Bolivia on Monday. Bolivia also sought an urgent session of the "
                  "Organization of American States.", published="2024-03-05")
    assert find(events, "REQUEST", "BOL", "OAS", directed=True), events
    assert not find(events, "REQUEST", "BOL", "PER"), events


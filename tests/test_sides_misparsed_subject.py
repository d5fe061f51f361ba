"""The sides of an act where the parse misplaces them. The sentences are written for these tests, not taken from the
evaluation sets."""

from __future__ import annotations

from conftest import find


def test_a_subject_read_as_the_object_of_since_is_the_doer(code):
    # the model hangs "Azerbaijan" on "since" and leaves "routed" with no subject
    events = code("Thousands of people have fled to Armenia since Azerbaijan routed separatist forces in a one-day "
                  "assault last week.", published="2023-09-28")
    assert find(events, "ASSAULT", "AZE", directed=True), events

